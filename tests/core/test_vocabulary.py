"""The report language as data a bureau can extend: resources/language.json and its own file.

A bureau's ``language.json`` in the config folder is laid over the bundled one: a key
replaces the bundled value (an object key by key), ``add`` appends words to a list.  It
is checked like the other bureau files; a broken one gives a message naming file, line
and field, and the bundled words are used.  The last tests run the command line in a
process of its own, so the cached vocabulary of this process is not touched.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core import vocabulary
from lawgov_desktop.core.errors import CatalogError

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED = json.loads(paths.resource("language.json").read_text(encoding="utf-8"))


def _lay_over(tmp_path: Path, content) -> tuple[dict, list[str]]:
    path = tmp_path / "language.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
    return vocabulary._laid_over(BUNDLED, path)


def test_one_word_may_be_written_without_brackets(tmp_path):
    merged, _ = _lay_over(tmp_path, {"plan_words": "拟于", "add": {"multi_year_words": "三年以来"}})
    assert merged["plan_words"] == ["拟于"] and merged["multi_year_words"][-1] == "三年以来"


def test_a_key_replaces_the_bundled_list_and_add_appends_to_one(tmp_path):
    merged, warnings = _lay_over(tmp_path, {"plan_words": ["力争", "拟于"], "add": {"multi_year_words": ["三年以来"]}})
    assert merged["plan_words"] == ["力争", "拟于"]
    assert merged["multi_year_words"] == BUNDLED["multi_year_words"] + ["三年以来"]
    assert merged["units"] == BUNDLED["units"] and warnings == []


def test_an_object_is_changed_key_by_key(tmp_path):
    merged, _ = _lay_over(tmp_path, {"grammar": {"right_span": 30}, "metadata": {"subject_verbs": ["坚持"]}})
    assert merged["grammar"] == {**BUNDLED["grammar"], "right_span": 30}
    assert merged["metadata"]["subject_verbs"] == ["坚持"]
    assert merged["metadata"]["zone_suffixes"] == BUNDLED["metadata"]["zone_suffixes"]


def test_a_file_saved_as_gbk_is_read_with_a_warning(tmp_path):
    merged, warnings = _lay_over(tmp_path, json.dumps({"add": {"plan_words": ["拟于"]}}, ensure_ascii=False).encode("gbk"))
    assert merged["plan_words"][-1] == "拟于"
    assert any("GBK" in w for w in warnings)


def test_an_expression_that_could_hang_is_left_out_and_named(tmp_path):
    merged, warnings = _lay_over(tmp_path, {"add": {"plan_words": ["(.*)*次", "拟于"]}})
    assert merged["plan_words"][-1] == "拟于" and "(.*)*次" not in merged["plan_words"]
    assert len(warnings) == 1 and "“(.*)*次”已停用" in warnings[0] and "第 " in warnings[0]


def test_a_table_heading_is_changed_like_any_list_and_vetted(tmp_path):
    merged, warnings = _lay_over(tmp_path, {"table_headings": {"unit_column": ["(?:计量)?单位", "量纲"]}})
    assert merged["table_headings"]["unit_column"] == ["(?:计量)?单位", "量纲"]
    assert merged["table_headings"]["year_column"] == BUNDLED["table_headings"]["year_column"] and warnings == []
    merged, warnings = _lay_over(tmp_path, {"table_headings": {"year_column": ["(.*)*年"]}})
    assert merged["table_headings"]["year_column"] == [] and len(warnings) == 1 and "(.*)*年" in warnings[0]


# (the bureau's file, words the message must hold)
BROKEN = [
    ({"plan_words": 5}, ["plan_words", "列表", "第 2 行"]),
    ({"plan_wrods": ["拟"]}, ["plan_wrods", "未知"]),
    ({"plan_words": ["(力争"]}, ["plan_words", "表达式", "有误"]),
    ({"add": {"plan_words": [5]}}, ["add", "plan_words"]),
    ({"grammar": {"right_span": "abc"}}, ["right_span"]),
    ({"metadata": {"subject_verbs": ["(坚"]}}, ["metadata", "subject_verbs"]),
    (["不是对象"], ["{…}"]),
]


@pytest.mark.parametrize(("content", "words"), BROKEN, ids=[str(i) for i in range(len(BROKEN))])
def test_a_broken_file_is_refused_with_file_line_and_field(tmp_path, content, words):
    with pytest.raises(CatalogError) as caught:
        _lay_over(tmp_path, content)
    assert "用语文件《language.json》" in caught.value.message
    for word in words:
        assert word in caught.value.message


def test_the_bundled_file_passes_its_own_check(tmp_path):
    merged, warnings = _lay_over(tmp_path, BUNDLED)
    assert merged == BUNDLED and warnings == []


def _extract(text: str, data_dir: Path) -> tuple[int, dict, str]:
    report = data_dir / "报告.txt"
    report.write_text(text, encoding="utf-8")
    env = dict(os.environ, LAWGOV_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "lawgov_desktop", "extract", str(report), "--json", "-"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    values = {c["id"]: c["value"] for c in json.loads(done.stdout)["reports"][0]["indicators"]}
    return done.returncode, values, done.stderr


REPORT = "某某县人民政府关于2024年度法治政府建设情况的报告\n三年以来累计办理法律援助案件1600件。\n"


def test_a_bureau_word_changes_what_is_extracted(tmp_path):
    plain, with_word = tmp_path / "plain", tmp_path / "bureau"
    (with_word / "config").mkdir(parents=True)
    plain.mkdir()
    (with_word / "config" / "language.json").write_text(
        json.dumps({"add": {"multi_year_words": ["三年以来"]}}, ensure_ascii=False), encoding="utf-8")
    assert _extract(REPORT, plain)[1]["legal_aid_cases"] == 1600
    code, values, _ = _extract(REPORT, with_word)  # several years added up: not the year's figure
    assert code == 0 and values["legal_aid_cases"] is None


def test_a_broken_bureau_file_is_reported_and_the_bundled_words_used(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "language.json").write_text('{"plan_words": 5}', encoding="utf-8")
    code, values, stderr = _extract(REPORT, tmp_path)
    assert code == 0 and values["legal_aid_cases"] == 1600
    assert "用语文件《language.json》" in stderr and "已改用内置用语文件" in stderr

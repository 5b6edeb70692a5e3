"""Issue 14, item 4: a bureau's own config files never stop the program.

Each bad file gives one Chinese message naming the file, the line and the field; the
bundled file (the defaults, for settings) is used instead; the CLI's exit code is what it
is without the file, and nothing prints a traceback.  A file saved as GBK (Notepad's
“ANSI”) is read, with a warning.  A pattern that could hang is left out with a message
naming it, and the rest of the file is used.  Loading is linear in the file's size.
"""
from __future__ import annotations

import json
import time

import pytest

from lawgov_desktop import paths
from lawgov_desktop.cli import main as cli_main
from lawgov_desktop.core.catalog import load_catalog, load_catalog_or_bundled
from lawgov_desktop.core.datafile import repeated_key_at
from lawgov_desktop.core.checks.rules import load_rules
from lawgov_desktop.store.settings import ReviewSettings, read_settings

BUNDLED_IDS = None


def bundled_ids() -> list[str]:
    global BUNDLED_IDS
    if BUNDLED_IDS is None:
        BUNDLED_IDS = load_catalog(use_user_file=False).ids
    return BUNDLED_IDS


def user_file(name: str, content: str | bytes):
    folder = paths.user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _deep(depth: int) -> str:
    return '{"indicators": ' + "[" * depth + "]" * depth + "}"


# (id, content, line, words the message must hold)
BAD_CATALOGS = [
    ("max_gap text", '{"indicators": [\n {"id": "reconsideration_cases",\n  "max_gap": "abc"}\n]}', 3,
     ["指标 reconsideration_cases 的 max_gap", "整数", '"abc"']),
    ("max_gap null", '{"indicators": [\n {"id": "reconsideration_cases",\n  "max_gap": null}\n]}', 3,
     ["max_gap", "整数", "null"]),
    ("min_value text", '{"indicators": [\n {"id": "reconsideration_cases",\n\n  "min_value": "abc"}\n]}', 4,
     ["min_value", "数字"]),
    ("max_value list", '{"indicators": [\n {"id": "reconsideration_cases", "max_value": [1]}\n]}', 2,
     ["max_value", "数字或 null"]),
    ("disabled number", '{\n "disabled": 5\n}', 2, ["disabled", "列表"]),
    ("text for an object", '{"indicators": [\n  "reconsideration_cases"\n]}', 2, ["indicators 的 第 1 项", "对象"]),
    ("text for the list", '{"indicators": "reconsideration_cases"}', 1, ["indicators", "列表"]),
    ("list for the file", "[1, 2, 3]", 0, ["最外层", "对象"]),
    ("unknown key", '{"indicators": [\n {"id": "reconsideration_cases",\n  "max_gpa": 20}\n]}', 3,
     ["max_gpa", "未知的项"]),
    ("kind not known", '{"indicators": [\n {"id": "x_cases", "kind": "ratio"}\n]}', 2, ["kind", "count"]),
    ("bad regular expression", '{"indicators": [\n {"id": "reconsideration_cases",\n  "cues": ["(复议"]}\n]}', 3,
     ["cues", "(复议", "有误"]),
    ("syntax error", '{"indicators": [\n {"id": "reconsideration_cases",,}\n]}', 2, ["格式错误"]),
    # json would keep the second list alone, and the first would be lost without a word.
    ("a key written twice", '{"indicators": [\n {"id": "reconsideration_cases",\n  "exclude": ["应诉"],\n'
     '  "cues": ["复议"],\n  "exclude": ["诉讼"]}\n]}', 5, ["两个“exclude”", "合并"]),
    ("nested 100,000 deep", _deep(100_000), 1, ["嵌套超过"]),
    ("over 1 MB", '{"note": "' + "说" * 400_000 + '"}', 0, ["过大", "1 MB"]),
    ("neither UTF-8 nor GBK", b'{"note": "\xff\xfe\xfd\xfc"}', 0, ["编码无法识别"]),
]


@pytest.mark.parametrize("content, line, words", [pytest.param(*case[1:], id=case[0]) for case in BAD_CATALOGS])
def test_a_bad_catalog_is_named_and_the_bundled_one_used(content, line, words):
    user_file("indicators.json", content)
    catalog, warning = load_catalog_or_bundled()
    assert catalog.ids == bundled_ids()
    assert warning.startswith("指标目录文件《indicators.json》")
    if line:
        assert f"第 {line} 行" in warning
    for word in words:
        assert word in warning, warning
    assert warning.endswith("已改用内置指标目录")


@pytest.mark.parametrize("content", [pytest.param(case[1], id=case[0]) for case in BAD_CATALOGS[:6]])
def test_the_cli_says_so_and_exits_as_without_the_file(tmp_path, capsys, content):
    user_file("indicators.json", content)
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(paths.sample_report()), "--json", str(out)]) == 0
    err = capsys.readouterr().err
    assert "警告：指标目录文件《indicators.json》" in err and "Traceback" not in err
    assert json.loads(out.read_text(encoding="utf-8"))["reports"][0]["indicators"]


def test_a_good_user_catalog_is_used():
    """The pair of the rows above: a correct file changes the catalog."""
    user_file("indicators.json", '{"indicators": [{"id": "reconsideration_cases", "max_gap": 30}]}')
    catalog, warning = load_catalog_or_bundled()
    assert warning is None
    assert catalog.get("reconsideration_cases").max_gap == 30


def test_a_unit_the_number_grammar_does_not_know_is_named():
    """A figure is read only with a unit of language.json's list: a catalog unit outside it would
    silently never match, so the bureau is told which line to fix; the known units stay in force."""
    user_file("indicators.json", '{"indicators": [\n {"id": "reconsideration_cases",\n  "units": ["件", "宗件"]}\n]}')
    catalog, warning = load_catalog_or_bundled()
    assert catalog.get("reconsideration_cases").units == ("件", "宗件")
    assert "《indicators.json》第 3 行：指标 reconsideration_cases 的单位“宗件”不在用语文件的单位表" in warning
    assert "“件”" not in warning


def test_every_bundled_unit_is_one_the_number_grammar_reads():
    from lawgov_desktop.core.vocabulary import unit_words

    known = set(unit_words()) | {"%"}
    unread = [(spec.id, unit) for spec in load_catalog(use_user_file=False).indicators
              for unit in spec.units if unit not in known]
    assert unread == []


def test_a_catalog_saved_as_gbk_is_read_with_a_warning():
    content = '{"indicators": [{"id": "reconsideration_cases", "name": "行政复议案件总数"}]}'
    user_file("indicators.json", content.encode("gbk"))
    catalog, warning = load_catalog_or_bundled()
    assert catalog.get("reconsideration_cases").name == "行政复议案件总数"
    assert "《indicators.json》不是 UTF-8 编码，已按 GBK" in warning


# ------------------------------------------------------------------ patterns that could hang

HANGING = ["(.*)*次", "(a+)+$", "(行政复议)+.*?件", "办理.*件"]


@pytest.mark.parametrize("pattern", HANGING)
def test_a_cue_that_could_hang_is_refused_and_the_rest_used(pattern):
    user_file("indicators.json", json.dumps({"indicators": [
        {"id": "reconsideration_cases", "cues": [pattern, "行政复议"], "max_gap": 30}]}, ensure_ascii=False))
    started = time.perf_counter()
    catalog, warning = load_catalog_or_bundled()
    assert time.perf_counter() - started < 30
    spec = catalog.get("reconsideration_cases")
    assert spec.cues == ("行政复议",)
    assert spec.max_gap == 30  # the rest of the bureau's file is in force
    assert f"“{pattern}”已停用" in warning and "第 1 行" in warning  # json.dumps writes one line
    assert "指标 reconsideration_cases 的 cues" in warning


def test_the_reports_are_extracted_with_the_rest_of_the_catalog(tmp_path, capsys):
    user_file("indicators.json", json.dumps({"indicators": [
        {"id": "reconsideration_cases", "cues": ["(.*)*次", "行政复议"]}]}, ensure_ascii=False))
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(paths.sample_report()), "--json", str(out), "--timeout", "20"]) == 0
    assert "“(.*)*次”已停用" in capsys.readouterr().err
    report = json.loads(out.read_text(encoding="utf-8"))["reports"][0]
    assert not report["errors"]
    values = {cell["id"]: cell["value"] for cell in report["indicators"]}
    assert values["reconsideration_cases"] is not None


def test_a_check_rule_pattern_that_could_hang_is_refused():
    user_file("checks.json", json.dumps({"rules": [
        {"id": "parts.next_year", "params": {"heading_patterns": ["(下一步)+.*?打算$", "下一步"]}}]},
        ensure_ascii=False))
    rules = load_rules()
    assert [p.pattern for p in rules.get("parts.next_year").compiled("heading_patterns")] == ["下一步"]
    assert any("“(下一步)+.*?打算$”已停用" in warning for warning in rules.warnings)


@pytest.mark.parametrize("name", sorted(path.name for path in paths.resource("indicators.json").parent.glob("*.json")))
def test_no_bundled_file_names_a_key_twice_in_one_object(name):
    text = paths.resource(name).read_text(encoding="utf-8")
    assert repeated_key_at(text) is None, f"{name}: a key written twice near offset {repeated_key_at(text)}"


def test_the_repeated_key_is_found_where_its_object_names_it_again():
    text = '{"a": {"x": 1, "y": {"x": 2}},\n "b": [{"x": 1}, {"x": 2, "z": [], "x": 3}]}'
    assert repeated_key_at(text) == text.rindex('"x"')
    assert repeated_key_at('{"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 1}]}') is None


@pytest.mark.parametrize("name, schema", [("indicators.json", "INDICATORS_FILE"), ("checks.json", "CHECKS_FILE")])
def test_the_bundled_files_pass_their_schemas(name, schema):
    """They are not checked at start-up (it would cost every start); they are checked here."""
    from lawgov_desktop.core import config_schemas
    from lawgov_desktop.core.datafile import read_config

    read_config(paths.resource(name), name, getattr(config_schemas, schema))  # raises when broken
    if name == "checks.json":
        from lawgov_desktop.core.checks.rules import _check_params

        bundled = read_config(paths.resource(name), name, config_schemas.CHECKS_FILE)
        _check_params(bundled, bundled.data)  # every bundled rule has the shape of its kind


@pytest.mark.slow
def test_every_bundled_pattern_passes_the_vetting():
    """Bundled patterns are not tried at start-up (it would cost every start); they are tried here."""
    from lawgov_desktop.core.checks.rules import _patterns_in
    from lawgov_desktop.core.pattern_safety import vet

    catalog = json.loads(paths.resource("indicators.json").read_text(encoding="utf-8"))
    patterns = {p for spec in catalog["indicators"] for key in ("cues", "cue_after", "require", "exclude")
                for p in ([spec.get(key)] if isinstance(spec.get(key), str) else spec.get(key) or [])}
    patterns |= _patterns_in(json.loads(paths.resource("checks.json").read_text(encoding="utf-8")))
    refused = {pattern: vet(pattern) for pattern in sorted(patterns)}
    assert {p: why for p, why in refused.items() if why} == {}


# ------------------------------------------------------------------ checks.json and settings.json

BAD_CHECKS = [
    ("threshold text", '{"rules": [\n {"id": "batch.outlier",\n  "params": {"threshold": "abc"}}\n]}', 3,
     ["规则 batch.outlier 的 params 的 threshold", "数字"]),
    ("due date", '{"rules": [\n {"id": "timeliness.late",\n  "params": {"government_due": "三月底"}}\n]}', 3,
     ["government_due", "月-日"]),
    ("enabled number", '{"rules": [\n {"id": "batch.outlier",\n  "enabled": 5}\n]}', 3, ["enabled", "true 或 false"]),
    ("rules text", '{"rules": "batch.outlier"}', 1, ["rules", "列表"]),
    ("params list", '{"rules": [\n {"id": "batch.outlier",\n  "params": [1]}\n]}', 3, ["params", "对象"]),
    ("nested 100,000 deep", '{"rules": ' + "[" * 100_000 + "]" * 100_000 + "}", 1, ["嵌套超过"]),
]


@pytest.mark.parametrize("content, line, words", [pytest.param(*case[1:], id=case[0]) for case in BAD_CHECKS])
def test_a_bad_rule_file_is_named_and_the_bundled_rules_used(content, line, words):
    user_file("checks.json", content)
    rules = load_rules()
    (warning,) = rules.warnings
    assert warning.startswith(f"核对规则文件《checks.json》第 {line} 行：")
    for word in words:
        assert word in warning, warning
    assert rules.sources == (str(paths.resource("checks.json")),)


def test_a_rule_file_saved_as_gbk_is_read_with_a_warning():
    user_file("checks.json", '{"rules": [{"id": "parts.next_year", "message": "缺少下一年打算"}]}'.encode("gbk"))
    rules = load_rules()
    assert rules.get("parts.next_year").message == "缺少下一年打算"
    assert any("不是 UTF-8 编码" in warning for warning in rules.warnings)


BAD_SETTINGS = [
    ("threshold text", '{"review": {\n "low_confidence": "高"}}', 2, ["review 的 low_confidence", "数字"]),
    ("threshold out of range", '{"review": {\n "low_confidence": 7}}', 2, ["不大于 1"]),
    ("zoom huge", '{"review": {\n "text_zoom": 1e9}}', 2, ["text_zoom", "整数"]),
    ("review text", '{"review": "张三"}', 1, ["review", "对象"]),
    ("nested 100,000 deep", '{"window": ' + "[" * 100_000 + "]" * 100_000 + "}", 1, ["嵌套超过"]),
]


@pytest.mark.parametrize("content, line, words", [pytest.param(*case[1:], id=case[0]) for case in BAD_SETTINGS])
def test_a_bad_settings_file_is_named_and_the_defaults_used(content, line, words):
    user_file("settings.json", content)
    settings, warning = read_settings()
    assert settings == ReviewSettings()
    assert warning.startswith(f"设置文件《settings.json》第 {line} 行：")
    for word in words:
        assert word in warning, warning
    assert warning.endswith("已改用默认设置")


def test_good_settings_are_read_and_other_sections_kept():
    user_file("settings.json", '{"review": {"reviewer": "王五", "low_confidence": 1}, "window": {"x": 1}}')
    settings, warning = read_settings()
    assert (settings.reviewer, settings.low_confidence, warning) == ("王五", 1.0, None)


# ------------------------------------------------------------------ linear loading

def _catalog_of(count: int) -> str:
    indicators = [{"id": f"custom_{n}", "category": "disputes", "name": f"自定义指标{n}", "unit": "件",
                   "kind": "count", "cues": [f"自定义事项{n}"], "counts": "说明" * 20} for n in range(count)]
    return json.dumps({"indicators": indicators}, ensure_ascii=False, indent=1)


def test_loading_is_linear_in_the_size_of_the_file():
    """Four times the indicators, about four times the time (it was sixteen: the line of every
    indicator was looked up by reading the file again).  The 1 MB file is the size cap."""
    timings = {}
    for count in (400, 1600):
        text = _catalog_of(count)
        user_file("indicators.json", text)
        started = time.process_time()
        catalog, warning = load_catalog_or_bundled()
        timings[count] = time.process_time() - started
        assert warning is None and len(catalog.ids) == len(bundled_ids()) + count
    assert len(_catalog_of(1600).encode()) < 1024 * 1024
    assert timings[1600] < 8 * timings[400] + 0.1, timings

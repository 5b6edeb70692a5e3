"""``lawgov-desktop extract``: exit codes, the JSON contract the scorer reads, --jsonl, --catalog.

Exit 0 when every file was read; 1 when some were not (the rest are still written,
the unreadable ones are listed in the top-level "errors" with a Chinese message
naming the file); 2 for a usage error.  Run both in-process through
``lawgov_desktop.cli.main`` and as ``python -m lawgov_desktop`` in a subprocess.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_desktop import paths
from lawgov_desktop.cli import main as cli_main
from lawgov_desktop.cli.progress import Progress

REPO_ROOT = Path(__file__).resolve().parents[2]

GOOD = (
    "示例县人民政府关于2024年度法治政府建设情况的报告\n"
    "2024年，全县坚持依法行政。全年办理法律援助案件720件，调解矛盾纠纷3860件，调解成功率98.6%。\n"
    "示例县人民政府\n2025年2月18日\n"
)

REPORT_KEYS = {"file", "metadata", "indicators", "errors"}
# Beyond the issue-3 contract: the reader's format, the duplicate hash, the checks' findings
# (field notes: findings ride in extract's JSON) and, for a repeated text, duplicate_of.
REPORT_EXTRA_KEYS = {"format", "content_hash", "findings", "duplicate_of"}
METADATA_KEYS = {"region", "year", "issuer", "publish_date", "title"}
INDICATOR_KEYS = {"id", "value", "unit", "approx", "confidence", "evidence", "alternatives", "found_by"}
READERS = {"grammar", "phrasing"}  # found_by: a word of the indicator beside the number, or the phrasing model
CANDIDATE_KEYS = {"value", "unit", "approx", "confidence", "evidence"}
EVIDENCE_KEYS = {"start", "end", "text"}


def run_module(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "lawgov_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, timeout=120)


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder with one good report and one report a reader cannot read."""
    reports = tmp_path / "报告"
    reports.mkdir()
    (reports / "示例县.txt").write_text(GOOD, encoding="utf-8")
    (reports / "损坏.docx").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    return reports


def check_contract(payload: dict) -> None:
    assert set(payload) == {"reports", "errors"}
    for report in payload["reports"]:
        assert REPORT_KEYS <= set(report) <= REPORT_KEYS | REPORT_EXTRA_KEYS
        assert set(report["metadata"]) == METADATA_KEYS
        for cell in report["indicators"]:
            assert set(cell) == INDICATOR_KEYS
            assert cell["found_by"] in READERS
            if cell["evidence"] is not None:
                assert set(cell["evidence"]) == EVIDENCE_KEYS
            for candidate in cell["alternatives"]:
                assert set(candidate) == CANDIDATE_KEYS
                assert set(candidate["evidence"]) == EVIDENCE_KEYS
    for error in payload["errors"]:
        assert set(error) == {"file", "message"}


def test_all_read_exits_0_with_the_contract(tmp_path, capsys):
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(good), "--json", str(out)]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    check_contract(payload)
    assert payload["errors"] == []
    (report,) = payload["reports"]
    assert report["file"] == str(good)
    assert report["metadata"]["year"] == 2024
    cells = {c["id"]: c for c in report["indicators"]}
    assert cells["legal_aid_cases"]["value"] == 720
    evidence = cells["legal_aid_cases"]["evidence"]
    assert GOOD[evidence["start"]:evidence["end"]] == evidence["text"]
    assert len(cells) == 45


def test_a_broken_file_exits_1_and_the_good_one_is_still_written(folder, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(folder), "--json", str(out)]) == 1
    payload = json.loads(out.read_text(encoding="utf-8"))
    check_contract(payload)
    by_name = {Path(r["file"]).name: r for r in payload["reports"]}
    assert set(by_name) == {"示例县.txt", "损坏.docx"}  # every file it was given is reported
    assert by_name["示例县.txt"]["errors"] == []
    assert any(c["value"] == 720 for c in by_name["示例县.txt"]["indicators"])
    (error,) = payload["errors"]
    assert Path(error["file"]).name == "损坏.docx"
    assert "《损坏.docx》" in error["message"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error["message"].replace("损坏", ""))
    assert "《损坏.docx》" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    pytest.param([], id="no-subcommand"),
    pytest.param(["extract"], id="no-path"),
    pytest.param(["extract", "--bogus", "x.txt"], id="unknown-option"),
    pytest.param(["extract", "没有这个文件夹"], id="missing-path"),
    pytest.param(["extract", "a.txt", "--json", "a.json", "--jsonl", "a.jsonl"], id="json-and-jsonl"),
])
def test_usage_errors_exit_2(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli_main(argv) == 2
    assert capsys.readouterr().out == ""
    assert not (tmp_path / "a.json").exists()


def test_a_missing_path_is_named_and_nothing_is_written(tmp_path, capsys):
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(good), str(tmp_path / "没有这个文件夹"), "--json", str(out)]) == 2
    assert "没有这个文件夹" in capsys.readouterr().err
    assert not out.exists()


def test_a_broken_user_catalog_falls_back_with_a_warning(tmp_path, user_data_dir, capsys):
    user_catalog = paths.user_catalog_file()
    assert user_catalog.is_relative_to(user_data_dir)  # never the reviewer's real config
    user_catalog.parent.mkdir(parents=True, exist_ok=True)
    user_catalog.write_text('{\n "indicators": [\n  {"id": }\n ]\n}\n', encoding="utf-8")
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(good), "--json", str(out)]) == 0
    err = capsys.readouterr().err
    assert "警告" in err and "《indicators.json》" in err and "第 3 行" in err
    (report,) = json.loads(out.read_text(encoding="utf-8"))["reports"]
    assert len(report["indicators"]) == 45


def test_jsonl_writes_one_report_per_line_then_the_errors(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli_main(["extract", str(folder), "--jsonl", str(out)]) == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    reports = [line for line in lines if "error" not in line]
    errors = [line["error"] for line in lines if "error" in line]
    assert [Path(r["file"]).name for r in reports] == ["损坏.docx", "示例县.txt"]
    check_contract({"reports": reports, "errors": errors})
    assert [Path(e["file"]).name for e in errors] == ["损坏.docx"]


def test_jsonl_to_stdout(tmp_path, capsys):
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert cli_main(["extract", str(good), "--jsonl", "-"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    check_contract({"reports": [json.loads(line)], "errors": []})


def test_catalog_option_replaces_the_indicator_list(tmp_path):
    catalog = tmp_path / "法律援助.json"
    catalog.write_text(json.dumps({
        "categories": [{"id": "disputes", "name": "矛盾纠纷化解"}],
        "indicators": [{"id": "legal_aid_cases", "category": "disputes", "name": "法律援助案件数",
                        "unit": "件", "kind": "count", "cues": ["法律援助(?:案件)?"]}],
    }, ensure_ascii=False), encoding="utf-8")
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    assert cli_main(["extract", str(good), "--catalog", str(catalog), "--json", str(out)]) == 0
    (report,) = json.loads(out.read_text(encoding="utf-8"))["reports"]
    assert [(c["id"], c["value"]) for c in report["indicators"]] == [("legal_aid_cases", 720)]


def test_a_broken_catalog_is_a_usage_error_naming_file_and_line(tmp_path, capsys):
    catalog = tmp_path / "坏目录.json"
    catalog.write_text('{\n "indicators": [\n  {"id": }\n ]\n}\n', encoding="utf-8")
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert cli_main(["extract", str(good), "--catalog", str(catalog)]) == 2
    err = capsys.readouterr().err
    assert "《坏目录.json》" in err and "第 3 行" in err


def test_json_to_stdout(tmp_path, capsys):
    good = tmp_path / "示例县.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert cli_main(["extract", str(good), "--json", "-"]) == 0
    check_contract(json.loads(capsys.readouterr().out))


def test_module_run_on_the_sample_exits_0_quietly(tmp_path):
    out = tmp_path / "out.json"
    result = run_module("extract", str(paths.sample_report().parent), "--json", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    payload = json.loads(out.read_text(encoding="utf-8"))
    check_contract(payload)
    (report,) = payload["reports"]
    assert report["metadata"]["region"] == "示例县"
    text = paths.sample_report().read_text(encoding="utf-8")
    for cell in report["indicators"]:
        if cell["value"] is not None:
            assert text[cell["evidence"]["start"]:cell["evidence"]["end"]] == cell["evidence"]["text"]


def test_module_run_with_a_broken_file_exits_1(folder):
    result = run_module("extract", str(folder), "--json", "-")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert [Path(e["file"]).name for e in payload["errors"]] == ["损坏.docx"]
    assert "《损坏.docx》" in result.stderr


@pytest.mark.parametrize("args", [
    pytest.param(("extract",), id="no-path"),
    pytest.param(("extract", "--bogus", "x.txt"), id="unknown-option"),
    pytest.param(("extract", "没有这个文件夹"), id="missing-path"),
])
def test_module_usage_errors_exit_2(args, tmp_path):
    result = run_module(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_for_many_files_on_a_terminal():
    terminal, pipe, few = _Terminal(), io.StringIO(), _Terminal()
    for stream, total in ((terminal, 20), (pipe, 20), (few, 2)):
        with Progress(total, stream=stream) as progress:
            for index in range(total):
                progress.advance(f"{index}.txt")
    assert "20/20" in terminal.getvalue()
    assert pipe.getvalue() == ""
    assert few.getvalue() == ""


def test_console_script_runs_extract(tmp_path):
    script = Path(sys.executable).with_name("lawgov-desktop")
    if not script.exists():
        pytest.skip("the package is not installed into this interpreter's environment")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run([str(script), "extract", str(paths.sample_report()), "--json", "-"], capture_output=True,
                            text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    check_contract(json.loads(result.stdout))

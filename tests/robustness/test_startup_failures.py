"""A damaged or unusual user folder never stops the tool: each case gives a clear
Chinese message, ``extract`` still works and the window still opens.

Run as separate processes, as a reviewer starts the program, with
``LAWGOV_DATA_DIR`` pointing at the damaged folder.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_desktop import paths

WINDOW_TIMEOUT_S = 15


def _missing(root: Path) -> Path:
    return root / "尚未创建" / "更深一层"


def _uncreatable(root: Path) -> Path:
    """A folder that cannot be created, even by an administrator: its parent is a file."""
    (root / "一个文件").write_text("x", encoding="utf-8")
    return root / "一个文件" / "数据"


def _read_only(root: Path) -> Path:
    folder = root / "只读"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def _corrupt_database(root: Path) -> Path:
    data = root / "data"
    data.mkdir(parents=True)
    (data / "batch.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    return root


def _broken_catalog(root: Path) -> Path:
    config = root / "config"
    config.mkdir(parents=True)
    (config / "indicators.json").write_text('{"indicators": [\n  {"id": "自定义.指标",\n', encoding="utf-8")
    return root


def _broken_config_files(root: Path) -> Path:
    """Every file a bureau may edit, broken as issue 14 found them: GBK with a text for a
    number, JSON nested 100,000 deep, a setting of the wrong type."""
    config = root / "config"
    config.mkdir(parents=True)
    (config / "indicators.json").write_bytes(
        '{"indicators": [\n {"id": "reconsideration_cases", "name": "行政复议",\n  "max_gap": "abc"}]}'.encode("gbk"))
    (config / "checks.json").write_text('{"rules": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    (config / "settings.json").write_text('{"review": {"low_confidence": "高"}}', encoding="utf-8")
    return root


needs_non_root = pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                                    reason="permissions do not bind an administrator")

CASES = [
    pytest.param(_missing, id="missing data dir"),
    pytest.param(_uncreatable, id="data dir cannot be created"),
    pytest.param(_read_only, id="read-only data dir", marks=needs_non_root),
    pytest.param(_corrupt_database, id="corrupt database"),
    pytest.param(_broken_catalog, id="catalog with a syntax error"),
    pytest.param(_broken_config_files, id="every config file broken"),
]
WINDOW_CASES = [
    pytest.param(_missing, id="missing data dir"),
    pytest.param(_uncreatable, id="data dir cannot be created"),
    pytest.param(_read_only, id="read-only data dir", marks=needs_non_root),
    pytest.param(_corrupt_database, id="corrupt database"),
    pytest.param(_broken_catalog, id="catalog with a syntax error"),
    pytest.param(_broken_config_files, id="every config file broken"),
]


def _run(args: list[str], data_dir: Path, timeout: float, **extra_env: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LAWGOV_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8", **extra_env)
    return subprocess.run([sys.executable, "-m", "lawgov_desktop", *args], env=env, capture_output=True,
                          timeout=timeout, encoding="utf-8", errors="replace")


@pytest.mark.parametrize("make_data_dir", CASES)
def test_extract_still_works(tmp_path, make_data_dir):
    data_dir = make_data_dir(tmp_path)
    out = tmp_path / "out.json"
    result = _run(["extract", str(paths.sample_report()), "--json", str(out)], data_dir, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))["reports"][0]
    assert any(value["value"] is not None for value in report["indicators"])


def test_a_broken_catalog_is_named_with_its_line(tmp_path):
    data_dir = _broken_catalog(tmp_path)
    result = _run(["extract", str(paths.sample_report()), "--json", str(tmp_path / "out.json")], data_dir, timeout=60)
    assert "《indicators.json》" in result.stderr
    assert "行" in result.stderr
    assert "内置指标目录" in result.stderr


@pytest.mark.parametrize("make_data_dir", WINDOW_CASES)
def test_the_window_still_opens(tmp_path, make_data_dir):
    data_dir = make_data_dir(tmp_path)
    result = _run([], data_dir, timeout=WINDOW_TIMEOUT_S, LAWGOV_QUIT_AFTER_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert any(line.startswith("shown ") for line in result.stdout.splitlines())


def test_a_corrupt_database_is_kept_aside_and_a_fresh_one_started(tmp_path):
    from lawgov_desktop.store.sqlite import BatchStore

    data_dir = _corrupt_database(tmp_path)
    damaged = (data_dir / "data" / "batch.sqlite3").read_bytes()
    with BatchStore(data_dir / "data" / "batch.sqlite3") as store:
        assert store.recovery_message and "已损坏" in store.recovery_message
        store.create_batch("新批次")
    kept = list((data_dir / "data").glob("batch.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert f"《{kept[0].name}》" in store.recovery_message

"""Nothing outside lawgov_desktop.ui imports Qt.

Two checks that fail on a breach: import-linter's static contract (pyproject.toml,
[tool.importlinter]), and a fresh interpreter that imports every non-ui module and
then looks for PySide6/shiboken6 in sys.modules (catching imports import-linter
cannot see, such as importlib calls at import time).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

REPO_ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6")
QT_FREE = ("lawgov_desktop.core", "lawgov_desktop.store", "lawgov_desktop.export", "lawgov_desktop.cli",
           "lawgov_desktop.paths")


def test_the_contract_covers_every_qt_free_package():
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["include_external_packages"] is True  # else external forbidden modules are not checked
    (contract,) = [c for c in config["contracts"] if c["type"] == "forbidden"]
    assert set(QT_FREE) <= set(contract["source_modules"])
    assert set(QT_MODULES) <= set(contract["forbidden_modules"])
    assert contract.get("allow_indirect_imports") is False


def test_lint_imports_keeps_the_contract():
    pytest.importorskip("importlinter")
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else ["lint-imports"]
    result = subprocess.run([*command, "--no-cache"], cwd=REPO_ROOT, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import lawgov_desktop
skip_ui = sys.argv[1] == "skip-ui"
offenders = {}
names = []
for info in pkgutil.walk_packages(lawgov_desktop.__path__, "lawgov_desktop."):
    if skip_ui and (info.name == "lawgov_desktop.ui" or info.name.startswith("lawgov_desktop.ui.")):
        continue
    names.append(info.name)
    importlib.import_module(info.name)
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    if qt and not offenders:
        offenders[info.name] = qt
print(json.dumps({"imported": names, "offenders": offenders}))
"""


def _import_all(mode: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _IMPORT_ALL, mode], cwd=REPO_ROOT, capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_every_non_ui_module_loads_no_qt():
    report = _import_all("skip-ui")
    assert report["offenders"] == {}, f"first module that pulled Qt in: {report['offenders']}"
    imported = set(report["imported"])
    for package in QT_FREE:
        assert package in imported
    assert "lawgov_desktop.core.extract.extractor" in imported
    assert "lawgov_desktop.cli.extract" in imported


def test_the_import_check_does_see_qt_when_the_ui_is_imported():
    """The check above can fail: with the ui package included it names a Qt importer."""
    pytest.importorskip("PySide6")
    report = _import_all("with-ui")
    assert report["offenders"], "importing lawgov_desktop.ui loaded no PySide6 module"
    (first,) = report["offenders"]
    assert first.startswith("lawgov_desktop.ui")

"""Nothing outside lawgov_desktop.ui imports Qt, and the layers import only downwards.

Checks that fail on a breach: import-linter's static contracts (pyproject.toml,
[tool.importlinter]: the Qt ban and the layers ui|cli > service > store|export >
core), proven able to fail on a copy of the package with a forbidden import added;
and a fresh interpreter that imports every non-ui module and then looks for
PySide6/shiboken6 in sys.modules (catching imports import-linter cannot see, such as
importlib calls at import time).
"""
from __future__ import annotations

import json
import os
import shutil
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
QT_FREE = ("lawgov_desktop.core", "lawgov_desktop.service", "lawgov_desktop.store", "lawgov_desktop.export",
           "lawgov_desktop.cli", "lawgov_desktop.paths")
LAYERS = ["lawgov_desktop.ui | lawgov_desktop.cli", "lawgov_desktop.service",
          "lawgov_desktop.store | lawgov_desktop.export", "lawgov_desktop.core"]


def test_the_contract_covers_every_qt_free_package():
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["include_external_packages"] is True  # else external forbidden modules are not checked
    (contract,) = [c for c in config["contracts"] if c["type"] == "forbidden"]
    assert set(QT_FREE) <= set(contract["source_modules"])
    assert set(QT_MODULES) <= set(contract["forbidden_modules"])
    assert contract.get("allow_indirect_imports") is False


def test_the_layers_contract_orders_ui_and_cli_over_service_over_store_and_export_over_core():
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    (contract,) = [c for c in config["contracts"] if c["type"] == "layers"]
    assert contract["layers"] == LAYERS


def _lint_imports(cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    pytest.importorskip("importlinter")
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else ["lint-imports"]
    return subprocess.run([*command, "--no-cache"], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          timeout=120, env=env)


def test_lint_imports_keeps_the_contracts():
    result = _lint_imports(REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "Layers" in result.stdout


@pytest.mark.parametrize("module, added, broken", [
    ("core/review.py", "import lawgov_desktop.service", "above core BROKEN"),  # core reaching up to the service
    ("store/records.py", "import lawgov_desktop.export", "above core BROKEN"),  # store and export are independent
    ("service/findings.py", "import lawgov_desktop.ui", "above core BROKEN"),  # the service under the window
    ("service/findings.py", "import PySide6.QtCore", "imports Qt BROKEN"),
])
def test_the_contracts_break_when_a_forbidden_import_is_added(tmp_path, module, added, broken):
    """The contracts can fail: a copy of the package with one import added is refused."""
    shutil.copytree(REPO_ROOT / "lawgov_desktop", tmp_path / "lawgov_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "lawgov_desktop" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{added}  # added by the test\n", encoding="utf-8")
    result = _lint_imports(tmp_path, env=dict(os.environ, PYTHONPATH=str(tmp_path)))
    assert result.returncode != 0, result.stdout
    assert "1 broken" in result.stdout
    assert broken in " ".join(result.stdout.split()), result.stdout  # the contract's name may wrap


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

"""The compiled build of the extractor: its modules type-check, and none lies in the source tree.

pyproject.toml's mypyc hook compiles the modules it lists (packaging/compile_extractor.py,
build.py); mypyc refuses a module that mypy rejects, so they are checked here, where an edit
breaks them first, rather than in the packaging run.  That the compiled build gives the
source's output report for report is checked by CI (.ci/run, benchmarks/extract_equivalence.py).
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_desktop.core import compiled

ROOT = Path(__file__).resolve().parents[2]


def _hook_config() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]


def _compiled_sources() -> list[Path]:
    config = _hook_config()
    files: list[Path] = []
    for entry in config["include"]:
        path = ROOT / entry.lstrip("/")
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    return [f for f in files if f.name not in config.get("exclude", [])]


def test_the_hook_is_off_unless_asked_for():
    assert _hook_config()["enable-by-default"] is False


def test_every_hot_module_is_among_the_compiled():
    sources = {str(p.relative_to(ROOT).with_suffix("")).replace("/", ".").replace("\\", ".")
               for p in _compiled_sources()}
    assert set(compiled.HOT_MODULES) <= sources


@pytest.mark.slow
def test_the_compiled_modules_pass_mypy(tmp_path):
    pytest.importorskip("mypy")
    config = _hook_config()
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *config["mypy-args"], "--cache-dir", str(tmp_path / "cache"),
         *map(str, _compiled_sources())],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_compiled_module_lies_in_the_source_tree():
    """hatch-mypyc compiles in place: a grammar.*.so left beside grammar.py would run instead of
    every later edit of it.  Build with packaging/compile_extractor.py, which works on a copy."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES) + (".so", ".pyd")
    stray = [str(p.relative_to(ROOT)) for p in (ROOT / "lawgov_desktop").rglob("*") if p.name.endswith(suffixes)]
    stray += [p.name for p in ROOT.glob("*__mypyc.*")]
    assert stray == []
    assert compiled.build_name() == "源码版"


@pytest.mark.parametrize("compiled_count, expected", [
    (0, "源码版"),
    (len(compiled.HOT_MODULES), "编译版"),
    (1, "部分编译"),
    (len(compiled.HOT_MODULES) - 1, "部分编译"),
])
def test_build_name_counts_the_hot_modules_loaded_compiled(monkeypatch, compiled_count, expected):
    monkeypatch.setattr(compiled, "compiled_modules", lambda: list(compiled.HOT_MODULES[:compiled_count]))
    assert compiled.build_name() == expected


def test_compiled_modules_reads_where_each_module_comes_from(monkeypatch):
    origins = {name: f"/site/{name.replace('.', '/')}.py" for name in compiled.HOT_MODULES}
    origins["lawgov_desktop.core.extract.grammar"] = "/site/grammar" + importlib.machinery.EXTENSION_SUFFIXES[0]
    monkeypatch.setattr(compiled.importlib.util, "find_spec",
                        lambda name: importlib.machinery.ModuleSpec(name, None, origin=origins[name]))
    assert compiled.compiled_modules() == ["lawgov_desktop.core.extract.grammar"]


def _compile_extractor(monkeypatch, root: Path):
    """packaging/compile_extractor.py (a script, not a package module) working on ``root``."""
    spec = importlib.util.spec_from_file_location("compile_extractor", ROOT / "packaging" / "compile_extractor.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ROOT", root)
    return module


def _checkout(root: Path) -> None:
    (root / "lawgov_desktop").mkdir(parents=True)
    (root / "lawgov_desktop" / "grammar.py").write_text("X = 1\n", encoding="utf-8")
    (root / "resources").mkdir()
    (root / "resources" / "catalog.json").write_text("{}", encoding="utf-8")
    (root / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    (root / "README.md").write_text("说明\n", encoding="utf-8")


def test_the_source_digest_follows_the_code_and_data_not_the_readme(monkeypatch, tmp_path):
    _checkout(tmp_path)
    module = _compile_extractor(monkeypatch, tmp_path)
    first = module.source_digest()
    (tmp_path / "README.md").write_text("另一段说明\n", encoding="utf-8")
    (tmp_path / "lawgov_desktop" / "__pycache__").mkdir()
    (tmp_path / "lawgov_desktop" / "__pycache__" / "grammar.cpython-311.pyc").write_bytes(b"\0")
    assert module.source_digest() == first
    for edited in ("lawgov_desktop/grammar.py", "resources/catalog.json", "pyproject.toml"):
        before = module.source_digest()
        (tmp_path / edited).write_text((tmp_path / edited).read_text(encoding="utf-8") + " ", encoding="utf-8")
        assert module.source_digest() != before, edited


def test_the_benchmarks_compiled_build_is_made_once_per_state_of_the_sources(monkeypatch, tmp_path):
    """benchmarks/extract_speed.py measures the compiled build by default: built on its first run,
    reused until the sources change, the build of older sources removed."""
    checkout, cache = tmp_path / "checkout", tmp_path / "cache"
    _checkout(checkout)
    module = _compile_extractor(monkeypatch, checkout)
    built: list[Path] = []

    def build(folder: Path) -> Path:
        built.append(folder)
        folder.mkdir(parents=True)
        return folder / "lawgov_desktop.whl"

    monkeypatch.setattr(module, "unpack", lambda wheel, site: site.mkdir(parents=True))
    site = module.cached_build(cache, build)
    assert site.is_dir() and len(built) == 1
    assert module.cached_build(cache, build) == site and len(built) == 1
    (checkout / "lawgov_desktop" / "grammar.py").write_text("X = 2\n", encoding="utf-8")
    newer = module.cached_build(cache, build)
    assert newer != site and len(built) == 2
    assert [p.name for p in cache.iterdir()] == [newer.parent.name]

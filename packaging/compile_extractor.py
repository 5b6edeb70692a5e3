"""Build the extractor compiled by mypyc: ``python packaging/compile_extractor.py --target DIR``.

The same source, compiled to C extension modules by the mypyc hook of pyproject.toml (the
modules it lists; hatch-mypyc, as black is built).  The wheel is built from a copy of the
checkout in a temporary folder, never in the checkout itself: hatch-mypyc compiles in place,
and a stale ``grammar.*.so`` left beside ``grammar.py`` would shadow every later edit of it
(tests/robustness/test_compiled_build.py fails if one is there).

    --wheel-dir DIR   keep the wheel there (default: dist/)
    --target DIR      unpack it there as well (pip install --no-deps --target), to be run with
                      PYTHONPATH=DIR (CI's equivalence check) or frozen from there (build.py)

Needs network access to PyPI for the build requirements (hatchling, hatch-mypyc, mypy), a C
compiler and the Python headers (on Windows, the MSVC build tools).  About a minute and a half.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What the wheel is built from (pyproject's wheel target and its force-include).
COPIED = ("pyproject.toml", "README.md", "lawgov_desktop", "resources")
ENABLE_HOOK = "HATCH_BUILD_HOOK_ENABLE_MYPYC"


def build_wheel(wheel_dir: Path) -> Path:
    """The compiled wheel, built from a copy of the checkout; returns its path."""
    wheel_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lawgov-compile-") as temp:
        copy = Path(temp) / "src"
        copy.mkdir()
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.so", "*.pyd")
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, copy / name, ignore=ignore)
            else:
                shutil.copy2(source, copy / name)
        out = Path(temp) / "wheel"
        env = dict(os.environ, **{ENABLE_HOOK: "true"})
        command = [sys.executable, "-m", "pip", "wheel", str(copy), "--no-deps", "-w", str(out), "-q"]
        print("+", " ".join(command), flush=True)
        subprocess.run(command, env=env, check=True)
        [wheel] = out.glob("lawgov_desktop-*.whl")
        if wheel.name.endswith("-none-any.whl"):
            raise SystemExit(f"{wheel.name}: the wheel is pure Python; the mypyc hook did not run")
        target = wheel_dir / wheel.name
        shutil.copy2(wheel, target)
    return target


def unpack(wheel: Path, target: Path) -> None:
    """The wheel's files under ``target`` (replaced), without its dependencies."""
    shutil.rmtree(target, ignore_errors=True)
    command = [sys.executable, "-m", "pip", "install", str(wheel), "--no-deps", "--target", str(target), "-q"]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def source_digest() -> str:
    """A digest of what the compiled build is made from (README.md aside: it changes no code)."""
    digest = hashlib.sha256()
    for name in COPIED:
        source = ROOT / name
        files = sorted(source.rglob("*")) if source.is_dir() else [source]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".so", ".pyd") \
                    and name != "README.md":
                digest.update(path.relative_to(ROOT).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cached_build(cache: Path, build: Callable[[Path], Path] | None = None) -> Path:
    """The compiled build of the checkout as it is now, unpacked under ``cache`` and kept there
    until the sources change (builds of earlier sources are removed); returns the folder to put
    on PYTHONPATH.  ``build`` makes the wheel in a folder (default ``build_wheel``)."""
    folder = cache / source_digest()
    site, done = folder / "site", folder / "built"
    if not done.is_file():
        for old in cache.glob("*"):
            shutil.rmtree(old, ignore_errors=True)
        unpack((build or build_wheel)(folder / "wheel"), site)
        done.write_text("ok\n", encoding="utf-8")  # last: an interrupted build is not taken for one
    return site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--target", type=Path)
    args = parser.parse_args(argv)
    wheel = build_wheel(args.wheel_dir)
    print(wheel)
    if args.target is not None:
        unpack(wheel, args.target)
    return 0


if __name__ == "__main__":
    sys.exit(main())

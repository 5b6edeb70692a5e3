"""Build the one-folder program and smoke-test it: ``python packaging/build.py``.

Compiles the extractor (packaging/compile_extractor.py: the same source built by mypyc,
about 1.5× faster; needs a C compiler, on Windows the MSVC build tools) into build/compiled,
runs ``python -m PyInstaller packaging/lawgov-desktop.spec`` from the repository root on
that folder (a clean build: the old dist/lawgov-desktop and build/ are replaced), then
packaging/smoke.py on the result, which checks that the folder's extractor is the compiled
one.  Options: ``--source`` (freeze the checkout's source as it is, no compiler needed),
``--no-smoke``, ``--no-window`` (smoke test without the offscreen window), ``--timing N``.
Needs the build extra: ``pip install .[build]``.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "lawgov-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
COMPILED = ROOT / "build" / "compiled"


def compile_extractor() -> Path:
    """The package with its extractor compiled, unpacked under build/compiled."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import compile_extractor

    wheel = compile_extractor.build_wheel(ROOT / "build" / "compiled-wheel")
    compile_extractor.unpack(wheel, COMPILED)
    return COMPILED


def build(freeze_from: Path | None) -> Path:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller")]
    env = dict(os.environ)
    env.pop("LAWGOV_FREEZE_FROM", None)
    if freeze_from is not None:
        env["LAWGOV_FREEZE_FROM"] = str(freeze_from)  # read by the spec
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True, env=env)
    return DIST / "lawgov-desktop"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", action="store_true", help="freeze the source, no compiled extractor")
    parser.add_argument("--no-smoke", action="store_true")
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument("--timing", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    shutil.rmtree(COMPILED, ignore_errors=True)
    folder = build(None if args.source else compile_extractor())
    if args.no_smoke:
        return 0
    sys.path.insert(0, str(ROOT / "packaging"))
    import smoke

    smoke_args = [str(folder), "--expect-build", "源码版" if args.source else "编译版"] \
        + (["--no-window"] if args.no_window else []) + (["--timing", str(args.timing)] if args.timing else [])
    return smoke.main(smoke_args)


if __name__ == "__main__":
    sys.exit(main())

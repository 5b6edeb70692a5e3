"""Build the one-folder program and smoke-test it: ``python packaging/build.py``.

Runs ``python -m PyInstaller packaging/lawgov-desktop.spec`` from the repository
root (a clean build: the old dist/lawgov-desktop and build/ are replaced), then
packaging/smoke.py on the result.  Options: ``--no-smoke``, ``--no-window``
(smoke test without the offscreen window), ``--timing N``.  Needs the build extra:
``pip install .[build]``.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "lawgov-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"


def build() -> Path:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(WORK)]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    return DIST / "lawgov-desktop"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-smoke", action="store_true")
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument("--timing", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    folder = build()
    if args.no_smoke:
        return 0
    sys.path.insert(0, str(ROOT / "packaging"))
    import smoke

    smoke_args = [str(folder)] + (["--no-window"] if args.no_window else []) + (
        ["--timing", str(args.timing)] if args.timing else [])
    return smoke.main(smoke_args)


if __name__ == "__main__":
    sys.exit(main())

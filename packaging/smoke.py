"""Smoke test of a built folder: ``python packaging/smoke.py [dist/lawgov-desktop] [--timing N]``.

Checks that the frozen executable
* answers ``--version`` with the package version (and, with ``--expect-build 编译版``, says
  that its extractor is the compiled one),
* runs ``extract`` on the bundled sample with JSON equal to the source install's
  (file paths dropped: the two runs may see the sample under different paths),
* opens the window offscreen and quits by itself (``LAWGOV_QUIT_AFTER_SHOWN``),
  unless ``--no-window`` (CI runners without a display still have ``offscreen``).

With ``--timing N`` it also prints the median wall time of N runs of each.  Exit 0
when every check passed.  Used by build.py, the CI workflow and
tests/robustness/test_frozen_build.py; imports only the standard library at top so
it runs on a machine where only the frozen folder and a Python exist.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
DEFAULT_FOLDER = ROOT / "dist" / "lawgov-desktop"
QUIT_AFTER_SHOWN_ENV = "LAWGOV_QUIT_AFTER_SHOWN"  # read by lawgov_desktop/ui/app.py
WINDOW_TIMEOUT_S = 60


def executable(folder: Path) -> Path:
    name = "lawgov-desktop.exe" if os.name == "nt" else "lawgov-desktop"
    return Path(folder) / name


def isolated_env(data_dir: Path) -> dict[str, str]:
    """The frozen program's environment: its own data dir, no Qt display needed."""
    env = dict(os.environ)
    env["LAWGOV_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, capture_output=True, timeout=timeout, cwd=ROOT)


def without_paths(value):
    """The JSON with every file path removed, so two runs from different places compare equal."""
    if isinstance(value, dict):
        return {k: without_paths(v) for k, v in value.items() if k not in ("file", "duplicate_of", "path")}
    if isinstance(value, list):
        return [without_paths(v) for v in value]
    return value


def frozen_extract(exe: Path, env: dict[str, str], out: Path) -> dict:
    result = run([str(exe), "extract", str(SAMPLE), "--json", str(out)], env)
    if result.returncode != 0:
        raise AssertionError(f"frozen extract exited {result.returncode}: {result.stderr.decode('utf-8', 'replace')}")
    return json.loads(out.read_text(encoding="utf-8"))


def source_extract(env: dict[str, str], out: Path) -> dict | None:
    """The same extraction by the source install, or None when it is not importable here."""
    result = run([sys.executable, "-m", "lawgov_desktop", "extract", str(SAMPLE), "--json", str(out)], env)
    if result.returncode != 0:
        return None
    return json.loads(out.read_text(encoding="utf-8"))


def check_version(exe: Path, env: dict[str, str]) -> str:
    result = run([str(exe), "--version"], env)
    text = result.stdout.decode("utf-8", "replace").strip()
    if result.returncode != 0 or not text.startswith("lawgov-desktop "):
        raise AssertionError(f"--version gave {result.returncode} {text!r} {result.stderr!r}")
    return text


def check_window(exe: Path, env: dict[str, str]) -> float:
    """Seconds until the window reported itself shown (the program's own figure)."""
    window_env = dict(env, **{QUIT_AFTER_SHOWN_ENV: "1"})
    result = run([str(exe)], window_env, timeout=WINDOW_TIMEOUT_S)
    out = result.stdout.decode("utf-8", "replace")
    shown = [line for line in out.splitlines() if line.startswith("shown ")]
    if result.returncode != 0 or not shown:
        raise AssertionError(f"window run exited {result.returncode}: {out} {result.stderr.decode('utf-8', 'replace')}")
    return float(shown[-1].split()[1])


def median_wall_time(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = run(command, env)
        times.append(time.perf_counter() - started)
        if result.returncode not in (0, 1):
            raise AssertionError(f"{command} exited {result.returncode}")
    return statistics.median(times)


def folder_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1024 / 1024


def smoke(folder: Path, window: bool = True, timing: int = 0, expect_build: str | None = None) -> list[str]:
    """Run every check; returns the lines to print.  Raises AssertionError on a failure."""
    exe = executable(folder)
    if not exe.is_file():
        raise AssertionError(f"{exe} does not exist: build first (python packaging/build.py)")
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        env = isolated_env(Path(tmp) / "data")
        version = check_version(exe, env)
        if expect_build and f"（抽取器：{expect_build}）" not in version:
            raise AssertionError(f"--version gave {version!r}: the extractor is not the {expect_build} one")
        lines.append(f"version: {version}")
        frozen = frozen_extract(exe, env, Path(tmp) / "frozen.json")
        if frozen.get("errors") or not frozen.get("reports"):
            raise AssertionError(f"frozen extract of the sample gave errors: {frozen.get('errors')}")
        values = sum(1 for i in frozen["reports"][0]["indicators"] if i.get("value") is not None)
        lines.append(f"extract: {len(frozen['reports'])} report, {values} values")
        source = source_extract(env, Path(tmp) / "source.json")
        if source is None:
            lines.append("source comparison: skipped (lawgov_desktop not importable by this Python)")
        elif without_paths(source) != without_paths(frozen):
            raise AssertionError("frozen extract differs from the source install's")
        else:
            lines.append("source comparison: equal")
        if window:
            lines.append(f"window: shown after {check_window(exe, env):.2f} s (offscreen)")
        lines.append(f"folder size: {folder_size_mb(folder):.0f} MB")
        if timing:
            version_s = median_wall_time([str(exe), "--version"], env, timing)
            extract_cmd = [str(exe), "extract", str(SAMPLE), "--json", str(Path(tmp) / "t.json")]
            extract_s = median_wall_time(extract_cmd, env, timing)
            lines.append(f"median of {timing}: --version {version_s:.2f} s, extract sample {extract_s:.2f} s")
            if window:
                window_env = dict(env, **{QUIT_AFTER_SHOWN_ENV: "1"})
                window_s = median_wall_time([str(exe)], window_env, timing)
                lines.append(f"median of {timing}: window start to quit {window_s:.2f} s")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--no-window", action="store_true", help="skip the offscreen window check")
    parser.add_argument("--timing", type=int, default=0, metavar="N", help="also print medians of N runs")
    parser.add_argument("--expect-build", choices=("编译版", "源码版"),
                        help="fail unless --version names this build of the extractor")
    args = parser.parse_args(argv)
    try:
        for line in smoke(Path(args.folder), window=not args.no_window, timing=args.timing,
                          expect_build=args.expect_build):
            print(line, flush=True)
    except (AssertionError, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

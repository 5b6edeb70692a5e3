"""Cold start of the review window: process start to window shown, median of several runs.

Each run is a new ``python -m lawgov_desktop`` process with empty user folders, so
nothing is cached by the program itself (the OS file cache is warm after the first
run, as on a reviewer's PC).  ``LAWGOV_QUIT_AFTER_SHOWN`` makes the window print
“shown <seconds since main()>” once it is up and quit.  Target: ≤ 1.5 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_startup.py [--runs 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def one_run(data_dir: str) -> tuple[float, float]:
    env = {**os.environ, "LAWGOV_DATA_DIR": data_dir, "LAWGOV_QUIT_AFTER_SHOWN": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "lawgov_desktop"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    shown = time.perf_counter() - started
    process.wait(30)
    if not line.startswith("shown"):
        raise SystemExit(f"window did not report being shown: {line!r}")
    return shown, float(line.split()[1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as data_dir:
            results.append(one_run(data_dir))
    walls = [wall for wall, _ in results]
    inner = [in_main for _, in_main in results]
    print("process start → window shown (s): " + " ".join(f"{w:.2f}" for w in walls))
    print(f"median {statistics.median(walls):.2f} s (target ≤ 1.5 s); "
          f"of which main() → shown {statistics.median(inner):.2f} s; platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

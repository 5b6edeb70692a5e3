"""Two builds of the extractor timed in turn: the per-report figure on a machine whose speed drifts.

``extract_speed.py`` measures one build; on a shared machine its figures move by half between
runs minutes apart.  This script alternates two builds (each a folder put first on PYTHONPATH:
a compiled build from ``packaging/compile_extractor.py --target DIR``, or a checkout's root for
its source), one fresh process per build per round, and prints each round's medians and their
ratio: a ratio from the same minute is the steady figure.

    .venv/bin/python benchmarks/extract_speed_ab.py /tmp/compiled_before /tmp/compiled_after --rounds 8
    .venv/bin/python benchmarks/extract_speed_ab.py /tmp/checkout_before /tmp/checkout_after   # source

Each process extracts ``--reports`` fresh 20 KB reports (the benchmark's invented report with
another county name each, after one warm-up) with ``extract_document`` and prints the median CPU
time; the round's ratio is second / first.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent

# Run in the child, with the build under test first on sys.path (the benchmark module is imported
# with --installed so that it does not put this checkout in front of it).
CHILD = """
import json, os, sys, time
sys.argv = ["extract_speed", "--installed"]
sys.path.insert(1, os.environ["LAWGOV_BENCHMARKS"])
import extract_speed
import lawgov_desktop
from lawgov_desktop import paths
from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.pipeline import extract_document
from lawgov_desktop.core.types import Document
count = int(os.environ["LAWGOV_AB_REPORTS"])
report = extract_speed.twenty_kb_report(paths.sample_report().read_text(encoding="utf-8"))
texts = extract_speed.fresh_reports(report, count + 1, first=1)
catalog = default_catalog()
extract_document(Document(path="r.txt", text=texts[0], format="txt"), catalog)
times = []
for text in texts[1:]:
    start = time.process_time()
    extract_document(Document(path="r.txt", text=text, format="txt"), catalog)
    times.append((time.process_time() - start) * 1000)
times.sort()
print(json.dumps({"median_ms": times[len(times) // 2], "module": lawgov_desktop.__file__}))
"""


def run_once(build: Path, reports: int, data_dir: str) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(build), LAWGOV_BENCHMARKS=str(BENCHMARKS),
               LAWGOV_AB_REPORTS=str(reports), LAWGOV_DATA_DIR=data_dir)
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=data_dir, capture_output=True, text=True,
                            check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    return found["median_ms"], found["module"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path, help="folder put first on PYTHONPATH for the first build")
    parser.add_argument("second", type=Path, help="the same for the second build")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--reports", type=int, default=60, help="fresh 20 KB reports per process")
    args = parser.parse_args()
    firsts, seconds, ratios = [], [], []
    with tempfile.TemporaryDirectory(prefix="lawgov-ab-") as data_dir:
        for round_number in range(1, args.rounds + 1):
            a, module_a = run_once(args.first, args.reports, data_dir)
            b, module_b = run_once(args.second, args.reports, data_dir)
            if round_number == 1:
                # Which code each side ran: a build that is not first on the path measures the wrong one.
                print(f"first:  {module_a}\nsecond: {module_b}")
            firsts.append(a)
            seconds.append(b)
            ratios.append(b / a)
            print(f"round {round_number}: {a:6.2f} ms  {b:6.2f} ms  ratio {b / a:.3f}", flush=True)
    print(f"medians: {statistics.median(firsts):.2f} ms  {statistics.median(seconds):.2f} ms  "
          f"ratio {statistics.median(ratios):.3f} (median of the rounds' ratios)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

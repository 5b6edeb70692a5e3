"""Benchmark: the cost of the official place list and of reading a report's metadata.

Prints (medians):
- loading resources/places.tsv in a fresh process: the province/city/county table (read
  on the first place lookup) and the 乡镇/街道 names (read on the first town lookup);
- extract_metadata, warm, on a ~20 KB report (the bundled sample's body repeated) and on
  each report of ../shared/corpus/dev and excerpts when they are there (never the
  validation split);
- CLI cold start: ``python -m lawgov_desktop extract <sample> --json -``.
Targets (issue 11): a 20 KB report ≤ 10 ms warm for the whole extraction (see
extract_speed.py), CLI cold start ≤ 0.5 s.

    .venv/bin/python benchmarks/metadata_speed.py [--runs 15] [--cold-runs 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from lawgov_desktop import paths  # noqa: E402
from lawgov_desktop.core.extract.metadata import extract_metadata  # noqa: E402
from lawgov_desktop.core.types import Document  # noqa: E402

LOAD_PROBE = """
import sys, time
sys.path.insert(0, sys.argv[1])
from lawgov_desktop.core.extract import places
start = time.perf_counter(); places._table(); middle = time.perf_counter(); places.town_names()
print((middle - start) * 1000, (time.perf_counter() - middle) * 1000)
"""


def median_ms(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold-runs", type=int, default=7)
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")

    loads = [subprocess.run([sys.executable, "-c", LOAD_PROBE, str(REPO_ROOT)], capture_output=True, text=True,
                            check=True).stdout.split() for _ in range(args.cold_runs)]
    print(f"places.tsv ({paths.resource('places.tsv').stat().st_size / 1000:.0f} KB), fresh process, median of "
          f"{args.cold_runs}: divisions {statistics.median(float(a) for a, _ in loads):.1f} ms, "
          f"towns {statistics.median(float(b) for _, b in loads):.1f} ms")

    sample = paths.sample_report().read_text(encoding="utf-8")
    title, _, body = sample.partition("\n")
    text = sample
    while len(text.encode("utf-8")) < 20_000:
        text += "\n" + body
    document = Document(path="二十千字节报告.txt", text=text, format="txt")
    extract_metadata(document)  # warm
    print(f"extract_metadata, 20 KB report, warm: {median_ms(lambda: extract_metadata(document), args.runs):.2f} ms")

    corpus = REPO_ROOT.parent / "shared" / "corpus"
    texts = sorted([*corpus.glob("dev/*.txt"), *corpus.glob("excerpts/*.txt")])
    if texts:
        reports = [Document(path=p.name, text=p.read_text(encoding="utf-8"), format="txt") for p in texts]
        per_report = [median_ms(lambda d=d: extract_metadata(d), 5) for d in reports]
        print(f"extract_metadata over {len(reports)} corpus reports, warm: median {statistics.median(per_report):.2f} ms,"
              f" max {max(per_report):.2f} ms")

    with tempfile.TemporaryDirectory(prefix="lawgov-bench-") as temp:
        env = dict(os.environ, LAWGOV_DATA_DIR=temp, PYTHONPATH=str(REPO_ROOT))
        command = [sys.executable, "-m", "lawgov_desktop", "extract", str(paths.sample_report()), "--json", "-"]
        cold = []
        for _ in range(args.cold_runs):
            start = time.perf_counter()
            subprocess.run(command, env=env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, check=True)
            cold.append(time.perf_counter() - start)
        print(f"CLI cold start, median of {args.cold_runs}: {statistics.median(cold):.2f} s   (target ≤ 0.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

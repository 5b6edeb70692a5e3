"""Soak the readers: thousands of mangled files through the per-file time limit.

    python benchmarks/soak_readers.py [--cases 10000] [--seed 1] [--timeout 10] [--budget 600]

Each case is one file drawn by tests/robustness/mangled_files.random_case (random
bytes under every suffix, truncated or bit-flipped docx/pdf/html/txt, mixed
encodings, nested HTML); every 500th case is a heavy one (a docx zip bomb, one that
understates its size, a 50 MB text file, 100,000 nested tags).  Every file goes through
``GuardedReader.process`` — the CLI/batch path — and is counted as

  ok           read, no errors
  clean-error  exactly one Chinese message naming the file
  unclean      some other error text (a message that does not name the file …)
  crash        the worker process died
  hang         the per-file time limit struck

Targets: 0 unclean, 0 crash, 0 hang.  Stops early when ``--budget`` seconds are
used up and says how many cases it ran.  A failing case is reproduced by its
number: ``--only N``.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "robustness"))

import mangled_files as make  # noqa: E402
from lawgov_desktop.core.guard import GuardedReader  # noqa: E402

HEAVY_EVERY = 500
HEAVY_CASES = (
    (".docx", lambda: make.docx_bomb(150)),
    (".docx", lambda: make.lying_docx_bomb(150)),
    (".txt", lambda: make.big_text(50)),
    (".html", lambda: make.nested_html(100_000)),
)


def case(seed: int, number: int) -> tuple[str, bytes]:
    if number % HEAVY_EVERY == HEAVY_EVERY - 1:
        suffix, maker = HEAVY_CASES[(number // HEAVY_EVERY) % len(HEAVY_CASES)]
        return suffix, maker()
    return make.random_case(random.Random(f"{seed}-{number}"))


def verdict(report, name: str) -> str:
    if report.errors and "读取超时" in report.errors[0]:
        return "hang"
    if report.errors and "意外退出" in report.errors[0]:
        return "crash"
    kind = make.classify(report, name)
    return "unclean" if kind == "bad" else kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="per-file time limit in seconds")
    parser.add_argument("--budget", type=float, default=600.0, help="stop after this many seconds")
    parser.add_argument("--only", type=int, help="run just this case number (to reproduce a failure)")
    args = parser.parse_args(argv)

    os.environ.setdefault("LAWGOV_DATA_DIR", tempfile.mkdtemp(prefix="lawgov-soak-"))
    numbers = [args.only] if args.only is not None else range(args.cases)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, GuardedReader(args.timeout) as reader:
        for number in numbers:
            if time.perf_counter() - started > args.budget:
                break
            suffix, data = case(args.seed, number)
            path = Path(folder) / f"案例{number:05d}{suffix}"
            path.write_bytes(data)
            case_started = time.perf_counter()
            report = reader.process(path)
            elapsed = time.perf_counter() - case_started
            path.unlink()
            kind = verdict(report, path.name)
            counts[kind] += 1
            slowest = max(slowest, (elapsed, path.name))
            if kind not in ("ok", "clean-error"):
                failures.append(f"  case {number} ({suffix}, {len(data)} bytes): {kind} {report.errors}")
    elapsed = time.perf_counter() - started
    ran = sum(counts.values())
    try:
        import resource  # Unix only; counts the reader workers, which have all ended by now

        worker_peak = f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB"
    except ImportError:
        worker_peak = "not measured on this platform"

    print(f"cases run: {ran} of {len(numbers)} (seed {args.seed}, limit {args.timeout:g} s per file)")
    for kind in ("ok", "clean-error", "unclean", "crash", "hang"):
        print(f"  {kind:<12} {counts[kind]}")
    print(f"elapsed: {elapsed:.1f} s ({1000 * elapsed / max(ran, 1):.1f} ms per file); "
          f"slowest file {slowest[0]:.2f} s ({slowest[1]})")
    print(f"peak memory of the reader worker: {worker_peak}")
    if failures:
        print("failures:")
        print("\n".join(failures[:50]))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())

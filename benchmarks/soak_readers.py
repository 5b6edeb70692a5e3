"""Soak the readers: thousands of mangled files and the hostile files of issue 14, each read
through the per-file limits, and the bureau config files that once stopped the program.

    python benchmarks/soak_readers.py [--cases 10000] [--seed 1] [--timeout 10] [--budget 600]
                                      [--no-hostile] [--only N]

1. Mangled files: each case is one file drawn by tests/robustness/mangled_files.random_case
   (random bytes under every suffix, truncated or bit-flipped docx/pdf/html/txt, mixed
   encodings, nested HTML); every 500th case is a heavy one (a docx zip bomb, one that
   understates its size, a 50 MB text file, 100,000 nested tags).  Every file goes through
   ``GuardedReader.process`` — the CLI/batch path, with its time limit and memory budget.
2. Hostile files (tests/robustness/amplifiers): a .doc whose pieces repeat, an OFD whose
   pages share one content stream, 19 MB of tiny HTML elements, a 19 MB report on one line,
   pages nested deeper than the parser goes or with <span>/<font> never closed, and a
   named pipe.  Each is read by a fresh guarded worker; its peak memory is the worker's
   VmHWM (Linux).
3. Config files: a bureau catalog with a ``(.*)*次`` cue (how long the refusal takes, and
   that the rest of the file is used), JSON nested 100,000 deep, a 1 MB file, GBK; and what
   vetting costs at start-up (the bundled catalog alone is never vetted).

Each file is counted as

  ok           read, no errors
  clean-error  exactly one Chinese message naming the file and saying what is wrong
  unclean      some other error text (not naming the file, or an unexpected exception's)
  crash        the worker process died
  hang         the per-file time limit struck
  known-limit  the time limit struck where it is known to (named with the reason)

Targets: 0 unclean, 0 crash, 0 hang; peak memory of any worker ≤ 1 GB.  Stops early when
``--budget`` seconds are used up and says how many cases it ran.  A failing case is
reproduced by its number: ``--only N``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "robustness"))

import amplifiers  # noqa: E402
import mangled_files as make  # noqa: E402
from lawgov_desktop.core.guard import DEFAULT_SECONDS, GuardedReader  # noqa: E402

MB = 1024 * 1024
HEAVY_EVERY = 500
HEAVY_CASES = (
    (".docx", lambda: make.docx_bomb(150)),
    (".docx", lambda: make.lying_docx_bomb(150)),
    (".txt", lambda: make.big_text(50)),
    (".html", lambda: make.nested_html(100_000)),
)
# (name, maker, known): the hostile files of issue 14, each with the figure it had before.
# ``known`` names a limit that is expected to strike, and why (then it is not a failure).
# Before the grammar bounded its look-backs (CLAUSE_MAX), every figure read back to the start of
# its sentence, and without punctuation the whole line is one sentence: quadratic.  Now 3 MB
# (1 million characters after the cap) take a few seconds; the limit is not expected to strike.
HOSTILE = (
    ("重复引用.doc", lambda: amplifiers.repeated_piece_doc(8000, 32_000), ""),  # 400 KB: 1.5 GB, 29 s
    ("共用内容.ofd", lambda: amplifiers.shared_content_ofd(3000, 100), ""),  # 8 KB: 1.6 GB, 63 s
    ("细碎元素.html", lambda: amplifiers.tiny_elements_html(19), ""),  # 1.1 GB
    ("一行.txt", lambda: amplifiers.one_line_text(19), ""),  # past 600 s
    ("一行无标点.txt", lambda: amplifiers.one_line_text(3, punctuation=False), ""),  # quadratic: past 60 s
    ("深层嵌套.html", lambda: amplifiers.deep_before_text(3000), ""),  # 没有找到正文文字
    ("未闭合span.html", lambda: amplifiers.unclosed_inline_tags(3000, "span"), ""),  # lost paragraphs
    ("未闭合font.html", lambda: amplifiers.unclosed_inline_tags(409, "font"), ""),
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


def peak_mb(pid: int | None) -> float | None:
    """The peak resident memory (VmHWM) of a live process, in MB; None where unknown."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def soak_mangled(args, counts: Counter, failures: list[str]) -> tuple[float, tuple[float, str], float | None]:
    numbers = [args.only] if args.only is not None else range(args.cases)
    slowest = (0.0, "")
    worst_peak: float | None = None
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
            peak = peak_mb(reader.worker_pid)
            if peak is not None:
                worst_peak = max(worst_peak or 0.0, peak)
            if kind not in ("ok", "clean-error"):
                failures.append(f"  case {number} ({suffix}, {len(data)} bytes): {kind} {report.errors}")
    return time.perf_counter() - started, slowest, worst_peak


def soak_hostile(args, counts: Counter, failures: list[str]) -> float | None:
    print(f"hostile files (each by a fresh guarded worker, limit {args.hostile_timeout:g} s):")
    worst: float | None = None
    rows = list(HOSTILE)
    if hasattr(os, "mkfifo"):
        rows.append(("管道.txt", None, ""))
    with tempfile.TemporaryDirectory() as folder:
        for name, maker, known in rows:
            path = Path(folder) / name
            if maker is None:
                os.mkfifo(path)
                size = 0
            else:
                data = maker()
                size = len(data)
                path.write_bytes(data)
            with GuardedReader(args.hostile_timeout) as reader:
                started = time.perf_counter()
                report = reader.process(path)
                elapsed = time.perf_counter() - started
                peak = peak_mb(reader.worker_pid)
            kind = verdict(report, name)
            if known and kind == "hang":
                kind = "known-limit"
            counts[kind] += 1
            if peak is not None:
                worst = max(worst or 0.0, peak)
            said = (report.errors or (report.document.warnings if report.document else ()) or ("",))[0]
            chars = len(report.document.text) if report.document else 0
            print(f"  {name:<14} {size / MB:6.2f} MB  {kind:<11} {elapsed:6.2f} s  "
                  f"peak {peak if peak is not None else float('nan'):6.0f} MB  {chars:>9,} chars  {said[:60]}")
            if kind == "known-limit":
                print(f"    (the time limit struck as expected: {known})")
            elif kind not in ("ok", "clean-error"):
                failures.append(f"  hostile {name}: {kind} {report.errors}")
    return worst


def _median_ms(function, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def soak_config(failures: list[str]) -> None:
    from lawgov_desktop import paths
    from lawgov_desktop.core import pattern_safety
    from lawgov_desktop.core.catalog import load_catalog_or_bundled

    print("bureau config files:")
    config = paths.user_config_dir()
    config.mkdir(parents=True, exist_ok=True)
    user = config / "indicators.json"

    def load() -> tuple:
        pattern_safety.vet.cache_clear()
        return load_catalog_or_bundled()

    user.unlink(missing_ok=True)
    bundled_ms = _median_ms(load)
    print(f"  catalog load, bundled only:                      {bundled_ms:7.1f} ms (median of 5; nothing vetted)")
    own = [{"id": f"bureau_{n}", "category": "disputes", "name": f"自定义{n}", "unit": "件", "kind": "count",
            "cues": [f"(?:办理|受理)自定义事项{n}(?:案件)?", f"自定义{n}[^。]{{0,20}}?\\d+\\s*件"]} for n in range(10)]
    user.write_text(json.dumps({"indicators": own}, ensure_ascii=False), encoding="utf-8")
    own_ms = _median_ms(load)
    print(f"  with a bureau file of 20 new patterns:           {own_ms:7.1f} ms (vetting included)")

    user.write_text(json.dumps({"indicators": [{"id": "reconsideration_cases", "cues": ["(.*)*次", "行政复议"]}]},
                               ensure_ascii=False), encoding="utf-8")
    pattern_safety.vet.cache_clear()
    started = time.perf_counter()
    catalog, warning = load_catalog_or_bundled()
    refused_ms = (time.perf_counter() - started) * 1000
    kept = [p.pattern for p in catalog.get("reconsideration_cases").cue_patterns]
    print(f"  a (.*)*次 cue refused at load in                  {refused_ms:7.1f} ms; cues kept {kept}")
    if "已停用" not in (warning or "") or kept != ["行政复议"]:
        failures.append(f"  (.*)*次 not refused: {warning}")
    for label, text in (("JSON nested 100,000 deep", '{"indicators": ' + "[" * 100_000 + "]" * 100_000 + "}"),
                        ("a file over 1 MB", '{"note": "' + "说" * 400_000 + '"}'),
                        ("max_gap \"abc\"", '{"indicators": [{"id": "reconsideration_cases", "max_gap": "abc"}]}')):
        user.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        catalog, warning = load_catalog_or_bundled()
        elapsed = (time.perf_counter() - started) * 1000
        print(f"  {label:<48} {elapsed:7.1f} ms; {len(catalog.ids)} indicators; {(warning or '')[:50]}")
        if not warning:
            failures.append(f"  {label}: no warning")
    user.write_text('{"indicators": [{"id": "reconsideration_cases", "name": "行政复议案件总数"}]}'.encode("gbk")
                    .decode("latin-1"), encoding="latin-1")
    catalog, warning = load_catalog_or_bundled()
    print(f"  a file saved as GBK:                              name {catalog.get('reconsideration_cases').name}; "
          f"{(warning or '')[:40]}")
    user.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="per-file time limit for mangled files (s)")
    parser.add_argument("--hostile-timeout", type=float, default=DEFAULT_SECONDS,
                        help="per-file time limit for the hostile files (s; the program's default)")
    parser.add_argument("--budget", type=float, default=600.0, help="stop the mangled files after this many seconds")
    parser.add_argument("--only", type=int, help="run just this case number (to reproduce a failure)")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile files and config files")
    args = parser.parse_args(argv)

    os.environ.setdefault("LAWGOV_DATA_DIR", tempfile.mkdtemp(prefix="lawgov-soak-"))
    counts: Counter[str] = Counter()
    failures: list[str] = []
    worst_peak = None
    if not args.no_hostile and args.only is None:
        worst_peak = soak_hostile(args, counts, failures)
        soak_config(failures)
    elapsed, slowest, mangled_peak = soak_mangled(args, counts, failures)
    if mangled_peak is not None:
        worst_peak = max(worst_peak or 0.0, mangled_peak)
    ran = sum(counts.values())

    print(f"files read: {ran} (seed {args.seed}, limit {args.timeout:g} s per file)")
    for kind in ("ok", "clean-error", "unclean", "crash", "hang", "known-limit"):
        print(f"  {kind:<12} {counts[kind]}")
    print(f"mangled files: {elapsed:.1f} s ({1000 * elapsed / max(ran, 1):.1f} ms per file); "
          f"slowest file {slowest[0]:.2f} s ({slowest[1]})")
    shown = f"{worst_peak:.0f} MB" if worst_peak is not None else "not measured on this platform"
    print(f"peak memory of any reader worker: {shown} (target ≤ 1024 MB)")
    if worst_peak is not None and worst_peak > 1024:
        failures.append(f"  peak memory {worst_peak:.0f} MB")
    if failures:
        print("failures:")
        print("\n".join(failures[:50]))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())

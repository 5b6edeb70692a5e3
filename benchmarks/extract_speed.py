"""Benchmark: how fast the extractor and the ``extract`` command line are.

Prints (medians of several runs):
- ms per report for a ~20 KB report, warm (built by concatenating the bundled sample):
  a fresh text each run (another invented county name), which is what a batch costs, and
  the same text again, where the cached normalization hides its cost;
- the same per stage (read, normalize, metadata, indicators, all with the checks), each
  on a fresh text;
- the floor for the same text: read from disk + NFKC + one regex pass, and the ratio;
- the 123 real reports of ../shared when present, twice: ms each and per 20 KB on the second
  pass, and what the first pass costs more (patterns the sample never reaches, compiled once);
- the five real reports of ../shared/corpus/dev when present (ms each, and per 20 KB): the
  invented report is denser in figures than real ones;
- seconds for 1,000 varied reports through ``python -m lawgov_desktop extract``;
- CLI cold start: ``python -m lawgov_desktop extract <sample> --json -``, from compiled
  bytecode as an installed copy has it, with the regex cache a first run has filled, and
  alternated with runs that have it off (``LAWGOV_REGEX_CACHE=0``: every expression compiled);
- peak RSS of this process and of the CLI runs.
The build measured is named in the output: by default 编译版, the one the packaged folder for
office PCs runs — this checkout compiled by mypyc (packaging/compile_extractor.py; built on the
first run, about two minutes, and kept under build/benchmark-compiled/ until the sources change); with
``--source`` 源码版, this checkout's source as the quick start installs it; with ``--installed``
whatever lawgov_desktop Python finds (a build put first on PYTHONPATH).  Where the compiled build
cannot be made (no C compiler, no PyPI for its build tools) the source is measured and the
output says so.
Targets (issue 11): ≤ 10 ms per 20 KB report warm; 1,000 reports ≤ 10 s on 2 cores;
CLI cold start ≤ 0.5 s.  The floor (read + NFKC + one regex pass) is printed beside
the per-report time: on a busy machine the ratio to it is the steadier figure.

    .venv/bin/python benchmarks/extract_speed.py [--runs 15] [--reports 1000] [--cold-runs 5]
    .venv/bin/python benchmarks/extract_speed.py --source

``--reports 0`` and ``--cold-runs 0`` skip the batch and the cold starts.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# --installed: measure the lawgov_desktop that Python finds (an installed or compiled build: after
# packaging/compile_extractor.py --target DIR, run with PYTHONPATH=DIR), not this checkout's source.
INSTALLED = "--installed" in sys.argv
SOURCE = "--source" in sys.argv
COMPILED_CACHE = REPO_ROOT / "build" / "benchmark-compiled"  # not build/compiled: packaging/build.py uses it


def run_compiled_build() -> int | None:
    """This script again, measuring the checkout compiled by mypyc (built once per state of the
    sources); None where the build cannot be made."""
    sys.path.insert(0, str(REPO_ROOT / "packaging"))
    from compile_extractor import cached_build, source_digest

    if not (COMPILED_CACHE / source_digest() / "built").is_file():
        print("编译版：源码改动后第一次运行，先编译（约两分钟，之后沿用 build/benchmark-compiled/）", flush=True)
    try:
        site = cached_build(COMPILED_CACHE)
    except (subprocess.CalledProcessError, OSError, SystemExit) as error:
        print(f"编译版无法构建（{error}），改测源码版；要测编译版，需要 C 编译器和能访问 PyPI 的 pip。", flush=True)
        return None
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))
    # From another folder: with the checkout as the working folder its source could come first.
    return subprocess.run([sys.executable, str(Path(__file__).resolve()), *sys.argv[1:], "--installed"],
                          env=env, cwd=tempfile.gettempdir()).returncode


if __name__ == "__main__" and not INSTALLED and not SOURCE:
    returncode = run_compiled_build()
    if returncode is not None:
        sys.exit(returncode)
if not INSTALLED:
    sys.path.insert(0, str(REPO_ROOT))

import lawgov_desktop  # noqa: E402
from lawgov_desktop import paths  # noqa: E402
from lawgov_desktop.core.catalog import default_catalog  # noqa: E402
from lawgov_desktop.core.compiled import build_name  # noqa: E402
from lawgov_desktop.core.extract.extractor import extract_indicators  # noqa: E402
from lawgov_desktop.core.extract.metadata import extract_metadata  # noqa: E402
from lawgov_desktop.core.ingest import read_document  # noqa: E402
from lawgov_desktop.core.normalize import normalize  # noqa: E402
from lawgov_desktop.core.numbers import find_numbers  # noqa: E402
from lawgov_desktop.core.pipeline import extract_document, process_file  # noqa: E402
from lawgov_desktop.core.types import Document  # noqa: E402

TARGET_BYTES = 20_000
SHARED_DEV = REPO_ROOT.parent / "shared" / "corpus" / "dev"
# Invented county names for the varied copies (no real place).
SYLLABLES = "青石云溪松岭白沙清河碧水临川安丰长宁永和"
FLOOR_PATTERN = re.compile(r"(\d+(?:\.\d+)?)(万|亿)?(件|次|人次|人|名|项|场次|%)")


def twenty_kb_report(sample: str) -> str:
    """The sample, then its body again, cut at a line end near 20 KB of UTF-8."""
    title, _, body = sample.partition("\n")
    text = sample
    while len(text.encode("utf-8")) < TARGET_BYTES:
        text += "\n" + body
    lines, size, kept = text.split("\n"), 0, []
    for line in lines:
        size += len(line.encode("utf-8")) + 1
        kept.append(line)
        if size >= TARGET_BYTES:
            break
    return "\n".join(kept) + "\n"


def county_name(index: int) -> str:
    """An invented two-syllable name, different for each index below 400."""
    return SYLLABLES[index % len(SYLLABLES)] + SYLLABLES[(index // len(SYLLABLES)) % len(SYLLABLES)]


def fresh_reports(report: str, count: int, first: int = 0) -> list[str]:
    """``count`` copies of ``report``, each naming another county: the same work, a text never seen
    (``normalize`` caches by text, so a repeated text would not pay for it)."""
    return [report.replace("示例县", f"{county_name(first + i)}县").replace("示例市", f"{county_name(first + i)}市")
            for i in range(count)]


def varied_copy(sample: str, index: int, rng: random.Random) -> str:
    """A different county and different figures, so no two copies are duplicates."""
    name = county_name(index)
    text = sample.replace("示例县", f"{name}县").replace("示例市", f"{name}市")
    return re.sub(r"(?<![\d.])(\d{2,5})(?![\d.])", lambda m: str(int(m.group(1)) + rng.randint(0, 9)), text)


def median_ms(function, runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds (CPU time does not grow when other jobs share the cores)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor_pass(path: Path) -> int:
    text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8"))
    return sum(1 for _ in FLOOR_PATTERN.finditer(text))


def real_reports(catalog, runs: int) -> None:
    """The five real reports of ../shared/corpus/dev, when present: the invented 20 KB report
    repeats the sample's densest paragraphs, real reports hold fewer figures per KB."""
    if not SHARED_DEV.is_dir():
        print("real reports                    (../shared/corpus/dev absent: skipped)")
        return
    for path in sorted(SHARED_DEV.glob("*.txt")):
        document = read_document(path)
        marks = iter(range(runs * 2 + 1))
        extract_document(document, catalog)

        def fresh_copy() -> None:  # another last line each run, so no cache holds the text
            extract_document(Document(path=str(path), text=f"{document.text}\n{next(marks)}", format="txt"), catalog)
        _, cpu = median_ms(fresh_copy, runs)
        size_kb = len(document.text.encode("utf-8")) / 1000
        print(f"  real report {path.stem[:12]:12} {size_kb:5.1f} KB, {len(find_numbers(document.text)) / size_kb:4.1f}"
              f" figures per KB: {cpu:5.1f} ms CPU ({cpu / size_kb * 20:.1f} ms per 20 KB)")


def varied_reports(catalog) -> None:
    """Every report of ../shared (dev, excerpts, excerpts2) when present, 123 different real texts,
    most of them openings of 1–5 KB: the first pass pays once for the rules and patterns the
    sample never reaches (compiled when first needed), the second is what each further report of
    a batch costs — with the fixed cost of a report (metadata, checks) counted per 20 KB as well."""
    paths_ = [path for name in ("dev", "excerpts", "excerpts2")
              for path in sorted((SHARED_DEV.parent / name).glob("*.txt"))]
    if not paths_:
        print("varied reports                  (../shared absent: skipped)")
        return
    documents = [read_document(path) for path in paths_]
    size_kb = sum(len(d.text.encode("utf-8")) for d in documents) / 1000
    passes = []
    for mark in ("一", "二"):  # another last line each pass, so no cache holds the text
        start_cpu = time.process_time()
        for document in documents:
            extract_document(Document(path=document.path, text=f"{document.text}\n{mark}", format="txt"), catalog)
        passes.append((time.process_time() - start_cpu) * 1000)
    first, again = passes
    print(f"varied real reports             {len(documents)} reports, {size_kb:.0f} KB: {again / len(documents):.1f} ms CPU"
          f" each ({again / size_kb * 20:.1f} ms per 20 KB); first pass {first - again:.0f} ms more (set-up, once)")


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command-line run."""
    start, start_cpu = time.perf_counter(), _children_cpu()
    # Not from the checkout: with -m the working folder comes first on sys.path (--installed).
    result = subprocess.run([sys.executable, "-m", "lawgov_desktop", *args], env=env,
                            cwd=Path(env["LAWGOV_DATA_DIR"]).parent,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"extract failed ({result.returncode}): {result.stderr[-500:]}")
    return elapsed, _children_cpu() - start_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--installed", action="store_true",
                        help="measure the lawgov_desktop Python finds, not this checkout's source")
    parser.add_argument("--source", action="store_true",
                        help="measure this checkout's source (源码版) instead of its compiled build (编译版)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lawgov-bench-") as temp:
        temp_dir = Path(temp)
        # The command line runs from compiled bytecode, as an installed copy does (pip compiles
        # on install, the frozen build ships it): written under the temporary folder, so the
        # source tree stays clean, and also where PYTHONDONTWRITEBYTECODE is set (it made
        # every start compile the sources, 0.15 s more).  The batch run compiles them.
        env = dict(os.environ, LAWGOV_DATA_DIR=str(temp_dir / "user"), PYTHONPYCACHEPREFIX=str(temp_dir / "bytecode"))
        if not INSTALLED:
            env["PYTHONPATH"] = str(REPO_ROOT)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["LAWGOV_DATA_DIR"] = env["LAWGOV_DATA_DIR"]
        sample = paths.sample_report().read_text(encoding="utf-8")

        report = twenty_kb_report(sample)
        report_path = temp_dir / "二十千字节报告.txt"
        report_path.write_text(report, encoding="utf-8")
        size_kb = report_path.stat().st_size / 1000
        # One fresh text per timed run and stage (the warm-up takes the first one).
        texts = iter(fresh_reports(report, args.runs * 6 + 1, first=1))
        fresh_paths = []
        for index in range(args.runs + 1):
            path = temp_dir / f"二十千字节报告{index:03d}.txt"
            path.write_text(next(texts), encoding="utf-8")
            fresh_paths.append(path)
        catalog = default_catalog()
        warm = process_file(fresh_paths[0], catalog)  # warm: imports, catalog, tables
        assert not warm.errors, warm.errors
        filled = sum(v.value is not None for v in warm.indicators)

        unseen = iter(fresh_paths[1:])
        fresh, fresh_cpu = median_ms(lambda: process_file(next(unseen), catalog), args.runs)
        process_file(report_path, catalog)
        same, same_cpu = median_ms(lambda: process_file(report_path, catalog), args.runs)
        floor, floor_cpu = median_ms(lambda: floor_pass(report_path), max(args.runs, 50))
        print(f"load average                    {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
              f" on {os.cpu_count()} cores (wall figures grow with it; CPU figures do not)")
        print(f"extractor build                 {build_name()}"
              f" ({Path(lawgov_desktop.__file__).parent.parent})")
        print(f"report size                     {size_kb:.1f} KB ({filled} of {len(warm.indicators)} cells filled)")
        print(f"process_file, warm, fresh text (median of {args.runs}) {fresh:.1f} ms wall, {fresh_cpu:.1f} ms CPU"
              f" per report   (target ≤ 10 ms)")
        print(f"process_file, warm, same text   {same:.1f} ms wall, {same_cpu:.1f} ms CPU"
              f" (its normalization cached)")
        print(f"floor: read+NFKC+one regex      {floor:.2f} ms wall, {floor_cpu:.2f} ms CPU")
        print(f"ratio to the floor              {fresh / floor:.1f}× wall, {fresh_cpu / floor_cpu:.1f}× CPU (fresh text)")
        print(f"figures in it                   {len(find_numbers(report)) / size_kb:.1f} per KB")
        varied_reports(catalog)
        real_reports(catalog, args.runs)

        def documents() -> Iterator[Document]:
            return iter([Document(path="报告.txt", text=next(texts), format="txt") for _ in range(args.runs)])

        stages = {
            "read_document": lambda paths_: read_document(next(paths_)),
            "normalize": lambda docs: normalize(next(docs).text),
            "extract_metadata": lambda docs: extract_metadata(next(docs)),
            "extract_indicators": lambda docs: extract_indicators(next(docs), catalog),
            "extract_document (+checks)": lambda docs: extract_document(next(docs), catalog),
        }
        print("  per stage, fresh text each run:")
        for label, stage in stages.items():
            items = iter(fresh_paths[1:]) if label == "read_document" else documents()
            print(f"  {label:30}{median_ms(lambda: stage(items), args.runs)[1]:.1f} ms CPU")

        # --reports 0 / --cold-runs 0 leave a part out: the per-report figures alone take seconds.
        if args.reports > 0:
            batch = temp_dir / "batch"
            batch.mkdir()
            rng = random.Random(2024)
            for index in range(args.reports):
                (batch / f"报告{index:04d}.txt").write_text(varied_copy(sample, index, rng), encoding="utf-8")
            batch_seconds, batch_cpu = run_cli(["extract", str(batch), "--json", str(temp_dir / "batch.json")], env)
            print(f"{args.reports} reports through the CLI       {batch_seconds:.1f} s wall, {batch_cpu:.1f} s CPU"
                  f"   (target ≤ 10 s on 2 cores)")

        if args.cold_runs > 0:
            sample_arg = str(paths.sample_report())
            # The first run may build the jieba cache and fills the regex cache (core.regex_cache).
            first, _ = run_cli(["extract", sample_arg, "--json", "-"], env)
            # Alternated with runs that compile every expression (the regex cache off), so the machine's
            # drift falls on both alike.
            without_env = dict(env, LAWGOV_REGEX_CACHE="0")
            cold, without = [], []
            for _ in range(args.cold_runs):
                cold.append(run_cli(["extract", sample_arg, "--json", "-"], env))
                without.append(run_cli(["extract", sample_arg, "--json", "-"], without_env))
            cold_wall = statistics.median(w for w, _ in cold)
            without_wall = statistics.median(w for w, _ in without)
            print(f"CLI cold start (median of {args.cold_runs})     {cold_wall:.2f} s wall,"
                  f" {statistics.median(c for _, c in cold):.2f} s CPU   (first run {first:.2f} s; target ≤ 0.5 s)")
            print(f"  without the regex cache       {without_wall:.2f} s wall,"
                  f" {statistics.median(c for _, c in without):.2f} s CPU   (with it: {cold_wall / without_wall:.2f}×)")

    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS                        {self_rss:.0f} MB in process, {child_rss:.0f} MB largest CLI run")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: how long ``read_document`` takes per format, and on bad input in bulk.

Prints (medians of ``--runs`` reads, warm):
- ms per read of a ~20 KB report (the invented 青禾县 report, about 7,000
  characters) as .txt, .docx, .pdf, .ofd, .html, .mht and .doc;
- ms to refuse: a scanned PDF, a garbled PDF, a 50 MB text file (size cap),
  a 200 MB-inflating docx zip bomb;
- seconds for a batch of ``--bad`` mangled files (random bytes under every
  suffix, cut and bit-flipped docx/pdf/ofd) and the peak RSS of this process.

    .venv/bin/python benchmarks/readers.py [--runs 15] [--bad 300]
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core" / "ingest"))

import ingest_cfb  # noqa: E402
import ingest_factories as make  # noqa: E402
from lawgov_desktop.core.errors import ReportReadError  # noqa: E402
from lawgov_desktop.core.ingest import SUPPORTED_SUFFIXES, read_document  # noqa: E402

TARGET_BYTES = 20_000  # UTF-8 size of the report text


def build_reports(folder: Path) -> dict[str, Path]:
    paragraphs = make.report_paragraphs(TARGET_BYTES // 3)
    text = "\n".join(paragraphs) + "\n"
    pages = make.make_pages(paragraphs, lines_per_page=30)
    files = {
        ".txt": folder / "报告.txt",
        ".docx": make.make_docx(folder / "报告.docx", paragraphs),
        ".pdf": make.make_pdf(folder / "报告.pdf", pages),
        ".ofd": folder / "报告.ofd",
        ".html": folder / "报告.html",
        ".mht": folder / "报告.mht",
        ".doc": folder / "报告.doc",
    }
    files[".txt"].write_text(text, encoding="utf-8")
    files[".ofd"].write_bytes(make.ofd_bytes(pages))
    files[".html"].write_bytes(make.gov_page(paragraphs, "gb2312").encode("gbk"))
    files[".mht"].write_bytes(make.mhtml_bytes(make.gov_page(paragraphs, "gb2312")))
    files[".doc"].write_bytes(ingest_cfb.word97([(text.replace("\n", "\r"), False)]))
    return files


def build_refusals(folder: Path) -> dict[str, Path]:
    scan = make.make_scan_pdf(folder / "扫描件.pdf", pages=10)
    garbled = folder / "乱码.pdf"
    garbled.write_bytes(make.garbled_pdf_bytes(pages=10))
    huge = folder / "巨大.txt"
    with huge.open("wb") as handle:
        handle.write(("青禾县法治政府建设。" * 100 + "\n").encode() * 17_500)
    bomb = make.docx_bomb(folder / "炸弹.docx", inflated_mb=200)
    return {"scan pdf": scan, "garbled pdf": garbled, "50 MB txt": huge, "zip bomb": bomb}


def build_bad_batch(folder: Path, count: int, good: dict[str, Path]) -> list[Path]:
    rng = random.Random(20240325)
    suffixes = (*SUPPORTED_SUFFIXES, ".jpg", ".zip", ".xlsx")
    paths = []
    for index in range(count):
        if index % 2:
            kind = rng.choice((".docx", ".pdf", ".ofd"))
            data = bytearray(good[kind].read_bytes())
            for _ in range(rng.randint(1, 12)):
                data[rng.randrange(len(data))] ^= rng.randint(1, 255)
            data = data[: rng.randint(len(data) // 3, len(data))]
            path = folder / f"损坏{index}{kind}"
        else:
            data = rng.randbytes(rng.randint(1, 200_000))
            path = folder / f"随机{index}{rng.choice(suffixes)}"
        path.write_bytes(bytes(data))
        paths.append(path)
    return paths


def median_ms(path: Path, runs: int, expect_error: bool) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        try:
            read_document(path)
            assert not expect_error, f"{path.name} was read"
        except ReportReadError:
            assert expect_error, f"{path.name} was refused"
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bad", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        reports = build_reports(folder)
        print(f"{'format':<8} {'file KB':>8} {'text chars':>10} {'median ms':>10}")
        for suffix, path in reports.items():
            chars = len(read_document(path).text)  # warm-up, and the size read
            print(f"{suffix:<8} {path.stat().st_size / 1024:>8.1f} {chars:>10} {median_ms(path, args.runs, False):>10.1f}")
        print()
        for label, path in build_refusals(folder).items():
            print(f"refuse {label:<12} {median_ms(path, max(3, args.runs // 3), True):>10.1f} ms")
        print()
        batch = build_bad_batch(folder, args.bad, reports)
        start = time.perf_counter()
        refused = 0
        for path in batch:
            try:
                read_document(path)
            except ReportReadError:
                refused += 1
        elapsed = time.perf_counter() - start
        print(f"bad batch: {len(batch)} files in {elapsed:.2f} s ({refused} refused, {len(batch) - refused} read)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

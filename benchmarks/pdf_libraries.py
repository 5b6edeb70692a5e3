"""Benchmark: which library should read PDF text layers — pypdf, pdfplumber or pypdfium2.

Builds Chinese report PDFs in code (the invented 青禾县 report of the reader tests):
- ``cid``: 12 pages, reportlab's built-in STSong-Light (a non-embedded CID font with a
  predefined UniGB-UCS2-H CMap, as many 公文 PDFs made on Chinese Windows);
- ``embedded``: 12 pages with an embedded TrueType subset (WenQuanYi Micro Hei or
  Noto CJK if a .ttf/.ttc is installed; skipped otherwise);
- ``garbled``: a Type0 font with Identity-H encoding and no ToUnicode map;
- ``truncated``: the ``cid`` file cut to 80 %.

For each library it prints the median time to extract all pages (of ``--runs``), the
quality (share of the source's non-space characters found in order, difflib), what it
does with the garbled layer (share of characters textcheck calls implausible) and
whether it opens the truncated file.

    .venv/bin/python benchmarks/pdf_libraries.py [--runs 5]
"""
from __future__ import annotations

import argparse
import difflib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core" / "ingest"))

import ingest_factories as make  # noqa: E402
from lawgov_desktop.core.ingest.textcheck import implausible_share  # noqa: E402

FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
)


def with_pypdf(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def with_pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def with_pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(out)
    finally:
        pdf.close()


LIBRARIES = {"pypdfium2": with_pdfium, "pypdf": with_pypdf, "pdfplumber": with_pdfplumber}


def embedded_pdf(pages) -> bytes | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for font_path, index in FONT_CANDIDATES:
        if Path(font_path).exists():
            pdfmetrics.registerFont(TTFont("CJKEmbedded", font_path, subfontIndex=index))
            break
    else:
        return None
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for lines in pages:
        drawing.setFont("CJKEmbedded", 12)
        y = 800
        for line in lines:
            indent = line[1] if isinstance(line, tuple) else 0
            drawing.drawString(60 + indent * 12, y, make.line_text(line))
            y -= 12 * 1.6
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def quality(source: str, text: str) -> float:
    a = "".join(source.split())
    b = "".join(text.split())
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(a)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    paragraphs = make.report_paragraphs(9000)
    pages = make.make_pages(paragraphs, lines_per_page=30, page_numbers=False)
    source = "".join(make.line_text(line) for page in pages for line in page)
    with tempfile.TemporaryDirectory() as folder:
        cid = make.make_pdf(Path(folder) / "cid.pdf", pages).read_bytes()
    files = {"cid": cid, "embedded": embedded_pdf(pages)}
    print(f"report: {len(pages)} pages, {len(source)} characters; cid {len(cid) // 1024} KB"
          + (f", embedded {len(files['embedded']) // 1024} KB" if files["embedded"] else ", embedded: no CJK TTF found"))
    garbled = make.garbled_pdf_bytes()
    truncated = cid[: int(len(cid) * 0.8)]

    print(f"{'library':<11} {'file':<9} {'median ms':>10} {'quality':>8}")
    for name, extract in LIBRARIES.items():
        for label, data in files.items():
            if data is None:
                continue
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                text = extract(data)
                times.append((time.perf_counter() - start) * 1000)
            print(f"{name:<11} {label:<9} {statistics.median(times):>10.1f} {quality(source, text):>8.3f}")
    print()
    for name, extract in LIBRARIES.items():
        garbled_text = extract(garbled)
        try:
            extract(truncated)
            truncated_result = "opens"
        except Exception as exc:  # noqa: BLE001 - we report what each library does
            truncated_result = f"raises {type(exc).__name__}"
        print(f"{name:<11} garbled: implausible share {implausible_share(garbled_text):.2f}, "
              f"sample {garbled_text.strip()[:12]!r}; truncated: {truncated_result}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

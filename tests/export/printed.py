"""Print a workbook the way a leader would get it, and measure the paper.

LibreOffice (``soffice``) prints the workbook to PDF exactly as it prints to paper;
poppler's ``pdftotext -bbox`` gives every printed word with its box.  From those:

- the printed size of every word: a box is 1.3 × the font size for the Noto CJK face that
  LibreOffice puts in place of 宋体/仿宋 (8 pt prints as a 10.4 pt box), so sizes are
  measured, not fonts;
- words printed over each other: two boxes that overlap;
- text cut off: LibreOffice leaves out what does not fit its cell, so every cell's text as
  shown (LibreOffice's own CSV export of each sheet, "as shown") must be found among the
  printed words, in pieces where it wraps.

Used by the print tests; skipped where LibreOffice or poppler is missing.
"""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from html import unescape
from pathlib import Path

BOX_PER_POINT = 1.3  # Noto Sans CJK: a word box is 1.3 × the font size
SOFFICE_SECONDS = 300


def tools_missing() -> str | None:
    """Why the print tests cannot run here, or None."""
    missing = [name for name in ("soffice", "pdftotext") if not shutil.which(name)]
    return f"needs {' and '.join(missing)} (apt-get install libreoffice-calc-nogui poppler-utils)" if missing else None


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def points(self) -> float:
        """The printed font size."""
        return (self.y1 - self.y0) / BOX_PER_POINT


def _soffice(args: list[str], folder: Path) -> None:
    # A profile of its own: a second soffice sharing the user's profile waits for, or talks
    # to, the first one, and tests may run beside a LibreOffice someone has open.
    profile = Path(folder) / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", *args],
                   check=True, capture_output=True, timeout=SOFFICE_SECONDS, cwd=folder)


def print_to_pdf(workbook: Path, folder: Path) -> Path:
    _soffice(["--convert-to", "pdf", "--outdir", str(folder), str(workbook)], folder)
    pdf = folder / (workbook.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice printed no PDF for {workbook}"
    return pdf


# CSV filter options: comma, double quote, UTF-8, from line 1, standard columns, language
# default, quote text no, detect special numbers yes, save as shown yes, formulas no,
# remove spaces no, every sheet to a file of its own (-1).
_CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def shown_texts(workbook: Path, folder: Path) -> dict[str, list[list[str]]]:
    """Every sheet's cells as LibreOffice shows them (formats applied, formulas calculated)."""
    out = folder / "as-shown"
    out.mkdir(exist_ok=True)
    _soffice(["--convert-to", _CSV_AS_SHOWN, "--outdir", str(out), str(workbook)], folder)
    sheets = {}
    for path in out.glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem[len(workbook.stem) + 1:]] = list(csv.reader(stream))
    return sheets


_PAGE = re.compile(r"<page\b[^>]*>(.*?)</page>", re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S)


def printed_pages(pdf: Path) -> list[list[Word]]:
    """The words of each page, with their boxes in points."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          timeout=SOFFICE_SECONDS).stdout.decode("utf-8")
    return [[Word(unescape(m.group(5)), *map(float, m.group(1, 2, 3, 4))) for m in _WORD.finditer(page)]
            for page in _PAGE.findall(html)]


# Boxes run from the font's ascent to its descent, and LibreOffice sets wrapped Latin
# lines 11.5 pt apart in 13 pt boxes: lines of one cell overlap their boxes by ~1.5 pt.
# Text printed over text overlaps by far more.
OVERLAP_SHARE = 0.3  # of the lower of the two boxes


def overlapping_words(words: list[Word], tolerance: float = 1.0) -> list[tuple[Word, Word]]:
    """Pairs of words printed over each other: boxes that overlap by more than ``tolerance``
    points across and more than ``OVERLAP_SHARE`` of a box's height."""
    ordered = sorted(words, key=lambda w: w.x0)
    pairs = []
    for index, first in enumerate(ordered):
        for second in ordered[index + 1:]:
            if second.x0 >= first.x1 - tolerance:
                break
            wide = min(first.x1, second.x1) - max(first.x0, second.x0)
            high = min(first.y1, second.y1) - max(first.y0, second.y0)
            if wide > tolerance and high > OVERLAP_SHARE * min(first.y1 - first.y0, second.y1 - second.y0):
                pairs.append((first, second))
    return pairs


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


class PrintedText:
    """The printed words, to ask whether a cell's text made it onto paper."""

    def __init__(self, pages: list[list[Word]]) -> None:
        self._by_first: dict[str, set[str]] = defaultdict(set)
        for page in pages:
            for word in page:
                text = _squeezed(word.text)
                if text:
                    self._by_first[text[0]].add(text)

    def covers(self, text: str) -> bool:
        """Whether ``text`` is printed whole: it is a run of printed words (its wrapped lines)."""
        text = _squeezed(text)
        reachable = {0}
        for start in range(len(text)):
            if start not in reachable:
                continue
            for word in self._by_first.get(text[start], ()):
                if text.startswith(word, start):
                    reachable.add(start + len(word))
            if len(text) in reachable:
                return True
        return len(text) in reachable


@dataclass
class PrintReport:
    pages: list[list[Word]]
    sheets: dict[str, list[list[str]]]

    def smallest_points(self, page: int) -> float:
        return min((word.points for word in self.pages[page]), default=99.0)

    def overlaps(self) -> list[tuple[int, Word, Word]]:
        return [(number, *pair) for number, page in enumerate(self.pages, 1) for pair in overlapping_words(page)]

    def cut_cells(self, sheet_names) -> list[tuple[str, int, int, str]]:
        """(sheet, row, column, text) of every non-empty cell whose text is not printed whole."""
        printed = PrintedText(self.pages)
        cut = []
        for name in sheet_names:
            for row_number, row in enumerate(self.sheets[name], 1):
                for column, text in enumerate(row, 1):
                    if text.strip() and not printed.covers(text):
                        cut.append((name, row_number, column, text))
        return cut


def print_workbook(workbook: Path, folder: Path | None = None) -> PrintReport:
    folder = Path(folder or tempfile.mkdtemp(prefix="printed-"))
    pdf = print_to_pdf(workbook, folder)
    return PrintReport(printed_pages(pdf), shown_texts(workbook, folder))

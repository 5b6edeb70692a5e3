"""Helpers for the window tests: a stand-in for extraction and varied report texts."""
from __future__ import annotations

from pathlib import Path

from invented_counties import TEN_VALUES, county_report  # noqa: F401  (shared with tests/service)
from invented_reports import TEXT, make_report


def fake_process(path: Path):
    """Extraction stand-in: a file's text becomes the invented report (or a failure)."""
    from lawgov_desktop.core.types import Report, ReportMetadata

    text = Path(path).read_text(encoding="utf-8")
    if not text.strip():
        return Report(file=str(path), document=None, metadata=ReportMetadata(),
                      errors=(f"《{Path(path).name}》是空文件，没有内容可读",))
    return make_report(str(path), text=text)


def variant(number: int) -> str:
    """The invented report with other figures, so each file has its own text."""
    return TEXT + f"附件{number}：工作台账（略）。\n"


"""Render the 汇总 sheet of an invented batch to docs/workbook_summary.png.

Not a benchmark: it lives beside the export benchmark because it drives the same
exporter.  Needs LibreOffice (``soffice``) and poppler (``pdftoppm``):

    apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk
    .venv/bin/python benchmarks/export_picture.py

The counties and figures are invented.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawgov_desktop.core.catalog import default_catalog  # noqa: E402
from lawgov_desktop.core.review import (  # noqa: E402
    CellStatus, ReviewedCell, ReviewedReport, derive_report_status)
from lawgov_desktop.core.types import Evidence, Finding, ReportMetadata  # noqa: E402
from lawgov_desktop.export import export_workbook  # noqa: E402

REGIONS = ("青禾县", "白鹭区", "云溪县", "桐川县", "柳湾区", "石门市本级", "南屏县", "北岭区")
RANGES = {"count": (3, 900), "people": (20, 6000), "amount": (5, 300)}


def invented_batch() -> list[ReviewedReport]:
    catalog = default_catalog()
    rnd = random.Random(2024)
    reports = []
    for number, region in enumerate(REGIONS):
        reviewed_share = (1.0, 0.9, 0.6, 0.3, 0.0, 1.0, 0.8, 0.5)[number]
        cells = []
        for spec in catalog.indicators:
            if rnd.random() < 0.15:
                status = CellStatus.ABSENT if rnd.random() < reviewed_share else CellStatus.EMPTY
                cells.append(ReviewedCell(spec.id, None, spec.unit, False, status))
                continue
            if spec.kind == "rate":
                value = round(rnd.uniform(85, 100), 1)
            else:
                low, high = RANGES[spec.kind]
                value = rnd.randrange(low, high)
            status = CellStatus.CONFIRMED if rnd.random() < reviewed_share else CellStatus.AUTO
            cells.append(ReviewedCell(spec.id, value, spec.unit, spec.kind != "rate" and rnd.random() < 0.06,
                                      status, 0.8, Evidence(0, 6, "全年共计……"),
                                      reviewer="李审核" if status is CellStatus.CONFIRMED else ""))
        findings = tuple(Finding("example", "警告", "示例问题") for _ in range(rnd.randrange(3)))
        cells_tuple = tuple(cells)
        reports.append(ReviewedReport(
            f"{region}2024年度法治政府建设情况报告.docx",
            ReportMetadata(region, 2024, f"{region}人民政府", f"2025-03-{10 + number:02d}"),
            cells_tuple, derive_report_status(cells_tuple), findings=findings,
        ))
    return reports


def main() -> int:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("需要 LibreOffice (soffice) 和 poppler-utils (pdftoppm)", file=sys.stderr)
        return 1
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        workbook = export_workbook(invented_batch(), default_catalog(), Path(folder) / "汇总表.xlsx",
                                   unit_name="石门市司法局", exported_at=datetime(2025, 4, 8, 15, 30))
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, str(workbook)],
                       check=True, capture_output=True)
        pdf = Path(folder) / "汇总表.pdf"
        # Page 1 is the 汇总 sheet (first sheet, one page for eight reports).
        subprocess.run([pdftoppm, "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(docs / "workbook_summary")], check=True)
        # The same page at print resolution, cut to the top-left corner, to read the details.
        subprocess.run([pdftoppm, "-png", "-r", "400", "-f", "1", "-l", "1", "-singlefile",
                        "-x", "0", "-y", "250", "-W", "2000", "-H", "900", str(pdf),
                        str(docs / "workbook_summary_detail")], check=True)
    print(docs / "workbook_summary.png")
    print(docs / "workbook_summary_detail.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

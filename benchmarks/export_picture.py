"""Print the 汇总 sheet of an invented batch and render it for docs/.

Not a benchmark: it lives beside the export benchmark because it drives the same
exporter.  Needs LibreOffice (``soffice``) and poppler (``pdftoppm``):

    apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk
    .venv/bin/python benchmarks/export_picture.py

Writes docs/workbook_summary.png (the printed first page, as the README shows it),
docs/workbook_summary_grey.png (the same page from a black-and-white printer: unreviewed
figures must still stand out) and docs/workbook_summary_grey_detail.png (its top left at
print resolution).  The counties, figures and findings are invented.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawgov_desktop.core.catalog import default_catalog  # noqa: E402
from lawgov_desktop.core.review import (  # noqa: E402
    CellStatus, ReportStatus, ReviewedCell, ReviewedReport, derive_report_status)
from lawgov_desktop.core.types import Evidence, Finding, ReportMetadata  # noqa: E402
from lawgov_desktop.export import export_workbook  # noqa: E402

REGIONS = ("青禾县", "白鹭区", "云溪县", "桐川县", "柳湾区", "石门市本级", "南屏县", "北岭区", "安平县", "东陵区",
           "西岭县", "富川瑶族自治县")
# Share of cells the reviewer has decided, per region: finished, half done, untouched …
REVIEWED_SHARE = (1.0, 0.9, 0.6, 0.3, 0.0, 1.0, 0.8, 0.5, 1.0, 0.0, 0.7, 0.4)
RANGES = {"count": (3, 900), "people": (20, 6000), "amount": (5, 300)}
FINDINGS = (
    ("parts.next_year", "错误", "未找到“下一年度推进法治政府建设的主要安排”部分，请核对。"),
    ("timeliness.late", "警告", "报告发布日期为2025年4月3日，晚于3月31日，请核对。"),
    ("numbers.rate_range", "警告", "“12345热线办结率”为101%，超出 0–100% 的合理范围，请核对。"),
)


def invented_batch() -> list[ReviewedReport]:
    catalog = default_catalog()
    rnd = random.Random(2024)
    reports = []
    for number, (region, share) in enumerate(zip(REGIONS, REVIEWED_SHARE)):
        cells = []
        for spec in catalog.indicators:
            reviewed = rnd.random() < share
            if rnd.random() < 0.2:
                status = CellStatus.ABSENT if reviewed else CellStatus.NOT_MENTIONED
                cells.append(ReviewedCell(spec.id, None, spec.unit, False, status))
                continue
            if spec.kind == "rate":
                value = round(rnd.uniform(85, 100), rnd.choice((0, 1, 2)))
            else:
                low, high = RANGES[spec.kind]
                value = rnd.randrange(low, high)
            status = (CellStatus.CORRECTED if rnd.random() < 0.1 else CellStatus.CONFIRMED) if reviewed else CellStatus.AUTO
            cells.append(ReviewedCell(spec.id, value, spec.unit, spec.kind != "rate" and rnd.random() < 0.06,
                                      status, 0.8, Evidence(0, 6, "全年共计……"),
                                      reviewer="李审核" if reviewed else ""))
        findings = tuple(Finding(*found) for found in rnd.sample(FINDINGS, rnd.randrange(3)))
        cells_tuple = tuple(cells)
        status = derive_report_status(cells_tuple) if share else ReportStatus.UNREVIEWED
        reports.append(ReviewedReport(
            f"{region}2024年度法治政府建设情况报告.docx",
            ReportMetadata(region, 2024, f"{region}人民政府", f"2025-03-{10 + number:02d}"),
            cells_tuple, status, findings=findings,
        ))
    return [replace(r, status=ReportStatus.DONE) if r.open_cells == 0 else r for r in reports]


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
        profile = (Path(folder) / "lo-profile").as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", folder, str(workbook)], check=True, capture_output=True)
        pdf = Path(folder) / "汇总表.pdf"
        # Page 1 is 汇总: one A4 page for twelve reports.
        first_page = ["-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([pdftoppm, "-png", "-r", "110", *first_page, str(pdf), str(docs / "workbook_summary")],
                       check=True)
        subprocess.run([pdftoppm, "-png", "-gray", "-r", "110", *first_page, str(pdf),
                        str(docs / "workbook_summary_grey")], check=True)
        # The top left at print resolution, in grey, to read the marks as a leader would.
        subprocess.run([pdftoppm, "-png", "-gray", "-r", "200", *first_page, "-x", "90", "-y", "150",
                        "-W", "1300", "-H", "700", str(pdf), str(docs / "workbook_summary_grey_detail")], check=True)
    for name in ("workbook_summary", "workbook_summary_grey", "workbook_summary_grey_detail"):
        print(docs / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

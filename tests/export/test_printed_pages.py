"""The workbook on paper: printed through LibreOffice to PDF and measured from the PDF's word boxes.

On every page the text prints at 7 pt or more (the first page, the summary a leader reads,
at 8 pt or more), no two words print over each other, and the text of every cell of 汇总,
指标明细 and 问题清单 is on paper (LibreOffice leaves out what does not fit its cell, so a
missing cell is a cut one).  Run on invented reports everywhere LibreOffice is installed,
and on the 61 real reports of ../shared (corpus/dev and corpus/excerpts) where that is
present.  Skipped without ``soffice`` and ``pdftotext`` (CI installs them).
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.review import CellStatus, ReportStatus, ReviewedCell, ReviewedReport, derive_report_status
from lawgov_desktop.core.types import Evidence, Finding, ReportMetadata
from lawgov_desktop.export import export_workbook

from printed import PrintReport, print_workbook, tools_missing

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(tools_missing()), reason=tools_missing() or "")]

REPO_ROOT = Path(__file__).resolve().parents[2]
FIRST_PAGE_POINTS, EVERY_PAGE_POINTS = 8.0, 7.0
CHECKED_SHEETS = ("汇总", "指标明细", "问题清单")

# Invented places and sentences in the style of the reports (none is copied from a real one).
REGIONS = ("青禾县", "白鹭区", "云溪县", "桐川县", "柳湾区", "石门市本级", "南屏县", "北岭区", "富川瑶族自治县",
           "安平县", "东陵区", "西岭县", "江口镇", "高新技术产业开发区管委会")
SENTENCES = (
    "全年共受理行政复议申请{v}件，依法受理{v}件，审结率达到100%，综合纠错率较上年有所提升。",
    "组织开展“八五”普法宣传活动{v}场次，覆盖群众约3.5万人次，法治宣传教育实现镇村全覆盖。",
    "持证行政执法人员{v}人，全部参加年度公共法律知识培训和考试，执法证件实行动态管理。",
    "县政府常务会议会前学法{v}次，领导干部带头尊法学法守法用法，法治思维明显增强。",
    "办理政务服务事项{v}件，12345政务服务便民热线办结率{v}%，群众满意度持续提升。",
)


def invented_batch(seed: int = 13) -> list[ReviewedReport]:
    """Two years of invented reports with every review state, long evidence, notes and findings."""
    catalog = default_catalog()
    rnd = random.Random(seed)
    reports = []
    for year in (2024, 2023):
        for number, region in enumerate(REGIONS):
            cells = []
            for spec in catalog.indicators:
                status = rnd.choice(list(CellStatus))
                value = None
                if status not in (CellStatus.NOT_MENTIONED, CellStatus.ABSENT):
                    value = round(rnd.uniform(60, 100), 2) if spec.kind == "rate" else rnd.randrange(1, 200000)
                sentence = rnd.choice(SENTENCES).format(v=value) * rnd.randrange(1, 4) if value is not None else ""
                reviewed = status in (CellStatus.CONFIRMED, CellStatus.CORRECTED, CellStatus.ABSENT)
                cells.append(ReviewedCell(
                    spec.id, value, spec.unit, value is not None and rnd.random() < 0.1, status, 0.8,
                    Evidence(10, 10 + len(sentence), sentence) if sentence else None,
                    note="已与县司法局报送的统计表核对一致，数字无误。" if reviewed and rnd.random() < 0.1 else "",
                    reviewer="李审核" if reviewed else "", changed_at="2025-04-02T09:30:15+08:00" if reviewed else ""))
            findings = tuple(Finding(rule, severity, message, Evidence(0, 12, "全年共受理行政复议申请45件") if rnd.random() < 0.3 else None)
                             for rule, severity, message in rnd.sample([
                                 ("parts.next_year", "错误", "未找到“下一年度推进法治政府建设的主要安排”部分：报告应写明下一年度的工作打算，请核对。"),
                                 ("timeliness.missing_date", "提示", "未能识别报告的发布日期，请审核人员核对并录入发布日期，以便判断是否按时公开。"),
                                 ("numbers.rate_range", "警告", "“12345热线办结率”为105%，超出 0–100% 的合理范围，请核对。"),
                                 ("batch.outlier", "警告", "“行政复议案件数”为4500件，明显偏离本批其他 13 份报告（中位数 60 件），请核对。"),
                             ], rnd.randrange(0, 4)))
            cells_tuple = tuple(cells)
            reports.append(ReviewedReport(
                f"/报告/{year}/{region}{year}年度法治政府建设情况报告（送审稿）.docx",
                ReportMetadata(region, year, f"{region}人民政府", f"{year + 1}-03-{10 + number:02d}"),
                cells_tuple, derive_report_status(cells_tuple) if number % 3 else ReportStatus.UNREVIEWED,
                findings=findings))
    return reports


def checked_sheets(printed: PrintReport) -> list[str]:
    return [name for name in printed.sheets if name.endswith(CHECKED_SHEETS)]


def assert_fit_for_paper(printed: PrintReport) -> None:
    assert printed.pages, "nothing printed"
    first = printed.smallest_points(0)
    assert first >= FIRST_PAGE_POINTS - 0.05, f"the first page prints at {first:.1f} pt"
    small = [(number, round(printed.smallest_points(number - 1), 1)) for number in range(1, len(printed.pages) + 1)
             if printed.smallest_points(number - 1) < EVERY_PAGE_POINTS - 0.05]
    assert not small, f"pages printed below {EVERY_PAGE_POINTS} pt: {small}"
    overlaps = printed.overlaps()
    assert not overlaps, f"{len(overlaps)} pairs of words print over each other, e.g. " + ", ".join(
        f"p{page}: {a.text!r}/{b.text!r}" for page, a, b in overlaps[:5])
    total = len(printed.pages)
    unnumbered = [number for number, page in enumerate(printed.pages, 1)
                  if f"第{number}页，共{total}页" not in "".join(word.text for word in page)]
    assert not unnumbered, f"pages without their page number (cut off in the margin?): {unnumbered[:10]}"
    sheets = checked_sheets(printed)
    assert any(name.endswith("汇总") for name in sheets) and "指标明细" in sheets
    cut = printed.cut_cells(sheets)
    assert not cut, f"{len(cut)} cells not printed whole, e.g. {cut[:5]}"


@pytest.fixture(scope="module")
def invented_print(tmp_path_factory) -> PrintReport:
    folder = tmp_path_factory.mktemp("printed")
    workbook = export_workbook(invented_batch(), default_catalog(), folder / "汇总表.xlsx", unit_name="石门市司法局",
                               exported_at=datetime(2025, 4, 8, 15, 30))
    return print_workbook(workbook, folder)


def test_invented_reports_print_readable_whole_and_apart(invented_print):
    assert_fit_for_paper(invented_print)


def test_totals_are_calculated_on_paper(invented_print):
    """合计 and 简单平均 are formulas: the printed sheet shows their results."""
    table = invented_print.sheets["2024年汇总"]
    labels = [row[1] if len(row) > 1 else "" for row in table]
    total = table[labels.index("合计")]
    assert any(text.strip().lstrip("*").replace(",", "").isdigit() for text in total[2:])
    mean = table[labels.index("简单平均")]
    assert any(text.endswith("%") for text in mean[2:])


def test_the_check_goes_red_on_the_old_layout(tmp_path, monkeypatch):
    """Squeeze 汇总 onto one page width as the old workbook did: the print check must fail."""
    from lawgov_desktop.export import summary_sheet

    monkeypatch.setattr(summary_sheet, "indicator_width", lambda count, fixed: 30.0)
    workbook = export_workbook(invented_batch()[:6], default_catalog(), tmp_path / "旧.xlsx",
                               exported_at=datetime(2025, 4, 8))
    with pytest.raises(AssertionError, match="first page prints at"):
        assert_fit_for_paper(print_workbook(workbook, tmp_path))


def test_the_check_sees_text_printed_over_text_and_cut_off(tmp_path, monkeypatch):
    """Without fitted row heights wrapped lines print over the next row or are cut."""
    from lawgov_desktop.export import detail_sheet

    monkeypatch.setattr(detail_sheet, "row_height", lambda lines: 14.0)
    workbook = export_workbook(invented_batch()[:4], default_catalog(), tmp_path / "挤.xlsx",
                               exported_at=datetime(2025, 4, 8))
    printed = print_workbook(workbook, tmp_path)
    assert printed.overlaps() or printed.cut_cells(["指标明细"])


@pytest.mark.corpus
def test_the_61_real_reports_print_readable_whole_and_apart(shared_dir, tmp_path):
    """The issue's own procedure: export the reports of corpus/dev and corpus/excerpts, print, measure."""
    folders = [shared_dir / "corpus" / name for name in ("dev", "excerpts")]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("../shared/corpus/dev or excerpts is not available")
    workbook = tmp_path / "汇总表.xlsx"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-m", "lawgov_desktop", "export", *map(str, folders),
                             "--xlsx", str(workbook)], capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    assert "已导出 61 份报告" in result.stderr
    printed = print_workbook(workbook, tmp_path)
    assert_fit_for_paper(printed)
    assert len([name for name in printed.sheets if name.endswith("汇总")]) >= 2  # a table per year

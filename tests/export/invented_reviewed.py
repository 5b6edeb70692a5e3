"""Reviewed reports built by hand for the export tests.  青禾县, 白鹭区 and 石门市 are invented.

Three indicators are marked headline (on the one-page 汇总); the rest are on 全部指标 only.
"""
from __future__ import annotations

from lawgov_desktop.core.catalog import Catalog, Category, IndicatorSpec
from lawgov_desktop.core.review import CellStatus, ReportStatus, ReviewedCell, ReviewedReport
from lawgov_desktop.core.types import Evidence, Finding, ReportMetadata

CATALOG = Catalog(
    categories=(Category("leadership", "组织领导与学法"), Category("disputes", "矛盾纠纷化解"),
                Category("publicity", "普法宣传")),
    indicators=(
        IndicatorSpec("gov_meetings", "leadership", "政府常务会议研究法治政府建设次数", "次", "count",
                      definition="政府常务会议、专题会议研究部署法治政府建设的次数", excludes="党委会议"),
        IndicatorSpec("reconsideration_cases", "disputes", "行政复议案件数", "件", "count", headline=True),
        # Listed out of category order on purpose: the summary groups by category.
        IndicatorSpec("publicity_events", "publicity", "普法宣传活动场次", "场次", "count", headline=True),
        IndicatorSpec("head_appearance_rate", "disputes", "行政机关负责人出庭应诉率", "%", "rate", headline=True),
        IndicatorSpec("legal_aid_amount", "disputes", "法律援助经费", "万元", "amount"),
        IndicatorSpec("cadre_training_persons", "leadership", "领导干部法治培训人次", "人次", "people"),
    ),
)
# Column order of the 全部指标 sheet: categories in catalog order, catalog order inside.
SUMMARY_ORDER = ("gov_meetings", "cadre_training_persons", "reconsideration_cases", "head_appearance_rate",
                 "legal_aid_amount", "publicity_events")
HEADLINE_ORDER = ("reconsideration_cases", "head_appearance_rate", "publicity_events")


def cell(indicator_id: str, value, status: CellStatus = CellStatus.CONFIRMED, approx: bool = False,
         sentence: str = "", reviewer: str = "", changed_at: str = "") -> ReviewedCell:
    spec = CATALOG.get(indicator_id)
    evidence = Evidence(0, len(sentence), sentence) if sentence else None
    return ReviewedCell(indicator_id, value, spec.unit, approx, status, 0.875 if evidence else 0.0, evidence,
                        reviewer=reviewer, changed_at=changed_at)


def report(region: str = "青禾县", year: int = 2024, cells: dict | None = None, *,
           status: ReportStatus = ReportStatus.DONE, issuer: str | None = None, published: str | None = "2025-03-28",
           findings: tuple[Finding, ...] = (), file: str | None = None) -> ReviewedReport:
    """A report with one cell per catalog indicator; ``cells`` overrides some (id -> ReviewedCell or value)."""
    given = cells or {}
    built = []
    for spec in CATALOG.indicators:
        item = given.get(spec.id)
        if isinstance(item, ReviewedCell):
            built.append(item)
        elif item is None:
            built.append(ReviewedCell(spec.id, None, spec.unit, False, CellStatus.NOT_MENTIONED))
        else:
            built.append(cell(spec.id, item))
    return ReviewedReport(
        file=file or f"/报告/{region}{year}年度法治政府建设情况报告.docx",
        metadata=ReportMetadata(region=region, year=year, issuer=issuer or f"{region}人民政府",
                                publish_date=published, title=f"{region}{year}年度法治政府建设情况报告"),
        cells=tuple(built),
        status=status,
        findings=findings,
    )


def batch() -> list[ReviewedReport]:
    """Three regions, one of them for two years, with every kind of cell status."""
    return [
        report("青禾县", 2023, {"gov_meetings": 10, "reconsideration_cases": 40, "head_appearance_rate": 90.5,
                                "publicity_events": 70}),
        report("青禾县", 2024, {
            "gov_meetings": cell("gov_meetings", 12, CellStatus.CORRECTED, sentence="召开常务会议12次",
                                 reviewer="李审核", changed_at="2025-04-02T09:30:15+08:00"),
            "reconsideration_cases": cell("reconsideration_cases", 45, CellStatus.AUTO,
                                          sentence="全年共受理行政复议案件45件"),
            "cadre_training_persons": cell("cadre_training_persons", 1200, CellStatus.AUTO, approx=True,
                                           sentence="培训领导干部约1200人次"),
            "head_appearance_rate": 100,
            "legal_aid_amount": 35.5,
            "publicity_events": cell("publicity_events", None, CellStatus.ABSENT),
        }, status=ReportStatus.IN_REVIEW, findings=(
            Finding("rate_range", "警告", "出庭应诉率为100%，请核对", Evidence(0, 4, "全部出庭"), "head_appearance_rate"),
            Finding("required_part", "错误", "缺少“存在的不足”部分"),
        )),
        report("白鹭区", 2024, {"gov_meetings": 8, "reconsideration_cases": 112, "head_appearance_rate": 87.3},
               status=ReportStatus.PENDING, published=None),
    ]


def one_year() -> list[ReviewedReport]:
    """2024 only, listed out of region order: 石门市 (all confirmed), 青禾县 (in review), 白鹭区 (pending)."""
    return [
        report("石门市", 2024, {"gov_meetings": 20, "reconsideration_cases": 150, "head_appearance_rate": 95.0,
                                "publicity_events": 300, "cadre_training_persons": 5000, "legal_aid_amount": 80.25,
                                }, status=ReportStatus.DONE),
        batch()[1],
        batch()[2],
    ]


def finished(reports: list[ReviewedReport]) -> list[ReviewedReport]:
    """The same reports with every cell decided: figures confirmed, blanks marked 无此项, all 已完成."""
    from dataclasses import replace

    done = []
    for reviewed in reports:
        cells = tuple(replace(c, status=CellStatus.CONFIRMED if c.value is not None else CellStatus.ABSENT)
                      for c in reviewed.cells)
        done.append(replace(reviewed, cells=cells, status=ReportStatus.DONE))
    return done

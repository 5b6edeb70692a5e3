"""One row per report × indicator: the data of the 指标明细 sheet and of the CSV."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..core.catalog import Catalog, IndicatorSpec
from ..core.review import CellStatus, ReviewedCell, ReviewedReport
from .columns import ordered_specs

DETAIL_HEADERS = ("地区", "年度", "报告单位", "文件", "类别", "指标", "数值", "单位", "约", "状态",
                  "依据原文", "置信度", "审核人", "最后修改时间", "备注", "指标代码")


@dataclass(slots=True)  # not frozen: 45,000 of these per 1,000 reports, and frozen init is slow
class DetailRow:
    region: str
    year: int | None
    issuer: str
    file: str
    category: str
    indicator: str
    value: float | int | None
    unit: str
    approx: bool
    status: CellStatus
    evidence: str
    confidence: float | None
    reviewer: str
    changed_at: datetime | str | None
    note: str
    indicator_id: str
    kind: str

    def values(self) -> tuple:
        """The row in ``DETAIL_HEADERS`` order, as plain values."""
        return (self.region, self.year, self.issuer, self.file, self.category, self.indicator, self.value,
                self.unit, "约" if self.approx else "", self.status.value, self.evidence, self.confidence,
                self.reviewer, self.changed_at, self.note, self.indicator_id)


def parse_timestamp(text: str) -> datetime | str | None:
    """A naive local datetime (Excel has no time zones), or the text when it is not ISO 8601."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def detail_row(report: ReviewedReport, spec: IndicatorSpec, cell: ReviewedCell | None, category: str,
               file_name: str | None = None) -> DetailRow:
    meta = report.metadata
    if cell is None:  # the catalog gained an indicator after this report was reviewed
        cell = ReviewedCell(spec.id, None, spec.unit, False, CellStatus.NOT_MENTIONED)
    has_value = cell.value is not None
    return DetailRow(
        region=meta.region or "",
        year=meta.year,
        issuer=meta.issuer or "",
        file=file_name if file_name is not None else Path(report.file).name,
        category=category,
        indicator=spec.name,
        value=cell.value,
        unit=spec.unit or cell.unit,
        approx=cell.approx and has_value,
        status=cell.status,
        evidence=cell.evidence.text if cell.evidence else "",
        confidence=round(cell.confidence, 2) if cell.evidence or cell.confidence else None,
        reviewer=cell.reviewer,
        changed_at=parse_timestamp(cell.changed_at),
        note=cell.note,
        indicator_id=spec.id,
        kind=spec.kind,
    )


def report_detail_rows(reports: list[ReviewedReport], catalog: Catalog,
                       keep: Callable[[ReviewedCell], bool] | None = None) -> Iterator[tuple[ReviewedReport, DetailRow]]:
    """(report, row) for every report × indicator, in catalog table order; ``keep`` picks the cells
    (before a row is built: most cells of 1,000 reports are left out of 指标明细)."""
    specs = ordered_specs(catalog)
    categories = {spec.id: catalog.category_name(spec.category) for spec in specs}
    for report in reports:
        cells = {cell.indicator_id: cell for cell in report.cells}
        file_name = Path(report.file).name
        for spec in specs:
            cell = cells.get(spec.id)
            if keep is not None and (cell is None or not keep(cell)):
                continue
            yield report, detail_row(report, spec, cell, categories[spec.id], file_name)


def detail_rows(reports: list[ReviewedReport], catalog: Catalog) -> Iterator[DetailRow]:
    for _, row in report_detail_rows(reports, catalog):
        yield row

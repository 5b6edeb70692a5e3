"""The report's facts as one editable row: 地区 | 年度 | 报告主体 | 发布日期.

Adapts, decides nothing: typed text is parsed by ``core.fact_input`` and a valid
value handed to ``edit_sink`` (the controller, which stores it through the session
as an undoable, audited edit).  A fact the reviewer has corrected is drawn in the
colour of a corrected value; its tooltip gives the extracted value.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...core.fact_input import format_fact, parse_fact_input
from ...core.review import CellStatus, ReportFact, ReviewedReport
from ...core.types import ReportMetadata
from ...core.value_input import ValueInputError
from .roles import FACT_ROLE, STATUS_COLOURS

FactSink = Callable[[ReportFact, "str | int | None"], None]
AnyIndex = QModelIndex | QPersistentModelIndex
FACTS = tuple(ReportFact)


class ReportFactsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._report: ReviewedReport | None = None
        self._extracted = ReportMetadata()
        self.edit_sink: FactSink | None = None
        self.last_error = ""

    def set_report(self, report: ReviewedReport | None, extracted: ReportMetadata | None = None) -> None:
        self.beginResetModel()
        self._report = report
        self._extracted = extracted or ReportMetadata()
        self.endResetModel()

    def value(self, fact: ReportFact) -> str | int | None:
        return getattr(self._report.metadata, fact.value) if self._report else None

    def column_of(self, fact: ReportFact) -> int:
        return FACTS.index(fact)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._report is None else 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FACTS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(FACTS):
            if role == Qt.ItemDataRole.DisplayRole:
                return FACTS[section].label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{FACTS[section].label}：双击或直接输入即可修改，回车保存"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._report is None or not 0 <= index.column() < len(FACTS):
            return None
        fact = FACTS[index.column()]
        corrected = fact in self._report.corrected_facts
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_fact(self.value(fact))
        if role == Qt.ItemDataRole.ToolTipRole:
            extracted = format_fact(getattr(self._extracted, fact.value)) or "（未识别）"
            return f"{fact.label}：{format_fact(self.value(fact)) or '（空）'}\n抽取值：{extracted}" + \
                ("\n已由审核人修改" if corrected else "")
        if role == Qt.ItemDataRole.BackgroundRole and corrected:
            return QBrush(STATUS_COLOURS[CellStatus.CORRECTED])
        if role == FACT_ROLE:
            return fact
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._report is None or role != Qt.ItemDataRole.EditRole:
            return False
        fact = FACTS[index.column()]
        try:
            parsed = parse_fact_input(fact, str(value if value is not None else ""))
            self.last_error = ""
        except ValueInputError as exc:
            self.last_error = exc.message
            return False
        if parsed == self.value(fact):
            return False
        if self.edit_sink is not None:
            self.edit_sink(fact, parsed)
        return True

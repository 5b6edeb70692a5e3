"""The indicator table model: what each column and role shows, what may be edited."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from invented_reports import INDICATOR_IDS, make_report
from lawgov_desktop.core.review import CellStatus, reviewed_from_extraction
from lawgov_desktop.core.types import FOUND_BY_PHRASING, FOUND_BY_WORDING
from lawgov_desktop.ui.models.indicator_table_model import IndicatorTableModel
from lawgov_desktop.ui.models.roles import (
    ALTERNATIVES_ROLE,
    CELL_ROLE,
    PENDING_ROLE,
    KIND_ROLE,
    SORT_ROLE,
    STATUS_COLOURS,
    Column,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(qapp, catalog):
    table = IndicatorTableModel(catalog)
    report = make_report()
    alternatives = {v.id: (v,) + tuple(v.alternatives) for v in report.indicators}  # IndicatorValue quacks like a Candidate
    table.set_report(reviewed_from_extraction(report, INDICATOR_IDS), alternatives)
    return table


def row(model, indicator_id):
    return model.row_of(indicator_id)


def test_passes_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_headers_are_the_review_columns(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["类别", "指标", "值", "状态", "单位", "约", "置信度", "依据"]


@pytest.mark.parametrize(
    ("indicator_id", "column", "shown"),
    [
        ("gov_meetings", Column.CATEGORY, "组织领导与学法"),
        ("gov_meetings", Column.NAME, "政府常务会议研究法治政府建设次数"),
        ("gov_meetings", Column.VALUE, "12"),
        ("gov_meetings", Column.UNIT, "次"),
        ("gov_meetings", Column.CONFIDENCE, "0.97"),
        ("gov_meetings", Column.STATUS, "自动"),
        ("gov_meetings", Column.EVIDENCE, "全年召开县政府常务会议专题研究法治政府建设12次"),
        ("reconsideration_completion_rate", Column.VALUE, "98.5"),
        ("reconsideration_completion_rate", Column.UNIT, "%"),
        ("legal_aid_cases", Column.VALUE, ""),
        ("legal_aid_cases", Column.STATUS, "未提及"),
        ("legal_aid_cases", Column.CONFIDENCE, ""),
    ],
)
def test_display(model, indicator_id, column, shown):
    assert model.index(row(model, indicator_id), column).data(DISPLAY) == shown


def test_approx_is_a_check_box(model):
    approx = model.index(row(model, "enforcement_staff_certified"), Column.APPROX)
    exact = model.index(row(model, "gov_meetings"), Column.APPROX)
    assert approx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert exact.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


@pytest.mark.parametrize(
    ("column", "editable", "checkable"),
    [(Column.VALUE, True, False), (Column.APPROX, False, True), (Column.NAME, False, False),
     (Column.STATUS, False, False), (Column.EVIDENCE, False, False)],
)
def test_flags(model, column, editable, checkable):
    flags = model.flags(model.index(0, column))
    assert bool(flags & Qt.ItemFlag.ItemIsEditable) is editable
    assert bool(flags & Qt.ItemFlag.ItemIsUserCheckable) is checkable
    assert flags & Qt.ItemFlag.ItemIsSelectable


def test_custom_roles(model):
    index = model.index(row(model, "reconsideration_completion_rate"), Column.VALUE)
    assert index.data(CELL_ROLE).indicator_id == "reconsideration_completion_rate"
    assert index.data(PENDING_ROLE) is True
    assert index.data(KIND_ROLE)[:2] == ("rate", "%")
    assert index.data(SORT_ROLE) == 98.5
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == STATUS_COLOURS[CellStatus.AUTO]


def test_a_value_the_phrasing_model_found_says_so_until_the_reviewer_changes_it(model, catalog):
    report = make_report()
    alternatives = {v.id: (v,) + tuple(v.alternatives) for v in report.indicators}
    model.set_report(reviewed_from_extraction(report, INDICATOR_IDS), alternatives, {"gov_meetings": FOUND_BY_PHRASING})
    inferred, plain = row(model, "gov_meetings"), row(model, "reconsideration_cases")
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(inferred, Column.CONFIDENCE), DISPLAY) == "推断 0.97"
    assert "措辞模型" in model.data(model.index(inferred, Column.STATUS), tooltip)
    assert "措辞模型" in model.data(model.index(inferred, Column.CONFIDENCE), tooltip)
    assert model.data(model.index(plain, Column.CONFIDENCE), DISPLAY) == "0.95"
    assert "措辞模型" not in (model.data(model.index(plain, Column.STATUS), tooltip) or "")
    model.setData(model.index(inferred, Column.VALUE), "15")  # the reviewer's number: nothing inferred about it
    assert model.data(model.index(inferred, Column.CONFIDENCE), DISPLAY) in ("", "0.97")
    assert "措辞模型" not in (model.data(model.index(inferred, Column.STATUS), tooltip) or "")


def test_a_rate_stated_in_words_says_it_was_counted_as_100_percent(model):
    report = make_report()
    alternatives = {v.id: (v,) + tuple(v.alternatives) for v in report.indicators}
    model.set_report(reviewed_from_extraction(report, INDICATOR_IDS), alternatives,
                     {"reconsideration_completion_rate": FOUND_BY_WORDING, "gov_meetings": FOUND_BY_PHRASING})
    worded, phrased = row(model, "reconsideration_completion_rate"), row(model, "gov_meetings")
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(worded, Column.CONFIDENCE), DISPLAY).startswith("推断")
    for column in (Column.STATUS, Column.CONFIDENCE):
        assert "按 100% 计" in model.data(model.index(worded, column), tooltip)
        assert "措辞模型" not in model.data(model.index(worded, column), tooltip)
        assert "按 100% 计" not in model.data(model.index(phrased, column), tooltip)


def test_the_confidence_tooltip_says_what_share_of_such_values_is_right(model):
    tip = Qt.ItemDataRole.ToolTipRole
    tooltip = model.data(model.index(row(model, "reconsideration_cases"), Column.CONFIDENCE), tip)
    assert tooltip.startswith("置信度 0.95：") and "约有 95% 是对的" in tooltip
    assert model.data(model.index(row(model, "legal_aid_cases"), Column.CONFIDENCE), tip) is None


def test_alternatives_are_offered_with_their_sentence(model):
    choices = model.index(row(model, "gov_meetings"), Column.VALUE).data(ALTERNATIVES_ROLE)
    assert [text for _, text in choices] == ["12", "13"]
    assert "全年召开县政府常务会议" in choices[1][0]


@pytest.mark.parametrize(
    ("indicator_id", "typed", "value", "status"),
    [
        ("publicity_events", "1.2万", 12000, CellStatus.CORRECTED),
        ("enforcement_cert_rate", "百分之九十六", 96, CellStatus.CORRECTED),
        ("gov_meetings", "12", 12, CellStatus.CONFIRMED),  # typing the same value confirms it
        ("legal_aid_cases", "37件", 37, CellStatus.CORRECTED),
    ],
)
def test_set_data_parses_what_the_reviewer_typed(model, indicator_id, typed, value, status):
    index = model.index(row(model, indicator_id), Column.VALUE)
    assert model.setData(index, typed) is True
    cell = index.data(CELL_ROLE)
    assert (cell.value, cell.status) == (value, status)


@pytest.mark.parametrize(("indicator_id", "typed"), [("gov_meetings", "-3"), ("enforcement_cert_rate", "120%"),
                                                    ("gov_meetings", "不详")])
def test_set_data_refuses_nonsense_and_keeps_the_value(model, indicator_id, typed):
    index = model.index(row(model, indicator_id), Column.VALUE)
    before = index.data(CELL_ROLE)
    assert model.setData(index, typed) is False
    assert index.data(CELL_ROLE) == before
    assert model.last_error


def test_edits_go_to_the_sink_when_there_is_one(model):
    sent = []
    model.edit_sink = lambda old, new: sent.append((old.value, new.value))
    model.setData(model.index(row(model, "gov_meetings"), Column.VALUE), "14")
    assert sent == [(12, 14)]
    assert model.index(row(model, "gov_meetings"), Column.VALUE).data(DISPLAY) == "12"  # until the store says so


def test_unchecking_approx_is_a_correction(model):
    index = model.index(row(model, "enforcement_staff_certified"), Column.APPROX)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    cell = index.data(CELL_ROLE)
    assert (cell.approx, cell.status) == (False, CellStatus.CORRECTED)


def test_data_changed_is_emitted_for_the_whole_row(model, qtbot):
    cell = model.cell_at(0)
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.update_cell(cell)
    top_left, bottom_right = signal.args[:2]
    assert (top_left.row(), top_left.column(), bottom_right.column()) == (0, 0, 7)


# word counts given, the 依据 of a cell without evidence says how often the indicator's words occur
# (in a sentence with a number of its units, and in all)
WORD_HINTS = [
    ("mediation_disputes", (2, 3), "有 2 处相关用语带数字"),
    ("mediation_disputes", (0, 3), "有相关用语（无数字）"),
    ("legal_aid_cases", (0, 0), "无相关用语"),
    ("gov_meetings", (3, 3), "全年召开县政府常务会议专题研究法治政府建设12次"),  # a value with evidence keeps it
]


@pytest.mark.parametrize("indicator_id, counts, shown", WORD_HINTS)
def test_evidence_of_an_empty_cell_tells_how_often_its_words_occur(qapp, catalog, indicator_id, counts, shown):
    table = IndicatorTableModel(catalog)
    table.set_report(reviewed_from_extraction(make_report(), INDICATOR_IDS), {}, word_counts={indicator_id: counts})
    index = table.index(table.row_of(indicator_id), Column.EVIDENCE)
    assert index.data(DISPLAY) == shown
    hint = indicator_id != "gov_meetings"
    assert (index.data(Qt.ItemDataRole.ForegroundRole) is not None) is hint  # drawn grey: no sentence of the report
    assert ("Ctrl+K" in (index.data(Qt.ItemDataRole.ToolTipRole) or "")) is hint


def test_without_word_counts_an_empty_cell_shows_no_hint(model):
    assert model.index(row(model, "legal_aid_cases"), Column.EVIDENCE).data(DISPLAY) == ""

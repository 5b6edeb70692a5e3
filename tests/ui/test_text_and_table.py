"""Report text ↔ indicator table: selecting one shows the other, both ways."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from invented_reports import TEXT, make_report
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.ui.models.roles import CELL_ROLE, CURRENT_EVIDENCE_COLOUR, STATUS_COLOURS


def current_id(window):
    return window.table.current_row_index().data(CELL_ROLE).indicator_id


def test_selecting_a_row_highlights_and_scrolls_to_its_evidence(loaded):
    loaded.controller.select_indicator("publicity_events")
    sentence = "开展普法宣传活动86场次"
    start = TEXT.index(sentence)
    assert loaded.text.current_span() == (start, start + len(sentence))
    assert loaded.text.textCursor().position() == start
    colours = {(s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color()
               for s in loaded.text.extraSelections()}
    assert colours[(start, start + len(sentence))] == CURRENT_EVIDENCE_COLOUR


def test_every_evidence_is_highlighted_in_its_status_colour(loaded):
    sentence = "全年共受理行政复议案件45件"
    start = TEXT.index(sentence)
    spans = {(s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color()
             for s in loaded.text.extraSelections()}
    assert spans[(start, start + len(sentence))] == STATUS_COLOURS[CellStatus.AUTO]


def test_clicking_a_highlighted_span_selects_its_row(loaded, qtbot):
    loaded.controller.select_indicator("gov_meetings")
    position = TEXT.index("全年共受理行政复议案件45件") + 4
    cursor = loaded.text.textCursor()
    cursor.setPosition(position)
    point = loaded.text.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(loaded.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert current_id(loaded) == "reconsideration_cases"


def test_clicking_plain_text_keeps_the_row(loaded, qtbot):
    loaded.controller.select_indicator("gov_meetings")
    cursor = loaded.text.textCursor()
    cursor.setPosition(2)  # the title: no evidence there
    qtbot.mouseClick(loaded.text.viewport(), Qt.MouseButton.LeftButton, pos=loaded.text.cursorRect(cursor).center())
    assert current_id(loaded) == "gov_meetings"


def test_selected_text_becomes_value_and_evidence(loaded):
    loaded.controller.select_indicator("legal_aid_cases")
    sentence = "覆盖群众3.2万人"
    start = TEXT.index(sentence)
    loaded.text.select_span(start, start + len(sentence))
    loaded.actions_by_name["set_from_selection"].trigger()
    cell = loaded.session.store.cell(loaded.controller.report_id, "legal_aid_cases")
    assert (cell.value, cell.status) == (32000, CellStatus.CORRECTED)
    assert (cell.evidence.start, cell.evidence.end, cell.evidence.text) == (start, start + len(sentence), sentence)


def test_selection_without_a_number_is_refused_in_the_status_bar(loaded):
    loaded.controller.select_indicator("legal_aid_cases")
    start = TEXT.index("普法宣传")
    loaded.text.select_span(start, start + 4)
    loaded.actions_by_name["set_from_selection"].trigger()
    assert "没有数字" in loaded.statusBar().currentMessage()
    assert loaded.session.store.cell(loaded.controller.report_id, "legal_aid_cases").status is CellStatus.NOT_MENTIONED


def test_find_bar_steps_through_matches(loaded, qtbot):
    loaded.actions_by_name["find"].trigger()
    loaded.find_bar.query.setText("件")
    matches = loaded.find_bar.matches()
    assert len(matches) == TEXT.count("件")
    loaded.actions_by_name["find_next"].trigger()
    assert loaded.text.textCursor().selectionStart() == matches[0][0]
    loaded.actions_by_name["find_next"].trigger()
    loaded.actions_by_name["find_previous"].trigger()
    assert loaded.text.textCursor().selectionStart() == matches[0][0]
    assert loaded.find_bar.count.text() == f"1/{len(matches)}"


def test_find_ignores_full_width(loaded):
    loaded.actions_by_name["find"].trigger()
    loaded.find_bar.query.setText("９８.５％")
    assert loaded.find_bar.matches() == [(TEXT.index("98.5%"), TEXT.index("98.5%") + 5)]


def test_zoom_changes_the_text_size_and_is_remembered(loaded):
    from lawgov_desktop.store.settings import load_settings

    size = loaded.text.font().pointSizeF()
    loaded.actions_by_name["zoom_in"].trigger()
    loaded.actions_by_name["zoom_in"].trigger()
    assert loaded.text.font().pointSizeF() > size
    assert load_settings().text_zoom == 2
    loaded.actions_by_name["zoom_reset"].trigger()
    assert loaded.text.font().pointSizeF() == size


def test_finding_click_jumps_to_its_evidence(window, qtbot):
    from dataclasses import replace

    text = TEXT + "青禾县人民政府\n2025年6月30日\n"  # published three months late
    report = make_report(text=text)
    report_id = window.session.add_report(replace(report, metadata=replace(report.metadata,
                                                                            publish_date="2025-06-30")))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    model = window.findings_view.findings_model
    (row,) = [r for r in range(model.rowCount()) if model.finding(r).rule == "timeliness.late"]
    window.findings_view.clicked.emit(model.index(row, 1))
    start = text.index("2025年6月30日")
    assert window.text.current_span() == (start, start + len("2025年6月30日"))


def shared_sentence_report():
    """Cases and completion rate drawn from one sentence, as reports usually write them."""
    from dataclasses import replace

    from invented_reports import evidence_for

    report = make_report()
    sentence = evidence_for(TEXT, "全年共受理行政复议案件45件，办结率98.5%，其中纠错6件。")
    numbers = {"reconsideration_cases": "45件", "reconsideration_completion_rate": "98.5%"}
    indicators = []
    for value in report.indicators:
        if value.id in numbers:
            start = TEXT.index(numbers[value.id])
            value = replace(value, evidence=sentence, number_start=start, number_end=start + len(numbers[value.id]))
        indicators.append(value)
    return replace(report, indicators=tuple(indicators))


def click_at(window, qtbot, position):
    cursor = window.text.textCursor()
    cursor.setPosition(position)
    point = window.text.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(window.text.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_click_on_a_figure_picks_its_indicator_in_a_shared_sentence(window, qtbot):
    report_id = window.session.add_report(shared_sentence_report())
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    click_at(window, qtbot, TEXT.index("98.5%") + 1)
    assert current_id(window) == "reconsideration_completion_rate"
    click_at(window, qtbot, TEXT.index("45件") + 1)
    assert current_id(window) == "reconsideration_cases"


def test_clicks_elsewhere_in_a_shared_sentence_cycle_through_its_indicators(window, qtbot):
    report_id = window.session.add_report(shared_sentence_report())
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    position = TEXT.index("行政复议案件")
    click_at(window, qtbot, position)
    first = current_id(window)
    click_at(window, qtbot, position)
    second = current_id(window)
    assert {first, second} == {"reconsideration_cases", "reconsideration_completion_rate"}


def test_a_value_the_phrasing_model_found_is_marked_in_the_table(window, qtbot):
    from dataclasses import replace

    from lawgov_desktop.core.types import FOUND_BY_PHRASING
    from lawgov_desktop.ui.models.roles import Column

    report = make_report()
    values = tuple(replace(v, found_by=FOUND_BY_PHRASING) if v.id == "publicity_events" else v
                   for v in report.indicators)
    report_id = window.session.add_report(replace(report, indicators=values))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    model = window.controller.model
    shown = {model.cell_at(r).indicator_id: model.index(r, Column.CONFIDENCE).data() for r in range(model.rowCount())}
    assert shown["publicity_events"].startswith("推断 ")
    assert not shown["reconsideration_cases"].startswith("推断")


# -- an indicator's own words (Ctrl+K) ------------------------------------------------


def word_texts(window) -> list[str]:
    text = window.text.toPlainText()
    return [text[a:b] for a, b in window.text.word_spans()]


def evidence_shown(window, indicator_id) -> str:
    from lawgov_desktop.ui.models.roles import Column

    return window.table_model.index(window.table_model.row_of(indicator_id), Column.EVIDENCE).data()


def with_legal_aid_words(window, qtbot):
    """Another invented report, whose 法律援助 is spoken of without a figure."""
    text = TEXT + "五、法律援助。组织开展法律援助进社区活动，群众反响良好。\n"
    report_id = window.session.add_report(make_report("/tmp/青禾县2024-附.txt", text=text))
    window.controller.show_report(report_id)
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    return text


def test_an_empty_cell_shows_whether_its_words_occur_by_a_figure(loaded, qtbot):
    assert evidence_shown(loaded, "publicity_reach_persons") == "有 1 处相关用语带数字"  # 覆盖群众3.2万人: missed
    assert evidence_shown(loaded, "legal_aid_cases") == "无相关用语"
    assert evidence_shown(loaded, "gov_meetings") == "全年召开县政府常务会议专题研究法治政府建设12次"
    with_legal_aid_words(loaded, qtbot)
    assert evidence_shown(loaded, "legal_aid_cases") == "有相关用语（无数字）"


def test_ctrl_k_steps_through_the_words_by_a_figure_and_wraps(loaded):
    loaded.controller.select_indicator("gov_meetings")
    step = loaded.actions_by_name["next_indicator_word"]
    step.trigger()
    assert word_texts(loaded) == ["政府常务会议", "专题研究法治"]
    assert loaded.text.current_word() == (TEXT.index("政府常务会议"), TEXT.index("政府常务会议") + 6)
    assert loaded.text.textCursor().position() == TEXT.index("政府常务会议")
    assert not loaded.text.textCursor().hasSelection()  # Ctrl+D must take what the reviewer selects, not the word
    assert "第 1/2 处" in loaded.statusBar().currentMessage()
    step.trigger()
    assert loaded.text.current_word()[0] == TEXT.index("专题研究法治")
    assert "第 2/2 处" in loaded.statusBar().currentMessage()
    step.trigger()
    assert "第 1/2 处" in loaded.statusBar().currentMessage()


def test_ctrl_k_passes_over_words_with_no_figure_but_marks_them(loaded):
    loaded.controller.select_indicator("reconsideration_cases")
    loaded.actions_by_name["next_indicator_word"].trigger()
    assert word_texts(loaded) == ["行政复议", "行政复议案件"]  # the heading's word is marked too …
    assert loaded.text.current_word()[0] == TEXT.index("行政复议案件")  # … but the step is to the figure's sentence
    assert "第 1/1 处" in loaded.statusBar().currentMessage()


def test_ctrl_k_lands_on_the_figure_the_extractor_missed(loaded):
    loaded.controller.select_indicator("publicity_reach_persons")
    assert "有 1 处本项的相关用语带数字" in loaded.statusBar().currentMessage()  # the row's hint says to look
    loaded.actions_by_name["next_indicator_word"].trigger()
    start, end = loaded.text.current_word()
    assert TEXT[start:end + 5] == "覆盖群众3.2万人"
    colours = {(s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color()
               for s in loaded.text.extraSelections()}
    from lawgov_desktop.ui.views.report_text_view import WORD_COLOURS

    assert colours[(start, end)] == WORD_COLOURS[True]


def test_ctrl_k_steps_through_words_with_no_figure_when_there_are_only_those(loaded, qtbot):
    text = with_legal_aid_words(loaded, qtbot)
    loaded.controller.select_indicator("legal_aid_cases")
    loaded.actions_by_name["next_indicator_word"].trigger()
    assert loaded.text.current_word()[0] == text.index("法律援助")
    assert "句中都没有本项单位的数字" in loaded.statusBar().currentMessage()


def test_ctrl_k_on_an_indicator_without_words_says_so(loaded):
    loaded.controller.select_indicator("legal_aid_cases")
    assert not loaded.controller.next_indicator_word()
    assert word_texts(loaded) == []
    assert "正文中没有“法律援助案件数”的相关用语" in loaded.statusBar().currentMessage()


def test_moving_to_another_row_clears_the_words(loaded):
    loaded.controller.select_indicator("reconsideration_cases")
    loaded.actions_by_name["next_indicator_word"].trigger()
    assert word_texts(loaded)
    loaded.controller.select_indicator("publicity_events")
    assert word_texts(loaded) == []


def test_ctrl_shift_k_visits_only_the_unmentioned_cells_whose_words_occur(loaded):
    visit = loaded.actions_by_name["next_unmentioned_with_words"]
    worth = [c.indicator_id for c in loaded.table_model.cells()
             if c.status is CellStatus.NOT_MENTIONED and loaded.table_model.word_counts(c.indicator_id)[1]]
    assert "publicity_reach_persons" in worth and "legal_aid_cases" not in worth
    seen = []
    for _ in worth:
        visit.trigger()
        seen.append(current_id(loaded))
    assert sorted(seen) == sorted(worth)


def test_ctrl_shift_k_says_when_no_unmentioned_cell_has_words(loaded):
    for cell in loaded.table_model.cells():
        if cell.status is CellStatus.NOT_MENTIONED and loaded.table_model.word_counts(cell.indicator_id)[1]:
            loaded.controller.select_indicator(cell.indicator_id)
            loaded.controller.mark_absent()
    assert not loaded.controller.next_unmentioned_with_words()
    assert "没有正文有相关用语的“未提及”项" in loaded.statusBar().currentMessage()

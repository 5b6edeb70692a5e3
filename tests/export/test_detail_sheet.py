"""指标明细: one row per report × indicator that has a figure or a decision, printable at full size."""
from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.status_marks import STATUS_LOOKS
from lawgov_desktop.export.text_fit import lines_needed, row_height

from invented_reviewed import CATALOG, SUMMARY_ORDER, batch, cell, report


def detail(tmp_path, reports):
    target = export_workbook(reports, CATALOG, tmp_path / "明细.xlsx", exported_at=datetime(2025, 4, 8))
    return openpyxl.load_workbook(target)["指标明细"]


def as_dicts(sheet):
    header, *data = sheet.iter_rows()
    names = [c.value for c in header]
    return names, [dict(zip(names, row)) for row in data]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return detail(tmp_path_factory.mktemp("detail"), batch())


@pytest.fixture(scope="module")
def rows(sheet):
    return as_dicts(sheet)[1]


def test_columns_that_say_something(sheet):
    """备注 is left out while nobody wrote one."""
    names, _ = as_dicts(sheet)
    assert names == ["地区", "年度", "文件", "指标", "数值", "状态", "依据原文", "审核人", "最后修改时间"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:I{sheet.max_row}"


def test_columns_left_out_before_anyone_reviewed_and_a_note_column_when_written(tmp_path):
    twice = [report("青禾县", 2024, {"gov_meetings": 3}, file="/报告/青禾县政府报告.docx"),
             report("青禾县", 2024, {"gov_meetings": 4}, file="/报告/青禾县司法局报告.docx")]
    names, _ = as_dicts(detail(tmp_path, twice))
    assert names == ["地区", "年度", "文件", "指标", "数值", "状态", "依据原文"]
    noted = replace(twice[0].cells[0], note="与会议纪要核对一致")
    twice[0] = replace(twice[0], cells=(noted,) + twice[0].cells[1:])
    names, rows = as_dicts(detail(tmp_path, twice))
    assert names == ["地区", "年度", "文件", "指标", "数值", "状态", "依据原文", "备注"]
    assert {r["文件"].value for r in rows} == {"青禾县政府报告.docx", "青禾县司法局报告.docx"}
    assert "与会议纪要核对一致" in {r["备注"].value for r in rows}


def test_a_row_per_figure_in_table_order(rows):
    """Blanks (nothing found) and 无此项 are left out: 汇总 shows them, the CSV lists them."""
    order = [batch()[2], batch()[1], batch()[0]]  # 2024: 白鹭区, 青禾县; then 2023
    expected = [(r.metadata.region, r.metadata.year, CATALOG.get(i).name, r.cell(i).value)
                for r in order for i in SUMMARY_ORDER if r.cell(i).value is not None]
    assert [(r["地区"].value, r["年度"].value, r["指标"].value, r["数值"].value) for r in rows] == expected
    assert {r["状态"].value for r in rows} == {"已确认", "已修改", "未确认"}


def find(rows, region, year, indicator_id):
    name = CATALOG.get(indicator_id).name
    (row,) = [r for r in rows if (r["地区"].value, r["年度"].value, r["指标"].value) == (region, year, name)]
    return row


@pytest.mark.parametrize("indicator_id, status, number_format, evidence", [
    ("gov_meetings", "已修改", '#,##0"次"', "召开常务会议12次"),
    ("reconsideration_cases", "未确认", '"*"#,##0"件"', "全年共受理行政复议案件45件"),
    ("cadre_training_persons", "未确认", '"*约"#,##0"人次"', "培训领导干部约1200人次"),  # 约 once, in the figure
    ("head_appearance_rate", "已确认", '0.0"%"', None),
    ("legal_aid_amount", "已确认", '#,##0.00"万元"', None),
])
def test_figure_with_unit_marks_and_state(rows, indicator_id, status, number_format, evidence):
    row = find(rows, "青禾县", 2024, indicator_id)
    assert row["状态"].value == status
    assert row["数值"].number_format == number_format and row["数值"].data_type == "n"
    assert row["依据原文"].value == evidence


def test_unconfirmed_figures_are_marked_beyond_colour(rows):
    automatic = find(rows, "青禾县", 2024, "reconsideration_cases")
    assert automatic["数值"].value == 45 and automatic["数值"].font.i
    assert automatic["数值"].fill.fgColor.rgb.endswith(STATUS_LOOKS[CellStatus.AUTO].fill)
    assert automatic["状态"].fill.fgColor.rgb.endswith(STATUS_LOOKS[CellStatus.AUTO].fill)
    confirmed = find(rows, "白鹭区", 2024, "head_appearance_rate")
    assert confirmed["数值"].value == 87.3 and not confirmed["数值"].font.i
    assert confirmed["数值"].fill.fill_type is None and confirmed["状态"].fill.fill_type is None


def test_reviewer_and_local_time(rows):
    row = find(rows, "青禾县", 2024, "gov_meetings")
    assert row["审核人"].value == "李审核"
    moment = datetime.fromisoformat("2025-04-02T09:30:15+08:00").astimezone()
    assert row["最后修改时间"].value == moment.strftime("%Y-%m-%d\n%H:%M")


def test_year_and_state_are_centred_so_they_never_run_into_the_next_column(rows):
    row = find(rows, "青禾县", 2024, "gov_meetings")
    assert row["年度"].alignment.horizontal == "center" and row["状态"].alignment.horizontal == "center"


def test_print_setup_and_row_heights(tmp_path):
    long_sentence = "全年共受理行政复议案件45件，" * 12
    reviewed = report("青禾县", 2024, {
        "gov_meetings": 5,
        "reconsideration_cases": cell("reconsideration_cases", 45, CellStatus.AUTO, sentence=long_sentence)})
    sheet = detail(tmp_path, [reviewed])
    assert sheet.oddHeader.center.text == "指标明细（含未审核数值）"
    assert sheet.print_title_rows == "$1:$1" and sheet.print_options.gridLines
    # at full size: fitted to one page wide, LibreOffice adds blank pages after a long list
    assert sheet.page_setup.scale == 100 and not sheet.sheet_properties.pageSetUpPr.fitToPage
    widths = {sheet.cell(1, c).value: sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width
              for c in range(1, sheet.max_column + 1)}
    assert widths["依据原文"] == max(widths.values())  # the evidence gets the width left over
    # each row as tall as its tallest text: the file's or the indicator's name, or the sentence
    short, tall = sheet.row_dimensions[2].height, sheet.row_dimensions[3].height
    assert short == row_height(max(lines_needed(CATALOG.get("gov_meetings").name, widths["指标"]),
                                   lines_needed("青禾县2024年度法治政府建设情况报告.docx", widths["文件"])))
    assert tall == row_height(lines_needed(long_sentence, widths["依据原文"])) > short

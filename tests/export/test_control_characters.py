"""A control character anywhere — a reviewer's note, a reviewer's name, a sentence from a PDF, a file name
that was not UTF-8 — never stops an export: the workbook, the CSV and the JSON are all written, and each holds
the same cleaned text (issue 14 item 8: one such note cost the xlsx and then CSV/JSON were not written)."""
import csv
import json
from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.core.types import Evidence, Finding
from lawgov_desktop.export import export_workbook, write_csv, write_json
from lawgov_desktop.export.cells import clean_text

from invented_reviewed import CATALOG, cell, report

# (what was typed or read, what every export holds)
CASES = [
    pytest.param("核对\x01无误", "核对无误", id="C0 control"),
    pytest.param("第一页\x0c第二页", "第一页第二页", id="form feed from a PDF"),
    pytest.param("\x1b[31m已核\x1b[0m", "[31m已核[0m", id="escape pasted from a terminal"),
    pytest.param("删除\x7f键", "删除键", id="DEL"),
    pytest.param("下一行\x85换行", "下一行换行", id="C1 control"),
    pytest.param("非字符\ufffe\uffff", "非字符", id="XML non-characters"),
    pytest.param("文件\udcb1\udca8名", "文件\ufffd\ufffd名", id="lone surrogates (undecodable file name)"),
    # The positive case: ordinary text, tabs and line breaks come through exactly.
    pytest.param("核实无误\t见附件\r\n（李审核）", "核实无误\t见附件\r\n（李审核）", id="ordinary text kept"),
]


def dirty_batch(text: str):
    dirty = cell("reconsideration_cases", 45, CellStatus.CORRECTED, sentence="全年受理行政复议案件" + text,
                 reviewer="李" + text, changed_at="2025-04-02T09:30:15+08:00")
    dirty = replace(dirty, note=text)
    reviewed = report("青禾县", 2024, {"reconsideration_cases": dirty, "gov_meetings": 12},
                      findings=(Finding("title.missing", "警告", "问题" + text, Evidence(0, 2, "依据" + text)),),
                      file=f"/报告/青禾县{text}.docx")
    return [reviewed]


@pytest.mark.parametrize("typed, kept", CASES)
def test_clean_text(typed, kept):
    assert clean_text(typed) == kept


@pytest.mark.parametrize("typed, kept", CASES)
def test_every_format_is_written_with_the_cleaned_text(tmp_path, typed, kept):
    reports = dirty_batch(typed)
    exported_at = datetime(2025, 4, 8, 15, 30)

    workbook = export_workbook(reports, CATALOG, tmp_path / "a.xlsx", exported_at=exported_at)
    texts = {c.value for sheet in openpyxl.load_workbook(workbook).worksheets
             for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    # the note, the reviewer, a finding with its evidence
    assert {kept, "李" + kept, f"问题{kept}\n依据原文：“依据{kept.strip()}”"} <= texts

    table = write_csv(reports, CATALOG, tmp_path / "a.csv")
    with open(table, encoding="utf-8-sig", newline="") as stream:
        rows = [dict(zip(header, row)) for header in [next(csv.reader(stream))] for row in csv.reader(stream)]
    (row,) = [r for r in rows if r["指标代码"] == "reconsideration_cases"]
    assert (row["备注"], row["审核人"], row["依据原文"]) == (kept, "李" + kept, "全年受理行政复议案件" + kept)
    assert row["文件"] == f"青禾县{kept}.docx"

    data = json.loads(write_json(reports, CATALOG, tmp_path / "a.json", exported_at=exported_at)
                      .read_text(encoding="utf-8"))
    (saved,) = data["reports"]
    cells = {c["id"]: c for c in saved["cells"]}
    assert (cells["reconsideration_cases"]["note"], cells["reconsideration_cases"]["reviewer"]) == (kept, "李" + kept)
    assert saved["file"] == f"/报告/青禾县{kept}.docx"
    assert saved["findings"][0]["message"] == "问题" + kept

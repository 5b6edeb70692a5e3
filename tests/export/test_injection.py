"""Text from reports is never a formula, in the workbook or in the CSV; numbers stay numbers."""
import csv
import re
import zipfile
from datetime import datetime
from pathlib import PurePosixPath

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.core.types import Evidence, Finding
from lawgov_desktop.export import export_workbook, write_csv
from lawgov_desktop.export.cells import clean_text, csv_field, is_formula_like

from invented_reviewed import CATALOG, cell, report

ATTACKS = ['=HYPERLINK("http://example.invalid","点此")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
           "\n=1+1", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("text, formula_like", [
    *((attack, True) for attack in ATTACKS),
    ("青禾县", False),
    ("全年受理行政复议案件45件", False),
    ("（一）=开头不在首位", False),
    ("", False),
])
def test_formula_like(text, formula_like):
    assert is_formula_like(text) is formula_like


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"),
    ("-3", "'-3"),  # text that looks like a number is still text from a report
    ("青禾县", "青禾县"),
    ("第一页\x0c第二页\x00", "第一页第二页"),
    (-3, -3),  # a number keeps its sign
    (98.5, 98.5),
    (None, ""),
])
def test_csv_field(value, expected):
    assert csv_field(value) == expected


def test_control_characters_are_dropped():
    assert clean_text("第一页\x0c第二页\x00") == "第一页第二页"


def attack_reports():
    reports = []
    for number, attack in enumerate(ATTACKS):
        reports.append(report(
            region=attack, year=2024, issuer=attack,
            cells={"gov_meetings": cell("gov_meetings", 5, CellStatus.AUTO, sentence=attack, reviewer=attack),
                   "reconsideration_cases": -4},
            findings=(Finding(attack, "警告", attack, Evidence(0, 1, attack), None),),
            file=f"/报告/{number}.docx",
        ))
    return reports


# The only formulas in the workbook: the 合计 and 简单平均 of a table's own column.
OWN_FORMULA = re.compile(rb"<f>(SUM|AVERAGE)\(([A-Z]+)\d+:\2\d+\)</f>")


def test_workbook_stores_attacks_as_text(tmp_path):
    reports = attack_reports()
    target = export_workbook(reports, CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert xml.count(b"<f>") == len(OWN_FORMULA.findall(xml)), name  # no formula of a report's
    workbook = openpyxl.load_workbook(target)
    seen = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for shown in row:
                if shown.value in ATTACKS:
                    assert shown.data_type == "s" and shown.quotePrefix, (sheet.title, shown.coordinate)
                    seen += 1
                elif isinstance(shown.value, str) and shown.value.startswith(tuple(ATTACKS)):
                    # a finding's message with its evidence after it
                    assert shown.data_type == "s" and shown.quotePrefix, (sheet.title, shown.coordinate)
    # region in 汇总 and 全部指标; region twice, evidence, reviewer in 明细; region in 问题清单;
    # the bar's label in 图表 — for every attack
    assert seen >= len(ATTACKS) * 8
    summary = workbook["汇总"]
    assert sorted(summary.cell(5 + i, 2).value for i in range(len(ATTACKS))) == sorted(ATTACKS)
    (negative,) = [summary.cell(5 + i, 3) for i in range(len(ATTACKS)) if summary.cell(5 + i, 2).value == ATTACKS[0]]
    assert negative.value == -4 and negative.data_type == "n"  # 行政复议案件数 stays a number, sign and all


def test_csv_escapes_attacks(tmp_path):
    target = write_csv(attack_reports(), CATALOG, tmp_path / "a.csv")
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    fields = [field for row in rows[1:] for field in row]
    for attack in ATTACKS:
        assert attack not in fields
        assert "'" + attack in fields
    assert "-4" in fields  # the number, unescaped


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=40))
def test_any_text_comes_back_as_the_same_text(tmp_path, text):
    """Whatever a report says, the workbook holds it as text (minus control characters xlsx cannot hold)."""
    reviewed = report(region=text, cells={"gov_meetings": cell("gov_meetings", 5, sentence=text)})
    target = export_workbook([reviewed], CATALOG, tmp_path / "p.xlsx", exported_at=datetime(2025, 4, 8))
    workbook = openpyxl.load_workbook(target)
    expected = clean_text(text)
    region = workbook["汇总"].cell(5, 2)
    # a region that cleans to nothing is shown as the report's file name
    assert region.value == (expected or clean_text(PurePosixPath(reviewed.file).stem))
    assert region.data_type != "f"
    if expected and is_formula_like(expected):
        assert region.data_type == "s" and region.quotePrefix
    detail = workbook["指标明细"]
    header = [c.value for c in detail[1]]
    evidence = detail.cell(2, header.index("依据原文") + 1)
    assert (evidence.value or "") == expected
    if expected and is_formula_like(expected):
        assert evidence.data_type == "s" and evidence.quotePrefix

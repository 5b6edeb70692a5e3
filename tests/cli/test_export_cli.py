"""``lawgov-desktop export``: from files (marked 未审核) or from a saved batch; exit codes 0/1/2."""
from pathlib import Path

import openpyxl
import pytest

from lawgov_desktop import paths
from lawgov_desktop.cli import main
from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.pipeline import process_file
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export.status_marks import STATUS_LOOKS

# Invented counties; short texts in the usual 公文 style.
REPORTS = {
    "青禾县2024年度法治政府建设情况报告.txt": (
        "青禾县人民政府关于2024年度法治政府建设情况的报告\n"
        "2024年，青禾县坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"
        "一、加强组织领导。全年召开县政府常务会议专题研究法治政府建设12次。\n"
        "二、化解行政争议。全年共受理行政复议案件45件，行政机关负责人出庭应诉率达到100%。\n"
        "三、深化普法宣传。开展普法宣传活动86场次。\n"
        "青禾县人民政府\n2025年3月28日\n"
    ),
    "白鹭区2024年度法治政府建设情况报告.txt": (
        "白鹭区人民政府关于2024年度法治政府建设情况的报告\n"
        "一、全年区政府常务会议研究法治政府建设工作8次。\n"
        "二、全年受理行政复议案件112件，行政机关负责人出庭应诉率为87.3%。\n"
        "白鹭区人民政府\n2025年3月20日\n"
    ),
}


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(tmp_path / "user"))


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def detail_rows(target: Path) -> list[dict]:
    """指标明细 as dicts keyed by header."""
    header, *rows = openpyxl.load_workbook(target)["指标明细"].iter_rows(values_only=True)
    return [dict(zip(header, row)) for row in rows]


def summary_rows(target: Path):
    sheet = openpyxl.load_workbook(target)["汇总"]
    return [row for row in sheet.iter_rows(min_row=5, values_only=True) if isinstance(row[0], int)]


def test_from_files_marks_reports_unreviewed(folder, tmp_path, capsys):
    target = tmp_path / "汇总表.xlsx"
    code = main(["export", str(folder), "--xlsx", str(target), "--csv", str(tmp_path / "a.csv"),
                 "--json", str(tmp_path / "a.json"), "--unit", "石门市司法局"])
    assert code == 0, capsys.readouterr().err
    rows = summary_rows(target)
    assert len(rows) == 2
    assert {row[-1] for row in rows} == {"未审核"}
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert '"status": "未审核"' in (tmp_path / "a.json").read_text(encoding="utf-8")
    assert "已导出 2 份报告" in capsys.readouterr().err


def test_from_files_exports_the_extracted_values(folder, tmp_path):
    target = tmp_path / "汇总表.xlsx"
    assert main(["export", str(folder), "--xlsx", str(target)]) == 0
    exported = {(row["文件"], row["指标"]): (row["数值"], row["状态"]) for row in detail_rows(target)}
    catalog = default_catalog()
    for path in sorted(folder.iterdir()):
        report = process_file(path, catalog)
        for spec in catalog.indicators:
            found = report.indicator(spec.id)
            value = found.value if found else None
            if value is None:  # still 空: listed in the CSV, not on 指标明细
                assert (path.name, spec.name) not in exported, (path.name, spec.id)
            else:
                assert exported[(path.name, spec.name)] == (value, STATUS_LOOKS[CellStatus.AUTO].label), spec.id


def test_unreadable_file_gives_exit_1_and_the_rest_is_exported(folder, tmp_path, capsys):
    (folder / "损坏的报告.docx").write_bytes(b"PK\x03\x04 this is not a real docx")
    target = tmp_path / "汇总表.xlsx"
    assert main(["export", str(folder), "--xlsx", str(target)]) == 1
    assert "《损坏的报告.docx》" in capsys.readouterr().err
    assert len(summary_rows(target)) == 2


@pytest.mark.parametrize("argv", [
    ["export", "{folder}"],  # no output named
    ["export", "{folder}/没有这个文件.txt", "--xlsx", "{tmp}/a.xlsx"],
    ["export", "没有这个批次", "--xlsx", "{tmp}/a.xlsx"],
    ["export", "--xlsx", "{tmp}/a.xlsx"],  # no input
    ["export", "{folder}", "--xlsx", "{tmp}/a.xlsx", "--no-such-option"],
    ["export", "{folder}", "--xlsx", "{tmp}/a.xlsx", "--timeout", "0"],
])
def test_usage_errors_exit_2(folder, tmp_path, argv):
    argv = [a.format(folder=folder, tmp=tmp_path) for a in argv]
    assert main(argv) == 2
    assert not (tmp_path / "a.xlsx").exists()


def test_locked_output_exits_1_with_the_message(folder, tmp_path, monkeypatch, capsys):
    import os

    from lawgov_desktop.export import atomic

    monkeypatch.setattr(atomic, "REPLACE_DELAY_SECONDS", 0)
    target = tmp_path / "汇总表.xlsx"
    target.write_bytes(b"old")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    assert main(["export", str(folder), "--xlsx", str(target)]) == 1
    assert "《汇总表.xlsx》正被其他程序打开，请关闭后重试" in capsys.readouterr().err
    assert target.read_bytes() == b"old"


def stored_batch(database: Path, folder: Path, name: str) -> None:
    """A saved batch in which the reviewer corrected one figure."""
    from lawgov_desktop.store.sqlite import BatchStore

    catalog = default_catalog()
    with BatchStore(database, reviewer="李审核") as store:
        store.create_batch(name)
        ids = [store.add_report(process_file(path, catalog), catalog.ids) for path in sorted(folder.iterdir())]
        store.update_cell(ids[0], "reconsideration_cases", 118, CellStatus.CORRECTED)


def test_from_a_batch_file(folder, tmp_path):
    database = tmp_path / "审核.sqlite3"
    stored_batch(database, folder, "2024年度")
    target = tmp_path / "汇总表.xlsx"
    assert main(["export", str(database), "--xlsx", str(target)]) == 0
    corrected = [row for row in detail_rows(target)
                 if (row["文件"], row["指标"]) == ("白鹭区2024年度法治政府建设情况报告.txt", "行政复议案件数")]
    assert [(row["数值"], row["状态"], row["审核人"]) for row in corrected] == [(118, "已修改", "李审核")]
    assert {row[-1] for row in summary_rows(target)} == {"审核中", "待审"}


@pytest.mark.parametrize("batch", ["2024年度", "1"])  # by name or by number
def test_from_a_batch_in_the_default_database(folder, tmp_path, batch):
    stored_batch(paths.database_file(), folder, "2024年度")
    target = tmp_path / "汇总表.xlsx"
    assert main(["export", batch, "--xlsx", str(target)]) == 0
    assert len(summary_rows(target)) == 2


@pytest.mark.parametrize("content", [b"not a database at all", None])
def test_a_foreign_database_is_left_alone(tmp_path, content, capsys):
    """Another program's .db (or junk named .sqlite3) is refused, never moved aside or altered."""
    import sqlite3

    database = tmp_path / "其他程序.db"
    if content is None:
        with sqlite3.connect(database) as connection:
            connection.execute("CREATE TABLE contacts(name TEXT)")
        connection.close()
    else:
        database.write_bytes(content)
    before = database.read_bytes()
    assert main(["export", str(database), "--xlsx", str(tmp_path / "a.xlsx")]) == 2
    assert "不是本程序保存的审核批次文件" in capsys.readouterr().err
    assert database.read_bytes() == before
    assert {p.name for p in tmp_path.iterdir()} - {"user"} == {"其他程序.db"}  # nothing moved aside

"""From a file on disk to a Report: never raises, walks folders, flags duplicates.

The per-format readers have their own tests (tests/core/ingest); this checks the
pipeline's own contract: one Chinese message naming a bad file while the other
files go on, folder expansion rules, and duplicate marking that never drops a file.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lawgov_desktop import paths
from lawgov_desktop.core.pipeline import (
    content_hash,
    iter_report_files,
    mark_duplicates,
    process_file,
    process_text,
)

REPORT = (
    "示例县人民政府关于2024年度法治政府建设情况的报告\n"
    "2024年，全县坚持依法行政。全年办理法律援助案件720件，调解矛盾纠纷3860件。\n"
    "示例县人民政府\n2025年2月18日\n"
)


def test_process_text_fills_values_and_metadata():
    report = process_text(REPORT, file="示例县.txt")
    assert report.file == "示例县.txt"
    assert report.errors == ()
    assert report.indicator("legal_aid_cases").value == 720
    assert report.metadata.year == 2024
    assert report.content_hash == content_hash(REPORT)


def test_process_file_reads_the_bundled_sample():
    report = process_file(paths.sample_report())
    assert report.errors == ()
    assert report.document.format == "txt"
    assert report.metadata.region == "示例县"
    assert sum(v.value is not None for v in report.indicators) >= 30


# (file name, bytes) that cannot be read; the message must name the file.
UNREADABLE = [
    ("空白.txt", b""),
    ("只有空格.txt", b" \n\t\n  "),
    ("乱码.docx", os.urandom(4096)),
    ("截断.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"),
    ("图片.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200),
]


@pytest.mark.parametrize(("name", "content"), UNREADABLE)
def test_a_bad_file_becomes_an_error_naming_it(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    report = process_file(path)
    assert report.document is None
    assert report.indicators == ()
    assert len(report.errors) == 1
    assert f"《{name}》" in report.errors[0]
    assert report.to_json()["errors"] == list(report.errors)


def test_a_missing_file_becomes_an_error(tmp_path):
    report = process_file(tmp_path / "不存在.txt")
    assert report.errors and "《不存在.txt》" in report.errors[0]


def test_gbk_text_is_read(tmp_path):
    path = tmp_path / "国标编码.txt"
    path.write_bytes(REPORT.encode("gbk"))
    report = process_file(path)
    assert report.errors == ()
    assert report.indicator("legal_aid_cases").value == 720


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT, encoding="utf-8")


def test_folders_are_walked_sorted_with_only_report_suffixes(tmp_path):
    _tree(tmp_path, ["b.txt", "a.docx", "说明.xlsx", ".hidden.txt", "~$a.docx", "子目录/c.pdf",
                     ".git/d.txt", "子目录/更深/e.HTML"])
    found = [p.relative_to(tmp_path).as_posix() for p in iter_report_files([tmp_path])]
    assert found == ["a.docx", "b.txt", "子目录/c.pdf", "子目录/更深/e.HTML"]


def test_a_file_named_on_the_command_line_is_always_taken(tmp_path):
    _tree(tmp_path, ["说明.xlsx"])
    assert list(iter_report_files([tmp_path / "说明.xlsx"])) == [tmp_path / "说明.xlsx"]
    assert list(iter_report_files([tmp_path])) == []


def test_content_hash_ignores_white_space():
    assert content_hash("全年办理\n 12件。") == content_hash("全年办理12件。")
    assert content_hash("全年办理12件。") != content_hash("全年办理13件。")


def test_duplicates_are_flagged_never_dropped():
    reports = [
        process_text(REPORT, file="a.docx"),
        process_text(REPORT.replace("\n", "\n\n"), file="a.pdf"),
        process_text(REPORT + "另附说明。", file="b.txt"),
        process_text(REPORT, file="c.txt"),
    ]
    marked = mark_duplicates(reports)
    assert [r.file for r in marked] == ["a.docx", "a.pdf", "b.txt", "c.txt"]
    assert [r.duplicate_of for r in marked] == [None, "a.docx", None, "a.docx"]
    assert marked[1].to_json()["duplicate_of"] == "a.docx"
    assert "duplicate_of" not in marked[0].to_json()


def test_unreadable_reports_are_not_duplicates_of_each_other(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"")
    (tmp_path / "y.txt").write_bytes(b"")
    marked = mark_duplicates([process_file(tmp_path / "x.txt"), process_file(tmp_path / "y.txt")])
    assert [r.duplicate_of for r in marked] == [None, None]


# Pieces of report language; hypothesis strings them together in any order.
_FRAGMENTS = [
    "示例县人民政府关于2024年度法治政府建设情况的报告", "全年", "共", "办理", "受理", "行政复议案件", "法律援助案件",
    "12345热线", "满意率", "办结率", "同比增长", "较上年下降", "其中", "合计", "约", "余", "近", "万", "件", "次",
    "人次", "%", "％", "个百分点", "百分之", "九十八点六", "两千三百", "十二", "１２", "3,168", "21.6", "0", "2至3名",
    "，", "。", "；", "：", "\n", "\r\n", "  ", "\u3000", "一、", "（二）", "下一步工作打算", "全市", "我县", "東城區",
    "審結率", "萬", "今天是2025年3月1日", "发布时间：2025-01-26", "第二次", "答复上级", "\t", "（", "）",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(_FRAGMENTS), max_size=60))
# A title line parted by a tab, then a line of a tab alone: a heading over a second line with no cells.
@example(pieces=["示例县人民政府关于2024年度法治政府建设情况的报告", "\t", "示例县人民政府关于2024年度法治政府建设情况的报告",
                 "\n", "\t"])
def test_any_report_like_text_is_extracted_without_error(pieces):
    text = "".join(pieces)
    report = process_text(text)
    assert report.errors == ()
    for value in report.indicators:
        spans = [value.evidence] if value.evidence else []
        spans += [candidate.evidence for candidate in value.alternatives]
        for evidence in spans:
            assert text[evidence.start:evidence.end] == evidence.text
        if value.value is not None:
            assert 0 <= value.confidence <= 1
            assert value.evidence is not None

"""Plain-text reports: decode order BOM → strict UTF-8 → strict GB18030 → detector;
a UTF-8 BOM stays as U+FEFF at offset 0; line ends become \\n; binary junk is refused."""
from __future__ import annotations

import codecs

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document
from lawgov_desktop.core.ingest.textcheck import implausible_share, junk_share

REPORT = "\n".join(make.report_paragraphs())
# A short GBK title is the case where a detector guesses UTF-16 (charset-normalizer #365).
SHORT_TITLE = "青禾县2023年度法治政府建设报告"
LATIN1 = "Rapport annuel de la préfecture : café, élève, été. " * 20

ENCODINGS = [
    # (bytes on disk, encoding reported, text expected)
    (REPORT.encode("utf-8"), "utf-8", REPORT),
    (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8", "\ufeff" + REPORT),
    (REPORT.encode("gb18030"), "gb18030", REPORT),
    (REPORT.encode("gbk"), "gb18030", REPORT),
    (SHORT_TITLE.encode("gbk"), "gb18030", SHORT_TITLE),
    (REPORT.encode("utf-16"), "utf-16", REPORT),
    # Neither UTF-8 nor GB18030 (“é ” is invalid in both): the detector's turn,
    # and its guess among single-byte codepages is only required to keep the ASCII.
    (LATIN1.encode("latin-1"), None, None),
]


@pytest.mark.parametrize(("data", "encoding", "text"), ENCODINGS, ids=["utf8", "utf8-bom", "gb18030", "gbk", "short-gbk",
                                                                       "utf16", "latin1"])
def test_encodings_are_tried_in_order(tmp_path, data, encoding, text):
    path = tmp_path / "报告.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert document.format == "txt"
    if encoding is not None:
        assert document.encoding == encoding
        assert document.text == text
        assert document.warnings == ()
    else:
        assert document.text.startswith("Rapport annuel de la pr")
        assert document.warnings == (f"《报告.txt》的编码无法确定，已按 {document.encoding} 读取，请核对文字是否正常",)


def test_windows_and_old_mac_line_ends_become_newlines(tmp_path):
    path = tmp_path / "报告.txt"
    path.write_bytes("第一行\r\n第二行\r第三行\n".encode("utf-8"))
    assert read_document(path).text == "第一行\n第二行\n第三行\n"


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 20,
    b"\x00\x01\x02\x03" * 500,
    "青禾县".encode("utf-8") + b"\x00" * 300,
], ids=["all-bytes", "control-bytes", "text-then-nuls"])
def test_binary_content_under_txt_is_refused(tmp_path, data):
    path = tmp_path / "报告.txt"
    path.write_bytes(data)
    with pytest.raises(ReportReadError, match="^《报告.txt》不是可识别的文本文件"):
        read_document(path)


def test_junk_share_counts_controls_replacements_and_private_use():
    assert junk_share(REPORT) == 0.0
    assert junk_share("ab\x00\ufffd\ue000") == pytest.approx(3 / 5)


def test_implausible_share_separates_reports_from_unmapped_glyphs():
    assert implausible_share(REPORT) < 0.02
    assert implausible_share("(cid:12)(cid:345)") == 1.0
    assert implausible_share("\u09c5\u0535\u117f\u20e1") == 1.0  # what pypdf/pdfium give without ToUnicode

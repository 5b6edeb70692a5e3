"""OFD (GB/T 33190): text rebuilt from TextObject/TextCode positions, on packages
we write and on real files from other OFD writers (../shared/formats/ofd)."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document

SHARED_OFD = Path(__file__).parents[3] / ".." / "shared" / "formats" / "ofd"
needs_shared = pytest.mark.skipif(not SHARED_OFD.is_dir(), reason="../shared/formats/ofd is absent")


def _write(tmp_path, data: bytes, name: str = "报告.ofd") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_generated_report_reads_in_order_with_page_starts(tmp_path):
    pages = make.make_pages(make.report_paragraphs(2000), lines_per_page=20, width=28)
    document = read_document(_write(tmp_path, make.ofd_bytes(pages)))
    assert document.format == "ofd"
    lines = document.text.splitlines()
    assert lines[0] == make.TITLE
    for paragraph in make.PARAGRAPHS:
        assert paragraph in lines  # runs ordered by X, lines by Y, broken lines joined
    assert "- 1 -" not in document.text
    assert len(document.page_starts) == len(pages)
    for page, start in zip(pages[1:], document.page_starts[1:]):
        first = make.line_text(page[0])
        assert document.text[start: start + len(first)] == first


def test_absolute_doc_root_and_upper_case_member_names(tmp_path):
    data = make.ofd_bytes([["青禾县全年办理行政复议案件47件。"]], doc_root="/DOC_0/document.xml")
    assert read_document(_write(tmp_path, data)).text == "青禾县全年办理行政复议案件47件。\n"


def test_doc_info_title_and_creation_date_go_into_the_header(tmp_path):
    data = make.ofd_bytes([["青禾县全年办理行政复议案件47件。"]], title=make.TITLE)
    assert read_document(_write(tmp_path, data)).header == {"标题": make.TITLE, "创建日期": "2024-03-20"}


def _rezip(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info.filename))
            if content is not None:
                target.writestr(info.filename, content)
    return buffer.getvalue()


GOOD = make.ofd_bytes([["青禾县全年办理行政复议案件47件。"] * 3])
BROKEN = [
    ("no-page-file", lambda n, d: None if n.endswith("Content.xml") else d, "缺少"),
    ("no-doc-root", lambda n, d: d.replace(b"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>", b"") if n == "OFD.xml" else d,
     "没有文档入口"),
    ("malformed-xml", lambda n, d: d[:40] if n.endswith("Content.xml") else d, "已损坏或不完整"),
    ("entity-attack", lambda n, d: b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + d[38:]
     if n.endswith("Content.xml") else d, "内容异常"),
    ("images-only", lambda n, d: re.sub(rb"<ofd:TextCode[^>]*>[^<]*</ofd:TextCode>", b"", d)
     if n.endswith("Content.xml") else d, "没有可提取的文字"),
]


@pytest.mark.parametrize(("label", "change", "words"), BROKEN, ids=[row[0] for row in BROKEN])
def test_damaged_packages_get_a_message(tmp_path, label, change, words):
    path = _write(tmp_path, _rezip(GOOD, change), "损坏.ofd")
    with pytest.raises(ReportReadError, match=f"^《损坏.ofd》.*{words}"):
        read_document(path)


def test_ofd_zip_bomb_is_refused(tmp_path):
    path = make.docx_bomb(tmp_path / "炸弹.ofd", inflated_mb=20)
    with pytest.raises(ReportReadError, match="^《炸弹.ofd》解压后体积异常"):
        read_document(path)


# Real files from the ofdrw project (see ../shared/formats/ofd/NOTICE.md): words each must yield.
REAL_FILES = [
    ("helloworld.ofd", ["你好呀，OFD Reader&Writer！"]),
    ("gov-notice.ofd", ["路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复", "同意张阿三同志辞职。"]),
    ("certificate.ofd", ["不动产权证书号", "中国建设银行股份有限公司泰安分行"]),
    ("construction-permit.ofd", ["建筑工程施工许可证", "某某省住房和城乡建设厅", "合同工期2020年10月09日至2021年04月07日"]),
]


@needs_shared
@pytest.mark.corpus
@pytest.mark.parametrize(("name", "words"), REAL_FILES, ids=[row[0] for row in REAL_FILES])
def test_real_ofd_files_from_other_writers(name, words):
    document = read_document(SHARED_OFD / name)
    assert document.format == "ofd"
    for word in words:
        assert word in document.text


@needs_shared
@pytest.mark.corpus
def test_real_gov_notice_drops_its_page_number_and_joins_its_lines():
    text = read_document(SHARED_OFD / "gov-notice.ofd").text
    assert "— 2 —" not in text
    assert "你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。" in text

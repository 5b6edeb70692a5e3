"""Small files that ask a reader for much more work than their size: the hostile cases of
issue 14, for the robustness tests and the soak benchmark.

Each maker returns bytes; sizes are parameters so a test can use the smallest file
that still showed the problem (today's figures are in the docstrings).  The text is
invented (澄岭县, a county that does not exist).
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "ingest"))

import ingest_cfb  # noqa: E402

LINE = "澄岭县全年收到行政复议申请58件，受理52件，审结49件，行政机关负责人出庭应诉率为100%。"
_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def repeated_piece_doc(run_chars: int = 4000, pieces: int = 20_000) -> bytes:
    """A .doc whose piece table points ``pieces`` times at one run of ``run_chars`` characters.

    Before issue 14: 253 KB read as 80 million characters (0.5 GB), 400 KB as 256 million (1.5 GB).
    """
    run = (LINE * (run_chars // len(LINE) + 1))[:run_chars]
    return ingest_cfb.repeated_piece_doc(run, pieces)


def _text_objects(count: int) -> str:
    objects = []
    for index in range(count):
        y = 20 + (index % 60) * 4.2
        objects.append(
            f'<ofd:TextObject ID="{index + 10}" Boundary="20 {y:.1f} 170 6" Font="1" Size="4.2">'
            f'<ofd:TextCode X="0" Y="4.2">{LINE}</ofd:TextCode></ofd:TextObject>'
        )
    return "".join(objects)


def shared_content_ofd(pages: int = 3000, objects: int = 400) -> bytes:
    """An OFD whose ``pages`` pages all name the same content stream of ``objects`` text objects.

    Before issue 14 every page parsed and laid out the stream again: 40 KB reached 1.56 GB.
    """
    content = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {_NS}><ofd:Content><ofd:Layer ID="2">'
               f"{_text_objects(objects)}</ofd:Layer></ofd:Content></ofd:Page>")
    page_refs = "".join(f'<ofd:Page ID="{i + 100}" BaseLoc="Pages/Page_0/Content.xml"/>' for i in range(pages))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {_NS} Version="1.0">'
                         "<ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo>"
                         "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        archive.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {_NS}>'
                         f"<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>")
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", content)
    return buffer.getvalue()


def tiny_elements_html(megabytes: float = 19) -> bytes:
    """A page of millions of tiny elements: 19 MB reached 1.1 GB before issue 14."""
    unit = "<i>澄</i>".encode("utf-8")
    count = int(megabytes * 1024 * 1024 / len(unit))
    return b"<html><body><div>" + unit * count + b"</div></body></html>"


def one_line_text(megabytes: float = 19, punctuation: bool = True) -> bytes:
    """A report on one line (no line break): 19 MB ran past 600 s before issue 14.  Without
    punctuation the extraction was quadratic (0.5 MB 3.3 s, 1 MB 11.6 s, 2 MB 43 s) until the
    grammar bounded its look-backs; 3 MB (capped at 1 million characters) now take seconds."""
    sentence = (LINE if punctuation else LINE.replace("，", "").replace("。", "")).encode("utf-8")
    return sentence * int(megabytes * 1024 * 1024 / len(sentence))


def deep_before_text(depth: int = 300) -> bytes:
    """``depth`` nested elements, then the report: from 255 levels the parser stopped
    before the text and the reader said 没有找到正文文字."""
    paragraphs = "".join(f"<p>{LINE}第{i}段。</p>" for i in range(20))
    return (f"<html><head><title>澄岭县人民政府关于2024年度法治政府建设情况的报告</title></head><body>"
            + "<div>" * depth + paragraphs + "</div>" * depth + "</body></html>").encode("utf-8")


def unclosed_inline_tags(paragraphs: int = 409, tag: str = "span") -> bytes:
    """Every line opens a ``<span>`` (or ``<font>``) that is never closed, lines ending in
    ``<br>``, as some editors write: the nesting grows a level a line and the parser
    stopped after about 255 of them."""
    lines = "".join(f'<{tag} style="font-size:16px">{LINE}第{i + 1}段。<br>\n' for i in range(paragraphs))
    return ("<html><head><title>澄岭县人民政府关于2024年度法治政府建设情况的报告</title></head>"
            f"<body><div id=\"zoom\">{lines}</div></body></html>").encode("utf-8")

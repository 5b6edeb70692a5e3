"""Saved web pages: .html/.htm, and .mhtml/.mht (“网页，单个文件”).

Many government sites serve GBK, so the declared charset (``<meta charset>``,
the MIME part's charset) is tried first, strictly; then UTF-8 and GB18030.
The page is parsed with lxml's forgiving HTML parser; the article is found by
``html_content`` and the 政府信息公开 header by ``html_header``.  The text the
reviewer sees starts with the header lines (“索引号：…”), then the title, then
the article — the metadata extractor reads the top of the text.
"""
from __future__ import annotations

import codecs
import email
import email.policy
import re
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from . import html_content, html_header
from .textcheck import looks_binary, looks_garbled

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# gb2312 and gbk pages use characters only gb18030 has a name for.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_TITLE_SPLIT = re.compile(r"\s*[_|｜–—]\s*|\s+-\s+")
_MIN_TITLE, _MAX_TITLE = 6, 100
# Meta tags that the national standard for government websites (政府网站发展指引)
# asks every article page to carry; they fill fields the visible page lacks.
_META_FIELDS = {"articletitle": "标题", "pubdate": "发布时间", "contentsource": "来源"}


def _meta_header(root) -> dict[str, str]:
    header: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = _META_FIELDS.get((meta.get("name") or "").strip().lower())
        content = " ".join((meta.get("content") or "").split())
        if key and content and key not in header:
            header[key] = content
    return header


def decode_html(data: bytes, hint: str | None = None) -> tuple[str, str]:
    """(text, encoding): BOM, the declared charset (strict), UTF-8, GB18030, then lenient."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = []
    if hint:
        declared.append(hint)
    match = _META_CHARSET.search(data[:8192])
    if match:
        declared.append(match.group(1).decode("ascii"))
    candidates = [_CHARSET_ALIASES.get(name.lower(), name.lower()) for name in declared] + ["utf-8", "gb18030"]
    for encoding in dict.fromkeys(candidates):
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", errors="replace"), "gb18030"


def _parse(path: Path, text: str):
    import lxml.etree
    import lxml.html

    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise ReportReadError(path, "是空网页，没有正文")
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise ReportReadError(path, "不是可识别的网页文件，可能已损坏", repr(exc)) from exc


def _title(root) -> str | None:
    """The article title: a heading that the page's <title> contains, else its first part."""
    page_title = " ".join((root.findtext(".//title") or "").split())
    headings = []
    for element in root.iter("h1", "h2", "h3", "div", "p", "td", "span"):
        tag_marks = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
        if element.tag in ("h1", "h2", "h3") or "title" in tag_marks or "biaoti" in tag_marks:
            text = " ".join(element.text_content().split())
            if _MIN_TITLE <= len(text) <= _MAX_TITLE:
                headings.append(text)
    for text in headings:
        if text in page_title or (page_title and page_title.split("_")[0] in text):
            return text
    parts = [part for part in _TITLE_SPLIT.split(page_title) if len(part) >= _MIN_TITLE]
    if parts:
        return parts[0]
    return headings[0] if headings else None


def _document_from_html(path: Path, text: str, encoding: str, fmt: str) -> Document:
    root = _parse(path, text)
    body = root.find("body")
    page_lines = html_content.text_lines(html_content.render(body if body is not None else root))
    header = html_header.read_header(page_lines)
    for key, value in _meta_header(root).items():
        header.setdefault(key, value)
    main = html_content.find_main(root)
    lines = [line for line in html_content.text_lines(html_content.render(main)) if not html_header.is_header_line(line)]
    title = header.get("标题") or _title(root)
    top = [f"{label}：{value}" for label, value in header.items()]
    if title and title not in "".join(lines[:3]).replace("\t", ""):
        top.append(title)
    all_lines = top + ([""] if top else []) + lines
    out = "\n".join(all_lines).strip("\n")
    if not out.strip():
        raise ReportReadError(path, "是网页，但没有找到正文文字")
    if looks_binary(out) or looks_garbled(out):
        raise ReportReadError(path, "不是可识别的网页文件，可能已损坏或编码无法识别", f"decoded as {encoding}")
    return Document(path=str(path), text=out + "\n", format=fmt, encoding=encoding, header=header)


def read_html(path: Path, data: bytes, charset_hint: str | None = None) -> Document:
    text, encoding = decode_html(data, charset_hint)
    return _document_from_html(path, text, encoding, "html")


def read_mhtml(path: Path, data: bytes) -> Document:
    """A MIME multipart file: read its first HTML part (else its first text part)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    html_part = text_part = None
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type == "text/html" and html_part is None:
            html_part = part
        elif content_type == "text/plain" and text_part is None:
            text_part = part
    part = html_part or text_part
    if part is None:
        raise ReportReadError(path, "是网页存档（.mht），但里面没有网页正文", "no text/html part")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReportReadError(path, "是网页存档（.mht），但里面没有网页正文", "empty part")
    charset = part.get_content_charset()
    if part is html_part:
        text, encoding = decode_html(payload, charset)
        return _document_from_html(path, text, encoding, "mhtml")
    text, encoding = decode_html(payload, charset)
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if looks_binary(body):
        raise ReportReadError(path, "是网页存档（.mht），但里面的正文无法识别", f"decoded as {encoding}")
    return Document(path=str(path), text=body + "\n", format="mhtml", encoding=encoding)

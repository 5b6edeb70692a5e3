"""Saved web pages: .html/.htm, and .mhtml/.mht (“网页，单个文件”).

Many government sites serve GBK, so the declared charset (``<meta charset>``,
the MIME part's charset) is tried first, strictly; then UTF-8 and GB18030.
The page is parsed with lxml's forgiving HTML parser; the article is found by
``html_content`` and the 政府信息公开 header by ``html_header``.  The text the
reviewer sees starts with the header lines (“索引号：…”), then the title, then
the article — the metadata extractor reads the top of the text.

Bounded work: a page with more elements than ``caps.MAX_HTML_ELEMENTS`` is cut
there, and its text at ``caps.MAX_TEXT_CHARS``, each with a warning.  libxml2 stops
parsing at 256 levels of nesting (2,048 with ``huge_tree``), and editors that leave a
``<span>``/``<font>`` open on every line nest a level per line; such a page is parsed
again without the inline tags (they carry no text of their own), and a page nested
deeper still is read as plain text, block by block, so no paragraph is lost.
"""
from __future__ import annotations

import codecs
import email
import email.policy
import html as htmllib
import logging
import re
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from . import html_content, html_header
from .caps import MAX_HTML_ELEMENTS, MAX_TEXT_CHARS, cut_warning
from .textcheck import looks_binary, looks_garbled

log = logging.getLogger(__name__)

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


# Inline tags that only style text: dropping them keeps every word (for pages that never close them).
_INLINE_TAGS = re.compile(r"</?(?:span|font|b|i|u|s|em|strong|small|big|sub|sup|strike|ins|del|label|a|o:p)"
                          r"(?:\s[^<>]*)?/?>", re.IGNORECASE)
# `[^<>]` and not `[^>]`: a run of "<" without ">" must not make the scan quadratic.
_ANY_TAG = re.compile(r"<[^<>]*>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|tr|li|h[1-6]|table|section|article|blockquote|pre|dd|dt)\b[^<>]*>",
                        re.IGNORECASE)
_CELL_TAG = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HEAD_TAGS = re.compile(r"<title\b[^<>]*>[^<]*</title\s*>|<meta\b[^<>]*>", re.IGNORECASE)


def _parse(path: Path, text: str) -> tuple[object, list[str]]:
    """(root, warnings): the page parsed within the caps, every paragraph kept."""
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise ReportReadError(path, "是空网页，没有正文")
    warnings = []
    if text.count("<") > MAX_HTML_ELEMENTS:
        cut_at = _position_of_nth(text, "<", MAX_HTML_ELEMENTS)
        text = text[:cut_at]
        warnings.append(cut_warning(path, f"的网页元素超过 {MAX_HTML_ELEMENTS:,} 个，后面部分未读取"))
    root, too_deep = _parse_html(path, text)
    if too_deep:
        root, too_deep = _parse_html(path, _INLINE_TAGS.sub("", text))
    if too_deep:
        log.info("%s: nested too deep even without inline tags; read as plain text", path)
        root, _ = _parse_html(path, _flattened(text))
    return root, warnings


def _position_of_nth(text: str, char: str, n: int) -> int:
    position = -1
    for _ in range(n):
        position = text.find(char, position + 1)
    return position


def _parse_html(path: Path, text: str) -> tuple[object, bool]:
    """(root, whether libxml2 stopped at its nesting limit)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise ReportReadError(path, "不是可识别的网页文件，可能已损坏", repr(exc)) from exc
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return root, too_deep


def _flattened(text: str) -> str:
    """The page as a flat list of paragraphs: each block's text in its own <p>, with the
    <title> and <meta> tags kept for the header."""
    head = "".join(_HEAD_TAGS.findall(text[:200_000]))
    text = _INVISIBLE.sub(" ", text)
    text = _CELL_TAG.sub("\t", _BLOCK_TAG.sub("\n", text))
    text = htmllib.unescape(_ANY_TAG.sub("", text))
    paragraphs = "".join(f"<p>{htmllib.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head>{head}</head><body>{paragraphs}</body></html>"


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
    root, warnings = _parse(path, text)
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
    if len(out) > MAX_TEXT_CHARS:
        out = out[:MAX_TEXT_CHARS]
        warnings.append(cut_warning(path, "的文字超过读取上限", len(out)))
    return Document(path=str(path), text=out + "\n", format=fmt, encoding=encoding, header=header,
                    warnings=tuple(warnings))


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

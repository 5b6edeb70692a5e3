"""Document properties (a docx's core properties, a PDF's Info dictionary) as header fields.

Office writers fill the title with the template's or the tool's name (“Microsoft
Word - 新建文档.docx”, “WPS 文字”) as often as with the report's title, so a
title is kept only when it contains Chinese and names no tool.  Dates become
YYYY-MM-DD under 创建日期.
"""
from __future__ import annotations

import re
from datetime import datetime

# Titles that name a template or tool, not the report (compared lowercased, at the start).
_GENERIC_TITLES = ("microsoft word", "wps", "文档", "document", "untitled", "标题", "新建")
_CJK = re.compile("[\u4e00-\u9fff]")
# PDF dates (“D:20240320…”) and ISO dates (OFD's “2024-03-20”).
_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})|^(\d{4})-(\d{2})-(\d{2})(?:\D|$)")


def header_from_properties(title: str | None, created: datetime | str | None) -> dict[str, str]:
    header: dict[str, str] = {}
    title = (title or "").strip()
    if title and _CJK.search(title) and not title.lower().startswith(_GENERIC_TITLES):
        header["标题"] = title
    if isinstance(created, datetime):
        header["创建日期"] = created.strftime("%Y-%m-%d")
    elif isinstance(created, str):
        match = _DATE.match(created.strip())
        if match:
            header["创建日期"] = "-".join(part for part in match.groups() if part)
    return header

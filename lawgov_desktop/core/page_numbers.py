"""What a page number printed on a line of its own looks like: - 3 -, 第3页 共12页, 3/12, Page 3 of 12.

Read by the PDF/OFD layout (``ingest/layout.py``, which drops them at a page's edges) and by
normalization (a text copied out of a PDF keeps them between its lines, even inside a sentence).
"""
from __future__ import annotations

import re

PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[-—–－~]\s*\d{1,4}\s*[-—–－~]"  # - 3 -
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?"  # 第 3 页 / 第3页 共12页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/12
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"  # Page 3 of 12
    r")$",
    re.IGNORECASE,
)

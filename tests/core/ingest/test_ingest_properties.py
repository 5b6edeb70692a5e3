"""Document properties become header fields only when they name the report."""
from __future__ import annotations

from datetime import datetime

import pytest

from lawgov_desktop.core.ingest.properties import header_from_properties

CASES = [
    # (title, created, header)
    ("青禾县2023年度法治政府建设情况报告", datetime(2024, 3, 20, 9, 0), {"标题": "青禾县2023年度法治政府建设情况报告",
                                                               "创建日期": "2024-03-20"}),
    ("Microsoft Word - 青禾县报告.docx", None, {}),
    ("WPS文字文档", None, {}),
    ("新建 DOCX 文档", None, {}),
    ("Annual report", None, {}),
    ("", "D:20240320093000+08'00'", {"创建日期": "2024-03-20"}),
    (None, "2024-03-20", {"创建日期": "2024-03-20"}),  # OFD DocInfo
    (None, "2024-03-20T09:30:00", {"创建日期": "2024-03-20"}),
    (None, "3月20日", {}),
]


@pytest.mark.parametrize(("title", "created", "header"), CASES)
def test_header_from_properties(title, created, header):
    assert header_from_properties(title, created) == header

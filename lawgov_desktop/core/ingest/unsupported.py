"""What the reviewer is told about files that are not reports we can read.

One table keyed by sniffed kind, one keyed by suffix (for files whose content
does not say what they are, e.g. a truncated .xlsx).  Each message says what
the file is and what to do with it.
"""
from __future__ import annotations

from . import sniff

IMAGE = "是图片，没有可读取的文字；图片需先识别成文字（OCR）或向报送单位索取文字版后再导入"
ARCHIVE = "是压缩包，请先解压，再导入其中的报告文件"
SPREADSHEET = "是 Excel/WPS 表格，不是报告正文；请导入报告的 Word、PDF 或文本版"
PRESENTATION = "是演示文稿（PPT），不是报告正文；请导入报告的 Word、PDF 或文本版"
RTF = "是 RTF 格式，暂时无法读取，请用 Word 或 WPS 另存为 .docx 后再导入"
ENCRYPTED = "设置了打开密码，请提供未加密的文件"
UNKNOWN = "的格式无法识别；请提供 Word（.docx/.doc/.wps）、PDF、OFD、网页或文本版"

BY_KIND = {
    sniff.IMAGE: IMAGE,
    sniff.ARCHIVE: ARCHIVE,
    sniff.SPREADSHEET: SPREADSHEET,
    sniff.PRESENTATION: PRESENTATION,
    sniff.RTF: RTF,
    sniff.ENCRYPTED_OFFICE: ENCRYPTED,
}

BY_SUFFIX = {
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"), IMAGE),
    **dict.fromkeys((".zip", ".rar", ".7z", ".gz", ".tar", ".tgz", ".bz2", ".xz"), ARCHIVE),
    **dict.fromkeys((".xls", ".xlsx", ".xlsm", ".et", ".csv"), SPREADSHEET),
    **dict.fromkeys((".ppt", ".pptx", ".dps"), PRESENTATION),
    ".rtf": RTF,
}

# What a damaged file of a readable kind is called in its message.
FORMAT_NAMES = {
    ".docx": "Word 文档",
    ".doc": "Word 文档",
    ".wps": "WPS 文档",
    ".pdf": "PDF",
    ".ofd": "OFD 文件",
}


def message_for(kind: str, suffix: str) -> str | None:
    """The message for a file that is not a readable report, or None if it may be one."""
    return BY_KIND.get(kind) or BY_SUFFIX.get(suffix)

"""Good report files and the ways an office mangles them, for the robustness tests and the soak.

The report is invented (澄岭县, a county that does not exist).  Every maker returns
bytes, so a test or the soak decides the file name; ``random_case`` draws one
mangled file of any kind from a seeded ``random.Random``.
"""
from __future__ import annotations

import io
import random
import zipfile
from functools import lru_cache

from lawgov_desktop.core.ingest import SUPPORTED_SUFFIXES

TITLE = "澄岭县人民政府关于2024年度法治政府建设情况的报告"
PARAGRAPHS = (
    "2024年，澄岭县坚持以习近平法治思想为指导，统筹推进依法行政各项工作，法治政府建设取得新进展。",
    "一、主要工作和成效",
    "全县政务服务事项网上可办率达到97.5%，行政许可事项办理3,215件。",
    "全年收到行政复议申请58件，受理52件，审结49件；行政诉讼案件一审应诉41件，行政机关负责人出庭应诉率为100%。",
    "组织行政执法人员培训9期，新增持证执法人员64名，行政处罚案件办理1,087件。",
    "二、存在的问题",
    "一是基层执法力量不足；二是行政执法数字化水平有待提高。",
    "三、下一步工作安排",
    "2025年，澄岭县将继续完善重大行政决策程序，推进严格规范公正文明执法。",
)
# Every suffix the tool is asked to read, and some it is not, to check the refusals too.
FUZZ_SUFFIXES = tuple(dict.fromkeys((*SUPPORTED_SUFFIXES, ".doc", ".wps", ".ofd", ".mhtml", ".jpg", ".zip")))
MB = 1024 * 1024


def report_text() -> str:
    return "\n".join((TITLE, *PARAGRAPHS)) + "\n"


@lru_cache(maxsize=None)
def good_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@lru_cache(maxsize=None)
def good_pdf() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.setFont("STSong-Light", 11)
    y = 800
    for line in (TITLE, *PARAGRAPHS):
        for start in range(0, len(line), 40):
            drawing.drawString(50, y, line[start:start + 40])
            y -= 18
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def good_html(encoding: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (f'<html><head><meta charset="{encoding}"><title>{TITLE}</title></head>'
            f"<body><h1>{TITLE}</h1>{body}</body></html>")
    return page.encode(encoding)


def truncated(data: bytes, fraction: float) -> bytes:
    return data[: max(1, int(len(data) * fraction))]


def bit_flipped(data: bytes, rng: random.Random, flips: int = 8) -> bytes:
    mangled = bytearray(data)
    for _ in range(flips):
        position = rng.randrange(len(mangled))
        mangled[position] ^= 1 << rng.randrange(8)
    return bytes(mangled)


def docx_bomb(inflated_mb: int = 300) -> bytes:
    """A docx whose document.xml inflates to ``inflated_mb`` MB of spaces (about 300 KB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * MB
            for _ in range(inflated_mb):
                member.write(chunk)
    return buffer.getvalue()


def lying_docx_bomb(inflated_mb: int = 150, claimed_bytes: int = 20_000) -> bytes:
    """A zip bomb whose headers claim a small document.xml, so size checks on the
    directory alone pass; only a reader that stops at the claimed size is safe."""
    import struct

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w") as member:
            chunk = b"<w:t>" + b" " * (MB - 12) + b"</w:t>\n"
            for _ in range(inflated_mb):
                member.write(chunk)
    data = bytearray(buffer.getvalue())
    name = b"word/document.xml"
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_offset: start + name_offset + len(name)] == name:
                struct.pack_into("<I", data, start + size_offset, claimed_bytes)
            start += 4
    return bytes(data)


def nested_html(depth: int = 100_000) -> bytes:
    return (b"<html><body>" + b"<div>" * depth + "深层嵌套".encode() + b"</div>" * depth + b"</body></html>")


def big_text(size_mb: int = 50) -> bytes:
    line = (PARAGRAPHS[2] + "\n").encode("utf-8")
    return line * (size_mb * MB // len(line) + 1)


def mixed_encodings() -> bytes:
    """Half the report in UTF-8 and half in GBK, as when two files are pasted together."""
    text = report_text()
    middle = len(text) // 2
    return text[:middle].encode("utf-8") + text[middle:].encode("gbk")


MIXED_ENCODING_CASES = {
    "utf8_then_gbk": mixed_encodings,
    "gbk": lambda: report_text().encode("gbk"),
    "gb18030_with_rare_chars": lambda: (report_text() + "𠀀𪚥\n").encode("gb18030"),
    "utf16_le_bom": lambda: report_text().encode("utf-16"),
    "big5": lambda: report_text().encode("big5", errors="replace"),
    "gbk_html_declared_utf8": lambda: good_html("utf-8").decode("utf-8").encode("gbk"),
    "utf8_with_stray_nul": lambda: report_text().encode("utf-8").replace("。".encode(), b"\x00", 3),
}


def random_case(rng: random.Random) -> tuple[str, bytes]:
    """One mangled file: (suffix, bytes).  Cheap enough to draw thousands."""
    kind = rng.choice(("random", "random", "prefixed", "truncated", "flipped", "flipped", "encoding", "nested"))
    if kind == "random":
        return rng.choice(FUZZ_SUFFIXES), rng.randbytes(rng.randrange(1, 4000))
    if kind == "prefixed":
        prefix = rng.choice((b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>", b"\xef\xbb\xbf"))
        return rng.choice(FUZZ_SUFFIXES), prefix + rng.randbytes(rng.randrange(0, 3000))
    source_suffix, source = rng.choice(((".docx", good_docx), (".pdf", good_pdf), (".html", good_html),
                                        (".txt", lambda: report_text().encode("utf-8"))))
    if kind == "truncated":
        return source_suffix, truncated(source(), rng.random())
    if kind == "flipped":
        return source_suffix, bit_flipped(source(), rng, rng.randrange(1, 40))
    if kind == "encoding":
        return ".txt", rng.choice(list(MIXED_ENCODING_CASES.values()))()
    return ".html", nested_html(rng.randrange(10, 5000))


def classify(report, name: str) -> str:
    """``ok`` (read, no errors), ``clean-error`` (one Chinese message naming the file and saying
    what is wrong with it) or ``bad`` — also when the message is the one the program gives
    for an exception nobody expected (a reader's bug turned into 读取时出错…)."""
    from lawgov_desktop.core.errors import UNEXPECTED_MARK
    from lawgov_desktop.core.types import Report

    if not isinstance(report, Report):
        return "bad"
    if not report.errors:
        return "ok" if report.document is not None else "bad"
    message = report.errors[0]
    names_file = f"《{name}》" in message
    chinese = any("\u4e00" <= char <= "\u9fff" for char in message.replace(name, ""))
    expected = not message.startswith(f"《{name}》{UNEXPECTED_MARK}")
    return "clean-error" if len(report.errors) == 1 and names_file and chinese and expected else "bad"

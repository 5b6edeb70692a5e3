"""Build report files of every format for the reader tests and the benchmark.

The report is invented (青禾县, a county that does not exist) in the style of a
法治政府建设年度报告.  PDFs are written with reportlab's built-in STSong-Light
CID font (no font file needed); a PDF whose text layer has no ToUnicode map and
OFD packages are written by hand.
"""
from __future__ import annotations

import io
import zipfile
from email.mime.multipart import MIMEMultipart
from pathlib import Path

TITLE = "青禾县人民政府关于2023年度法治政府建设情况的报告"
PARAGRAPHS = (
    "2023年，青禾县在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，"
    "扎实推进依法行政，法治政府建设取得新成效。现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）深化“放管服”改革。全县政务服务事项网上可办率达到98.6%，“一件事一次办”事项扩展到56项，"
    "企业开办时间压缩至1个工作日以内。",
    "（二）严格规范公正文明执法。全县行政执法机关共办理行政处罚案件1,236件，行政许可事项4,812件，"
    "组织执法人员培训12期，新增持证执法人员86名。",
    "（三）加强行政复议和应诉工作。全年收到行政复议申请47件，受理42件，审结39件，纠错率为15.4%；"
    "行政诉讼案件一审应诉36件，行政机关负责人出庭应诉率达到100%。",
    "二、存在的不足和原因",
    "一是部分乡镇执法力量仍显薄弱；二是重大行政决策公众参与渠道还需拓宽；三是行政执法数字化水平有待提高。",
    "三、2024年工作打算",
    "下一步，青禾县将持续深化法治政府建设示范创建，完善重大行政决策程序，推进严格规范公正文明执法。",
)
TABLE_ROWS = (("项目", "收案", "办结"), ("行政复议", "47件", "39件"), ("行政诉讼", "36件", "33件"))


def report_paragraphs(target_chars: int = 0) -> list[str]:
    """The report's paragraphs, repeated until they hold ``target_chars`` characters."""
    paragraphs = [TITLE, *PARAGRAPHS]
    while sum(map(len, paragraphs)) < target_chars:
        paragraphs.extend(PARAGRAPHS[2:])
    return paragraphs


def _em(char: str) -> float:
    import unicodedata

    return 1.0 if unicodedata.east_asian_width(char) in "WF" else 0.5


def wrap(paragraph: str, width: float = 28, first_width: float | None = None) -> list[str]:
    """Cut a paragraph into printed lines no wider than ``width`` em (CJK 1 em, ASCII ½),
    as a typesetter fills a page's width; the first line may be narrower (indented)."""
    lines, current, used = [], "", 0.0
    limit = first_width if first_width is not None else width
    for char in paragraph:
        if used + _em(char) > limit:
            lines.append(current)
            current, used, limit = "", 0.0, width
        current += char
        used += _em(char)
    lines.append(current)
    return lines


# ---------------------------------------------------------------- docx

def make_docx(path: Path, paragraphs, table_rows=TABLE_ROWS, header_text: str | None = None,
              title: str | None = TITLE) -> Path:
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    if header_text:
        document.sections[0].header.paragraphs[0].text = header_text
    paragraphs = list(paragraphs)
    for paragraph in paragraphs[:2]:
        document.add_paragraph(paragraph)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    for paragraph in paragraphs[2:]:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def docx_bomb(path: Path, inflated_mb: int = 200) -> Path:
    """A docx-looking zip whose document.xml inflates to ``inflated_mb`` MB of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(inflated_mb):
                member.write(chunk)
    return path


# ---------------------------------------------------------------- pdf

def line_text(line) -> str:
    """A page line is a string, or (text, indent in em) for indented and centred lines."""
    return line[0] if isinstance(line, tuple) else line


def _indent(line) -> float:
    return line[1] if isinstance(line, tuple) else 0.0


def make_pdf(path: Path, pages: list[list], font_size: int = 12) -> Path:
    """A text PDF, one entry per printed line, with the STSong-Light CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    drawing = canvas.Canvas(str(path))
    for lines in pages:
        drawing.setFont("STSong-Light", font_size)
        y = 800
        for line in lines:
            drawing.drawString(60 + _indent(line) * font_size, y, line_text(line))
            y -= font_size * 1.6
        drawing.showPage()
    drawing.save()
    return path


def make_pages(paragraphs, lines_per_page: int = 30, width: int = 28, header: str | None = None,
               page_numbers: bool = True) -> list[list]:
    """Lay paragraphs out as printed pages: a centred title, paragraphs whose first
    line is indented by two characters, an optional running header and “- n -” footers."""
    paragraphs = list(paragraphs)
    lines: list = [(paragraphs[0], (width - len(paragraphs[0])) / 2)]
    for paragraph in paragraphs[1:]:
        first, *rest = wrap(paragraph, width, first_width=width - 2)
        lines.append((first, 2.0))
        lines.extend(rest)
    pages = []
    for start in range(0, len(lines), lines_per_page):
        page = ([(header, (width - len(header)) / 2)] if header else []) + lines[start: start + lines_per_page]
        if page_numbers:
            page.append((f"- {len(pages) + 1} -", width / 2 - 2))
        pages.append(page)
    return pages


def make_scan_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF with drawings but no text layer, like a scanned report."""
    from reportlab.pdfgen import canvas

    drawing = canvas.Canvas(str(path))
    for _ in range(pages):
        drawing.rect(60, 60, 400, 600, fill=1)
        drawing.showPage()
    drawing.save()
    return path


def garbled_pdf_bytes(pages: int = 2, seed: int = 7) -> bytes:
    """A PDF whose Type0 font has Identity-H encoding and no ToUnicode map.

    Text extractors cannot map its glyph ids back to characters: this is the
    text layer of many 公文 PDFs made with non-embedded fonts.
    """
    import random

    rng = random.Random(seed)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] >>")
    objects.append(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>")
    for index in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * index} 0 R >>".encode())
        rows = []
        for line in range(20):
            glyphs = "".join(f"{rng.randint(300, 9000):04X}" for _ in range(28))
            rows.append(f"BT /F1 12 Tf 60 {800 - 20 * line} Td <{glyphs}> Tj ET")
        stream = "\n".join(rows).encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ---------------------------------------------------------------- ofd

_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _ofd_page(lines: list, size: float = 4.2, top: float = 30.0) -> str:
    objects = []
    for index, entry in enumerate(lines):
        line, indent = line_text(entry), _indent(entry)
        y = top + index * size * 1.8
        # Split each line into two TextObjects so the reader must order runs by X.
        half = max(len(line) // 2, 1)
        for part, before in ((line[half:], line[:half]), (line[:half], "")):
            if not part:
                continue
            x = 25.0 + (indent + sum(map(_em, before))) * size
            advances = " ".join(f"{_em(c) * size:.2f}" for c in part[:-1])
            objects.append(
                f'<ofd:TextObject ID="{len(objects) + 10}" Boundary="{x:.2f} {y:.2f} {sum(map(_em, part)) * size:.2f} '
                f'{size * 1.4:.2f}" Font="1" Size="{size}"><ofd:TextCode X="0" Y="{size:.2f}" DeltaX="{advances}">'
                f"{_xml_escape(part)}</ofd:TextCode></ofd:TextObject>"
            )
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {_NS}><ofd:Content><ofd:Layer ID="2">'
            + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>")


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ofd_bytes(pages: list[list], doc_root: str = "Doc_0/Document.xml", title: str = "") -> bytes:
    """An OFD package with one document of the given pages (lines of text)."""
    info = f"<ofd:Title>{title}</ofd:Title><ofd:CreationDate>2024-03-20</ofd:CreationDate>" if title else ""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {_NS} Version="1.0" DocType="OFD">'
                         f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID>{info}</ofd:DocInfo>"
                         f"<ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        page_refs = "".join(f'<ofd:Page ID="{i + 100}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        archive.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {_NS}>'
                         f"<ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                         f"</ofd:CommonData><ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>")
        for index, lines in enumerate(pages):
            archive.writestr(f"Doc_0/Pages/Page_{index}/Content.xml", _ofd_page(lines))
    return buffer.getvalue()


# ---------------------------------------------------------------- html

def gov_page(paragraphs, charset: str = "utf-8") -> str:
    """A saved government article page: nav, 信息公开 table, byline, article, footer."""
    body = "".join(f"<p>　　{p}</p>" for p in paragraphs[1:])
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in TABLE_ROWS)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{paragraphs[0]}_青禾县人民政府</title>
<script>document.write("脚本里的文字不属于正文");</script><style>p {{ text-indent: 2em; }}</style></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/zwfw">政务服务</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<table class="xxgk-table"><tr><td>索 引 号：</td><td>11330000MB0000000X/2024-00012</td><td>主题分类：</td><td>司法</td></tr>
<tr><td>发布机构：</td><td>青禾县人民政府办公室</td><td>成文日期：</td><td>2024-03-20</td></tr>
<tr><td>标　　题：</td><td colspan="3">{paragraphs[0]}</td></tr></table>
<h1 class="title">{paragraphs[0]}</h1>
<div class="info">来源：青禾县司法局　发布时间：2024-03-25 10:20　浏览次数：321　字体：[大 中 小]</div>
<div id="zoom">{body}<table>{rows}</table></div>
<div class="bdshare">分享到：微信 微博</div>
<p>【打印本页】【关闭窗口】</p>
<div class="footer">版权所有：青禾县人民政府　主办：青禾县人民政府办公室</div>
</body></html>"""


def mhtml_bytes(html: str, charset: str = "gb2312", transfer: str = "quoted-printable") -> bytes:
    """The page saved as “网页，单个文件” (.mht): MIME multipart/related."""
    import base64
    import quopri
    from email.mime.nonmultipart import MIMENonMultipart

    raw = html.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset)
    message = MIMEMultipart("related", type="text/html")
    message["Subject"] = "saved page"
    part = MIMENonMultipart("text", "html", charset=charset)
    part["Content-Transfer-Encoding"] = transfer
    part["Content-Location"] = "http://www.qinghe.gov.cn/art/2024/3/25/art_1_1.html"
    encoded = quopri.encodestring(raw) if transfer == "quoted-printable" else base64.encodebytes(raw)
    part.set_payload(encoded.decode("ascii"))
    message.attach(part)
    image = MIMENonMultipart("image", "png")
    image["Content-Transfer-Encoding"] = "base64"
    image.set_payload("iVBORw0KGgo=")
    message.attach(image)
    return message.as_bytes()

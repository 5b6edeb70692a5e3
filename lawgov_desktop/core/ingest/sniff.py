"""Tell what a file really is from its first bytes, not from its name.

Reviewers get files whose extension lies: a .doc saved by WPS that is a docx, a
.pdf that is the HTML error page of a failed download, a .txt that is a PDF.
``sniff`` looks at the leading bytes (and, for zip and OLE containers, at the
member names) and returns one of the kind names below.  The suffix is only used
where the content alone cannot decide (plain text vs. an HTML fragment).
"""
from __future__ import annotations

import io
import re
import zipfile

# Kinds a reader exists for.
PDF, DOCX, OFD, DOC, HTML, MHTML, TEXT = "pdf", "docx", "ofd", "doc", "html", "mhtml", "text"
WORDML = "wordml"
# Kinds that get a message instead.
IMAGE, ARCHIVE, SPREADSHEET, PRESENTATION, RTF, ENCRYPTED_OFFICE, OLE_OTHER = (
    "image", "archive", "spreadsheet", "presentation", "rtf", "encrypted-office", "ole-other",
)
BROKEN_ZIP = "broken-zip"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# (magic prefix, kind).  Checked in order against the first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", IMAGE),
    (b"\x89PNG\r\n\x1a\n", IMAGE),
    (b"GIF87a", IMAGE),
    (b"GIF89a", IMAGE),
    (b"II*\x00", IMAGE),
    (b"MM\x00*", IMAGE),
    (b"Rar!\x1a\x07", ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", ARCHIVE),
    (b"\x1f\x8b\x08", ARCHIVE),
    (b"{\\rtf", RTF),
)

_HTML_START = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|p)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_WORDML = re.compile(rb'<\?mso-application\s+progid="Word\.Document"|<w:wordDocument[\s>]')
_MIME_HEADER = re.compile(rb"^mime-version:\s*1\.0", re.IGNORECASE | re.MULTILINE)
_MULTIPART = re.compile(rb"content-type:\s*multipart/related", re.IGNORECASE)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MHTML_SUFFIXES = (".mhtml", ".mht")


def is_container(head: bytes) -> bool:
    """Whether the kind depends on member names inside a zip or OLE container."""
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06", _OLE_MAGIC)) and b"%PDF-" not in head[:1024]


def sniff(head: bytes, suffix: str, data_for_containers: bytes | None = None) -> str:
    """Kind of a file from its first bytes (``head``, a few KB) and its lowercase suffix.

    ``data_for_containers`` is the whole file; it is only looked at when ``head``
    shows a zip or OLE container, whose member names decide the kind.
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data_for_containers if data_for_containers is not None else head)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(data_for_containers if data_for_containers is not None else head)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return IMAGE
    if head.startswith(b"BM") and suffix == ".bmp":
        return IMAGE
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _MIME_HEADER.search(head[:4096]) and _MULTIPART.search(head[:8192]):
        return MHTML
    if _WORDML.search(head[:4096]):
        return WORDML
    if _HTML_START.match(stripped[:4096]) or _HTML_START.match(_utf16_head(head)):
        return HTML
    if suffix in HTML_SUFFIXES:
        return HTML
    return TEXT


def _utf16_head(head: bytes) -> bytes:
    """The start of a UTF-16 file (with BOM) as UTF-8, so the HTML test can see it."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[:4096].decode("utf-16", errors="ignore").lstrip("\ufeff \t\r\n").encode("utf-8")
    return b""


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lower() for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return BROKEN_ZIP
    # A package missing its main part is still that format, only damaged:
    # the reader then says what is missing instead of "这是压缩包".
    if "word/document.xml" in names or any(name.startswith("word/") for name in names):
        return DOCX
    if "ofd.xml" in names or any(name.startswith("doc_0/") for name in names):
        return OFD
    if any(name.startswith("xl/") for name in names):
        return SPREADSHEET
    if any(name.startswith("ppt/") for name in names):
        return PRESENTATION
    return ARCHIVE


def _ole_kind(data: bytes) -> str:
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception:  # olefile raises plain Exception subclasses on junk  # noqa: BLE001
        return OLE_OTHER
    try:
        streams = {"/".join(entry).lower() for entry in ole.listdir()}
    except Exception:  # noqa: BLE001 - a corrupt directory is just "unknown OLE"
        return OLE_OTHER
    finally:
        ole.close()
    if "encryptedpackage" in streams:
        return ENCRYPTED_OFFICE
    if "worddocument" in streams:
        return DOC
    if "workbook" in streams or "book" in streams:
        return SPREADSHEET
    if "powerpoint document" in streams:
        return PRESENTATION
    return OLE_OTHER

"""Old Word (.doc) and Kingsoft WPS (.wps) reports: the text of the piece table.

Both are the Word 97–2003 binary format inside an OLE compound file ([MS-DOC]).
No maintained pure-Python reader exists, so this is the small one the format
allows: olefile opens the container; the FIB at the start of the WordDocument
stream says which table stream holds the CLX (0Table or 1Table) and where; the
CLX's piece table maps character positions to byte runs that are either
8-bit (“compressed”, cp1252 with a few remapped bytes) or UTF-16LE.  The main
document is the first ``ccpText`` characters.  Field instructions
(``\\x13 … \\x14``) are dropped and their results kept; cell and row marks
become tabs and line breaks.

Anything this cannot read (Word 6/95, encrypted, damaged) gets the message
asking for 另存为 .docx — never a guess.

Work is bounded by the file's size: in a genuine file the pieces are disjoint runs
of the WordDocument stream, so together they cannot hold more bytes than the
stream.  A piece table that points at the same run again and again (a 400 KB
file that would read as 256 million characters) is cut there, with a warning.
"""
from __future__ import annotations

import re
import struct
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from .caps import cut_warning
from .textcheck import looks_binary

OLD_FORMAT = "是旧版 Word/WPS 格式，暂时无法读取，请用 Word 或 WPS 另存为 .docx 后再导入"
_ENCRYPTED = "设置了打开密码，请提供未加密的文件"

_FIB_IDENT = 0xA5EC
_MIN_NFIB = 0x00C1  # Word 97; earlier versions have another layout
_FLAG_ENCRYPTED = 0x0100
_FLAG_TABLE1 = 0x0200
_CCP_TEXT_OFFSET = 0x004C
_FC_CLX_OFFSET = 0x01A2
_MAX_PIECES = 100_000

# [MS-DOC] 2.4.1: bytes of compressed pieces that are not their cp1252 meaning.
_COMPRESSED_EXCEPTIONS = {
    0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
    0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152", 0x91: "\u2018",
    0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153", 0x9F: "\u0178",
}
_FIELD_WITH_RESULT = re.compile(r"\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15")
_MARK_RUN = re.compile(r"\x07{2,}")
_FIELD_NO_RESULT = re.compile(r"\x13[^\x13\x14\x15]*\x15")
# Control characters of the format and what the reviewer sees for them.
_CONTROL_MAP = str.maketrans({
    "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x07": "\t", "\x1e": "-", "\x1f": None,
    "\x01": None, "\x02": None, "\x05": None, "\x08": None, "\x15": None, "\x13": None, "\x14": None,
    "\x00": None,
})


class _Unreadable(Exception):
    """The file is not a Word 97+ document this reader understands."""


class _Encrypted(Exception):
    """The document is password-protected."""


def _decode_compressed(raw: bytes) -> str:
    return "".join(_COMPRESSED_EXCEPTIONS.get(b) or chr(b) for b in raw)


def _piece_text(word: bytes, table: bytes, fc_clx: int, lcb_clx: int, ccp_text: int) -> tuple[str, bool]:
    """(main text, whether pieces were left out because they repeat bytes already read)."""
    clx = table[fc_clx: fc_clx + lcb_clx]
    if len(clx) != lcb_clx or lcb_clx == 0:
        raise _Unreadable("CLX outside the table stream")
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers, skipped
        (size,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + max(size, 0)
    if pos >= len(clx) or clx[pos] != 0x02:
        raise _Unreadable("no Pcdt in CLX")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5: pos + 5 + lcb]
    if len(plc) != lcb or (lcb - 4) % 12:
        raise _Unreadable("PlcPcd size")
    count = (lcb - 4) // 12
    if count > _MAX_PIECES:
        raise _Unreadable("too many pieces")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    parts: list[str] = []
    total = 0
    budget = len(word)  # bytes of the stream the pieces may cover between them
    cut = False
    for index in range(count):
        start, end = cps[index], cps[index + 1]
        if end <= start:
            continue
        (fc_value,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * index + 2)
        length = min(end - start, max(ccp_text - total, 0))
        if length == 0:
            break
        compressed = bool(fc_value & 0x40000000)
        byte_length = length if compressed else 2 * length
        if byte_length > budget:
            cut = True
            break
        budget -= byte_length
        if compressed:
            offset = (fc_value & 0x3FFFFFFF) // 2
            raw = word[offset: offset + length]
            text = _decode_compressed(raw)
        else:
            offset = fc_value & 0x3FFFFFFF
            raw = word[offset: offset + 2 * length]
            text = raw.decode("utf-16-le", errors="replace")
        if len(text) != length:
            raise _Unreadable("piece outside the WordDocument stream")
        parts.append(text)
        total += length
    return "".join(parts), cut


_MAX_FIELD_NESTING = 16  # each level costs a pass over the text; real documents nest two or three


def _clean(text: str) -> str:
    # Fields nest; strip the innermost first until none is left (the markers of a
    # pathological nesting deeper than this are dropped below, keeping its words).
    previous = None
    for _level in range(_MAX_FIELD_NESTING):
        if previous == text:
            break
        previous = text
        text = _FIELD_NO_RESULT.sub("", _FIELD_WITH_RESULT.sub(r"\1", text))
    # A row ends with an extra cell mark: in a run of n marks the last one is the row's.
    text = _MARK_RUN.sub(lambda m: "\t" * (len(m.group()) - 1) + "\n", text)
    text = text.translate(_CONTROL_MAP)
    lines = [line.strip("\t ") for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def extract_text(data: bytes) -> tuple[str, bool]:
    """(main-document text of a Word 97+ binary file, whether repeated pieces were cut);
    raises _Unreadable otherwise."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception as exc:  # olefile raises bare Exception subclasses  # noqa: BLE001
        raise _Unreadable(repr(exc)) from exc
    try:
        word = ole.openstream("WordDocument").read()
        if len(word) < _FC_CLX_OFFSET + 8:
            raise _Unreadable("FIB too short")
        ident, nfib = struct.unpack_from("<HH", word, 0)
        (flags,) = struct.unpack_from("<H", word, 0x0A)
        if ident != _FIB_IDENT or nfib < _MIN_NFIB:
            raise _Unreadable(f"wIdent {ident:#x}, nFib {nfib:#x}")
        if flags & _FLAG_ENCRYPTED:
            raise _Encrypted("fEncrypted set in the FIB")
        table_name = "1Table" if flags & _FLAG_TABLE1 else "0Table"
        if not ole.exists(table_name):
            raise _Unreadable(f"no {table_name} stream")
        table = ole.openstream(table_name).read()
        (ccp_text,) = struct.unpack_from("<i", word, _CCP_TEXT_OFFSET)
        fc_clx, lcb_clx = struct.unpack_from("<II", word, _FC_CLX_OFFSET)
        text, cut = _piece_text(word, table, fc_clx, lcb_clx, max(ccp_text, 0))
        return _clean(text), cut
    except (OSError, struct.error, ValueError) as exc:
        raise _Unreadable(repr(exc)) from exc
    finally:
        ole.close()


def read_doc(path: Path, data: bytes) -> Document:
    try:
        text, cut = extract_text(data)
    except _Encrypted as exc:
        raise ReportReadError(path, _ENCRYPTED, repr(exc)) from exc
    except _Unreadable as exc:
        raise ReportReadError(path, OLD_FORMAT, str(exc)) from exc
    if not text.strip() or looks_binary(text):
        raise ReportReadError(path, OLD_FORMAT, "piece table gave no readable text")
    fmt = "wps" if path.suffix.lower() == ".wps" else "doc"
    warnings = (cut_warning(path, "内部结构异常（同一段文字被反复引用）", len(text)),) if cut else ()
    return Document(path=str(path), text=text, format=fmt, warnings=warnings)

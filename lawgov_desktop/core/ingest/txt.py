"""Plain-text reports: decode by BOM, strict UTF-8, strict GB18030, then a detector."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from .textcheck import looks_binary

_BOMS = (
    # The UTF-8 BOM is kept as U+FEFF at offset 0 so offsets match the file as
    # Python reads it with encoding="utf-8"; it is invisible to the reviewer.
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Encodings found by a BOM or a strict decode; anything else is the detector's guess.
_CERTAIN = frozenset(("utf-8", "utf-16", "utf-32", "gb18030"))


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding).  Raises ValueError when nothing decodes as text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("no text encoding fits")
    return str(best), best.encoding


def read_txt(path: Path, data: bytes) -> Document:
    try:
        text, encoding = decode_text(data)
    except ValueError as exc:
        raise ReportReadError(path, "不是可识别的文本文件（编码无法识别）", repr(exc)) from exc
    if looks_binary(text):
        raise ReportReadError(path, "不是可识别的文本文件（内容像是二进制数据或已损坏）", f"decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings: tuple[str, ...] = ()
    if encoding not in _CERTAIN:
        # The detector guessed: the reviewer should look at the text before trusting it.
        warnings = (f"《{path.name}》的编码无法确定，已按 {encoding} 读取，请核对文字是否正常",)
    return Document(path=str(path), text=text, format="txt", encoding=encoding, warnings=warnings)

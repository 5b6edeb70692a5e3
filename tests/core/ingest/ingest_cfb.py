"""Write minimal Word 97 binary files (.doc) for the tests: an OLE compound file
with a WordDocument stream (FIB + text) and a table stream (CLX piece table).

olefile only reads, so the container is written here following [MS-CFB]:
version 3, 512-byte sectors, one FAT sector, one directory sector, and every
stream padded to at least 4096 bytes so it lives in regular sectors (no
mini stream needed).
"""
from __future__ import annotations

import struct

SECTOR = 512
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_MIN_STREAM = 4096
_TEXT_OFFSET = 0x800


def _pad(data: bytes, size: int) -> bytes:
    return data + b"\0" * (size - len(data)) if len(data) < size else data


def _dir_entry(name: str, kind: int, start: int, size: int, child: int = NOSTREAM, right: int = NOSTREAM) -> bytes:
    encoded = name.encode("utf-16-le") + b"\0\0" if name else b""
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 64, len(encoded), kind, 1)
    struct.pack_into("<III", entry, 68, NOSTREAM, right, child)
    struct.pack_into("<IQ", entry, 116, start, size)
    return bytes(entry)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE file holding ``streams`` (at most 3, each padded to 4096+ bytes, up to ~7 MB in all)."""
    assert len(streams) <= 3
    bodies = [(name, _pad(data, _MIN_STREAM)) for name, data in streams.items()]
    counts = [-(-len(body) // SECTOR) for _, body in bodies]
    per_fat = SECTOR // 4
    fat_sectors = 1
    while fat_sectors * per_fat < fat_sectors + 1 + sum(counts):
        fat_sectors += 1
    assert fat_sectors <= 109, "more FAT sectors than the header's DIFAT holds"
    directory = fat_sectors
    fat = [FATSECT] * fat_sectors + [ENDOFCHAIN]
    starts = []
    for count in counts:
        start = len(fat)
        starts.append(start)
        fat.extend(range(start + 1, start + count))
        fat.append(ENDOFCHAIN)
    fat.extend([FREESECT] * (fat_sectors * per_fat - len(fat)))

    entries = [_dir_entry("Root Entry", 5, ENDOFCHAIN, 0, child=1 if bodies else NOSTREAM)]
    for index, ((name, body), start) in enumerate(zip(bodies, starts)):
        right = index + 2 if index + 1 < len(bodies) else NOSTREAM
        entries.append(_dir_entry(name, 2, start, len(body), right=right))
    while len(entries) < 4:
        entries.append(_dir_entry("", 0, 0, 0))

    header = bytearray(SECTOR)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 40, 0, fat_sectors, directory, 0)
    struct.pack_into("<IIIII", header, 56, 0x1000, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 76, *difat)

    out = bytearray(header)
    out += struct.pack(f"<{len(fat)}I", *fat)
    out += b"".join(entries)
    for _, body in bodies:
        out += _pad(body, -(-len(body) // SECTOR) * SECTOR)
    return bytes(out)


def word97(pieces: list[tuple[str, bool]], table_name: str = "1Table", nfib: int = 0x00C1,
           encrypted: bool = False) -> bytes:
    """A .doc whose main text is the pieces joined; each piece is (text, compressed).

    Compressed pieces are stored as 8-bit cp1252 bytes, the others as UTF-16LE,
    exactly as Word writes them.  Use “\\r” for paragraph ends, “\\x07” for cell marks.
    """
    text_bytes = bytearray()
    pcds = bytearray()
    cps = [0]
    for text, compressed in pieces:
        offset = _TEXT_OFFSET + len(text_bytes)
        if compressed:
            text_bytes += text.encode("cp1252")
            fc = (offset * 2) | 0x40000000
        else:
            text_bytes += text.encode("utf-16-le")
            fc = offset
        pcds += struct.pack("<HIH", 0, fc, 0)
        cps.append(cps[-1] + len(text))
    plc = struct.pack(f"<{len(cps)}I", *cps) + bytes(pcds)
    clx = b"\x01" + struct.pack("<h", 2) + b"\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc

    word = bytearray(_TEXT_OFFSET)
    flags = (0x0200 if table_name == "1Table" else 0) | (0x0100 if encrypted else 0)
    struct.pack_into("<HH", word, 0, 0xA5EC, nfib)
    struct.pack_into("<H", word, 0x0A, flags)
    struct.pack_into("<i", word, 0x4C, cps[-1])
    struct.pack_into("<II", word, 0x1A2, 0, len(clx))
    word += text_bytes
    return compound_file({"WordDocument": bytes(word), table_name: clx})


def repeated_piece_doc(run: str, pieces: int) -> bytes:
    """A .doc whose piece table points ``pieces`` times at the same ``run`` of text (UTF-16):
    a small file whose text, read naively, is ``pieces × len(run)`` characters."""
    offset = _TEXT_OFFSET
    cps = [index * len(run) for index in range(pieces + 1)]
    pcd = struct.pack("<HIH", 0, offset, 0)
    plc = struct.pack(f"<{len(cps)}I", *cps) + pcd * pieces
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    word = bytearray(_TEXT_OFFSET)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200)
    struct.pack_into("<i", word, 0x4C, cps[-1])
    struct.pack_into("<II", word, 0x1A2, 0, len(clx))
    word += run.encode("utf-16-le")
    return compound_file({"WordDocument": bytes(word), "1Table": clx})

"""Whatever bytes arrive under whatever suffix, read_document returns a Document
or raises ReportReadError saying what is wrong with the file — nothing else, never a
traceback for the reviewer, and never the message for an exception nobody expected
(read_document turns every exception into one, so accepting any message would let a
reader that crashes pass; tests/robustness/test_harness_can_fail.py shows it does not)."""
from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ingest_factories as make
from lawgov_desktop.core.errors import UNEXPECTED_MARK, ReportReadError
from lawgov_desktop.core.ingest import SUPPORTED_SUFFIXES, read_document
from lawgov_desktop.core.types import Document

SUFFIXES = (*SUPPORTED_SUFFIXES, ".jpg", ".zip", ".xlsx", ".rtf", "", ".bin")
# Container openings, so random tails reach the zip, OLE, PDF and MIME code paths.
PREFIXES = (
    b"",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"%PDF-1.4\n",
    b"<html><body>",
    b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n",
    b'<?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">',
    b"\xef\xbb\xbf",
    b"\xff\xfe",
)


def _small_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _check(tmp_path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        result = read_document(path)
    except ReportReadError as error:
        assert error.message.startswith(f"《{name}》")
        assert not error.message.startswith(f"《{name}》{UNEXPECTED_MARK}"), f"a reader crashed: {error.detail}"
    else:
        assert isinstance(result, Document)


fuzz_settings = settings(max_examples=150, deadline=None,
                         suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@fuzz_settings
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_under_every_suffix(tmp_path, prefix, body, suffix):
    _check(tmp_path, f"随机{suffix}", prefix + body)


@fuzz_settings
@given(part=st.sampled_from(["word/document.xml", "OFD.xml", "Doc_0/Document.xml"]), body=st.binary(max_size=2000),
       suffix=st.sampled_from((".docx", ".ofd", ".doc")))
def test_random_parts_inside_valid_zips(tmp_path, part, body, suffix):
    members = {part: body}
    if part != "OFD.xml":
        members["OFD.xml"] = b"<ofd:OFD xmlns:ofd='x'><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    _check(tmp_path, f"随机{suffix}", _small_zip(members))


GOOD_FILES = {}


def _good(kind: str, tmp_path) -> bytes:
    if kind not in GOOD_FILES:
        paragraphs = make.report_paragraphs()
        if kind == ".docx":
            GOOD_FILES[kind] = make.make_docx(tmp_path / "g.docx", paragraphs).read_bytes()
        elif kind == ".pdf":
            GOOD_FILES[kind] = make.make_pdf(tmp_path / "g.pdf", make.make_pages(paragraphs)).read_bytes()
        else:
            GOOD_FILES[kind] = make.ofd_bytes(make.make_pages(paragraphs))
    return GOOD_FILES[kind]


@fuzz_settings
@given(kind=st.sampled_from((".docx", ".pdf", ".ofd")), cut=st.floats(0.0, 1.0),
       flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(1, 255)), max_size=8))
def test_cut_and_bit_flipped_documents(tmp_path, kind, cut, flips):
    data = bytearray(_good(kind, tmp_path))
    for position, mask in flips:
        data[int(position * (len(data) - 1))] ^= mask
    _check(tmp_path, f"损坏{kind}", bytes(data[: max(1, int(len(data) * cut))]))

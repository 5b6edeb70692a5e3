"""Every reader stops at its cap and says so: the text of a report is cut with a warning
naming the file, never silently.  The caps are lowered here so that small files reach them;
each row is paired with a file just under the cap, which gets no warning."""
from __future__ import annotations

import pytest

import ingest_factories as make
from lawgov_desktop.core import ingest
from lawgov_desktop.core.ingest import html, ofd, read_document

LINE = "青禾县全年办理行政复议案件47件。\n"


def _text_file(folder, lines):
    path = folder / "报告.txt"
    path.write_text(LINE * lines, encoding="utf-8")
    return path


def _html_file(folder, paragraphs):
    path = folder / "报告.html"
    path.write_text("<html><body>" + "".join(f"<p>{LINE}</p>" for _ in range(paragraphs)) + "</body></html>",
                    encoding="utf-8")
    return path


def _ofd_file(folder, pages):
    path = folder / "报告.ofd"
    path.write_bytes(make.ofd_bytes([[LINE.strip()] * 10 for _ in range(pages)]))
    return path


# (cap to lower, its value here, make a file over the cap, make one under it, words of the warning)
CAPS = [
    pytest.param(ingest, "MAX_TEXT_CHARS", 1000, lambda d: _text_file(d, 200), lambda d: _text_file(d, 20),
                 "的文字超过读取上限，只读取了前", id="text of any format"),
    pytest.param(html, "MAX_HTML_ELEMENTS", 100, lambda d: _html_file(d, 200), lambda d: _html_file(d, 20),
                 "的网页元素超过 100 个，后面部分未读取", id="elements of a web page"),
    pytest.param(ofd, "MAX_LAYOUT_RUNS", 50, lambda d: _ofd_file(d, 10), lambda d: _ofd_file(d, 2),
                 "的文字超过读取上限，只读取了前", id="text runs of an OFD"),
]


@pytest.mark.parametrize("module, name, value, over, under, words", CAPS)
def test_a_cut_text_carries_a_warning(tmp_path, monkeypatch, module, name, value, over, under, words):
    monkeypatch.setattr(module, name, value)
    document = read_document(over(tmp_path))
    assert any(warning.startswith("《报告.") and words in warning for warning in document.warnings), document.warnings
    assert "青禾县" in document.text
    assert not read_document(under(tmp_path)).warnings

"""Find the article in a saved government page and render it as plain text.

The main container is found by the ids and classes government CMSs use
(TRS_Editor, zoom, UCAP-CONTENT …) and, failing that, by text density: every
element holding a run of its own text of some length scores for its parent
and grandparent, and the best-scoring element wins (the idea of Arc90's
Readability, much reduced).  Rendering walks the tree without recursion so a
page nested ten thousand levels deep cannot overflow the stack.
"""
from __future__ import annotations

import re

from .table_heading import MAX_HEADING_ROWS, heading_depth, joined_heading

_BLOCK = frozenset(
    "p div section article main aside h1 h2 h3 h4 h5 h6 ul ol li table thead tbody tfoot tr caption "
    "blockquote pre center form dl dt dd header footer address hr figure figcaption body html".split()
)
_CELL = frozenset(("td", "th"))
_SKIP = frozenset(
    "script style noscript iframe object embed select option button input textarea nav svg canvas "
    "map template head link meta".split()
)
# ids/classes of page furniture never part of an article.
_FURNITURE = re.compile(
    r"share|bdshare|print|font-?size|fontsize|toolbar|breadcrumb|crumb|nav|menu|footer|copyright|"
    r"erweima|qrcode|sidebar|comment|xgwz|related",
    re.IGNORECASE,
)
# Containers of the article body on common CMSs, most specific first.
_CONTENT_MARKERS = (
    "trs_editor", "ucap-content", "zoom", "fontzoom", "article-content", "articlecontent", "art_con",
    "pages_content", "xxgk_content", "zwgk_content", "newscontent", "textcontent", "detail",
    "article", "content", "con", "main",
)
_MIN_OWN_TEXT = 20  # a run of text shorter than this is a link, a label, a button
_MIN_ARTICLE = 100  # a marked container with less text is not the article
# Short lines of page furniture that survive inside content containers.
_JUNK_LINE = re.compile(
    r"字\s*[体号]\s*[:：]?\s*[【\[]?\s*[大小]\s*[中]?|[【\[]?\s*(?:打印|关闭|收藏)(?:本页|此页|窗口)?\s*[】\]]|"
    r"^打印本页|^关闭窗口|分享到|扫一扫|返回顶部|我要纠错|视力保护色|^上一篇|^下一篇|^(?:浏览|访问|阅读)(?:次数|量)",
)
_MAX_JUNK_LINE = 40
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r]*\n[ \t\r\n]*(?=[\u3000-\u9fff\uff00-\uffef])")
_SENTENCE_MARK = re.compile(r"[，。；！？]|[,.;] ")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def _classes(element) -> str:
    return f"{element.get('id') or ''} {element.get('class') or ''}".lower()


def _is_skipped(element) -> bool:
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return True
    return tag.lower() in _SKIP or bool(_FURNITURE.search(_classes(element)))


def _own_text(element) -> str:
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return "".join(parts)


def _visible_len(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def find_main(root):
    """The element holding the article: a known container, else the densest one."""
    dense = _densest(root)
    dense_len = _visible_len(render(dense)) if dense is not None else 0
    markers = {marker: index for index, marker in enumerate(_CONTENT_MARKERS)}
    best = None
    for element in root.iter():
        if not isinstance(element.tag, str) or _is_skipped(element):
            continue
        tokens = set(_classes(element).split())
        ranks = [markers[t] for t in tokens if t in markers]
        if ranks and (best is None or min(ranks) < best[0]):
            best = (min(ranks), element)
    if best is not None:
        marked_len = _visible_len(render(best[1]))
        # A marker on a wrapper or an empty widget loses to the densest block.
        # A marker on a page-wide wrapper (with sidebars and lists) loses too.
        if marked_len >= _MIN_ARTICLE and 0.4 * dense_len <= marked_len <= max(3 * dense_len, _MIN_ARTICLE):
            return best[1]
    return dense if dense is not None else root


def _densest(root):
    scores: dict = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.lower() in _SKIP or element.tag.lower() == "a":
            continue
        own = _own_text(element)
        length = _visible_len(own)
        # Prose has sentence punctuation; menus, bylines and footers do not.
        if length < _MIN_OWN_TEXT or not _SENTENCE_MARK.search(own):
            continue
        parent = element.getparent()
        for weight, target in ((1.0, element), (1.0, parent), (0.5, parent.getparent() if parent is not None else None)):
            if target is not None:
                scores[target] = scores.get(target, 0.0) + weight * length
    if not scores:
        return None
    return max(scores, key=scores.get)


def render(element) -> str:
    """Readable text of ``element``: blocks on their own lines, table cells tab-separated."""
    out: list[str] = []
    stack: list[tuple[str, object]] = [("open", element)]
    while stack:
        action, item = stack.pop()
        if action == "text":
            out.append(_clean_inline(item))
            continue
        if action == "close":
            tag = item.tag.lower()
            if tag in _CELL:
                out.append("\t")
            elif tag in _BLOCK:
                out.append("\n")
            continue
        if item is not element and _is_skipped(item):
            if item.tail:
                stack.append(("text", item.tail))
            continue
        tag = item.tag.lower()
        if tag == "br" or tag in _BLOCK:
            out.append("\n")
        if item is not element and item.tail:
            stack.append(("text", item.tail))
        if tag == "table":
            heading = _joined_heading(item)
            if heading is not None:
                # 行政复议 spanning 收案 and 办结: one heading row, its cells named by both levels.
                depth, line = heading
                out.append(line)
                stack.append(("close", item))
                for row in reversed(_rows(item)[depth:]):
                    stack.append(("open", row))
                continue
        stack.append(("close", item))
        for child in reversed(item):
            stack.append(("open", child))
        if item.text:
            stack.append(("text", item.text))
    return "".join(out)


_MAX_SPAN = 50  # a colspan or rowspan beyond this is a broken page, read as 1


def _rows(table) -> list:
    """The rows of ``table`` (in its thead, tbody and tfoot too), none of a nested table."""
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if isinstance(row.tag, str) and row.tag.lower() == "tr")
    return rows


def _cells(row) -> list:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in _CELL]


def _span(cell, name: str) -> int:
    try:
        return min(max(int((cell.get(name) or "1").strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _cell_text(cell) -> str:
    return " ".join(render(cell).split())


def _grid(table, depth: int) -> list[list[str]]:
    """The texts of the top ``depth`` rows of ``table`` per grid column, each colspan and rowspan laid
    out (a merged cell's text in every column and row it spans)."""
    grid: list[dict[int, str]] = [{} for _ in range(depth)]
    for level, row in enumerate(_rows(table)[:depth]):
        column = 0
        for cell in _cells(row):
            while column in grid[level]:
                column += 1  # under a cell spanning down from a row above
            text = _cell_text(cell)
            for down in range(min(_span(cell, "rowspan"), depth - level)):
                for across in range(_span(cell, "colspan")):
                    grid[level + down][column + across] = text
            column += _span(cell, "colspan")
    width = max((max(level) + 1 for level in grid if level), default=0)
    return [[level.get(column, "") for column in range(width)] for level in grid]


def _joined_heading(table) -> tuple[int, str] | None:
    """How many rows head ``table``'s columns (``table_heading.heading_depth``) and those rows as one row,
    after the lines of its title rows; None for a table with one heading row or none, or a nested table."""
    if any(True for inner in table.iter("table") if inner is not table):
        return None
    top = _grid(table, MAX_HEADING_ROWS + 1)
    depth = heading_depth(top)
    if not depth:
        return None
    titles, names = joined_heading(top[:depth])
    return depth, "".join(f"{title}\n" for title in titles) + "\t".join(names) + "\t\n"


def _clean_inline(text: str) -> str:
    return _SPACES.sub(" ", _CJK_BREAK.sub("", text.replace("\u00a0", " ")))


def text_lines(rendered: str) -> list[str]:
    """Non-empty, trimmed lines without page furniture."""
    lines = []
    for raw in rendered.split("\n"):
        cells = [cell.strip(" \u00a0\u3000") for cell in raw.split("\t")]
        line = "\t".join(cell for cell in cells if cell)
        if not line:
            continue
        if len(line) <= _MAX_JUNK_LINE and _JUNK_LINE.search(line):
            continue
        lines.append(line)
    return lines

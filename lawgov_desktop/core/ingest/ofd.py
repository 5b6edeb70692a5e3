"""OFD reports (GB/T 33190 版式文档): a zip of XML, read with zipfile + ElementTree.

``OFD.xml`` names each document's root (``DocBody/DocRoot``); its
``Document.xml`` lists the pages (``Pages/Page@BaseLoc``) and the template pages
they draw on.  Every ``TextObject`` carries a ``Boundary`` (its box on the page,
in mm) and ``TextCode`` runs positioned inside it; the text of a page is
rebuilt by grouping runs into lines by baseline Y and ordering each line by X.
Paths in the package may be absolute (“/Doc_0/Document.xml”) or relative to the
file naming them, and writers differ in letter case (TPLS/TPL_0), so members
are looked up case-insensitively.

Work is bounded by the package's content: a page whose content another page already
used is not read again (a 40 KB file whose thousands of pages share one stream), a
template's runs are worked out once however many pages draw on it, and the runs and
characters of the whole document are capped (``caps``); a cut text carries a warning.
"""
from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from .caps import MAX_LAYOUT_RUNS, MAX_TEXT_CHARS, cut_warning
from .layout import Line, paged_document
from .properties import header_from_properties
from .pdf import GARBLED, NO_TEXT
from .zipguard import open_checked, read_member

_WHAT = "OFD 文件"
MAX_PAGES = 3000
_LINE_TOLERANCE = 0.5  # runs whose baselines differ by less than this share of the font size share a line
_GAP = 1.5  # a horizontal gap wider than this many font sizes separates two runs with a space


class _Package:
    """Members of the OFD zip, addressed by OFD path rules."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.archive = open_checked(path, data, _WHAT)
        self.names = {name.lower(): name for name in self.archive.namelist()}

    def member(self, location: str, base: str = "") -> str:
        """The member name ``location`` points at (absolute, or relative to the folder ``base``)."""
        location = location.strip().replace("\\", "/")
        full = location.lstrip("/") if location.startswith("/") else posixpath.join(base, location)
        name = self.names.get(posixpath.normpath(full).lower())
        if name is None:
            raise ReportReadError(self.path, f"不是完整的 {_WHAT}（缺少 {full}），请重新获取原文件")
        return name

    def xml(self, location: str, base: str = ""):
        """(root element, folder) of the member at ``location``."""
        name = self.member(location, base)
        data = read_member(self.path, self.archive, name, _WHAT)
        if b"<!DOCTYPE" in data[:4096].upper():
            # OFD never uses a DTD; one here can only be an entity attack.
            raise ReportReadError(self.path, f"内容异常，不像正常的 {_WHAT}，已跳过", f"DOCTYPE in {name}")
        try:
            return ET.fromstring(data), posixpath.dirname(name)
        except ET.ParseError as exc:
            raise ReportReadError(self.path, f"已损坏或不完整，无法按 {_WHAT}打开，请重新获取原文件", f"{name}: {exc}") from exc


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _namespace(element) -> str:
    return element.tag[1:].split("}", 1)[0] if element.tag.startswith("{") else ""


def _children(element, name: str):
    return [child for child in element.iter() if _local(child.tag) == name]


def _floats(value: str | None) -> list[float]:
    try:
        return [float(part) for part in (value or "").split()]
    except ValueError:
        return []


def _advance(delta: str | None, count: int, size: float) -> float:
    """Width of ``count`` characters from a DeltaX list (“g 4 2.1” repeats 2.1 four times)."""
    tokens = (delta or "").split()
    steps: list[float] = []
    index = 0
    try:
        while index < len(tokens) and len(steps) < count:
            if tokens[index] == "g":
                steps.extend([float(tokens[index + 2])] * int(tokens[index + 1]))
                index += 3
            else:
                steps.append(float(tokens[index]))
                index += 1
    except (ValueError, IndexError):
        steps = []
    steps = steps[: max(count - 1, 0)]
    return sum(steps) + size * (count - len(steps))


def _runs(page_root) -> list[tuple[float, float, float, float, str]]:
    """(baseline y, x, end x, font size, text) of every TextCode on a page, in mm."""
    runs = []
    for obj in _children(page_root, "TextObject"):
        box = _floats(obj.get("Boundary"))
        if len(box) < 2:
            continue
        size = (_floats(obj.get("Size")) or [3.5])[0]
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(d) or 1.0
        x = y = 0.0
        for code in obj:
            if _local(code.tag) != "TextCode" or not code.text:
                continue
            x = (_floats(code.get("X")) or [x])[0]
            y = (_floats(code.get("Y")) or [y])[0]
            width = _advance(code.get("DeltaX"), len(code.text), size)
            page_x = box[0] + a * x + c * y + e
            page_y = box[1] + b * x + d * y + f
            runs.append((page_y, page_x, page_x + abs(a or 1.0) * width, size * scale, code.text))
            x += width
    return runs


def _lines(runs) -> list[Line]:
    rows: list[list[tuple]] = []
    for run in sorted(runs, key=lambda r: (r[0], r[1])):
        if rows and abs(run[0] - rows[-1][0][0]) <= _LINE_TOLERANCE * max(run[3], rows[-1][0][3]):
            rows[-1].append(run)
        else:
            rows.append([run])
    out = []
    for row in rows:
        parts: list[str] = []
        end = None
        ordered = sorted(row, key=lambda r: r[1])
        for _, start, stop, size, text in ordered:
            if end is not None and start - end > _GAP * size:
                parts.append(" ")
            parts.append(text)
            end = stop
        text = "".join(parts).strip()
        if text:
            out.append(Line(text, ordered[0][1], max(r[2] for r in ordered)))
    return out


class _Budget:
    """Runs and characters still allowed for the whole document."""

    def __init__(self) -> None:
        self.runs = MAX_LAYOUT_RUNS
        self.chars = MAX_TEXT_CHARS
        self.cut = ""  # why the text was cut, for the warning

    def take(self, runs: list) -> list:
        kept = []
        for run in runs:
            if self.runs <= 0 or self.chars < len(run[4]):
                self.cut = self.cut or "的文字超过读取上限"
                break
            self.runs -= 1
            self.chars -= len(run[4])
            kept.append(run)
        return kept


def _document_pages(package: _Package, doc_root: str, budget: _Budget) -> list[list[Line]]:
    document, base = package.xml(doc_root)
    templates = {}
    for template in _children(document, "TemplatePage"):
        if template.get("BaseLoc"):
            templates[template.get("ID")] = template.get("BaseLoc")
    pages = _children(document, "Page")
    if len(pages) > MAX_PAGES:
        raise ReportReadError(package.path, f"有 {len(pages)} 页，不像是一份报告，已跳过")
    out = []
    read_contents: set[str] = set()
    template_runs: dict[str, list] = {}
    for page in pages:
        if not page.get("BaseLoc") or budget.cut:
            continue
        member = package.member(page.get("BaseLoc"), base)
        if member in read_contents:  # pages do not share content; templates are for that
            budget.cut = budget.cut or "有多页引用同一页面内容（文件结构异常），重复的页未读取"
            continue
        read_contents.add(member)
        content, _ = package.xml(member)
        runs = budget.take(_runs(content))
        for use in _children(content, "Template"):
            location = templates.get(use.get("TemplateID"))
            if location:
                if location not in template_runs:
                    template_root, _ = package.xml(location, base)
                    template_runs[location] = _runs(template_root)
                runs.extend(budget.take(template_runs[location]))
        out.append(_lines(runs))
    return out


def read_ofd(path: Path, data: bytes) -> Document:
    package = _Package(path, data)
    budget = _Budget()
    with package.archive:
        main, _ = package.xml("OFD.xml")
        roots = [root.text for root in _children(main, "DocRoot") if root.text and root.text.strip()]
        if not roots:
            raise ReportReadError(path, f"不是完整的 {_WHAT}（OFD.xml 没有文档入口），请重新获取原文件")
        pages = [page for root in roots for page in _document_pages(package, root, budget)]
        info = next(iter(_children(main, "DocInfo")), None)
        header = header_from_properties(
            info.findtext(f"{{{_namespace(info)}}}Title") if info is not None else None,
            info.findtext(f"{{{_namespace(info)}}}CreationDate") if info is not None else None,
        )
    document = paged_document(path, pages, "ofd", header, min_chars=10, min_per_page=2, no_text=NO_TEXT,
                              garbled=GARBLED, garbled_detail="OFD text codes are not readable text")
    if budget.cut:
        warning = cut_warning(path, budget.cut, len(document.text))
        document = replace(document, warnings=(*document.warnings, warning))
    return document

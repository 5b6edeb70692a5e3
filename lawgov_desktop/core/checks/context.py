"""What every per-report check reads: the report, catalog, rules and derived facts.

Patterns are written for normalized text (half-width, simplified, no stray
spaces or line breaks inside sentences: ``core.normalize``), so checks match on
``CheckContext.text`` and turn a match into evidence on the reviewer's text with
``CheckContext.evidence``.  Derived facts (headings, the title, year mentions) are
computed once per report and shared, so each check module stays a few lines.

This module is compiled by mypyc in the packaged build (pyproject.toml): the facts are kept
in attributes filled on first use, not ``functools.cached_property``, which mypyc compiles
as a plain property that computes again on every access.
"""
from __future__ import annotations

import re
from collections import Counter

from ..catalog import Catalog, IndicatorSpec
from ..normalize import normalize
from ..types import Evidence, Finding, IndicatorValue, Report
from .patterns import PatternList, kept_per_object, pattern_list, scanner
from .rules import Rule, RuleSet

_SENTENCE_END = re.compile(r"[。！？；;!?]")
_SENTENCE_END_CHARS = "。！？；;!?"  # _SENTENCE_END as a string, to test one character without a search


class Heading:
    """A heading line, not changed once found.  (A plain class, not a frozen dataclass: mypyc
    leaves a dataclass's generated ``__init__`` interpreted, and a report has dozens of headings.)"""

    def __init__(self, start: int, end: int, text: str, top_level: bool, marked: bool) -> None:
        self.start = start  # offsets of the heading's own words (after the marker)
        self.end = end
        self.text = text
        self.top_level = top_level
        self.marked = marked  # began with 一、/（一）/一是 …; a bare short line otherwise

    def __repr__(self) -> str:
        return (f"Heading(start={self.start}, end={self.end}, text={self.text!r}, top_level={self.top_level},"
                f" marked={self.marked})")


def format_number(value: float | int | None) -> str:
    """12 → '12', 90.909 → '90.91', 91.0 → '91' (what a reviewer expects to read)."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def span(text: str, start: int, end: int) -> Evidence:
    return Evidence(start, end, text[start:end])


def find_headings(text: str, markers: PatternList, top_level: PatternList, heading_max_chars: int,
                  bare_max_chars: int) -> tuple[Heading, ...]:
    """Every heading of the (normalized) text: a line opening on a marker (一、, （二）, 3.) or a
    short line without a sentence end."""
    found: list[Heading] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        line_start = offset + lead
        offset += len(line)
        if not stripped:
            continue
        marker_end = markers.match_end(stripped)
        if marker_end >= 0:
            body = stripped[marker_end:]
            cut = _SENTENCE_END.search(body)
            body = body[: cut.start()] if cut else body
            body = body[:heading_max_chars]
            top = top_level.match_end(stripped) >= 0
            start = line_start + marker_end
            found.append(Heading(start, start + len(body), body, top, True))
        elif len(stripped) <= bare_max_chars and stripped[-1] not in _SENTENCE_END_CHARS:
            found.append(Heading(line_start, line_start + len(stripped), stripped, False, False))
    return tuple(found)


# The catalog's indicators by id, per catalog: ``Catalog.get`` scans the whole tuple, and the
# checks ask it for every extracted value of every report.  The catalog is held beside its
# table, so its id stands for it as long as the entry lives.
_SPECS_BY_CATALOG: dict[int, tuple[object, dict[str, IndicatorSpec]]] = {}


def specs_by_id(catalog: Catalog) -> dict[str, IndicatorSpec]:
    return kept_per_object(_SPECS_BY_CATALOG, catalog, _specs_table)


def _specs_table(catalog: Catalog) -> dict[str, IndicatorSpec]:
    table: dict[str, IndicatorSpec] = {}
    for spec in catalog.indicators:
        table.setdefault(spec.id, spec)  # the first of an id, as Catalog.get finds it
    return table


class CheckContext:
    """One report under check; lazily derived facts shared by all rules."""

    def __init__(self, report: Report, catalog: Catalog, rules: RuleSet) -> None:
        self.report = report
        self.catalog = catalog
        self.rules = rules
        self.original = report.document.text if report.document else ""
        self.normalized = normalize(self.original)
        self.text = self.normalized.text
        vocabulary = rules.vocabulary
        self._markers = pattern_list(vocabulary.heading_markers)
        self._specs = specs_by_id(catalog)
        # Filled on first use (the properties and methods below); a flag where None is an answer.
        self._headings: tuple[Heading, ...] | None = None
        self._without_title: tuple[Heading, ...] | None = None
        self._title_span: tuple[str, int, int] | None = None
        self._title_span_known = False
        self._title: tuple[str, Evidence | None] | None = None
        self._title_known = False
        self._report_year: int | None = None
        self._report_year_known = False
        # Whether a tuple of patterns finds each heading of headings_without_title(), per tuple
        # (keyed by its id; the tuple is kept in the entry, so the id is not reused meanwhile).
        self._heading_hits: dict[int, tuple[PatternList, list[int]]] = {}

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence on the original text for a normalized span."""
        a, b = self.normalized.to_original(start, end)
        return span(self.original, a, b)

    # --- findings -------------------------------------------------------------
    def finding(self, rule: Rule, evidence: Evidence | None = None, indicator_id: str | None = None,
                **values: object) -> Finding:
        return Finding(rule.id, rule.severity, rule.format(**values), evidence, indicator_id, rule.display_name)

    def indicator_spec(self, indicator_id: str) -> IndicatorSpec | None:
        """``catalog.get(indicator_id)``, from a table built once per catalog."""
        return self._specs.get(indicator_id)

    def indicator_name(self, indicator_id: str) -> str:
        spec = self.indicator_spec(indicator_id)
        return spec.name if spec else indicator_id

    def value_of(self, indicator_id: str) -> IndicatorValue | None:
        value = self.report.indicator(indicator_id)
        return value if value is not None and value.value is not None else None

    # --- structure ------------------------------------------------------------
    @property
    def headings(self) -> tuple[Heading, ...]:
        if self._headings is None:
            vocab = self.rules.vocabulary
            self._headings = find_headings(self.text, self._markers, pattern_list(vocab.top_level_markers),
                                           vocab.heading_max_chars, vocab.bare_heading_max_chars)
        return self._headings

    def _looks_like_title(self, line: str) -> bool:
        """Short, no sentence end, not a heading, breadcrumb or salutation (“市委、市政府：”)."""
        return (len(line) <= 60 and not _SENTENCE_END.search(line) and ">" not in line
                and not line.endswith((":", "：")) and not self._is_heading(line))

    def _is_heading(self, line: str) -> bool:
        return self._markers.match_end(line) >= 0

    @property
    def title_span(self) -> tuple[str, int, int] | None:
        """The report's title (normalized, on one line) and its normalized offsets (-1 when not in the text).

        The extractor's title comes first, unless it is a heading (“一、2019年……情况”); else the
        first line if it looks like a title, joined with a short next line ending in 报告 (a title
        broken over two lines).
        """
        if not self._title_span_known:
            self._title_span = self._find_title_span()
            self._title_span_known = True
        return self._title_span

    def _find_title_span(self) -> tuple[str, int, int] | None:
        title = normalize((self.report.metadata.title or "").strip()).text.strip()
        if title and self._is_heading(title):
            title = ""
        if not title:
            lines = [line.strip() for line in self.text.splitlines() if line.strip()]
            if lines and self._looks_like_title(lines[0]):
                title = lines[0]
                if len(lines) > 1 and len(lines[1]) <= 20 and lines[1].endswith("报告") \
                        and self._looks_like_title(lines[1]):
                    joined = title + "\n" + lines[1]
                    title = joined if joined in self.text else title
        if not title:
            return None
        at = self.text.find(title)
        return title.replace("\n", ""), at, (at + len(title) if at >= 0 else -1)

    def title_words(self) -> str | None:
        """The title as the checks read it (normalized, on one line), None when there is none."""
        found = self.title_span
        return found[0] if found is not None else None

    @property
    def title(self) -> tuple[str, Evidence | None] | None:
        """The title as the reviewer sees it and where it sits in the text."""
        if not self._title_known:
            self._title = self._find_title()
            self._title_known = True
        return self._title

    def _find_title(self) -> tuple[str, Evidence | None] | None:
        found = self.title_span
        if found is None:
            return None
        title, start, end = found
        if start < 0:
            return (self.report.metadata.title or title).strip(), None
        evidence = self.evidence(start, end)
        return re.sub(r"\s*[\r\n]+\s*", "", evidence.text), evidence

    def years_in(self, text: str, end: int | None = None) -> list[tuple[int, int, int]]:
        """(year, start, end) for every year mention in ``text`` (before ``end`` when it is given:
        a pattern sees the text end there, as in ``text[:end]``, without the copy)."""
        limit = len(text) if end is None else end
        out = []
        for pattern in self.rules.vocabulary.year_patterns:
            group = 1 if pattern.groups else 0
            for match in scanner(pattern).finditer(text, limit):
                out.append((int(match.group(group)), match.start(), match.end()))
        return sorted(out, key=_start_of)

    def headings_without_title(self) -> tuple[Heading, ...]:
        """Headings other than the title line (a title names 工作情况 and would count as one)."""
        if self._without_title is None:
            found = self.title_span
            start, end = (found[1], found[2]) if found and found[1] >= 0 else (-1, -1)
            self._without_title = tuple(h for h in self.headings if not start <= h.start < end)
        return self._without_title

    def heading_matches(self, index: int, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """Whether one of ``patterns`` is found in heading ``index`` of ``headings_without_title()``.

        Remembered for the report: the part rules ask it of the same headings again and again
        (each part's cut-off, the other parts' wordings for ``min_other_top_headings``)."""
        entry = self._heading_hits.get(id(patterns))
        if entry is None or entry[0].patterns is not patterns:
            entry = (pattern_list(patterns), [_UNKNOWN] * len(self.headings_without_title()))
            self._heading_hits[id(patterns)] = entry
        known = entry[1][index]
        if known == _UNKNOWN:
            known = _YES if entry[0].found_in(self.headings_without_title()[index].text) else _NO
            entry[1][index] = known
        return known == _YES

    def part_start(self, rule_id: str, unless: Rule | None = None) -> int:
        """Normalized offset of the top-level heading of a part, else len(text).

        A heading that also names ``unless``'s part (“存在的不足和下一步打算”) does
        not count: the part asking is inside it.
        """
        rule = self.rules.get(rule_id)
        if rule is None:
            return len(self.text)
        wanted = rule.compiled("heading_patterns")
        excluded = unless.compiled("heading_patterns") if unless is not None else ()
        for index, heading in enumerate(self.headings_without_title()):
            if not heading.top_level or not self.heading_matches(index, wanted):
                continue
            if excluded and self.heading_matches(index, excluded):
                continue
            return heading.start
        return len(self.text)

    def year_counts(self, before: int | None = None) -> Counter[int]:
        """How often each year is named outside the title's copies (and before ``before``)."""
        counts: Counter[int] = Counter()
        found = self.title_span
        # Every copy of the title is skipped: a saved page repeats it in its header.
        copies = _occurrences(found[0], self.text) if found else []
        limit = len(self.text) if before is None else before
        for year, start, _end in self.years_in(self.text, _slice_end(limit, len(self.text))):
            if not any(a <= start < b for a, b in copies):
                counts[year] += 1
        return counts

    @property
    def report_year(self) -> int | None:
        """The year reported on: metadata first, the title's year next."""
        if not self._report_year_known:
            self._report_year = self._find_report_year()
            self._report_year_known = True
        return self._report_year

    def _find_report_year(self) -> int | None:
        if self.report.metadata.year:
            return self.report.metadata.year
        found = self.title_span
        if found:
            years = self.years_in(found[0])
            if years:
                return years[0][0]
        return None

    def find_date(self, iso_date: str) -> Evidence | None:
        """Where an ISO date is written in the text (2025-02-18, 2025年2月18日 …)."""
        try:
            year, month, day = (int(p) for p in iso_date.split("-"))
        except ValueError:
            return None
        pattern = re.compile(rf"{year}\s*[-年/.]\s*0?{month}\s*[-月/.]\s*0?{day}(?!\d)日?")
        match = pattern.search(self.text)
        return self.evidence(match.start(), match.end()) if match else None


# heading_matches' memo: not asked yet, found, not found.
_UNKNOWN = -1
_NO = 0
_YES = 1


def _start_of(item: tuple[int, int, int]) -> int:
    return item[1]


def _slice_end(limit: int, length: int) -> int:
    """Where ``text[:limit]`` ends, as a non-negative offset (a negative limit counts from the end)."""
    return max(0, length + limit) if limit < 0 else min(limit, length)


def _occurrences(needle: str, text: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` (no regular expression compiled per report)."""
    spans: list[tuple[int, int]] = []
    start = text.find(needle) if needle else -1
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans

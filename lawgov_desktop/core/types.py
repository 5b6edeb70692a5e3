"""Plain data the whole program passes around.

Everything here is a frozen dataclass without behaviour beyond conversion to the
JSON contract of ``lawgov-desktop extract --json``.  The Qt layer, the store, the
workbook and the checks are all views over these objects.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

_Frozen = TypeVar("_Frozen")


def _filled_at_once(cls: type[_Frozen]) -> type[_Frozen]:
    """A frozen dataclass whose ``__init__`` fills the instance's dict in one step.

    The ``__init__`` dataclasses generate for a frozen class sets each field through
    ``object.__setattr__`` (3.5 µs for an IndicatorValue): for the 160 values, candidates and
    evidence spans of a 20 KB report that was 4 % of its extraction.  Same signature, same
    defaults; the instance stays frozen (assignment still raises), equal, hashable and
    ``dataclasses.replace``-able.  Only for classes whose fields have plain defaults and that have
    no ``__post_init__`` (this ``__init__`` would not call it).
    """
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: its __post_init__ would not run")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    params = []
    for item in fields:
        if item.default_factory is not dataclasses.MISSING or not item.init:
            raise TypeError(f"{cls.__name__}.{item.name}: only plain fields and defaults are filled at once")
        params.append(item.name if item.default is dataclasses.MISSING else f"{item.name}=_defaults[{item.name!r}]")
    # One store per field into the instance's dict (quicker than building a dict and merging it).
    source = f"def __init__(self, {', '.join(params)}):\n    fields = self.__dict__\n" + "".join(
        f"    fields[{item.name!r}] = {item.name}\n" for item in fields)
    namespace: dict[str, Any] = {"_defaults": {item.name: item.default for item in fields}}
    exec(source, namespace)  # noqa: S102 - as dataclasses builds its own __init__
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]  # type: ignore[misc]
    return cls


@dataclass(frozen=True)
class Document:
    """A report as read from disk.

    ``text`` is what the reviewer sees; every offset in the program indexes it.
    ``header`` holds fields read from the page around the text (the 政府信息公开
    table of a saved web page, a docx's core properties …) keyed by their Chinese
    label: 索引号, 发布机构, 发文机关, 成文日期, 发布日期, 标题.
    """

    path: str
    text: str
    format: str
    encoding: str | None = None
    header: dict[str, str] = field(default_factory=dict)
    page_starts: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()


@_filled_at_once
@dataclass(frozen=True)
class Evidence:
    """A span of ``Document.text``: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@_filled_at_once
@dataclass(frozen=True)
class Candidate:
    """One number the extractor considered for an indicator."""

    value: float | int
    unit: str
    approx: bool
    confidence: float
    evidence: Evidence
    # Where the number itself sits inside the document (for highlighting).
    number_start: int = -1
    number_end: int = -1

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_json(),
        }


# Which reader found a value (``IndicatorValue.found_by``).
FOUND_BY_GRAMMAR = "grammar"  # a word of the indicator joined to the number (extract/grammar.py)
FOUND_BY_PHRASING = "phrasing"  # the wording around the number alone (extract/phrasing.py)
FOUND_BY_WORDING = "wording"  # a rate stated in words, 全部持证上岗: 100 with no number (extract/stated_in_words.py)
INFERRED_BY = frozenset({FOUND_BY_PHRASING, FOUND_BY_WORDING})  # values the window marks 推断


@_filled_at_once
@dataclass(frozen=True)
class IndicatorValue:
    """The extractor's answer for one indicator: best value plus ranked alternatives."""

    id: str
    value: float | int | None
    unit: str
    approx: bool
    confidence: float
    evidence: Evidence | None
    alternatives: tuple[Candidate, ...] = ()
    number_start: int = -1
    number_end: int = -1
    # The phrasing model's values have no word of the indicator beside the number: the
    # reviewer is told so.
    found_by: str = FOUND_BY_GRAMMAR

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_json() if self.evidence else None,
            "alternatives": [c.to_json() for c in self.alternatives],
            "found_by": self.found_by,
        }


@dataclass(frozen=True)
class ReportMetadata:
    region: str | None = None
    year: int | None = None
    issuer: str | None = None
    publish_date: str | None = None  # YYYY-MM-DD
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "year": self.year,
            "issuer": self.issuer,
            "publish_date": self.publish_date,
            "title": self.title,
        }


@dataclass(frozen=True)
class Finding:
    """A problem a report check found (rule id, 错误/警告/提示, Chinese message).

    ``rule_name`` is the rule's Chinese name (“必备内容：下一年度工作打算”), what people
    are shown in place of the id.
    """

    rule: str
    severity: str
    message: str
    evidence: Evidence | None = None
    indicator: str | None = None
    rule_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "rule_name": self.rule_name or self.rule,
            "severity": self.severity,
            "message": self.message,
            "evidence": self.evidence.to_json() if self.evidence else None,
            "indicator": self.indicator,
        }


@dataclass(frozen=True)
class Report:
    """Everything the program knows about one input file after extraction."""

    file: str
    document: Document | None
    metadata: ReportMetadata
    indicators: tuple[IndicatorValue, ...] = ()
    errors: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    content_hash: str | None = None
    duplicate_of: str | None = None

    def indicator(self, indicator_id: str) -> IndicatorValue | None:
        return self._by_id.get(indicator_id)

    @cached_property
    def _by_id(self) -> dict[str, IndicatorValue]:
        # The batch checks ask every report for every indicator (45 × 1,000 lookups): a scan of
        # the tuple each time was a tenth of a 1,000-report batch's serial time.  The first value
        # of an id wins, as the scan gave.
        by_id: dict[str, IndicatorValue] = {}
        for value in self.indicators:
            by_id.setdefault(value.id, value)
        return by_id

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file,
            "format": self.document.format if self.document else None,
            "content_hash": self.content_hash,
            "metadata": self.metadata.to_json(),
            "indicators": [v.to_json() for v in self.indicators],
            "findings": [f.to_json() for f in self.findings],
            "errors": list(self.errors),
        }
        if self.duplicate_of:
            data["duplicate_of"] = self.duplicate_of
        return data

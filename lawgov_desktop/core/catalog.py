"""The indicator catalog: what to extract and the vocabulary to find it with.

The bundled ``resources/indicators.json`` holds the default 45 indicators.  A bureau
may put its own ``indicators.json`` in the user config folder: indicators there with
a new id are added, ones with a known id replace the bundled definition field by
field.  A broken file raises ``CatalogError`` whose Chinese message names the file,
the line and the key.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import paths
from .config_schemas import INDICATORS_FILE, KINDS
from .datafile import line_of, read_config
from .errors import CatalogError


@dataclass(frozen=True)
class Category:
    id: str
    name: str


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator and the data the extractor scores candidates with.

    things    what the figure counts (行政复议案件, 行政许可事项); the quantity grammar links
              a number to them on either side (受理行政复议案件64件 / 312项行政许可事项).
    events    the activity the figure counts or took part in (述法, 学法考试, 专题培训班):
              linked on either side like things (860名干部参加学法考试 / 述法干部86人).
    labels    field labels that stand right before their figure (参考人数2.1万人, 办结率98%).
    cues      old key, still read: phrases that may only stand before the number.
    cue_after old key, still read: phrases that must follow the number directly.
    units     unit words the number may carry (件, 次, 人次 …); '%' for rates.
    require   at least one of these must occur near the sentence (scope words).
    topic     and, where given, one of these too: what the figure is about (法, 宪 for a law
              training), in the sentence or near it (a training on a congress's spirit is none).
    require_within  if set, a require word must stand within this many characters of the
              statement itself (a 执法 training: 执法 named beside it, not somewhere in the paragraph).
    require_within_after  how far after the statement it may stand instead, where what a meeting
              studied follows it further on (…主持召开常委会会议，…，研究…法治议题); default require_within.
    require_near  where given, ``require_within`` holds only for statements linked to one of these
              words: a body's routine meetings (党组会, 局长办公会) decide every kind of matter, so
              their count is about rule of law only where the statement says so, while a 专题会议
              in a paragraph about rule of law is about it.
    sentence_context_for  where given, a statement linked to one of these words counts only where its
              sentence also holds one of the ``sentence_context`` words: a 法治讲座 is the government's
              law study where the sentence names its meeting (县政府常务会议…举办法治专题讲座2期),
              elsewhere a training of cadres.
    sentence_context  the words such a sentence must hold.
    shares_figures_with  ids of indicators whose figure may be this one's too, by what both count: a
              statement of decisions given legality review (对12项重大决策开展合法性审查) states both
              the decisions and the reviews, so neither cell gives the number up to the other (see
              ``Catalog.share_figures``).  Read both ways; an id disabled by a bureau is left out.
    exclude   a candidate whose link (term … number) contains one of these is dropped.
    exclude_outside_departments  as ``exclude``, except in a department's report (its title names a
              department, 市市场监管局2024年…, or an untitled one opens on a department as its subject,
              我局坚持…): a bare 中心组 or 党委会 there is the department's own party group, in a
              government's or a town's report the party committee.
    avoid     words that make a figure of this sentence less likely to be this indicator's.
    exclude_sentence  a sentence in which one of these is found gives this indicator nothing
              (its subject is another body's: ^县委理论学习中心组…; it is about publicity: 横幅).
    prefer    where two figures of one sentence could fill the cell, one whose statement holds one of
              these wins (作出行政处罚决定49件 over 立案查处…58件 before it).
    all_phrases  for a rate: words saying the whole group met it (全部持证上岗, 学员全部通过考试); where
              the report gives no figure for the rate, such a statement of its own results fills it
              with 100 (shown as inferred: no number is written).
    sum_parts where parts are listed and no total is given, their sum is the value.
    own_body_only  the indicator counts what the reporting body itself did (its own meetings, its
              own study sessions): a group of other bodies' figure (各县（市、区）政府常务会议会前学法52次)
              never fills it, even alone (other indicators take such a figure when the body states none:
              a county's penalties are written as what its departments did).
    """

    id: str
    category: str
    name: str
    unit: str
    kind: str
    counts: str = ""
    not_: str = ""
    definition: str = ""  # 统计口径, in Chinese: what reviewers and leaders read
    excludes: str = ""  # 不含, in Chinese
    things: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    exclude_outside_departments: tuple[str, ...] = ()
    cue_after: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    exclude_sentence: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()
    max_gap: int = 40
    require_within: int | None = None
    require_within_after: int | None = None  # None: as require_within
    require_near: tuple[str, ...] = ()
    sentence_context_for: tuple[str, ...] = ()
    sentence_context: tuple[str, ...] = ()
    shares_figures_with: tuple[str, ...] = ()
    all_phrases: tuple[str, ...] = ()
    sum_parts: bool = False
    own_body_only: bool = False
    min_value: float = 0
    max_value: float | None = None
    headline: bool = False  # on the one-page summary of the workbook (汇总); a bureau may change which
    exclude_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    # ``exclude`` alone, what a department's report is held to (the above adds exclude_outside_departments)
    department_exclude_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    require_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    topic_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    cue_after_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    avoid_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    exclude_sentence_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    require_near_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    sentence_context_for_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    sentence_context_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    prefer_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    all_phrase_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def require_window(self, start: int, end: int) -> tuple[int, int]:
        """Where a require word must stand for the statement [start, end) when ``require_within`` is set."""
        after = self.require_within_after if self.require_within_after is not None else self.require_within
        return start - self.require_within, end + after


@dataclass(frozen=True)
class Catalog:
    categories: tuple[Category, ...]
    indicators: tuple[IndicatorSpec, ...]
    sources: tuple[str, ...] = ()

    def get(self, indicator_id: str) -> IndicatorSpec | None:
        for spec in self.indicators:
            if spec.id == indicator_id:
                return spec
        return None

    def share_figures(self, first: int, second: int) -> bool:
        """Whether the indicators at these indices may both keep one number (``shares_figures_with``,
        either way)."""
        a, b = self.indicators[first], self.indicators[second]
        return b.id in a.shares_figures_with or a.id in b.shares_figures_with

    def category_name(self, category_id: str) -> str:
        for category in self.categories:
            if category.id == category_id:
                return category.name
        return category_id

    @property
    def ids(self) -> list[str]:
        return [spec.id for spec in self.indicators]

    def for_department_reports(self) -> Catalog:
        """This catalog as a department's report reads it: without the ``exclude_outside_departments``
        words (the same catalog when no indicator has any)."""
        cached = _DEPARTMENT_VARIANTS.get(id(self))
        if cached is not None and cached[0] is self:
            return cached[1]
        if not any(spec.exclude_outside_departments for spec in self.indicators):
            variant = self
        else:
            variant = replace(self, indicators=tuple(
                replace(spec, exclude_outside_departments=(), exclude_patterns=spec.department_exclude_patterns)
                if spec.exclude_outside_departments else spec for spec in self.indicators))
            _DEPARTMENT_VARIANTS[id(variant)] = (variant, variant)
        if len(_DEPARTMENT_VARIANTS) > 16:
            _DEPARTMENT_VARIANTS.clear()
        _DEPARTMENT_VARIANTS[id(self)] = (self, variant)
        return variant


# Each catalog's variant for departments' reports, by the catalog's identity (one is used per run).
_DEPARTMENT_VARIANTS: dict[int, tuple[Catalog, Catalog]] = {}


def _load_json(path: Path, warnings: list[str] | None = None) -> dict[str, Any]:
    config = read_config(path, "指标目录文件", INDICATORS_FILE, bundled=path == paths.resource("indicators.json"))
    if warnings is not None:
        warnings.extend(config.warnings)
    return config.data


def _vet(pattern: str) -> str | None:
    from .pattern_safety import vet  # only a bureau's own file needs it

    return vet(pattern)


def _compile(path: Path, indicator_id: str, key: str, patterns: list[str],
             warnings: list[str] | None = None) -> tuple[re.Pattern[str], ...]:
    compiled = []
    vetted = path != paths.resource("indicators.json")  # the bundled patterns are vetted by a test
    for pattern in patterns:
        try:
            pattern_object = re.compile(pattern)
            refused = _vet(pattern) if vetted else None
            if refused is None:
                compiled.append(pattern_object)
            else:
                line = line_of(path, json.dumps(pattern, ensure_ascii=False)[1:-1]) or line_of(path, f'"{indicator_id}"')
                from .pattern_safety import refusal_message

                message = (f"指标目录文件《{path.name}》第 {line} 行："
                           + refusal_message(f"指标 {indicator_id}", key, pattern, refused))
                if warnings is None:
                    raise CatalogError(message, str(path))
                warnings.append(message)
        except re.error as exc:
            line = line_of(path, pattern) or line_of(path, f'"{indicator_id}"')
            raise CatalogError(
                f"指标目录文件《{path.name}》第 {line} 行：指标 {indicator_id} 的 {key} 中的表达式“{pattern}”有误：{exc}",
                str(path),
            ) from exc
    return tuple(compiled)


def _kept(path: Path, indicator_id: str, key: str, patterns: list[str],
          warnings: list[str] | None) -> tuple[str, ...]:
    """The words of ``key`` that compile and pass the trial, as written.

    The bundled catalog's words are checked by a test, not on every start: compiling them one by one
    here would cost the command line a tenth of a second before the grammar compiles them joined."""
    if path == paths.resource("indicators.json"):
        return tuple(patterns)
    return tuple(compiled.pattern for compiled in _compile(path, indicator_id, key, patterns, warnings))


def _warn_unknown_units(path: Path, indicator_id: str, units: list[str], warnings: list[str]) -> None:
    """A unit the number grammar does not know is never read after a figure: say so, keep the rest."""
    from .vocabulary import unit_words

    known = set(unit_words()) | {"%"}
    for unit in units:
        if unit not in known:
            line = line_of(path, json.dumps(unit, ensure_ascii=False)) or line_of(path, f'"{indicator_id}"')
            warnings.append(f"指标目录文件《{path.name}》第 {line} 行：指标 {indicator_id} 的单位“{unit}”"
                            "不在用语文件的单位表（units）中，带这个单位的数字读不出来；请在用语文件中加上它")


def _as_list(path: Path, indicator_id: str, raw: dict[str, Any], key: str) -> list[str]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        line = line_of(path, f'"{key}"') or line_of(path, f'"{indicator_id}"')
        raise CatalogError(f"指标目录文件《{path.name}》第 {line} 行：指标 {indicator_id} 的 {key} 应为文字列表", str(path))
    return value


def _build_spec(path: Path, raw: dict[str, Any], categories: set[str],
                warnings: list[str] | None = None) -> IndicatorSpec:
    indicator_id = raw.get("id")
    if not isinstance(indicator_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", indicator_id):
        line = line_of(path, json.dumps(indicator_id, ensure_ascii=False)) if indicator_id else 0
        raise CatalogError(
            f"指标目录文件《{path.name}》第 {line} 行：指标的 id 必须是小写英文、数字和下划线（现为 {indicator_id!r}）",
            str(path),
        )
    def id_line() -> int:  # only when there is a problem: finding a line reads the file
        return line_of(path, f'"{indicator_id}"')

    for key in ("name", "unit", "kind", "category"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise CatalogError(
                f"指标目录文件《{path.name}》第 {id_line()} 行：指标 {indicator_id} 缺少 {key}",
                str(path),
            )
    if raw["kind"] not in KINDS:
        raise CatalogError(
            f"指标目录文件《{path.name}》第 {id_line()} 行：指标 {indicator_id} 的 kind 应为 "
            + "/".join(KINDS),
            str(path),
        )
    if raw["category"] not in categories:
        raise CatalogError(
            f"指标目录文件《{path.name}》第 {id_line()} 行：指标 {indicator_id} 的类别 "
            f"{raw['category']} 未定义",
            str(path),
        )
    lists = {key: _as_list(path, indicator_id, raw, key)
             for key in ("things", "events", "labels", "cues", "units", "require", "topic", "exclude", "cue_after",
                         "avoid", "exclude_sentence", "require_near", "prefer", "all_phrases",
                         "exclude_outside_departments", "sentence_context_for", "sentence_context",
                         "shares_figures_with")}
    if lists["all_phrases"] and raw["kind"] != "rate":
        raise CatalogError(
            f"指标目录文件《{path.name}》第 {id_line()} 行：指标 {indicator_id} "
            "的 all_phrases（“全部合格”一类说法按 100% 计）只用于比率（kind 为 rate）",
            str(path),
        )
    if warnings is not None and path != paths.resource("indicators.json"):
        _warn_unknown_units(path, indicator_id, lists["units"], warnings)
    # No default cap for rates: the extractor reports what the text says (办结率105%) and
    # the checks flag it; only a bureau's own catalog may set a cap.
    max_value = raw.get("max_value")
    exclude_patterns = _compile(path, indicator_id, "exclude", lists["exclude"], warnings)
    return IndicatorSpec(
        id=indicator_id,
        category=raw["category"],
        name=raw["name"],
        unit=raw["unit"],
        kind=raw["kind"],
        counts=str(raw.get("counts", "")),
        not_=str(raw.get("not", "")),
        definition=str(raw.get("definition", "") or raw.get("counts", "")),
        excludes=str(raw.get("excludes", "") or raw.get("not", "")),
        # The grammar joins these into one pattern per indicator: only words that compile and
        # pass the backtracking trial (a bureau's file) get there.
        things=_kept(path, indicator_id, "things", lists["things"], warnings),
        events=_kept(path, indicator_id, "events", lists["events"], warnings),
        labels=_kept(path, indicator_id, "labels", lists["labels"], warnings),
        cues=_kept(path, indicator_id, "cues", lists["cues"], warnings),
        units=tuple(lists["units"]) or ((raw["unit"],) if raw["kind"] != "rate" else ("%",)),
        require=tuple(lists["require"]),
        topic=tuple(lists["topic"]),
        exclude=tuple(lists["exclude"]),
        exclude_outside_departments=tuple(lists["exclude_outside_departments"]),
        cue_after=tuple(lists["cue_after"]),
        avoid=tuple(lists["avoid"]),
        exclude_sentence=tuple(lists["exclude_sentence"]),
        prefer=tuple(lists["prefer"]),
        all_phrases=tuple(lists["all_phrases"]),
        max_gap=int(raw.get("max_gap", 40)),
        require_within=int(raw["require_within"]) if raw.get("require_within") is not None else None,
        require_within_after=int(raw["require_within_after"]) if raw.get("require_within_after") is not None
        else None,
        require_near=tuple(lists["require_near"]),
        sentence_context_for=tuple(lists["sentence_context_for"]),
        sentence_context=tuple(lists["sentence_context"]),
        shares_figures_with=tuple(lists["shares_figures_with"]),
        sum_parts=bool(raw.get("sum_parts", False)),
        own_body_only=bool(raw.get("own_body_only", False)),
        min_value=float(raw.get("min_value", 0)),
        max_value=float(max_value) if max_value is not None else None,
        headline=raw.get("headline") is True,
        exclude_patterns=exclude_patterns + _compile(path, indicator_id, "exclude_outside_departments",
                                                     lists["exclude_outside_departments"], warnings),
        department_exclude_patterns=exclude_patterns,
        require_patterns=_compile(path, indicator_id, "require", lists["require"], warnings),
        topic_patterns=_compile(path, indicator_id, "topic", lists["topic"], warnings),
        cue_after_patterns=_compile(path, indicator_id, "cue_after", lists["cue_after"], warnings),
        avoid_patterns=_compile(path, indicator_id, "avoid", lists["avoid"], warnings),
        exclude_sentence_patterns=_compile(path, indicator_id, "exclude_sentence", lists["exclude_sentence"],
                                           warnings),
        require_near_patterns=_compile(path, indicator_id, "require_near", lists["require_near"], warnings),
        sentence_context_for_patterns=_compile(path, indicator_id, "sentence_context_for",
                                               lists["sentence_context_for"], warnings),
        sentence_context_patterns=_compile(path, indicator_id, "sentence_context", lists["sentence_context"],
                                           warnings),
        prefer_patterns=_compile(path, indicator_id, "prefer", lists["prefer"], warnings),
        all_phrase_patterns=_compile(path, indicator_id, "all_phrases", lists["all_phrases"], warnings),
    )


def _merge(bundled: dict[str, Any], bundled_path: Path, extra: dict[str, Any],
           extra_path: Path) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], Path]]]:
    """Categories and (indicator, file it came from) after a bureau's file is laid over the bundled one."""
    categories = {c["id"]: dict(c) for c in bundled.get("categories", []) if isinstance(c, dict) and "id" in c}
    for category in extra.get("categories", []):
        if isinstance(category, dict) and "id" in category:
            categories[category["id"]] = {**categories.get(category["id"], {}), **category}
    indicators: dict[str, tuple[dict[str, Any], Path]] = {}
    for indicator in bundled.get("indicators", []):
        if isinstance(indicator, dict) and "id" in indicator:
            indicators[indicator["id"]] = (dict(indicator), bundled_path)
    for indicator in extra.get("indicators", []):
        if not isinstance(indicator, dict) or "id" not in indicator:
            raise CatalogError(f"指标目录文件《{extra_path.name}》：indicators 中每一项应为带 id 的 {{…}} 对象",
                               str(extra_path))
        base = indicators.get(indicator["id"], ({}, extra_path))[0]
        indicators[indicator["id"]] = ({**base, **indicator}, extra_path)
    disabled = set(extra.get("disabled", []))
    return list(categories.values()), [v for k, v in indicators.items() if k not in disabled]


def load_catalog(path: str | Path | None = None, user_file: str | Path | None = None,
                 use_user_file: bool = True, warnings: list[str] | None = None) -> Catalog:
    """Load the bundled catalog (or ``path``) and merge a bureau's own file over it.

    ``warnings`` collects what the reviewer should hear about a file that is still used
    (read as GBK, a pattern left out); without it such a pattern raises ``CatalogError``.
    """
    base_path = Path(path) if path else paths.resource("indicators.json")
    data = _load_json(base_path, warnings)
    sources = [str(base_path)]
    known_ids = _ids_named(data)  # the disabled ones too: a sharer may name one
    extra_path = Path(user_file) if user_file else (paths.user_catalog_file() if use_user_file else None)
    if extra_path is not None and extra_path.is_file():
        extra = _load_json(extra_path, warnings)
        known_ids |= _ids_named(extra)
        raw_categories, raw_indicators = _merge(data, base_path, extra, extra_path)
        sources.append(str(extra_path))
    else:
        raw_categories = data.get("categories", [])
        raw_indicators = [(raw, base_path) for raw in data.get("indicators", [])]
    categories = tuple(Category(c["id"], c["name"]) for c in raw_categories
                       if isinstance(c, dict) and "id" in c and "name" in c)
    category_ids = {c.id for c in categories}
    specs = []
    origins: dict[str, Path] = {}
    for raw, origin in raw_indicators:
        if not isinstance(raw, dict):
            raise CatalogError(f"指标目录文件《{origin.name}》：indicators 中每一项应为 {{…}} 对象", str(origin))
        spec = _build_spec(origin, raw, category_ids, warnings)
        if spec.id in origins:
            raise CatalogError(f"指标目录文件《{origin.name}》：指标 id {spec.id} 重复", str(origin))
        origins[spec.id] = origin
        specs.append(spec)
    specs = _with_known_sharers(specs, origins, known_ids)
    return Catalog(categories=categories, indicators=tuple(specs), sources=tuple(sources))


def _ids_named(data: dict[str, Any]) -> set[str]:
    return {raw["id"] for raw in data.get("indicators", []) if isinstance(raw, dict) and isinstance(raw.get("id"), str)}


def _with_known_sharers(specs: list[IndicatorSpec], origins: dict[str, Path], known: set[str]) -> list[IndicatorSpec]:
    """``shares_figures_with`` naming no indicator at all is a slip the bureau is told of (with the
    line); one naming an indicator the bureau disabled is dropped quietly."""
    kept = set(origins)
    result = []
    for spec in specs:
        for other in spec.shares_figures_with:
            if other not in known:
                path = origins[spec.id]
                quoted = f'"{other}"'
                raise CatalogError(
                    f"指标目录文件《{path.name}》第 {line_of(path, quoted)} 行：指标 {spec.id} 的 "
                    f"shares_figures_with 写的指标 {other} 不存在",
                    str(path),
                )
        if any(other not in kept for other in spec.shares_figures_with):
            spec = replace(spec, shares_figures_with=tuple(o for o in spec.shares_figures_with if o in kept))
        result.append(spec)
    return result


def load_catalog_or_bundled(path: str | Path | None = None, use_user_file: bool = True) -> tuple[Catalog, str | None]:
    """The catalog, falling back to the bundled one when a bureau's own file is broken.

    Returns (catalog, Chinese warning or None): a typo in the user file must not stop
    the tool from starting; the reviewer is told which file and line to fix.
    """
    warnings: list[str] = []
    try:
        catalog = load_catalog(path, use_user_file=use_user_file, warnings=warnings)
        return catalog, "\n".join(warnings) or None
    except CatalogError as exc:
        if path is not None or not use_user_file:
            raise
        return load_catalog(use_user_file=False), f"{exc.message}；已改用内置指标目录"


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The catalog the program uses unless told otherwise (cached: it is read often)."""
    return load_catalog()

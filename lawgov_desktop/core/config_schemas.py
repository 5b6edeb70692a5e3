"""What each file a bureau may edit can hold: one table per file, for ``schema.check``.

To add a key to the indicators, add a line to ``INDICATOR_FIELDS`` (and read it in
``catalog.py``); a file that uses a key not listed here is refused with a message
naming the key, so a typo (``max_gpa``) never passes silently.
"""
from __future__ import annotations

from typing import Any

from .schema import (Boolean, Choice, Integer, ListOf, MapOf, Nullable, Number, Patterns, Record, Spec, Text,
                     TextOrList, shape_of)

KINDS = ("count", "people", "rate", "amount")
SEVERITIES = ("错误", "警告", "提示")
ID = Text(min_length=1, max_length=100, pattern=r"[a-z][a-z0-9_]*", pattern_hint="小写英文、数字和下划线")


def _named(prefix: str):
    return lambda item: f"{prefix} {item['id']}" if isinstance(item, dict) and isinstance(item.get("id"), str) else None


# ------------------------------------------------------------------ indicators.json

INDICATOR_FIELDS: dict[str, Spec] = {
    "id": ID,
    "category": Text(min_length=1, max_length=100),
    "name": Text(min_length=1, max_length=200),
    "unit": Text(min_length=1, max_length=20),
    "kind": Choice(KINDS),
    "counts": Text(),
    "not": Text(),
    "definition": Text(),
    "excludes": Text(),
    "headline": Boolean(),
    # Word lists of the extraction grammar (regular expressions): what is counted, the event
    # that counts it, labels of a figure, and words a candidate must not be near.
    "things": Patterns(),
    "events": Patterns(),
    "labels": Patterns(),
    "avoid": Patterns(),
    "cues": Patterns(),
    "cue_after": Patterns(),
    "require": Patterns(),
    "topic": Patterns(),
    "exclude": Patterns(),
    "exclude_outside_departments": Patterns(),
    "exclude_sentence": Patterns(),
    "prefer": Patterns(),
    "all_phrases": Patterns(),
    "units": TextOrList(item=Text(min_length=1, max_length=20), max_items=100),
    "max_gap": Integer(minimum=1, maximum=500),
    "require_within": Integer(minimum=1, maximum=500),
    "require_within_after": Integer(minimum=1, maximum=500),
    "require_near": Patterns(),
    "sentence_context_for": Patterns(),
    "sentence_context": Patterns(),
    # Indicators that may keep the same number as this one (a statement of decisions given legality review).
    "shares_figures_with": ListOf(item=ID, max_items=100),
    "sum_parts": Boolean(),
    "own_body_only": Boolean(),
    "min_value": Number(),
    "max_value": Nullable(Number()),
}
CATEGORY = Record(fields={"id": Text(min_length=1, max_length=100), "name": Text(min_length=1, max_length=100)},
                  required=("id",))
# A bureau's file may name only the fields it changes; the merged indicator is checked
# for the rest (name, unit, kind, category) when the catalog is built.
INDICATORS_FILE = Record(fields={
    "version": Integer(minimum=0),
    "categories": ListOf(item=CATEGORY, max_items=200, name_item=_named("类别")),
    "indicators": ListOf(item=Record(fields=INDICATOR_FIELDS, required=("id",)), max_items=2000,
                         name_item=_named("指标")),
    "disabled": ListOf(item=Text(min_length=1, max_length=100), max_items=2000),
})


# ------------------------------------------------------------------ checks.json

RULE_FIELDS: dict[str, Spec] = {
    "id": Text(min_length=1, max_length=100),
    "kind": Text(min_length=1, max_length=100),  # known kinds are checked against the registry when built
    "severity": Choice(SEVERITIES),
    "enabled": Boolean(),
    "name": Text(max_length=100),  # Chinese, shown to people in place of the id
    "message": Text(min_length=1, max_length=1000),
    "params": MapOf(max_items=100),  # each value is checked against the bundled rules of its kind
}
VOCABULARY_FIELDS: dict[str, Spec] = {
    "heading_markers": Patterns(),
    "top_level_markers": Patterns(),
    "year_patterns": Patterns(),
    "bare_heading_max_chars": Integer(minimum=1, maximum=1000),
    "heading_max_chars": Integer(minimum=1, maximum=1000),
}
CHECKS_FILE = Record(fields={
    "version": Integer(minimum=0),
    "vocabulary": Record(fields=VOCABULARY_FIELDS),
    "rules": ListOf(item=Record(fields=RULE_FIELDS, required=("id",)), max_items=500, name_item=_named("规则")),
    "disabled": ListOf(item=Text(min_length=1, max_length=100), max_items=500),
})
# Parameters that are not in a bundled rule of the same kind, or whose shape cannot be
# learnt from one, are declared here.
PARAM_FORMATS: dict[str, Spec] = {
    "government_due": Text(pattern=r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", pattern_hint="“月-日”，如 03-31"),
    "department_due": Text(pattern=r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", pattern_hint="“月-日”，如 03-31"),
}


def is_pattern_key(key: str) -> bool:
    return key.endswith("patterns")


def rule_params_spec(kind: str, bundled_rules: list[dict[str, Any]]) -> Record:
    """The parameters a rule of ``kind`` may have: those of the bundled rules of that kind,
    each with the shape of its bundled value (a number stays a number …)."""
    fields: dict[str, Spec] = {}
    for rule in bundled_rules:
        if rule.get("kind") != kind or not isinstance(rule.get("params"), dict):
            continue
        for key, example in rule["params"].items():
            if key not in fields:
                fields[key] = PARAM_FORMATS.get(key) or (
                    Patterns() if is_pattern_key(key) else shape_of(example, pattern_keys=is_pattern_key))
    return Record(fields=fields)


# ------------------------------------------------------------------ settings.json

REVIEW_SETTINGS = Record(fields={
    "reviewer": Text(max_length=100),
    "require_reason": Boolean(),
    "low_confidence": Number(minimum=0, maximum=1),
    "text_zoom": Integer(minimum=-20, maximum=40),
})
# Other parts of the program keep their own sections in the same file.
SETTINGS_FILE = Record(fields={"review": REVIEW_SETTINGS}, others=MapOf())

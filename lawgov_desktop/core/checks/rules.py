"""Rule instances: load ``resources/checks.json`` and merge a bureau's own file over it.

A rule is data: an id, a kind (which check module runs it), a severity, a Chinese
message template and parameters.  A bureau switches rules off or changes
thresholds in ``paths.user_config_dir()/checks.json``::

    {"rules": [{"id": "batch.outlier", "enabled": false},
               {"id": "timeliness.late", "params": {"government_due": "03-31"}}]}

Entries with a known id are merged field by field (``params`` key by key); a new
id adds a rule of a known kind.  A broken user file never stops the program: the
bundled rules are used and ``RuleSet.warnings`` carries the Chinese message naming
the file and line, for the window and the log.  A broken bundled file is a bug
and raises ``CatalogError``.

Both files are read through ``datafile.read_config`` and checked against
``config_schemas.CHECKS_FILE``; a user rule's ``params`` must have the shape of the
bundled rules of its kind (a threshold stays a number).  The user's patterns are
tried first (``pattern_safety.vet``): one that could hang is left out, with a warning.
"""
from __future__ import annotations

import json
import logging
import re
import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import paths
from ..config_schemas import CHECKS_FILE, rule_params_spec
from ..datafile import ConfigFile, line_of, read_config
from ..errors import CatalogError
from ..schema import check

log = logging.getLogger(__name__)

SEVERITIES = ("错误", "警告", "提示")
SEVERITY_ORDER = {name: rank for rank, name in enumerate(SEVERITIES)}
RULES_FILE = "checks.json"


class _KeepMissing(dict):
    """format_map helper: a placeholder without a value stays visible, never raises."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    severity: str
    message: str
    enabled: bool = True
    params: Mapping[str, Any] = field(default_factory=dict)
    # Every params key ending in "patterns", compiled.
    patterns: Mapping[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict, compare=False, repr=False)
    name: str = ""  # Chinese, shown to people; the id when a bureau's rule has none

    @property
    def display_name(self) -> str:
        return self.name or self.id

    def format(self, **values: Any) -> str:
        return self.message.format_map(_KeepMissing(values))

    def compiled(self, key: str) -> tuple[re.Pattern[str], ...]:
        return self.patterns.get(key, ())


@dataclass(frozen=True)
class Vocabulary:
    """Wording shared by several rules (heading markers, year mentions)."""

    heading_markers: tuple[re.Pattern[str], ...]
    top_level_markers: tuple[re.Pattern[str], ...]
    year_patterns: tuple[re.Pattern[str], ...]
    bare_heading_max_chars: int = 30
    heading_max_chars: int = 60


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    vocabulary: Vocabulary
    sources: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # Chinese: why a user file was ignored

    def enabled(self, kinds: Collection[str] | None = None) -> list[Rule]:
        return [r for r in self.rules if r.enabled and (kinds is None or r.kind in kinds)]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def _fail(path: Path, needle: str, problem: str) -> CatalogError:
    line = line_of(path, needle) if needle else 0
    where = f"第 {line} 行：" if line else ""
    return CatalogError(f"核对规则文件《{path.name}》{where}{problem}", str(path))


def _read(path: Path) -> ConfigFile:
    return read_config(path, "核对规则文件", CHECKS_FILE, bundled=path == paths.resource(RULES_FILE))


def _check_params(config: ConfigFile, bundled: dict[str, Any]) -> None:
    """Each user rule's params against the shape of the bundled rules of its kind."""
    kinds = {rule["id"]: rule.get("kind") for rule in bundled.get("rules", [])}
    for index, raw in enumerate(config.data.get("rules", [])):
        kind = raw.get("kind", kinds.get(raw["id"]))
        if "params" not in raw or not isinstance(kind, str):
            continue
        spec = rule_params_spec(kind, bundled.get("rules", []))
        problem = check(raw["params"], spec, ("rules", index, "params"), (f"规则 {raw['id']}", "params"))
        if problem is not None:
            raise config.error(problem)


def _patterns_in(value: Any) -> set[str]:
    """Every string under a key ending in "patterns" or "markers" (the bundled ones are trusted)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key.endswith(("patterns", "markers")):
                found.update(p for p in ([item] if isinstance(item, str) else item or []) if isinstance(p, str))
            else:
                found |= _patterns_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= _patterns_in(item)
    return found


def _merge(bundled: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    rules = {r["id"]: dict(r) for r in bundled.get("rules", [])}
    for raw in extra.get("rules", []):
        merged = {**rules.get(raw["id"], {}), **raw}
        merged["params"] = {**rules.get(raw["id"], {}).get("params", {}), **raw.get("params", {})}
        rules[raw["id"]] = merged
    for rule_id in extra.get("disabled", []):
        if rule_id in rules:
            rules[rule_id]["enabled"] = False
    vocabulary = {**bundled.get("vocabulary", {}), **extra.get("vocabulary", {})}
    return {"vocabulary": vocabulary, "rules": list(rules.values())}


def _vet(pattern: str) -> str | None:
    from ..pattern_safety import vet  # only a bureau's own file needs it

    return vet(pattern)


def _refusal(owner: str, key: str, pattern: str, reason: str) -> str:
    from ..pattern_safety import refusal_message

    return refusal_message(owner, key, pattern, reason)


def _compile_list(path: Path, owner: str, key: str, raw: Any, trusted: frozenset[str] | None = None,
                  refused: list[str] | None = None) -> tuple[re.Pattern[str], ...]:
    """Compile a pattern list; patterns not in ``trusted`` are vetted first (when it is given)
    and one that could hang is left out, its message added to ``refused``."""
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        raise _fail(path, f'"{key}"', f"{owner} 的 {key} 应为表达式列表")
    compiled = []
    for pattern in raw:
        try:
            pattern_object = re.compile(pattern)
        except re.error as exc:
            needle = json.dumps(pattern, ensure_ascii=False)[1:-1]
            raise _fail(path, needle, f"{owner} 的 {key} 中的表达式“{pattern}”有误：{exc}") from exc
        reason = _vet(pattern) if trusted is not None and pattern not in trusted else None
        if reason is None:
            compiled.append(pattern_object)
        elif refused is not None:
            refused.append(_fail(path, json.dumps(pattern, ensure_ascii=False)[1:-1],
                                 _refusal(owner, key, pattern, reason)).message)
        else:
            raise _fail(path, json.dumps(pattern, ensure_ascii=False)[1:-1], _refusal(owner, key, pattern, reason))
    return tuple(compiled)


def _build_rule(path: Path, raw: dict[str, Any], kinds: Mapping[str, tuple[str, ...]],
                trusted: frozenset[str] | None = None, refused: list[str] | None = None) -> Rule:
    rule_id = raw["id"]
    at = f'"{rule_id}"'
    kind = raw.get("kind")
    if kind not in kinds:
        raise _fail(path, at, f"规则 {rule_id} 的 kind “{kind}” 未知，可用的有：{'、'.join(sorted(kinds))}")
    severity = raw.get("severity")
    if severity not in SEVERITIES:
        raise _fail(path, at, f"规则 {rule_id} 的 severity 应为 错误/警告/提示（现为 {severity!r}）")
    message = raw.get("message")
    if not isinstance(message, str) or not message:
        raise _fail(path, at, f"规则 {rule_id} 缺少 message")
    try:
        list(string.Formatter().parse(message))
    except ValueError as exc:
        raise _fail(path, at, f"规则 {rule_id} 的 message 中花括号不成对：{exc}") from exc
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise _fail(path, at, f"规则 {rule_id} 的 params 应为 {{…}} 对象")
    missing = [key for key in kinds[kind] if key not in params]
    if missing:
        raise _fail(path, at, f"规则 {rule_id} 缺少参数 {'、'.join(missing)}")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise _fail(path, at, f"规则 {rule_id} 的 enabled 应为 true 或 false")
    name = raw.get("name", "")
    if not isinstance(name, str):
        raise _fail(path, at, f"规则 {rule_id} 的 name 应为文字")
    patterns = {
        key: _compile_list(path, f"规则 {rule_id}", key, value, trusted, refused)
        for key, value in params.items()
        if key.endswith("patterns")
    }
    return Rule(rule_id, kind, severity, message, enabled, dict(params), patterns, name.strip())


def _build(path: Path, data: dict[str, Any], kinds: Mapping[str, tuple[str, ...]],
           sources: tuple[str, ...], warnings: tuple[str, ...], trusted: frozenset[str] | None = None) -> RuleSet:
    refused: list[str] = []

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        return _compile_list(path, "vocabulary", key, raw_vocabulary.get(key, []), trusted, refused)

    # The heading and year words are part of the one report language (language.json "headings");
    # a bureau's checks.json may still carry a "vocabulary" block of its own, laid over it.
    from .. import vocabulary as report_language

    raw_vocabulary = {**report_language.language().get("headings", {}), **data.get("vocabulary", {})}
    if trusted is not None:
        trusted = trusted | frozenset(_patterns_in(report_language.language().get("headings", {})))
    vocabulary = Vocabulary(
        heading_markers=patterns("heading_markers"),
        top_level_markers=patterns("top_level_markers"),
        year_patterns=patterns("year_patterns"),
        bare_heading_max_chars=int(raw_vocabulary.get("bare_heading_max_chars", 30)),
        heading_max_chars=int(raw_vocabulary.get("heading_max_chars", 60)),
    )
    rules = []
    seen = set()
    for raw in data.get("rules", []):
        if raw["id"] in seen:
            raise _fail(path, f'"{raw["id"]}"', f"规则 id {raw['id']} 重复")
        seen.add(raw["id"])
        rules.append(_build_rule(path, raw, kinds, trusted, refused))
    return RuleSet(tuple(rules), vocabulary, sources, (*warnings, *refused))


def load_rules(path: str | Path | None = None, user_file: str | Path | None = None,
               use_user_file: bool = True) -> RuleSet:
    """The bundled rules (or ``path``) with the user's file merged over them.

    Raises ``CatalogError`` only for a broken bundled file; a broken user file is
    reported in ``RuleSet.warnings`` and ignored.
    """
    from .registry import REQUIRED_PARAMS

    base_path = Path(path) if path else paths.resource(RULES_FILE)
    bundled_file = _read(base_path)
    bundled = bundled_file.data
    # Only the bundled file's own patterns skip the vetting (a test vets them).
    trusted = frozenset(_patterns_in(bundled)) if base_path == paths.resource(RULES_FILE) else frozenset()
    extra_path = Path(user_file) if user_file else (paths.user_config_dir() / RULES_FILE if use_user_file else None)
    if extra_path is not None and extra_path.is_file():
        try:
            extra_file = _read(extra_path)
            _check_params(extra_file, bundled)
            return _build(extra_path, _merge(bundled, extra_file.data), REQUIRED_PARAMS,
                          (str(base_path), str(extra_path)), tuple(extra_file.warnings), trusted)
        except CatalogError as exc:
            log.warning("ignoring user rule file %s: %s", extra_path, exc.message)
            warning = f"{exc.message}。已改用内置核对规则。"
            return _build(base_path, bundled, REQUIRED_PARAMS, (str(base_path),), (warning,), trusted)
    return _build(base_path, bundled, REQUIRED_PARAMS, (str(base_path),), (), trusted)


_cache: dict[tuple[str, float], RuleSet] = {}


def default_rules() -> RuleSet:
    """The rules in force, re-read when the user file appears, changes or goes."""
    user_path = paths.user_config_dir() / RULES_FILE
    try:
        stamp = user_path.stat().st_mtime
    except OSError:
        stamp = -1.0
    key = (str(user_path), stamp)
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_rules()
    return _cache[key]

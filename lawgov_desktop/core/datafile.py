"""Read a JSON data file a bureau may edit, with messages that name the file, the line and the field.

``read_config(path, kind, spec)`` is the one way in for indicators.json, checks.json,
settings.json (and any other file a bureau edits):

- at most ``MAX_BYTES`` (1 MB; the bundled catalog is 37 KB), and nested at most
  ``MAX_DEPTH`` levels (JSON nested 100,000 deep would otherwise overflow the parser);
- UTF-8 (with or without BOM); a file Notepad saved as “ANSI” (GBK) is read as
  GB18030 with a warning, anything else is refused;
- no object names a key twice (json would keep the last and drop the first unseen);
- checked against its ``schema`` table, the first problem reported as
  ``指标目录文件《indicators.json》第 12 行：指标 x 的 max_gap 应为整数（现为 "abc"）``.

Any failure raises ``CatalogError``; the callers fall back to the bundled file.  All
of it is linear in the file's size: the line of a problem is found by one pass of
a JSON tokenizer (``ConfigFile.line_at``), only when there is a problem.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from pathlib import Path
from typing import Any, Iterator

from .errors import CatalogError, display_name, os_error_reason
from .schema import JsonPath, Problem, Spec, check

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 32
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]')


class ConfigFile:
    """A parsed data file, its text (for line numbers) and the warnings reading it gave."""

    def __init__(self, path: Path, kind: str, text: str, data: Any, warnings: list[str] | None = None) -> None:
        self.path = path
        self.kind = kind  # 指标目录文件, 核对规则文件, 设置文件 … for messages
        self.text = text
        self.data = data
        self.warnings = list(warnings or [])
        self._line_starts: list[int] | None = None

    @property
    def label(self) -> str:
        return f"{self.kind}《{display_name(self.path)}》"

    def line_of_offset(self, offset: int) -> int:
        if self._line_starts is None:
            self._line_starts = [0] + [match.end() for match in re.finditer("\n", self.text)]
        return bisect_right(self._line_starts, offset)

    def line_at(self, path: JsonPath, at_key: bool = False) -> int:
        """The line of the value (or, with ``at_key``, the key) at ``path``; 0 when not found."""
        offset = locate(self.text, path, at_key)
        return self.line_of_offset(offset) if offset is not None else 0

    def error(self, problem: Problem) -> CatalogError:
        line = self.line_at(problem.path, problem.at_key)
        where = f"第 {line} 行：" if line else "："
        return CatalogError(f"{self.label}{where}{problem.where} {problem.message}", str(self.path))

    def fail(self, path: JsonPath, where: str, message: str) -> CatalogError:
        """A problem found after the schema (a duplicate id, an unknown category …)."""
        return self.error(Problem(path, where, message))


def read_config(path: Path, kind: str, spec: Spec | None = None, bundled: bool = False) -> ConfigFile:
    """Read, parse and check ``path``; raises ``CatalogError`` naming file, line and field.

    ``bundled`` (a file shipped with the program) skips the depth scan and the schema: a
    test checks the bundled files against the same schemas, and every start is spared it.
    """
    label = f"{kind}《{display_name(path)}》"
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CatalogError(f"{label}无法读取（{os_error_reason(exc)}）", repr(exc)) from exc
    if len(raw) > MAX_BYTES:
        raise CatalogError(f"{label}过大（超过 {MAX_BYTES // 1024 // 1024} MB），不像是配置文件", str(path))
    text, warnings = _decode(raw, label, path)
    config = ConfigFile(path, kind, text, None, warnings)
    too_deep = None if bundled else _too_deep_at(text)
    if too_deep is not None:
        raise CatalogError(f"{label}第 {config.line_of_offset(too_deep)} 行：嵌套超过 {MAX_DEPTH} 层，不像是配置文件",
                           str(path))
    try:
        config.data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{label}第 {exc.lineno} 行第 {exc.colno} 列格式错误：{_json_reason(exc.msg)}",
                           str(path)) from exc
    except RepeatedKey as exc:
        # json keeps the last of two equal keys without a word: a bureau that wrote "exclude" twice
        # in one indicator would lose the first list unseen.
        offset = repeated_key_at(text)
        where = f"第 {config.line_of_offset(offset)} 行：" if offset is not None else ""
        raise CatalogError(f"{label}{where}同一处写了两个“{exc.key}”，后一个会盖掉前一个；请合并成一项",
                           str(path)) from exc
    except (RecursionError, ValueError) as exc:  # numbers too long to convert, deep nesting missed above
        raise CatalogError(f"{label}格式错误，无法读取", repr(exc)) from exc
    if spec is not None and not bundled:
        problem = check(config.data, spec)
        if problem is not None:
            raise config.error(problem)
    return config


def _decode(raw: bytes, label: str, path: Path) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{label}的编码无法识别，请用记事本“另存为”并选择 UTF-8 编码", repr(exc)) from exc
    return text, [f"{label}不是 UTF-8 编码，已按 GBK（ANSI）读取；建议用记事本“另存为”并选择 UTF-8 编码"]


_JSON_REASONS = {
    "Expecting value": "缺少值",
    "Expecting property name enclosed in double quotes": "项名应加英文双引号（或多了逗号）",
    "Expecting ',' delimiter": "缺少英文逗号",
    "Expecting ':' delimiter": "缺少英文冒号",
    "Unterminated string starting at": "引号没有成对",
    "Invalid control character at": "文字中有控制字符",
    "Invalid \\escape": "反斜杠 \\ 的用法有误（表达式中的 \\ 要写成 \\\\）",
    "Extra data": "结尾有多余的内容",
}


def _json_reason(message: str) -> str:
    for english, chinese in _JSON_REASONS.items():
        if message.startswith(english):
            return chinese
    return "不是有效的 JSON"


class RepeatedKey(ValueError):
    """An object of the file names the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKey(key)
            seen.add(key)
    return data


def repeated_key_at(text: str) -> int | None:
    """Offset of the first key that an object of ``text`` has already named, or None (one pass
    of the tokenizer, on the error path only)."""
    # Per object, its keys; the frame is kept so that its id is not reused by a later object's.
    named: dict[int, tuple[_Frame, set[str]]] = {}
    for is_key, stack, match in _walk(text):
        if is_key:
            frame = stack[-1]
            keys = named.setdefault(id(frame), (frame, set()))[1]
            if frame.key in keys:
                return match.start()
            keys.add(frame.key)
    return None


def _too_deep_at(text: str) -> int | None:
    """Offset of the first bracket nested deeper than ``MAX_DEPTH``, or None."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif token in "}]":
            depth -= 1
    return None


def locate(text: str, path: JsonPath, at_key: bool = False) -> int | None:
    """Offset in ``text`` of the value at ``path`` (keys and list indices), or of its key.

    One pass over the tokens, keeping the path of the value being read; stops at the
    first match.  A key that occurs twice in an object is found at its first place.
    """
    target = tuple(path)
    if not target and not at_key:
        return 0
    for is_key, stack, match in _walk(text):
        if is_key == at_key and tuple(f.key for f in stack) == target:
            return match.start()
    return None


def _walk(text: str) -> Iterator[tuple[bool, list[_Frame], re.Match[str]]]:
    """Each key (True) and each value's first token (False) of ``text`` in order, with the frames of
    the objects and lists around it, the innermost holding the key or index it is read under."""
    stack: list[_Frame] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        frame = stack[-1] if stack else None
        if token in "}]":
            if stack:
                stack.pop()
        elif token == ":":
            continue
        elif token == ",":
            if frame is not None:
                if frame.is_object:
                    frame.expect_key = True
                else:
                    frame.key += 1
        elif frame is not None and frame.is_object and frame.expect_key:
            frame.key, frame.expect_key = _string(token), False
            yield True, stack, match
        else:  # a value starts here
            yield False, stack, match
            if token == "{":
                stack.append(_Frame(True, None, True))
            elif token == "[":
                stack.append(_Frame(False, 0, False))


class _Frame:
    __slots__ = ("is_object", "key", "expect_key")

    def __init__(self, is_object: bool, key: Any, expect_key: bool) -> None:
        self.is_object, self.key, self.expect_key = is_object, key, expect_key


def _string(token: str) -> str:
    try:
        value = json.loads(token)
    except ValueError:
        return token
    return value if isinstance(value, str) else token


# -- kept for callers of old ----------------------------------------------------------------------

def load_json_object(path: Path, kind: str) -> dict[str, Any]:
    """The ``{…}`` object in ``path``; ``kind`` names the file for the reviewer (指标目录文件, 核对规则文件)."""
    config = read_config(path, kind)
    if not isinstance(config.data, dict):
        raise CatalogError(f"{config.label}的最外层应为 {{…}} 对象", str(path))
    return config.data


def line_of(path: Path, needle: str) -> int:
    """The first line of ``path`` containing ``needle`` (1-based), 0 when none: for messages only.

    Reads the file, so it is for the error path; loading calls ``ConfigFile.line_at``.
    """
    try:
        with path.open("rb") as stream:
            text = stream.read(MAX_BYTES).decode("utf-8-sig", errors="replace")
    except OSError:
        return 0
    offset = text.find(needle)
    return text.count("\n", 0, offset) + 1 if offset >= 0 else 0

"""A small declarative schema for the JSON files a bureau may edit.

A schema is a tree of specs — ``Text``, ``Integer``, ``Number``, ``Boolean``,
``Choice``, ``Nullable``, ``ListOf``, ``TextOrList``, ``Patterns``, ``Record``,
``MapOf`` and ``shape_of(example)`` — and ``check(value, spec)`` walks a parsed file against it and
returns the first ``Problem``: where it is (the raw JSON path, for the line number,
and a readable Chinese name such as “指标 reconsideration_cases 的 max_gap”) and
what is wrong (“应为整数（现为 "abc"）”).  One message per file: a reviewer fixes
one thing at a time, and the file is not used until it is right.

The tables of what each file may hold are in ``config_schemas``; adding a key to
an indicator is one line there.  The specs are plain classes, not dataclasses: the
catalog is read at every start, and generating some twenty dataclasses cost 13 ms.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

JsonPath = tuple[str | int, ...]


class Problem:
    """Where a file is wrong and how: ``path`` (keys and indices down to the value, or to the
    key when ``at_key``), ``where`` (its readable name) and ``message`` (in Chinese)."""

    __slots__ = ("path", "where", "message", "at_key")

    def __init__(self, path: JsonPath, where: str, message: str, at_key: bool = False) -> None:
        self.path, self.where, self.message, self.at_key = tuple(path), where, message, at_key

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.where!r}, {self.message!r})"


class Invalid(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def shown(value: Any) -> str:
    """A value as the reviewer typed it, shortened."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


class _Place:
    __slots__ = ("path", "names")

    def __init__(self, path: JsonPath = (), names: tuple[str, ...] = ()) -> None:
        self.path, self.names = path, names

    def child(self, key: str | int, name: str | None = None) -> _Place:
        if name is not None:  # a named item stands for its list: “指标 x”, not “indicators 的 指标 x”
            return _Place((*self.path, key), (*self.names[:-1], name))
        label = f"第 {key + 1} 项" if isinstance(key, int) else key
        return _Place((*self.path, key), (*self.names, label))

    def fail(self, message: str, at_key: bool = False) -> Invalid:
        where = " 的 ".join(self.names) if self.names else "最外层"
        return Invalid(Problem(self.path, where, message, at_key))


class Spec:
    """One kind of value; ``describe`` is its Chinese name in messages (“整数”)."""

    describe = "值"

    def check(self, value: Any, place: _Place) -> None:
        raise NotImplementedError

    def _wrong_type(self, value: Any, place: _Place) -> Invalid:
        return place.fail(f"应为{_spaced(self.describe)}（现为 {shown(value)}）")


def _spaced(words: str) -> str:
    """A space before Latin text after Chinese: 应为 true 或 false, 应为整数."""
    return f" {words}" if words[:1].isascii() else words


class Anything(Spec):
    describe = "任意值"

    def check(self, value: Any, place: _Place) -> None:
        return None


class Text(Spec):
    describe = "文字"

    def __init__(self, min_length: int = 0, max_length: int = 10_000, pattern: str | None = None,
                 pattern_hint: str = "") -> None:
        self.min_length, self.max_length = min_length, max_length
        self.pattern = pattern  # the whole text must match
        self.pattern_hint = pattern_hint

    def check(self, value: Any, place: _Place) -> None:
        if not isinstance(value, str):
            raise self._wrong_type(value, place)
        if len(value) < self.min_length:
            raise place.fail("不能为空" if self.min_length == 1 else f"至少应有 {self.min_length} 个字")
        if len(value) > self.max_length:
            raise place.fail(f"过长（超过 {self.max_length} 个字）")
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            raise place.fail(f"应为{_spaced(self.pattern_hint or '规定格式的文字')}（现为 {shown(value)}）")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Number(Spec):
    describe = "数字"

    def __init__(self, minimum: float | None = None, maximum: float | None = None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def check(self, value: Any, place: _Place) -> None:
        if not _is_number(value) or not math.isfinite(value):
            raise self._wrong_type(value, place)
        if self.minimum is not None and value < self.minimum:
            raise place.fail(f"应不小于 {self.minimum:g}（现为 {shown(value)}）")
        if self.maximum is not None and value > self.maximum:
            raise place.fail(f"应不大于 {self.maximum:g}（现为 {shown(value)}）")


class Integer(Number):
    describe = "整数"

    def check(self, value: Any, place: _Place) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._wrong_type(value, place)
        super().check(value, place)


class Boolean(Spec):
    describe = "true 或 false"

    def check(self, value: Any, place: _Place) -> None:
        if not isinstance(value, bool):
            raise self._wrong_type(value, place)


class Choice(Spec):
    def __init__(self, choices: Sequence[Any]) -> None:
        self.choices = tuple(choices)
        self.describe = "、".join(map(str, self.choices)) + " 之一"

    def check(self, value: Any, place: _Place) -> None:
        if isinstance(value, bool) or value not in self.choices:
            raise self._wrong_type(value, place)


class Nullable(Spec):
    def __init__(self, inner: Spec) -> None:
        self.inner = inner
        self.describe = f"{inner.describe}或 null"

    def check(self, value: Any, place: _Place) -> None:
        if value is not None:
            try:
                self.inner.check(value, place)
            except Invalid as exc:
                if exc.problem.path == place.path and "应为" in exc.problem.message:
                    raise self._wrong_type(value, place) from None
                raise


class ListOf(Spec):
    describe = "[…] 列表"

    def __init__(self, item: Spec | None = None, max_items: int = 10_000,
                 name_item: Callable[[Any], str | None] | None = None) -> None:
        self.item = item or Anything()
        self.max_items = max_items
        self.name_item = name_item  # a readable name for an item (“指标 x”), or None

    def check(self, value: Any, place: _Place) -> None:
        if not isinstance(value, list):
            raise self._wrong_type(value, place)
        if len(value) > self.max_items:
            raise place.fail(f"项数过多（超过 {self.max_items} 项）")
        for index, item in enumerate(value):
            name = self.name_item(item) if self.name_item is not None else None
            self.item.check(item, place.child(index, name))


class TextOrList(ListOf):
    """A word or a list of words: ``"办理公证"`` and ``["办理公证"]`` mean the same."""

    describe = "文字或文字列表"

    def check(self, value: Any, place: _Place) -> None:
        if isinstance(value, str):
            self.item.check(value, place)
            return
        if not isinstance(value, list):
            raise self._wrong_type(value, place)
        super().check(value, place)


class Pattern(Text):
    """A regular expression: it must compile (whether it can hang is ``pattern_safety``'s job)."""

    describe = "正则表达式"

    def __init__(self, max_length: int = 500) -> None:
        super().__init__(min_length=1, max_length=max_length)

    def check(self, value: Any, place: _Place) -> None:
        super().check(value, place)
        try:
            re.compile(value)
        except re.error as exc:
            raise place.fail(f"表达式“{value}”有误：{exc}") from None
        except (RecursionError, OverflowError):
            raise place.fail(f"表达式“{value}”嵌套过深或重复次数过大") from None


def Patterns(max_items: int = 500) -> TextOrList:  # noqa: N802 - reads as a spec name in the tables
    return TextOrList(item=Pattern(), max_items=max_items)


class Record(Spec):
    """A {…} object with known keys; keys starting with "_" (and ``note``) are comments.

    ``others`` checks keys not in ``fields``; without it they are refused (a typo such as
    ``max_gpa`` must not pass silently)."""

    describe = "{…} 对象"
    comment_keys = ("note", "说明")

    def __init__(self, fields: Mapping[str, Spec] | None = None, required: Sequence[str] = (),
                 others: Spec | None = None) -> None:
        self.fields = dict(fields or {})
        self.required = tuple(required)
        self.others = others

    def check(self, value: Any, place: _Place) -> None:
        if not isinstance(value, dict):
            raise self._wrong_type(value, place)
        for key in self.required:
            if key not in value:
                raise place.fail(f"缺少 {key}")
        for key, item in value.items():
            spec = self.fields.get(key, self.others)
            if spec is None:
                if key.startswith("_") or key in self.comment_keys:
                    continue
                known = "、".join(self.fields)
                raise place.child(key).fail(f"是未知的项（可用的有：{known}）", at_key=True)
            spec.check(item, place.child(key))


class MapOf(Spec):
    """A {…} object whose keys are free (names chosen by the bureau)."""

    describe = "{…} 对象"

    def __init__(self, value: Spec | None = None, max_items: int = 1000) -> None:
        self.value = value or Anything()
        self.max_items = max_items

    def check(self, value: Any, place: _Place) -> None:
        if not isinstance(value, dict):
            raise self._wrong_type(value, place)
        if len(value) > self.max_items:
            raise place.fail(f"项数过多（超过 {self.max_items} 项）")
        for key, item in value.items():
            self.value.check(item, place.child(key))


def shape_of(example: Any, *, pattern_keys: Callable[[str], bool] = lambda key: False) -> Spec:
    """A spec that accepts what has the JSON shape of ``example`` (a bundled value): a
    number for a number, a list of objects with the same keys for such a list …
    Keys for which ``pattern_keys`` is true hold regular expressions."""
    if isinstance(example, bool):
        return Boolean()
    if _is_number(example):
        return Number(minimum=0 if example >= 0 else None)
    if isinstance(example, str):
        return Text()
    if isinstance(example, list):
        item = shape_of(example[0], pattern_keys=pattern_keys) if example else Anything()
        return ListOf(item=item)
    if isinstance(example, dict):
        fields = {key: (Patterns() if pattern_keys(key) else shape_of(value, pattern_keys=pattern_keys))
                  for key, value in example.items()}
        return Record(fields=fields, required=tuple(example))
    return Anything()


def check(value: Any, spec: Spec, path: JsonPath = (), names: tuple[str, ...] = ()) -> Problem | None:
    """The first problem of ``value`` against ``spec``, or None; ``path`` and ``names`` say
    where ``value`` sits in its file when it is not the whole file."""
    try:
        spec.check(value, _Place(tuple(path), tuple(names)))
    except Invalid as exc:
        return exc.problem
    return None

"""What a regular expression's matches must start with, end with or contain, read from its parse tree.

All uses are for speed and none changes what a pattern finds (and reading a parse tree costs as
much as compiling: the answers are kept between runs with the compiled code, ``core.regex_cache``):
- the word index of ``extract.terms`` tries an indicator's words only where their first two or
  three characters stand;
- ``first_character_guard`` puts a look-ahead for those characters in front of a word list
  that Python's engine would otherwise try in full at every position of the text;
- ``required_literals``: the strings one of which every match contains, so that
  ``extract.literal_screen`` skips a search where a window holds none of them;
- ``characters_before_end``: what a pattern ending in ``$`` can end with, so that ``numbers``
  looks for a change word (同比增长) only after such a character.
"""
from __future__ import annotations

import re
from typing import Any

from .regex_cache import remembered

try:  # the parser of Python's own re module, to read a pattern's possible first characters
    from re import _compiler as _sre_compile, _constants as _sre_constants, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_MAX_RANGE = 2000  # a character class wider than this is “any character” for the prefix
_MAX_GUARD = 200  # first characters a look-ahead lists at most (more: it would hardly fail)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _prefixes(items, length: int) -> set[str] | None:
    """Every string of up to ``length`` characters a match of ``items`` can begin with.

    A string shorter than ``length`` means the match can end there.  None when a position
    can be almost any character (a negated class, a dot) or when there are too many.
    """
    c = _sre_constants
    current = {""}
    for op, av in items:
        growing = {s for s in current if len(s) < length}
        if not growing:
            break
        if op is c.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is c.IN:
            options = set()
            for kind, arg in av:
                if kind is c.LITERAL:
                    options.add(chr(arg))
                elif kind is c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
                    options.update(chr(code) for code in range(arg[0], arg[1] + 1))
                else:
                    return None
        elif op is c.SUBPATTERN:
            options = _prefixes(av[-1], length)
        elif op is c.BRANCH:
            options = set()
            for alternative in av[1]:
                sub = _prefixes(alternative, length)
                if sub is None:
                    return None
                options |= sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub_items = av
            once = _prefixes(sub_items, length)
            if once is None or high > 1 and any(len(o) < length for o in once):
                return None  # a repeated part shorter than the prefix: too many shapes
            options = once | ({""} if low == 0 else set())
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        else:
            return None
        if options is None:
            return None
        current = {s for s in current if len(s) >= length} | {
            (s + o)[:length] for s in growing for o in options}
        if len(current) > 5000:
            return None
    return current


@remembered("start_prefixes")
def start_prefixes(pattern: str, *lengths: int) -> set[str] | None:
    """The strings of up to ``length`` characters every match of ``pattern`` starts with (a shorter
    one: the match can end there; None: unknown), for the first of ``lengths`` (default 2) that
    gives an answer."""
    try:
        return _best_prefixes(_sre_parse.parse(pattern), lengths or (2,))
    except Exception:  # noqa: BLE001 - an unreadable pattern is scanned the slow way
        return None


def _best_prefixes(items, lengths: tuple[int, ...]) -> set[str] | None:
    """``start_prefixes`` of parsed items.  A pattern that is one alternation (an indicator's
    words) gives each alternative its own longest length: one word that goes on with any
    character after its first (“法…讲座”) is tried wherever that character stands, but the
    others still only where their three characters do."""
    c = _sre_constants
    if len(items) == 1:
        op, av = items[0]
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
            return _best_prefixes(av[-1], lengths)
        if op is c.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                sub = _best_prefixes(alternative, lengths)
                if sub is None:
                    return None
                found |= sub
            return found
    for length in lengths:
        prefixes = _prefixes(items, length)
        if prefixes and "" not in prefixes:
            return prefixes
    return None


@remembered("first_character_guard")
def first_character_guard(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead for the characters its matches can start with.

    Python's engine skips quickly to where a pattern can start only when it opens on a literal
    or a set of characters; a word list whose words open with an optional quote, a class or a
    group (“[“"]?十[三四五]五…”) is tried in full at every position of the text.  The look-ahead
    turns most of those tries into one failed character test (five times faster for the
    period words).  Patterns that already open on a literal or a set, that can match nothing,
    or whose first characters cannot be told are returned as they are, and so are patterns with
    global flags (inline or ``re.VERBOSE`` in ``flags``: a comment would swallow the group's end).

    The pattern is wrapped in a group: a look-ahead in front of a bare alternation (a|b) would
    guard its first alternative only.
    """
    if _GLOBAL_FLAGS.match(pattern) or flags & re.VERBOSE:
        return pattern
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - compiled as it is, and fails there with its own message
        return pattern
    if _engine_skips_fast(parsed):
        return pattern
    try:  # (from the parse tree already read: parsing a catalog's lists is most of the guard's cost)
        firsts = _best_prefixes(parsed, (1,))
    except Exception:  # noqa: BLE001 - as start_prefixes: unknown first characters, no guard
        firsts = None
    if not firsts or len(firsts) > _MAX_GUARD:
        return pattern
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])(?:" + pattern + ")"


def _engine_skips_fast(items) -> bool:
    """The pattern opens on a literal, a character set or an alternation of literals: the cases
    where the engine finds its starting positions by itself (its literal and charset prefixes)."""
    c = _sre_constants
    while len(items):
        op, av = items[0]
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            items = av[-1]
            continue
        if op is c.LITERAL or op is c.IN:
            return True
        if op is c.BRANCH:
            return all(len(alternative) and alternative[0][0] is c.LITERAL for alternative in av[1])
        return False
    return False


@remembered("may_consume")
def may_consume(pattern: str, characters: str) -> bool:
    """Whether a match of ``pattern`` may hold one of ``characters`` (True when it cannot be told).

    Read from the parse tree: every character test (a literal, a set, a dot) is tried on each of
    ``characters``; look-arounds hold no character of the match.  A look-ahead that skips text
    by a character the pattern can never consume is then safe to put in front of it.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - unreadable: assume the worst
        return True
    return _consumes(parsed.state, parsed.data, characters)


_REPEATS = tuple(getattr(_sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_constants, name))


def _consumes(state, items, characters: str) -> bool:
    c = _sre_constants
    for op, av in items:
        if op is c.LITERAL:  # (most nodes: tested without compiling them)
            if chr(av) in characters:
                return True
        elif op is c.NOT_LITERAL:
            if any(ch != chr(av) for ch in characters):
                return True
        elif op in (c.IN, c.ANY):
            test = _sre_compile.compile(_sre_parse.SubPattern(state, [(op, av)]), state.flags)
            if any(test.fullmatch(character) for character in characters):
                return True
        elif op is c.SUBPATTERN:
            if _consumes(state, av[-1], characters):
                return True
        elif op is c.BRANCH:
            if any(_consumes(state, alternative, characters) for alternative in av[1]):
                return True
        elif op in _REPEATS:
            if _consumes(state, av[2], characters):
                return True
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        else:
            return True  # a group reference, a conditional, an atomic group …: cannot tell
    return False


@remembered("required_literals")
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` contains at least one, in its matched text
    (None: none can be told).  Of the choices the pattern allows, the one whose shortest string
    is longest, Chinese characters counting double (the rarest to find in a window)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply not screened
        return None
    found = _sequence(list(parsed), pattern.flags)
    if found is None:
        return None
    # A string that contains another of the set adds nothing: 共计 is found wherever 共 is.
    kept = sorted(s for s in found if not any(other != s and other in s for other in found))
    return tuple(kept)


def _sequence(items: list, flags: int) -> frozenset[str] | None:
    """For a sequence of parsed items: each run of literal characters, and each part that must
    match, is one choice; the best of them."""
    choices: list[frozenset[str] | None] = []
    run = ""
    for op, av in items:
        if op is _sre_constants.LITERAL and not flags & re.IGNORECASE:
            run += chr(av)
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        if op is _sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            choices.append(_sequence(list(sub), (flags | add_flags) & ~del_flags))
        elif op is _sre_constants.BRANCH:
            alternatives = [_sequence(list(alternative), flags) for alternative in av[1]]
            if all(alternative is not None for alternative in alternatives):
                choices.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op is _sre_constants.MAX_REPEAT or op is _sre_constants.MIN_REPEAT:
            least, _most, sub = av
            if least >= 1:
                choices.append(_sequence(list(sub), flags))
        # Anything else (a class, any character, a look-around, an anchor, a back-reference)
        # ends the run and requires no string of its own: look-arounds may read outside the match.
    if run:
        choices.append(frozenset([run]))
    usable = [choice for choice in choices if choice]
    if not usable:
        return None
    return max(usable, key=lambda choice: (min(_weight(s) for s in choice), -len(choice)))


def _weight(literal: str) -> int:
    # How rarely a string stands in a report: a Chinese character tells more than a digit or a
    # letter (2024年以来: 以来 is the string to look for, not 20).
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in literal)


@remembered("characters_before_end")
def characters_before_end(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that ends in ``$``, searched as ``pattern.search(text, pos, endpos)``: the
    characters ``text[endpos - 1]`` can be when it is found, read from its parse tree.

    ``$`` holds at ``endpos``, or before a newline just before it: the characters the pattern's
    matches can end with, and the newline.  None when the pattern does not end in ``$`` at its top
    level, has flags that change what ``$`` or a letter matches, can match an empty string, or its
    last characters cannot be told (a negated set, a category, a back reference …)."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    try:
        items = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - unreadable: every figure is searched
        return None
    if not items or items[-1][0] is not _sre_constants.AT or items[-1][1] is not _sre_constants.AT_END:
        return None
    ends = _last_characters(items[:-1])
    if ends is None or "" in ends:
        return None
    return frozenset(ends | {"\n"})


def _last_characters(items: Any) -> set[str] | None:
    """The characters a match of the parsed ``items`` can end with ("" when it can be empty);
    None when they cannot be told.  Look-arounds and anchors consume nothing: they are passed."""
    c = _sre_constants
    ends: set[str] = {""}
    for op, av in reversed(list(items)):
        if "" not in ends:
            break
        chars: set[str] | None
        if op is c.LITERAL:
            chars = {chr(av)}
        elif op is c.IN:
            chars = set()
            for kind, arg in av:
                if kind is c.LITERAL:
                    chars.add(chr(arg))
                elif kind is c.RANGE and arg[1] - arg[0] <= 2000:
                    chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
                else:
                    return None
        elif op is c.SUBPATTERN:
            chars = _last_characters(av[-1])
        elif op is c.BRANCH:
            chars = set()
            for alternative in av[1]:
                sub = _last_characters(alternative)
                if sub is None:
                    return None
                chars |= sub
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            chars = _last_characters(av[2])
            if chars is not None and av[0] == 0:
                chars.add("")
        elif op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue
        else:
            return None
        if chars is None:
            return None
        ends = (ends - {""}) | chars
    return ends

"""Patterns that cannot hang: a bureau's regular expressions are tried before they are used.

Python's ``re`` backtracks.  A cue such as ``(.*)*次`` or ``(a+)+$`` takes time that
doubles with every character of a run it cannot match, so one careless entry in a
bureau's ``indicators.json`` or ``checks.json`` would make every report 读取超时 —
and blame the reports.  ``vet(pattern)`` therefore runs the pattern, at load, on
texts built to make it backtrack, and refuses it when it is slow:

1. The characters the pattern can match (its literals, the ends of its ranges, a
   letter for ``.``, a digit for ``\\d`` …) and its literal words are collected from
   its parse tree, and subjects are made of runs of each of them and of pairs of
   characters, with and without a final character that matches nothing.
2. Exponential patterns: the subjects grow two characters at a time from 4 to 32;
   a pattern whose time more than doubles with two characters more, or that needs
   more than ``SHORT_LIMIT_S`` on any of them, is refused.  The steps are small, so
   the probe that gives it away costs a few milliseconds.
3. Polynomial patterns (``.*次`` on a long line is quadratic, ``.*.*=`` cubic): the
   subjects double from 250 to 8,000 characters; against a subject a quarter as long,
   linear work grows 4×, quadratic work 16×, and growth beyond ``SUPERLINEAR_RATIO``
   (10×, confirmed by measuring again) is refused — on a report saved as one long line (the cap is
   1 million characters) it would never finish.
4. All probes of one pattern stop at ``BUDGET_S``; a pattern that uses it up is refused.

Patterns that cannot backtrack much — words, alternatives, character classes and
repeats of one character with an upper bound (``[^。]{0,30}``), whose tries per
starting position are at most ``MAX_BOUNDED_WORK`` — are accepted without a trial
(``obviously_fast``): most cue words are such.

Why not another engine: ``google-re2`` never backtracks, but it has no look-around,
and the bundled catalog and rules use look-behind and look-ahead (``(?<![\\d—])``)
in many patterns; the ``regex`` package's ``timeout=`` would need every match in the
extractor and the checks to go through it, and its engine is not ``re``'s (a pattern
can be fast in one and exponential in the other), so vetting with it would not
protect the ``re`` matches the program makes.  Vetting runs the very engine that
will be used.  Only patterns from files other than the bundled ones are vetted at
load (a test vets every bundled pattern), so a normal start costs nothing; a
verdict is cached per pattern for the life of the process.
"""
from __future__ import annotations

import re
import signal
import sys
import threading
import time
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

SHORT_LIMIT_S = 0.01  # on a subject of at most 32 characters
GROWTH_FLOOR_S = 0.0005  # below this, timings are too noisy to compare
GROWTH_FACTOR = 2.5  # per two characters more; polynomial growth at n = 16 is far below it
LONG_LENGTHS = (250, 500, 1000, 2000, 4000, 8000)  # doubling: a cubic pattern costs 8× the step before
LONG_FLOOR_S = 0.003
SUPERLINEAR_RATIO = 10.0  # for four times the length: linear work grows 4×, quadratic 16×
LONG_LIMIT_S = 0.5  # on up to 8,000 characters, even if linear
BUDGET_S = 3.0
SHORT_LENGTHS = range(4, 33, 2)
MAX_PROBE_CHARS = 10
MAX_PROBE_WORDS = 4
# Characters every report has, tried with any pattern.
COMMON_CHARS = ("中", "1", "a", " ", "，")
# A character no pattern of ours matches: ends a run so that anchors and tails fail.
_STOPPER = "\x00"

_CATEGORY_CHARS = {
    sre_constants.CATEGORY_DIGIT: "1", sre_constants.CATEGORY_NOT_DIGIT: "a",
    sre_constants.CATEGORY_SPACE: " ", sre_constants.CATEGORY_NOT_SPACE: "a",
    sre_constants.CATEGORY_WORD: "a", sre_constants.CATEGORY_NOT_WORD: " ",
}


def _nested(op, arg) -> list:
    """The item lists nested in one node of a parsed pattern (repeats, groups, branches, assertions)."""
    c = sre_constants
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return [arg[2]]
    if op is c.SUBPATTERN:
        return [arg[-1]]
    if op is c.BRANCH:
        return list(arg[1])
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [arg[1]]
    if op is getattr(c, "ATOMIC_GROUP", None):
        return [arg]
    if op is c.GROUPREF_EXISTS:
        return [arg[1]] + ([arg[2]] if arg[2] is not None else [])
    return []


class _Interrupted(Exception):
    pass


def probe_words(pattern: str) -> list[str]:
    """Runs of literal characters in the pattern (``行政复议`` in ``(行政复议)+.*?件``), longest first."""
    words: list[str] = []

    def walk(items) -> None:
        run = ""
        for op, arg in items:
            if op is sre_constants.LITERAL:
                run += chr(arg)
                continue
            if len(run) >= 2:
                words.append(run)
            run = ""
            for nested in _nested(op, arg):
                walk(nested)
        if len(run) >= 2:
            words.append(run)

    try:
        walk(sre_parse.parse(pattern))
    except (re.error, RecursionError, OverflowError, ValueError):
        return []
    return sorted(dict.fromkeys(words), key=len, reverse=True)[:MAX_PROBE_WORDS]


def probe_chars(pattern: str) -> list[str]:
    """Characters the pattern can match somewhere, most telling first, at most ``MAX_PROBE_CHARS``."""
    found: list[str] = []

    def add(char: str) -> None:
        if char not in found and char != _STOPPER:
            found.append(char)

    def walk(items) -> None:
        for op, arg in items:
            if op is sre_constants.LITERAL:
                add(chr(arg))
            elif op is sre_constants.NOT_LITERAL:
                add("a" if arg != ord("a") else "b")
            elif op is sre_constants.ANY:
                add("a")
            elif op is sre_constants.IN:
                negated = any(o is sre_constants.NEGATE for o, _ in arg)
                if negated:
                    add("a")
                    continue
                for item_op, item_arg in arg:
                    if item_op is sre_constants.LITERAL:
                        add(chr(item_arg))
                    elif item_op is sre_constants.RANGE:
                        add(chr(item_arg[0]))
                        add(chr(item_arg[1]))
                    elif item_op is sre_constants.CATEGORY:
                        add(_CATEGORY_CHARS.get(item_arg, "a"))
            else:
                for nested in _nested(op, arg):
                    walk(nested)

    try:
        walk(sre_parse.parse(pattern))
    except (re.error, RecursionError, OverflowError, ValueError):
        pass
    chars = found[:MAX_PROBE_CHARS]
    for char in COMMON_CHARS:
        if char not in chars:
            chars.append(char)
    return chars


def _families(chars: list[str], words: list[str]):
    """(unit, stopper) pairs: a subject is ``unit * k + stopper``."""
    for char in chars:
        yield char, ""
        yield char, _STOPPER
    for word in words:
        yield word, _STOPPER
    for first in chars[:5]:
        for second in chars[:5]:
            if first != second:
                yield first + second, _STOPPER


def _cpu_clock():
    """This thread's CPU time where the OS counts it finely (Linux): other jobs on a busy PC
    then do not pass for growth; else the wall clock (Windows counts CPU time in 15 ms ticks)."""
    if sys.platform.startswith("linux") and time.get_clock_info("thread_time").resolution <= 1e-6:
        return time.thread_time
    return time.perf_counter


_clock = _cpu_clock()


def _scan(compiled: re.Pattern[str], subject: str) -> float:
    started = _clock()
    for _ in compiled.finditer(subject):
        pass
    return _clock() - started


def _rescan(compiled: re.Pattern[str], subject: str, first: float) -> float:
    """The least of ``first`` and two more runs: a slow run may be another job on the PC."""
    return min(first, _scan(compiled, subject), _scan(compiled, subject))


@contextmanager
def _alarm(seconds: float):
    """Interrupt a match that runs past ``seconds`` (POSIX main thread only; a backstop:
    ``re`` checks for signals while it backtracks)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def interrupt(_signum, _frame):
        raise _Interrupted

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_SINGLE_CHAR = {sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN, sre_constants.ANY}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
MAX_BOUNDED_WORK = 10_000  # tries per starting position that a pattern without loops may make


def _bounded_work(items) -> int | None:
    """An upper bound on the tries per starting position when every repeat has an upper
    bound (``[^。]{0,30}``, ``(?:案件)?``); None when no small bound can be given."""
    work = 1
    for op, arg in items:
        if op in _REPEATS:
            _low, high, body = arg
            inner = _bounded_work(body)
            if high is sre_constants.MAXREPEAT or inner is None:
                return None
            # One way through the body: up to high + 1 tries; several ways: up to ways ** high.
            work *= high + 1 if inner == 1 else min(inner ** min(high, 64), MAX_BOUNDED_WORK + 1)
        elif op is sre_constants.SUBPATTERN:
            inner = _bounded_work(arg[-1])
            if inner is None:
                return None
            work *= inner
        elif op is sre_constants.BRANCH:
            branches = [_bounded_work(branch) for branch in arg[1]]
            if None in branches:
                return None
            work *= sum(branches)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            inner = _bounded_work(arg[1])
            if inner is None:
                return None
            work *= inner
        elif op not in _SINGLE_CHAR and op not in (sre_constants.AT, sre_constants.CATEGORY):
            return None  # back-references, conditionals …: try it
        if work > MAX_BOUNDED_WORK:
            return None
    return work


def obviously_fast(pattern: str) -> bool:
    """True for patterns that cannot backtrack much: words, alternatives, classes and repeats
    of one character with an upper bound.  Most cue words are such; they need no trial."""
    try:
        return _bounded_work(sre_parse.parse(pattern)) is not None
    except (re.error, RecursionError, OverflowError, ValueError):
        return False


@lru_cache(maxsize=4096)
def vet(pattern: str) -> str | None:
    """None when ``pattern`` is fast on every probe; else why not, in Chinese.

    Raises ``re.error`` when the pattern does not compile.
    """
    global _spent
    compiled = re.compile(pattern)
    if obviously_fast(pattern):
        return None
    if _spent > TOTAL_BUDGET_S:
        return "文件中需要试运行的表达式过多，这一个未能检查"
    chars, words = probe_chars(pattern), probe_words(pattern)
    families = list(_families(chars, words))
    started = time.perf_counter()
    try:
        with _alarm(BUDGET_S + 0.5):
            reason = _exponential(compiled, families, started) or _superlinear(compiled, chars, words, started)
    except _Interrupted:
        reason = TOO_SLOW
    except RecursionError:
        reason = "嵌套过深"
    _spent += time.perf_counter() - started
    return reason


# Trials in this process so far: a file of thousands of intricate patterns must not keep
# the program from starting; past this, the rest are refused (and named).
TOTAL_BUDGET_S = 20.0
_spent = 0.0


TOO_SLOW = "试运行超过时限，可能使读取卡住"


def _exponential(compiled: re.Pattern[str], families, started: float) -> str | None:
    previous: dict[int, tuple[str, float]] = {}
    for length in SHORT_LENGTHS:
        for index, (unit, stopper) in enumerate(families):
            subject = unit * (length // len(unit)) + stopper
            elapsed = _scan(compiled, subject)
            shorter, before = previous.get(index, (subject, elapsed))
            # Time that multiplies with every two characters is backtracking that never ends.
            if elapsed > SHORT_LIMIT_S or (elapsed > GROWTH_FLOOR_S and elapsed > GROWTH_FACTOR * before):
                elapsed, before = _rescan(compiled, subject, elapsed), _rescan(compiled, shorter, before)
                if elapsed > SHORT_LIMIT_S or (elapsed > GROWTH_FLOOR_S and elapsed > GROWTH_FACTOR * before):
                    return f"在 {len(subject)} 个字的文字上就要反复回溯（所需时间随长度成倍增长），会使读取卡住"
            previous[index] = (subject, elapsed)
        if time.perf_counter() - started > BUDGET_S:
            return TOO_SLOW
    return None


def _superlinear(compiled: re.Pattern[str], chars: list[str], words: list[str], started: float) -> str | None:
    """Time as the subject grows fourfold: linear work grows 4×, quadratic work 16×."""
    units = [(char, _STOPPER) for char in chars] + [(word, _STOPPER) for word in words] + [
        (first + second, _STOPPER) for first in chars[:4] for second in chars[:4] if first != second]
    for unit, stopper in units:
        subjects = [unit * (length // len(unit)) + stopper for length in LONG_LENGTHS]
        times: list[float] = []
        for index, subject in enumerate(subjects):
            times.append(_scan(compiled, subject))
            if times[-1] > LONG_LIMIT_S:
                return f"在 {len(subject):,} 个字的文字上需要 {times[-1]:.1f} 秒，报告稍长就会很慢"
            if index < 2:
                continue
            # Against the subject a quarter as long: two doublings apart, so that noise
            # in one measurement cannot pass for growth.
            quarter = subjects[index - 2]
            if times[-1] > LONG_FLOOR_S and times[-1] > SUPERLINEAR_RATIO * times[index - 2]:
                longer, shorter = _rescan(compiled, subject, times[-1]), _rescan(compiled, quarter, times[index - 2])
                if longer > LONG_FLOOR_S and longer > SUPERLINEAR_RATIO * shorter:
                    return (f"所需时间随文字长度成平方或更快增长（{len(subject):,} 个字需要 {longer * 1000:.0f} 毫秒），"
                            "长报告会读取超时；“.*”一类可改为有上限的写法，如 [^。]{0,30}")
        if time.perf_counter() - started > BUDGET_S:
            return TOO_SLOW
    return None


def refusal_message(owner: str, key: str, pattern: str, reason: str) -> str:
    """``指标 x 的 cues 中的表达式“(.*)*次”已停用：<reason>`` — the rest of the file is used."""
    return f"{owner} 的 {key} 中的表达式“{pattern}”已停用：{reason}；请改写它"

"""The regular expressions' compiled code kept between runs (core.regex_cache).

What is specified: an expression built from kept code is the same expression (pattern, flags,
groups, matches); a run that finds the file compiles nothing it kept; a damaged, foreign or
missing file only costs compiling; the command line writes the file and gives the same report
with it as without it.
"""
from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core import regex_cache

pytestmark = pytest.mark.skipif(not regex_cache._supported(), reason="the cache needs CPython's regex engine")

REPO_ROOT = Path(__file__).resolve().parents[2]

# Expressions in the shapes the catalog and grammar use: named groups, classes of hanzi and digits,
# look-arounds, alternations, inline flags, a back-reference.
EXPRESSIONS = [
    r"(?P<count>[\d一二三四五六七八九十百千万]+)\s*(?:件|次|场)(?=[，,。；;])",
    r"(?<![局厅])党委(?:专题|扩大)会议",
    r"合法性(?:审查|审核)[^，,。；;\d]{0,12}?(\d+)件",
    r"(?i:ofd)\b|文件",
    r"(?x) 党委 \s* 专题 (?: 会议 )",
    r"(法治|普法)\1?",
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])",
]
TEXT = "全年审查合法性审核规范性文件十二件，开展普法活动30场；OFD 文件。党委专题会议3次。\n一、主要工作"


@pytest.fixture
def cache_on(monkeypatch, user_data_dir):
    monkeypatch.setenv(regex_cache.ENV, "1")
    re.purge()  # (re's own in-memory cache would answer before the hook is asked)
    yield user_data_dir
    regex_cache.uninstall()
    re.purge()


def _fresh(source: str, flags: int = 0) -> re.Pattern[str]:
    re.purge()
    return re.compile(source, flags)


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]
    assert [m.groups() for m in a.finditer(TEXT)] == [m.groups() for m in b.finditer(TEXT)]


@pytest.mark.parametrize("source", EXPRESSIONS)
def test_an_expression_built_from_kept_code_is_the_same_expression(cache_on, source):
    plain = _fresh(source, re.MULTILINE)
    assert regex_cache.install()
    recorded = _fresh(source, re.MULTILINE)  # compiled and kept
    assert (source, int(re.MULTILINE)) in regex_cache._installed.table
    assert regex_cache.save(force=True)
    regex_cache.uninstall()
    assert regex_cache.install()  # a new start: read from the file
    assert (source, int(re.MULTILINE)) in regex_cache._installed.table
    rebuilt = _fresh(source, re.MULTILINE)
    _same(recorded, plain)
    _same(rebuilt, plain)


def test_a_run_that_finds_the_file_compiles_nothing_it_kept(cache_on, monkeypatch):
    assert regex_cache.install()
    for source in EXPRESSIONS:
        _fresh(source)
    regex_cache.save(force=True)
    regex_cache.uninstall()
    assert regex_cache.install()
    original = regex_cache._installed.original
    compiled_anew = []
    monkeypatch.setattr(regex_cache._installed, "original",
                        lambda p, flags=0: compiled_anew.append(p) or original(p, flags))
    for source in EXPRESSIONS:
        _fresh(source)
    assert compiled_anew == []
    _fresh(r"一个新的表达式\d+")
    assert compiled_anew == [r"一个新的表达式\d+"]


def test_only_added_expressions_are_written(cache_on):
    assert regex_cache.install()
    assert regex_cache.save(force=True) is False or regex_cache._installed.added == 0
    _fresh(r"只写新的\d+次")
    assert regex_cache.save(force=True)
    assert regex_cache.save(force=True) is False  # nothing added since


def _file_of(table) -> bytes:
    return regex_cache._encoded(table)


def _flipped(content: bytes) -> bytes:
    """One bit changed inside an entry's code: a file damaged on disk that still reads as a table."""
    at = content.index(b"\x01\x00\x00\x00\x01") + 4
    return content[:at] + bytes([content[at] ^ 0x02]) + content[at + 1:]


@pytest.mark.parametrize("content", [
    b"", b"\x00garbage\xff" * 10, marshal.dumps({}), _file_of([1, 2, 3]),
    _flipped(_file_of({(r"被改过的\d+", 0): (32, b"\x01\x00\x00\x00" * 8, 0, {}, ())})),
], ids=["empty", "garbage", "no-checksum", "not-a-table", "one-bit-flipped"])
def test_a_damaged_file_only_costs_compiling(cache_on, content):
    path = regex_cache.cache_file(paths.user_cache_dir())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert regex_cache.install()
    assert regex_cache._installed.table == {}  # nothing taken from it
    _same(_fresh(EXPRESSIONS[0]), re.compile(EXPRESSIONS[0]))
    assert regex_cache.save(force=True)
    assert isinstance(regex_cache._read(path), dict) and regex_cache._read(path)


def test_the_file_is_named_for_the_interpreter_and_the_engine(cache_on):
    name = regex_cache.cache_file(Path("x")).name
    assert sys.implementation.cache_tag in name
    assert str(regex_cache._constants.MAGIC) in name


def test_turned_off_it_leaves_re_alone(monkeypatch):
    monkeypatch.setenv(regex_cache.ENV, "0")
    compile_before = regex_cache._compiler.compile
    assert regex_cache.install() is False
    assert regex_cache._compiler.compile is compile_before
    assert not regex_cache.installed()


def test_a_probe_that_disagrees_leaves_re_alone(cache_on, monkeypatch):
    compile_before = regex_cache._compiler.compile
    monkeypatch.setattr(regex_cache, "_probe_agrees", lambda cache: False)
    assert regex_cache.install() is False
    assert regex_cache._compiler.compile is compile_before
    assert regex_cache._compiler._sre is regex_cache._sre


def test_past_the_bound_the_file_keeps_what_this_run_used(cache_on, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    assert regex_cache.install()
    for n in range(6):
        _fresh(rf"旧表达式{n}\d")
    regex_cache.save(force=True)
    regex_cache.uninstall()
    assert regex_cache.install()
    _fresh(r"旧表达式0\d")
    _fresh(r"新表达式\d")
    regex_cache.save(force=True)
    kept = regex_cache._read(regex_cache.cache_file(paths.user_cache_dir()))
    assert {source for source, _flags in kept} == {r"旧表达式0\d", r"新表达式\d"}


def _extract(env: dict[str, str], out: Path) -> dict:
    subprocess.run([sys.executable, "-m", "lawgov_desktop", "extract", str(paths.sample_report()), "--json", str(out)],
                   env=env, cwd=REPO_ROOT, check=True, capture_output=True, timeout=300)
    reports = json.loads(out.read_text(encoding="utf-8"))["reports"]
    return {key: value for key, value in reports[0].items() if key not in ("seconds", "elapsed")}


def test_the_command_line_writes_the_file_and_reports_the_same_with_it(tmp_path, user_data_dir):
    env = dict(os.environ, LAWGOV_DATA_DIR=str(user_data_dir), PYTHONPATH=str(REPO_ROOT))
    without = _extract(dict(env, LAWGOV_REGEX_CACHE="0"), tmp_path / "without.json")
    assert not list(paths.user_cache_dir().glob("regex-*.bin"))
    env["LAWGOV_REGEX_CACHE"] = "1"
    filling = _extract(env, tmp_path / "filling.json")
    kept = list(paths.user_cache_dir().glob("regex-*.bin"))
    assert len(kept) == 1 and len(regex_cache._read(kept[0])) > 300
    with_cache = _extract(env, tmp_path / "with.json")
    assert filling == without
    assert with_cache == without


def test_what_another_process_wrote_meanwhile_is_kept(cache_on):
    assert regex_cache.install()
    _fresh(r"本进程的\d+")
    other = regex_cache.cache_file(paths.user_cache_dir())
    other.parent.mkdir(parents=True, exist_ok=True)
    # (Another process's file: an expression this one never compiled.)
    entry = regex_cache._installed.table[(r"本进程的\d+", 0)]
    other.write_bytes(regex_cache._encoded({(r"另一进程的\d+", 0): entry}))
    assert regex_cache.save(force=True)
    kept = regex_cache._read(other)
    assert {(r"本进程的\d+", 0), (r"另一进程的\d+", 0)} <= set(kept)


def test_an_analysis_of_expressions_is_kept_beside_their_code(cache_on):
    calls = []

    @regex_cache.remembered("test_first_letters")
    def first_letters(pattern: re.Pattern[str], length: int) -> set[str]:
        calls.append(pattern.pattern)
        return {pattern.pattern[:length]}

    expression = re.compile(r"法治\d+")
    assert first_letters(expression, 2) == {"法治"}  # not kept: nothing installed
    assert regex_cache.install()
    assert first_letters(expression, 2) == {"法治"}
    regex_cache.save(force=True)
    regex_cache.uninstall()
    assert regex_cache.install()
    answer = first_letters(expression, 2)
    assert answer == {"法治"} and calls == [r"法治\d+", r"法治\d+"]  # the third from the file
    answer.add("changed")  # a set comes back new: the kept one is not changed
    assert first_letters(expression, 2) == {"法治"}
    assert first_letters(re.compile(r"法治\d+", re.MULTILINE), 2) == {"法治"}  # other flags: asked again
    assert len(calls) == 3


def test_an_expression_compiled_while_the_file_is_written_is_saved_the_next_time(cache_on, monkeypatch):
    """Another thread compiling between the table's copy and the end of the write: its expression is
    not in this write, and it must not be forgotten by the next one."""
    assert regex_cache.install()
    re.compile(r"写之前编译的\d+")
    read_as_saved = regex_cache._read

    def read_while_another_thread_compiles(path):
        re.compile(r"写的时候编译的\d+")
        return read_as_saved(path)

    monkeypatch.setattr(regex_cache, "_read", read_while_another_thread_compiles)
    assert regex_cache.save(force=True)
    monkeypatch.setattr(regex_cache, "_read", read_as_saved)
    assert regex_cache.save(force=True)
    kept = regex_cache._read(regex_cache.cache_file(paths.user_cache_dir()))
    assert (r"写的时候编译的\d+", 0) in kept


def test_threads_compiling_while_one_saves_lose_nothing(cache_on, monkeypatch):
    """The window compiles in several threads: saving copies the table while they add to it."""
    import threading

    monkeypatch.setattr(regex_cache, "_SAVE_INTERVAL_SECONDS", 0.0)
    assert regex_cache.install()
    errors: list[BaseException] = []

    def compile_many(worker: int) -> None:
        try:
            for n in range(150):
                re.compile(rf"线程{worker}的第{n}个\d+")
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    def save_often() -> None:
        try:
            for _ in range(30):
                regex_cache.save(force=True)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=compile_many, args=(w,)) for w in range(4)]
    threads.append(threading.Thread(target=save_often))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    regex_cache.save(force=True)
    kept = regex_cache._read(regex_cache.cache_file(paths.user_cache_dir()))
    assert all((rf"线程{w}的第{n}个\d+", 0) in kept for w in range(4) for n in range(150))

"""The regular expressions' compiled code kept between runs: a start does not compile them again.

Reading the first report compiles about 800 regular expressions (the catalog's words joined, the
language file's lists, the grammar's own): a third of a command-line run's time, and of every
spawned reader worker's start in the window.  Python keeps what ``re`` compiles only in memory.
Here the engine's code for each expression is kept in a file in the user's cache folder, and on
the next start handed straight to the engine (``_sre.compile``) instead of parsing and compiling
the expression again: the same call ``re`` itself ends with, with the same arguments.  The
answers ``core.pattern_prefixes`` reads from the expressions' parse trees are kept beside them
(``remembered``).

How: ``install()`` puts a function in place of ``re._compiler.compile`` (``sre_compile.compile``
before Python 3.11) that looks the expression up first and, when it is not kept, compiles it as
before and keeps the arguments ``re`` passed to the engine.  ``save()`` writes what was added.

What keeps it safe:
- The code is the engine's own format, which may change with any Python release: the file's name
  carries the interpreter's cache tag and the engine's MAGIC number, so another interpreter never
  reads it.
- ``install()`` first compiles a probe both ways and compares them; anything unexpected (another
  interpreter, a changed engine) leaves ``re`` as it was.  A file that is damaged (it carries a
  CRC-32 of its content) or not ours is read as empty: everything is compiled again.
- Only ``str`` expressions are kept, and not with ``re.DEBUG``.
- The file is replaced whole (written beside it, then renamed): a worker killed while writing
  leaves the old file.  Several processes may write it: each adds what it compiled to what the
  file holds; two writing at the same moment only cost one's additions a compilation next time.
- Expressions built from one report's words are few; still, past ``MAX_ENTRIES`` the file keeps
  only what the last process used.

``LAWGOV_REGEX_CACHE=0`` turns it off (the benchmarks compare both).
"""
from __future__ import annotations

import functools
import logging
import marshal
import os
import re
import sys
import threading
import time
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV = "LAWGOV_REGEX_CACHE"
MAX_ENTRIES = 5000
# A process adding expressions one by one (a report's own words) writes at most this often.
_SAVE_INTERVAL_SECONDS = 30.0
_FORMAT = 1

try:  # the engine's compiler: re._compiler since 3.11, sre_compile before
    import _sre

    from re import _compiler, _constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_constants as _constants  # type: ignore[no-redef]
    except ImportError:
        _compiler = None  # type: ignore[assignment]

_installed: _Cache | None = None
_lock = threading.RLock()  # (install() holds it while its probe compiles through the cache)


class _EngineRecorder:
    """Stands for the ``_sre`` module inside the compiler: passes every name through, and notes, per
    thread, the arguments of the last ``compile`` (the compiled code and its group tables)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._last = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:  # noqa: A003 - the engine's own name
        self._last.args = args
        return self._engine.compile(*args)

    def take_last(self) -> tuple[Any, ...] | None:
        args = getattr(self._last, "args", None)
        self._last.args = None
        return args


class _Cache:
    def __init__(self, path: Path, table: dict[tuple[str, int], tuple[Any, ...]]) -> None:
        self.path = path
        self.table = table
        self.used: set[tuple[str, int]] = set()
        self.added = 0
        self.saved_at = 0.0
        self.original = _compiler.compile
        self.recorder = _EngineRecorder(_sre)

    def compile(self, pattern: Any, flags: Any = 0) -> Any:
        """``_compiler.compile``: the kept code for a ``str`` expression, else compiled and kept."""
        if type(pattern) is not str or flags & _constants.SRE_FLAG_DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.table.get(key)
        if entry is not None:
            final_flags, code, groups, groupindex, indexgroup = entry
            with _lock:
                self.used.add(key)
            return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, dict(groupindex),
                                indexgroup)
        compiled = self.original(pattern, flags)
        args = self.recorder.take_last()
        if args is not None and args[0] is pattern:
            with _lock:  # (save() copies the table; the window compiles in several threads)
                self.table[key] = _entry(args)
                self.used.add(key)
                self.added += 1
        return compiled


def _entry(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """What ``_sre.compile`` was given, in types marshal keeps (the code as 32-bit words)."""
    _pattern, final_flags, code, groups, groupindex, indexgroup = args
    return int(final_flags), array("I", code).tobytes(), int(groups), dict(groupindex), tuple(indexgroup)


def cache_file(folder: Path | None = None) -> Path:
    """The file for this interpreter and this version of the engine."""
    if folder is None:
        from ..paths import user_cache_dir

        folder = user_cache_dir()
    tag = sys.implementation.cache_tag or sys.implementation.name
    return folder / f"regex-{tag}-{_constants.MAGIC}-{_FORMAT}.bin"


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The table in ``path``; empty when the file is missing, damaged (its checksum) or not ours."""
    try:
        content = path.read_bytes()
        checksum, payload = content[:4], content[4:]
        if len(checksum) < 4 or int.from_bytes(checksum, "little") != zlib.crc32(payload):
            raise ValueError("checksum does not match")
        data = marshal.loads(payload)
    except FileNotFoundError:
        return {}
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.info("regex cache %s not read: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        return {}
    return data


def _encoded(table: dict[Any, Any]) -> bytes:
    """The file's bytes: a CRC-32 of the table, then the table (marshal)."""
    payload = marshal.dumps(table)
    return zlib.crc32(payload).to_bytes(4, "little") + payload


def _supported() -> bool:
    return (_compiler is not None and sys.implementation.name == "cpython" and hasattr(_compiler, "_sre")
            and getattr(_sre, "CODESIZE", 0) == 4 and array("I").itemsize == 4)


def _probe_agrees(cache: _Cache) -> bool:
    """A probe with a named group, a class and a flag compiles to the same object both ways."""
    source = r"(?P<count>[\d一二三四五六七八九十]+)\s*(?:件|次)(?=[，,。])|(?i:abc)"
    expected = cache.original(source, re.UNICODE)
    probe_table: dict[tuple[str, int], tuple[Any, ...]] = {}
    probe = _Cache(cache.path, probe_table)
    probe.recorder = cache.recorder
    probe.compile(source, re.UNICODE)  # compiled and kept
    if len(probe_table) != 1:
        return False
    again = probe.compile(source, re.UNICODE)  # built from what was kept
    text = "审查十二件，abc ABC 7次。"
    return (again.pattern == expected.pattern and again.flags == expected.flags and again.groups == expected.groups
            and again.groupindex == expected.groupindex
            and [m.span() for m in again.finditer(text)] == [m.span() for m in expected.finditer(text)])


def install(folder: Path | None = None) -> bool:
    """Use the kept code from now on in this process (once; True when in use)."""
    global _installed
    with _lock:
        if _installed is not None:
            return True
        if os.environ.get(ENV, "1") == "0" or not _supported():
            return False
        path = cache_file(folder)
        cache = _Cache(path, _read(path))
        _compiler._sre = cache.recorder
        try:
            agrees = _probe_agrees(cache)
        except Exception:  # noqa: BLE001 - any surprise from the engine: leave re as it was
            log.exception("regex cache probe failed")
            agrees = False
        if not agrees:
            _compiler._sre = _sre
            log.info("regex cache not used: the probe did not compile the same both ways")
            return False
        _compiler.compile = cache.compile
        _installed = cache
        return True


def uninstall() -> None:
    """Put ``re`` back as it was (tests)."""
    global _installed
    with _lock:
        if _installed is not None:
            _compiler.compile = _installed.original
            _compiler._sre = _sre
            _installed = None


def save(force: bool = False) -> bool:
    """Write the kept code if expressions were added (not more often than every half minute unless
    ``force``); True when written.  Never raises: a cache that cannot be written is only slower."""
    cache = _installed
    if cache is None or not cache.added:
        return False
    now = time.monotonic()
    if not force and cache.saved_at and now - cache.saved_at < _SAVE_INTERVAL_SECONDS:
        return False
    # What another process wrote meanwhile is kept too: the command line's reader worker and the
    # command itself both write, and neither may drop the other's (the worker compiles the most).
    with _lock:
        ours, used, added = dict(cache.table), set(cache.used), cache.added
    table = {**_read(cache.path), **ours}
    if len(table) > MAX_ENTRIES:
        table = {key: entry for key, entry in ours.items() if key in used}
    # (Per thread as well as per process: the window's workers may save at the same moment.)
    temporary = cache.path.with_name(f"{cache.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        cache.path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_encoded(table))
        os.replace(temporary, cache.path)
    except (OSError, ValueError) as exc:
        log.info("regex cache %s not written: %s", cache.path, exc)
        temporary.unlink(missing_ok=True)
        return False
    with _lock:
        # Only what this copy held is written: expressions another thread added since still count
        # (resetting to 0 lost them from the next save).
        cache.added -= added
    cache.saved_at = now
    return True


def installed() -> bool:
    return _installed is not None


def remembered(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Keep the answers of a pure function of expressions in the same file: ``core.pattern_prefixes``
    reads each expression's parse tree (what its matches start with or must contain), which costs as
    much as compiling it.  Arguments that are compiled expressions count by their text and flags;
    the answers are strings, tuples, sets, booleans or None (as marshal keeps them; a set comes
    back as a new one each time, the caller may change it)."""
    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def answer(*args: Any) -> Any:
            cache = _installed
            if cache is None:
                return function(*args)
            key = (name, *(_argument_key(arg) for arg in args))
            found = cache.table.get(key, _MISSING)
            if found is _MISSING:
                found = function(*args)
                if not _keepable(found):
                    return found
                with _lock:
                    cache.table[key] = found
                    cache.added += 1
            with _lock:
                cache.used.add(key)
            return set(found) if isinstance(found, set) else found
        return answer
    return decorate


_MISSING = object()


def _argument_key(argument: Any) -> Any:
    if isinstance(argument, re.Pattern):
        return ("re", argument.pattern, int(argument.flags))
    if isinstance(argument, int) and not isinstance(argument, bool):
        return int(argument)  # (re.RegexFlag is an int marshal does not keep)
    return argument


def _keepable(value: Any) -> bool:
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, (tuple, set, frozenset)):
        return all(isinstance(item, str) for item in value)
    return False


__all__ = ["ENV", "MAX_ENTRIES", "cache_file", "install", "installed", "remembered", "save", "uninstall"]

"""What the command line writes: result files, standard output and messages on stderr.

Result files go through ``export.atomic.atomic_write``, so a target is either its old
content or the complete new one, whatever happens (a full disk, a folder named as the
file, Ctrl-C); a failure becomes one Chinese message.  ``Outputs`` remembers what was
written, so that an interrupted run can say so.  Everything shown or written passes
through ``printable``: a file name that is not valid UTF-8 is shown with U+FFFD
instead of ending the run with UnicodeEncodeError.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..core.errors import LawgovError, display_name, printable

STDOUT = "-"


def say(message: str) -> None:
    """One line for the reviewer on stderr (never raises for an odd character)."""
    try:
        print(printable(message), file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stderr closed or gone: nothing left to tell
        pass


def json_text(payload: Any, *, indent: int | None = 1) -> str:
    """The payload as JSON text.  Not yet ``printable``: ``Outputs.write_text`` and standard output
    make it so as they write (one search for lone surrogates over a 1,000-report batch's 28 MB
    takes a tenth of a second; twice was one of its largest serial costs)."""
    return json.dumps(payload, ensure_ascii=False, indent=indent)


class Outputs:
    """The output files of one run: written atomically, each success and failure remembered."""

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self.written: list[Path] = []
        self.failed: list[str] = []

    def write_text(self, target: str, text: str, *, announce: bool = False) -> bool:
        """Write ``text`` (UTF-8) to ``target`` or to standard output for ``-``; False on failure."""
        if target == STDOUT:
            return _to_stdout(text)
        from ..export.atomic import atomic_write

        def write(path: Path) -> None:
            with path.open("w", encoding="utf-8", newline="\n") as stream:
                stream.write(printable(text))

        return self.write_file(target, lambda path: atomic_write(path, write, force=self.force), announce=announce)

    def write_file(self, target: str | Path, write_to, *, announce: bool = True) -> bool:
        """Call ``write_to(target)`` (an exporter that raises ``LawgovError``); say what failed, and
        with ``announce`` what was written."""
        try:
            written = Path(write_to(target))
        except LawgovError as exc:
            self.failed.append(str(target))
            hint = "；确认没有程序打开它时，可加 --force 覆盖" if _is_in_use(exc) else ""
            say(f"错误：{exc.message}{hint}")
            return False
        self.written.append(written)
        if announce:
            say(f"已写出《{display_name(written)}》")
        return True

    def interrupted_message(self) -> str:
        """What an interrupted run tells the reviewer: which files were written, and that no other changed."""
        if not self.written:
            return "已中断：没有写出任何文件，已有的输出文件未改动"
        names = "、".join(f"《{display_name(path)}》" for path in self.written)
        return f"已中断：已写出 {names}；其余输出未写出，已有的文件未改动"


def _is_in_use(exc: LawgovError) -> bool:
    from ..export.errors import TargetInUseError

    return isinstance(exc, TargetInUseError)


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not complain about the pipe."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _to_stdout(text: str) -> bool:
    data = printable(text).encode("utf-8")
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:  # JSON is UTF-8 whatever the console's code page
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:
            sys.stdout.write(printable(text))
            sys.stdout.flush()
    except BrokenPipeError:  # `… | head`: the reader went away, nothing to report
        _silence_stdout()
        return True
    except OSError as exc:
        from ..core.errors import os_error_reason

        say(f"错误：无法写到标准输出（{os_error_reason(exc)}）")
        return False
    return True

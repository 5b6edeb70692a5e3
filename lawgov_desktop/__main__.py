"""Entry point: a subcommand goes to the Qt-free CLI, no subcommand opens the window.

Kept tiny on purpose: importing Qt costs most of a second, so it is imported only
when the window is wanted.
"""
from __future__ import annotations

import sys


# 128 + SIGINT; the same code and words as the command's own handling (cli.INTERRUPTED).
_INTERRUPTED = 130
_INTERRUPTED_EARLY = "已中断：没有写出任何文件，已有的输出文件未改动"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _keep_compiled_expressions()
    try:
        from .cli import SUBCOMMANDS

        if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version", "-V")):
            from .cli import main as cli_main

            return cli_main(args)
    except KeyboardInterrupt:
        # Ctrl-C while the command's modules are still being imported, before it handles
        # Ctrl-C itself: nothing has been written yet, and no traceback is wanted.
        print(_INTERRUPTED_EARLY, file=sys.stderr)
        return _INTERRUPTED
    from .ui.app import main as ui_main

    return ui_main(args)


def _keep_compiled_expressions() -> None:
    """The regular expressions' compiled code from the last run, and this run's kept at exit
    (core.regex_cache: a third of a command's start is compiling them)."""
    import atexit

    from .core import regex_cache

    if regex_cache.install():
        atexit.register(regex_cache.save, True)


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``lawgov-desktop SUBCOMMAND …``.  Imports no Qt.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``; this module only wires them together.  Exit codes: 0 all
good, 1 some input files could not be read or a folder was skipped (the rest are
still written), 2 usage, 130 interrupted with Ctrl-C (the reviewer is told which
files were written; none is left half-written).
"""
from __future__ import annotations

import argparse
import gc
import importlib
import sys

from .. import __version__

INTERRUPTED = 130  # 128 + SIGINT, what shells report for a run stopped with Ctrl-C
# A command builds one large result, keeps it to the end and exits.  With Python's default
# thresholds (700, 10, 10) the collector walked the growing batch again and again: a third
# of the serial time after a 1,000-report batch (checks, JSON) went to it, and it freed
# nothing.  Fewer passes still free the cycles a long batch leaves; the reader workers,
# forked from here, inherit the setting.
COMMAND_GC_THRESHOLDS = (50_000, 20, 100)

# name -> (module relative to this package, one-line help); the dispatcher in __main__ reads the names.
SUBCOMMANDS = {
    "extract": (".extract", "抽取报告中的指标"),
    "export": (".export", "导出 Excel 汇总表"),
}


class _VersionAction(argparse.Action):
    """-V: the version, and whether the extractor runs compiled or from source (looked up only
    when asked: a start must not pay for it)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="显示版本号（及抽取器是编译版还是源码版）后退出")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from ..core.compiled import build_name
        print(f"lawgov-desktop {__version__}（抽取器：{build_name()}）")
        parser.exit()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that subcommand's module is imported.

    Start-up time matters (a reviewer runs this on hundreds of files from a script):
    ``export`` pulls in openpyxl, which ``extract`` never needs.
    """
    parser = argparse.ArgumentParser(
        prog="lawgov-desktop",
        description="法治政府建设年度报告审阅工具。不带子命令时打开审阅窗口。",
    )
    parser.add_argument("-V", "--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="子命令")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        if only is not None and name != only:
            subparsers.add_parser(name, help=help_text)
            continue
        importlib.import_module(module_name, __name__).add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = args_list[0] if args_list and args_list[0] in SUBCOMMANDS else None
    parser = build_parser(chosen)
    argv = args_list
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    from ..logs import setup_logging
    from .output import Outputs, say

    setup_logging()
    args.outputs = Outputs(force=getattr(args, "force", False))
    thresholds = gc.get_threshold()
    gc.set_threshold(*COMMAND_GC_THRESHOLDS)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        # The reader workers ignore Ctrl-C and are stopped by the batch; the temporary
        # file of an output being written is removed by atomic_write.
        say(args.outputs.interrupted_message())
        return INTERRUPTED
    finally:
        gc.set_threshold(*thresholds)  # main() also runs inside other programs (the tests)


"""Command line: ``lawgov-desktop SUBCOMMAND …``.  Imports no Qt.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``; this module only wires them together.  Exit codes: 0 all
good, 1 some input files could not be read (the rest are still written), 2 usage.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

# name -> module (relative to this package); the dispatcher in __main__ reads the names.
SUBCOMMANDS = {
    "extract": ".extract",
    "export": ".export",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lawgov-desktop",
        description="法治政府建设年度报告审阅工具。不带子命令时打开审阅窗口。",
    )
    parser.add_argument("-V", "--version", action="version", version=f"lawgov-desktop {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="子命令")
    for name, module_name in SUBCOMMANDS.items():
        try:
            module = importlib.import_module(module_name, __name__)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.endswith(module_name.lstrip(".")):
                continue  # subcommand not built yet in this checkout
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    return int(args.run(args))

"""Entry point: a subcommand goes to the Qt-free CLI, no subcommand opens the window.

Kept tiny on purpose: importing Qt costs most of a second, so it is imported only
when the window is wanted.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import SUBCOMMANDS

    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version", "-V")):
        from .cli import main as cli_main

        return cli_main(args)
    from .ui.app import main as ui_main

    return ui_main(args)


if __name__ == "__main__":
    sys.exit(main())

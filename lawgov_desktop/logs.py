"""Logging to a file in the user log folder: details for support, never noise for reviewers.

Reviewers see Chinese messages; the technical detail behind them (tracebacks, which
reader failed how) goes to ``lawgov-desktop.log`` (rotated).  When the log folder
cannot be written (a locked-down office PC), logging quietly goes nowhere rather
than onto the reviewer's screen.
"""
from __future__ import annotations

import logging
import logging.handlers

from . import paths

LOG_FILE_NAME = "lawgov-desktop.log"
_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(level)
    try:
        folder = paths.user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    except OSError:
        handler = logging.NullHandler()
    root.addHandler(handler)

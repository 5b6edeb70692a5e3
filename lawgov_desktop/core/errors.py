"""Errors that carry the Chinese message a reviewer is shown.

Readers and loaders raise these; the CLI and the window show ``message`` as it is
and log the technical ``detail``.  Anything else that escapes a reader is wrapped
into a ``ReportReadError`` by the pipeline, so no traceback reaches a reviewer.
"""
from __future__ import annotations

from pathlib import Path


class LawgovError(Exception):
    """Base class: ``message`` is Chinese and complete, ``detail`` is for the log."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ReportReadError(LawgovError):
    """A report file could not be read; the message names the file."""

    def __init__(self, path: str | Path, problem: str, detail: str = "") -> None:
        self.path = str(path)
        name = Path(path).name
        super().__init__(f"《{name}》{problem}", detail)


class CatalogError(LawgovError):
    """An indicator catalog or rule file is broken; the message names file and line."""

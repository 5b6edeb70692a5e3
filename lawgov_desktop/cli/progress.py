"""A one-line progress bar on stderr, shown only for many files on a terminal."""
from __future__ import annotations

import sys
import time
from typing import TextIO

from ..core.errors import printable

_MIN_FILES = 5


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = total >= _MIN_FILES and getattr(self.stream, "isatty", lambda: False)()
        self._last_draw = 0.0

    def __enter__(self) -> "Progress":
        return self

    def advance(self, label: str = "") -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self._last_draw > 0.1 or self.done == self.total):
            self._last_draw = now
            width = 30
            filled = int(width * self.done / max(1, self.total))
            bar = "█" * filled + "·" * (width - filled)
            self.stream.write(f"\r{bar} {self.done}/{self.total} {printable(label)[:30]:<30}")
            self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()

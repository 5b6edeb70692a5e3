"""The confidence shown to reviewers, as it holds on reports nobody tuned the rules on.

The scorer's and the phrasing model's probabilities are fitted on the annotated reports the
rules were written against, and say how often a value is right *there*.  On reports read for
the first time they promised too much: of the values shown with 0.90–0.95, about four in five
were right, not nine in ten.  So every confidence the extractor shows (values and
alternatives) goes through one monotone curve, ``sigmoid(slope · logit(p) + intercept)``,
fitted by ``tools/fit_confidence.py`` on predictions frozen before their reports were read
and on the annotated sets (``resources/confidence.json``).  The extractor applies it where it
writes a confidence into a value or an alternative; the order of the candidates and every
decision use the probabilities as before: only the number shown changes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ... import paths
from .scorer import _logit, _sigmoid  # the scorer's own calibration uses the same two

CONFIDENCE_FILE = "confidence.json"


@dataclass(frozen=True)
class ConfidenceCurve:
    """``sigmoid(slope · logit(p) + intercept)``: slope 1 and intercept 0 leave a confidence as it is."""

    slope: float = 1.0
    intercept: float = 0.0

    @property
    def is_identity(self) -> bool:
        return self.slope == 1.0 and self.intercept == 0.0

    def shown(self, probability: float) -> float:
        """The confidence shown for ``probability`` (0 stays 0: a value without one has none)."""
        if probability <= 0.0 or self.is_identity:
            return probability
        shown = _sigmoid(self.slope * _logit(probability) + self.intercept)
        return round(min(0.99, max(0.01, shown)), 3)


IDENTITY = ConfidenceCurve()


def curve_from_data(data: dict[str, Any]) -> ConfidenceCurve:
    slope, intercept = float(data["slope"]), float(data["intercept"])
    if not slope > 0:  # a curve that reverses the order would show the surer value as the less sure
        raise ValueError(f"slope must be positive, not {slope}")
    return ConfidenceCurve(slope, intercept)


def load_curve(path: str | Path | None = None) -> ConfidenceCurve:
    source = Path(path) if path else paths.resource(CONFIDENCE_FILE)
    return curve_from_data(json.loads(source.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_curve() -> ConfidenceCurve:
    return load_curve()

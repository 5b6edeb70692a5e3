"""The confidence shown to reviewers, as it holds on reports nobody tuned the rules on.

The scorer's and the phrasing model's probabilities are fitted on the annotated reports the
rules were written against, and say how often a value is right *there*.  On reports read for
the first time they promised too much: of the values shown with 0.90–0.95, about four in five
were right, not nine in ten.  So every confidence the extractor shows (values and
alternatives) goes through one monotone curve, ``sigmoid(slope · logit(p) + intercept)``,
steeper below a knot where the fit asks for one (``slope_below``): values the extractor
was unsure of (a probability under about 0.9) were right far less often than the one slope
says, on the tuned sets and on the frozen predictions alike (of those at 0.80–0.85, about one in
two).  The values the phrasing model fills (a number whose wording alone says what it
counts) come from another model whose probabilities mean something else — of its fills at
0.5–0.7, three in four were right — so they have a curve of their own (``fills``).  The
curves are fitted by ``tools/fit_confidence.py`` on predictions frozen before their reports were read
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
    """``sigmoid(slope · logit(p) + intercept)``: slope 1 and intercept 0 leave a confidence as it is.

    With a ``knot`` (a probability), below it the curve goes on from the knot's point with
    ``slope_below``: ``sigmoid(slope · logit(knot) + intercept + slope_below · (logit(p) − logit(knot)))``.
    The two pieces meet at the knot, so the curve stays continuous and keeps the order.
    ``fills``, where fitted, is the curve of the phrasing model's fills (``for_fills``)."""

    slope: float = 1.0
    intercept: float = 0.0
    knot: float | None = None
    slope_below: float | None = None
    fills: ConfidenceCurve | None = None

    @property
    def is_identity(self) -> bool:
        return self.slope == 1.0 and self.intercept == 0.0 and self.knot is None

    @property
    def for_fills(self) -> ConfidenceCurve:
        """The curve of the values the phrasing model fills: its own where fitted, else this one."""
        return self.fills if self.fills is not None else self

    def shown(self, probability: float) -> float:
        """The confidence shown for ``probability`` (0 stays 0: a value without one has none)."""
        if probability <= 0.0 or self.is_identity:
            return probability
        z = _logit(probability)
        if self.knot is not None and self.slope_below is not None and probability < self.knot:
            at_knot = _logit(self.knot)
            z = self.slope * at_knot + self.intercept + self.slope_below * (z - at_knot)
        else:
            z = self.slope * z + self.intercept
        return round(min(0.99, max(0.01, _sigmoid(z))), 3)


IDENTITY = ConfidenceCurve()


def curve_from_data(data: dict[str, Any]) -> ConfidenceCurve:
    fills = data.get("fills")
    curve = _one_curve(data)
    if fills is None:
        return curve
    return ConfidenceCurve(curve.slope, curve.intercept, curve.knot, curve.slope_below, _one_curve(fills))


def _one_curve(data: dict[str, Any]) -> ConfidenceCurve:
    slope, intercept = float(data["slope"]), float(data["intercept"])
    if not slope > 0:  # a curve that reverses the order would show the surer value as the less sure
        raise ValueError(f"slope must be positive, not {slope}")
    if data.get("knot") is None:
        return ConfidenceCurve(slope, intercept)
    if data.get("slope_below") is None:
        raise ValueError("a knot needs its slope_below")
    knot, slope_below = float(data["knot"]), float(data["slope_below"])
    if not 0.0 < knot < 1.0:
        raise ValueError(f"knot must be a probability between 0 and 1, not {knot}")
    if not slope_below > 0:
        raise ValueError(f"slope_below must be positive, not {slope_below}")
    return ConfidenceCurve(slope, intercept, knot, slope_below)


def load_curve(path: str | Path | None = None) -> ConfidenceCurve:
    source = Path(path) if path else paths.resource(CONFIDENCE_FILE)
    return curve_from_data(json.loads(source.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_curve() -> ConfidenceCurve:
    return load_curve()

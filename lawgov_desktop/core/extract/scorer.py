"""The fitted model that weighs a link's features: named weights read from ``resources/scorer.json``.

``tools/fit_scorer.py`` fits a logistic regression on the annotated reports (folds by
report) and writes the weights, the fill threshold and the calibration of the
confidence shown to reviewers.  The program only reads plain numbers here; it never
imports the fitting library.

- ``probability(features)``: the chance that a link's number is the indicator's value;
- ``threshold``: the best link of an indicator fills the cell when its probability
  reaches it;
- ``confidence(p, margin)``: calibrated on the folds the weights were not fitted on,
  from the chosen link's probability and its margin over the best rival value.
"""
from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ... import paths

# Before Python 3.12 ``sum`` adds floats one after the other from 0; since then it compensates the
# rounding (Neumaier).  ``Scorer.probability`` adds the products itself only where that gives the very
# same float as ``sum`` (``logit``'s way, kept on every version).
_PLAIN_FLOAT_SUM: Final = sys.version_info < (3, 12)


@dataclass(frozen=True)
class Scorer:
    weights: dict[str, float]
    bias: float
    threshold: float
    calibration: dict[str, float]
    # A number claimed by two indicators stays with both unless one claims it this much more.
    shared_margin: float = 0.25

    def logit(self, features: dict[str, float]) -> float:
        get = self.weights.get
        return self.bias + sum([get(name, 0.0) * value for name, value in features.items()])

    def probability(self, features: dict[str, float]) -> float:
        # ``logit``, written out: it is asked for every link.  ``weights.get`` on the typed dict, not a
        # bound method in a local: compiled, that is a direct dict lookup instead of a Python call per
        # feature.
        weights = self.weights
        if _PLAIN_FLOAT_SUM:
            # What ``sum`` of the list computes there (0, then each product added in turn), without
            # a list of boxed products.
            total = 0.0
            for name, value in features.items():
                weight = weights.get(name)  # no default: compiled, the 0.0 was boxed on every call
                total += (0.0 if weight is None else weight) * value
            return _sigmoid(self.bias + total)
        return _sigmoid(self.bias + sum([weights.get(name, 0.0) * value for name, value in features.items()]))

    def confidence(self, probability: float, margin: float) -> float:
        """Calibrated 0–1 confidence of a filled cell (the share of such cells that are right)."""
        c = self.calibration
        z = c.get("bias", 0.0) + c.get("logit", 1.0) * _logit(probability) + c.get("margin", 0.0) * margin
        return round(min(0.99, max(0.01, _sigmoid(z))), 3)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def scorer_from_data(data: dict[str, Any]) -> Scorer:
    return Scorer(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        calibration={str(k): float(v) for k, v in data.get("calibration", {}).items()},
        shared_margin=float(data.get("shared_margin", 0.25)),
    )


def load_scorer(path: str | Path | None = None) -> Scorer:
    source = Path(path) if path else paths.resource("scorer.json")
    return scorer_from_data(json.loads(source.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    return load_scorer()

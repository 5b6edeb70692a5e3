"""A value far outside what the other reports in the batch give → 提示.

Robust rule (Iglewicz & Hoaglin): modified z = 0.6745·(x − median)/MAD, flagged
above ``threshold``; when more than half the values are equal (MAD = 0) the mean
absolute deviation stands in.  Counts span orders of magnitude between a county
and a city, so kinds listed in ``log_scale_kinds`` are compared on log(1+x).  With
fewer than ``min_values`` reports giving the indicator nothing is said: a median
of three is no yardstick.

A batch is small and may mix a city with its counties (a city's counts run five
to fifteen times a county's), so the score alone flags ordinary differences.  The
rule is after slips (a missing 万, a figure typed a hundred times over, a count in
the wrong cell), so a value must also lie ``min_ratio`` times above or below the
median (log-scale kinds) or ``min_points`` away from it (rates).
"""
from __future__ import annotations

import math
from statistics import median

from ..catalog import Catalog
from ..types import Finding, Report
from .compare import usable
from .context import format_number
from .rules import Rule

KIND = "batch_outlier"
REQUIRED = ("min_values", "threshold", "log_scale_kinds", "min_ratio", "min_points")


def robust_scores(values: list[float]) -> list[float]:
    """Modified z-scores; all 0 when the values do not spread at all."""
    centre = median(values)
    deviations = [abs(v - centre) for v in values]
    mad = median(deviations)
    if mad > 0:
        return [0.6745 * (v - centre) / mad for v in values]
    mean_ad = sum(deviations) / len(deviations)
    if mean_ad > 0:
        return [(v - centre) / (1.253314 * mean_ad) for v in values]
    return [0.0] * len(values)


def far_enough(value: float, typical: float, log_scale: bool, min_ratio: float, min_points: float) -> bool:
    if not log_scale:
        return abs(value - typical) >= min_points
    low, high = sorted((max(value, 0.0), max(typical, 0.0)))
    return high >= min_ratio * low if low > 0 else high >= min_ratio


def check(reports: list[Report], catalog: Catalog, rule: Rule) -> list[tuple[str, Finding]]:
    minimum = int(rule.params["min_values"])
    min_ratio, min_points = float(rule.params["min_ratio"]), float(rule.params["min_points"])
    threshold = float(rule.params["threshold"])
    log_kinds = set(rule.params["log_scale_kinds"])
    batch = usable(reports)
    out = []
    for spec in catalog.indicators:
        stated = [(r, r.indicator(spec.id)) for r in batch]
        stated = [(r, v) for r, v in stated if v is not None and v.value is not None]
        if len(stated) < minimum:
            continue
        raw = [float(v.value) for _, v in stated]
        scaled = [math.log1p(max(x, 0.0)) for x in raw] if spec.kind in log_kinds else raw
        typical = median(raw)
        for (report, value), score in zip(stated, robust_scores(scaled)):
            if abs(score) <= threshold:
                continue
            if not far_enough(float(value.value), typical, spec.kind in log_kinds, min_ratio, min_points):
                continue
            message = rule.format(indicator=spec.name, value=format_number(value.value), unit=spec.unit,
                                  n=len(stated) - 1, median=format_number(typical))
            out.append((report.file, Finding(rule.id, rule.severity, message, value.evidence, spec.id,
                                              rule.display_name)))
    return out

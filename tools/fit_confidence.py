#!/usr/bin/env python3
"""Fit the curve of the confidence shown to reviewers and write ``resources/confidence.json``.

    python tools/fit_confidence.py                                    # ../shared sets + tests/data
    python tools/fit_confidence.py --blind PRED.json:GOLD_DIR ...     # and predictions frozen before reading
    python tools/fit_confidence.py --set TEXTS:GOLD ... --check       # other annotated sets; write nothing

Why: the scorer and the phrasing model are fitted on reports the rules were written against,
and their probabilities say how often a value is right there.  On reports read for the first
time the same numbers promise too much.  The shown confidence is ``sigmoid(slope · logit(p) +
intercept)`` of the extractor's probability p (``core/extract/confidence.py``).

What it does:
1. the *tuned* populations: every annotated report of ../shared (dev, excerpts, excerpts2
   outside the validation split), tests/data and the sample, and of each ``--set``, extracted
   now with the curve switched off; each filled cell is (probability, right or not), right as
   ``../shared/tools/score.py`` counts it;
2. the *blind* population: each ``--blind PRED:GOLD`` is an ``lawgov-desktop extract --json``
   output written before anyone read those reports (so no rule was fitted to them), with its
   gold folder; its cells as above, from the confidences in the file;
3. the curve: on a grid of slopes and intercepts, the one whose largest gap between a band's
   mean confidence and its share right (bands of ``benchmarks/extract_accuracy.py`` holding
   ≥ 20 cells) is smallest over all populations: the confidence must hold on the reports the
   rules know and on the ones they do not (issue 11: within 10 points in every band).  And for
   each of ``KNOTS``, the same fit on the cells at or above the knot, with a steeper slope below
   it (``SLOPES_BELOW``), which wins where it makes the largest gap smaller: the values the
   extractor is least sure of can be wrong more often than one slope can say.  The
   phrasing model's fills get a curve of their own first, fitted by likelihood (``fit_fills``):
   their probabilities come from another model and mean something else;
4. held out: with two or more ``--blind`` files, each is left out in turn, the curve fitted on
   the rest and applied to it; the pooled table is printed and written.

The validation split is never read.  Needs numpy (installed with scipy, ``.[dev]``/``.[test]``).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "tools"))

from fit_scorer import DEFAULT_SETS, accepted, annotated_files, in_validation_split  # noqa: E402,F401

from lawgov_desktop.core.catalog import default_catalog  # noqa: E402
from lawgov_desktop.core.extract.confidence import IDENTITY  # noqa: E402
from lawgov_desktop.core.extract.extractor import extract_indicators  # noqa: E402
from lawgov_desktop.core.extract.metadata import extract_metadata  # noqa: E402
from lawgov_desktop.core.ingest import read_document  # noqa: E402
from lawgov_desktop.core.types import FOUND_BY_PHRASING  # noqa: E402

# The bands of benchmarks/extract_accuracy.py; a band is judged when it holds MIN_CELLS.
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
MIN_CELLS = 20
SLOPES = np.round(np.arange(0.30, 1.5001, 0.05), 2)
INTERCEPTS = np.round(np.arange(-1.00, 1.0001, 0.05), 2)
KNOTS = [0.80, 0.85, 0.875, 0.90, 0.925, 0.95]
SLOPES_BELOW = np.round(np.arange(0.5, 4.0001, 0.25), 2)

# The phrasing model's fills: their own curve, fitted by likelihood (they are few: no band of them
# alone holds 20 cells), on this grid.
FILL_SLOPES = np.round(np.arange(0.05, 1.5001, 0.05), 2)
FILL_INTERCEPTS = np.round(np.arange(-2.0, 3.0001, 0.05), 2)

Cells = tuple[np.ndarray, np.ndarray, np.ndarray]  # (probabilities, right as 0/1, a phrasing fill as 0/1)
Cell = tuple[float, bool, bool]  # (probability, right, a phrasing fill)


def _cells(values: dict[str, tuple[float, float, bool]], gold: dict) -> list[Cell]:
    """(probability, right, fill) of every filled cell with a probability; ``values``: id → (value, p, fill)."""
    out = []
    for indicator, (value, probability, fill) in values.items():
        if probability > 0:
            out.append((probability, accepted(value, gold["indicators"].get(indicator, [None])), fill))
    return out


def tuned_cells(sets: list[tuple[Path, Path]]) -> list[Cell]:
    """The cells of the annotated reports of ``sets`` as the extractor fills them now, curve off."""
    catalog = default_catalog()
    out: list[Cell] = []
    for _, _, text_path, gold in annotated_files(sets):
        document = read_document(text_path)
        metadata = extract_metadata(document)
        found = extract_indicators(document, catalog, report_year=metadata.year, region=metadata.region,
                                   confidence=IDENTITY)
        out += _cells({v.id: (v.value, v.confidence, v.found_by == FOUND_BY_PHRASING)
                       for v in found if v.value is not None}, gold)
    return out


def blind_cells(predictions: Path, gold_dir: Path) -> list[Cell]:
    """The cells of a frozen ``extract --json`` output, judged by its gold folder."""
    reports = json.loads(predictions.read_text(encoding="utf-8"))["reports"]
    by_stem = {Path(r["file"]).stem: r for r in reports}
    out: list[Cell] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = by_stem.get(gold_path.stem, {"indicators": []})
        out += _cells({c["id"]: (c["value"], float(c.get("confidence") or 0.0),
                                 c.get("found_by") == FOUND_BY_PHRASING)
                       for c in report["indicators"] if c.get("value") is not None}, gold)
    return out


def as_arrays(cells: list[Cell]) -> Cells:
    p = np.clip(np.array([c[0] for c in cells], dtype=float), 1e-6, 1 - 1e-6)
    return (p, np.array([1.0 if c[1] else 0.0 for c in cells]),
            np.array([1.0 if c[2] else 0.0 for c in cells]))


Curve = tuple[float, float, float | None, float | None]  # slope, intercept, knot, slope below it
FillCurve = tuple[float, float] | None  # slope, intercept of the fills' own curve; None: the same curve


def shown(p: np.ndarray, slope: float, intercept: float, knot: float | None = None,
          slope_below: float | None = None) -> np.ndarray:
    """As ``ConfidenceCurve.shown`` (without its rounding): the curve applied to probabilities."""
    logit = np.log(p / (1 - p))
    z = slope * logit + intercept
    if knot is not None and slope_below is not None:
        at_knot = math.log(knot / (1 - knot))
        z = np.where(p < knot, slope * at_knot + intercept + slope_below * (logit - at_knot), z)
    return np.clip(1 / (1 + np.exp(-z)), 0.01, 0.99)


def shown_cells(cells: Cells, curve: Curve, fill_curve: FillCurve) -> np.ndarray:
    """The confidence shown for each cell: the fills through their own curve where there is one."""
    p, _, fill = cells
    if fill_curve is None:
        return shown(p, *curve)
    return np.where(fill > 0, shown(p, *fill_curve), shown(p, *curve))


def table(confidence: np.ndarray, right: np.ndarray) -> list[dict]:
    rows = []
    for low, high in BANDS:
        inside = (confidence >= low) & (confidence < high)
        n = int(inside.sum())
        if n:
            rows.append({"band": f"{low:.2f}–{min(high, 1.0):.2f}", "cells": n,
                         "mean_confidence": round(float(confidence[inside].mean()), 3),
                         "share_right": round(float(right[inside].mean()), 3)})
    return rows


def largest_gap(rows: list[dict]) -> float:
    """Points between mean confidence and share right, in the worst band of ≥ MIN_CELLS cells."""
    gaps = [abs(r["mean_confidence"] - r["share_right"]) for r in rows if r["cells"] >= MIN_CELLS]
    return round(100 * max(gaps, default=0.0), 1)


def _gap(populations: list[Cells], curve: Curve, fill_curve: FillCurve = None) -> float:
    return max(largest_gap(table(shown_cells(cells, curve, fill_curve), cells[1]))
               for cells in populations if len(cells[0]))


def fit_fills(populations: list[Cells]) -> FillCurve:
    """The fills' own curve: the slope and intercept of the grid that make their rightness most likely
    (pooled over the populations), or None where no population has a fill."""
    p = np.concatenate([cells[0][cells[2] > 0] for cells in populations])
    y = np.concatenate([cells[1][cells[2] > 0] for cells in populations])
    if not len(p):
        return None
    logit = np.log(p / (1 - p))
    best: tuple[float, float, float] | None = None
    for slope in FILL_SLOPES:
        for intercept in FILL_INTERCEPTS:
            q = np.clip(1 / (1 + np.exp(-(slope * logit + intercept))), 1e-6, 1 - 1e-6)
            loss = float(-(y * np.log(q) + (1 - y) * np.log(1 - q)).sum())
            if best is None or loss < best[0]:
                best = (loss, float(slope), float(intercept))
    assert best is not None
    return best[1], best[2]


def _fit_upper(populations: list[Cells], fill_curve: FillCurve) -> tuple[float, float]:
    """The slope and intercept of the grid with the smallest gap; on a tie the pair nearer to no change."""
    best: tuple[float, float, float, float] | None = None
    for slope in SLOPES:
        for intercept in INTERCEPTS:
            gap = _gap(populations, (float(slope), float(intercept), None, None), fill_curve)
            key = (gap, abs(slope - 1) + abs(intercept), float(slope), float(intercept))
            if best is None or key < best:
                best = key
    assert best is not None
    return best[2], best[3]


def fit(populations: list[Cells]) -> tuple[Curve, FillCurve, float]:
    """(the best curve on the grid, the fills' own curve, the largest gap over the populations).

    The fills' curve first (``fit_fills``).  Then for no knot and for each of ``KNOTS``: the upper
    piece, fitted on the cells at or above the knot (it is their curve) with the fills, then the
    slope below the knot.  The curve with the smallest gap over all cells
    wins; on a tie no knot, then the curve nearer to no change."""
    fill_curve = fit_fills(populations)
    best: tuple[tuple, Curve] | None = None
    for knot in [None, *KNOTS]:
        if knot is None:
            slope, intercept = _fit_upper(populations, fill_curve)
        else:
            above = [(p[keep], y[keep], fill[keep]) for p, y, fill in populations
                     for keep in [(p >= knot) | (fill > 0)]]
            slope, intercept = _fit_upper(above, fill_curve)
        curves: list[Curve] = [(slope, intercept, None, None)] if knot is None else [
            (slope, intercept, knot, float(below)) for below in SLOPES_BELOW if below > slope]
        for curve in curves:
            key = (_gap(populations, curve, fill_curve), knot is not None, abs(slope - 1) + abs(intercept),
                   (curve[3] or slope) - slope, -(knot or 0.0))
            if best is None or key < best[0]:
                best = (key, curve)
    assert best is not None
    return best[1], fill_curve, best[0][0]


def _print_table(title: str, rows: list[dict]) -> None:
    print(f"{title}  (largest gap {largest_gap(rows)} points)")
    for r in rows:
        print(f"  {r['band']:>10}  {r['cells']:5d} cells  mean {r['mean_confidence']:.3f}  right {r['share_right']:.3f}")


def _pair(text: str) -> tuple[Path, Path]:
    left, sep, right = text.rpartition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected A:B, got {text}")
    return Path(left), Path(right)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=_pair, action="append", default=[], metavar="TEXTS:GOLD",
                        help="another annotated set the rules were tuned on (repeatable)")
    parser.add_argument("--blind", type=_pair, action="append", default=[], metavar="PRED.json:GOLD",
                        help="an extract --json output frozen before its reports were read (repeatable)")
    parser.add_argument("--no-default-sets", action="store_true", help="leave out ../shared, tests/data, the sample")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "resources" / "confidence.json")
    parser.add_argument("--check", action="store_true", help="fit and report, write nothing")
    args = parser.parse_args(argv)

    default_sets = [] if args.no_default_sets else [s for s in DEFAULT_SETS if s[1].is_dir()]
    named: list[tuple[str, list[Cell]]] = []
    if default_sets:
        named.append(("调过规则：../shared 与自编报告", tuned_cells(default_sets)))
    if args.set:
        named.append(("调过规则：其他标注集合", tuned_cells(args.set)))
    blind = [(pred, blind_cells(pred, gold)) for pred, gold in args.blind]
    if blind:
        named.append(("读前冻结的预测", [c for _, cells in blind for c in cells]))
    named = [(name, cells) for name, cells in named if cells]
    if not named:
        print("no annotated cells found", file=sys.stderr)
        return 2
    populations = [as_arrays(cells) for _, cells in named]
    curve, fill_curve, gap = fit(populations)
    slope, intercept, knot, slope_below = curve

    result: dict = {
        "note": "The curve of the confidence shown to reviewers, written by tools/fit_confidence.py — do not edit "
                "by hand; refit after refitting the scorer or the phrasing model.",
        "slope": slope, "intercept": intercept, "knot": knot, "slope_below": slope_below,
        "fills": None if fill_curve is None else {
            "slope": fill_curve[0], "intercept": fill_curve[1],
            "cells": int(sum(int(cells[2].sum()) for cells in populations))},
        "largest_gap_points": gap,
        "populations": {},
        "excluded": "the validation split of excerpts2 (tools/validation_split.py)",
    }
    for (name, _), cells in zip(named, populations):
        p, y, _ = cells
        before, after = table(p, y), table(shown_cells(cells, curve, fill_curve), y)
        result["populations"][name] = {"cells": len(p), "before": before, "after": after}
        _print_table(f"{name}：原样", before)
        _print_table(f"{name}：经曲线", after)
    if len(blind) >= 2:
        tuned = populations[:-1]
        held_p, held_y = [], []
        for k, (_, cells) in enumerate(blind):
            rest = [c for j, (_, other) in enumerate(blind) if j != k for c in other]
            held_curve, held_fill_curve, _ = fit(tuned + [as_arrays(rest)])
            held = as_arrays(cells)
            held_p.append(shown_cells(held, held_curve, held_fill_curve))
            held_y.append(held[1])
        rows = table(np.concatenate(held_p), np.concatenate(held_y))
        result["held_out_blind"] = {"files": len(blind), "rows": rows, "largest_gap_points": largest_gap(rows)}
        _print_table(f"读前冻结的预测，逐个留出（{len(blind)} 份文件）", rows)
    below = f"  below {knot}: slope {slope_below}" if knot is not None else "  no knot"
    fills = f"  fills: slope {fill_curve[0]} intercept {fill_curve[1]}" if fill_curve is not None else ""
    print(f"slope {slope}  intercept {intercept}{below}{fills}  largest gap {gap} points")
    if not args.check:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

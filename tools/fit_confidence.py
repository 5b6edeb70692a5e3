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
   rules know and on the ones they do not (issue 11: within 10 points in every band);
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

# The bands of benchmarks/extract_accuracy.py; a band is judged when it holds MIN_CELLS.
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
MIN_CELLS = 20
SLOPES = np.round(np.arange(0.30, 1.5001, 0.05), 2)
INTERCEPTS = np.round(np.arange(-1.00, 1.0001, 0.05), 2)

Cells = tuple[np.ndarray, np.ndarray]  # (probabilities, right as 0/1)


def _cells(values: dict[str, tuple[float, float]], gold: dict) -> list[tuple[float, bool]]:
    """(probability, right) of every filled cell with a probability; ``values``: id → (value, p)."""
    out = []
    for indicator, (value, probability) in values.items():
        if probability > 0:
            out.append((probability, accepted(value, gold["indicators"].get(indicator, [None]))))
    return out


def tuned_cells(sets: list[tuple[Path, Path]]) -> list[tuple[float, bool]]:
    """The cells of the annotated reports of ``sets`` as the extractor fills them now, curve off."""
    catalog = default_catalog()
    out: list[tuple[float, bool]] = []
    for _, _, text_path, gold in annotated_files(sets):
        document = read_document(text_path)
        metadata = extract_metadata(document)
        found = extract_indicators(document, catalog, report_year=metadata.year, region=metadata.region,
                                   confidence=IDENTITY)
        out += _cells({v.id: (v.value, v.confidence) for v in found if v.value is not None}, gold)
    return out


def blind_cells(predictions: Path, gold_dir: Path) -> list[tuple[float, bool]]:
    """The cells of a frozen ``extract --json`` output, judged by its gold folder."""
    reports = json.loads(predictions.read_text(encoding="utf-8"))["reports"]
    by_stem = {Path(r["file"]).stem: r for r in reports}
    out: list[tuple[float, bool]] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = by_stem.get(gold_path.stem, {"indicators": []})
        out += _cells({c["id"]: (c["value"], float(c.get("confidence") or 0.0))
                       for c in report["indicators"] if c.get("value") is not None}, gold)
    return out


def as_arrays(cells: list[tuple[float, bool]]) -> Cells:
    p = np.clip(np.array([c[0] for c in cells], dtype=float), 1e-6, 1 - 1e-6)
    return p, np.array([1.0 if c[1] else 0.0 for c in cells])


def shown(p: np.ndarray, slope: float, intercept: float) -> np.ndarray:
    """As ``ConfidenceCurve.shown`` (without its rounding): the curve applied to probabilities."""
    z = slope * np.log(p / (1 - p)) + intercept
    return np.clip(1 / (1 + np.exp(-z)), 0.01, 0.99)


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


def fit(populations: list[Cells]) -> tuple[float, float, float]:
    """(slope, intercept, largest gap over the populations) of the best curve on the grid; on a tie
    the curve nearer to no change."""
    best: tuple[float, float, float, float] | None = None
    for slope in SLOPES:
        for intercept in INTERCEPTS:
            gap = max(largest_gap(table(shown(p, slope, intercept), y)) for p, y in populations if len(p))
            key = (gap, abs(slope - 1) + abs(intercept), float(slope), float(intercept))
            if best is None or key < best:
                best = key
    assert best is not None
    return best[2], best[3], best[0]


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
    named: list[tuple[str, list[tuple[float, bool]]]] = []
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
    slope, intercept, gap = fit(populations)

    result: dict = {
        "note": "The curve of the confidence shown to reviewers, written by tools/fit_confidence.py — do not edit "
                "by hand; refit after refitting the scorer or the phrasing model.",
        "slope": slope, "intercept": intercept, "largest_gap_points": gap,
        "populations": {},
        "excluded": "the validation split of excerpts2 (tools/validation_split.py)",
    }
    for (name, _), (p, y) in zip(named, populations):
        before, after = table(p, y), table(shown(p, slope, intercept), y)
        result["populations"][name] = {"cells": len(p), "before": before, "after": after}
        _print_table(f"{name}：原样", before)
        _print_table(f"{name}：经曲线", after)
    if len(blind) >= 2:
        tuned = populations[:-1]
        held_p, held_y = [], []
        for k, (_, cells) in enumerate(blind):
            rest = [c for j, (_, other) in enumerate(blind) if j != k for c in other]
            s, i, _ = fit(tuned + [as_arrays(rest)])
            p, y = as_arrays(cells)
            held_p.append(shown(p, s, i))
            held_y.append(y)
        rows = table(np.concatenate(held_p), np.concatenate(held_y))
        result["held_out_blind"] = {"files": len(blind), "rows": rows, "largest_gap_points": largest_gap(rows)}
        _print_table(f"读前冻结的预测，逐个留出（{len(blind)} 份文件）", rows)
    print(f"slope {slope}  intercept {intercept}  largest gap {gap} points")
    if not args.check:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fit the extractor's scorer on the annotated reports and write ``resources/scorer.json``.

    python tools/fit_scorer.py                       # ../shared sets + tests/data, writes resources/scorer.json
    python tools/fit_scorer.py --check               # fit and report, write nothing
    python tools/fit_scorer.py --set DIR:GOLD ... --out F --folds 5

What it does:
1. every annotated report is read and linked exactly as ``lawgov-desktop extract`` does
   (``grammar.links`` with their named features); a link is right when its number is one
   of the values the gold accepts for that indicator;
2. a logistic regression (L2, each weight's sign bounded by what the feature means — see
   ``SIGNS``; scipy's L-BFGS-B) is fitted with folds by report: for each
   outer fold the fill threshold is chosen on inner folds of the training reports only,
   the weights are fitted on the training reports, and the held-out reports are
   extracted with them — the precision, recall and F1 printed are of reports the
   weights were not fitted on, counted like ``../shared/tools/score.py``;
3. the confidence shown to reviewers is calibrated on those held-out cells (a small
   logistic map from the chosen link's probability and its margin over the best rival
   value to the share of cells that are right); the calibration table is printed;
4. the final weights are fitted on all reports, the threshold chosen on the held-out
   probabilities, and everything written with the figures it was measured with.

The validation split (``tools/validation_split.py``) is never read: its reports are
dropped before anything is loaded.  Needs scipy (the ``dev`` extra); the program
itself reads only the numbers this writes.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "tools"))

from validation_split import in_validation_split  # noqa: E402

from lawgov_desktop.core.catalog import Catalog, default_catalog  # noqa: E402
from lawgov_desktop.core.extract.extractor import choose_values, collect_links, rank_links  # noqa: E402
from lawgov_desktop.core.extract.grammar import ExtractionContext, Link, build_context  # noqa: E402
from lawgov_desktop.core.extract.metadata import extract_metadata  # noqa: E402
from lawgov_desktop.core.extract.scorer import Scorer  # noqa: E402
from lawgov_desktop.core.ingest import read_document  # noqa: E402

SHARED = REPO_ROOT.parent / "shared"
DEFAULT_SETS = [
    (SHARED / "corpus" / "dev", SHARED / "gold" / "dev"),
    (SHARED / "corpus" / "excerpts", SHARED / "gold" / "excerpts"),
    (SHARED / "corpus" / "excerpts2", SHARED / "gold" / "excerpts2"),
    (REPO_ROOT / "tests" / "data" / "reports", REPO_ROOT / "tests" / "data" / "gold"),
    (REPO_ROOT / "resources" / "sample", REPO_ROOT / "tests" / "data" / "gold"),
]
SPLIT_SET = "excerpts2"
BANDS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


@dataclass
class AnnotatedReport:
    name: str  # set/stem
    group: str  # the set it came from
    ctx: ExtractionContext
    links: list[list[Link]]
    gold: dict[str, list]


def _same(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= max(1e-6, 1e-9 * abs(float(b)))


def accepted(value: float, options: list) -> bool:
    return any(o is not None and _same(value, o) for o in options)


def annotated_files(sets: list[tuple[Path, Path]]) -> Iterator[tuple[Path, Path, Path, dict]]:
    """(texts folder, gold file, text file, gold) of every annotated report of ``sets`` whose text is
    there, leaving out the validation split (also for tools/fit_phrasing_model.py)."""
    for corpus, gold_dir in sets:
        if not gold_dir.is_dir():
            continue
        for gold_path in sorted(gold_dir.glob("*.json")):
            if corpus.name == SPLIT_SET and in_validation_split(gold_path.stem):
                continue  # the validation split is never read
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = corpus / gold["file"]
            if text_path.exists():
                yield corpus, gold_path, text_path, gold


def load_reports(sets: list[tuple[Path, Path]], catalog: Catalog) -> list[AnnotatedReport]:
    reports = []
    for corpus, gold_path, text_path, gold in annotated_files(sets):
        document = read_document(text_path)
        metadata = extract_metadata(document)
        ctx = build_context(document, catalog, metadata.year, metadata.region)
        reports.append(AnnotatedReport(f"{corpus.name}/{gold_path.stem}", corpus.name, ctx,
                                       collect_links(ctx, catalog), gold.get("indicators", {})))
    return reports


def feature_names(reports: list[AnnotatedReport]) -> list[str]:
    names = set()
    for report in reports:
        for links in report.links:
            for link in links:
                names.update(link.features)
    return sorted(names)


def dataset(reports: list[AnnotatedReport], catalog: Catalog, names: list[str]):
    import numpy as np

    index = {name: i for i, name in enumerate(names)}
    rows, labels, groups = [], [], []
    for number, report in enumerate(reports):
        for spec, links in zip(catalog.indicators, report.links):
            options = report.gold.get(spec.id, [])
            for link in links:
                row = np.zeros(len(names))
                for name, value in link.features.items():
                    if name in index:
                        row[index[name]] = value
                rows.append(row)
                labels.append(1 if accepted(link.mention.value, options) else 0)
                groups.append(number)
    return np.array(rows), np.array(labels), np.array(groups)


# The direction each feature may push, from what the words mean; the data only sets how far.
# Fitted freely, a feature seen a few times can take the wrong sign by chance (another figure
# between word and number "helping"), which does not hold on reports nobody has read.
SIGNS = {
    # more distance, more breaks, more things in between: never more likely
    "gap_left": -1, "gap_right": -1, "breaks": -1, "enumeration": -1, "numbers_between": -1,
    "nearer_same_unit": -1, "rival_between": -1, "inside_rival": -1, "listed_with_rival": -1,
    "rival_after_number": -1, "body_after_measure": -1, "rival_subject": -1,
    # surroundings that speak against the figure being the year's own, of this indicator
    "avoid_clause": -1, "avoid_sentence": -1, "subset": -1, "range_part": -1,
    "no_law_word": -1, "topic_outside_sentence": -1, "topic_outside_clause": -1, "part_of_linked_total": -1, "total_of_subset": -1, "value_one": -1,
    # what speaks for it
    "gap_plain": 1, "total_before": 1, "new_value": 1, "respectively": 1, "total_after_parts": 1, "person_in_gap": 1,
    "person_after_measure": 1, "person_before_number": 1, "unit_primary": 1, "role_label": 1, "role_main": 1, "subset_on_topic": 1,
}


def fit(x, y, names: list[str], c: float) -> tuple[dict[str, float], float]:
    """L2-regularized logistic regression with the signs of ``SIGNS`` as bounds (scipy, L-BFGS-B)."""
    import numpy as np
    from scipy.optimize import minimize

    n_features = x.shape[1]
    targets = 2.0 * y - 1.0  # ±1

    def loss(params):
        w, b = params[:-1], params[-1]
        margins = targets * (x @ w + b)
        # log(1 + exp(-m)) computed stably
        value = np.logaddexp(0.0, -margins).sum() + 0.5 / c * (w @ w)
        sigma = np.exp(-np.logaddexp(0.0, margins))  # 1 / (1 + exp(m))
        grad_w = -(x.T @ (targets * sigma)) + w / c
        grad_b = -(targets * sigma).sum()
        return value, np.append(grad_w, grad_b)

    bounds = []
    for name in names:
        sign = SIGNS.get(name, 0)
        bounds.append((None, 0.0) if sign < 0 else (0.0, None) if sign > 0 else (None, None))
    bounds.append((None, None))  # the bias
    result = minimize(loss, np.zeros(n_features + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                      options={"maxiter": 5000})
    weights = result.x[:-1]
    return dict(zip(names, (float(w) for w in weights))), float(result.x[-1])


@dataclass
class Counts:
    filled: int = 0
    correct: int = 0
    required: int = 0
    correct_required: int = 0

    def add(self, other: Counts) -> None:
        for key in vars(self):
            setattr(self, key, getattr(self, key) + getattr(other, key))

    @property
    def precision(self) -> float:
        return self.correct / self.filled if self.filled else 0.0

    @property
    def recall(self) -> float:
        return self.correct_required / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(report: AnnotatedReport, catalog: Catalog, scorer: Scorer,
             cells: list[tuple[float, float, bool]] | None = None) -> Counts:
    """Counts like score.py; ``cells`` collects (probability, margin, right) of every filled cell."""
    counts = Counts()
    values = choose_values(report.ctx, catalog, rank_links(report.links, scorer), scorer)
    for value in values:
        options = report.gold.get(value.id, [None])
        required = None not in options
        counts.required += required
        if value.value is None:
            continue
        right = accepted(value.value, options)
        counts.filled += 1
        counts.correct += right
        counts.correct_required += right and required
        if cells is not None:
            cells.append((value.confidence, value.confidence, right))
    return counts


# Choices made for the whole run (from the command line): see Scorer.shared_margin.
SETTINGS = {"shared_margin": 0.15}


def _raw_scorer(weights: dict[str, float], bias: float, threshold: float) -> Scorer:
    # Identity calibration: confidence() returns the chosen link's probability itself.
    return Scorer(weights, bias, threshold, {"bias": 0.0, "logit": 1.0, "margin": 0.0}, SETTINGS["shared_margin"])


def best_threshold(reports: list[AnnotatedReport], catalog: Catalog, weights: dict[str, float], bias: float) -> float:
    best, best_f1 = 0.5, -1.0
    for step in range(10, 91, 2):
        threshold = step / 100
        total = Counts()
        for report in reports:
            total.add(evaluate(report, catalog, _raw_scorer(weights, bias, threshold)))
        if total.f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, total.f1
    return best


def folds(reports: list[AnnotatedReport], k: int) -> list[list[int]]:
    """Reports dealt into k folds in a fixed order (every set spread over every fold)."""
    order = sorted(range(len(reports)), key=lambda i: (reports[i].group, reports[i].name))
    return [order[f::k] for f in range(k)]


def cross_validate(reports, catalog, names, k: int, c: float):
    import numpy as np

    x, y, groups = dataset(reports, catalog, names)
    held_out_cells: list[tuple[float, float, bool]] = []
    per_group: dict[str, Counts] = {}
    total = Counts()
    outer = folds(reports, k)
    for fold in outer:
        held = set(fold)
        train_ids = [i for i in range(len(reports)) if i not in held]
        train = np.isin(groups, train_ids)
        # The threshold from inner folds of the training reports only.
        inner_reports = [reports[i] for i in train_ids]
        inner_probabilities = []
        for inner in folds(inner_reports, k):
            inner_held = {train_ids[i] for i in inner}
            inner_train = np.isin(groups, [i for i in train_ids if i not in inner_held])
            w, b = fit(x[inner_train], y[inner_train], names, c)
            inner_probabilities.append((inner_held, w, b))
        threshold = _threshold_from(inner_probabilities, reports, catalog)
        weights, bias = fit(x[train], y[train], names, c)
        scorer = _raw_scorer(weights, bias, threshold)
        for i in fold:
            cells: list[tuple[float, float, bool]] = []
            counts = evaluate(reports[i], catalog, scorer, cells)
            held_out_cells.extend(cells)
            total.add(counts)
            per_group.setdefault(reports[i].group, Counts()).add(counts)
    return total, per_group, held_out_cells


def _threshold_from(inner, reports, catalog) -> float:
    best, best_f1 = 0.5, -1.0
    for step in range(10, 91, 2):
        threshold = step / 100
        total = Counts()
        for held, w, b in inner:
            scorer = _raw_scorer(w, b, threshold)
            for i in held:
                total.add(evaluate(reports[i], catalog, scorer))
        if total.f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, total.f1
    return best


def calibrate(cells: list[tuple[float, float, bool]]) -> dict[str, float]:
    """Platt scaling of held-out filled cells: right ~ logit(probability)."""
    import numpy as np

    if len({right for _, _, right in cells}) < 2:
        return {"bias": 0.0, "logit": 1.0, "margin": 0.0}
    x = np.array([[_logit(p)] for p, _, _ in cells])
    y = np.array([1 if right else 0 for _, _, right in cells])
    weights, bias = fit(x, y, ["logit"], 10.0)
    return {"bias": round(bias, 4), "logit": round(weights["logit"], 4), "margin": 0.0}


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def calibration_table(cells: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """Rows (band, cells, mean confidence, share right)."""
    rows = []
    for lo, hi in BANDS:
        inside = [(c, r) for c, r in cells if lo <= c < hi]
        if inside:
            rows.append((f"{lo:.1f}–{min(hi, 1.0):.1f}", len(inside), sum(c for c, _ in inside) / len(inside),
                         sum(r for _, r in inside) / len(inside)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", metavar="TEXTS:GOLD",
                        help="a folder of reports and its gold folder (repeatable; default: ../shared sets + tests/data)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "resources" / "scorer.json")
    parser.add_argument("--check", action="store_true", help="fit and report only; write nothing")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the regression")
    parser.add_argument("--shared-margin", type=float, default=SETTINGS["shared_margin"],
                        help="how much more one indicator must claim a number than another to take it alone")
    parser.add_argument("--drop", default="", help="features to leave out, comma-separated (to measure what one adds)")
    args = parser.parse_args(argv)

    SETTINGS["shared_margin"] = args.shared_margin
    sets = [tuple(Path(p) for p in item.split(":", 1)) for item in args.set] if args.set else DEFAULT_SETS
    catalog = default_catalog()
    reports = load_reports(sets, catalog)
    if len(reports) < args.folds:
        print(f"only {len(reports)} annotated reports found: need at least {args.folds}", file=sys.stderr)
        return 2
    dropped = {name for name in args.drop.split(",") if name}
    names = [name for name in feature_names(reports) if name not in dropped]
    x, y, _ = dataset(reports, catalog, names)
    print(f"reports {len(reports)}  links {len(y)}  right {int(y.sum())}  features {len(names)}")

    total, per_group, cells = cross_validate(reports, catalog, names, args.folds, args.c)
    print(f"held-out folds ({args.folds}, by report): precision {total.precision:.3f}  recall {total.recall:.3f}"
          f"  F1 {total.f1:.3f}  (fills {total.filled}, required {total.required})")
    for group, counts in sorted(per_group.items()):
        print(f"  {group:12} precision {counts.precision:.3f}  recall {counts.recall:.3f}  F1 {counts.f1:.3f}")
    calibration = calibrate(cells)
    calibrated = []
    for probability, _, right in cells:
        z = calibration["bias"] + calibration["logit"] * _logit(probability)
        calibrated.append((1 / (1 + math.exp(-z)), right))
    print("calibration on held-out cells (band, cells, mean confidence, share right):")
    table = calibration_table(calibrated)
    for band, count, mean, share in table:
        print(f"  {band}  {count:4}  {mean:.3f}  {share:.3f}")

    weights, bias = fit(x, y, names, args.c)
    threshold = best_threshold(reports, catalog, weights, bias)
    print(f"final fit on all {len(reports)} reports: threshold {threshold:.2f}")
    for name, weight in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:26} {weight:+.3f}")
    if args.check:
        return 0
    counts = Counter(r.group for r in reports)
    data = {
        "note": "Weights of the extractor's scorer, written by tools/fit_scorer.py — do not edit by hand; "
                "refit after changing the grammar, the features or the catalog's word lists.",
        "fitted_on": {"sets": dict(sorted(counts.items())), "reports": len(reports), "links": int(len(y)),
                      "right": int(y.sum()), "excluded": "the validation split of excerpts2 (tools/validation_split.py)"},
        "held_out": {"folds": args.folds, "precision": round(total.precision, 4), "recall": round(total.recall, 4),
                     "f1": round(total.f1, 4),
                     "calibration": [{"band": b, "cells": n, "mean_confidence": round(m, 3), "share_right": round(s, 3)}
                                     for b, n, m, s in table]},
        "regularization_c": args.c,
        "shared_margin": args.shared_margin,
        "bias": round(bias, 4),
        "threshold": threshold,
        "calibration": calibration,
        "weights": {name: round(weight, 4) for name, weight in sorted(weights.items())},
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

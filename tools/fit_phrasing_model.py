#!/usr/bin/env python3
"""Fit the phrasing model (``core/extract/phrasing.py``) and write ``resources/phrasing_model.json``.

    python tools/fit_phrasing_model.py                        # ../shared sets + tests/data
    python tools/fit_phrasing_model.py --set TEXTS:GOLD ...   # other annotated sets as well (repeatable)
    python tools/fit_phrasing_model.py --check                # fit and report, write nothing

What it does:
1. every annotated report is read as ``lawgov-desktop extract`` reads it; every number an
   indicator accepts (its unit, its value range, not in a heading or a plan, not what
   ``grammar.never_the_value`` or ``grammar.catalog_allows`` sets aside) becomes an example
   with the features of ``phrasing.number_features``, ``phrasing.sentence_features`` and
   ``phrasing.indicator_features`` (the last read the grammar's links through the shipped
   scorer: refit this model after refitting the scorer);
   it is right when the gold requires that value for that indicator, wrong when the gold
   does not accept it, and left out when the gold only allows it (``[null, v]``);
2. one logistic regression per indicator (L2, scipy's L-BFGS-B; a feature seen fewer than
   ``--min-count`` times with an indicator gets no weight for it); weights smaller than
   ``--prune`` are dropped, which keeps the file small at no measured cost;
3. held-out figures: the sets are dealt into folds (whole sets when there are enough of them,
   so a fold's reports come from sources the weights never saw), and for each held-out report
   the model alone fills every indicator whose best number reaches the threshold, counted
   like ``../shared/tools/score.py`` (precision of the fills, recall of the required cells).
   The extractor uses the model only for the cells the grammar leaves empty; what that adds
   on reports nobody had read is measured outside this script (README, 准确率);
4. the final weights are fitted on everything and written with the figures.

The validation split (``tools/validation_split.py``) is never read.  Needs scipy.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "tools"))

# The annotated sets, the validation split and how a value is accepted are the scorer's fit's.
from fit_scorer import DEFAULT_SETS, Counts, accepted, annotated_files, in_validation_split  # noqa: E402,F401

from lawgov_desktop.core.catalog import Catalog, default_catalog  # noqa: E402
from lawgov_desktop.core.extract.context import build_context  # noqa: E402
from lawgov_desktop.core.extract.grammar import catalog_allows, never_the_value  # noqa: E402
from lawgov_desktop.core.extract.metadata import extract_metadata  # noqa: E402
from lawgov_desktop.core.extract.extractor import collect_links, grammar_probabilities, rank_links  # noqa: E402
from lawgov_desktop.core.extract.phrasing import (indicator_features, number_features, readable_sentence,  # noqa: E402
                                                  sentence_features)
from lawgov_desktop.core.extract.scorer import default_scorer  # noqa: E402
from lawgov_desktop.core.ingest import read_document  # noqa: E402

BIAS = "_bias"


@dataclass
class Example:
    indicator: str
    value: float
    label: int | None  # 1 right, 0 wrong, None allowed either way (left out of the fit)
    features: frozenset[str]


@dataclass
class AnnotatedReport:
    name: str
    group: str
    examples: list[Example]
    gold: dict[str, list]


def report_examples(path: Path, gold: dict[str, list], catalog: Catalog) -> list[Example]:
    document = read_document(path)
    metadata = extract_metadata(document)
    ctx = build_context(document, catalog, metadata.year, metadata.region)
    text = ctx.text
    grammar = grammar_probabilities(rank_links(collect_links(ctx, catalog), default_scorer()))
    sentence_cache: dict[int, frozenset[str]] = {}
    examples = []
    for index, spec in enumerate(catalog.indicators):
        options = gold.get(spec.id)
        for mention in ctx.accepted[index]:
            sentence = readable_sentence(ctx, spec, mention)
            if sentence is None:
                continue
            if never_the_value(ctx, mention, sentence) or not catalog_allows(ctx, index, spec, mention, sentence):
                continue  # the extractor never asks the model about these
            if options is None or not accepted(mention.value, options):
                label = 0
            else:
                label = None if None in options else 1
            about = sentence_cache.get(sentence.start)
            if about is None:
                about = sentence_cache[sentence.start] = frozenset(sentence_features(text, sentence))
            own = indicator_features(ctx, index, mention, sentence, grammar.get((index, mention.start)))
            examples.append(Example(spec.id, mention.value, label,
                                    frozenset(number_features(text, mention, sentence)) | about | frozenset(own)))
    return examples


def load_reports(sets: list[tuple[Path, Path]], catalog: Catalog) -> list[AnnotatedReport]:
    reports = []
    for corpus, gold_path, text_path, gold in annotated_files(sets):
        group = f"{corpus.parent.name}/{corpus.name}"
        indicators = gold.get("indicators", {})
        reports.append(AnnotatedReport(f"{group}/{gold_path.stem}", group,
                                       report_examples(text_path, indicators, catalog), indicators))
    return reports


def fit(reports: list[AnnotatedReport], c: float, min_count: int, prune: float
        ) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Weights per (feature, indicator) and a bias per indicator."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    rows = [e for r in reports for e in r.examples if e.label is not None]
    counts = Counter((e.indicator, f) for e in rows for f in e.features)
    columns: dict[tuple[str, str], int] = {}
    for e in rows:
        columns.setdefault((e.indicator, BIAS), len(columns))
    for key, count in counts.items():
        if count >= min_count:
            columns.setdefault(key, len(columns))
    row_index, column_index = [], []
    for r, e in enumerate(rows):
        cols = [columns[(e.indicator, BIAS)]] + [columns[(e.indicator, f)] for f in e.features
                                                 if (e.indicator, f) in columns]
        row_index += [r] * len(cols)
        column_index += cols
    x = sparse.csr_matrix((np.ones(len(row_index)), (row_index, column_index)), shape=(len(rows), len(columns)))
    y = np.array([e.label for e in rows], dtype=float)

    def loss(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        return float(np.sum(np.logaddexp(0, z) - y * z) + 0.5 / c * w @ w), x.T @ (p - y) + w / c

    w = minimize(loss, np.zeros(len(columns)), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for (indicator, feature), k in columns.items():
        if feature == BIAS:
            bias[indicator] = round(float(w[k]), 4)
        elif abs(w[k]) >= prune:
            weights.setdefault(feature, {})[indicator] = round(float(w[k]), 4)
    return weights, bias


def probability(example: Example, weights: dict[str, dict[str, float]], bias: dict[str, float]) -> float | None:
    if example.indicator not in bias:
        return None
    z = bias[example.indicator] + sum(weights.get(f, {}).get(example.indicator, 0.0) for f in example.features)
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def model_alone(report: AnnotatedReport, weights, bias, threshold: float, counts: Counts) -> None:
    """The report's cells as the model alone would fill them, counted like score.py."""
    best: dict[str, tuple[float, float]] = {}
    for e in report.examples:
        p = probability(e, weights, bias)
        if p is not None and p >= threshold and p > best.get(e.indicator, (0.0, 0.0))[0]:
            best[e.indicator] = (p, e.value)
    for indicator in set(report.gold) | set(best):
        options = report.gold.get(indicator, [None])
        required = None not in options
        counts.required += required
        if indicator in best:
            counts.filled += 1
            if accepted(best[indicator][1], options):
                counts.correct += 1
                counts.correct_required += required


def folds(reports: list[AnnotatedReport], k: int) -> list[list[int]]:
    """Whole sets per fold when there are at least k sets; reports dealt in order otherwise."""
    groups = sorted({r.group for r in reports})
    if len(groups) >= k:
        return [[i for i, r in enumerate(reports) if groups.index(r.group) % k == f] for f in range(k)]
    order = sorted(range(len(reports)), key=lambda i: (reports[i].group, reports[i].name))
    return [order[f::k] for f in range(k)]


def _dump(data: dict) -> str:
    """JSON with one line per feature, so that a refit reads as a diff."""
    head = {k: v for k, v in data.items() if k != "weights"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    lines = [f"{json.dumps(name, ensure_ascii=False)}:{json.dumps(per, ensure_ascii=False, separators=(',', ':'))}"
             for name, per in data["weights"].items()]
    return text + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", metavar="TEXTS:GOLD",
                        help="a folder of reports and its gold folder (repeatable; added to the default sets)")
    parser.add_argument("--only-sets", action="store_true", help="use only the --set folders, not the defaults")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "resources" / "phrasing_model.json")
    parser.add_argument("--check", action="store_true", help="fit and report only; write nothing")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the regression")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--prune", type=float, default=0.1)
    parser.add_argument("--threshold", type=float, default=0.5,
                        help="the probability a number needs to fill an empty cell (chosen on unread reports)")
    args = parser.parse_args(argv)

    extra = [tuple(Path(p) for p in item.split(":", 1)) for item in args.set or []]
    sets = extra if args.only_sets else DEFAULT_SETS + extra
    catalog = default_catalog()
    reports = load_reports(sets, catalog)
    if len(reports) < args.folds:
        print(f"only {len(reports)} annotated reports found: need at least {args.folds}", file=sys.stderr)
        return 2
    examples = [e for r in reports for e in r.examples if e.label is not None]
    print(f"reports {len(reports)}  examples {len(examples)}  right {sum(e.label for e in examples)}")

    held_out = {t: Counts() for t in (0.5, 0.6, 0.7, 0.8, 0.9)}
    for fold in folds(reports, args.folds):
        inside = set(fold)
        weights, bias = fit([r for i, r in enumerate(reports) if i not in inside], args.c, args.min_count, args.prune)
        for i in fold:
            for threshold, counts in held_out.items():
                model_alone(reports[i], weights, bias, threshold, counts)
    print(f"held-out folds ({args.folds}), the model alone filling every cell it can:")
    for threshold, counts in held_out.items():
        print(f"  threshold {threshold:.1f}: precision {counts.precision:.3f}  recall {counts.recall:.3f}"
              f"  F1 {counts.f1:.3f}  (fills {counts.filled}, required {counts.required})")

    weights, bias = fit(reports, args.c, args.min_count, args.prune)
    size = sum(len(per) for per in weights.values())
    print(f"final fit on all {len(reports)} reports: {size} weights over {len(weights)} features, "
          f"{len(bias)} indicators")
    if args.check:
        return 0
    chosen = held_out.get(args.threshold)
    data = {
        "note": "The phrasing model's weights, written by tools/fit_phrasing_model.py — do not edit by hand; "
                "refit after changing the catalog or the features.",
        "fitted_on": {"sets": dict(sorted(Counter(r.group for r in reports).items())), "reports": len(reports),
                      "examples": len(examples), "right": sum(e.label for e in examples),
                      "excluded": "the validation split of excerpts2 (tools/validation_split.py)"},
        "held_out_model_alone": {"folds": args.folds, "threshold": args.threshold,
                                 **({"precision": round(chosen.precision, 4), "recall": round(chosen.recall, 4),
                                     "f1": round(chosen.f1, 4)} if chosen else {})},
        "regularization_c": args.c,
        "min_count": args.min_count,
        "prune": args.prune,
        "threshold": args.threshold,
        "bias": dict(sorted(bias.items())),
        "weights": {name: dict(sorted(per.items())) for name, per in sorted(weights.items())},
    }
    args.out.write_text(_dump(data), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

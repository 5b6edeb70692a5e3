"""tools/fit_confidence.py fits the shown-confidence curve end to end on a tiny set of our own reports.

The tuned population is tests/data as the extractor reads it now; the "blind" population is a
prediction file of the same reports judged by a gold in which every third filled value is
wrong, as on reports the rules were never fitted to: the curve must pull the confidence down.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from tool_loading import load_tool

from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.extract.confidence import IDENTITY, load_curve
from lawgov_desktop.core.extract.extractor import extract_indicators
from lawgov_desktop.core.ingest import read_document

pytest.importorskip("numpy")

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def _blind_set(folder: Path, reports: list[Path], wrong_every: int) -> tuple[Path, Path]:
    """An extract --json file of ``reports`` (curve off) and a gold folder that rejects every
    ``wrong_every``-th filled value."""
    catalog = default_catalog()
    gold_dir = folder / "gold"
    gold_dir.mkdir(parents=True)
    predictions, count = [], 0
    for path in reports:
        values = extract_indicators(read_document(path), catalog, confidence=IDENTITY)
        cells, gold = [], {}
        for value in values:
            if value.value is None:
                continue
            cells.append({"id": value.id, "value": value.value, "confidence": value.confidence})
            count += 1
            gold[value.id] = [value.value + 1] if count % wrong_every == 0 else [value.value]
        predictions.append({"file": str(path), "indicators": cells})
        (gold_dir / f"{path.stem}.json").write_text(
            json.dumps({"file": path.name, "indicators": gold}, ensure_ascii=False), encoding="utf-8")
    prediction_file = folder / "pred.json"
    prediction_file.write_text(json.dumps({"reports": predictions}, ensure_ascii=False), encoding="utf-8")
    return prediction_file, gold_dir


@pytest.fixture(scope="module")
def fitted(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("fit-confidence")
    reports = sorted((DATA / "reports").glob("*.txt"))
    assert len(reports) >= 4
    half = len(reports) // 2
    blind = [_blind_set(root / name, part, 3) for name, part in (("a", reports[:half]), ("b", reports[half:]))]
    out = root / "confidence.json"
    args = ["--no-default-sets", "--set", f"{DATA / 'reports'}:{DATA / 'gold'}", "--out", str(out)]
    for prediction, gold in blind:
        args += ["--blind", f"{prediction}:{gold}"]
    assert load_tool("fit_confidence").main(args) == 0
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_the_fit_writes_a_curve_the_extractor_loads(fitted):
    out, data = fitted
    curve = load_curve(out)
    assert (curve.slope, curve.intercept) == (data["slope"], data["intercept"])


def test_over_confident_predictions_pull_the_shown_confidence_down(fitted):
    out, data = fitted
    assert load_curve(out).shown(0.97) < 0.95
    blind = data["populations"]["读前冻结的预测"]
    gap_before = max(abs(r["mean_confidence"] - r["share_right"]) for r in blind["before"] if r["cells"] >= 20)
    gap_after = max(abs(r["mean_confidence"] - r["share_right"]) for r in blind["after"] if r["cells"] >= 20)
    assert gap_after < gap_before


def test_each_blind_file_is_also_judged_by_a_curve_fitted_without_it(fitted):
    _, data = fitted
    held_out = data["held_out_blind"]
    assert held_out["files"] == 2
    assert sum(row["cells"] for row in held_out["rows"]) == data["populations"]["读前冻结的预测"]["cells"]


def _population(rule, fills_rule=None, seed: int = 7) -> tuple:
    """Cells with probabilities spread over 0.5–0.999 and right as ``rule(p)`` says, drawn at random;
    with ``fills_rule``, 300 phrasing fills at 0.5–0.8 as well, right as it says."""
    np = pytest.importorskip("numpy")
    generator = np.random.default_rng(seed)
    p = np.concatenate([generator.uniform(0.5, 0.9, 400), generator.uniform(0.9, 0.999, 1600)])
    right = (generator.uniform(0, 1, len(p)) < np.vectorize(rule)(p)).astype(float)
    fill = np.zeros(len(p))
    if fills_rule is not None:
        q = generator.uniform(0.5, 0.8, 300)
        p = np.concatenate([p, q])
        right = np.concatenate([right, (generator.uniform(0, 1, len(q)) < np.vectorize(fills_rule)(q)).astype(float)])
        fill = np.concatenate([fill, np.ones(len(q))])
    return p, right, fill


def _falling_below_09(p: float) -> float:
    return p if p >= 0.9 else 0.9 - 2 * (0.9 - p)


@pytest.mark.parametrize(("name", "rule", "knotted"), [
    ("right as often as the probability says", lambda p: p, False),
    ("below 0.9 falling twice as fast", _falling_below_09, True),
])
def test_a_knot_is_fitted_only_where_the_unsure_values_are_wrong_more_often(name, rule, knotted):
    tool = load_tool("fit_confidence")
    population = _population(rule)
    (slope, intercept, knot, slope_below), fill_curve, gap = tool.fit([population])
    assert fill_curve is None  # no fills, no curve of theirs
    assert (knot is not None) == knotted, name
    assert gap <= 10
    if knotted:
        assert slope_below > slope
        assert gap < tool._gap([population], (slope, intercept, None, None))


def test_the_fills_get_a_curve_of_their_own_when_their_probabilities_mean_something_else():
    # Fills at 0.5–0.8 right four times in five: no one curve can show them above the values the
    # scorer gives 0.8–0.9, of which fewer are right.
    tool = load_tool("fit_confidence")
    population = _population(_falling_below_09, fills_rule=lambda p: 0.8)
    curve, fill_curve, gap = tool.fit([population])
    assert fill_curve is not None
    p, right, fill = population
    shown_fills = tool.shown(p[fill > 0], *fill_curve)
    assert abs(float(shown_fills.mean()) - float(right[fill > 0].mean())) < 0.05
    assert gap <= 10
    one_curve = tool._gap([population], curve, None)
    assert gap < one_curve

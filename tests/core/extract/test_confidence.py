"""The confidence shown to reviewers: one monotone curve over the extractor's probabilities."""
from __future__ import annotations

import json

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.extract.confidence import (IDENTITY, ConfidenceCurve, curve_from_data, default_curve,
                                                    load_curve)
from lawgov_desktop.core.extract.extractor import extract_indicators
from lawgov_desktop.core.extract.phrasing import PhrasingModel
from lawgov_desktop.core.ingest import read_document
from lawgov_desktop.core.types import FOUND_BY_PHRASING, Document

HALF = ConfidenceCurve(slope=0.5, intercept=0.5)
KNOTTED = ConfidenceCurve(slope=0.5, intercept=0.5, knot=0.9, slope_below=2.0)


@pytest.mark.parametrize(("curve", "probability", "shown"), [
    (IDENTITY, 0.97, 0.97),            # no curve: the probability as it is
    (IDENTITY, 0.0, 0.0),
    (HALF, 0.0, 0.0),                  # a value without a probability has no confidence to show
    (HALF, 0.5, 0.622),                # sigmoid(0.5 · 0 + 0.5)
    (HALF, 0.9, 0.832),                # sigmoid(0.5 · 2.197 + 0.5)
    (HALF, 0.99, 0.943),
    (HALF, 0.999, 0.981),              # sure values are pulled down …
    (ConfidenceCurve(3.0, 0.0), 0.999, 0.99),  # … and never shown above 0.99
    (ConfidenceCurve(3.0, 0.0), 0.01, 0.01),   # nor below 0.01
    (KNOTTED, 0.99, 0.943),            # above the knot: the upper piece
    (KNOTTED, 0.9, 0.832),             # at the knot the pieces meet
    (KNOTTED, 0.8, 0.494),             # sigmoid(1.599 + 2 · (1.386 − 2.197)): below it, steeper
    (KNOTTED, 0.6, 0.121),             # sigmoid(1.599 + 2 · (0.405 − 2.197))
])
def test_the_curve_maps_a_probability_to_the_confidence_shown(curve, probability, shown):
    assert curve.shown(probability) == pytest.approx(shown, abs=1e-3)


@pytest.mark.parametrize("curve", [HALF, KNOTTED])
def test_the_curve_keeps_the_order_of_the_probabilities(curve):
    probabilities = [k / 1000 for k in range(1, 1000)]
    shown = [curve.shown(p) for p in probabilities]
    assert shown == sorted(shown)


@pytest.mark.parametrize(("data", "curve"), [
    ({"slope": 0.5, "intercept": 0.5}, HALF),
    ({"slope": 0.5, "intercept": 0.5, "knot": None, "slope_below": None}, HALF),   # a fit that found no knot
    ({"slope": 0.5, "intercept": 0.5, "knot": 0.9, "slope_below": 2}, KNOTTED),
    ({"slope": 0.5, "intercept": 0.5, "fills": {"slope": 0.35, "intercept": 0.85}},
     ConfidenceCurve(0.5, 0.5, fills=ConfidenceCurve(0.35, 0.85))),
    ({"slope": 0.5, "intercept": 0.5, "fills": None}, HALF),
])
def test_a_curve_is_read_from_its_data(data, curve):
    assert curve_from_data(data) == curve


@pytest.mark.parametrize("data", [
    {"slope": 0, "intercept": 0},
    {"slope": -0.5, "intercept": 0.2},
    {"slope": 0.5, "intercept": 0.5, "knot": 0.9, "slope_below": -1},   # would reverse the order below the knot
    {"slope": 0.5, "intercept": 0.5, "knot": 0.9, "slope_below": 0},
    {"slope": 0.5, "intercept": 0.5, "knot": 1.5, "slope_below": 2},    # a knot is a probability
    {"slope": 0.5, "intercept": 0.5, "knot": 0.9},                      # a knot needs its slope
    {"slope": 0.5, "intercept": 0.5, "fills": {"slope": -1, "intercept": 0}},
])
def test_a_curve_that_would_reverse_the_order_or_is_not_whole_is_refused(data):
    with pytest.raises(ValueError):
        curve_from_data(data)


def test_the_bundled_curve_is_fitted_and_loads(tmp_path):
    data = json.loads(paths.resource("confidence.json").read_text(encoding="utf-8"))
    assert data["slope"] > 0 and data["largest_gap_points"] <= 10
    assert load_curve() == default_curve() == curve_from_data(data)
    assert (default_curve().slope, default_curve().knot) == (data["slope"], data.get("knot"))
    copy = tmp_path / "confidence.json"
    copy.write_text(json.dumps({"slope": 0.7, "intercept": -0.1}), encoding="utf-8")
    assert load_curve(copy) == ConfidenceCurve(0.7, -0.1)


def test_extraction_shows_the_curve_of_its_probabilities():
    document = read_document(paths.sample_report())
    catalog = default_catalog()
    raw = extract_indicators(document, catalog, confidence=IDENTITY)
    shown = extract_indicators(document, catalog, confidence=HALF)
    default = extract_indicators(document, catalog)
    filled = [(r, s, d) for r, s, d in zip(raw, shown, default) if r.value is not None]
    assert len(filled) > 20 and sum(len(r.alternatives) for r, _, _ in filled) > 5
    for r, s, d in filled:
        assert (s.value, s.evidence) == (r.value, r.evidence)
        assert s.confidence == HALF.shown(r.confidence)
        assert [a.confidence for a in s.alternatives] == [HALF.shown(a.confidence) for a in r.alternatives]
        assert d.confidence == default_curve().shown(r.confidence)
    # The bundled curve is not the identity: what the window shows is not the raw probability.
    assert any(d.confidence != r.confidence for r, _, d in filled)


def test_a_value_the_phrasing_model_fills_is_shown_through_the_curve_too():
    # Hand-set weights: 学习 before the number makes it a law study session (sigmoid(4 - 2) = 0.881).
    study = PhrasingModel(weights={"C:学习": {"law_study_sessions": 4.0}}, bias={"law_study_sessions": -2.0},
                          threshold=0.6)
    document = Document(path="报告2024.txt", text="某某县2024年法治政府建设情况的报告\n镇机关干部组织学习9次。\n",
                        format="txt")
    values = {v.id: v for v in extract_indicators(document, default_catalog(), report_year=2024, region="某某县",
                                                  phrasing=study, confidence=HALF)}
    filled = values["law_study_sessions"]
    assert (filled.value, filled.found_by) == (9, FOUND_BY_PHRASING)
    assert filled.confidence == HALF.shown(0.881)

    # A curve of the fills' own shows them, where there is one; the grammar's values keep theirs.
    own = ConfidenceCurve(0.5, 0.5, fills=ConfidenceCurve(0.35, 0.85))
    values = {v.id: v for v in extract_indicators(document, default_catalog(), report_year=2024, region="某某县",
                                                  phrasing=study, confidence=own)}
    assert values["law_study_sessions"].confidence == ConfidenceCurve(0.35, 0.85).shown(0.881) != HALF.shown(0.881)


def test_the_grammar_values_are_shown_through_the_main_curve_when_the_fills_have_their_own():
    document = read_document(paths.sample_report())
    catalog = default_catalog()
    raw = extract_indicators(document, catalog, confidence=IDENTITY)
    own = ConfidenceCurve(0.5, 0.5, fills=ConfidenceCurve(0.35, 0.85))
    shown = extract_indicators(document, catalog, confidence=own)
    grammar = [(r, s) for r, s in zip(raw, shown) if r.value is not None and r.found_by != FOUND_BY_PHRASING]
    assert len(grammar) > 20
    assert all(s.confidence == HALF.shown(r.confidence) for r, s in grammar)

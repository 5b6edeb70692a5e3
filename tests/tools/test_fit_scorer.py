"""tools/fit_scorer.py fits the scorer end to end on a tiny set of our own invented reports.

The fit reads the reports, links them with the same grammar as the extractor, fits the
weights with folds by report and writes a scorer the extractor can load.  Run on the
invented reports of tests/data (no ../shared needed), with two folds.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from tool_loading import load_tool

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.extract.extractor import extract_indicators
from lawgov_desktop.core.extract.scorer import load_scorer
from lawgov_desktop.core.ingest import read_document

pytest.importorskip("scipy")

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = REPO_ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def fitted(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("fit") / "scorer.json"
    module = load_tool("fit_scorer")
    sets = [f"{DATA / 'reports'}:{DATA / 'gold'}", f"{paths.sample_report().parent}:{DATA / 'gold'}"]
    args = [arg for s in sets for arg in ("--set", s)] + ["--folds", "2", "--out", str(out)]
    assert module.main(args) == 0
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_the_fit_writes_named_weights_a_threshold_and_a_calibration(fitted):
    _, data = fitted
    assert {"gap_left", "gap_plain", "unit_primary"} <= set(data["weights"])
    assert all(math.isfinite(w) for w in data["weights"].values())
    assert 0 < data["threshold"] < 1
    assert {"bias", "logit"} <= set(data["calibration"])
    assert data["fitted_on"]["reports"] == len(list((DATA / "gold").glob("*.json")))
    assert 0 < data["held_out"]["f1"] <= 1


def test_the_written_scorer_extracts_the_sample(fitted):
    path, _ = fitted
    scorer = load_scorer(path)
    values = extract_indicators(read_document(paths.sample_report()), default_catalog(), scorer=scorer)
    filled = {v.id: v.value for v in values if v.value is not None}
    assert filled.get("reconsideration_cases") is not None
    assert len(filled) >= 20


def test_the_validation_split_is_never_read(tmp_path):
    module = load_tool("fit_scorer")
    corpus, gold = tmp_path / "excerpts2", tmp_path / "gold"
    corpus.mkdir(), gold.mkdir()
    # n201 is in the validation split (tools/validation_split.py), n203 is not.
    assert module.in_validation_split("n201") and not module.in_validation_split("n203")
    for stem in ("n201", "n203"):
        (corpus / f"{stem}.txt").write_text("某县人民政府关于2024年度法治政府建设情况的报告\n全年办理行政复议案件12件。\n",
                                          encoding="utf-8")
        (gold / f"{stem}.json").write_text(json.dumps({"file": f"{stem}.txt", "metadata": {},
                                                       "indicators": {"reconsideration_cases": [12]}}),
                                           encoding="utf-8")
    reports = module.load_reports([(corpus, gold)], default_catalog())
    assert [r.name for r in reports] == ["excerpts2/n203"]

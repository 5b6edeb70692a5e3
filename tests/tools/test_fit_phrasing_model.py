"""tools/fit_phrasing_model.py fits the phrasing model end to end on a tiny set of our own invented reports.

The fit reads the reports, turns every number an indicator accepts into an example with the
features the extractor reads, fits the weights with held-out folds and writes a model the
extractor can load.  Run on the invented reports of tests/data (no ../shared needed), two folds.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from tool_loading import load_tool

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.extract.phrasing import load_phrasing_model, probabilities
from lawgov_desktop.core.extract.context import build_context
from lawgov_desktop.core.types import Document

pytest.importorskip("scipy")

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = REPO_ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def fitted(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("fit") / "phrasing_model.json"
    sets = [f"{DATA / 'reports'}:{DATA / 'gold'}", f"{paths.sample_report().parent}:{DATA / 'gold'}"]
    args = ["--only-sets", *(arg for s in sets for arg in ("--set", s)), "--folds", "2", "--min-count", "1",
            "--out", str(out)]
    assert load_tool("fit_phrasing_model").main(args) == 0
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_the_fit_writes_weights_per_feature_and_indicator(fitted):
    _, data = fitted
    assert data["fitted_on"]["reports"] == len(list((DATA / "gold").glob("*.json")))
    assert data["fitted_on"]["right"] > 0
    ids = {spec.id for spec in default_catalog().indicators}
    assert "reconsideration_cases" in data["bias"] and set(data["bias"]) <= ids
    assert all(math.isfinite(w) and abs(w) >= data["prune"] for per in data["weights"].values() for w in per.values())
    assert any(name.startswith("C:") for name in data["weights"])
    # The catalog's words around the number and the grammar's reading of it are features too.
    assert any(name.startswith("K:") for name in data["weights"]) and any(name.startswith("G:") for name in data["weights"])
    assert 0 < data["held_out_model_alone"]["f1"] <= 1


def test_the_written_model_reads_a_sentence_of_its_kind(fitted):
    path, _ = fitted
    model = load_phrasing_model(path)
    catalog = default_catalog()
    text = "某县人民政府关于2024年度法治政府建设情况的报告\n全年办理行政复议案件12件，化解矛盾纠纷300起。\n"
    ctx = build_context(Document(path="r.txt", text=text, format="txt"), catalog, 2024, "某县")
    index = [spec.id for spec in catalog.indicators].index("reconsideration_cases")
    best = probabilities(ctx, catalog, model, [index])[index]
    assert best[0][1].value == 12  # the number after 行政复议案件, not the disputes


def test_the_validation_split_is_never_read(tmp_path):
    module = load_tool("fit_phrasing_model")
    assert module.in_validation_split("n201") and not module.in_validation_split("n203")
    corpus, gold = tmp_path / "excerpts2", tmp_path / "gold"
    corpus.mkdir(), gold.mkdir()
    for stem in ("n201", "n203"):  # n201 is in the validation split, n203 is not
        (corpus / f"{stem}.txt").write_text("某县人民政府关于2024年度法治政府建设情况的报告\n全年办理行政复议案件12件。\n",
                                          encoding="utf-8")
        (gold / f"{stem}.json").write_text(json.dumps({"file": f"{stem}.txt", "indicators": {"reconsideration_cases": [12]}}),
                                           encoding="utf-8")
    reports = module.load_reports([(corpus, gold)], default_catalog())
    assert [r.name.rsplit("/", 1)[-1] for r in reports] == ["n203"]
    assert [e.label for e in reports[0].examples if e.indicator == "reconsideration_cases"] == [1]

"""Findings follow the reviewed values: the dock and ``export BATCH`` show the same, after every edit."""
from __future__ import annotations

import json

from lawgov_desktop.cli import main as cli_main
from ui_helpers import TEN_VALUES, county_report

PART_RULE = "numbers.head_appearances_le_cases"


def _rules_in_dock(window) -> list[str]:
    model = window.findings_view.findings_model
    return [model.finding(r).rule for r in range(model.rowCount())]


def _export_batch(window, tmp_path) -> dict[str, list[dict]]:
    out = tmp_path / "批次.json"
    assert cli_main(["export", str(window.session.store.path), "--json", str(out)]) == 0
    return {report["metadata"]["region"]: report["findings"]
            for report in json.loads(out.read_text(encoding="utf-8"))["reports"]}


def test_correcting_a_count_changes_the_finding_in_the_dock_and_in_export_batch(window, qtbot, tmp_path):
    report_id = window.session.add_report(county_report("青禾县", TEN_VALUES))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    assert PART_RULE not in _rules_in_dock(window)  # 18 appearances of 20 cases: consistent
    assert PART_RULE not in [f["rule"] for f in _export_batch(window, tmp_path)["青禾县"]]

    window.proxy.setData(window.proxy_index_of("head_appearances"), "25")  # the reviewer's correction
    assert PART_RULE in _rules_in_dock(window)  # at once, without reloading anything
    assert window.batch_model.report_row(0).findings == window.findings_view.findings_model.rowCount()
    (finding,) = [f for f in window.session.service.findings(report_id) if f.rule == PART_RULE]
    assert "25" in finding.message and "20" in finding.message
    exported = [f for f in _export_batch(window, tmp_path)["青禾县"] if f["rule"] == PART_RULE]
    assert len(exported) == 1 and exported[0]["message"] == finding.message
    assert exported[0]["rule_name"] == "数字：出庭次数多于应诉案件"

    window.proxy.setData(window.proxy_index_of("litigation_cases"), "30")  # the other figure was wrong after all
    assert PART_RULE not in _rules_in_dock(window)
    assert PART_RULE not in [f["rule"] for f in _export_batch(window, tmp_path)["青禾县"]]
    # the list's 问题 column counts what the dock lists
    assert window.batch_model.report_row(0).findings == window.findings_view.findings_model.rowCount()


COUNTIES = [("甲县", 40), ("乙县", 55), ("丙县", 38), ("丁县", 61), ("戊县", 47), ("己县", 2350)]  # 己县 50×


def test_a_batch_export_shows_the_outlier_of_a_report_fifty_times_the_others(window, qtbot, tmp_path):
    for region, cases in COUNTIES:
        window.session.add_report(county_report(region, {
            "reconsideration_cases": (cases, f"全年办理行政复议案件{cases}件。")}))
    qtbot.waitUntil(lambda: window.batch_model.rowCount() == len(COUNTIES))
    found = _export_batch(window, tmp_path)
    outliers = {region: [f for f in findings if f["rule"] == "batch.outlier"] for region, findings in found.items()}
    assert [f["indicator"] for f in outliers["己县"]] == ["reconsideration_cases"]
    assert "2350" in outliers["己县"][0]["message"]
    assert not any(outliers[region] for region, _ in COUNTIES[:-1])
    # the window shows it too, once the batch checks have run in the background
    odd = next(r for r in range(window.batch_model.rowCount()) if window.batch_model.report_row(r).region == "己县")
    window.batch_view.select_report(window.batch_model.report_row(odd).report_id)
    qtbot.waitUntil(lambda: "batch.outlier" in _rules_in_dock(window), timeout=10000)


def test_the_outlier_goes_when_the_reviewer_corrects_the_figure(window, qtbot, tmp_path):
    ids = {}
    for region, cases in COUNTIES:
        ids[region] = window.session.add_report(county_report(region, {
            "reconsideration_cases": (cases, f"全年办理行政复议案件{cases}件。")}))
    window.batch_view.select_report(ids["己县"])
    qtbot.waitUntil(lambda: window.controller.report_id == ids["己县"])
    qtbot.waitUntil(lambda: "batch.outlier" in _rules_in_dock(window), timeout=10000)
    window.proxy.setData(window.proxy_index_of("reconsideration_cases"), "47")  # 2350 was a typo in the report
    qtbot.waitUntil(lambda: "batch.outlier" not in _rules_in_dock(window), timeout=10000)
    assert not [f for f in _export_batch(window, tmp_path)["己县"] if f["rule"] == "batch.outlier"]

"""The batch service: edits stored, the report's checks run again on the reviewed values, the batch
checks on a snapshot, and the same findings whoever asks (the window, export BATCH, export FILES)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from lawgov_desktop.core.review import CellStatus, ReportFact, ReportStatus
from lawgov_desktop.service import BatchService, ReviewEntry, checked_report
from lawgov_desktop.service.extraction import unreviewed_reports
from lawgov_desktop.store import BatchStore
from invented_counties import TEN_VALUES, county_report

PART_RULE = "numbers.head_appearances_le_cases"


def rules_of(findings) -> list[str]:
    return [f.rule for f in findings]


def test_a_corrected_value_is_what_the_checks_judge(service):
    report_id = service.add_report(county_report("青禾县", TEN_VALUES)).report_id
    assert PART_RULE not in rules_of(service.findings(report_id))
    cell = service.store.cell(report_id, "head_appearances")
    service.update_cell(report_id, replace(cell, value=25, status=CellStatus.CORRECTED))
    (finding,) = [f for f in service.findings(report_id) if f.rule == PART_RULE]
    assert "25" in finding.message and finding.rule_name == "数字：出庭次数多于应诉案件"


def test_a_value_marked_absent_no_longer_counts(service):
    report_id = service.add_report(county_report("青禾县", TEN_VALUES)).report_id
    cell = service.store.cell(report_id, "head_appearances")
    service.update_cell(report_id, replace(cell, value=25, status=CellStatus.CORRECTED))
    assert PART_RULE in rules_of(service.findings(report_id))
    cell = service.store.cell(report_id, "litigation_cases")
    service.update_cell(report_id, replace(cell, value=None, status=CellStatus.ABSENT))
    assert PART_RULE not in rules_of(service.findings(report_id))  # no total left to compare with


def test_a_corrected_fact_is_what_the_timeliness_check_judges(service):
    report_id = service.add_report(county_report("青禾县", TEN_VALUES, publish_date="2025-03-10")).report_id
    assert "timeliness.late" not in rules_of(service.findings(report_id))
    service.set_fact(report_id, ReportFact.PUBLISH_DATE, "2025-05-06")
    assert "timeliness.late" in rules_of(service.findings(report_id))
    service.set_fact(report_id, ReportFact.PUBLISH_DATE, "2025-03-10", corrected=False)
    assert "timeliness.late" not in rules_of(service.findings(report_id))


def test_values_left_as_extracted_keep_their_position_and_alternatives():
    from invented_reports import INDICATOR_IDS, make_report

    report = make_report()
    entry = ReviewEntry.from_extraction(report, INDICATOR_IDS)
    checked = checked_report(entry)
    assert checked.indicator("gov_meetings") == report.indicator("gov_meetings")  # alternatives and all
    corrected = replace(entry.reviewed.cell("gov_meetings"), value=13, status=CellStatus.CORRECTED)
    reviewed = replace(entry.reviewed, cells=tuple(corrected if c.indicator_id == "gov_meetings" else c
                                                   for c in entry.reviewed.cells))
    value = checked_report(replace(entry, reviewed=reviewed)).indicator("gov_meetings")
    assert value.value == 13 and value.alternatives == ()  # the reviewer chose
    assert value.number_start == report.indicator("gov_meetings").number_start  # same sentence, same place


def test_finishing_changes_each_not_mentioned_cell_once(service):
    report_id = service.add_report(county_report("青禾县", TEN_VALUES)).report_id
    plan = service.finish_plan(report_id)
    assert (plan.unmentioned, plan.pending) == (35, 10)
    pairs = service.finishing_cells(report_id, confirm_pending=False)
    assert len(pairs) == 35 and all(after.status is CellStatus.ABSENT for _, after in pairs)
    service.update_cells(report_id, [(after, None) for _, after in pairs])
    assert service.store.reviewed_report(report_id).status is ReportStatus.IN_REVIEW  # 10 values still pending
    pairs = service.finishing_cells(report_id, confirm_pending=True)
    service.update_cells(report_id, [(after, None) for _, after in pairs])
    assert service.store.reviewed_report(report_id).status is ReportStatus.DONE
    assert len(service.store.audit_trail(report_id)) == 45


COUNTIES = [("甲县", 40), ("乙县", 55), ("丙县", 38), ("丁县", 61), ("戊县", 47), ("己县", 2350)]


def _counties(service):
    return {region: service.add_report(county_report(region, {
        "reconsideration_cases": (cases, f"全年办理行政复议案件{cases}件。")})).report_id for region, cases in COUNTIES}


def test_the_batch_check_job_finds_the_outlier_and_follows_corrections(service):
    ids = _counties(service)
    result = service.batch_check_job()()
    changed = service.apply_batch_check(result)
    assert {r.report_id for r in changed} == set(ids.values())  # every report was checked for the first time
    assert "batch.outlier" in rules_of(service.findings(ids["己县"]))
    assert not any("batch.outlier" in rules_of(service.findings(ids[r])) for r, _ in COUNTIES[:-1])
    cell = service.store.cell(ids["己县"], "reconsideration_cases")
    service.update_cell(ids["己县"], replace(cell, value=47, status=CellStatus.CORRECTED))
    service.apply_batch_check(service.batch_check_job()())
    assert "batch.outlier" not in rules_of(service.findings(ids["己县"]))


def test_a_report_edited_while_the_job_ran_keeps_its_own_findings(service):
    report_id = service.add_report(county_report("青禾县", TEN_VALUES)).report_id
    job = service.batch_check_job()  # snapshot of revisions taken now
    stale = job()
    cell = service.store.cell(report_id, "head_appearances")
    service.update_cell(report_id, replace(cell, value=25, status=CellStatus.CORRECTED))
    assert PART_RULE in rules_of(service.findings(report_id))
    service.apply_batch_check(stale)  # computed before the edit
    assert PART_RULE in rules_of(service.findings(report_id))


def test_export_batch_and_export_files_give_the_same_findings(service, tmp_path):
    from lawgov_desktop.core.pipeline import process_file

    files = []
    for region, cases in COUNTIES:
        report = county_report(region, {"reconsideration_cases": (cases, f"全年办理行政复议案件{cases}件。")})
        path = tmp_path / f"{region}.txt"
        path.write_text(report.document.text, encoding="utf-8")
        files.append(path)
    extracted = [process_file(path, service.catalog) for path in files]
    for report in extracted:
        service.add_report(report)
    from_batch = {r.file: r.findings for r in service.reviewed_reports()}
    from_files = {r.file: r.findings for r in unreviewed_reports(extracted, service.catalog)}
    assert from_batch == from_files
    assert any("batch.outlier" in rules_of(found) for found in from_batch.values())
    with BatchStore(service.store.path, read_only=True) as store:  # what export BATCH reads
        assert {r.file: r.findings for r in BatchService(store, service.catalog).reviewed_reports()} == from_batch


def test_findings_are_fresh_after_a_rule_change_without_reextracting(service, tmp_path, monkeypatch):
    """Stored findings are those of loading; the service always checks again with the rules in force."""
    report_id = service.add_report(county_report("青禾县", TEN_VALUES, publish_date="2025-03-10")).report_id
    assert "timeliness.late" not in rules_of(service.findings(report_id))
    from lawgov_desktop.core.checks import load_rules

    strict = load_rules(use_user_file=False)
    rule = strict.get("timeliness.late")
    strict = replace(strict, rules=tuple(replace(r, params={**r.params, "government_due": "03-01"})
                                         if r is rule else r for r in strict.rules))
    assert "timeliness.late" in rules_of(BatchService(service.store, service.catalog, strict).findings(report_id))


@pytest.mark.parametrize("status", [CellStatus.ABSENT, CellStatus.NOT_MENTIONED])
def test_cells_without_a_value_give_the_checks_nothing(status):
    from invented_reports import INDICATOR_IDS, make_report

    entry = ReviewEntry.from_extraction(make_report(), INDICATOR_IDS)
    cells = tuple(replace(c, status=status) if c.indicator_id == "gov_meetings" else c for c in entry.reviewed.cells)
    checked = checked_report(replace(entry, reviewed=replace(entry.reviewed, cells=cells)))
    assert checked.indicator("gov_meetings") is None


def test_an_indicators_words_are_found_in_the_stored_text_once(service, monkeypatch):
    """What the window's 依据 hint and Ctrl+K read: spans of the report's own text, found when first asked for."""
    import lawgov_desktop.core.indicator_words as words

    report_id = service.add_report(county_report("青禾县", TEN_VALUES)).report_id
    text = service.text(report_id)
    spans = service.word_spans(report_id)
    assert set(spans) == set(service.catalog.ids)
    assert spans["reconsideration_cases"] and all("复议" in text[a:b] for a, b, _ in spans["reconsideration_cases"])
    monkeypatch.setattr(words, "indicator_word_spans", lambda *_: pytest.fail("found again"))
    assert service.word_spans(report_id) is spans


def test_values_inferred_say_how_they_were_found(service):
    """The window marks 推断 a value no written figure gave: here a rate stated in words (全部持证上岗)."""
    from lawgov_desktop.core.pipeline import process_text
    from lawgov_desktop.core.types import FOUND_BY_WORDING

    text = "青禾县人民政府关于2024年度法治政府建设情况的报告\n全县312名行政执法人员全部持证上岗。\n"
    report_id = service.add_report(process_text(text, "青禾县2024年报告.txt", service.catalog)).report_id
    assert service.inferred(report_id) == {"enforcement_cert_rate": FOUND_BY_WORDING}

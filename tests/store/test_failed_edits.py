"""An edit that cannot be stored says why, in Chinese, and changes nothing (issue 14, item 1).

Before, a full disk surfaced as “cannot rollback - no transaction is active” (the
second ROLLBACK hid the first error) and a lock as a raw sqlite3 error after 5 s.
"""
from __future__ import annotations

import sqlite3
import time

import pytest

from lawgov_desktop.core.review import CellStatus, ReportFact
from lawgov_desktop.store import BatchStore, StoreError
from lawgov_desktop.store.errors import StoreProblem
from store_scenarios import AUDIT_ROWS, make_batch
from test_opening import run_on_small_disk


@pytest.fixture
def opened(tmp_path):
    path = tmp_path / "batch.sqlite3"
    report_id = make_batch(path)
    store = BatchStore(path, reviewer="王审核")
    store.open_batch(store.batches()[0].id)
    yield store, report_id
    store.close()


def test_an_edit_while_another_program_writes_is_refused_quickly_and_changes_nothing(opened):
    store, report_id = opened
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            store.update_cell(report_id, "reconsideration_cases", 4242, CellStatus.CORRECTED)
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.problem is StoreProblem.LOCKED
    assert "《batch.sqlite3》" in caught.value.message and "占用" in caught.value.message
    assert "no transaction" not in caught.value.message and "locked" not in caught.value.message
    assert waited < 4
    assert store.cell(report_id, "reconsideration_cases").value == 45
    assert len(store.audit_trail(report_id)) == AUDIT_ROWS
    store.update_cell(report_id, "reconsideration_cases", 4242, CellStatus.CORRECTED)  # and now it works
    assert store.cell(report_id, "reconsideration_cases").value == 4242


def test_a_fact_edit_while_locked_changes_nothing(opened):
    store, report_id = opened
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError):
            store.set_fact(report_id, ReportFact.YEAR, 2023)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.reviewed_report(report_id).metadata.year == 2024
    assert store.facts(report_id) == {}


def test_several_cells_are_stored_together_or_not_at_all(opened):
    store, report_id = opened
    first, second = store.cell(report_id, "legal_aid_cases"), store.cell(report_id, "mediation_disputes")
    from dataclasses import replace

    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError):
            store.update_cells(report_id, [(replace(first, status=CellStatus.ABSENT), None),
                                           (replace(second, status=CellStatus.ABSENT), None)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [store.cell(report_id, c.indicator_id).status for c in (first, second)] == [CellStatus.NOT_MENTIONED] * 2
    stored = store.update_cells(report_id, [(replace(first, status=CellStatus.ABSENT), None),
                                            (replace(second, status=CellStatus.ABSENT), None)])
    assert [c.status for c in stored] == [CellStatus.ABSENT] * 2
    assert len(store.audit_trail(report_id)) == AUDIT_ROWS + 2  # one row per cell


def test_an_edit_on_a_full_disk_says_so_and_works_once_space_is_freed(tmp_path):
    seen = run_on_small_disk(tmp_path, "edit_when_full")
    assert seen["problem"] == "full" and "磁盘空间已满" in seen["error"] and "《batch.sqlite3》" in seen["error"]
    assert "no transaction" not in seen["error"]
    assert seen["value_after_failure"] == 45 and seen["audit_after_failure"] == AUDIT_ROWS
    assert seen["value_after_retry"] == 4242 and seen["audit_after_retry"] == AUDIT_ROWS + 1

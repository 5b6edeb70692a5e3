"""An edit that update_cell has returned from survives the process being killed (kill -9)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.store import BatchStore

EDITING_PROCESS = r"""
import sys
from invented_reports import INDICATOR_IDS, make_report
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.store import BatchStore

store = BatchStore(sys.argv[1], reviewer="崩溃测试")
store.create_batch("崩溃测试")
report_id = store.add_report(make_report(), INDICATOR_IDS)
print("ready", report_id, flush=True)
value = 0
while True:  # edits until killed
    value += 1
    store.update_cell(report_id, "gov_meetings", value, CellStatus.CORRECTED, f"第{value}次")
    print("committed", value, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_session_loses_no_committed_edit(tmp_path):
    database = tmp_path / "batch.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    process = subprocess.Popen([sys.executable, "-c", EDITING_PROCESS, str(database)], stdout=subprocess.PIPE,
                               text=True, env=env)
    try:
        assert process.stdout.readline().startswith("ready")
        last_committed = 0
        while last_committed < 25:
            line = process.stdout.readline()
            assert line.startswith("committed"), line
            last_committed = int(line.split()[1])
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    with BatchStore(database) as store:
        [report] = store.reviewed_reports(store.recent_batches(1)[0].id)
        cell = report.cell("gov_meetings")
        assert cell.status is CellStatus.CORRECTED
        assert cell.value >= last_committed  # the edit in flight may or may not have landed
        trail = store.audit_trail(report.report_id)
        assert [entry.new_value for entry in trail][:last_committed] == list(range(1, last_committed + 1))
        assert trail[-1].new_value == cell.value  # cell and audit trail were committed together

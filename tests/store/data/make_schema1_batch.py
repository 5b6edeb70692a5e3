"""How ``schema1_batch.sqlite3`` was made: run once with the code of commit d8394eb (schema version 1).

    git worktree add /tmp/lawgov-d8394eb d8394eb
    cd /tmp/lawgov-d8394eb && python ../path/to/this/script.py OUT.sqlite3

Kept for the record; the tests read the file it wrote, never run this script (today's
code writes schema 2).  青禾县 and 白石镇 are invented; the texts are those of
tests/store/invented_reports.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from invented_reports import TEXT, make_report  # noqa: E402

from lawgov_desktop.core.review import CellStatus  # noqa: E402
from lawgov_desktop.store import BatchStore  # noqa: E402


def main(target: str) -> None:
    from invented_reports import INDICATOR_IDS

    with BatchStore(Path(target), reviewer="王审核") as store:
        store.create_batch("2024年度报告")
        first = store.add_report(make_report("D:/报告/青禾县2024.txt"), INDICATOR_IDS)
        second = store.add_report(make_report("D:/报告/白石镇2024.txt", text=TEXT.replace("青禾县", "白石镇")),
                                  INDICATOR_IDS)
        store.update_cell(first, "gov_meetings", 12, CellStatus.CONFIRMED)
        store.update_cell(first, "reconsideration_cases", 46, CellStatus.CORRECTED, "以台账为准")
        store.update_cell(first, "legal_aid_cases", None, CellStatus.ABSENT)
        store.update_cell(second, "mediation_disputes", 230, CellStatus.CORRECTED, "正文第四部分")
        store.update_cell(second, "mediation_disputes", None, CellStatus.NOT_MENTIONED, audit_note="撤销：调解 → 空")


if __name__ == "__main__":
    main(sys.argv[1])

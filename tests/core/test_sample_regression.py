"""The extractor on our invented reports, scored like ../shared/tools/score.py.

Each invented report (the bundled sample and tests/data/reports/*.txt) is run through
``process_file`` and scored against tests/data/gold/<stem>.json with the scorer's
rules: a filled cell is correct when its value is accepted; a cell is required when
its gold list has no null; an indicator the gold does not list must stay empty.
The floors are what the extractor reached when this test was written, minus a
small margin: a change that loses more than that is a regression.
Every filled cell's evidence must index the file exactly as the scorer reads it.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.pipeline import process_file
from lawgov_desktop.core.types import Report

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GOLD_FILES = sorted((DATA_DIR / "gold").glob("*.json"))
REPORT_DIRS = (DATA_DIR / "reports", paths.sample_report().parent)

# F1 per report measured on 2026-12-05 with the fitted scorer (1.000 for all but 样本区 0.949 and 雲嶺省
# 0.976) minus about 0.04, which is about one cell of the smaller reports.  The reports are also among the
# scorer's training reports (tools/fit_scorer.py), so these floors guard against regressions, not accuracy.
F1_FLOOR = {
    "样例市司法局2022年法治政府建设工作报告": 0.95,
    "样本区人民政府2023年度法治政府建设年度报告": 0.91,
    "示例县2024年度法治政府建设情况报告": 0.96,
    "范例县多措并举推进法治政府建设": 0.96,
    "雲嶺省人民政府關於2021年度法治政府建設情況的報告": 0.93,
    "演练县人民政府关于2024年度法治政府建设情况的报告": 0.96,
    "试验镇2023年法治政府建设工作情况报告": 0.93,
    "模板市生态环境局2024年法治政府建设年度报告": 0.93,
    "中共样板区委样板区人民政府关于2024年度法治政府建设情况的报告": 0.93,
}
POOLED_F1_FLOOR = 0.96  # measured 0.989
METADATA_FLOOR = 33  # of 36 fields; measured 35

# Full-length reports written blind (tests/data/blind/README.md): written and annotated by people who had
# not seen the extractor, scored before any rule was written for them (round 46).  Rules were written
# from their misses since, so like the reports above they guard against regressions.
BLIND_DIR = DATA_DIR / "blind"
BLIND_POOLED_F1_FLOOR = 0.95  # measured 0.979 (first look, before the round's rules: 0.947)
BLIND_METADATA_FLOOR = 46  # of 48 fields; measured 48
# Report openings written blind the same way (tests/data/blind_openings/README.md), rounds 47–49.
BLIND_OPENINGS_DIR = DATA_DIR / "blind_openings"
BLIND_OPENINGS_F1_FLOOR = 0.94  # measured 0.965 over 960 (first looks 0.903–0.955 by group of four writers)
BLIND_OPENINGS_METADATA_FLOOR = 3460  # of 3,840 fields; measured 3,574 (invented places are not in the list)


@dataclass
class Score:
    filled: int = 0
    correct: int = 0
    required: int = 0
    correct_required: int = 0
    meta_total: int = 0
    meta_correct: int = 0

    def add(self, other: "Score") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def f1(self) -> float:
        precision = self.correct / self.filled if self.filled else 0.0
        recall = self.correct_required / self.required if self.required else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _same_number(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= max(1e-6, 1e-9 * abs(b))


def _norm_str(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    return re.sub(r"[、,，。;；:：·\-—()（）\[\]《》“”\"']", "", s)


def score(report: Report, gold: dict) -> Score:
    """score.py's rules for one report."""
    result = Score()
    filled = {cell["id"]: cell for cell in (v.to_json() for v in report.indicators) if cell["value"] is not None}
    gold_cells = gold["indicators"]
    for indicator in set(gold_cells) | set(filled):
        options = gold_cells.get(indicator, [None])
        required = None not in options
        result.required += required
        cell = filled.get(indicator)
        if cell is None:
            continue
        result.filled += 1
        if any(o is not None and _same_number(cell["value"], o) for o in options):
            result.correct += 1
            result.correct_required += required
    metadata = report.metadata.to_json()
    for field, options in gold.get("metadata", {}).items():
        got = metadata.get(field)
        result.meta_total += 1
        if got in (None, ""):
            ok = None in options
        elif field == "year":
            ok = any(o is not None and _same_number(got, o) for o in options)
        else:
            ok = any(o is not None and _norm_str(str(got)) == _norm_str(str(o)) for o in options)
        result.meta_correct += ok
    return result


def _report_path(gold: dict) -> Path:
    for folder in (*REPORT_DIRS, BLIND_DIR / "reports", BLIND_OPENINGS_DIR / "reports"):
        if (folder / gold["file"]).exists():
            return folder / gold["file"]
    raise FileNotFoundError(gold["file"])


@lru_cache(maxsize=None)
def _run(gold_path: Path) -> tuple[Report, dict, Path]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = _report_path(gold)
    return process_file(path), gold, path


def test_every_gold_file_has_a_floor():
    assert {p.stem for p in GOLD_FILES} == set(F1_FLOOR)


def test_every_invented_report_has_a_gold_file():
    reports = {p.stem for folder in REPORT_DIRS for p in folder.glob("*.txt")}
    assert reports == {p.stem for p in GOLD_FILES}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem[:12])
def test_report_scores_at_least_its_floor(gold_path):
    report, gold, _ = _run(gold_path)
    assert report.errors == ()
    result = score(report, gold)
    assert result.f1 >= F1_FLOOR[gold_path.stem], (
        f"F1 {result.f1:.3f} < {F1_FLOOR[gold_path.stem]} "
        f"(fills {result.filled}, correct {result.correct}, required {result.required})"
    )


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem[:12])
def test_evidence_offsets_index_the_file_as_read(gold_path):
    report, _, path = _run(gold_path)
    raw = path.read_text(encoding="utf-8", errors="replace")  # how the scorer reads it
    for value in report.indicators:
        if value.value is None:
            continue
        evidence = value.evidence
        assert evidence is not None and evidence.text, value.id
        assert raw[evidence.start:evidence.end] == evidence.text, value.id
        assert report.document.text[evidence.start:evidence.end] == evidence.text, value.id


def test_pooled_score_over_all_invented_reports():
    total = Score()
    for gold_path in GOLD_FILES:
        report, gold, _ = _run(gold_path)
        total.add(score(report, gold))
    assert total.f1 >= POOLED_F1_FLOOR, f"pooled F1 {total.f1:.3f}"
    assert total.meta_correct >= METADATA_FLOOR, f"metadata {total.meta_correct}/{total.meta_total}"


def test_the_scorer_here_agrees_with_the_shared_scorer(shared_dir, tmp_path):
    """Guards the copy of the rules above against drifting from ../shared/tools/score.py."""
    reports = []
    for gold_path in GOLD_FILES:
        report, gold, _ = _run(gold_path)
        reports.append(report.to_json())
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps({"reports": reports}, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(shared_dir / "tools" / "score.py"), "--gold", str(DATA_DIR / "gold"), "--pred", str(pred)],
        capture_output=True, text=True, check=True,
    ).stdout
    shared_f1 = float(out.strip().splitlines()[-1].split()[-1])
    total = Score()
    for gold_path in GOLD_FILES:
        report, gold, _ = _run(gold_path)
        total.add(score(report, gold))
    assert shared_f1 == pytest.approx(total.f1, abs=0.0005)


BLIND_SETS = [
    pytest.param(BLIND_DIR, BLIND_POOLED_F1_FLOOR, BLIND_METADATA_FLOOR, id="full-reports"),
    pytest.param(BLIND_OPENINGS_DIR, BLIND_OPENINGS_F1_FLOOR, BLIND_OPENINGS_METADATA_FLOOR, id="openings"),
]


@pytest.mark.parametrize(("folder", "f1_floor", "metadata_floor"), BLIND_SETS)
def test_every_blind_report_has_a_gold_file(folder, f1_floor, metadata_floor):
    gold_files = sorted((folder / "gold").glob("*.json"))
    assert gold_files
    assert {p.stem for p in (folder / "reports").glob("*.txt")} == {p.stem for p in gold_files}


@pytest.mark.parametrize(("folder", "f1_floor", "metadata_floor"), BLIND_SETS)
def test_pooled_score_over_the_blind_reports(folder, f1_floor, metadata_floor):
    total = Score()
    for gold_path in sorted((folder / "gold").glob("*.json")):
        report, gold, path = _run(gold_path)
        assert report.errors == ()
        raw = path.read_text(encoding="utf-8")
        for value in report.indicators:
            if value.value is not None:
                assert raw[value.evidence.start:value.evidence.end] == value.evidence.text, (path.name, value.id)
        total.add(score(report, gold))
    assert total.f1 >= f1_floor, f"pooled F1 {total.f1:.3f}"
    assert total.meta_correct >= metadata_floor, f"metadata {total.meta_correct}/{total.meta_total}"

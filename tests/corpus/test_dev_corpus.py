"""The extractor on the real reports in ../shared, scored by ../shared/tools/score.py.

Runs the command line exactly as a reviewer or the scorer would, then the shared
scorer; every filled cell must be grounded in its source text with exact offsets,
and F1 must stay above the floor for each set.  Skipped where ../shared is absent.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus

REPO_ROOT = Path(__file__).resolve().parents[2]

# (corpus folder, gold folder, F1 floor)
SETS = [
    pytest.param("dev", 0.85, id="dev"),
    pytest.param("excerpts", 0.80, id="excerpts"),
]


def _extract(corpus: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "lawgov_desktop", "extract", str(corpus), "--json", str(out)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=600)


def _score(shared: Path, name: str, pred: Path) -> str:
    return subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), "--gold", str(shared / "gold" / name),
         "--pred", str(pred), "--texts", str(shared / "corpus" / name)],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=600,
    ).stdout


def _ratio(label: str, output: str) -> tuple[int, int]:
    match = re.search(rf"^{label} (\d+)/(\d+)", output, re.MULTILINE)
    assert match, f"no “{label}” line in the scorer's output:\n{output}"
    return int(match.group(1)), int(match.group(2))


@pytest.mark.parametrize(("name", "floor"), SETS)
def test_corpus_set_scores_above_its_floor(shared_dir, tmp_path, name, floor):
    corpus = shared_dir / "corpus" / name
    if not corpus.is_dir() or not (shared_dir / "gold" / name).is_dir():
        pytest.skip(f"../shared/corpus/{name} or its gold is not available")
    pred = tmp_path / f"{name}.json"
    result = _extract(corpus, pred)
    assert result.returncode == 0, result.stderr  # every real report is readable
    payload = json.loads(pred.read_text(encoding="utf-8"))
    assert payload["errors"] == []
    output = _score(shared_dir, name, pred)
    grounded, filled = _ratio("grounded evidence", output)
    exact, _ = _ratio("evidence offsets exact", output)
    assert filled > 0
    assert grounded == filled, output
    assert exact == filled, output
    f1 = float(output.strip().splitlines()[-1].split()[-1])
    assert f1 >= floor, output

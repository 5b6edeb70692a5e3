"""Benchmark: how often the extractor is right, and whether its confidence says so.

Extracts every annotated set the way a reviewer would (``lawgov-desktop extract … --json``)
and prints, per set, the scorer's figures (precision, recall, F1, metadata), then the
calibration table of the confidence shown in the window: filled cells grouped in bands
of confidence, each band's mean confidence beside the share of its cells that are right.
Target (issue 11): in every band holding ≥ 20 cells, the share right lies within 10
points of the mean confidence.

Sets: ../shared dev, excerpts and excerpts2 (split into the part the scorer was fitted on
and the validation split, tools/validation_split.py), our invented reports, and the full reports and
openings written blind (tests/data/blind, tests/data/blind_openings).  The
validation split is printed only with ``--with-validation``: its figure is the honest
one, so look at it rarely and never tune on it.

    .venv/bin/python benchmarks/extract_accuracy.py [--with-validation]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tools"))

from validation_split import in_validation_split  # noqa: E402

SHARED = REPO_ROOT.parent / "shared"
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]


def _same(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= max(1e-6, 1e-9 * abs(float(b)))
    except (TypeError, ValueError):
        return False


def _norm(s: str) -> str:
    import re
    import unicodedata
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    return re.sub(r"[、,，。;；:：·\-—()（）\[\]《》“”\"']", "", s)


def extract(folders: list[Path], out: Path) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    subprocess.run([sys.executable, "-m", "lawgov_desktop", "extract", *map(str, folders), "--json", str(out)],
                   env=env, check=False, capture_output=True)
    reports = json.loads(out.read_text(encoding="utf-8"))["reports"]
    return {Path(r["file"]).stem: r for r in reports}


def score(reports: dict[str, dict], gold_files: list[Path], cells: list[tuple[float, bool]]) -> dict[str, float]:
    filled = correct = required = correct_required = meta_total = meta_correct = 0
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = reports.get(gold_path.stem, {"indicators": [], "metadata": {}})
        values = {c["id"]: c for c in report.get("indicators", []) if c.get("value") is not None}
        for indicator in set(gold["indicators"]) | set(values):
            options = gold["indicators"].get(indicator, [None])
            is_required = None not in options
            required += is_required
            cell = values.get(indicator)
            if cell is None:
                continue
            right = any(o is not None and _same(cell["value"], o) for o in options)
            filled += 1
            correct += right
            correct_required += right and is_required
            cells.append((cell["confidence"], right))
        for field, options in gold.get("metadata", {}).items():
            got = (report.get("metadata") or {}).get(field)
            meta_total += 1
            if got in (None, ""):
                meta_correct += None in options
            elif field == "year":
                meta_correct += any(o is not None and _same(got, o) for o in options)
            else:
                meta_correct += any(o is not None and _norm(str(got)) == _norm(str(o)) for o in options)
    precision = correct / filled if filled else 0.0
    recall = correct_required / required if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"reports": len(gold_files), "precision": precision, "recall": recall, "f1": f1,
            "metadata": f"{meta_correct}/{meta_total}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--with-validation", action="store_true", help="also print the validation split's own figures")
    args = parser.parse_args()

    sets: dict[str, tuple[list[Path], list[Path]]] = defaultdict(lambda: ([], []))
    data = REPO_ROOT / "tests" / "data"
    sets["invented (tests/data)"] = ([data / "reports", REPO_ROOT / "resources" / "sample"],
                                     sorted((data / "gold").glob("*.json")))
    sets["written blind (tests/data/blind)"] = ([data / "blind" / "reports"],
                                                sorted((data / "blind" / "gold").glob("*.json")))
    sets["openings written blind (tests/data/blind_openings)"] = (
        [data / "blind_openings" / "reports"], sorted((data / "blind_openings" / "gold").glob("*.json")))
    for name in ("dev", "excerpts", "excerpts2"):
        gold = sorted((SHARED / "gold" / name).glob("*.json"))
        if not gold:
            continue
        if name == "excerpts2":
            sets["excerpts2 (fitted on)"] = ([SHARED / "corpus" / name], [g for g in gold if not in_validation_split(g.stem)])
            sets["excerpts2 validation split"] = ([SHARED / "corpus" / name], [g for g in gold if in_validation_split(g.stem)])
        else:
            sets[name] = ([SHARED / "corpus" / name], gold)
    if len(sets) == 1:
        print("../shared is not available: only the invented reports are scored")

    cells: list[tuple[float, bool]] = []
    with tempfile.TemporaryDirectory(prefix="lawgov-accuracy-") as temp:
        print(f"{'set':30} {'reports':>7} {'precision':>9} {'recall':>7} {'F1':>6} {'metadata':>9}")
        for name, (folders, gold_files) in sets.items():
            reports = extract(folders, Path(temp) / "out.json")
            result = score(reports, gold_files, cells)
            if name.endswith("validation split") and not args.with_validation:
                print(f"{name:30} {result['reports']:7}   (figures hidden; --with-validation shows them)")
                continue
            print(f"{name:30} {result['reports']:7} {result['precision']:9.3f} {result['recall']:7.3f}"
                  f" {result['f1']:6.3f} {result['metadata']:>9}")
    print("\ncalibration over all sets (filled cells):")
    print(f"{'confidence':>12} {'cells':>6} {'mean':>6} {'right':>6}  {'within 10 points':>16}")
    worst = 0.0
    for lo, hi in BANDS:
        inside = [(c, r) for c, r in cells if lo <= c < hi]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        share = sum(r for _, r in inside) / len(inside)
        counted = len(inside) >= 20
        ok = abs(share - mean) <= 0.10
        if counted:
            worst = max(worst, abs(share - mean))
        verdict = ("yes" if ok else "NO") if counted else "(< 20 cells)"
        print(f"  {lo:.2f}–{min(hi, 1.0):.2f} {len(inside):6} {mean:6.3f} {share:6.3f}  {verdict:>16}")
    print(f"largest gap in bands of ≥ 20 cells: {worst * 100:.1f} points (target ≤ 10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

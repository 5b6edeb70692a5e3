"""Benchmark: do an indicator's own words tell the reviewer which empty cells to look at?

The window shows, beside every cell the extractor left empty, how often the indicator's
catalog words occur in the text in a sentence with a number of its units
(``core.indicator_words``), and Ctrl+K steps through those words (through all of them when
none has such a number).  This prints, for annotated reports, the empty cells split by what
the gold says (a figure the extractor missed, or rightly empty) and by what the words say,
and for the missed figures how many Ctrl+K presses reach the first word whose sentence
holds the figure.

    .venv/bin/python benchmarks/empty_cell_words.py                      # ../shared sets
    .venv/bin/python benchmarks/empty_cell_words.py --set TEXTS:GOLD[:PRED.json] [--catalog FILE]

With PRED.json (``lawgov-desktop extract … --json`` output frozen earlier) the empty cells
are those of that output, not of this checkout's extractor: the figure that matters is on
reports the rules were not written against, read by the extractor as it was then.  The
validation split of excerpts2 is left out (tools/validation_split.py).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "tools"))

from validation_split import in_validation_split  # noqa: E402

from lawgov_desktop.core.catalog import load_catalog  # noqa: E402
from lawgov_desktop.core.indicator_words import indicator_word_spans  # noqa: E402
from lawgov_desktop.core.numbers import find_numbers  # noqa: E402

SHARED = REPO_ROOT.parent / "shared"
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


def _same(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= max(1e-6, 1e-9 * abs(float(b)))
    except (TypeError, ValueError):
        return False


def extracted(texts: Path, pred: Path | None) -> dict[str, dict]:
    if pred is None:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "out.json"
            env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
            subprocess.run([sys.executable, "-m", "lawgov_desktop", "extract", str(texts), "--json", str(out)],
                           env=env, check=False, capture_output=True)
            reports = json.loads(out.read_text(encoding="utf-8"))["reports"]
    else:
        reports = json.loads(pred.read_text(encoding="utf-8"))["reports"]
    return {Path(r["file"]).stem: r for r in reports}


def presses_to_figure(text: str, spans, options: list) -> int | None:
    """How many Ctrl+K presses reach the first word whose sentence holds an accepted value."""
    stops = [span for span in spans if span.by_figure] or list(spans)  # as the window steps
    for press, (start, _end, _by_figure) in enumerate(stops, 1):
        sentence = next((m for m in _SENTENCE.finditer(text) if m.start() <= start < m.end()), None)
        if sentence and any(_same(n.value, o) for n in find_numbers(sentence.group()) for o in options if o is not None):
            return press
    return None


def measure(texts: Path, gold: Path, pred: Path | None, catalog, counts: Counter, presses: list[int | None]) -> None:
    reports = extracted(texts, pred)
    for gold_file in sorted(gold.glob("*.json")):
        if gold.parent.name == "gold" and gold.name == "excerpts2" and in_validation_split(gold_file.stem):
            continue
        report = reports.get(gold_file.stem)
        text_file = texts / f"{gold_file.stem}.txt"
        if report is None or not text_file.exists():
            continue
        text = text_file.read_text(encoding="utf-8")
        counts["reports"] += 1
        words = indicator_word_spans(text, catalog)
        expected = json.loads(gold_file.read_text(encoding="utf-8"))["indicators"]
        for cell in report["indicators"]:
            if cell["value"] is not None or cell["id"] not in words:
                continue
            options = expected.get(cell["id"], [None])
            missed = None not in options
            spans = words[cell["id"]]
            state = "by a figure" if any(span.by_figure for span in spans) else "no figure" if spans else "no words"
            counts["missed" if missed else "rightly empty", state] += 1
            if missed:
                presses.append(presses_to_figure(text, spans, options))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", metavar="TEXTS:GOLD[:PRED]", help="an annotated set (repeatable)")
    parser.add_argument("--catalog", type=Path, help="the indicator catalog to read the words from (default: bundled)")
    args = parser.parse_args(argv)
    if args.set:
        sets = [tuple(Path(p) for p in item.split(":")) for item in args.set]
    else:
        sets = [(SHARED / "corpus" / name, SHARED / "gold" / name) for name in ("dev", "excerpts", "excerpts2")]
        sets = [s for s in sets if s[0].is_dir()]
        if not sets:
            print("no annotated sets: ../shared is not beside this checkout; give --set TEXTS:GOLD")
            return 0
    catalog = load_catalog(args.catalog, use_user_file=False) if args.catalog else load_catalog(use_user_file=False)
    counts: Counter = Counter()
    presses: list[int | None] = []
    for texts, gold, *pred in sets:
        measure(texts, gold, pred[0] if pred else None, catalog, counts, presses)
    print(f"{counts['reports']} reports")
    print("empty cells            words by a figure   words, no figure   no words")
    for kind in ("missed", "rightly empty"):
        row = [counts[kind, state] for state in ("by a figure", "no figure", "no words")]
        total = sum(row)
        shares = [f"{n:>6} ({n / total:>4.0%})" if total else f"{n:>6}" for n in row]
        print(f"  {kind:<14} {total:>6}  " + "   ".join(shares))
    found = [p for p in presses if p is not None]
    if presses:
        print(f"missed figures reached by Ctrl+K: {len(found)}/{len(presses)}; "
              + ", ".join(f"≤{k} presses {sum(p <= k for p in found)}" for k in (1, 2, 3)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

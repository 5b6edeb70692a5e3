"""Equivalence check for speed work: the extraction's output must not change.

Extracts every report of the annotated sets (../shared/corpus/dev, excerpts, excerpts2,
tests/data/reports, tests/data/blind/reports, tests/data/blind_openings/reports, resources/sample) and a few generated texts (the benchmark's 20 KB
report, varied copies of the sample) with ``process_file``, and writes one canonical JSON
line per report: metadata, every indicator's value, approx, confidence, evidence (start,
end, text), number span and alternatives (the same fields each), and the findings.  With
``--links`` it also writes every link the grammar made with its named features, which is
what ``tools/fit_scorer.py`` fits on.

    .venv/bin/python benchmarks/extract_equivalence.py --write /tmp/baseline.jsonl   # before
    .venv/bin/python benchmarks/extract_equivalence.py --compare /tmp/baseline.jsonl # after

With ``--installed`` it runs the lawgov_desktop that Python finds instead of this checkout's
source: CI writes the baseline from source and compares a compiled build with it
(``PYTHONPATH=DIR`` after ``packaging/compile_extractor.py --target DIR``).

``--compare`` prints the reports whose output differs (with the first differing field)
and exits 1 if any does.  The files hold text of the real reports in ../shared: keep
them outside the project.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# --installed: measure the lawgov_desktop that Python finds (an installed or compiled build: after
# packaging/compile_extractor.py --target DIR, run with PYTHONPATH=DIR), not this checkout's source.
INSTALLED = "--installed" in sys.argv
if not INSTALLED:
    sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

from lawgov_desktop import paths  # noqa: E402
from lawgov_desktop.core.catalog import default_catalog  # noqa: E402
from lawgov_desktop.core.compiled import build_name  # noqa: E402
from lawgov_desktop.core.pipeline import process_file  # noqa: E402

SHARED = REPO_ROOT.parent / "shared"
SETS = [
    SHARED / "corpus" / "dev",
    SHARED / "corpus" / "excerpts",
    SHARED / "corpus" / "excerpts2",
    REPO_ROOT / "tests" / "data" / "reports",
    REPO_ROOT / "tests" / "data" / "blind" / "reports",  # full reports, with tables (tab-separated rows)
    REPO_ROOT / "tests" / "data" / "blind_openings" / "reports",
    REPO_ROOT / "resources" / "sample",
]
GENERATED_COPIES = 40


def _evidence(evidence) -> list | None:
    return None if evidence is None else [evidence.start, evidence.end, evidence.text]


def _candidate(candidate) -> dict:
    return {
        "value": candidate.value, "unit": candidate.unit, "approx": candidate.approx,
        "confidence": candidate.confidence, "evidence": _evidence(candidate.evidence),
        "number": [candidate.number_start, candidate.number_end],
    }


def canonical_report(report) -> dict:
    """Everything the extraction decides about one report, in a fixed shape."""
    return {
        "errors": list(report.errors),
        "metadata": report.metadata.to_json(),
        "indicators": [{
            "id": value.id, "value": value.value, "unit": value.unit, "approx": value.approx,
            "confidence": value.confidence, "evidence": _evidence(value.evidence),
            "number": [value.number_start, value.number_end],
            "alternatives": [_candidate(c) for c in value.alternatives],
        } for value in report.indicators],
        "findings": [[f.rule, f.severity, f.message, _evidence(f.evidence), f.indicator] for f in report.findings],
    }


def canonical_links(report, catalog) -> list:
    """Every link of the grammar with its features, as ``tools/fit_scorer.py`` reads them."""
    from lawgov_desktop.core.extract.extractor import collect_links
    from lawgov_desktop.core.extract.grammar import build_context

    ctx = build_context(report.document, catalog, report.metadata.year, report.metadata.region)
    out = []
    for links in collect_links(ctx, catalog):
        for link in links:
            out.append([link.spec_index, link.mention.start, link.mention.end, link.mention.value,
                        link.term.start, link.term.end, link.term.role, link.side, link.sentence.start,
                        link.sentence.end, sorted(link.features.items())])
    return out


def report_files(generated_dir: Path) -> list[tuple[str, Path]]:
    files = []
    for folder in SETS:
        if not folder.is_dir():
            print(f"skipped (absent): {folder}", file=sys.stderr)
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix == ".txt":
                files.append((f"{folder.parent.name}/{folder.name}/{path.name}", path))
    from extract_speed import twenty_kb_report, varied_copy

    sample = paths.sample_report().read_text(encoding="utf-8")
    generated = [("20kb", twenty_kb_report(sample))]
    rng = random.Random(7)
    generated += [(f"varied{index:03d}", varied_copy(sample, index, rng)) for index in range(GENERATED_COPIES)]
    for name, text in generated:
        path = generated_dir / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        files.append((f"generated/{name}", path))
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the canonical output here")
    group.add_argument("--compare", type=Path, help="compare with a file written by --write")
    parser.add_argument("--links", action="store_true", help="also every link and its features")
    parser.add_argument("--installed", action="store_true",
                        help="run the lawgov_desktop Python finds (a compiled build), not this checkout's source")
    args = parser.parse_args()

    lines: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="lawgov-equivalence-") as temp:
        # No bureau's own catalog or language file: the bundled ones, as in the tests.
        os.environ["LAWGOV_DATA_DIR"] = str(Path(temp) / "user")
        catalog = default_catalog()
        for name, path in report_files(Path(temp)):
            report = process_file(path, catalog)
            entry = canonical_report(report)
            if args.links and report.document is not None:
                entry["links"] = canonical_links(report, catalog)
            lines[name] = json.dumps(entry, ensure_ascii=False, sort_keys=True)
    digest = hashlib.sha256("\n".join(f"{k}\t{v}" for k, v in lines.items()).encode("utf-8")).hexdigest()[:16]
    print(f"{len(lines)} reports, digest {digest}, extractor {build_name()}")

    if args.write:
        args.write.write_text("".join(f"{json.dumps(k, ensure_ascii=False)}\t{v}\n" for k, v in lines.items()),
                              encoding="utf-8")
        print(f"written to {args.write}")
        return 0

    baseline = {}
    for line in args.compare.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        baseline[json.loads(key)] = value
    differing = sorted(k for k in baseline.keys() | lines.keys() if baseline.get(k) != lines.get(k))
    for name in differing:
        print(f"DIFFERS: {name}: {_first_difference(baseline.get(name), lines.get(name))}")
    print("identical" if not differing else f"{len(differing)} of {len(baseline)} reports differ")
    return 1 if differing else 0


def _first_difference(old: str | None, new: str | None) -> str:
    if old is None or new is None:
        return "missing in " + ("baseline" if old is None else "this run")
    a, b = json.loads(old), json.loads(new)

    def walk(x, y, where: str) -> str | None:
        if type(x) is not type(y):
            return f"{where}: {x!r} → {y!r}"
        if isinstance(x, dict):
            for key in sorted(x.keys() | y.keys()):
                found = walk(x.get(key), y.get(key), f"{where}.{key}")
                if found:
                    return found
            return None
        if isinstance(x, list):
            for index, (p, q) in enumerate(zip(x, y)):
                found = walk(p, q, f"{where}[{index}]")
                if found:
                    return found
            return f"{where}: length {len(x)} → {len(y)}" if len(x) != len(y) else None
        return None if x == y else f"{where}: {str(x)[:120]!r} → {str(y)[:120]!r}"

    return walk(a, b, "") or "?"


if __name__ == "__main__":
    sys.exit(main())

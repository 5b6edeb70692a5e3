#!/usr/bin/env python3
"""The validation split: the reports the extractor is never tuned or fitted on.

Rule (fixed before any score of it was looked at): a report of ``excerpts2`` is in the
split when the first byte of SHA-256 of its file stem (e.g. ``n207``), taken modulo 3,
is 0 — about one third of the set. dev and excerpts are not drawn from: rules were
written against them, so they count as "tuned on".

    python tools/validation_split.py [CORPUS_DIR]        # stems, one per line
    python tools/validation_split.py --rest [CORPUS_DIR] # excerpts2 outside the split

The output is what ``score.py --only`` takes. ``tools/fit_scorer.py`` drops these stems
before fitting.
"""
from __future__ import annotations

import argparse
import hashlib
import pathlib

DEFAULT_CORPUS = pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "excerpts2"


def in_validation_split(stem: str) -> bool:
    """True when the report with this file stem belongs to the validation split."""
    return hashlib.sha256(stem.encode("utf-8")).digest()[0] % 3 == 0


def split_stems(corpus: pathlib.Path, *, rest: bool = False) -> list[str]:
    stems = sorted(p.stem for p in corpus.glob("*.txt"))
    return [s for s in stems if in_validation_split(s) != rest]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=pathlib.Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rest", action="store_true", help="list the reports outside the split")
    args = parser.parse_args()
    print("\n".join(split_stems(args.corpus, rest=args.rest)))


if __name__ == "__main__":
    main()

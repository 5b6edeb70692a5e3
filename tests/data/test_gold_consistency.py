"""The hand-made gold files agree with the invented reports they describe.

A gold file lists, per indicator, the values a reviewer accepts (null: leaving the cell
empty is fine too). This checks the gold against its own text, not the extractor:
every accepted number must be written in the report — in Arabic digits (full-width,
with thousands separators or with 万), in Chinese numerals, or, for a total the text
never states, as the sum of accepted parts that are written there. At least one
accepted region and issuer must occur in the text (traditional characters are compared after conversion).
"""
from __future__ import annotations

import json
import re
import unicodedata
import warnings
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest
from opencc import OpenCC

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import default_catalog

DATA_DIR = Path(__file__).parent
GOLD_FILES = sorted((DATA_DIR / "gold").glob("*.json"))
# The shipped sample lives in resources/; the other invented reports in tests/data/reports/.
REPORT_DIRS = (DATA_DIR / "reports", paths.sample_report().parent)

CATALOG_IDS = {
    entry["id"]
    for entry in json.loads(paths.resource("indicators.json").read_text(encoding="utf-8"))["indicators"]
}

_T2S = OpenCC("t2s")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?")
# cn2an leaves 两 alone (field notes); before a measure word it is always the digit 2.
_LIANG = re.compile(r"两(?=[次个件名项场期人家])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _report_path(gold: dict) -> Path | None:
    for folder in REPORT_DIRS:
        candidate = folder / gold["file"]
        if candidate.exists():
            return candidate
    return None


def _plain(text: str) -> str:
    """Width-folded, simplified text without whitespace."""
    text = _T2S.convert(unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", "", text)


def _arabic(text: str) -> str:
    """Chinese numerals turned into digits, one clause at a time so a clause cn2an
    cannot parse keeps its original wording instead of spoiling the whole text."""
    clauses = re.split(r"(?<=[。；;\n])", text)
    out = []
    for clause in clauses:
        try:
            with warnings.catch_warnings():
                # cn2an warns on every word it cannot read (十四五, 亿) and goes on.
                warnings.simplefilter("ignore", UserWarning)
                clause = cn2an.transform(clause, "cn2an")
        except Exception:  # cn2an raises bare ValueErrors and worse on odd input
            pass
        out.append(_LIANG.sub("2", clause))
    return "".join(out)


def numbers_in(text: str) -> set[Decimal]:
    plain = _THOUSANDS.sub("", _plain(text))
    found: set[Decimal] = set()
    for source in (plain, _arabic(plain)):
        for match in _NUMBER.finditer(source):
            value = Decimal(match.group(1))
            found.add(value)
            if match.group(2):
                found.add(value * 10000)
    return found


def _stated_in_words(indicator: str, text: str) -> bool:
    """全部持证上岗: a rate of 100 that the text states in words (the catalog's ``all_phrases``)."""
    spec = default_catalog().get(indicator)
    plain = _plain(text)
    return spec is not None and any(pattern.search(plain) for pattern in spec.all_phrase_patterns)


GOLD_CASES = [pytest.param(path, id=path.stem) for path in GOLD_FILES]


def test_there_are_gold_files():
    assert len(GOLD_FILES) >= 5


@pytest.mark.parametrize("gold_path", GOLD_CASES)
def test_gold_values_occur_in_their_report(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) == {"file", "metadata", "indicators"}
    assert Path(gold["file"]).stem == gold_path.stem
    unknown = set(gold["indicators"]) - CATALOG_IDS
    assert not unknown, f"indicator ids not in resources/indicators.json: {unknown}"
    report = _report_path(gold)
    assert report is not None, f"no report {gold['file']} in {REPORT_DIRS}"
    raw = report.read_text(encoding="utf-8")
    numbers = numbers_in(raw)

    problems = []
    for indicator, options in gold["indicators"].items():
        assert options, f"{indicator}: empty list of accepted values"
        written = [Decimal(str(v)) for v in options if v is not None and Decimal(str(v)) in numbers]
        for value in options:
            if value is None:
                continue
            value = Decimal(str(value))
            if value in numbers:
                continue
            if value == 100 and _stated_in_words(indicator, raw):
                continue
            parts = [w for w in written if w != value]
            if len(parts) >= 2 and sum(parts) == value:
                continue
            problems.append(f"{indicator}={value}")
    assert not problems, f"{report.name}: values not in the text: {problems}"


@pytest.mark.parametrize("gold_path", GOLD_CASES)
def test_gold_metadata_occurs_in_its_report(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    meta = gold["metadata"]
    assert set(meta) == {"region", "year", "issuer", "publish_date"}
    report = _report_path(gold)
    assert report is not None
    plain = _plain(report.read_text(encoding="utf-8"))

    # Longer alternatives ("示例市示例县") may be a reviewer's wording, not the text's,
    # but at least one accepted name must be the report's own.
    for field in ("region", "issuer"):
        names = [value for value in meta[field] if value is not None]
        if names:
            assert any(_plain(n) in plain for n in names), f"{field} {names} not in {report.name}"
    for year in meta["year"]:
        if year is not None:
            assert str(year) in plain
    for date in meta["publish_date"]:
        if date is not None:
            y, m, d = (int(part) for part in date.split("-"))
            assert date in plain or f"{y}年{m}月{d}日" in plain, f"date {date} not in {report.name}"

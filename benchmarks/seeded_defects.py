"""Seeded-defect benchmark for the report checks.

Takes our own invented reports (the bundled sample, tests/data/checks/*.txt and the
complete reports in tests/data/reports/), injects one known defect at a time and
runs the real pipeline (extraction + checks) on each copy.  Prints the share of
defects flagged (the expected rule fires on the defective copy) and the false
alarms on the clean versions.  Targets: ≥ 95 % flagged, ≤ 5 % false alarms.

The defects are written here with their own simple patterns, not with the rules'
expressions, so a rule is not tested against itself.  Batch rules get their own
cases: each report in turn with one count ×100 among the clean others (outlier),
and a made-up last-year copy (one count 20 % lower) with a right and a wrong
同比 claim after that count in this year's text.

    .venv/bin/python benchmarks/seeded_defects.py [-v]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawgov_desktop import paths  # noqa: E402
from lawgov_desktop.core.checks import run_batch_checks  # noqa: E402
from lawgov_desktop.core.pipeline import process_text  # noqa: E402
from lawgov_desktop.core.types import Report  # noqa: E402

# Invented files in tests/data/reports that are deliberately not whole reports.
NOT_WHOLE_REPORTS = {
    "范例县多措并举推进法治政府建设.txt": "a news item",
    "雲嶺省人民政府關於2021年度法治政府建設情況的報告.txt": "the opening of a report only",
}
# A request, not an alarm: raised exactly when no publish date is written.
NOT_AN_ALARM = {"timeliness.missing_date"}

TOP = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分).*$", re.M)
PART_WORDS = {
    "shortcomings": ("不足", "问题", "短板", "差距"),
    "plans": ("打算", "安排", "计划", "思路", "下一步", "下步"),
    "duty": ("第一责任人", "履职", "履行"),
    "measures": ("举措", "成效", "做法", "开展情况"),
}


def clean_reports() -> list[Path]:
    files = [paths.sample_report(), *sorted((ROOT / "tests/data/checks").glob("*.txt"))]
    files += [p for p in sorted((ROOT / "tests/data/reports").glob("*.txt")) if p.name not in NOT_WHOLE_REPORTS]
    return files


# --- sections ------------------------------------------------------------------
def sections(text: str) -> list[tuple[int, int, str]]:
    """(start, end, heading) of each top-level section; the last runs to the signature or end."""
    heads = list(TOP.finditer(text))
    out = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        if i + 1 == len(heads):
            tail = re.search(r"\n\s*(特此报告|[^\n]{2,20}(人民政府|局|委|区委|县委)\s*\n\s*20\d\d年)", text[head.end():])
            end = head.end() + tail.start() if tail else end
        out.append((head.start(), end, head.group(0)))
    return out


def _kind(heading: str) -> str | None:
    for kind in ("duty", "shortcomings", "plans", "measures"):
        if any(word in heading for word in PART_WORDS[kind]):
            return kind
    return None


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def _plans_start(text: str) -> int:
    return next((s for s, _, h in sections(text) if _kind(h) == "plans"), len(text))


def _drop_sentences(text: str, pattern: str, before: int) -> str | None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^。；\n]*[。；]?", text[:before])
             if m.group(0) and re.search(pattern, m.group(0))]
    return _cut(text, spans) if spans else None


def drop_part(kind: str) -> Callable[[str, Report], str | None]:
    def inject(text: str, clean: Report) -> str | None:
        found = [(s, e) for s, e, h in sections(text) if _kind(h) == kind]
        if kind == "measures" and not found:
            # measures under topic headings: drop every section that is no other part
            found = [(s, e) for s, e, h in sections(text) if _kind(h) is None]
        if found:
            return _cut(text, found)
        words = {"duty": "第一责任人", "shortcomings": "短板|不足"}.get(kind)
        return _drop_sentences(text, words, _plans_start(text)) if words else None
    return inject


_TRIPLE = re.compile(r"(\d+)(件|次)([^。；\d]{0,30}?)(\d+)(件|次)([^。；\d]{0,16}?率[^\d。；%]{0,4})(\d+(?:\.\d+)?)%")


def rate_disagrees(text: str, clean: Report) -> str | None:
    for m in _TRIPLE.finditer(text):
        total, part, rate = int(m.group(1)), int(m.group(4)), float(m.group(7))
        if part > total or total == 0:
            continue
        wrong = rate - 7 if rate >= 50 else rate + 7
        return text[:m.start(7)] + f"{wrong:g}" + text[m.end(7):]
    return None


def rate_over_100(text: str, clean: Report) -> str | None:
    m = re.search(r"(满意率|成功率|可办率|调解成功率)(达|为|达到)?(\d+(?:\.\d+)?)%", text)
    return text[:m.start(3)] + f"{float(m.group(3)) + 10:g}" + text[m.end(3):] if m else None


def _year(clean: Report) -> int | None:
    return clean.metadata.year


def late_publication(text: str, clean: Report) -> str | None:
    year = _year(clean)
    if year is None:
        return None
    late = f"{year + 1}-05-20"
    labelled = re.compile(r"((?:发布日期|发布时间|成文日期)[：:]\s*)(\d{4}-\d{2}-\d{2})")
    if labelled.search(text):
        text = labelled.sub(rf"\g<1>{late}", text)
    else:
        first_break = text.index("\n")
        text = text[:first_break] + f"\n发布日期：{late}" + text[first_break:]
    # the signature date, too: the report's own date must not contradict the label
    return re.sub(r"\n(\s*)20\d\d年\d{1,2}月\d{1,2}日(\s*)$", rf"\n\g<1>{year + 1}年5月20日\g<2>", text)


PREFERRED = ("reconsideration_cases", "admin_penalty_cases", "litigation_cases", "hotline_tickets",
             "mediation_disputes", "legal_aid_cases", "case_file_reviews", "gov_meetings")


_NUMBER = re.compile(r"(\d+(?:\.\d+)?)([件次卷人项名%]?)")


def number_at(text: str, value) -> re.Match[str] | None:
    """The digits (and unit) the extractor pointed at; its span may or may not include the unit."""
    return _NUMBER.match(text, value.number_start) if value.number_start >= 0 else None


def duplicate_value(text: str, clean: Report) -> str | None:
    for indicator_id in PREFERRED:
        value = clean.indicator(indicator_id)
        if value is None or value.value is None or value.approx or value.number_start < 0:
            continue
        lead = text[:value.number_start]
        lead = lead[max(lead.rfind(c) for c in "，。；、\n") + 1:]
        number = number_at(text, value)
        if not lead or not number or not number.group(2):
            continue
        restated = f"{lead}{int(value.value) + 7}{number.group(2)}。"
        where = next((s for s, _, h in sections(text) if _kind(h) in ("shortcomings", "duty", "plans")), len(text))
        return text[:where] + restated + "\n" + text[where:]
    return None


def title_year(text: str, clean: Report) -> str | None:
    first = text.find(clean.metadata.title or "\0")
    if first < 0 or clean.metadata.year is None:
        return None
    line_end = text.find("\n", first)
    line = text[first:line_end]
    changed = line.replace(str(clean.metadata.year), str(clean.metadata.year - 1), 1)
    if changed == line:
        return None
    # a web page repeats the title in its header block: change every copy
    return text.replace(line, changed)


def heads_exceed_cases(text: str, clean: Report) -> str | None:
    m = re.search(r"(应诉案件|行政案件)(\d+)件([^。；\d]{0,20}?)出庭应诉(\d+)(次|件|人次)", text)
    return text[:m.start(4)] + str(int(m.group(2)) + 4) + text[m.end(4):] if m else None


def completed_exceeds_received(text: str, clean: Report) -> str | None:
    m = re.search(r"(受理|收到)([^\d。；]{0,20})(\d+)件([^。；\d]{0,20}?)(办结|审结)(\d+)件", text)
    return text[:m.start(6)] + str(int(m.group(3)) + 3) + text[m.end(6):] if m else None


def no_review_figures(text: str, clean: Report) -> str | None:
    return _drop_sentences(text, r"复议|应诉|诉讼|出庭|败诉|胜诉|纠错|审结", len(text))


def title_kind(text: str, clean: Report) -> str | None:
    title = clean.metadata.title
    if not title or not title.endswith("报告"):
        return None
    return text.replace(title, title[:-2] + "综述")


DEFECTS: dict[str, tuple[Callable[[str, Report], str | None], set[str]]] = {
    "缺少举措和成效": (drop_part("measures"), {"parts.measures"}),
    "缺少不足和原因": (drop_part("shortcomings"), {"parts.shortcomings"}),
    "缺少第一责任人职责": (drop_part("duty"), {"parts.first_responsibility"}),
    "缺少下一年度打算": (drop_part("plans"), {"parts.next_year"}),
    "比率与件数不符": (rate_disagrees, {"numbers.rate_vs_counts"}),
    "比率超过100%": (rate_over_100, {"numbers.rate_range"}),
    "发布日期逾期": (late_publication, {"timeliness.late"}),
    "同一指标两个数值": (duplicate_value, {"numbers.conflicting_values"}),
    "标题年度错误": (title_year, {"title.year_mismatch"}),
    "标题无报告类别": (title_kind, {"title.kind"}),
    "出庭多于应诉案件": (heads_exceed_cases, {"numbers.head_appearances_le_cases", "numbers.rate_vs_counts"}),
    "办结多于受理": (completed_exceeds_received, {"numbers.completed_le_received", "numbers.rate_vs_counts"}),
    "无复议应诉数据": (no_review_figures, {"coverage.review_litigation"}),
}


@dataclass
class Tally:
    seeded: int = 0
    flagged: int = 0


def _rules(report: Report) -> set[str]:
    return {f.rule for f in report.findings} - NOT_AN_ALARM


def per_report(cleans: dict[str, tuple[str, Report]], verbose: bool) -> tuple[dict[str, Tally], list[str]]:
    tallies = {name: Tally() for name in DEFECTS}
    misses = []
    for name, (text, clean) in cleans.items():
        for defect, (inject, expected) in DEFECTS.items():
            seeded = inject(text, clean)
            if seeded is None or seeded == text:
                continue
            tallies[defect].seeded += 1
            found = _rules(process_text(seeded, file=name))
            if found & expected:
                tallies[defect].flagged += 1
            else:
                misses.append(f"{defect} in {name}: got {sorted(found) or '-'}")
            if verbose:
                print(f"  {defect:<12} {name:<44} {'flagged' if found & expected else 'MISSED'}")
    return tallies, misses


def _scale_number(text: str, report: Report, indicator_id: str, factor: float) -> str:
    number = number_at(text, report.indicator(indicator_id))
    return text[:number.start(1)] + f"{int(round(float(number.group(1)) * factor))}" + text[number.end(1):]


def batch_outliers(cleans: dict[str, tuple[str, Report]]) -> tuple[Tally, int]:
    """Each report in turn gets one count ×100; the others stay clean."""
    tally = Tally()
    reports = {name: rep for name, (_, rep) in cleans.items()}
    false_alarms = sum(len(f) for f in run_batch_checks(list(reports.values())).values())
    for indicator_id in ("reconsideration_cases", "admin_penalty_cases", "mediation_disputes"):
        holders = [n for n, r in reports.items() if r.indicator(indicator_id) and r.indicator(indicator_id).value]
        if len(holders) < 5:
            continue
        for name in holders:
            text, clean = cleans[name]
            seeded = process_text(_scale_number(text, clean, indicator_id, 100), file=name)
            batch = [seeded if n == name else r for n, r in reports.items()]
            found = run_batch_checks(batch)[name]
            tally.seeded += 1
            tally.flagged += any(f.rule == "batch.outlier" and f.indicator == indicator_id for f in found)
    return tally, false_alarms


def yoy_claims(cleans: dict[str, tuple[str, Report]]) -> tuple[Tally, int, int]:
    """A last-year copy of each report (one count 20 % lower), and a 同比 claim in this year's."""
    tally, checked, false_alarms = Tally(), 0, 0
    for name, (text, clean) in cleans.items():
        value = next((clean.indicator(i) for i in PREFERRED
                      if clean.indicator(i) and clean.indicator(i).value and not clean.indicator(i).approx
                      and clean.indicator(i).number_start >= 0), None)
        if value is None or clean.metadata.year is None or not clean.metadata.region:
            continue
        before = int(round(value.value / 1.25))
        last_year_text = re.sub(r"20\d\d", lambda m: str(int(m.group(0)) - 1), _scale_number(text, clean, value.id, 1 / 1.25))
        last_year = process_text(last_year_text, file="上年" + name)
        true_change = (value.value - before) / before * 100
        unit_end = number_at(text, value).end()
        for claimed, wrong in ((round(true_change), False), (round(true_change) + 20, True)):
            this_year = process_text(text[:unit_end] + f"，同比增长{claimed}%" + text[unit_end:], file=name)
            # only the seeded claim: a report's own claims have no true last year here
            found = [f for f in run_batch_checks([last_year, this_year])[name]
                     if f.rule == "batch.yoy_claim" and f.indicator == value.id]
            if wrong:
                tally.seeded += 1
                tally.flagged += bool(found)
            else:
                checked += 1
                false_alarms += bool(found)
    return tally, checked, false_alarms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    cleans: dict[str, tuple[str, Report]] = {}
    for path in clean_reports():
        text = path.read_text(encoding="utf-8")
        cleans[path.name] = (text, process_text(text, file=path.name))
    rule_count = len({r.id for r in __import__("lawgov_desktop.core.checks", fromlist=["default_rules"])
                     .default_rules().enabled()}) - len(NOT_AN_ALARM)

    print(f"clean reports: {len(cleans)}")
    alarms = {name: sorted(_rules(rep)) for name, (_, rep) in cleans.items()}
    for name, found in alarms.items():
        print(f"  {name:<44} false alarms: {', '.join(found) or 'none'}")
    fired = sum(len(f) for f in alarms.values())

    tallies, misses = per_report(cleans, args.verbose)
    outliers, batch_alarms = batch_outliers(cleans)
    tallies["批内异常值"] = outliers
    claims, claims_checked, claim_alarms = yoy_claims(cleans)
    tallies["同比说法不符"] = claims

    print("\ndefect                 seeded  flagged")
    for defect, tally in tallies.items():
        print(f"  {defect:<18} {tally.seeded:>6} {tally.flagged:>8}")
    seeded = sum(t.seeded for t in tallies.values())
    flagged = sum(t.flagged for t in tallies.values())
    print(f"\nflagged: {flagged}/{seeded} = {flagged / seeded:.1%} (target ≥ 95 %)")
    checks = len(cleans) * rule_count
    print(f"false alarms on clean reports: {fired} of {checks} report×rule checks = {fired / checks:.1%}; "
          f"{sum(1 for f in alarms.values() if f)}/{len(cleans)} reports with any (target ≤ 5 %)")
    print(f"batch rules on the clean batch: {batch_alarms} findings; correct 同比 claims flagged: "
          f"{claim_alarms}/{claims_checked}")
    for miss in misses:
        print("  missed:", miss)
    print(f"per-report checks: median {check_time_ms(cleans):.1f} ms per report (5 runs over the clean reports)")
    return 0


def check_time_ms(cleans: dict[str, tuple[str, Report]]) -> float:
    import statistics
    import time

    from lawgov_desktop.core.checks import run_report_checks

    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _, report in cleans.values():
            run_report_checks(report)
        runs.append((time.perf_counter() - start) * 1000 / len(cleans))
    return statistics.median(runs)


if __name__ == "__main__":
    raise SystemExit(main())

"""Extraction results for invented reports, built by hand so store and window tests
do not depend on the extractor's current accuracy.  青禾县 is invented."""
from __future__ import annotations

from lawgov_desktop.core.types import Candidate, Document, Evidence, Finding, IndicatorValue, Report, ReportMetadata

TEXT = (
    "青禾县人民政府关于2024年度法治政府建设情况的报告\n"
    "一、加强组织领导。全年召开县政府常务会议专题研究法治政府建设12次。\n"
    "二、行政复议。全年共受理行政复议案件45件，办结率98.5%，其中纠错6件。\n"
    "三、执法队伍。全县持证行政执法人员约1200人，持证上岗率达到百分之九十五。\n"
    "四、普法宣传。开展普法宣传活动86场次，覆盖群众3.2万人。\n"
)

# id -> (value, unit, approx, confidence, sentence cue, number as written)
VALUES = {
    "gov_meetings": (12, "次", False, 0.97, "全年召开县政府常务会议专题研究法治政府建设12次", "12"),
    "reconsideration_cases": (45, "件", False, 0.95, "全年共受理行政复议案件45件", "45"),
    "reconsideration_completion_rate": (98.5, "%", False, 0.93, "办结率98.5%", "98.5%"),
    "enforcement_staff_certified": (1200, "人", True, 0.85, "全县持证行政执法人员约1200人", "1200"),
    "enforcement_cert_rate": (95, "%", False, 0.7, "持证上岗率达到百分之九十五", "百分之九十五"),
    "publicity_events": (86, "场次", False, 0.96, "开展普法宣传活动86场次", "86"),
}

INDICATOR_IDS = list(VALUES) + ["legal_aid_cases", "mediation_disputes"]


def evidence_for(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(start, start + len(sentence), sentence)


def make_report(path: str = "/tmp/青禾县2024.txt", text: str = TEXT, findings: bool = True) -> Report:
    from lawgov_desktop.core.pipeline import content_hash

    indicators = []
    for indicator_id, (value, unit, approx, confidence, sentence, number) in VALUES.items():
        evidence = evidence_for(text, sentence)
        number_start = text.index(number, evidence.start)
        alternatives = (Candidate(value + 1, unit, False, confidence / 2, evidence),) if indicator_id == "gov_meetings" else ()
        indicators.append(IndicatorValue(indicator_id, value, unit, approx, confidence, evidence, alternatives,
                                         number_start, number_start + len(number)))
    found = (Finding("rate_range", "警告", "办结率低于纠错率的合理范围", evidence_for(text, "其中纠错6件"),
                     "reconsideration_cases"),) if findings else ()
    return Report(
        file=path,
        document=Document(path=path, text=text, format="txt"),
        metadata=ReportMetadata(region="青禾县", year=2024, title="青禾县人民政府关于2024年度法治政府建设情况的报告"),
        indicators=tuple(indicators),
        findings=found,
        content_hash=content_hash(text),
    )


def failed_report(path: str = "/tmp/坏文件.pdf") -> Report:
    return Report(file=path, document=None, metadata=ReportMetadata(), errors=("《坏文件.pdf》没有可提取的文字",))

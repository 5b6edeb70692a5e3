"""Invented county reports with chosen figures, for the service and window tests (Qt-free).

Each report has a title, one sentence per value (its evidence) and the four parts a
report must have, so only the figures under test draw findings.  Every place is invented.
"""
from __future__ import annotations


def county_report(region: str, values: dict[str, tuple[float | int, str]], *, year: int = 2024,
                  publish_date: str | None = "2025-03-10", folder: str = "/tmp/批次", extra_text: str = ""):
    """An invented county's report: a title, one sentence per value (its evidence) and the parts a
    report must have.  ``values`` maps indicator id → (value, the sentence stating it)."""
    from lawgov_desktop.core.pipeline import content_hash
    from lawgov_desktop.core.types import Document, Evidence, IndicatorValue, Report, ReportMetadata

    title = f"{region}人民政府关于{year}年度法治政府建设情况的报告"
    lines = [title, f"一、{year}年推进法治政府建设的主要举措和成效"]
    lines += [sentence for _, sentence in values.values()]
    lines += ["二、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责同志带头学法。",
              "三、存在的不足和原因", "基层执法力量不足。", f"四、{year + 1}年推进法治政府建设的主要安排",
              "深化执法规范化建设。", extra_text, f"{region}人民政府"]
    text = "\n".join(line for line in lines if line) + "\n"
    indicators = []
    for indicator_id, (value, sentence) in values.items():
        start = text.index(sentence)
        number = str(value)
        number_start = text.index(number, start)
        indicators.append(IndicatorValue(indicator_id, value, "", False, 0.9, Evidence(start, start + len(sentence),
                                                                                        sentence),
                                         (), number_start, number_start + len(number)))
    path = f"{folder}/{region}{year}年法治政府建设报告.txt"
    return Report(file=path, document=Document(path, text, "txt"),
                  metadata=ReportMetadata(region=region, year=year, issuer=f"{region}人民政府",
                                          publish_date=publish_date, title=title),
                  indicators=tuple(indicators), content_hash=content_hash(text))


TEN_VALUES = {
    "gov_meetings": (4, "全年召开政府常务会议专题研究法治政府建设4次。"),
    "law_study_sessions": (12, "开展政府会前学法12次。"),
    "major_decisions": (9, "全年作出重大行政决策9项。"),
    "legality_reviews": (136, "开展合法性审查136件。"),
    "legal_advisers": (21, "聘请法律顾问21名。"),
    "enforcement_staff_certified": (860, "全县持证行政执法人员860人。"),
    "case_file_reviews": (320, "评查行政执法案卷320卷。"),
    "reconsideration_cases": (47, "全年办理行政复议案件47件。"),
    "litigation_cases": (20, "办理行政应诉案件20件。"),
    "head_appearances": (18, "行政机关负责人出庭应诉18次。"),
}

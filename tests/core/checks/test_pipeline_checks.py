"""End to end: the pipeline's reports carry the findings, in the CLI's JSON shape."""
from lawgov_desktop import paths
from lawgov_desktop.core.pipeline import process_file, process_text

CLEAN = """示例县2024年度法治政府建设情况报告
2024年，示例县扎实推进法治政府建设。现将2024年度有关情况报告如下。
一、主要举措和成效
全年召开县政府常务会议20次。全县持证行政执法人员860人，评查行政处罚案卷200卷。
全年受理行政复议案件40件，办结38件，办结率95%。全县行政应诉案件30件，负责人出庭应诉30次，出庭应诉率100%。
二、党政主要负责人履行推进法治建设第一责任人职责情况
县长带头学法，听取法治工作汇报4次。
三、存在的问题和不足
一是执法力量不足。二是基层法治人才短缺。
四、2025年工作打算
（一）持续深化学法用法。（二）提升执法质量。
示例县人民政府
2025年3月1日
"""


def test_clean_report_has_no_findings_but_the_date_hint():
    report = process_text(CLEAN)
    assert [f.rule for f in report.findings if f.rule != "timeliness.missing_date"] == []


def test_defects_are_found_end_to_end():
    text = CLEAN.replace("出庭应诉30次，出庭应诉率100%", "出庭应诉27次，出庭应诉率100%")
    text = text.replace("三、存在的问题和不足\n一是执法力量不足。二是基层法治人才短缺。\n", "")
    rules = {f.rule for f in process_text(text).findings}
    assert {"numbers.rate_vs_counts", "parts.shortcomings"} <= rules


def test_findings_travel_in_the_json_with_chinese_severity():
    data = process_text(CLEAN.replace("办结38件，办结率95%", "办结38件，办结率100%")).to_json()
    finding = next(f for f in data["findings"] if f["rule"] == "numbers.rate_vs_counts")
    assert finding["severity"] == "警告"
    assert finding["evidence"]["text"] in CLEAN.replace("办结率95%", "办结率100%")
    assert "100" in finding["message"]


def test_bundled_sample_is_clean():
    report = process_file(paths.sample_report())
    assert [f.rule for f in report.findings if f.rule != "timeliness.missing_date"] == []

"""Invariants over generated reports: no rule fails, every evidence span indexes the text."""
import logging

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from check_reports import CATALOG, RULES, report
from lawgov_desktop.core.checks import run_report_checks

FRAGMENTS = [
    "一、主要举措和成效\n", "（二）存在的问题和不足\n", "三是", "四、2025年工作打算\n", "第一责任人", "2024年，",
    "受理行政复议案件", "办结", "审结率", "出庭应诉率", "负责人出庭应诉", "应诉案件", "同比增长", "较上年下降",
    "个百分点", "%", "％", "件", "次", "，", "。", "；", "\n", " ", "１２", "百分之九十", "萬", "審結率",
    "发布日期：2025-05-06\n", "2025年2月30日", "—2025年", ">", "：",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.integers(0, 200000).map(str),
                           st.floats(0, 150, allow_nan=False).map(lambda f: f"{f:.1f}")), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, title=st.one_of(st.none(), texts), publish=st.sampled_from([None, "2025-03-01", "2025-13-40", "x"]))
def test_no_rule_fails_and_evidence_indexes_the_text(text, title, publish):
    rep = report(text, title=title, publish_date=publish, year=2024, issuer="示例县司法局")
    handler = _Collect()
    logger = logging.getLogger("lawgov_desktop.core.checks")
    logger.addHandler(handler)
    try:
        found = run_report_checks(rep, CATALOG, RULES)
    finally:
        logger.removeHandler(handler)
    assert handler.records == []
    for finding in found:
        assert finding.severity in ("错误", "警告", "提示") and "{" not in finding.message
        if finding.evidence is not None:
            assert text[finding.evidence.start:finding.evidence.end] == finding.evidence.text


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

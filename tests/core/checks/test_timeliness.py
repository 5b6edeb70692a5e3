"""Timeliness: governments by 1 April, departments by 1 March of the following year."""
import pytest

from check_reports import findings, report

TEXT = "示例县2024年度法治政府建设情况报告\n一、主要举措和成效\n"


@pytest.mark.parametrize("issuer, published, late", [
    ("示例县人民政府", "2025-03-28", False),
    ("示例县人民政府", "2025-04-01", False),  # on the day is on time
    ("示例县人民政府", "2025-04-02", True),
    ("示例县人民政府", "2025-09-30", True),
    ("中共示例县委", "2025-03-31", False),  # a party committee is not a department
    ("区政府", "2025-03-15", False),
    ("示例县司法局", "2025-02-28", False),
    ("示例县司法局", "2025-03-01", False),
    ("示例县司法局", "2025-03-02", True),
    ("示例县发展和改革委员会", "2025-03-20", True),
    ("示例县人民政府办公室", "2025-03-20", False),  # publishes for the government
    (None, "2025-04-10", True),
])
def test_late_publication(issuer, published, late):
    text = f"{issuer or '示例县'}2024年度法治政府建设情况报告\n发布日期：{published}\n"
    rep = report(text, issuer=issuer, publish_date=published, year=2024)
    found = findings(rep, "timeliness.late")
    assert bool(found) == late
    if late:
        assert found[0].severity == "警告"
        assert found[0].evidence is not None and found[0].evidence.text == published


def test_late_message_names_date_and_deadline():
    rep = report("示例县司法局2024年法治政府建设工作报告\n", issuer="示例县司法局", publish_date="2025-03-10", year=2024)
    (finding,) = findings(rep, "timeliness.late")
    assert "2025年3月10日" in finding.message and "2025年3月1日" in finding.message and "部门" in finding.message


def test_year_taken_from_title_when_metadata_has_none():
    rep = report(TEXT, title="示例县2024年度法治政府建设情况报告", publish_date="2025-05-06")
    assert findings(rep, "timeliness.late")


@pytest.mark.parametrize("published, asked", [(None, True), ("", True), ("2025-02-01", False)])
def test_missing_publish_date_asks_the_reviewer(published, asked):
    found = findings(report(TEXT, publish_date=published, year=2024), "timeliness.missing_date")
    assert bool(found) == asked
    if asked:
        assert found[0].severity == "提示" and "录入" in found[0].message


def test_date_written_in_chinese_is_the_evidence():
    rep = report(TEXT + "示例县人民政府\n2025年5月6日\n", publish_date="2025-05-06", year=2024)
    (finding,) = findings(rep, "timeliness.late")
    assert finding.evidence.text == "2025年5月6日"


@pytest.mark.parametrize("title, issuer, published, late", [
    # a county's report posted by its 司法局 keeps the government's deadline
    ("示例县2024年度法治政府建设情况报告", "示例县司法局", "2025-03-20", False),
    ("示例县司法局2024年法治政府建设工作报告", "示例县司法局", "2025-03-20", True),
    ("示例县司法局关于2024年度法治政府建设情况的报告", "示例县司法局", "2025-03-20", True),
])
def test_department_deadline_needs_the_title_to_name_the_department(title, issuer, published, late):
    rep = report(title + "\n", title=title, issuer=issuer, publish_date=published, year=2024)
    assert bool(findings(rep, "timeliness.late")) == late

"""The title names the kind and the year, and the year is the one the text reports on."""
import pytest

from check_reports import findings, report, rule_ids

BODY_2024 = "\n2024年，示例县扎实推进法治政府建设。2024年全县召开常务会议12次。2024年度共审查文件30件。\n"


@pytest.mark.parametrize("title, expected", [
    ("示例县2024年度法治政府建设情况报告", set()),
    ("示例县人民政府关于2024年度法治政府建设工作情况的报告", set()),
    ("示例县司法局2024年法治政府建设工作报告", set()),
    ("示例县2024年法治政府建设年度报告", set()),
    ("示例县多措并举推进法治政府建设", {"title.kind", "title.year_missing"}),
    ("示例县2024年度工作总结", {"title.kind"}),
    ("示例县法治政府建设情况报告", {"title.year_missing"}),
    ("示例县2023年度法治政府建设情况报告", {"title.year_mismatch"}),
])
def test_title(title, expected):
    rep = report(title + BODY_2024, title=title, year=2024)
    assert set(rule_ids(rep, "title.")) == expected


def test_plans_and_signature_do_not_make_a_year_dominant():
    title = "示例县2024年度法治政府建设情况报告"
    text = (title + "\n2024年，示例县推进法治建设。\n一、主要举措和成效\n对照《纲要（2021—2025年）》推进。\n"
            "二、2025年工作打算\n2025年是收官之年。2025年将继续。2025年要深化。\n示例县人民政府\n2025年2月18日\n")
    assert not findings(report(text, title=title), "title.year_mismatch")


def test_mismatch_points_at_the_title():
    title = "示例县2023年度法治政府建设情况报告"
    (finding,) = findings(report(title + BODY_2024, title=title), "title.year_mismatch")
    assert finding.evidence.text == title and "2023" in finding.message and "2024" in finding.message
    assert finding.severity == "错误"


def test_no_title_asks_the_reviewer_and_judges_nothing_else():
    assert rule_ids(report("2024年，示例县推进法治建设。"), "title.") == ["title.missing"]


@pytest.mark.parametrize("first_line", ["示例县2024年度法治政府建设情况报告", "示例县法治建设综述"])
def test_a_title_like_first_line_is_a_title(first_line):
    assert "title.missing" not in rule_ids(report(first_line + BODY_2024), "title.")


@pytest.mark.parametrize("text, metadata_title, expected", [
    # a heading the extractor took for the title is no title
    ("一、2024年法治政府建设基本情况\n（一）加强领导。", "一、2024年法治政府建设基本情况", ["title.missing"]),
    # a salutation is no title
    ("县委、县政府：\n2024年，全县推进法治建设。", None, ["title.missing"]),
    # a title broken over two lines
    ("示例县人民政府2024年度法治政府\n建设情况报告\n2024年，全县推进法治建设。", None, []),
])
def test_what_counts_as_a_title(text, metadata_title, expected):
    assert rule_ids(report(text, title=metadata_title), "title.") == expected

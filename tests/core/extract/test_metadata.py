"""Region, reported year, issuer and publish date from titles, page headers and signatures.

Each row is an invented report head (lines joined by newlines, a fixed invented body
in between) with an optional page header as a reader finds it, the field, and the
values a reviewer accepts.  The year is the year reported on; page chrome
(今天是…, 更新时间) is never the publish date; a labelled 发布时间/发布日期 wins over
the signature date.
"""
from __future__ import annotations

import pytest

from lawgov_desktop.core.extract.metadata import extract_metadata
from lawgov_desktop.core.types import Document

# Long enough that head and signature lines are not confused with each other.
BODY = (
    "2024年，全县坚持以习近平法治思想为指导，深入推进法治政府建设，各项工作取得积极成效。现将有关情况报告如下。\n"
    + "一、主要工作\n全县各级行政机关认真履行法治政府建设职责，依法行政水平不断提高，群众满意度持续提升。\n" * 8
)


def report(*lines: str, header: dict[str, str] | None = None) -> Document:
    """Lines of an invented report; the string BODY stands for the body."""
    text = "\n".join(BODY if line == "BODY" else line for line in lines)
    return Document(path="报告.txt", text=text, format="txt", header=header or {})


COUNTY = report("示例县人民政府关于2024年度法治政府建设情况的报告", "BODY", "示例县人民政府", "2025年2月18日")
JOINT = report("中共示例县委 示例县人民政府", "关于2023年度法治政府建设情况的报告", "BODY",
               "中共示例县委", "示例县人民政府", "2024年3月1日")
BUREAU = report("样例市司法局2022年法治政府建设工作报告", "BODY", "样例市司法局", "2023年1月20日")
ECOLOGY = report("样例市生态环境局关于2023年度法治政府建设工作情况的报告", "BODY", "样例市生态环境局", "2024年1月15日")
TOWN = report("青石镇人民政府关于2024年度法治政府建设工作情况的报告", "BODY", "青石镇人民政府", "2025年1月10日")
AUTONOMOUS = report("示例自治县人民政府关于2024年度法治政府建设情况的报告", "BODY", "示例自治县人民政府", "2025年2月18日")
SAVED_PAGE = report(
    "首页 > 政务公开 > 法治政府建设",
    "今天是2024年3月5日 星期二",
    "样本区人民政府关于2023年度法治政府建设情况的报告",
    "来源：样本区司法局 发布时间：2024-03-28 浏览次数：1024",
    "BODY",
    "样本区人民政府",
    "2024年3月20日",
)
CHROME_ONLY = report("今天是2019年10月31日", "示例县2018年法治政府建设工作报告", "更新时间：2019-10-30", "BODY")
HEADER_TABLE = report(
    "BODY", "样本区人民政府", "2024年3月20日",
    header={"发布日期": "2024-03-28", "成文日期": "2024-03-20", "发文机关": "样本区人民政府",
            "标题": "样本区人民政府关于2023年度法治政府建设情况的报告"},
)
ISSUER_ABOVE_TITLE = report("示例县人民政府", "2024年度法治政府建设情况报告", "BODY")
PUBLISHED_NOTE = report("示例县人民政府关于2024年度法治政府建设情况的报告", "BODY", "示例县人民政府", "2025年2月18日",
                        "（此件公开发布）")
CHROME_AFTER_TITLE = report("示例县人民政府关于2024年度法治政府建设情况的报告", "今天是2025年3月1日", "BODY",
                            "示例县人民政府", "2025年2月18日")
CHINESE_YEAR_TITLE = report("示例县人民政府关于二〇二四年度法治政府建设情况的报告", "BODY")
TRADITIONAL = report("東城區人民政府關於2021年度法治政府建設情況的報告", "BODY")
CITY_AND_COUNTY = report("示例市示例县人民政府关于2024年度法治政府建设情况的报告", "BODY")
COUNTY_AND_TOWN = report("示例县青石镇人民政府2024年度法治政府建设工作报告", "BODY", "示例县青石镇人民政府", "2025年1月10日")
CHINESE_DATE = report("示例县人民政府关于2024年度法治政府建设情况的报告", "BODY", "示例县人民政府", "二〇二五年二月十八日")
PAGE_WITH_CLOCK = report("示例县人民政府关于2024年度法治政府建设情况的报告",
                         "信息来源：示例县司法局 | 发布时间：2025年1月26日 10:32 | 浏览次数：318", "BODY",
                         "示例县人民政府", "2025年1月20日")
FONT_SIZE_LINE = report("示例县2024年法治政府建设年度报告", "发布日期：2025-01-26 | 字体：大 中 小", "BODY")
RELATED_LINKS = report("示例区人民政府2024年度法治政府建设工作情况报告", "BODY", "示例区人民政府", "2025年1月20日",
                       "相关链接：示例区2023年法治政府建设工作报告 2024-02-01")
RULE_OF_LAW_OFFICE = report("中共示例县委全面依法治县委员会办公室关于2024年度法治建设工作情况的报告", "BODY",
                            "中共示例县委全面依法治县委员会办公室", "2025年1月20日")
CITY_ISSUER_ABOVE = report("示例市人民政府", "关于2024年法治政府建设工作情况的报告", "BODY", "示例市人民政府", "2025年1月20日")
FOOTER_CHROME = report("示例县人民政府关于2024年度法治政府建设情况的报告", "BODY", "示例县人民政府", "2025年1月20日",
                       "打印本页 关闭窗口", "今天是2025年6月1日")
DOCUMENT_TAIL = report("示例县人民政府关于2024年度法治政府建设情况的报告", "BODY", "示例县人民政府", "2025年1月20日",
                       "（联系人：张某，电话：1234567）", "抄送：市司法局。", "示例县人民政府办公室 2025年1月21日印发")
BUREAU_TO_OFFICE = report("示例县司法局", "关于2024年度法治政府建设工作情况的报告", "县委依法治县办：", "BODY",
                          "示例县司法局", "2025年1月8日")
YEAR_FIRST_TITLE = report("2024年示例县法治政府建设工作报告", "BODY", "示例县人民政府", "2025年1月20日")
ABOUT_FIRST_TITLE = report("关于示例县2024年度法治政府建设情况的报告", "BODY", "示例县人民政府", "2025年1月20日")
INLINE_INFO_TABLE = report("示例县人民政府关于2024年法治政府建设工作的报告",
                           "发布机构：示例县人民政府 成文日期：2025-01-20 发布日期：2025-01-23", "BODY")

# (document, field, accepted values)
ROWS = [
    (COUNTY, "region", ("示例县",)),
    (COUNTY, "year", (2024,)),
    (COUNTY, "issuer", ("示例县人民政府",)),
    (COUNTY, "publish_date", ("2025-02-18",)),
    (COUNTY, "title", ("示例县人民政府关于2024年度法治政府建设情况的报告",)),
    # Party committee and government jointly; published the year after the one reported on.
    (JOINT, "region", ("示例县",)),
    (JOINT, "year", (2023,)),
    (JOINT, "issuer", ("中共示例县委示例县人民政府", "中共示例县委 示例县人民政府")),
    (JOINT, "publish_date", ("2024-03-01",)),
    # Departments report too.
    (BUREAU, "region", ("样例市",)),
    (BUREAU, "year", (2022,)),
    (BUREAU, "issuer", ("样例市司法局",)),
    (BUREAU, "publish_date", ("2023-01-20",)),
    (ECOLOGY, "issuer", ("样例市生态环境局",)),
    (ECOLOGY, "year", (2023,)),
    (TOWN, "region", ("青石镇",)),
    (TOWN, "issuer", ("青石镇人民政府",)),
    (AUTONOMOUS, "region", ("示例自治县",)),
    # A saved page: the labelled 发布时间 wins over 今天是… and over the signature date.
    (SAVED_PAGE, "publish_date", ("2024-03-28",)),
    (SAVED_PAGE, "year", (2023,)),
    (SAVED_PAGE, "issuer", ("样本区人民政府",)),
    (SAVED_PAGE, "region", ("样本区",)),
    (CHROME_AFTER_TITLE, "publish_date", ("2025-02-18",)),
    # Page chrome alone gives no publish date.
    (CHROME_ONLY, "publish_date", (None,)),
    (CHROME_ONLY, "year", (2018,)),
    # The 政府信息公开 table read by the HTML reader.
    (HEADER_TABLE, "publish_date", ("2024-03-28",)),
    (HEADER_TABLE, "issuer", ("样本区人民政府",)),
    (HEADER_TABLE, "title", ("样本区人民政府关于2023年度法治政府建设情况的报告",)),
    (HEADER_TABLE, "year", (2023,)),
    (ISSUER_ABOVE_TITLE, "issuer", ("示例县人民政府",)),
    (ISSUER_ABOVE_TITLE, "year", (2024,)),
    (PUBLISHED_NOTE, "publish_date", ("2025-02-18",)),
    (CHINESE_YEAR_TITLE, "year", (2024,)),
    (TRADITIONAL, "year", (2021,)),
    (TRADITIONAL, "region", ("东城区", "東城區")),
    (TRADITIONAL, "title", ("東城區人民政府關於2021年度法治政府建設情況的報告",)),
    (TRADITIONAL, "issuer", ("東城區人民政府", "东城区人民政府")),
    # The lowest level named wins.
    (CITY_AND_COUNTY, "region", ("示例县", "示例市示例县")),
    (COUNTY_AND_TOWN, "region", ("青石镇", "示例县青石镇")),
    (CHINESE_DATE, "publish_date", ("2025-02-18",)),
    # Saved-page lines: 发布时间 with a clock time, 字体 大中小, 相关链接 with older dates.
    (PAGE_WITH_CLOCK, "publish_date", ("2025-01-26",)),
    (PAGE_WITH_CLOCK, "issuer", ("示例县人民政府",)),
    (FONT_SIZE_LINE, "publish_date", ("2025-01-26",)),
    (FONT_SIZE_LINE, "year", (2024,)),
    (RELATED_LINKS, "publish_date", ("2025-01-20",)),
    (RELATED_LINKS, "year", (2024,)),
    (RULE_OF_LAW_OFFICE, "issuer", ("中共示例县委全面依法治县委员会办公室",)),
    (RULE_OF_LAW_OFFICE, "region", ("示例县",)),
    (CITY_ISSUER_ABOVE, "issuer", ("示例市人民政府",)),
    (CITY_ISSUER_ABOVE, "region", ("示例市",)),
    (CITY_ISSUER_ABOVE, "year", (2024,)),
    # Page chrome after the signature, and the 公文 tail (联系人, 抄送, 印发) are not the publish date.
    (FOOTER_CHROME, "publish_date", ("2025-01-20",)),
    (DOCUMENT_TAIL, "publish_date", ("2025-01-20",)),
    (DOCUMENT_TAIL, "issuer", ("示例县人民政府",)),
    # A bureau's report to the county's rule-of-law office, with an addressee line.
    (BUREAU_TO_OFFICE, "issuer", ("示例县司法局",)),
    (BUREAU_TO_OFFICE, "region", ("示例县",)),
    (BUREAU_TO_OFFICE, "publish_date", ("2025-01-08",)),
    # Titles that start with the year or with 关于: the signature names the issuer.
    (YEAR_FIRST_TITLE, "issuer", ("示例县人民政府",)),
    (YEAR_FIRST_TITLE, "region", ("示例县",)),
    (YEAR_FIRST_TITLE, "year", (2024,)),
    (ABOUT_FIRST_TITLE, "issuer", ("示例县人民政府",)),
    (ABOUT_FIRST_TITLE, "year", (2024,)),
    (INLINE_INFO_TABLE, "issuer", ("示例县人民政府",)),
    (INLINE_INFO_TABLE, "publish_date", ("2025-01-23",)),  # not the 成文日期 on the same line
]

def _with_ids(rows: list) -> list:
    """Readable test ids: row number and field."""
    out = []
    for number, row in enumerate(rows):
        values, marks = (row.values, row.marks) if hasattr(row, "values") else (row, ())
        out.append(pytest.param(*values, marks=marks, id=f"{number:02d}-{values[1]}"))
    return out


@pytest.mark.parametrize(("document", "field", "accepted"), _with_ids(ROWS))
def test_metadata_field(document, field, accepted):
    metadata = extract_metadata(document)
    assert getattr(metadata, field) in accepted


def test_metadata_is_empty_for_text_without_any_head():
    metadata = extract_metadata(Document(path="空.txt", text="这是一段没有标题和落款的文字。", format="txt"))
    assert (metadata.year, metadata.publish_date, metadata.title) == (None, None, None)


def test_metadata_to_json_has_the_contract_keys():
    assert set(extract_metadata(COUNTY).to_json()) == {"region", "year", "issuer", "publish_date", "title"}

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


# A body that names no level of its own (no 全县), for reports whose level the head must tell.
NEUTRAL = "一、主要工作\n各级行政机关认真履行法治政府建设职责，依法行政水平不断提高，群众满意度持续提升。\n" * 8


def report(*lines: str, header: dict[str, str] | None = None) -> Document:
    """Lines of an invented report; the strings BODY and NEUTRAL stand for a body."""
    text = "\n".join({"BODY": BODY, "NEUTRAL": NEUTRAL}.get(line, line) for line in lines)
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
CHROME_ONLY = report("今天是2025年10月31日", "示例县2024年法治政府建设工作报告", "更新时间：2025-10-30", "BODY")
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
TRADITIONAL = report("示例區人民政府關於2024年度法治政府建設情況的報告", "BODY")
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

# Kinds of report the rules must hold for.  Places the official list must resolve (a
# branch named by its stem, a district of a city) are real names; the sentences are invented.
OPENING = "深入学习贯彻习近平法治思想，扎实推进法治政府建设各项任务落实。现将有关情况报告如下：\n"
DEPARTMENT_TITLE = report("绵阳市司法局2024年法治政府建设工作报告", "NEUTRAL")
DEPARTMENT_SUBJECT = report("2024年，绵阳市司法局在市委、市政府的坚强领导下，" + OPENING, "NEUTRAL")
BRANCH_FULL = report("绵阳市公安局涪城区分局关于2024年度法治政府建设情况的报告", "NEUTRAL")
BRANCH_STEM = report("绵阳市公安局涪城分局2024年法治政府建设工作报告", "NEUTRAL")
BRANCH_UNKNOWN = report("示例市公安局青石分局2024年法治政府建设工作报告",
                        "2024年，我分局在市局和区委、区政府的坚强领导下，" + OPENING, "NEUTRAL")
DISTRICT_BUREAU_QUOTING_CITY = report(
    "2024年，我局严格落实区委、区政府和市局的部署要求，认真贯彻《绵阳市法治政府建设实施方案》，" + OPENING,
    "全市市场监管系统法治建设考核中，我局位列前茅。", "NEUTRAL")
DISTRICT_BUREAU_NAMING_DISTRICT = report(
    "2024年，我分局在区委、区政府的坚强领导下，深入贯彻《四川省法治政府建设实施方案》，" + OPENING,
    "分局被评为涪城区“谁执法谁普法”优秀单位，连续两年获得涪城区法治政府建设先进集体。", "NEUTRAL")
DISTRICT_BUREAU_SLOGANS = report(
    "2024年，我局在区委、区政府的坚强领导下，" + OPENING,
    "扎实推进平安建设，深化平安校园、平安家庭创建，全区治安形势持续稳定。", "NEUTRAL")
DISTRICT_AFTER_A_YEAR = report(
    "2024年是实现“十四五”规划目标任务的关键一年。一年来，涪城区坚持以习近平法治思想为指导，" + OPENING,
    "在全市法治政府建设考核中位列全市第一，获全市通报表扬，区内绵阳市某某农业发展有限公司获评守合同重信用企业。",
    "NEUTRAL")
ZONE_TITLE_WITHOUT_YEAR = report("示例高新区法治政府建设工作报告 |",
                                 "2024年，高新区坚持以习近平法治思想为指导，" + OPENING, "NEUTRAL")
# Zhejiang's departments report on 法治政府部门建设, and the body's name opens the year's first sentence.
PROVINCIAL_DEPARTMENT_TOPIC = report("示例省交通运输厅2024年度法治政府部门建设工作情况",
                                     "2024年，示例省交通运输厅坚持以习近平法治思想为指导，" + OPENING, "NEUTRAL")
BUREAU_AFTER_TWO_LEADS = report(
    "2024年，在市委、市政府的坚强领导下，省司法厅的正确指导下，绵阳市司法局全面贯彻落实法治政府建设各项工作要求。",
    OPENING, "NEUTRAL")
BUREAU_MEETING_A_LIST = report(
    "2024年，我局在区委、区政府的坚强领导下，" + OPENING,
    "与四川省成都市新都区、成华区市场监管部门签订合作协议，共享投诉数据。", "NEUTRAL")
BUREAU_SENDING_TO_A_LIST = report(
    "区市场监管局关于2023年法治政府建设情况的报告", "2023年以来，区市场监管局坚持以习近平法治思想为指导，" + OPENING,
    "一是加强川渝执法协作。2023年向四川省成都市新都区、成华区市场监督管理局通报典型案例10余件。", "NEUTRAL")
BUREAU_PRESENTED_BY_NAME = report(
    "市依法行政工作领导小组办公室：", "根据工作要求，现将市司法局2019年法治政府建设情况报告如下：",
    "一、工作总结", "市司法局坚持以习近平法治思想为指导，深入推动法治政府建设。在2018年度法治建设考评中，我市首次进入全省"
    "优秀行列。2018年度法治江门建设考评顺利实施。", "NEUTRAL")
SCENIC_AREA_SUBJECT = report(
    "2020年是“十三五”规划的收官之年。西湖风景名胜区在市委、市政府的正确领导下，以习近平法治思想为指导，" + OPENING,
    "NEUTRAL")
BUREAU_ACCORDING_TO = report(
    "2024年，涪城区市场监督管理局根据区委全面依法治区委员会、区政府的部署，坚持以习近平法治思想为指导，" + OPENING,
    "NEUTRAL")
BUREAU_AFTER_PURPOSE = report(
    "为贯彻落实中央、市委、区委关于法治政府建设的部署，扎实做好法治政府建设各项工作，区统计局严格对标"
    "《法治政府建设实施纲要》，现将2024年法治政府建设情况报告如下：", "NEUTRAL")
TOWN_YEAR_GLUED = report(
    "中共绵阳市委、绵阳市人民政府：",
    "2024年芙蓉镇法治政府建设工作以习近平法治思想为指导，紧紧围绕中心工作。现将推进情况报告如下：",
    "二是专题听取2023年度法治政府建设情况报告。", "NEUTRAL")
PAGE_DATE_SLASHED = report("示例经济开发区管理委员会2024年法治政府建设工作情况的报告",
                           " 2025/03/04/ 15:59 来源:示例经济开发区管理委员会", "NEUTRAL")
ZONE_COMMITTEE = report("示例经济技术开发区管理委员会关于2024年度法治政府建设情况的报告", "NEUTRAL")
ZONE_SUBJECT = report("2024年，示例高新技术产业开发区（以下简称“示例高新区”）深入贯彻落实党的二十大精神，" + OPENING,
                      "NEUTRAL")
LISTED_NEW_AREA = report("上海市浦东新区人民政府关于2024年度法治政府建设情况的报告", "NEUTRAL")
JOINT_DISTRICT = report("中共绵阳市涪城区委员会 绵阳市涪城区人民政府关于2024年法治政府建设工作情况的报告", "NEUTRAL")
PROVINCE = report("湖南省人民政府关于2024年度法治政府建设情况的报告", "NEUTRAL")
PROVINCE_PRESENTED = report(
    "根据《法治政府建设与责任落实督察工作规定》，现将省政府2024年度法治政府建设情况报告如下。",
    "一、2024年主要工作", "省政府坚持把法治政府建设摆在全局工作的重要位置，全省各级行政机关依法行政能力持续提升，"
    "湖南省法治政府建设示范创建扎实推进。", "NEUTRAL")
BUREAU_PRESENTED = report("根据有关文件要求，现将市人社局2024年法治政府建设情况报告予以公开。", "NEUTRAL")
STREET_SUBJECT = report("2024年，在区委、区政府的正确领导下，芙蓉街道坚持以习近平法治思想为指导，" + OPENING, "NEUTRAL")
STREET_COMMITTEE = report("2024年，在区委、区政府的正确领导下，青石街党工委、办事处高举习近平法治思想伟大旗帜，"
                          + OPENING, "NEUTRAL")
TOWN_BY_OWN_WORDS = report("一、2024年度法治政府建设的主要举措和成效",
                           "一是加强组织领导。及时调整芙蓉镇法治政府建设领导小组，由镇党委书记任组长，负责推进全镇法治政府建设，"
                           "全镇各村（社区）法律顾问实现全覆盖。", "NEUTRAL")
PREFECTURE = report("巴音郭楞蒙古自治州人民政府关于2024年度法治政府建设情况的报告", "NEUTRAL")
PREFECTURE_SHORT = report(
    "今年以来，在自治区党委、政府坚强领导下，全州各级政府坚持以习近平法治思想为指导，" + OPENING,
    "一、2024年工作回顾", "坚持依法治州、依法执政、依法行政共同推进，法治巴州、法治政府、法治社会一体建设。", "NEUTRAL")
AUTONOMOUS_COUNTY = report("张家川回族自治县人民政府关于2024年度法治政府建设情况的报告", "NEUTRAL")
BARE_AUTONOMOUS = report("自治区人民政府关于2024年度法治政府建设情况的报告", "NEUTRAL")
PAGE_DATE_UNDER_TITLE = report("首页 >> 信息公开 >> 正文", "示例县人民政府2024年度法治政府建设情况报告",
                               "2025-01-26 17:13:17 来源: 示例县司法局 打印", "NEUTRAL", "示例县人民政府", "2025年1月20日")
PAGE_DATE_BULLETS = report("示例县人民政府2024年度法治政府建设工作情况", "  • 2025年01月26日 09时24分", "  • 来源: 司法局",
                           "  • 【字体:", "NEUTRAL")
PAGE_CLOCK_BEFORE_TITLE = report("示例市人民政府", "今天是: 2019年9月10日 星期二", "当前位置: 首页>通知公告",
                                 "示例县司法局2024年度法治政府建设年度报告", "2025-01-13 17:00:00 来源:县司法局", "NEUTRAL")
PAGE_UPDATED_ONLY = report("示例区2024年度法治政府建设情况报告", "作者: 来源:示例区人民政府更新时间:2025-03-10 12:17:36",
                           "NEUTRAL")
WRITTEN_DATE_ONLY = report("示例县人民政府关于2024年法治政府建设工作的报告", "成文日期：2025-01-20", "NEUTRAL")
NEWS_HEADLINE = report("示例县：多措并举推进法治政府建设", "记者 王某 通讯员 李某", "NEUTRAL")


def head(first: str, *rest: str) -> Document:
    """A report head followed by the neutral body."""
    return report(first, *rest, "NEUTRAL")


# More heads in the styles reports use: (document, field, the one accepted value).
STYLE_ROWS = [
    (head("关于示例县2024年度法治政府建设情况的报告"), "region", "示例县"),
    (head("2024年度示例县法治政府建设情况报告"), "region", "示例县"),
    (head("《示例县2024年法治政府建设年度报告》"), "region", "示例县"),
    (head("中共常德市司法局党组关于2024年度法治建设工作情况的报告"), "issuer", "中共常德市司法局党组"),
    (head("中共常德市司法局党组关于2024年度法治建设工作情况的报告"), "region", "常德市"),
    (head("常德市武陵区人民政府办公室关于2024年度法治政府建设情况的报告"), "region", "武陵区"),
    # A page's body name, then the title naming its place again: the body issues it.
    (head("常德市武陵区人民政府 武陵区2018年度法治政府建设工作情况报告"), "issuer", "常德市武陵区人民政府"),
    # A city bureau's branch named by the stem of an autonomous district (管城 of 管城回族区).
    (head("郑州市自然资源和规划局管城分局2023年法治政府建设工作报告"), "region", "管城回族区"),
    (head("湖南省司法厅2024年度法治政府建设情况报告"), "region", "湖南省"),
    (head("江油市人民政府关于2024年度法治政府建设工作情况的报告"), "region", "江油市"),
    (head("广西壮族自治区人民政府关于2024年度法治政府建设情况的报告"), "region", "广西壮族自治区"),
    (head("示例市高新技术产业开发区管理委员会2024年度法治政府建设工作报告"), "region", "示例市高新技术产业开发区"),
    (head("2024年，常德市武陵区坚持以习近平法治思想为指导，" + OPENING), "region", "武陵区"),
    (head("2024年，武陵区司法局坚持以习近平法治思想为指导，" + OPENING), "issuer", "武陵区司法局"),
    (head("2024年，在市委、市政府的坚强领导下，我县坚持以习近平法治思想为指导，" + OPENING,
          "全县各部门依法履职，石门县法治政府建设示范创建取得成效。"), "region", "石门县"),
    (head("国家税务总局常德市武陵区税务局2024年法治税务建设工作报告"), "region", "武陵区"),
    (head("常德市市场监督管理局武陵分局2024年法治政府建设情况报告"), "region", "武陵区"),
    (head("2024年，我委坚持以习近平法治思想为指导，在市委、市政府的坚强领导下，" + OPENING,
          "常德市发展和改革委员会被评为法治建设先进单位。"), "region", "常德市"),
    (head("2024年，示例县司法局坚持以习近平法治思想为指导，" + OPENING), "region", None),  # nothing tells the place
    (head("示例镇人民政府关于2024年度法治政府建设工作情况的报告"), "region", "示例镇"),
    (head("示例街道办事处2024年法治政府建设工作报告"), "region", "示例街道"),
    # A 州 the division list does not know, with 省 or 市 right after: the 省 or 市 ends its name.
    (head("溱州省人民政府关于2024年度法治政府建设情况的报告"), "region", "溱州省"),
    (head("岚州市人民政府关于2024年度法治政府建设情况的报告"), "region", "岚州市"),
    # A town or 街道 the division list does not know, right after its county-level district.
    (head("常德市武陵区雁汀街道办事处2024年度法治政府建设工作报告"), "region", "雁汀街道"),
    (head("常德市武陵区司法局2024年度法治政府建设工作报告"), "region", "武陵区"),
    (head("中共示例县委 示例县人民政府关于2024年度法治政府建设情况的报告"), "issuer", "中共示例县委 示例县人民政府"),
    (head("2024年，全州各级行政机关坚持依法行政，" + OPENING, "黔东南州法治政府建设取得新成效。"), "region", "黔东南州"),
    (head("2024年，恩施州坚持以习近平法治思想为指导，" + OPENING), "region", "恩施州"),
    (head("湘西土家族苗族自治州人民政府关于2024年度法治政府建设情况的报告"), "region", "湘西土家族苗族自治州"),
    (head("示例县人民政府2024年度法治政府建设情况报告",
          "发布时间：2025-01-26 09:30  来源：示例县司法局  浏览次数：88"), "publish_date", "2025-01-26"),
    (head("示例县人民政府2024年度法治政府建设情况报告", "浏览次数：12 发布时间：2025-01-26"), "publish_date", "2025-01-26"),
    (head("示例县人民政府2024年度法治政府建设情况报告", "日期：2025-01-26 字体：【大 中 小】"), "publish_date", "2025-01-26"),
    # Labels in brackets (【发布日期】2026-01-30), as some portals print a page's fields.
    (head("【标题】示例县农业农村局2025年度法治政府建设情况报告",
          "【发布单位】示例县农业农村局　【发布日期】2026-01-30　【浏览次数】 次"), "publish_date", "2026-01-30"),
    (head("示例县2023年度法治政府建设工作报告", "【字体：大 中 小】【打印】【关闭】 2024年3月1日"), "publish_date", "2024-03-01"),
    # A town speaking as 我镇 to its district: a town's own leading group leads its offices (在镇…领导小组的
    # 统一领导下，依托镇平安办…), which makes the report no department's.
    (head("区委、区政府：", "2024年，在区委、区政府的坚强领导下，我镇深入推进法治政府建设。现将我镇2024年推进法治建设工作"
          "情况汇报如下：", "一、加强组织领导。将法治政府建设纳入黄桥镇发展总体规划。在镇法治建设领导小组的统一领导下，"
          "依托镇平安办、城管等部门开展依法行政工作。"), "region", "黄桥镇"),
    # A department of a zone that names the zone bare, as it does at home: the zone is the region.
    (head("高新区综治局2024年法治政府建设年度报告", "2024年，在区党工委、区管委会的正确领导下，高新区综治局认真学习"
          "贯彻习近平法治思想，推进本部门法治政府建设。"), "region", "高新区"),
    # The body's work as the opening subject (…卫生健康委的法治政府建设工作紧紧围绕…).
    (head("2025年，洛阳市卫生健康委的法治政府建设工作紧紧围绕年度工作要点抓落实，取得了积极成效。"), "issuer",
     "洛阳市卫生健康委"),
    # A bureau that names its county only in the slogan it builds (法治德清建设), once.
    (head("2024年，我局坚持以习近平法治思想为指导，全面落实县委县政府决策部署，奋力推动法治德清建设，"
          "我县市场监管法治化水平持续提升。"), "region", "德清县"),
    # A page's date and clock under the title, with only the font-size switch beside them.
    (head("示例市2024年度法治政府建设情况", "2025-03-04 17:51 字号：", "2024年，示例市坚持以习近平法治思想为指导。"),
     "publish_date", "2025-03-04"),
    # The date closing the title line, the publishing body between (a list page's row).
    (head("示例市统计局2019年度法治政府建设情况报告 示例市统计局 2020-06-08"), "publish_date", "2020-06-08"),
    # A body named after 2025年至今 and 在…领导下 in an opening without a title.
    (head("2025年至今，在区委、区政府的正确领导下，武陵区教育局以习近平法治思想为指导，贯彻落实党的二十大和二十届历次"
          "全会精神，全面推进依法治教。"), "issuer", "武陵区教育局"),
    # …or in square brackets with spaces, in a table row after the written date.
    (head("示例县交通运输委员会关于2024年法治政府建设情况的报告",
          "[ 发布机构 ] 示例县交通运输委 [ 主题分类 ] 交通", "[ 成文日期 ] 2025-02-10 [ 发布日期 ] 2025-02-17"),
     "publish_date", "2025-02-17"),
    (head("示例县市场监督管理局关于2024年法治政府建设情况的报告",
          "| [ 成文日期 ] | 2025-01-30 | [ 发布日期 ] | 2025-02-25 |"), "publish_date", "2025-02-25"),
    # An article's author and account beside its date and time (a public account's reprint).
    (head("示例街道2023年度法治政府建设情况报告", "原创 示例街道 法治示例 2024-01-26 17:05", "来源：示例街道党政办"),
     "publish_date", "2024-01-26"),
    (head("示例街道2024年度法治政府建设情况报告", "示例街道 示例发布 2025-02-14 18:30 湖北", "编辑：周思雨"),
     "publish_date", "2025-02-14"),
    (head("示例街道2024年度法治政府建设情况报告", "示例街道 2024年工作要点 2025-02-14 18:30"), "publish_date", None),
    # A page's 来源 when the title names no body: the normalized line runs its fields together
    # (…人民政府浏览量：), and a town's page may name the town alone.
    (head("2024年度法治政府建设工作报告", "发布日期：2025-02-10　　信息来源：示例县示例镇人民政府　　浏览量："),
     "issuer", "示例县示例镇人民政府"),
    (head("2024年度法治政府建设工作报告", "来源：长延堡街道　　发布时间：2025-01-28 10:05　　【字号：大 中 小】"),
     "issuer", "长延堡街道"),
    # Who speaks in the opening before who posted the page (a county's report posted by its 司法局).
    (head("2023年度法治政府建设工作报告", "发布时间：2024-01-30　来源：泰和县司法局　【字体：大 中 小】",
          "2023年，泰和县人民政府坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"),
     "issuer", "泰和县人民政府"),
    # A 公文 may set its body's name in brackets on the line under the title.
    (head("2025年法治政府建设年度报告", "（示例县人民政府）"), "issuer", "示例县人民政府"),
    # A body with two names (挂两块牌子) signs with the first.
    (head("示例市综合行政执法局（示例市城市管理局）", "关于2025年度法治政府建设情况的报告"), "issuer", "示例市综合行政执法局"),
    # A news site's headline over a reprint: its lead names who published the report.
    (head("泰和县公布2021年度法治政府建设情况报告", "2022-02-25 08:41　来源：泰和县融媒体中心",
          "　　本网讯（记者 周晓岚）日前，中共泰和县委、泰和县人民政府联合向社会公布《关于2021年度法治政府建设情况的"
          "报告》。记者从县司法局获悉，2021年我县扎实推进依法行政。"), "issuer", "中共泰和县委、泰和县人民政府"),
    (head("泰和县人民政府关于2022年度法治政府建设情况的报告",
          "　　2022年，泰和县人民政府坚持依法行政。县政府按时向社会公开发布《泰和县2021年度法治政府建设情况报告》，"
          "接受社会监督。"), "issuer", "泰和县人民政府"),
    # The same, with the account's follow prompt run on from the next line.
    (head("示例镇2025年度法治政府建设情况报告", "法治示例 2026-02-11 16:20 发表于湖南 点击上方蓝字关注我们"),
     "publish_date", "2026-02-11"),
    # A letterhead above a title broken inside its topic: one issuer, the whole title.
    (head("泰和县人民政府", "泰和县人民政府关于2021年法治政府", "建设工作情况的报告", "（2022年1月26日）"),
     "title", "泰和县人民政府关于2021年法治政府建设工作情况的报告"),
    (head("泰和县人民政府", "泰和县人民政府关于2021年法治政府", "建设工作情况的报告", "（2022年1月26日）"),
     "issuer", "泰和县人民政府"),
    # A browser's print header before the title.
    (head("2026/2/12 09:31　　滦平县人民政府关于2025年度法治政府建设情况的报告", "首页 > 政务公开"),
     "title", "滦平县人民政府关于2025年度法治政府建设情况的报告"),
    # A 公文 that writes its years in Chinese numerals.
    (head("二〇二一年，泰和县人民政府坚持以习近平法治思想为指导，" + OPENING), "year", 2021),
    (head("二〇二五年，武侯区政府坚持以习近平法治思想为指导，" + OPENING), "issuer", "武侯区人民政府"),
    # A page's header kept as a table: a row of labels, then a row of their values.
    (head("| 索引号 | 发布机构 | 成文日期 | 发布日期 | 主题分类 |",
          "| BY-2021-0046 | 灞桥区人民政府 | 2021-02-26 | 2021-03-02 | 法治政府 |",
          "关于2020年度法治政府建设工作情况的报告"), "publish_date", "2021-03-02"),
    (head("索引号\t发布机构\t成文日期\t发布日期\t主题分类",
          "SPQ-0100-2023-0019\t灞桥区人民政府\t2023-02-20\t2023-02-27\t综合政务",
          "关于2022年度法治政府建设情况的报告"), "issuer", "灞桥区人民政府"),
    # A news report: the quoted report's title names its body, whoever is said to have published it.
    (head("桐乡融媒 | 数说2025：桐乡法治政府建设年度报告公布",
          "2026-03-18 07:55:12　来源：桐乡市融媒体中心　记者：梁书瑶　编辑：钟楠",
          "　　桐乡融媒讯 3月17日，市人民政府在门户网站“法治政府建设”专栏全文公布《桐乡市人民政府关于2025年度法治"
          "政府建设情况的报告》。记者注意到，今年的报告晒出了不少数据。"), "issuer", "桐乡市人民政府"),
    (head("桐乡融媒 | 数说2025：桐乡法治政府建设年度报告公布",
          "2026-03-18 07:55:12　来源：桐乡市融媒体中心　记者：梁书瑶　编辑：钟楠",
          "　　桐乡融媒讯 3月17日，市人民政府在门户网站“法治政府建设”专栏全文公布《桐乡市人民政府关于2025年度法治"
          "政府建设情况的报告》。记者注意到，今年的报告晒出了不少数据。"), "publish_date", "2026-03-18"),
    # A page's chrome line under the title, as long as a paragraph but with no sentence in it.
    (head("示例县2023年度法治政府建设工作报告",
          "2024-03-15 10:42:31　来源：示例县人民政府　编辑：张文静　浏览量：2,041　分享到：微信 微博 QQ空间 字号：T | T 打印"),
     "publish_date", "2024-03-15"),
    (head("示例县人民政府2024年度法治政府建设情况报告", "[2025-01-26]"), "publish_date", "2025-01-26"),
    (head("示例县人民政府2024年度法治政府建设情况报告", "（2025年1月26日）"), "publish_date", "2025-01-26"),
    (head("示例县人民政府2024年度法治政府建设情况报告", "2025年1月1日至2025年12月31日"), "publish_date", None),
    (head("示例县人民政府2024年度法治政府建设情况报告", "2025年10月8日 星期三"), "publish_date", None),
    # A district that is also a zone, named both ways.
    (head("示例区（示例经济技术开发区）人民政府2024年法治政府建设工作报告"), "issuer",
     "示例区(示例经济技术开发区)人民政府"),  # NFKC-normalised, as every issuer from a title
    (head("示例区（示例经济技术开发区）人民政府2024年法治政府建设工作报告"), "region", "示例区"),
    # Page junk glued to a title (a site address) is cut off.
    (head("www.example.gov.cn示例县人民政府关于2024年度法治政府建设情况的报告"), "issuer", "示例县人民政府"),
    # A page header's site name above a title that names its own place is not the issuer.
    (head("示例市人民政府", "示例县2024年度法治政府建设情况报告"), "issuer", None),
    (head("示例市人民政府", "示例县2024年度法治政府建设情况报告"), "region", "示例县"),
    (head("示例县2024年度法治政府建设情况报告", "示例县司法局 2025-01-26"), "publish_date", "2025-01-26"),
    (report("示例县2024年度法治政府建设情况报告", "NEUTRAL", "示例县人民政府 2025年1月20日"), "issuer", "示例县人民政府"),
    (report("示例县2024年度法治政府建设情况报告", "NEUTRAL", "示例县人民政府 2025年1月20日"), "publish_date",
     "2025-01-20"),
    # A 示范区 or 新区 inside a sentence or a title's topic is not a zone.
    (head("示例县人民政府关于2024年度法治政府建设示范区创建情况的报告"), "region", "示例县"),
    (head("2024年，示例市坚持推进法治政府建设示范区创建，" + OPENING), "region", None),
    (head("示例经济技术开发区2024年法治政府建设工作报告"), "region", "示例经济技术开发区"),
    (head("示例经开区党工委、管委会关于2024年度法治政府建设情况的报告"), "issuer", "示例经开区党工委、管委会"),
    # A title whose zone lost its name on the page names none; the opening names it.
    (head("经济开发区2024年度法治政府建设情况报告",
          "2024年示例经济开发区在区委、区政府的正确领导下，坚持以习近平法治思想为指导，" + OPENING),
     "region", "示例经济开发区"),
    (head("经济开发区2024年度法治政府建设情况报告"), "region", None),
    # In the opening, the bare zone is the report's own.
    (head("2024年，高新区坚持以习近平法治思想为指导，" + OPENING), "region", "高新区"),
    # The opening's time phrase with or without its comma, after a 之年 or 新征程上 lead.
    (head("2024年武陵区坚持以习近平法治思想为指导，" + OPENING), "region", "武陵区"),
    (head("2025年是法治政府建设规划的收官之年，武陵区司法局坚持以习近平法治思想为指导，" + OPENING),
     "issuer", "武陵区司法局"),
    (head("区委全面依法治区委员会：",
          "在全面建设社会主义现代化国家新征程上，青石街街道办事处坚持以习近平法治思想为指导，" + OPENING),
     "issuer", "青石街街道办事处"),
    # A breadcrumb glued to the opening sentence; a 综合保税区; a title kept in a table cell.
    (head("您当前的位置:首页>政务公开>法治政府建设年度报告>2024年度2024年，示例新区坚持以习近平法治思想为指导，"
          + OPENING), "region", "示例新区"),
    (head("| 示例综合保税区2024年度法治政府建设情况报告 |"), "region", "示例综合保税区"),
    (head("| 示例综合保税区2024年度法治政府建设情况报告 |"), "title", "示例综合保税区2024年度法治政府建设情况报告"),
    # From the fifth fresh set: a heading or a sentence naming a 《document》 is not the title;
    # 市委主要领导主持召开市委… is no body's name; 和政 in 法律和政策 and 共和 in 共和国 are no county.
    (head("一、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设情况"), "title", None),
    (head("把高质量完成《示例省2022年法治政府建设工作计划》确定"), "title", None),
    (head("2022年，示例市坚持以习近平法治思想为指导，" + OPENING,
          "市委主要领导主持召开市委常委会会议研究法治建设工作。"), "issuer", None),
    (head("2020年，县政府坚持以习近平法治思想为指导，" + OPENING,
          "学习《中华人民共和国宪法》等40多部法律和政策，我县依法行政水平不断提高。"), "region", None),
    # A bare level with no region of that level stays as written.
    (head("2024年，县政府坚持以习近平法治思想为指导，" + OPENING), "issuer", "县政府"),
    # A page's table row, its label spaced out and no colon (normalization takes the spaces out).
    (head("标      题 示例县人民政府关于2024年度法治政府建设情况的报告",
          "发布机构 示例县司法局 发布日期 2025-01-26"), "issuer", "示例县人民政府"),
    (head("标      题 示例县人民政府关于2024年度法治政府建设情况的报告",
          "发布机构 示例县司法局 发布日期 2025-01-26"), "publish_date", "2025-01-26"),
    # Last year's report quoted by its title in the body is not this report's title.
    (head("2025年以来，我局深入学习贯彻习近平法治思想，" + OPENING,
          "编撰并公示《武陵区交通运输局关于2024年法治政府建设情况的报告》，印发年度工作要点。"), "year", 2025),
    (head("2025年以来，我局深入学习贯彻习近平法治思想，" + OPENING,
          "武陵区交通运输局关于2024年法治政府建设情况的报告，全文如下。"), "year", 2024),
    # A place visited or dealt with is not the report's own; the same place as its own is.
    (head("2024年，在区委、区政府的领导下，我局坚持以习近平法治思想为指导，" + OPENING,
          "局主要负责同志带队赴武陵区学习法治政府建设经验。"), "region", None),
    (head("2024年，在区委、区政府的领导下，我局坚持以习近平法治思想为指导，" + OPENING,
          "武陵区法治政府建设示范创建取得成效。"), "region", "武陵区"),
    # A title broken after its year (or after 关于) is read whole.
    (head("江油市人民政府关于2020年度", "法治政府建设情况的报告"), "issuer", "江油市人民政府"),
    (head("江油市人民政府关于2020年度", "法治政府建设情况的报告"), "title", "江油市人民政府关于2020年度法治政府建设情况的报告"),
    (head("江油市人民政府关于", "2020年度法治政府建设情况的报告"), "issuer", "江油市人民政府"),
    # A place that is the subject, under 在…领导…指导下, speaks for its government.
    (head("近年来，江油市在绵阳市政府的正确领导和市委全面依法治市委员会的精心指导下，认真贯彻法治政府建设各项部署。"),
     "issuer", "江油市人民政府"),
    # 信息名称: a page's header names its document so.
    (head("信息名称 金坛区2024年度法治政府建设情况报告", "索引号 1132048201413881XC/2025-00008"), "issuer", "金坛区人民政府"),
    (head("信息名称 金坛区2024年度法治政府建设情况报告", "索引号 1132048201413881XC/2025-00008"), "title",
     "金坛区2024年度法治政府建设情况报告"),
    # A page's table row whose labels run on (发文日期, 信息类别) gives each label its own cell.
    (head("2023年法治政府建设年度工作报告", "索引号 4309210010/2023-1876101 发布机构 南县退役军人事务局 发文日期 2023-12-19",
          "信息类别 综合政务 公开范围 全部公开"), "issuer", "南县退役军人事务局"),
    (head("按照《法治政府建设实施纲要》的要求，州应急管理局高度重视法治政府建设工作，认真开展学法培训。"),
     "issuer", "州应急管理局"),
    # 现将2025年相关工作情况报告如下: the year reported on.
    (head("一年来，在市委、市政府的坚强领导下，我局圆满完成年度法治建设任务。现将2025年相关工作情况报告如下。"),
     "year", 2025),
    # The addressee run into the body on one line (a page that lost the break after the colon).
    (head("中共湖州市委、湖州市人民政府：2024年，长兴县坚持以习近平法治思想为指导，全面推进法治政府建设。"),
     "region", "长兴县"),
    # A 地区 or a 盟 is governed by its 行政公署, not a 人民政府.
    (head("2024年以来，在自治区党委、人民政府的坚强领导下，阿克苏地区坚持以习近平法治思想为指导。"), "issuer", "阿克苏地区行政公署"),
    (head("2024年以来，在自治区党委、人民政府的坚强领导下，阿拉善盟坚持以习近平法治思想为指导。"), "issuer", "阿拉善盟行政公署"),
    # A saved page's 政府信息公开 table run into the opening sentence on one line.
    (head("索引号:|113308/2025-00031|公开方式:|主动公开|发布单位:|县府办|有效性:|2024年，龙游县始终坚持以习近平法治思想为指导，"
          "全面推进法治政府建设，考核结果连续三年位居全省前列。"), "region", "龙游县"),
    # 我市 and only its towns named: the one county-level city that holds them (not the city above it).
    (head("2024年，我市坚持以习近平法治思想为指导，深入推进法治政府建设。佛堂镇、稠城街道率先完成基层合法性审查中心建设。"),
     "region", "义乌市"),
    (head("2024年，我县坚持以习近平法治思想为指导，深入推进法治政府建设。城关镇率先完成基层合法性审查中心建设。"),
     "region", None),  # 城关镇 is in dozens of counties
    # 关于 opening the title before the body or the year is no part of the issuer's name.
    (head("关于示例县市场监督管理局2024年法治政府建设情况报告"), "issuer", "示例县市场监督管理局"),
    (head("关于2024年度新市镇法治政府建设的情况报告"), "issuer", "新市镇人民政府"),
    # A title naming nobody, then a second title line naming the body.
    (head("2024年法治政府建设情况报告", "2024年示例县生态环境局法治政府建设情况", "报告"), "issuer", "示例县生态环境局"),
    (head("2024年法治政府建设情况报告", "2024年，我局坚持依法行政，推进法治政府建设。"), "issuer", None),
    # A page's header table whose cells run on into the next label (效力状态, 生效日期 …).
    (head("关于2024年度法治政府建设情况的报告", "索引号000014349/2025-00708 主题词",
          "发文单位示例开发区 效力状态有效", "生效日期 失效日期", "正文"), "issuer", "示例开发区"),
    # 现将市政府办公室…报告如下: the government's office reports, not the government.
    (head("根据《法治政府建设与责任落实督察工作规定》，现将市政府办公室2024年度法治政府建设情况报告如下：",
          "一、2024年工作推进情况", "2024年，市政府办公室坚持以习近平法治思想为指导。"), "issuer", "市政府办公室"),
    (head("根据《法治政府建设与责任落实督察工作规定》，现将市政府2024年度法治政府建设情况报告如下：",
          "一、2024年工作推进情况", "2024年，示例市人民政府坚持以习近平法治思想为指导。"), "issuer", "市政府"),
    # 关于 + a place + the year: the place's government reports, as without 关于.
    (head("关于常德市2024年法治政府建设情况的报告", "2024年，我市坚持以习近平法治思想为指导。"), "issuer", "常德市人民政府"),
    # An enforcement 总队/支队/大队 is a body as a 局 is.
    (head("示例市文化市场综合执法总队2024年法治政府建设年度情况报告"), "issuer", "示例市文化市场综合执法总队"),
    (head("示例县交通运输综合行政执法大队2024年度法治政府建设工作报告"), "issuer", "示例县交通运输综合行政执法大队"),
    # 来源 on the date's line names the body when the title does not.
    (head("2024年法治政府建设情况报告", "日期：2025-02-20 16:54 来源：示例县人民政府", "2024年，我们坚持依法行政。"),
     "issuer", "示例县人民政府"),
    # A report without a title takes its year from a heading of the year's work.
    (head("一、法治政府建设总体情况", "3月印发《示例市创建法治政府建设示范市实施方案》，分三个阶段推进。",
          "二、2024年工作开展情况", "（一）深入学习贯彻习近平法治思想。"), "year", 2024),
    # A page's 发布机构 that names the office by its level alone (县府办) is who posted it; the county the
    # opening names reports. One that names its place still does.
    (head("索引号: | 0013-2023-0051 | 发布机构: | 县府办 | ||", "文号: | 公开日期: | 2023-02-10 10:35 |",
          "2022年，县政府坚持以习近平法治思想为指导，奋力推进法治青禾建设。" + OPENING), "issuer", "县政府"),
    (head("索引号: | 0013-2023-0051 | 发布机构: | 青禾县人民政府 | ||", "文号: | 公开日期: | 2023-02-10 10:35 |",
          "2022年，县政府坚持以习近平法治思想为指导。" + OPENING), "issuer", "青禾县人民政府"),
    # A field this list does not know (公文时效) ends the value before it; a body's kind alone (司法局: no
    # place, no level) is the site's name for who posted the page, not the issuer (the opening names
    # none here). One that names its place still is.
    (head("索 引 号:sfj/2025-00002 | 发文字号: |", "发布机构:示例县司法局 | 公文时效:是 |",
          "主题分类:司法 | 发布日期:2025-04-01 |", "2024年，示例县法治政府建设工作在县委、县政府的正确领导下扎实推进。"),
     "issuer", "示例县司法局"),
    (head("索 引 号:sfj/2025-00002 | 发文字号: |", "发布机构:司法局 | 公文时效:是 |",
          "主题分类:司法 | 发布日期:2025-04-01 |", "2024年，示例县法治政府建设工作在县委、县政府的正确领导下扎实推进。"),
     "issuer", None),
    # A page's column line writes its year without 年; the report's own title is the line under it.
    (head("2024法治政府建设情况报告公示", "示例县青石镇人民政府2024年度法治政府建设情况报告",
          "发布日期:2025-03-06 10:46"), "issuer", "示例县青石镇人民政府"),
    # A covering letter's title names the report it sends; the addressee under it is no title.
    (head("关于报送《2024年度示例区建设和交通委员会法治政府建设情况报告》的报告",
          "发布机构 | 建交委(人防办) |", "示例区法治政府建设工作领导小组办公室:"),
     "title", "2024年度示例区建设和交通委员会法治政府建设情况报告"),
    (head("关于报送《2024年度示例区建设和交通委员会法治政府建设情况报告》的报告",
          "发布机构 | 建交委(人防办) |", "示例区法治政府建设工作领导小组办公室:"),
     "issuer", "示例区建设和交通委员会"),
    (head("示例区法治政府建设工作领导小组办公室:", "2024年，我委深入学习贯彻习近平法治思想。"), "title", None),
    # A 旅游度假区 is a zone, named with its party and administrative committees.
    (head("2025年,示例岛国家旅游度假区党工委、管委会坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的"
          "二十大和二十届历次全会精神,深入学习践行习近平法治思想。"), "region", "示例岛国家旅游度假区"),
    # A year with 以来 inside a sentence looks back; it opens nothing.
    (head("示例区坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设各项任务。",
          "一、深入学习宣传贯彻习近平法治思想",
          "建立领导干部应知应会法律法规清单制度，将2021年以来新提任副处级领导干部纳入参训范围。"), "year", None),
    (head("2024年以来，示例区坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设各项任务。"),
     "year", 2024),
    # A site's breadcrumb without 当前位置 (首页>…>2025年) glued to the opening sentence.
    (head("您现在所在的位置 :", "首页 > 海丰县人民政府门户网站 > 专题专栏 > 海丰县法治政府建设年度报告公开 > 2025年",
          "2025年,在县委、县政府的正确领导下,平东镇持续以习近平新时代中国特色社会主义思想为指导,深入学习宣传贯彻"
          "习近平法治思想,全面落实乡镇法治建设主体责任。"), "region", "平东镇"),
    # A joint subject (区委、区政府) after the place opens the report under a title that names no place.
    (head("当前位置:首页 政务公开 公告公示", "关于2023年度法治政府建设工作情况的报告", "时间:2024-02-18 10:08  来源:  作者:",
          "2023年,在市委、市政府的精心指导下,武陵区委、区政府坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实"
          "习近平法治思想,扎实推进依法行政和法治政府建设。",
          "(一)深化改革,提升依法履职水平。一是推进“放管服”改革,在全市率先试点“一件事一次办”,实现区镇村三级大厅全覆盖。"),
     "region", "武陵区"),
    # A zone's party and administrative committees by their short names (工委、管委) after the zone.
    (head("2024年,示例西海岸新区工委(区委)、管委(区政府)在市委、市政府的坚强领导下,深入贯彻党的二十大精神,笃学践行"
          "习近平法治思想,扎实推进法治政府建设。现将工作情况报告如下。"), "region", "示例西海岸新区"),
    # A page's broken icons (? ? ?) before the opening sentence.
    (head("? ? ? 2024年,在县委、县政府的领导下,在县委依法治县办的指导下,金鸡镇始终坚持以习近平新时代中国特色社会主义"
          "思想为指导,全面贯彻落实党的二十大精神。"), "region", "金鸡镇"),
    # A body's name before a verb of today's reports (锚定…总目标).
    (head("2025年，在区委、区政府的坚强领导下，武陵区政务服务和数据管理局锚定法治武陵建设总目标，严格落实上级法治"
          "建设工作部署。"), "issuer", "武陵区政务服务和数据管理局"),
    # The page's name row gives the whole title; the typeset copy below it lost its first character.
    (head("[ 发布日期 ] 2026-01-12", "重庆市示例区政务服务管理办公室关于2025年法治政府建设情况的报告",
          "日期:2026-01-12 来源:示例区政务服务办", "庆市示例区政务服务管理办公室", "关于2025年法治政府建设情况的报告"),
     "title", "重庆市示例区政务服务管理办公室关于2025年法治政府建设情况的报告"),
    # The body's work as the subject, 的 left out: …局法治建设工作，坚持…
    (head("2024年武陵区卫生健康局法治建设工作，坚持以习近平新时代中国特色社会主义思想为指导，深入学习宣传习近平"
          "法治思想。"), "issuer", "武陵区卫生健康局"),
    # A zone named, then given its short name in brackets without quotes: the name is the zone's, the
    # brackets are not part of it.
    (head("2024年,示例汽车经济技术开发区(以下简称汽开区),在市委、市政府的坚强领导下,深入推进法治政府建设。"),
     "region", "示例汽车经济技术开发区"),
    # 2023年来 is 2023年以来 said short: at the body's start it opens the report's year, over an award
    # of the year before.
    (head("2023年来,在市委市政府的领导下,全市市场监管系统扎实推进法治政府建设。市局获2022年度全省优化营商环境"
          "表现突出集体。", "一、2023年工作情况"), "year", 2023),
    (head("2024年,我局扎实推进法治政府建设,将2021年来新提任的干部全部纳入学法考试。"), "year", 2024),
    # A provincial department that names no province (省交通运输厅…) is known by its document number's
    # first character; a city's bureau is not read so (宁 numbers Nanjing's papers as well as Ningxia's).
    (head("关于2023年法治政府建设情况的报告", "豫交党〔2024〕22号",
          "省交通运输厅认真落实省委省政府关于法治建设的决策部署，推动法治交通建设取得新成效。"), "region", "河南省"),
    (head("关于2023年法治政府建设情况的报告", "宁交〔2024〕22号",
          "市交通运输局认真落实市委市政府关于法治建设的决策部署，推动法治交通建设取得新成效。"), "region", None),
    # A provincial government that names no province is known by the province of the general secretary's
    # visit (来陕考察, 来滇视察); a county's report quoting such a visit is not the province's.
    (head("2022年,省政府坚持以习近平法治思想为指导,全面贯彻落实习近平总书记来陕考察重要讲话重要指示,"
          "扎实推进法治政府建设。"), "region", "陕西省"),
    (head("2022年,省政府深入贯彻习近平总书记来滇视察重要讲话精神,扎实推进法治政府建设。"), "region", "云南省"),
    (head("2022年,县政府深入贯彻习近平总书记来陕考察重要讲话精神,扎实推进法治政府建设。"), "region", None),
    # A district named once without its suffix is its own only in the slogan it builds, quoted or not
    # (“法治秀洲”建设); once elsewhere it may be any word.
    (head("今年以来,在区委、区政府的正确领导下,我局全面推行“法治秀洲”建设与岗位职责相结合的依法行政责任制。"),
     "region", "秀洲区"),
    (head("今年以来,在区委、区政府的正确领导下,我局全面推行法治秀洲建设与岗位职责相结合的依法行政责任制。"),
     "region", "秀洲区"),
    (head("今年以来,在区委、区政府的正确领导下,我局全面服务秀洲发展大局,落实依法行政责任制。"), "region", None),
    # The day the report was delivered to the people's congress's standing committee, under its title (the
    # line may break before 常务委员会), is when it was made public; a meeting that adopted it is not.
    (head("示例县人民政府关于2024年度法治政府建设情况的报告",
          "——2025年3月17日在示例县第十八届人民代表大会常务委员会第二十四次会议上"), "publish_date", "2025-03-17"),
    (head("示例县人民政府2024年度法治政府建设情况报告", "2025年3月17日在示例县第十八届人民代表大会",
          "常务委员会第二十四次会议上"), "publish_date", "2025-03-17"),
    (head("示例县人民政府关于2024年度法治政府建设情况的报告", "2025年3月17日在县政府常务会议上审议通过"),
     "publish_date", None),
    # 网站发布: is the date the site published the page, in a header whose labels run together.
    (head("示例市人民政府关于2022年度法治政府建设情况的报告",
          "序号:1000005294发布机构:市司法局公开形式:主动公开公开时限:常年公开网站发布:2023-03-07"),
     "publish_date", "2023-03-07"),
    # A bureau that calls itself 我局 and is led by its county-level city's committee is that city's, not the
    # higher bureau whose plan it quotes.
    (head("2024年,在连州市委、市政府和清远市局的决策部署下,我局扎实推动法治政府建设工作。现将有关情况报告如下:",
          "局党组结合《连州市2024年法治政府建设工作要点》《清远市市场监督管理局2024年法治政府建设工作要点》,"
          "制定印发了实施方案。"), "region", "连州市"),
    (head("2024年,在市委、市政府的决策部署下,我局扎实推动法治政府建设工作。现将有关情况报告如下:",
          "局党组结合《清远市市场监督管理局2024年法治政府建设工作要点》,制定印发了实施方案。"),
     "issuer", "清远市市场监督管理局"),
    # A label whose value is on the next line takes that line up to the next label on it; a line that is
    # only another field (【字体: 大 中 小】) is no value.
    (report("发文机关:", "双牌县教育局 发文日期:2025-02-25 15:58 - 名称:", "2024年法治政府建设年度报告",
            "NEUTRAL"), "issuer", "双牌县教育局"),
    (report("松山湖管委会2024年法治政府建设年度报告", "- 来源: 本网", "- 发布机构:", "- 【字体: 大 中 小】",
            "NEUTRAL"), "issuer", "松山湖管委会"),
    # An area named by its committee alone, no place or zone suffix: the area is the region.
    (head("松山湖管委会2024年法治政府建设年度报告"), "region", "松山湖"),
    # A heading of the year's measures (2024年主要举措和成效) tells the year of a report opening on 今年以来.
    (report("今年以来,示例区坚持以习近平法治思想为指引,全面推进法治政府建设。", "一、2024年主要举措和成效",
            "NEUTRAL"), "year", 2024),
    # The source line of a page behind a bullet (• 来源:前锋区人民政府) names the issuer.
    (report("• 发布时间:2025-02-28 14:41", "• 来源:前锋区人民政府", "• 浏览量:",
            "根据有关规定，现将2024年法治政府建设工作情况报告如下。", "NEUTRAL"), "issuer", "前锋区人民政府"),
    # A zone's party working committee and its 管委会 (中共示例市示范区工委 示例市示范区管委会): the zone.
    (head("中共开封市示范区工委 开封市示范区管委会", "2024年度法治政府建设情况的报告"), "region", "开封市示范区"),
    # Next year's main work (2023年主要工作安排) is a plan: it dates nothing, the year's measures do.
    (report("按照有关工作安排，市发展改革委对2022年推进法治政府建设进展情况进行了认真总结，并研究提出了2023年主要工作安排。",
            "一、2022年推进法治政府建设的主要举措和成效",
            "2022年，市发展改革委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻习近平法治思想。", "NEUTRAL"),
     "year", 2022),
    # A street speaking as 我街 names its level: its own name, though only in a document's title, beats
    # the city whose plan it quotes.
    (head("2024年，在区委、区政府的坚强领导下，我街坚持以习近平法治思想为指导。现将有关情况报告如下：",
          "一、落实《广州市法治政府建设实施纲要》《广州市2024年法治政府建设工作要点》，印发《五山街道2024年法治建设工作要点》。"), "region", "五山街道"),
    (head("2024年，在区委、区政府的坚强领导下，我市坚持以习近平法治思想为指导。现将有关情况报告如下：",
          "一、落实《广州市法治政府建设实施纲要》《广州市2024年法治政府建设工作要点》，印发《五山街道2024年法治建设工作要点》。"), "region", "广州市"),
    # A second lead (在区委依法治区办的具体指导下) names the office that guides, not a department speaking:
    # the street speaking as 我街道 is the report's own level.  A department named bare right after its
    # leaders does speak: its government's level is its own.
    (head("2024年，在区委、区政府的坚强领导下，在区委依法治区办的具体指导下，我街道坚持以习近平法治思想为指导。",
          "一、制定五山街道2024年法治建设工作要点，推动各项任务落实。"), "region", "五山街道"),
    (head("2024年，在区委、区政府的坚强领导下，区农业农村局坚持以习近平法治思想为指导。",
          "一、指导五山街道制定2024年法治建设工作要点，推动各项任务落实。"), "region", "天河区"),
    # After a purpose clause (根据…规定，), a body comparing its work against the plans (对照) is the subject.
    (head("市委、市政府：", "根据《2024年法治政府建设工作要点》有关规定，市应急局对照《法治政府建设实施纲要》有关要求，"
          "全面梳理总结2024年法治政府建设工作，现将有关情况报告如下。"), "issuer", "市应急局"),
    # A report that names no body and speaks as 我市 in its first sentence is the region's government's; a
    # department that names itself first and says 我区 later is not the district's government.
    (head("省政府：", "2022年，在省委、省政府的坚强领导下，我市始终坚持以习近平法治思想为指导，" + OPENING,
          "一是健全依法决策机制。绵阳市政府常务会议审议重大行政决策事项。"), "issuer", "绵阳市人民政府"),
    (head("2022年，在涪城区委、区政府的坚强领导下，我区坚持以习近平法治思想为指导，" + OPENING), "issuer", "涪城区人民政府"),
    (head("2022年，在涪城区委、区政府的坚强领导下，区司法局党组坚持以习近平法治思想为指导，" + OPENING,
          "一年来，我区坚持依法行政，法治政府建设稳步推进。"), "issuer", None),
    # A government presenting its report to the congress names itself by its level under the occasion;
    # a bare level under a title without the occasion is the page's column (市政府 / 市体育局…).
    (head("关于2020年度法治政府建设情况的报告", "——2021年3月24日在绵阳市第八届人大常委会第三十次会议上", "市政府",
          "市人大常委会：", "现就2020年度我市法治政府建设情况报告如下，请予审议。"), "issuer", "绵阳市人民政府"),
    (head("2024年度法治政府建设报告", "市政府", "2024年，市体育局在市委、市政府的坚强领导下，" + OPENING,
          "绵阳市体育事业稳步发展。"), "issuer", "绵阳市体育局"),
    # 来源：区卫健委 over a report that calls itself 我委: the commission posted its own report; a party
    # committee posting a page is not the body of a report that calls itself 我委.
    (head("日期:2022-03-29来源:区卫健委", "现将我委2021年度法治政府建设工作开展情况总结如下：",
          "一是强化组织领导。涪城区卫健委成立法治建设领导小组。"), "issuer", "涪城区卫健委"),
    (head("日期:2022-03-29来源:区委", "现将我委2021年度法治政府建设工作开展情况总结如下：",
          "一是强化组织领导。涪城区成立法治建设领导小组。"), "issuer", None),
    # A body named by its level alone (市司法局, as its own staff write it) takes the region's name, so that a
    # summary of many reports tells them apart; a name that holds a place already (市中区…) keeps it, and
    # with no region found the level alone stays.
    (head("市司法局2024年法治政府建设工作报告", "2024年，在绵阳市委、市政府的坚强领导下，市司法局坚持以习近平法治思想为指导，"
          + OPENING), "issuer", "绵阳市司法局"),
    (head("省司法厅2024年度法治政府建设情况报告", "2024年，在四川省委、省政府的坚强领导下，省司法厅坚持以习近平法治思想为指导，"
          + OPENING), "issuer", "四川省司法厅"),
    (head("市中区人力资源和社会保障局2024年法治政府建设工作报告",
          "2024年，在区委、区政府的坚强领导下，市中区人力资源和社会保障局坚持以习近平法治思想为指导，" + OPENING),
     "issuer", "市中区人力资源和社会保障局"),
    (head("市司法局2024年法治政府建设工作报告", "2024年，市司法局坚持以习近平法治思想为指导，" + OPENING), "issuer", "市司法局"),
    # Two names of one office on a page's head (挂两块牌子, a space between) sign with the first; a party
    # committee and its government stay a joint issuer.
    (head("时间:2018-02-19", "绵阳市文化广电旅游局 绵阳市文物局", "2017年度法治政府建设情况报告",
          "2017年，市文化广电旅游局深入学习贯彻党的十九大精神。"), "issuer", "绵阳市文化广电旅游局"),
    (head("时间:2018-02-19", "中共绵阳市委 绵阳市人民政府", "2017年度法治建设情况报告", "2017年，全市深入学习贯彻党的十九大精神。"),
     "issuer", "中共绵阳市委绵阳市人民政府"),
    # A place's government named short as the opening's subject (区政府) signs by its formal name; the
    # short name of a joint report (区委区政府) is not a government's name.
    (head("2019年以来，绵阳市涪城区政府深入贯彻党的十九大精神，坚持以习近平法治思想为指导，" + OPENING),
     "issuer", "绵阳市涪城区人民政府"),
    (head("2019年，在市委的坚强领导下，涪城区政府坚持以习近平法治思想为指导，" + OPENING), "issuer", "涪城区人民政府"),
    (head("2019年，涪城区委区政府坚持以习近平法治思想为指导，" + OPENING), "issuer", "涪城区委区政府"),
    # An 经济区 (大连长兴岛经济区) is a zone, governed by its 管委会.
    (head("2019年，在市委市政府的坚强领导下，在市司法局的悉心指导下，绵阳青石岛经济区坚持以习近平新时代中国特色社会主义思想为指导，"
          + OPENING), "region", "绵阳青石岛经济区"),
    (head("2019年，在市委市政府的坚强领导下，在市司法局的悉心指导下，绵阳青石岛经济区坚持以习近平新时代中国特色社会主义思想为指导，"
          + OPENING), "issuer", "绵阳青石岛经济区管理委员会"),
    # 会同县委督查室 is “together with the county committee's office” (会同 + 县委), not 会同县; a report of
    # 会同县 itself names its county elsewhere too.
    (head("2020年，县司法局在县委、县政府的坚强领导下，坚持以习近平法治思想为指导。",
          "协调推动三个协调小组规范运转，年中会同县委督查室对各乡镇开展法治建设专项督查。"), "region", None),
    (head("会同县人民政府关于2024年度法治政府建设情况的报告",
          "2024年，在中共会同县委的坚强领导下，会同县人民政府坚持以习近平法治思想为指导。"), "region", "会同县"),
]

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
    (CHROME_ONLY, "year", (2024,)),
    # The 政府信息公开 table read by the HTML reader.
    (HEADER_TABLE, "publish_date", ("2024-03-28",)),
    (HEADER_TABLE, "issuer", ("样本区人民政府",)),
    (HEADER_TABLE, "title", ("样本区人民政府关于2023年度法治政府建设情况的报告",)),
    (HEADER_TABLE, "year", (2023,)),
    (ISSUER_ABOVE_TITLE, "issuer", ("示例县人民政府",)),
    (ISSUER_ABOVE_TITLE, "year", (2024,)),
    (PUBLISHED_NOTE, "publish_date", ("2025-02-18",)),
    (CHINESE_YEAR_TITLE, "year", (2024,)),
    (TRADITIONAL, "year", (2024,)),
    (TRADITIONAL, "region", ("示例区", "示例區")),
    (TRADITIONAL, "title", ("示例區人民政府關於2024年度法治政府建設情況的報告",)),
    (TRADITIONAL, "issuer", ("示例區人民政府", "示例区人民政府")),
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
    # Departments: the place whose government they serve.
    (DEPARTMENT_TITLE, "region", ("绵阳市",)),
    (DEPARTMENT_TITLE, "issuer", ("绵阳市司法局",)),
    (DEPARTMENT_SUBJECT, "issuer", ("绵阳市司法局",)),
    (DEPARTMENT_SUBJECT, "region", ("绵阳市",)),
    # A branch office: its district, named in full or by its stem under the city.
    (BRANCH_FULL, "region", ("涪城区",)),
    (BRANCH_FULL, "issuer", ("绵阳市公安局涪城区分局",)),
    (BRANCH_STEM, "region", ("涪城区",)),
    (BRANCH_UNKNOWN, "region", (None,)),  # never the city
    (BRANCH_UNKNOWN, "issuer", ("示例市公安局青石分局",)),
    # A district's department: the city its plan quotes is not its region; a named district is.
    (DISTRICT_BUREAU_QUOTING_CITY, "region", (None,)),
    (DISTRICT_BUREAU_NAMING_DISTRICT, "region", ("涪城区",)),
    (DISTRICT_BUREAU_SLOGANS, "region", (None,)),  # 平安 before 建设 is no 平安区
    (DISTRICT_AFTER_A_YEAR, "region", ("涪城区",)),  # the subject after 一年来, not a company's city
    # Zones: the zone is the region.
    (ZONE_COMMITTEE, "region", ("示例经济技术开发区",)),
    (ZONE_COMMITTEE, "issuer", ("示例经济技术开发区管理委员会",)),
    (ZONE_SUBJECT, "region", ("示例高新技术产业开发区",)),
    (LISTED_NEW_AREA, "region", ("浦东新区",)),
    # Joint party-government reports of a district; provinces.
    (JOINT_DISTRICT, "region", ("涪城区",)),
    (JOINT_DISTRICT, "issuer", ("中共绵阳市涪城区委员会 绵阳市涪城区人民政府", "中共绵阳市涪城区委员会绵阳市涪城区人民政府")),
    (PROVINCE, "region", ("湖南省",)),
    (PROVINCE, "issuer", ("湖南省人民政府",)),
    # “省政府” alone is named by the province the report speaks for.
    (PROVINCE_PRESENTED, "issuer", ("湖南省人民政府",)),
    (PROVINCE_PRESENTED, "region", ("湖南省",)),
    (PROVINCE_PRESENTED, "year", (2024,)),
    (BUREAU_PRESENTED, "issuer", ("市人社局",)),
    # Towns and 街道: the town is the region.
    (STREET_SUBJECT, "region", ("芙蓉街道",)),
    (STREET_COMMITTEE, "region", ("青石街道",)),
    (STREET_COMMITTEE, "issuer", ("青石街党工委、办事处",)),
    (TOWN_BY_OWN_WORDS, "region", ("芙蓉镇",)),
    (TOWN_BY_OWN_WORDS, "year", (2024,)),
    # Autonomous areas, by full and short name; a bare 自治区 is never a region.
    (PREFECTURE, "region", ("巴音郭楞蒙古自治州",)),
    (PREFECTURE_SHORT, "region", ("巴州",)),
    (PREFECTURE_SHORT, "year", (2024,)),  # from the heading 2024年工作回顾
    (AUTONOMOUS_COUNTY, "region", ("张家川回族自治县",)),
    (BARE_AUTONOMOUS, "region", (None,)),
    # Saved pages: the date printed under the title is the publish date; the site clock,
    # 更新时间 and 成文日期 are not.
    (PAGE_DATE_UNDER_TITLE, "publish_date", ("2025-01-26",)),
    (PAGE_DATE_BULLETS, "publish_date", ("2025-01-26",)),
    (PAGE_CLOCK_BEFORE_TITLE, "publish_date", ("2025-01-13",)),
    (PAGE_CLOCK_BEFORE_TITLE, "issuer", ("示例县司法局",)),
    (PAGE_UPDATED_ONLY, "publish_date", (None,)),
    (PAGE_DATE_SLASHED, "publish_date", ("2025-03-04",)),  # a slash after the date, then the clock
    # The subject after a purpose clause of two parts; the year glued to the town that opens the body.
    (BUREAU_AFTER_PURPOSE, "issuer", ("区统计局",)),
    (BUREAU_ACCORDING_TO, "issuer", ("涪城区市场监督管理局",)),  # the name ends before 根据, not at 区委
    (ZONE_TITLE_WITHOUT_YEAR, "issuer", ("示例高新区管委会",)),  # the title's body ends at its topic
    (PROVINCIAL_DEPARTMENT_TOPIC, "issuer", ("示例省交通运输厅",)),
    (PROVINCIAL_DEPARTMENT_TOPIC, "title", ("示例省交通运输厅2024年度法治政府部门建设工作情况",)),
    (BUREAU_AFTER_TWO_LEADS, "issuer", ("绵阳市司法局",)),  # a second …指导下 without its own 在
    (BUREAU_MEETING_A_LIST, "region", (None,)),  # 与 stands before the whole list of places met
    (BUREAU_SENDING_TO_A_LIST, "region", (None,)),  # so does 向: the places the bureau sent cases to
    (BUREAU_SENDING_TO_A_LIST, "year", (2023,)),
    (BUREAU_PRESENTED_BY_NAME, "year", (2019,)),
    (SCENIC_AREA_SUBJECT, "region", ("西湖风景名胜区",)),  # a 风景名胜区 governed by its own 管委会 is a zone  # the year after the body's name, not the 2018 looked back to
    (TOWN_YEAR_GLUED, "year", (2024,)),
    (TOWN_YEAR_GLUED, "region", ("芙蓉镇",)),
    (WRITTEN_DATE_ONLY, "publish_date", (None,)),
    (NEWS_HEADLINE, "region", ("示例县",)),
    # A place named alone in the title or as the subject speaks for the body that governs it.
    (STREET_SUBJECT, "issuer", ("芙蓉街道办事处",)),
    (head("绵阳市2024年法治政府建设情况"), "issuer", ("绵阳市人民政府",)),
    (head("平湖市新仓镇2024年度法治政府建设情况报告"), "issuer", ("平湖市新仓镇人民政府",)),
    (head("芙蓉街道2024年法治政府建设年度报告"), "issuer", ("芙蓉街道办事处",)),
    (head("示例高新区2024年度法治政府建设情况报告"), "issuer", ("示例高新区管委会",)),
    # A zone under its formal full name is governed by a committee written in full; a short name, a 新区,
    # keeps the short one.
    (head("青岚经济技术开发区2024年法治政府建设年度报告"), "issuer", ("青岚经济技术开发区管理委员会",)),
    (head("2024年，在市委、市政府的坚强领导下，鹤屿经济开发区坚持以习近平法治思想为指导，" + OPENING), "issuer",
     ("鹤屿经济开发区管理委员会",)),
    (head("青岚经开区2024年法治政府建设年度报告"), "issuer", ("青岚经开区管委会",)),
    # An 经济区 or 合作区 is a full name too, and a zone's own name may run to eight characters with its
    # province or city before it.
    (head("贵州青岚航空港经济区2021年度法治政府建设工作情况报告"), "issuer", ("贵州青岚航空港经济区管理委员会",)),
    (head("澜屿市鹤汀特别合作区2024年法治政府建设年度报告"), "issuer", ("澜屿市鹤汀特别合作区管理委员会",)),
    (head("澜屿新区2024年法治政府建设年度报告"), "issuer", ("澜屿新区管委会",)),
    (head("经济开发区2024年度法治政府建设情况报告"), "issuer", (None,)),  # no name of its own
    (head("2024年，在市委、市政府的坚强领导下，涪城区坚持以习近平法治思想为指导，" + OPENING), "issuer",
     ("涪城区人民政府",)),
    # Central bodies name no place.
    (head("司法部2024年法治政府建设年度报告"), "issuer", ("司法部",)),
    (head("国家统计局关于2024年法治政府建设情况的报告"), "issuer", ("国家统计局",)),
    (head("应急管理部发布2024年法治政府建设年度报告"), "issuer", ("应急管理部",)),
    (head("2024年，农业农村部党组坚持以习近平法治思想为指导，" + OPENING), "issuer", ("农业农村部",)),
    # Where else a report names itself.
    (head("根据有关通知要求，现将2024年度绵阳市教育局法治政府建设工作情况报告如下。"), "issuer", ("绵阳市教育局",)),
    (head("2024年是全面贯彻党的二十大精神的关键之年，也是开启新征程的重要一年，绵阳市体育局坚持以习近平法治思想为指导，"
          + OPENING), "issuer", ("绵阳市体育局",)),
    (head("2024年，涪城区文体旅局严格按照《中共中央关于全面推进依法治国若干重大问题的决定》要求，" + OPENING),
     "issuer", ("涪城区文体旅局",)),
    (head("四川省交通运输厅", "信息来源：厅法规处 发布日期：2025-02-24",
          "2024年，在省委、省政府坚强领导下，我厅坚持以习近平法治思想为指导，" + OPENING), "issuer", ("四川省交通运输厅",)),
    (head("2024年，我局坚持以习近平法治思想为指导，" + OPENING, "制定《涪城区人力社保局行政合法性审查办法》，"
          "修订《涪城区人力社保局重大行政决策程序规定》。"), "issuer", ("涪城区人力社保局",)),
    (head("2024年度涪城区市场监督管理局法治政府建设情况报告"), "issuer", ("涪城区市场监督管理局",)),
    (head("2024年度涪城区市场监督管理局法治政府建设情况报告", "2024年涪城市场监管局在区政府的正确领导下，"
          + OPENING), "region", ("涪城区",)),  # not 涪城市 of 涪城市场监管局
    (head("浦东新区人民政府2024年度法治政府建设情况报告", "索引号 发布机构 区政府",
          "公开类别 主动公开 发布时间 2025-03-27"), "publish_date", ("2025-03-27",)),
    (head("2024年是“十四五”规划的关键之年。在区委、区政府的正确领导下，芙蓉街以习近平法治思想为引领，"
          + OPENING), "issuer", ("芙蓉街道办事处",)),  # a 街 is governed by its 街道办事处
    (head("2024年，司法厅坚持以习近平法治思想为指导，" + OPENING), "issuer", ("司法厅",)),
    # 市政府 as the subject tells the level: the city named without its 市 (法治绵阳) is the region,
    # whatever 全省 the report quotes.
    (head("2024年，市政府坚持以习近平法治思想为指导，认真落实省委、省政府工作要求，扎实推进法治绵阳建设。",
          "在全省法治政府建设考核中，绵阳位列全省前列，绵阳获评全省示范。"), "region", ("绵阳市",)),
    # Titles a page dresses: a 【column】 before them, the place after the year.
    (head("【年度报告】涪城区2023年法治政府建设情况报告", "来源:涪城区司法局 时间:2024-02-28"), "issuer",
     ("涪城区人民政府",)),
    (head("【法治政府建设】2022年度涪城区法治政府建设报告", "来源:涪城区司法局 时间:2023-02-22"), "issuer",
     ("涪城区人民政府",)),
    # A page's 名称 row repeats the title above the document's own heading, under its body's name.
    (head("2021年法治政府建设工作情况报告", "发布日期:2022-03-31", "", "绵阳市涪城区青义镇人民政府", "",
          "2021年法治政府建设工作情况报告"), "issuer", ("绵阳市涪城区青义镇人民政府",)),
    # No title: a meeting line, then the body's name.
    (head("2025年4月30日在市人大常委会第四十九次会议上", "绵阳市人民政府",
          "2024年，我市坚持以习近平法治思想为指导，" + OPENING), "issuer", ("绵阳市人民政府",)),
    # 关于 inside a sentence is no title line: the subject before it speaks.
    (head("关于2024年法治政府建设情况的报告",
          "省交通运输厅认真落实党中央国务院和省委省政府关于法治建设的决策部署，全面学习贯彻习近平法治思想，"
          "抓好行业立法、依法决策、规范执法等法治重点工作。"), "issuer", ("省交通运输厅",)),
    # (简称…) is no second name.
    (head("2024年示例经济技术开发区法治政府建设情况报告",
          "2024年，示例经济技术开发区管理委员会(简称经开区管委会)坚持以习近平法治思想为指导，" + OPENING),
     "issuer", ("示例经济技术开发区管理委员会",)),
    # 现将示例新区…报告如下: a place presented speaks for its governing body.
    (head("2025年，在市政府的正确领导下，我区深入学习贯彻习近平法治思想，现将示例新区2025年度法治政府建设情况报告如下："),
     "issuer", ("示例新区管委会",)),
    (head("2025年，在市政府的正确领导下，我区深入学习贯彻习近平法治思想，现将示例新区2025年度法治政府建设情况报告如下："),
     "region", ("示例新区",)),
    # A department of a zone belongs to the zone.
    (head("重庆市示例经开区交通局2021年法治政府建设年度报告"), "region", ("重庆市示例经开区",)),
    # The year the body opens on, before the years it looks back to.
    (head("2019年，绵阳市政府在省委、省政府的正确领导下，" + OPENING,
          "通报2018年全市依法行政考核情况，对2018年度全市法治政府建设先进集体进行授牌。"), "year", (2019,)),
    # A date closing the title line is when the page published it.
    (head("芙蓉街道2022年度法治政府建设 工作情况报告 2023-02-09"), "publish_date", ("2023-02-09",)),
    (head("2024年绵阳市司法局法治政府建设情况报告 (2025-03-26)"), "publish_date", ("2025-03-26",)),
    # After 在…领导下, a body named by its level is the subject whatever its verb; the name's own
    # ending says where it ends (街道办事处, not 街道办).
    (head("绵阳市委、绵阳市人民政府：", "2024年，在市委市政府的正确领导下，市市场监管局把握新形势，树立法治新理念，"
          "围绕法治政府建设工作要点，强化法治制度建设。"),
     "issuer", ("市市场监管局", "绵阳市市场监管局")),
    (head("涪城区委、涪城区人民政府：", "2023年，在区委、区政府的正确领导下，新市街道办事处把握新形势，树立法治新理念，"
          "围绕法治政府建设工作要点，强化法治制度建设。"), "issuer",
     ("新市街道办事处", "涪城区新市街道办事处")),
    # A zone that calls itself by its kind alone (园区坚持…) is the one of that kind the opening names,
    # in its own plan's title too.
    (head("2023年，园区坚持以习近平法治思想为指导，深入推进依法行政，充分发挥园区党工委的领导作用，制定出台"
          "《青禾工业园区法治政府建设实施方案(2022—2025年)》，全面推进法治园区建设。"), "region", ("青禾工业园区",)),
    (head("2024年，示范区党工委、管委会坚持以习近平法治思想为指导，审议通过了《青禾示范区全面深化法治领域改革实施方案》，"
          "推进法治政府建设。"), "region", ("青禾示范区",)),
    (head("2023年，园区坚持以习近平法治思想为指导，深入推进依法行政，紧扣园区发展大局，组织开展园区法治宣传。"),
     "region", (None,)),
    # The zone's committees named by its kind alone speak for it; the zone's name goes in front when known.
    (head("2024年，示范区党工委、管委会坚持以习近平法治思想为指导，审议通过了《青禾示范区全面深化法治领域改革实施方案》，"
          "推进法治政府建设。"), "issuer", ("青禾示范区党工委、管委会",)),
    (head("2024年，高新区党工委、管委会坚持以习近平法治思想为指导，深入推进依法行政，推进法治政府建设。"), "region",
     ("高新区",)),
    # 信息分类名称 is a label of its own, not 名称: the page's 名称 row below it holds the title.
    (head("索引号: 0001/2026-00008 信息分类名称: 其他/其他", "发布机构: 涪城区新市街道 发布日期: 2026-01-28",
          "名称: 新市街道党工委、新市街道办事处关于2025年法治政府建设情况的报告", "2025年，新市街道坚持以习近平法治思想为指导。"),
     "issuer", ("新市街道党工委、新市街道办事处",)),
    (head("示例市人民防空办公室关于2024年度法治政府建设工作的情况报告 ( 2025年02月10日 )", "示人防〔2025〕3号",
          "市政府：", "2024年，市人防办坚持以习近平法治思想为指导。"), "publish_date", ("2025-02-10",)),
    # A 新城 with a 管委会 of its own is a zone.
    (head("示例河新城2022年度法治政府建设工作报告", "2022年，示例河新城深入贯彻落实习近平法治思想，" + OPENING), "region",
     ("示例河新城",)),
    # A page's table kept as text with bars between the cells, an empty cell among them.
    (head("2024年法治政府建设情况报告", "索引号 | 发布机构 | 绵阳市涪城区人民政府 | |",
          "公开类别 | 主动公开 | 发布时间 | 2025-03-17 |"), "issuer", ("绵阳市涪城区人民政府",)),
    (head("2024年法治政府建设情况报告", "索引号 | 发布机构 | 绵阳市涪城区人民政府 | |",
          "公开类别 | 主动公开 | 发布时间 | 2025-03-17 |"), "publish_date", ("2025-03-17",)),
    (head("| 索引号 | 0001/2026-00002 | 发布机构 | 绵阳市涪城区人民政府 |", "| 公开目录 | 法治政府建设 | 发布日期 | 2026-01-26 |",
          "2025年，区政府办公室在区委、区政府的坚强领导下，" + OPENING), "issuer", ("绵阳市涪城区人民政府",)),
    (head("| 索引号 | 0001/2026-00002 | 发布机构 | 绵阳市涪城区人民政府 |", "| 公开目录 | 法治政府建设 | 发布日期 | 2026-01-26 |",
          "2025年，区政府办公室在区委、区政府的坚强领导下，" + OPENING), "publish_date", ("2026-01-26",)),
    # The body presenting a report to the 人大常委会 names itself under the title and the occasion.
    (head("关于绵阳市2024年度法治政府建设情况的报告", "示例网 发布时间:2025-05-28 14:14:25",
          "(2025年5月29日在绵阳市第八届人民代表大会常务委员会第二十次会议上)", "绵阳市人民政府", "主任、副主任、各位委员：",
          "2024年，我市坚持以习近平法治思想为指导，" + OPENING), "issuer", ("绵阳市人民政府",)),
    # 现将…报告如下 with a long name of the report between.
    (head("根据《法治政府建设与责任落实督察工作规定》规定要求，现将绵阳市生态环境局2025年度法治政府建设工作情况和主要负责人"
          "履行推进法治建设第一责任人职责情况报告如下："), "issuer", ("绵阳市生态环境局",)),
    # 在…引领下 is no subject; the 街道 after it speaks for its office.
    (head("2025年，在区委、区政府的正确引领下，芙蓉街道坚定不移地深入学习践行习近平法治思想，" + OPENING), "issuer",
     ("芙蓉街道办事处",)),
    # A body named by its level, with the other names it goes by in brackets.
    (head("关于2025年法治政府建设情况的报告", "2025年，市数据局(市营商环境建设局、市行政审批局)在市委、市政府的坚强领导下，" + OPENING),
     "issuer", ("市数据局",)),
    # A page's table whose labels run on into the body: the 发布机构 is cut at the next label.
    (head("绵阳市林草局法治政府建设情况", "发布机构 绵阳市林草局   公开形式 责任部门    生成日期 2026-01-16 18:00:00 是否有效",
          "2025年，我局法治政府建设坚持以习近平法治思想为指导，" + OPENING), "issuer", ("绵阳市林草局",)),
    # A county of the city named by its stem alone before a department: 绵阳市三台生态环境局.
    (head("绵阳市三台生态环境局关于2025年度法治政府建设情况的报告"), "region", ("三台县",)),
    (head("绵阳市生态环境局关于2025年度法治政府建设情况的报告"), "region", ("绵阳市",)),
    # A title with its year but no 年.
    (head("绵阳市文化和旅游局2023法治政府建设情况报告"), "year", (2023,)),
    # A title naming only its place: the page's 发布机构 is who posted it (the label after it has no value).
    (head("索引号 640421006/2025-00022 发文时间 2025-02-28", "发布机构 涪城区司法局 文 号", "涪城区2024年法治政府建设年度报告",
          "2024年，涪城区坚持以习近平法治思想为指导，" + OPENING), "issuer", ("涪城区人民政府",)),
    # A comma between a body's name and its verb.
    (head("2024年，在市委、市政府的正确领导下，绵阳市林业局，以全面推进依法行政为目标，切实抓好法治政府建设各项工作。"),
     "issuer", ("绵阳市林业局",)),
    # The date a page prints under the title, beside its reader count.
    (head("绵阳市生态环境局关于2025年度法治政府建设情况的报告", "2026-02-26 15:48 阅读人数:1"), "publish_date",
     ("2026-02-26",)),
    # The publishing office, the date, then the page's counter or source after it.
    (head("樟源县云台镇人民政府2022年法治政府建设工作报告", "", "云台镇人民政府办公室　2023-02-10　　阅读：", "",
          "2022年，云台镇坚持以习近平法治思想为指导，" + OPENING), "publish_date", ("2023-02-10",)),
    (head("芷阳新区管委会2023年度法治政府建设情况报告", "潇源市芷阳新区管理委员会　　2024-01-30 16:08　　来源：新区社会事业局",
          "2023年，芷阳新区管委会坚持以习近平法治思想为指导，" + OPENING), "publish_date", ("2024-01-30",)),
    # A city named by its short name as the subject of the opening.
    (head("2024年，在省委、省政府的坚强领导下，绵阳深入贯彻党的二十大精神，" + OPENING,
          "指导北川县、平武县开展法治政府建设示范创建。"), "region", ("绵阳市",)),
    # 城市管理 after a county's name is the department's word, not a place 城市 (the county is unknown).
    (head("青峪县城市管理综合行政执法局关于2024年度法治政府建设工作情况的报告",
          "2024年，县城市管理综合行政执法局坚持以习近平法治思想为指导。"), "region", ("青峪县",)),
    # An unknown 州市 keeps its 市: the district after it is the region, not 市汀岸区.
    (head("澜州市汀岸区人民政府关于2024年度法治政府建设情况的报告"), "region", ("汀岸区",)),
    # 住房和城乡 of a department's name is no 乡 (the city is unknown).
    (head("青峪市住房和城乡建设局关于2024年度法治政府建设工作情况的报告",
          "2024年，市住建局坚持以习近平法治思想为指导。"), "region", ("青峪市",)),
    # 公安 of 公安局 and 法治公安 is a word, not the county 公安县.
    (head("2024年，县公安局在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，推进法治公安建设。",
          "全县公安机关依法履职，公安执法规范化水平持续提升。"), "region", (None,)),
    # 开平 of 政务公开平台 and 资源 of 自然资源 join two words: no 开平市, no 资源县.
    (head("2024年，市民政局在市委、市政府的坚强领导下，依托政务公开平台公开权责清单，坚持以习近平法治思想为指导。"),
     "region", (None,)),
    (head("2024年，县自然资源局在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，规范自然资源执法。",
          "全局自然资源执法人员依法履职，执法规范化水平持续提升。"), "region", (None,)),
    # The year glued to a name no list holds, before its verb; not a year the opening looks back from.
    (head("2021年白鹭湖街以习近平法治思想为指导，全面贯彻党的十九大精神，深入扎实开展法治政府建设工作。"), "year", (2021,)),
    (head("2018年机构改革以来，白鹭湖街以习近平法治思想为指导，深入扎实开展法治政府建设工作。"), "year", (None,)),
    # A body named before 对…进行 (自查, 总结) is the opening's subject.
    (head("根据相关要求，绵阳市应急局对2021年度工作完成情况进行了自查，现将有关情况报告如下。"), "issuer", ("绵阳市应急局",)),
    # A place by its stem alone as the opening's subject (涪城坚持…) speaks for its government, not the
    # 司法局 that posted the page; a stem the opening never names in full is no subject.
    (head("首页 > 政务公开 > 法治政府建设", "来源：绵阳市涪城区司法局 发布日期：2025-01-22", "【字体：大 中 小】", "",
          "2024年，涪城坚持以习近平法治思想为指导，" + OPENING),
     "issuer", ("涪城区人民政府",)),
    (head("首页 > 政务公开 > 法治政府建设", "来源：绵阳市司法局 发布日期：2025-01-22", "【字体：大 中 小】", "",
          "2024年，涪城坚持以习近平法治思想为指导，" + OPENING),
     "issuer", ("绵阳市司法局",)),
    # A bureau named after its place's stem (涪城公安分局 for 涪城区公安分局) is the opening's subject as
    # written; a stem of places of several levels (朝阳: 朝阳市, 朝阳县, 朝阳区) names none.
    (head("2023年，涪城公安分局以深入学习贯彻党的二十大精神为总纲，" + OPENING), "issuer", ("涪城公安分局",)),
    (head("2023年，朝阳公安分局以深入学习贯彻党的二十大精神为总纲，" + OPENING), "issuer", (None,)),
    # A page's link to the report (附件：….pdf) is no title: the report's own title line below is.
    (head("首页 > 政务公开", "发布日期：2025-03-20", "附件：青禾县人民政府关于2024年法治政府建设情况的报告.pdf", "",
          "青禾县人民政府关于2024年法治政府建设情况的报告", "", "2024年，青禾县坚持以习近平法治思想为指导，" + OPENING),
     "title", ("青禾县人民政府关于2024年法治政府建设情况的报告",)),
    # …and where the page has no other, the link's name without 附件： and its file's ending.
    (head("首页 > 政务公开", "发布日期：2025-03-20", "附件：青禾县人民政府关于2024年法治政府建设情况的报告.pdf", "",
          "2024年，青禾县坚持以习近平法治思想为指导，" + OPENING),
     "title", ("青禾县人民政府关于2024年法治政府建设情况的报告",)),
    # A reprint (a WeChat post) carries the report under a headline of its own and names it on 原标题.
    (head("临汾发布", "2025-03-18 21:06", "", "重磅！临汾市2024年度法治政府建设“成绩单”来了", "",
          "原标题：《临汾市人民政府关于2024年度法治政府建设情况的报告》", "来源：临汾市人民政府网站", "",
          "近日，临汾市人民政府公开了2024年度法治政府建设情况报告。小编为您梳理了几组关键数据。"),
     "title", ("临汾市人民政府关于2024年度法治政府建设情况的报告",)),
    (head("临汾发布", "2025-03-18 21:06", "", "重磅！临汾市2024年度法治政府建设“成绩单”来了", "",
          "原标题：《临汾市人民政府关于2024年度法治政府建设情况的报告》", "来源：临汾市人民政府网站", "",
          "近日，临汾市人民政府公开了2024年度法治政府建设情况报告。小编为您梳理了几组关键数据。"),
     "issuer", ("临汾市人民政府",)),
    # A 原标题 that is a news headline is no report's title: the report's own line below is.
    (head("原标题：这些数字亮眼", "临汾市人民政府关于2024年度法治政府建设情况的报告", "",
          "2024年，临汾市坚持以习近平法治思想为指导，" + OPENING),
     "title", ("临汾市人民政府关于2024年度法治政府建设情况的报告",)),
    # The column's name before a headline (数读丨, 聚焦｜) is no part of the body's name.
    (head("数读丨长治市2024年度法治政府建设报告出炉，这些数字亮眼！", "来源：长治市人民政府网站", "",
          "近日，长治市人民政府发布2024年度法治政府建设情况报告。"), "issuer", ("长治市人民政府",)),
    (head("数读丨青禾市2024年度法治政府建设报告出炉，这些数字亮眼！", "", "近日发布的报告显示，法治建设成效明显。"),
     "region", ("青禾市",)),
    # A 公文's title with its kind alone on the second line, spread to the title's width.
    (head("阳城县町店镇2020年法治政府建设", "工  作  报  告", "",
          "2020年，町店镇坚持以习近平新时代中国特色社会主义思想为指导，" + OPENING),
     "title", ("阳城县町店镇2020年法治政府建设工作报告",)),
    # 示例镇党委、政府在…领导下: both lead the work, and the government reports it.
    (head("2020年工作情况", "", "2020年，町店镇党委、政府在县委、县政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
          + OPENING), "issuer", ("町店镇人民政府",)),
    (head("2020年工作情况", "", "2020年，水塔街道党工委、办事处在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
          + OPENING), "issuer", ("水塔街道办事处",)),
    # A page's title bar run into the title (site name, column, then the title): the body named last.
    (head("青禾市人民政府门户网站 青禾市司法局 公示公告 青禾市司法局2022年法治政府建设年度报告", "来源：本网", "",
          "2022年，青禾市司法局坚持以习近平法治思想为指导，" + OPENING), "issuer", ("青禾市司法局",)),
    (head("中共 松川县委 松川县人民政府2022年法治政府建设情况报告", "2022年，全县坚持以习近平法治思想为指导，" + OPENING),
     "issuer", ("中共 松川县委 松川县人民政府",)),
    # A header field whose value is the column the report is filed under (内容分类: 法治政府建设年度报告) is no
    # title: the title is the line below.
    (head("索引号: 00297527/2023-60455 内容分类: 法治政府建设年度报告", "主题分类: 政务公开 发布日期: 2023-03-29",
          "柳河镇2022年度法治政府建设年度报告", "", "今年，我镇深入学习贯彻习近平法治思想，" + OPENING),
     "issuer", ("柳河镇人民政府",)),
    (head("组配分类 | 法治政府建设年度报告 | 发布机构 | 市政府办公室 |", "生成日期 | 2024-03-21 | 公开方式 | 主动公开 |",
          "余姚市人民政府关于2023年度法治政府建设工作情况的报告 | |", "2023年，余姚市人民政府坚持以习近平法治思想为指导，"
          + OPENING), "issuer", ("余姚市人民政府",)),
    # A district's department named under its municipality (重庆市渝北区卫生健康委员会): the district, also
    # when it was merged away since (渝北区 is a former name the place list keeps).
    (head("重庆市渝北区卫生健康委员会关于2024年法治政府建设情况的报告", "按照有关规定，现将我委2024年法治政府建设情况报告如下：",
          "2024年，在区委、区政府的坚强领导下，我委坚持以习近平法治思想为指导，" + OPENING), "region", ("渝北区",)),
    (head("杭州市下城区司法局2020年法治政府建设工作报告", "2020年，下城区司法局坚持以习近平法治思想为指导，" + OPENING),
     "region", ("下城区",)),
    # A ministry speaks for the whole country: the province it inspected is not its region (a province's
    # department of the same kind is its province's).
    (head("文化和旅游部关于2020年度法治政府建设情况的报告", "2020年，文化和旅游部坚持以习近平法治思想为指导，" + OPENING
          + "积极配合中央依法治国办，有关部级干部带队对海南省履行推进法治建设第一责任人职责情况开展实地督察。"),
     "region", (None,)),
    (head("海南省旅游和文化广电体育厅关于2020年度法治政府建设情况的报告", "2020年，省旅游和文化广电体育厅坚持以习近平法治思想为指导，"
          + OPENING), "region", ("海南省",)),
    # A body that calls itself 我局 is the opening's subject; a place that opens a later sentence (汕头市在…考核中
    # 排名第5) is not who reports.  (A place that opens the first sentence is: its government reports.)
    (head("2024年法治政府建设工作情况报告", "2024年，在市委、市政府的正确领导下，我局坚持以习近平法治思想为指导，全面推进依法行政。"
          "汕头市在2023年度全省环境保护责任考核中排名第5。" + OPENING), "issuer", (None,)),
    (head("2024年法治政府建设工作情况报告", "2024年，在市委、市政府的正确领导下，全市上下坚持以习近平法治思想为指导，全面推进依法行政。"
          "汕头市在2023年度全省营商环境评价中排名第5。" + OPENING), "issuer", ("汕头市人民政府",)),
    # A page's table row 名称 + the title, a space for the colon: the title without its label.
    (head("索引号: 11320000014000271Q/2020-00014 主题分类: 综合工作", "发布机构: 江苏省文化和旅游厅 生成日期: 2020-02-14",
          "名称 江苏省文化和旅游厅2019年度法治政府建设工作报告", "", "2019年，省文化和旅游厅坚持以习近平法治思想为指导，" + OPENING),
     "issuer", ("江苏省文化和旅游厅",)),
    # 现将2024年…报告如下: the year of the report an opening presents, when no sentence opens on one.
    (head("在县全面依法治县办的指导下，凤凰山街道紧密围绕法治建设的总体要求，强化责任担当，创新思路举措。"
          "现将2024年凤凰山街道法治政府建设工作总结报告如下："), "year", (2024,)),
    (head("在县全面依法治县办的指导下，凤凰山街道紧密围绕法治建设的总体要求，强化责任担当，创新思路举措。"
          "现将有关情况报告如下："), "year", (None,)),
    # A city bureau's office in a district, named by the district's stem (深圳市生态环境局龙华管理局); an office
    # named by what it manages (市公安局交通管理局) is the city's.
    (head("深圳市生态环境局龙华管理局关于2024年度法治政府建设工作情况的报告"), "region", ("龙华区",)),
    (head("深圳市市场监督管理局龙岗监管局2024年法治政府建设年度报告"), "region", ("龙岗区",)),
    (head("深圳市公安局交通管理局2024年法治政府建设年度报告"), "region", ("深圳市",)),
    # 获评“全国文明镇”: a place inside an honour's name is not the report's own (文明镇 is also a town's name).
    (head("2020年法治政府建设工作报告", "2020年，我镇以习近平新时代中国特色社会主义思想为指导，" + OPENING
          + "2020年11月20日，我镇首次获评“全国文明镇”。"), "region", (None,)),
    (head("2020年法治政府建设工作报告", "2020年，我镇以习近平新时代中国特色社会主义思想为指导，" + OPENING
          + "2020年11月20日，我镇首次获评“全国文明镇”。文明镇党委、政府高度重视法治建设。"), "region", ("文明镇",)),
    # A body of a national system named after its province's stem (江苏海事局) is the issuer as written and
    # its province the region, also where the province's full name comes later and 在…领导下 opens the
    # sentence (where any word may open the verb); 国家矿山安全监察局湖南局 is the national body's office in
    # 湖南; 民航局 is a national body.
    (head("江苏海事局2024年法治政府部门建设报告",
          "2024年，在交通运输部的正确领导下，江苏海事局认真贯彻落实法治政府建设实施纲要，" + OPENING,
          "配合起草《江苏省水上交通安全条例》。"), "issuer", ("江苏海事局",)),
    (head("江苏海事局2024年法治政府部门建设报告",
          "2024年，在交通运输部的正确领导下，江苏海事局认真贯彻落实法治政府建设实施纲要，" + OPENING,
          "配合起草《江苏省水上交通安全条例》。"), "region", ("江苏省",)),
    (head("2020年福建海事局法治政府部门建设报告", "2020年，福建海事局认真贯彻落实法治政府建设实施纲要，" + OPENING),
     "region", ("福建省",)),
    (head("国家矿山安全监察局湖南局2021年度贯彻落实法治政府建设实施纲要情况年报"), "issuer",
     ("国家矿山安全监察局湖南局",)),
    (head("国家矿山安全监察局湖南局2021年度贯彻落实法治政府建设实施纲要情况年报"), "region", ("湖南省",)),
    (head("2020年民航局法治政府建设工作情况", "2020年，民航局坚持以习近平法治思想为指导，" + OPENING), "issuer", ("民航局",)),
    # …while a province named by its stem alone as the subject still speaks for its government.
    (head("2024年，在党中央的坚强领导下，江苏坚持以习近平法治思想为指导，" + OPENING, "江苏省人民政府办公厅印发通知。"),
     "issuer", ("江苏省人民政府",)),
    # A zone inside a zone, managed by its own committee, is the region; the zone's own committee named
    # by its task is the zone's.
    (head("青禾市临川新区柳湾新城管理委员会关于2023年度法治政府建设情况的报告"), "region", ("青禾市临川新区柳湾新城",)),
    (head("青禾市临川新区开发建设管理委员会关于2023年度法治政府建设情况的报告"), "region", ("青禾市临川新区",)),
    # A page's title bar (the site, its column) before a title headed by its place alone is no part of the
    # issuer; a joint title's bodies all stay.
    (head("绵阳市人民政府 通知公告 绵阳市2023年法治政府建设情况报告"), "issuer", ("绵阳市人民政府",)),
    (head("中共绵阳市委 绵阳市人民政府 2023年法治建设情况报告"), "issuer", ("中共绵阳市委 绵阳市人民政府",)),
    # The body under an untitled report's title, in a page's bulleted fields, before who posted the page.
    (head("当前位置：首页/政务公开\n• 发布机构：示例州司法局\n2023年度法治政府建设情况的报告\n• 示例州人民政府\n"
          "• 发布时间：2024年03月01日"), "issuer", ("示例州人民政府",)),
    # A date closing the title line after the site's name, a clock and the page's chrome, below a few
    # short chrome lines.
    # (The short lines of such a head are read as one: the title's line runs on into the page's.)
    (head("头部\nico\nico\n示例市东城街道工作委员会 示例市东城街道办事处关于2023年度法治政府建设情况的报告\n"
          "中国示例政府门户网站      2024-01-31 17:20:32  来源: 本网\n【字体:"), "publish_date", ("2024-01-31",)),
    (head("示例街道2024年度法治政府建设情况报告\n示例街道 2024年工作要点 2025-02-14 18:30"), "publish_date", (None,)),
    # An untitled report's opening names the city above it among the levels whose decisions it carries
    # out (中央、省和潍坊市关于…): the place of its own level named after them is its own; named alone,
    # the city still is.
    (head("2020年，市政府深入学习贯彻习近平法治思想，全面落实中央、省和潍坊市关于法治政府建设的各项决策部署，"
          "推动法治政府建设再上新水平。青州市入选第二批“山东省法治政府建设示范县（市、区）”名单。现报告如下。"),
     "region", ("青州市",)),
    (head("2020年，市政府深入学习贯彻习近平法治思想，全面落实中央、省和潍坊市关于法治政府建设的各项决策部署，"
          "推动法治政府建设再上新水平。现报告如下。"), "region", ("潍坊市",)),
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


def test_a_body_and_another_place_run_together_are_no_place_of_their_own():
    """常德市武陵区人民政府 鼎城区2018年度…: no issuer “…人民政府鼎城区人民政府” built from a “place” holding 人民政府."""
    issuer = extract_metadata(head("常德市武陵区人民政府 鼎城区2018年度法治政府建设工作情况报告")).issuer
    assert issuer is None or "政府鼎城区" not in issuer
    assert extract_metadata(head("常德市鼎城区2018年度法治政府建设工作情况报告")).issuer == "常德市鼎城区人民政府"


def test_a_party_committee_named_with_its_bureau_is_not_cut_into_a_bureau_name():
    """区城市管理局委员会、区城市管理局坚持…: the committee's name goes on past 委 (委员会); no “区城市管理局委”."""
    document = head("2025年，在区委、区政府的坚强领导下，区城市管理局委员会、区城市管理局坚持以习近平新时代中国特色社会主义思想为指导，"
                    "深入学习贯彻习近平法治思想。")
    assert extract_metadata(document).issuer in (None, "区城市管理局")
    led = head("2025年，在区委、区政府的坚强领导下，区城市管理局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。")
    assert extract_metadata(led).issuer == "区城市管理局"


@pytest.mark.parametrize(("document", "field", "expected"), _with_ids(STYLE_ROWS))
def test_metadata_in_the_styles_reports_use(document, field, expected):
    assert getattr(extract_metadata(document), field) == expected


def test_metadata_is_empty_for_text_without_any_head():
    metadata = extract_metadata(Document(path="空.txt", text="这是一段没有标题和落款的文字。", format="txt"))
    assert (metadata.year, metadata.publish_date, metadata.title) == (None, None, None)


def test_metadata_to_json_has_the_contract_keys():
    assert set(extract_metadata(COUNTY).to_json()) == {"region", "year", "issuer", "publish_date", "title"}


def test_an_own_level_word_is_not_read_as_a_place():
    """全州 in a county's report is the prefecture's total, not the county 全州县."""
    from lawgov_desktop.core.extract.region import region_in_head

    text = "2024年，全县坚持依法行政。全县各部门认真履职，全县法治建设考核位列全州前列。\n" * 3
    assert region_in_head(text) is None


def test_a_quoted_title_is_looked_for_only_where_a_body_name_can_reach_its_about(monkeypatch):
    """The look-ahead for 关于 before the next 。，, holds while a body's name cannot hold those marks;
    a bureau's word list that puts one in a name turns it off."""
    from lawgov_desktop.core.extract import metadata, metadata_language

    guarded = metadata._embedded_title()
    assert guarded.pattern.startswith("(?=[^。，,]*?关于)")
    assert guarded.search("编撰并公示示例县司法局关于2024年法治政府建设情况的报告，全文如下")
    monkeypatch.setattr(metadata_language, "organisation", lambda: "(?:示例，县政府)")
    unguarded = metadata._embedded_title()
    assert not unguarded.pattern.startswith("(?=")
    assert unguarded.search("示例，县政府关于2024年度法治政府建设情况的报告").group(1).startswith("示例，县政府")


def test_a_body_name_is_tried_only_where_one_of_its_tails_can_follow(monkeypatch):
    """Every body's name ends in a government or department tail and holds no 。，, : the name's
    pattern looks ahead for a tail's first character first, unless the word lists hide them."""
    from lawgov_desktop.core.extract import metadata_language

    pattern = metadata_language.organisation_pattern()
    assert pattern.pattern.startswith("(?=[^。，,]*?[")
    assert pattern.search("经研究，示例县司法局印发").group(1) == "示例县司法局"
    assert pattern.search("经研究，示例县印发通知") is None
    listed = metadata_language.alternation
    monkeypatch.setattr(metadata_language, "alternation",
                        lambda key: "(?:.?局)" if key == "department_tails" else listed(key))
    assert metadata_language._tail_ahead(metadata_language.organisation()) == ""


@pytest.mark.parametrize(("issuer", "signs_as"), [
    ("示例市综合行政执法局（示例市城市管理局）", "示例市综合行政执法局"),
    ("示例县卫生健康局(示例县中医药管理局)", "示例县卫生健康局"),
    # brackets that hold no second body's name stay
    ("示例县人民政府（办公室）", "示例县人民政府（办公室）"),
    ("示例县人民政府", "示例县人民政府"),
])
def test_a_body_with_two_names_signs_with_the_first(issuer, signs_as):
    from lawgov_desktop.core.extract.issuer import without_second_name

    assert without_second_name(issuer) == signs_as

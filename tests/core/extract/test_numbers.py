"""The number parser: what a figure in a report means.

Rows are invented sentences.  Each row names the phrase the mention must cover (on
the normalized text), its value, and its qualifiers.  Properties check that any
integer written in Arabic digits (with or without thousands separators) or in
Chinese numerals reads back as itself.
"""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_desktop.core.numbers import NumberMention, find_numbers, parse_chinese_number
from lawgov_desktop.core.normalize import normalize


def mentions(sentence: str) -> list[tuple[str, NumberMention]]:
    text = normalize(sentence).text
    return [(text[m.start:m.end], m) for m in find_numbers(text)]


def only_mention(sentence: str) -> NumberMention:
    found = mentions(sentence)
    assert len(found) == 1, f"expected one number in {sentence!r}, got {[p for p, _ in found]}"
    return found[0][1]


# sentence, value, approx, percent, unit
QUANTITIES = [
    # Arabic with separators and decimals
    ("全年共受理群众来信12,345件。", 12345, False, False, "件"),
    ("办结各类申请1,234,567件。", 1234567, False, False, "件"),
    ("政务服务网上可办率达98.75%。", 98.75, False, True, "%"),
    ("全县共办理行政复议案件１２件。", 12, False, False, "件"),  # full width
    ("受理事项３，１６８件。", 3168, False, False, "件"),  # full-width comma
    # 万/亿 multipliers
    ("累计培训群众3.2万余人次。", 32000, True, False, "人次"),
    ("全年政务服务办件21.6万件。", 216000, False, False, "件"),
    # a duration counts months, not things: 12个月 is no 个
    ("连续12个月位居全市前三。", 12, False, False, "个月"),
    ("发放宣传资料1.5万份。", 15000, False, False, "份"),
    ("网站访问量达2亿次。", 200_000_000, False, False, "次"),
    # approximate qualifiers before and after
    ("化解矛盾纠纷1200余件。", 1200, True, False, "件"),
    ("开展普法活动460多场。", 460, True, False, "场"),
    ("参训干部近500人。", 500, True, False, "人"),
    ("受众约300人次。", 300, True, False, "人次"),
    ("调处纠纷超1000件。", 1000, True, False, "件"),
    ("服务群众逾200人次。", 200, True, False, "人次"),
    ("开展讲座三十余场。", 30, True, False, "场"),
    ("培训执法骨干一千一百余人次。", 1100, True, False, "人次"),  # 干 ends 骨干, it is no 若干
    ("覆盖群众5000人左右。", 5000, True, False, "人"),
    # totals are exact, not approximate
    ("共计办理286件。", 286, False, False, "件"),
    ("累计审查文件58件。", 58, False, False, "件"),
    ("持证上岗率达到100%。", 100, False, True, "%"),
    # percentages in every spelling
    ("群众满意率95%。", 95, False, True, "%"),
    ("考试合格率百分之九十八点六。", 98.6, False, True, "%"),
    ("群众满意率９５％。", 95, False, True, "%"),
    ("办结率百分之百。", 100, False, True, "%"),
    ("办结率百分之12.5。", 12.5, False, True, "%"),
    # Chinese numerals
    ("召开常务会议十二次。", 12, False, False, "次"),
    ("审核文件两千三百件。", 2300, False, False, "件"),
    ("受理申请一百零五件。", 105, False, False, "件"),
    ("召开专题会议两次。", 2, False, False, "次"),
    ("培训执法人员三万二千人次。", 32000, False, False, "人次"),
    ("开展讲座二十多场。", 20, True, False, "场"),
    ("受理申请一千二百余件。", 1200, True, False, "件"),
    ("受理事项３．２万件。", 32000, False, False, "件"),
    ("覆盖群众12.5万人次。", 125000, False, False, "人次"),
    ("开展活动多达300余场。", 300, True, False, "场"),
    ("开展活动不少于20场。", 20, True, False, "场"),
    ("满意率达99.50%。", 99.5, False, True, "%"),
    # A bare 百/千/万 with 余 or 近 is a figure (found as misses, fixed since).
    ("开展普法活动百余场。", 100, True, False, "场"),
    ("组织千余人参加。", 1000, True, False, "人"),
    ("受理群众诉求近万件。", 10000, True, False, "件"),
    # Chinese numerals with a decimal and a multiplier, or as a percentage
    ("培训一点二万人次。", 12000, False, False, "人次"),
    ("考试合格率九十八点六%。", 98.6, False, True, "%"),
    # the approximation word before the multiplier
    ("覆盖群众3余万人。", 30000, True, False, "人"),
    ("覆盖群众三十余万人次。", 300000, True, False, "人次"),
    # after 届, a count of people (a session's order is 十二届五次)
    ("市政府聘请新一届12名政府法律顾问。", 12, False, False, "名"),
    ("县委全面依法治县委员会召开三次会议。", 3, False, False, "次"),  # a count: the verb stands between
    ("热线全年接听群众来电4.6万通。", 46000, False, False, "通"),
    # 千 and 百 after Arabic digits multiply as 万 does (3千余人 was read as 3 and 千余人 = 1000)
    ("民族宗教界人士3千余人参与培训。", 3000, True, False, "人"),
    ("审查各类文件5百余件。", 500, True, False, "件"),
    ("培训群众1.2千人次。", 1200, False, False, "人次"),
    ("服务群众2千万人次。", 20_000_000, False, False, "人次"),
]


@pytest.mark.parametrize(("sentence", "value", "approx", "percent", "unit"), QUANTITIES)
def test_quantity(sentence, value, approx, percent, unit):
    mention = only_mention(sentence)
    assert mention.value == pytest.approx(value)
    assert (mention.approx, mention.percent, mention.unit) == (approx, percent, unit)
    assert not mention.change


@pytest.mark.parametrize(("text", "values"), [
    ("满意率较上年提升3百分点", [3]),  # a slip for 个百分点: 百 is no multiplier there
    ("投入经费3千元", [3]),  # money keeps 千元 as its unit word
    ("参训3千余人、5百余人次", [3000, 500]),
])
def test_thousand_and_hundred_after_digits(text, values):
    assert [m.value for m in find_numbers(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    ("1,人大代表建议,7,5,2,100%", [1, 7, 5, 2, 100]),  # a row of a table written with commas
    ("办结率分别为98,100%", [98, 100]),
    ("受理1,2345件", [1, 2345]),  # a group of four digits is no thousands group
    ("共1,358件", [1358]),
])
def test_a_comma_groups_thousands_only_before_three_digits_and_no_percent_sign(text, values):
    assert [m.value for m in find_numbers(text)] == values


def test_int_or_float_keeps_integers_integral():
    assert only_mention("办理12,345件。").int_or_float == 12345
    assert isinstance(only_mention("办理12,345件。").int_or_float, int)
    assert only_mention("满意率98.6%。").int_or_float == 98.6


def test_mention_span_covers_number_qualifiers_and_unit():
    text = normalize("全年化解纠纷近1200余件，").text
    (mention,) = find_numbers(text)
    assert text[mention.start:mention.end] == "近1200余件"
    assert text[mention.number_start:mention.number_end] == "1200"


# A difference from last year is not the quantity itself.
CHANGES = [
    ("受理案件同比增长12%。", 12, "%"),
    ("败诉率较上年下降3个百分点。", 3, "个百分点"),
    ("办件量较上年增加20件。", 20, "件"),
    ("满意率同比提高百分之五。", 5, "%"),
    ("复议案件比去年减少8件。", 8, "件"),
    ("纠错率下降两个百分点。", 2, "个百分点"),
]


@pytest.mark.parametrize(("sentence", "value", "unit"), CHANGES)
def test_change_is_flagged(sentence, value, unit):
    mention = only_mention(sentence)
    assert mention.change
    assert (mention.value, mention.unit) == (value, unit)


def test_quantity_beside_a_change_keeps_its_own_flag():
    found = mentions("受理复议案件58件，同比增长12%。")
    assert [(phrase, m.change) for phrase, m in found] == [("58件", False), ("12%", True)]


# Words and ordinals that look like numbers but are no count.
NOT_COUNTS = [
    "召开第二次会议。",
    "第3期培训班顺利举行。",
    "一是健全制度，二是强化监督。",
    "编制十四五规划。",
    "落实一把手责任。",
    "开展一次性告知。",
    "推出一批典型案例。",
    "开展法治讲座数十场。",  # several tens, not ten
    "邀请几百人参加。",
    "构建“三位一体”审查机制。",  # set phrases: a numeral and its measure word in a slogan
    "增强“四个意识”，做到“两个维护”。",
    "全面落实行政执法“三项制度”。",  # the three enforcement rules, by their name
    "县委十四届五次、六次、七次全会。",  # sessions by their order, and the list they open
    "传达学习中央全面依法治国委员会第一、二次会议精神。",  # 第 before the first item orders them all
    "在中央全面依法治国委员会第一次、第二次会议上的重要讲话精神。",  # where a speech was given
    "第4次、第9次厅长办公会安排部署学习。",  # meetings that decided something, not held here
    "召开第三次会议。",  # one meeting's name
    "组织召开区委全面依法治区委员会二次会议。",  # a body's meeting by its order, 第 left out
    "学习贯彻省十四次党代会精神和市六次全会精神。",  # a congress or plenum by its order, after any word
    "锚定“两个确保”，落实“四个亲自”主体责任。",  # any quoted numeral phrase is a name
]


def test_a_numeral_before_a_real_measure_is_still_a_count():
    """The set phrases are words after the measure (三位一体), not the measure itself (法律顾问三位)."""
    assert [(m.value, m.unit) for _, m in mentions("聘请法律顾问三位，设立三个窗口。")] == [(3, "位"), (3, "个")]
    assert [(m.value, m.unit) for _, m in mentions("修订三项制度，审查合同12件。")] == [(12, "件")]
    assert [(m.value, m.unit) for _, m in mentions("制定3项制度。")] == [(3, "项")]  # digits are a count
    assert [(m.value, m.unit) for _, m in mentions("第一季度、二季度召开会议3次。")] == [(3, "次")]
    # A quoted name holds a count only where the quote goes on (“法治讲堂”三期), and a numeral
    # opening the text is read as anywhere else.
    assert [(m.value, m.unit) for _, m in mentions("举办“法治讲堂”三期。")] == [(3, "期")]
    assert [(m.value, m.unit) for _, m in mentions("三场法治讲座。")] == [(3, "场")]


# Meetings listed by their order and held (召开, 举行, 主持) are that many meetings.
HELD_ORDINAL_LISTS = [
    ("召开第一、二、三次全体会议。", 3, "第一、二、三次"),
    ("县委主要领导主持召开县委全面依法治县委员会第十次、十一次会议。", 2, "第十次、十一次"),
    ("先后召开第六、七、八次全面依法治区委员会会议，研究行政复议体制改革。", 3, "第六、七、八次"),
    ("召开县委全面依法治县委员会第三、四次、第五次会议。", 3, "第三、四次、第五次"),
    ("举行第14次和第15次常务会议。", 2, "第14次和第15次"),
]


@pytest.mark.parametrize(("sentence", "value", "phrase"), HELD_ORDINAL_LISTS)
def test_held_meetings_listed_by_order_count(sentence, value, phrase):
    assert [(m.value, m.unit, found) for found, m in mentions(sentence)] == [(value, "次", phrase)]


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_no_count_in(sentence):
    assert mentions(sentence) == []


def test_hotline_number_is_not_glued_to_latin_letters():
    assert mentions("登录APP2024版办理。") == []
    (phrase, mention), = mentions("12345热线受理工单。")
    assert (phrase, mention.value, mention.unit) == ("12345", 12345, "")


RANGES = [
    ("每个部门配备2至3名法律顾问。", [2, 3]),
    ("每期培训10-15名学员。", [10, 15]),
    ("每村配备1~2名调解员。", [1, 2]),
]


@pytest.mark.parametrize(("sentence", "ends"), RANGES)
def test_range_ends_are_marked(sentence, ends):
    found = mentions(sentence)
    assert [m.value for _, m in found] == ends
    assert all(m.range_part for _, m in found)


@pytest.mark.parametrize("sentence", [
    "配备法律顾问3名。",
    "满意率由85%提升至97%。",  # 提升至: a level reached, not a range end
])
def test_single_number_is_not_a_range_part(sentence):
    assert not mentions(sentence)[-1][1].range_part


PARSE_CHINESE = [
    ("十二", 12),
    ("十", 10),
    ("两千三百", 2300),
    ("一百零五", 105),
    ("三万二千", 32000),
    ("一亿零五百万", 105_000_000),
    ("二〇二四", 2024),
    ("九十八点六", 98.6),
    ("零点五", 0.5),
]


@pytest.mark.parametrize(("numeral", "value"), PARSE_CHINESE)
def test_parse_chinese_number(numeral, value):
    assert parse_chinese_number(numeral) == pytest.approx(value)


@pytest.mark.parametrize("junk", ["", "点", "十二点", "法治", "3件"])
def test_parse_chinese_number_refuses_junk(junk):
    assert parse_chinese_number(junk) is None


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9), separators=st.booleans())
def test_any_arabic_integer_parses_back(n, separators):
    written = f"{n:,}" if separators else str(n)
    mention = only_mention(f"全年共办理案件{written}件。")
    assert mention.value == n
    assert mention.unit == "件"


@settings(max_examples=200, deadline=None)
@given(hundredths=st.integers(min_value=0, max_value=10_000), full_width=st.booleans())
def test_any_percentage_parses_back(hundredths, full_width):
    written = f"{hundredths / 100:.2f}".rstrip("0").rstrip(".") + "%"
    if full_width:
        written = written.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))
    mention = only_mention(f"群众满意率为{written}。")
    assert mention.percent and mention.unit == "%"
    assert mention.value == pytest.approx(hundredths / 100)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9))
def test_chinese_integer_round_trips(n):
    assert parse_chinese_number(cn2an.an2cn(n)) == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=2, max_value=10**8))  # a lone 一件 is a word (一件事), not a count
def test_chinese_integer_in_a_sentence_parses_back(n):
    mention = only_mention(f"全年共办理案件{cn2an.an2cn(n)}件。")
    assert mention.value == n


@pytest.mark.parametrize("sentence, value", [
    ("网站访问量达1.1亿人次。", 110_000_000), ("办件4.35亿次。", 435_000_000), ("发放资料0.07万份。", 700),
    ("合格率达98.75%。", 98.75), ("受理群众来信12,345件。", 12345),
])
def test_values_are_rounded_to_six_decimals_without_the_noise_of_the_multiplication(sentence, value):
    """1.1 × 10⁸ is 110000000.00000001 in floating point: the figure reads 110000000 exactly."""
    assert repr(only_mention(sentence).value) == repr(float(value))

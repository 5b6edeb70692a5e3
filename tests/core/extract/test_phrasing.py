"""The phrasing model: what it fills when the grammar leaves a cell empty, and what it never fills.

Sentences are ours, written in the style of phrasings the grammar has no rule for.  The first
table runs the shipped model (``resources/phrasing_model.json``): each row is empty without it
and filled with it.  The second puts the same phrasings where a figure is never the year's own
(another year, a plan, several years, a higher level), which must stay empty with the model too.
The rest use a model of a few hand-set weights, so that the rules of filling are tested apart
from any fit: a number another cell uses, the threshold, an indicator the model has no weights
for, a bureau's exclude word, alternatives, and the file's shape.
"""
from __future__ import annotations

import json
from functools import lru_cache

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import default_catalog, load_catalog
from lawgov_desktop.core.extract import extractor
from lawgov_desktop.core.extract import phrasing
from lawgov_desktop.core.extract.confidence import IDENTITY
from lawgov_desktop.core.extract.phrasing import (PhrasingModel, default_phrasing_model, indicator_features,
                                                  load_phrasing_model, number_features, number_grams, sentence_features,
                                                  sentence_pairs)
from lawgov_desktop.core.extract.context import build_context
from lawgov_desktop.core.pipeline import process_text
from lawgov_desktop.core.types import FOUND_BY_GRAMMAR, FOUND_BY_PHRASING, Document, Report

TITLE = "某某县人民政府关于2024年度法治政府建设情况的报告"
NO_PHRASING = PhrasingModel(weights={}, bias={}, threshold=1.0)


def _report(body: str, catalog=None) -> Report:
    return process_text(f"{TITLE}\n{body}\n", file="报告2024.txt", catalog=catalog)


@lru_cache(maxsize=None)
def _with_model(body: str) -> Report:
    return _report(body)


def _grammar_only(body: str, monkeypatch) -> Report:
    with monkeypatch.context() as patch:
        patch.setattr(extractor, "default_phrasing_model", lambda: NO_PHRASING)
        return _report(body)


READ_BY_THE_MODEL = [
    ("县政府常务会议组织学习4次。", "law_study_sessions", 4),
    ("面向机关干部和村（居）“两委”成员开展宪法、民法典等重点法律法规集中学习12次。", "law_study_sessions", 12),
    ("面向执法人员开展“以案释法”培训5场，覆盖120余人次。", "enforcement_training_persons", 120),
    ("举办有关习近平法治思想各类主体培训6期。", "cadre_training_sessions", 6),
    ("政府聘有律师顾问3人。", "legal_advisers", 3),
    ("全年召开委员会专题会议6次，将法治建设纳入全县发展规划。", "party_law_meetings", 6),
    ("动员党员干部积极参加普法考试，均100%通过。", "law_exam_pass_rate", 100),
    ("街道主要负责人主动出庭应诉1宗，安排干部旁听庭审。", "head_appearances", 1),
]


@pytest.mark.parametrize("body, indicator, expected", READ_BY_THE_MODEL)
def test_the_model_fills_what_the_grammar_leaves_empty(body, indicator, expected, monkeypatch):
    assert _grammar_only(body, monkeypatch).indicator(indicator).value is None, "the grammar reads this now: pick another"
    value = _with_model(body).indicator(indicator)
    assert value.value == expected, f"{indicator}: got {value.value}"
    assert 0.5 <= value.confidence < 1.0  # the model's probability: a value to check
    assert value.evidence is not None and str(expected)[:2] in value.evidence.text.replace("万", "0000")


def test_each_value_says_which_reader_found_it():
    body, indicator, _ = READ_BY_THE_MODEL[0]
    report = _with_model(body + "全年办理行政复议案件12件。")
    assert report.indicator(indicator).found_by == FOUND_BY_PHRASING
    assert report.indicator("reconsideration_cases").value == 12
    assert report.indicator("reconsideration_cases").found_by == FOUND_BY_GRAMMAR


NEVER_THE_YEARS_OWN = [
    # each is a row of the table above, moved where the figure is not the year's own
    ("2023年举办有关习近平法治思想各类主体培训6期。", "cadre_training_sessions"),
    ("下一步，计划举办有关习近平法治思想各类主体培训6期。", "cadre_training_sessions"),
    ("全市举办有关习近平法治思想各类主体培训6期。", "cadre_training_sessions"),
    ("2020年以来共办理各项业务29万余件。", "service_cases_handled"),
    ("三年来相关精神传达、法律法规等学习14次。", "law_study_sessions"),
]


@pytest.mark.parametrize("body, indicator", NEVER_THE_YEARS_OWN)
def test_the_model_never_fills_another_years_or_levels_figure(body, indicator):
    assert _with_model(body).indicator(indicator).value is None


# Figures the grammar reads as none of the indicator's are none for the model either (each filled by
# it before the rule: the measure counts bodies; the share is of the satisfied, not of those done).
NOT_WHAT_IT_COUNTS = [
    ("构建县、乡两级行政执法协调监督工作体系，县司法局开展行政执法监督检查3轮次，随机抽查行政执法单位18个，"
     "下发《行政执法监督意见书》7份、《行政执法监督通知书》2份，督促纠正执法不规范问题41个。", "case_file_reviews"),
    ("全年承办县人大代表建议38件、县政协委员提案61件，由县政府督查室全程跟踪督办，代表委员对办理结果满意和基本满意的占97%。",
     "proposal_completion_rate"),
    # Inspection results published under 双随机、一公开 are no government information published (an exclude word).
    ("深入推进劳动保障监察“双随机、一公开”，在区政府门户网站公示执法检查结果68条。", "info_disclosed_proactively"),
    # Certified practitioners of an industry (持证从业人员) are no enforcement staff.
    ("孵化器正式投入运营，通过专业化队伍建设与企业招引培育，累计培育持证从业人员8名，签约入驻企业6家。",
     "enforcement_staff_certified"),
]


@pytest.mark.parametrize("body, indicator", NOT_WHAT_IT_COUNTS)
def test_the_model_fills_no_figure_of_another_kind(body, indicator):
    assert _with_model(body).indicator(indicator).value is None


def test_the_model_gives_no_rate_a_percentage_named_by_another_rate():
    """…备案审查率100% is the filing rate's, not the share of heads in court: a percentage right after
    the name of a rate goes to no other rate (the model filled 出庭应诉率 with it where the filing rate's
    cell took the same figure from the data card above)."""
    card = "🔺政府常务会议研究法治议题\n6次\n\n🔺规范性文件报备\n5件　备案审查率100%\n\n报告全文如下：\n"
    paragraph = ("一、完善依法行政制度体系\n全年县政府及县政府办公室制定出台行政规范性文件5件，均在规定时限内报送市政府和"
                 "县人大常委会备案，备案审查率100%；审查乡镇和县直部门报备的规范性文件，督促纠正程序不规范问题3个。\n")
    report = process_text(f"松川县人民政府关于2023年度法治政府建设情况的报告\n{card}{paragraph}", file="报告2023.txt")
    assert report.indicator("head_appearance_rate").value is None
    assert report.indicator("filing_review_rate").value == 100
    named = process_text("松川县人民政府关于2023年度法治政府建设情况的报告\n全年县政府负责人出庭应诉18件，行政机关负责人出庭"
                         "应诉率100%。\n", file="报告2023.txt")
    assert named.indicator("head_appearance_rate").value == 100


def test_the_model_fills_no_cell_with_a_part_in_the_bracket_of_a_taken_figure():
    """审核规范性文件21件(含…3件): the bracket right after a figure tells what it holds, so the 3 is the
    cell's that took the 21 (the model filled 合法性审查 with it); a figure standing on its own stays free."""
    title = "青禾市民政局2021年度法治政府建设报告"
    part = process_text(f"{title}\n市民政局坚持依法制定规范性文件，严格制发程序，全面落实合法性审核机制，2021年审核制定规范性"
                        "文件21件（含市政府办公厅发文3件）。\n", file="报告2021.txt")
    assert part.indicator("normative_docs_reviewed").value == 21
    assert part.indicator("legality_reviews").value is None
    alone = process_text(f"{title}\n全面落实合法性审核机制，审核制定规范性文件21件。另对重大合同开展合法性审核3件。\n",
                         file="报告2021.txt")
    assert alone.indicator("legality_reviews").value == 3


def test_the_model_fills_no_group_of_other_bodies_figure_in_a_departments_report():
    """各区生态环境局共查处…1024件 in a 生态环境局's report is the districts' bureaus' work: the grammar leaves
    it, and so does the model (it filled the cell before the rule); the department's system is its own."""
    title = "津湾市生态环境局2023年度法治政府建设情况报告"
    others = process_text(f"{title}\n各区生态环境局共查处环境违法案件1,024件，罚没款合计9,870余万元，较2022年下降6.2%。\n")
    assert others.indicator("admin_penalty_cases").value is None
    system = process_text(f"{title}\n全市生态环境系统共查处环境违法案件1,024件。\n")
    assert system.indicator("admin_penalty_cases").value == 1024


def test_a_bureaus_exclude_word_holds_for_the_model_too(tmp_path):
    body = "举办有关习近平法治思想各类主体培训6期。"
    assert _with_model(body).indicator("cadre_training_sessions").value == 6
    own = tmp_path / "我的指标.json"
    own.write_text(json.dumps({"indicators": [{"id": "cadre_training_sessions", "exclude": ["主体培训"]}]},
                              ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog(user_file=own)
    assert _report(body, catalog).indicator("cadre_training_sessions").value is None


# A model of hand-set weights: 学习 before the number makes it a law study session.
STUDY = PhrasingModel(weights={"C:学习": {"law_study_sessions": 4.0}}, bias={"law_study_sessions": -2.0},
                      threshold=0.6)


def _extract(body: str, model: PhrasingModel, catalog=None):
    catalog = catalog or default_catalog()
    document = Document(path="报告2024.txt", text=f"{TITLE}\n{body}\n", format="txt")
    # The model's probabilities as they are (the curve of the shown confidence is tested on its own).
    values = extractor.extract_indicators(document, catalog, report_year=2024, region="某某县", phrasing=model,
                                          confidence=IDENTITY)
    return {v.id: v for v in values}


def test_a_weight_over_the_threshold_fills_and_one_under_it_does_not():
    body = "镇机关干部组织学习9次。"
    filled = _extract(body, STUDY)["law_study_sessions"]
    assert filled.value == 9 and filled.confidence == pytest.approx(0.881, abs=0.001)  # sigmoid(4 - 2)
    weak = PhrasingModel(weights=STUDY.weights, bias={"law_study_sessions": -3.8}, threshold=0.6)
    assert _extract(body, weak)["law_study_sessions"].value is None  # sigmoid(0.2) = 0.55


def test_a_number_another_cell_uses_is_not_taken_again():
    greedy = PhrasingModel(weights={"C:受理": {"legal_aid_cases": 5.0}}, bias={"legal_aid_cases": 0.0}, threshold=0.6)
    taken = "全县行政复议机关受理行政复议案件64件。"  # the grammar's reconsideration_cases
    assert _extract(taken, greedy)["reconsideration_cases"].value == 64
    assert _extract(taken, greedy)["legal_aid_cases"].value is None
    free = "全年受理各类案件64件。"  # the same weight on a number no cell uses
    assert _extract(free, NO_PHRASING)["legal_aid_cases"].value is None
    assert _extract(free, greedy)["legal_aid_cases"].value == 64


def test_an_indicator_without_weights_is_left_to_the_grammar():
    # A bureau's own indicator, or one the fit never saw a value of, has no bias in the model.
    body = "镇机关干部组织学习9次。"
    values = _extract(body, STUDY)
    assert values["law_study_sessions"].value == 9  # the weights it has are used …
    assert not STUDY.covers("gov_meetings") and values["gov_meetings"].value is None  # … none are made up


def test_the_next_values_above_half_the_threshold_are_alternatives():
    body = "镇机关干部组织学习9次，集中学习4次，其他2次。"
    value = _extract(body, STUDY)["law_study_sessions"]
    assert value.value == 9  # the same probability: the earlier number first
    assert [a.value for a in value.alternatives] == [4]  # 其他2次 (0.12: no 学习 before it) is none


def test_features_read_digits_as_zero_and_stop_at_the_clause():
    text = f"{TITLE}\n全年共办理，2024年受理复议案件12件，审结10件。\n"
    ctx = build_context(Document(path="r.txt", text=text, format="txt"), default_catalog())
    mention = next(m for m in ctx.mentions if m.value == 12)
    features = number_features(ctx.text, mention, ctx.sentence_of[mention.start])
    assert {"U:件", "C:案件", "C1:案件", "C:0年受", "R1:"} <= features
    assert "C:办理" not in features  # the clause before the comma is not the number's clause
    assert not {"R:审结", "R:0件"} & features  # nor the clause after the comma


def test_the_weights_looked_up_per_feature_family_sum_as_the_fit_wrote_them():
    """The model looks up C:, R: and S: n-grams in a table per family, without their mark: the sum
    must be that of the fitted weights of ``number_features`` and ``sentence_features``."""
    model = default_phrasing_model()
    catalog = default_catalog()
    tables, _ = model.indexed(catalog)
    text = f"{TITLE}\n全年组织开展会前学法12次，举办法治讲座3场，受理行政复议案件约20件，办结率98.5%。\n"
    ctx = build_context(Document(path="r.txt", text=text, format="txt"), catalog)
    compared = 0
    for mention in ctx.mentions:
        sentence = ctx.sentence_of[mention.start]
        names = number_features(ctx.text, mention, sentence) | sentence_features(ctx.text, sentence)
        grams = number_grams(ctx.text, mention, sentence)
        for index, spec in enumerate(catalog.indicators):
            by_name = sum(model.weights.get(name, {}).get(spec.id, 0.0) for name in names)
            by_family = phrasing._number_weight(tables[index], grams) \
                + phrasing._weight(tables[index].sentence, sentence_pairs(ctx.text, sentence))
            assert by_family == pytest.approx(by_name, abs=1e-9), (mention, spec.id)
            compared += by_name != 0.0
    assert compared > 20  # the sentence holds n-grams the shipped model weighs

# Where the indicator's own words stand around its number (K:): in the number's clause, earlier
# in the sentence, within ten characters after it, further on, or nowhere in the sentence.
OWN_WORDS_AROUND_THE_NUMBER = [
    ("全年办理行政复议案件12件。", ["K:clause"]),
    ("深化行政复议体制改革，全年共办结12件。", ["K:before"]),
    ("12件行政复议案件全部依法办结。", ["K:right"]),
    ("全年共办结12件，依法维护了群众合法权益，均为行政复议案件。", ["K:after"]),
    ("行政复议体制改革后，受理12件，均为行政复议案件。", ["K:before", "K:right"]),
    ("全年共办结各类案件12件。", ["K:none"]),
]


def _features_of_twelve(body: str, grammar_probability: float | None) -> list[str]:
    catalog = default_catalog()
    ctx = build_context(Document(path="r.txt", text=f"{TITLE}\n{body}\n", format="txt"), catalog)
    index = [spec.id for spec in catalog.indicators].index("reconsideration_cases")
    mention = next(m for m in ctx.mentions if m.value == 12)
    return indicator_features(ctx, index, mention, ctx.sentence_of[mention.start], grammar_probability)


@pytest.mark.parametrize("body, expected", OWN_WORDS_AROUND_THE_NUMBER)
def test_the_model_reads_where_the_indicators_own_words_stand(body, expected):
    assert _features_of_twelve(body, None) == expected


@pytest.mark.parametrize("probability, expected", [
    (None, []), (0.05, ["G:linked", "G:p0"]), (0.45, ["G:linked", "G:p2"]), (0.93, ["G:linked", "G:p4"]),
    (1.0, ["G:linked", "G:p4"])])
def test_the_model_reads_how_sure_the_grammar_was_of_the_number(probability, expected):
    assert _features_of_twelve("全年办理行政复议案件12件。", probability)[1:] == expected


def test_the_grammars_reading_reaches_the_model_in_the_extractor():
    # A model that fills only what the grammar linked and was unsure of: the extractor must pass
    # the grammar's probabilities on, or nothing is filled.
    unsure = PhrasingModel(weights={"G:p0": {"reconsideration_cases": 9.0}, "G:p1": {"reconsideration_cases": 9.0},
                                    "G:p2": {"reconsideration_cases": 9.0}},
                           bias={"reconsideration_cases": -5.0}, threshold=0.6)
    body = "畅通行政复议渠道，化解行政争议，办结12件。"
    catalog = default_catalog()
    ctx = build_context(Document(path="r.txt", text=f"{TITLE}\n{body}\n", format="txt"), catalog)
    ranked = extractor.rank_links(extractor.collect_links(ctx, catalog), extractor.default_scorer())
    index = [spec.id for spec in catalog.indicators].index("reconsideration_cases")
    best = ranked[index][0]
    assert best.link.mention.value == 12 and best.probability < 0.6, "the grammar fills this now: pick another"
    assert _extract(body, unsure)["reconsideration_cases"].value == 12


def test_the_shipped_model_loads_and_says_what_it_was_fitted_on():
    data = json.loads(paths.resource("phrasing_model.json").read_text(encoding="utf-8"))
    assert "validation split" in data["fitted_on"]["excluded"]
    model = load_phrasing_model()
    assert 0.0 < model.threshold < 1.0
    ids = {spec.id for spec in default_catalog().indicators}
    assert set(model.bias) <= ids and len(model.bias) == len(ids)
    assert all(set(per) <= ids for per in model.weights.values())
    assert default_phrasing_model().threshold == model.threshold


def test_one_number_fills_one_cell_the_surest_claim_first():
    both = PhrasingModel(weights={"C:受理": {"legal_aid_cases": 4.0, "litigation_cases": 3.0},
                                  "C:办结": {"litigation_cases": 0.5}},
                         bias={"legal_aid_cases": -2.0, "litigation_cases": -2.0}, threshold=0.6)
    one = _extract("全年受理各类案件64件。", both)
    assert (one["legal_aid_cases"].value, one["litigation_cases"].value) == (64, None)  # 0.88 against 0.73
    assert one["legal_aid_cases"].alternatives == ()
    alone = PhrasingModel(weights={"C:受理": {"litigation_cases": 3.0}}, bias={"litigation_cases": -2.0},
                          threshold=0.6)
    assert _extract("全年受理各类案件64件。", alone)["litigation_cases"].value == 64  # its claim, unopposed
    two = _extract("全年受理各类案件64件，办结各类案件58件。", both)
    assert (two["legal_aid_cases"].value, two["litigation_cases"].value) == (64, None)  # 58: 0.18, under 0.6


# The features as first written: the spans cut, the digits read as 0 by the regular expression,
# and the n-grams built by ``map``.  ``number_grams`` and ``sentence_pairs`` find the clauses and
# zero the digits in place (for speed): they must give the same strings, added to their sets in
# the same order (a set iterates in that order, and the weights are summed in it).
def _plain_number_grams(text, mention, sentence):
    import re
    from operator import add

    def grams(chars):
        pairs = list(map(add, chars, chars[1:]))
        return {*chars, *pairs, *map(add, pairs, chars[2:])}

    left = re.sub("[0-9]", "0", text[max(sentence.start, mention.start - 16):mention.start])
    right = re.sub("[0-9]", "0", text[mention.end:min(sentence.end, mention.end + 10)])
    clause = left[max(map(left.rfind, "，,；;。：:、")) + 1:]
    after = right[:min((i for i in (right.find(c) for c in "，,；;。：:、") if i != -1), default=len(right))]
    other = ["U:" + ("%" if mention.percent else mention.unit), "C1:" + clause[-2:], "R1:" + after[:2]]
    if mention.approx:
        other.append("approx")
    if not clause:
        other.append("clause_empty")
    return grams(clause), grams(after), other


def _plain_sentence_pairs(text, sentence):
    import re
    from operator import add

    words = re.sub("[0-9]", "0", text[sentence.start:sentence.end])
    return set(map(add, words, words[1:]))


PLAIN_READINGS = [
    "全年共办理，2024年受理复议案件12件，审结10件。",
    "12件行政复议案件全部依法办结。",
    "受理案件123件:办结98.5%；其中2023年结转7件、新收116件。",
    "组织学法12次，培训3场,覆盖120余人次;考试通过率100%",
    "开展执法检查约30次。2024年12月31日前完成全部45项整改，整改率达到100%。",
    "全县共有法律顾问3人",
]


@pytest.mark.parametrize("body", PLAIN_READINGS)
def test_the_features_read_in_place_are_those_of_the_plain_reading(body):
    ctx = build_context(Document(path="r.txt", text=f"{TITLE}\n{body}", format="txt"), default_catalog())
    compared = 0
    for mention in ctx.mentions:
        sentence = ctx.sentence_of.get(mention.start)
        if sentence is None:
            continue
        before, after, other = _plain_number_grams(ctx.text, mention, sentence)
        grams = number_grams(ctx.text, mention, sentence)
        assert (list(grams.before), list(grams.after), grams.other) == (list(before), list(after), other)
        assert (grams.before_order, grams.after_order) == (tuple(before), tuple(after))
        assert list(sentence_pairs(ctx.text, sentence)) == list(_plain_sentence_pairs(ctx.text, sentence))
        compared += 1
    assert compared >= 2


def test_the_clause_marks_compared_as_code_points_are_the_clause_marks():
    marks = [c for c in map(chr, range(0x10000)) if phrasing._is_clause_mark(ord(c))]
    assert sorted(marks) == sorted(phrasing._CLAUSE_MARKS)


def test_the_weight_in_the_sets_order_is_the_weight():
    """``_weight_in_order`` reads the set through a tuple of its items in its own order; the sum runs
    in that order, whichever of the set and the table is the smaller."""
    table = {"甲": 0.1, "乙": 0.2, "丙": 0.3, "丁": 1e-17}
    for features in ({"甲", "乙", "丙", "戊"}, {"甲", "乙", "丙", "丁", "戊", "己"}, set()):
        expected = 0.0
        for name in (features if len(features) <= len(table) else table):
            if name in table and name in features:
                expected += table[name]
        assert phrasing._weight(table, features) == expected
        assert phrasing._weight_in_order(table, features, tuple(features)) == expected


def test_whether_a_number_is_free_is_asked_once_per_number():
    """``free`` is asked once per mention, though indicators of the same units share their lists of
    mentions; a number it holds taken is read for no indicator."""
    catalog = default_catalog()
    # The numbers under a plan heading are free but no indicator may take them: each is met again
    # for every indicator of its units.
    body = "全年办理行政复议案件12件，审结10件。\n三、2025年工作计划\n计划组织学法4次，培训3场，办理案件20件。"
    ctx = build_context(Document(path="r.txt", text=f"{TITLE}\n{body}\n", format="txt"), catalog)
    asked = []

    def free(mention):
        asked.append(mention)
        return mention.value != 12

    wanted = list(range(len(catalog.indicators)))
    found = phrasing.probabilities(ctx, catalog, default_phrasing_model(), wanted, 0.0, free)
    assert asked and len({id(m) for m in asked}) == len(asked)
    values = {item[1].value for scored in found.values() for item in scored}
    assert 10 in values and 12 not in values


# A model that would fill the indicator with any number it accepts: what stays empty is the catalog's doing.
EAGER = PhrasingModel(weights={}, bias={"legal_advisers": 6.0, "publicity_events": 6.0,
                                        "cadre_training_persons": 6.0, "legality_reviews": 6.0}, threshold=0.6)
CATALOG_LIMITS_ON_THE_MODEL = [
    # 法律明白人 are villagers trained in law, not legal advisers.
    ("推行法治队伍培育工程，培养了64名“法律明白人”。", "legal_advisers", None),
    ("推行法治队伍培育工程，县政府聘请64名律师担任法律顾问。", "legal_advisers", 64),
    # A team formed to spread a plenum's spirit gives no legal publicity.
    ("组建学习贯彻党的二十届三中全会精神宣讲团，广泛深入基层开展宣讲活动1600余场次，推进法治社会建设。",
     "publicity_events", None),
    ("组建“八五”普法讲师团，广泛深入基层开展宣讲活动1600余场次，推进法治社会建设。", "publicity_events", 1600),
    # Grass-roots party members are not cadres.
    ("对280万名基层党员进行法治培训。", "cadre_training_persons", None),
    ("对280名党员干部进行法治培训。", "cadre_training_persons", 280),
    # The items of a list of powers and duties published are no legality reviews.
    ("严格落实政府权责清单制度，依法审核并公布县级36个部门5300项权责清单。", "legality_reviews", None),
    ("严格落实合法性审查制度，依法审核县政府文件5300项。", "legality_reviews", 5300),
    # A 法治讲堂 for the staff is their study, no publicity; one taken to the communities (进社区) is.
    ("创新开设“法治讲堂”12期，邀请法律专家结合工作实际宣讲政策法规。", "publicity_events", None),
    ("创新开设“法治讲堂进社区”12期，邀请法律专家为居民宣讲政策法规。", "publicity_events", 12),
    # A plenum's spirit spread in talks (全会精神宣讲) and a screen's showings are no legal publicity.
    ("开展党的二十届三中全会精神宣讲14场次，推动法治建设。", "publicity_events", None),
    ("落实“谁执法谁普法”，印发宣传资料8000余份，利用LED屏宣传4000余次。", "publicity_events", None),
    ("落实“谁执法谁普法”，开展法治宣讲14场次。", "publicity_events", 14),
    # Talks on party theory (理论宣讲) in a sentence that names no law are no legal publicity.
    ("二、加强法治宣传教育\n组织“班子成员+科室骨干”开展5场“进社区”理论宣讲活动，邀请区委宣讲团开展理论宣讲。",
     "publicity_events", None),
    ("依托“小院讲堂”开展法治理论宣讲40余次，组织村、社区群众开展交流研讨。", "publicity_events", 40),
    ("二、加强法治宣传教育\n加强理论宣传阐释，组织深入基层开展4386场宣讲，推动总书记重要讲话精神走深走实。",
     "publicity_events", None),
]


@pytest.mark.parametrize("body, indicator, expected", CATALOG_LIMITS_ON_THE_MODEL)
def test_the_catalogs_limits_hold_for_the_models_fills(body, indicator, expected):
    assert _extract(body, EAGER)[indicator].value == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("市委常委会7次专题听取法治工作情况，市委法治委先后3次召开会议，各协调小组先后召开4次会议，"
     "部署推进法治政府建设示范创建。", None),
    ("市政府先后3次召开常务会议，部署推进法治政府建设示范创建。", 3),
])
def test_the_party_committees_rule_of_law_bodies_hold_no_government_meeting(body, expected):
    """The party committee's rule-of-law committee (市委法治委) and its coordination groups (协调小组) are
    excluded from the government's meetings, for the model's fills as for the grammar's."""
    report = process_text(f"青禾市人民政府关于2024年度法治政府建设情况的报告\n{body}\n", file="报告.txt")
    assert report.indicator("gov_meetings").value == expected

"""The indicator catalog as data: a bureau adds an indicator without touching Python.

The bundled catalog holds the 45 indicators of ../shared/spec; a file in the user
config folder (LAWGOV_DATA_DIR/config/indicators.json in tests) is merged over it.
A broken file raises CatalogError whose Chinese message names the file and the line.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import KINDS, default_catalog, load_catalog
from lawgov_desktop.core.errors import CatalogError
from lawgov_desktop.core.pipeline import process_text

TITLE = "示例县人民政府关于2024年度法治政府建设情况的报告"
NOTARY = {
    "id": "notary_cases",
    "category": "disputes",
    "name": "公证办证件数",
    "unit": "件",
    "kind": "count",
    "cues": ["办理(?:各类)?公证(?:事项)?"],
}


@pytest.fixture(autouse=True)
def fresh_default_catalog():
    """default_catalog() is cached per process; a test that writes a user file must not leak it."""
    default_catalog.cache_clear()
    yield
    default_catalog.cache_clear()


def write_user_catalog(text: str) -> Path:
    path = paths.user_catalog_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_catalog_has_the_45_shared_indicators():
    catalog = load_catalog()
    assert len(catalog.ids) == 45
    assert len(set(catalog.ids)) == 45
    for spec in catalog.indicators:
        assert spec.kind in KINDS
        assert spec.things or spec.events or spec.labels, f"{spec.id} has no words to be found by"
        assert catalog.category_name(spec.category) != spec.category, f"{spec.id}: unknown category"
        assert re.search(r"[\u4e00-\u9fff]", spec.name), f"{spec.id}: the reviewer sees a Chinese name"


def test_bundled_catalog_matches_the_shared_spec(shared_dir):
    spec = json.loads((shared_dir / "spec" / "indicators.json").read_text(encoding="utf-8"))
    shared = {i["id"]: i for i in (spec["indicators"] if isinstance(spec, dict) else spec)}
    catalog = load_catalog()
    assert catalog.ids == list(shared)
    for indicator in catalog.indicators:
        assert (indicator.name, indicator.unit, indicator.kind) == (
            shared[indicator.id]["name"], shared[indicator.id]["unit"], shared[indicator.id]["kind"]
        )


def test_a_user_file_adds_an_indicator_that_is_extracted():
    write_user_catalog(json.dumps({"indicators": [NOTARY]}, ensure_ascii=False, indent=1))
    catalog = load_catalog()
    assert catalog.ids[-1] == "notary_cases"
    assert len(catalog.ids) == 46
    report = process_text(f"{TITLE}\n全年县公证处共办理各类公证事项1860件。\n", catalog=catalog)
    value = report.indicator("notary_cases")
    assert (value.value, value.unit) == (1860, "件")
    assert "1860件" in value.evidence.text


def test_the_default_catalog_picks_up_the_user_file():
    write_user_catalog(json.dumps({"indicators": [NOTARY]}, ensure_ascii=False))
    assert "notary_cases" in default_catalog().ids
    assert len(default_catalog().sources) == 2


def test_a_user_file_overrides_a_bundled_indicator_field_by_field():
    write_user_catalog(json.dumps({"indicators": [{"id": "legal_aid_cases", "name": "法律援助办案数"}]},
                                  ensure_ascii=False))
    spec = load_catalog().get("legal_aid_cases")
    assert spec.name == "法律援助办案数"
    assert spec.unit == "件" and spec.things  # the rest stays bundled


def test_a_user_file_can_disable_an_indicator():
    write_user_catalog(json.dumps({"disabled": ["performance_weight_pct"]}))
    assert "performance_weight_pct" not in load_catalog().ids


def test_the_user_file_is_ignored_when_asked():
    write_user_catalog(json.dumps({"indicators": [NOTARY]}, ensure_ascii=False))
    assert "notary_cases" not in load_catalog(use_user_file=False).ids


# (file text, line the message must name, words the message must contain)
BROKEN = [
    pytest.param('{\n "indicators": [\n  {"id": "notary_cases",\n   "name": "公证" "unit": "件"}\n ]\n}\n',
                 4, ("格式错误",), id="json-syntax"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count",\n   "cues": ["办理(公证"]\n  }\n ]\n}\n',
        9, ("notary_cases", "cues", "办理(公证"), id="bad-regex"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件"\n  }\n ]\n}\n',
        4, ("notary_cases", "kind"), id="missing-kind"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "notary",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count"\n  }\n ]\n}\n',
        4, ("notary_cases", "notary"), id="unknown-category"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "Notary-Cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count"\n  }\n ]\n}\n',
        4, ("id",), id="bad-id"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count",\n   "cues": "办理公证",\n   "exclude": [3]\n  }\n ]\n}\n',
        10, ("notary_cases", "exclude"), id="exclude-not-text"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count",\n   "cues": "办理公证",\n   "require_within": "近处"\n  }\n ]\n}\n',
        10, ("notary_cases", "require_within"), id="require-within-not-a-number"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count",\n   "cues": "办理公证",\n   "exclude_sentence": ["(横幅"]\n  }\n ]\n}\n',
        10, ("notary_cases", "exclude_sentence", "(横幅"), id="exclude-sentence-bad-regex"),
    pytest.param(
        '{\n "indicators": [\n  {\n   "id": "notary_cases",\n   "category": "disputes",\n   "name": "公证办证件数",\n'
        '   "unit": "件",\n   "kind": "count",\n   "cues": "办理公证",\n   "topic": ["(涉外"]\n  }\n ]\n}\n',
        10, ("notary_cases", "topic", "(涉外"), id="topic-bad-regex"),
]


@pytest.mark.parametrize(("text", "line", "words"), BROKEN)
def test_a_broken_user_file_names_file_and_line(text, line, words):
    write_user_catalog(text)
    with pytest.raises(CatalogError) as caught:
        load_catalog()
    message = caught.value.message
    assert "indicators.json" in message
    assert f"第 {line} 行" in message
    for word in words:
        assert word in message


def test_a_user_file_that_is_not_an_object_is_refused():
    write_user_catalog("[1, 2, 3]\n")
    with pytest.raises(CatalogError, match="indicators.json"):
        load_catalog()


def test_an_explicit_catalog_file_replaces_the_bundled_one(tmp_path):
    only = tmp_path / "只有公证.json"
    only.write_text(json.dumps({"categories": [{"id": "disputes", "name": "矛盾纠纷化解"}], "indicators": [NOTARY]},
                               ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog(only, use_user_file=False)
    assert catalog.ids == ["notary_cases"]


def test_every_bundled_indicator_has_a_chinese_definition():
    """Leaders read 统计口径/不含 in the workbook: they must be Chinese, not the spec's English notes."""
    from lawgov_desktop.core.catalog import load_catalog

    for spec in load_catalog(use_user_file=False).indicators:
        assert spec.definition and spec.excludes, spec.id
        assert any("\u4e00" <= ch <= "\u9fff" for ch in spec.definition + spec.excludes), spec.id


def test_a_user_indicator_named_by_things_is_found_on_either_side_of_its_number():
    arbitration = {"id": "arbitration_cases", "category": "disputes", "name": "劳动人事争议仲裁案件数",
                   "unit": "件", "kind": "count", "things": ["劳动人事争议(?:仲裁)?案件"], "events": ["仲裁"]}
    write_user_catalog(json.dumps({"indicators": [arbitration]}, ensure_ascii=False))
    catalog = load_catalog()
    before = process_text(f"{TITLE}\n全年受理劳动人事争议仲裁案件318件。\n", catalog=catalog)
    after = process_text(f"{TITLE}\n依法审结226件劳动人事争议案件。\n", catalog=catalog)
    assert before.indicator("arbitration_cases").value == 318
    assert after.indicator("arbitration_cases").value == 226


def test_an_old_style_cue_after_still_works():
    notary = dict(NOTARY, cues=[], cue_after=["(?:件)?公证(?:事项|文书)"])
    write_user_catalog(json.dumps({"indicators": [notary]}, ensure_ascii=False))
    report = process_text(f"{TITLE}\n全年出具1560件公证文书。\n", catalog=load_catalog())
    assert report.indicator("notary_cases").value == 1560


def test_a_user_indicator_can_refuse_whole_sentences():
    """``exclude_sentence``: a sentence about another thing (a publicity drive's leaflets) gives the
    indicator nothing, wherever in it the word stands; other sentences still do."""
    arbitration = {"id": "arbitration_cases", "category": "disputes", "name": "劳动人事争议仲裁案件数",
                   "unit": "件", "kind": "count", "things": ["劳动人事争议(?:仲裁)?案件"],
                   "exclude_sentence": ["宣传单|展板"]}
    write_user_catalog(json.dumps({"indicators": [arbitration]}, ensure_ascii=False))
    catalog = load_catalog()
    text = (f"{TITLE}\n以劳动人事争议仲裁案件52件为例，制作展板20块、宣传单3000份。\n"
            "全年受理劳动人事争议仲裁案件318件。\n")
    assert process_text(text, catalog=catalog).indicator("arbitration_cases").value == 318
    only_publicity = f"{TITLE}\n以劳动人事争议仲裁案件52件为例，制作展板20块、宣传单3000份。\n"
    assert process_text(only_publicity, catalog=catalog).indicator("arbitration_cases").value is None


@pytest.mark.parametrize(("prefer", "expected"), [([], 318), (["审结"], 296)])
def test_a_user_indicator_names_the_stage_a_reviewer_takes(prefer, expected):
    """``prefer``: where one sentence gives two stages of the same work (受理…318件，审结296件), the
    statement holding one of these words wins; without it the extractor's own ranking decides."""
    arbitration = {"id": "arbitration_cases", "category": "disputes", "name": "劳动人事争议仲裁案件数",
                   "unit": "件", "kind": "count", "things": ["劳动人事争议(?:仲裁)?案件"], "events": ["审结"],
                   "prefer": prefer}
    write_user_catalog(json.dumps({"indicators": [arbitration]}, ensure_ascii=False))
    text = f"{TITLE}\n全年受理劳动人事争议仲裁案件318件，审结296件。\n"
    assert process_text(text, catalog=load_catalog()).indicator("arbitration_cases").value == expected


@pytest.mark.parametrize(("all_phrases", "expected"), [([], None), (["(?:全部|均)调处成功"], 100)])
def test_a_user_rate_names_the_words_that_state_it_whole(all_phrases, expected):
    """``all_phrases``: words saying the whole group met a rate (全部调处成功) fill it with 100 where the
    report writes no figure for it."""
    rate = {"id": "dispute_success_rate", "category": "disputes", "name": "矛盾纠纷调处成功率", "unit": "%",
            "kind": "rate", "labels": ["调处成功率"], "all_phrases": all_phrases}
    write_user_catalog(json.dumps({"indicators": [rate]}, ensure_ascii=False))
    text = f"{TITLE}\n全年排查化解矛盾纠纷86件，全部调处成功。\n"
    assert process_text(text, catalog=load_catalog()).indicator("dispute_success_rate").value == expected


def test_all_phrases_are_only_for_rates():
    meetings = {"id": "gov_meetings", "all_phrases": ["全部召开"]}
    write_user_catalog(json.dumps({"indicators": [meetings]}, ensure_ascii=False))
    with pytest.raises(CatalogError, match="gov_meetings 的 all_phrases.*只用于比率"):
        load_catalog()


def test_topic_words_must_be_named_in_the_sentence_or_just_before_it_beside_the_require_words():
    """``topic``: besides a require word, one of these must stand in the sentence or its
    surroundings (what the figure is about: 涉外 for foreign-related notarisation)."""
    notary = dict(NOTARY, require=["公证处|公证机构"], topic=["涉外"])
    write_user_catalog(json.dumps({"indicators": [notary]}, ensure_ascii=False))
    catalog = load_catalog()
    assert catalog.get("notary_cases").topic == ("涉外",)
    on_topic = process_text(f"{TITLE}\n县公证处围绕涉外业务，全年办理公证事项1560件。\n", catalog=catalog)
    just_before = process_text(f"{TITLE}\n县公证处拓展涉外业务；全年办理公证事项1560件。\n", catalog=catalog)
    off_topic = process_text(f"{TITLE}\n县公证处全年办理公证事项1560件。\n", catalog=catalog)
    no_require = process_text(f"{TITLE}\n围绕涉外业务，全年办理公证事项1560件。\n", catalog=catalog)
    assert on_topic.indicator("notary_cases").value == 1560
    assert just_before.indicator("notary_cases").value == 1560
    assert off_topic.indicator("notary_cases").value is None
    assert no_require.indicator("notary_cases").value is None


# ``require_within``: the require word must stand within so many characters of the statement, not
# merely somewhere in its sentence; ``require_within_after`` lets it follow further than it may precede;
# ``require_near`` limits the window to statements linked to its words.
NEAR_TOPIC = "全年涉外业务中办理公证事项1560件。"
TOPIC_FAR_BEFORE = "加强涉外法律服务体系建设，健全工作机制，全年办理公证事项1560件。"
TOPIC_FAR_AFTER = "全年办理公证事项1560件，服务企业和群众，其中大部分为涉外业务。"


@pytest.mark.parametrize(("window", "body", "expected"), [
    ({"require_within": 6}, NEAR_TOPIC, 1560),
    ({"require_within": 6}, TOPIC_FAR_BEFORE, None),
    ({"require_within": 6}, TOPIC_FAR_AFTER, None),
    ({"require_within": 6, "require_within_after": 30}, TOPIC_FAR_AFTER, 1560),
    ({"require_within": 6, "require_within_after": 30}, TOPIC_FAR_BEFORE, None),
    # require_near: the window holds only for statements linked to those words (公证事项 here);
    # others need the require word only somewhere in their sentence.
    ({"require_within": 6, "require_near": ["公证事项"]}, TOPIC_FAR_BEFORE, None),
    ({"require_within": 6, "require_near": ["公证书"]}, TOPIC_FAR_BEFORE, 1560),
])
def test_require_within_keeps_a_topic_word_beside_the_statement(window, body, expected):
    notary = dict(NOTARY, cues=["办理(?:各类)?公证(?:事项)?"], require=["涉外"], **window)
    write_user_catalog(json.dumps({"indicators": [notary]}, ensure_ascii=False))
    assert process_text(f"{TITLE}\n{body}\n", catalog=load_catalog()).indicator("notary_cases").value == expected


# ``sentence_context_for`` / ``sentence_context``: a statement linked to one of the first words counts
# only where its sentence holds one of the second (a 公证书 counts only in a sentence about 涉外 work);
# statements linked to the indicator's other words are not held to it.
@pytest.mark.parametrize(("body", "expected"), [
    ("围绕涉外业务，全年出具公证书1560件。", 1560),
    ("全年出具公证书1560件。", None),
    ("全年办理公证事项1560件。", 1560),
])
def test_a_word_may_count_only_in_a_sentence_that_names_its_context(body, expected):
    notary = dict(NOTARY, things=["公证书", "公证事项"], sentence_context_for=["公证书"], sentence_context=["涉外"])
    write_user_catalog(json.dumps({"indicators": [notary]}, ensure_ascii=False))
    assert process_text(f"{TITLE}\n{body}\n", catalog=load_catalog()).indicator("notary_cases").value == expected


def test_the_context_words_of_a_bureaus_catalog_are_checked_like_its_other_expressions():
    notary = dict(NOTARY, sentence_context_for=["公证书"], sentence_context=["涉外("])
    write_user_catalog(json.dumps({"indicators": [notary]}, ensure_ascii=False))
    with pytest.raises(CatalogError, match="notary_cases 的 sentence_context 的 第 1 项 表达式“涉外\\(”有误"):
        load_catalog()


# ``shares_figures_with``: decisions given legality review are counted as decisions and as reviews, so
# the review cell keeps the number the decision cell claims more surely; without the key it gives it up.
@pytest.mark.parametrize(("shares", "expected"), [(["major_decisions"], 12), ([], None)])
def test_a_pair_of_indicators_may_keep_one_statements_number_both(shares, expected):
    write_user_catalog(json.dumps({"indicators": [{"id": "legality_reviews", "shares_figures_with": shares}]}))
    body = "全年对产业发展规划、民生项目建设等12项重大决策开展合法性审查，确保决策于法有据。"
    report = process_text(f"{TITLE}\n{body}\n", catalog=load_catalog())
    assert report.indicator("major_decisions").value == 12
    assert report.indicator("legality_reviews").value == expected


def test_sharing_with_an_indicator_that_does_not_exist_is_refused_with_its_line():
    write_user_catalog(json.dumps(
        {"indicators": [{"id": "legality_reviews", "shares_figures_with": ["major_decision"]}]}, indent=1))
    with pytest.raises(CatalogError, match="《indicators.json》第 6 行：指标 legality_reviews 的 shares_figures_with "
                                           "写的指标 major_decision 不存在"):
        load_catalog()


def test_sharing_with_an_indicator_the_bureau_disabled_is_dropped():
    write_user_catalog(json.dumps({"disabled": ["major_decisions"]}))
    catalog = load_catalog()
    assert catalog.get("major_decisions") is None
    assert catalog.get("legality_reviews").shares_figures_with == ()


@pytest.mark.parametrize(("own_body_only", "expected"), [(True, None), (False, 52)])
def test_a_bureau_decides_whether_other_bodies_figures_count_for_an_indicator(own_body_only, expected):
    """own_body_only (bundled on for the government's own meetings and study sessions): a group of
    other bodies' figure never fills the cell; switched off in a bureau's file, it fills when alone."""
    write_user_catalog(json.dumps({"indicators": [{"id": "law_study_sessions", "own_body_only": own_body_only}]}))
    body = "全年，全县11个乡镇政府常务会议会前学法共计52次。"
    report = process_text(f"{TITLE}\n{body}\n", catalog=load_catalog())
    assert report.indicator("law_study_sessions").value == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("示例县人民政府关于2024年度法治政府建设情况的报告", None),
    ("示例县司法局2024年法治政府建设年度报告", 480),
])
def test_a_user_indicator_excludes_words_outside_departments_reports(title, expected):
    """``exclude_outside_departments``: words excluded in a government's report but not in a department's
    (its title names a department): there 局属单位 are the department's own units."""
    notary = dict(NOTARY, exclude_outside_departments=["局属单位"])
    write_user_catalog(json.dumps({"indicators": [notary]}, ensure_ascii=False))
    body = "局属单位全年办理公证事项480件。"
    assert process_text(f"{title}\n{body}\n", catalog=load_catalog()).indicator("notary_cases").value == expected


def test_a_department_reads_the_catalog_without_the_words_excluded_outside_departments():
    catalog = load_catalog()
    variant = catalog.for_department_reports()
    assert variant is catalog.for_department_reports()  # made once per catalog
    assert [spec.id for spec in variant.indicators] == catalog.ids
    study = catalog.get("law_study_sessions")
    assert study.exclude_outside_departments
    assert len(variant.get("law_study_sessions").exclude_patterns) == \
        len(study.exclude_patterns) - len(study.exclude_outside_departments)
    assert variant.get("reconsideration_cases") is catalog.get("reconsideration_cases")  # no such words: the same spec

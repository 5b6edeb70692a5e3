"""Region, report year, issuer, publish date and title of a report.

Where they come from, in order of trust:
- the page header a reader found (Document.header: 发布日期, 发文机关, 标题 …);
- the title line (“X县人民政府关于2024年度法治政府建设情况的报告”);
- labelled lines of a saved page (发布时间：…, 日期：…) — never page chrome such as
  “今天是2019年10月31日” or 更新时间/浏览次数;
- the signature at the end (issuer line followed by a date line);
- the first sentence's subject (“…，密云区政府深入学习…”) for reports without a title.
The year is the year reported on (2024年度), not the year of publication.
"""
from __future__ import annotations

import re
from collections import Counter

from ..normalize import normalize
from ..types import Document, ReportMetadata
from .numbers import parse_chinese_integer
from .places import Place, bare_stem_counts, find_places

_ORG_TAIL = (r"(?:人民政府办公室|人民政府|政府|党工委|办事处|[\u4e00-\u9fff]{0,10}?(?:局|委员会|办公室|分局|中心)|委)")
_PLACE = r"(?:[\u4e00-\u9fff]{1,12}?(?:自治县|自治州|自治区|特别行政区|新区|街道|县|区|市|省|州|旗|盟|镇|乡))"
_ISSUER = re.compile(
    rf"((?:中共|中国共产党)?{_PLACE}(?:{_PLACE})?{_ORG_TAIL}"
    rf"(?:[、和及\s]+(?:{_PLACE})?{_ORG_TAIL})?)"
)
_TITLE_HINT = re.compile(r"法治政府建设|法治建设|依法行政")
_TITLE_KIND = re.compile(r"报告|情况|总结|工作")
_YEAR_IN_TITLE = re.compile(r"(20\d{2}|二〇[一二三四五六七八九〇]{2})\s*年")
_DATE = re.compile(r"(20\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?")
_PUBLISH_LABEL = re.compile(r"(?:发布日期|发布时间|发文日期|公开日期|日期|时间)\s*[:：]\s*")
_CHROME = re.compile(r"今天是|更新时间|浏览|访问|阅读次数|当前位置|星期")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


_EMBEDDED_TITLE = re.compile(
    rf"((?:中共|中国共产党)?{_PLACE}{_ORG_TAIL}(?:[、和及\s]*{_PLACE}?{_ORG_TAIL})?关于[^。，,]{{0,12}}?"
    r"(?:20\d{{2}}|二〇..)年度?[^。，,]{{0,20}}?(?:报告|情况))"
)


def _is_addressee(line: str) -> bool:
    """主送机关 lines such as “县委:” or “福州市人民政府:” end in a colon."""
    return bool(re.fullmatch(r"[^。，,]{2,60}[:：]", line))


def find_title(text: str, header: dict[str, str]) -> str | None:
    if header.get("标题"):
        return header["标题"].strip()
    lines = _lines(text)[:25]
    for index, line in enumerate(lines):
        if line.startswith("关于") and index > 0:
            previous = next((p for p in reversed(lines[:index]) if p), "")
            if previous and _ISSUER.fullmatch(normalize(previous).text.replace(" ", "")) and len(previous) <= 30:
                return previous + line
    for line in lines:
        simplified = normalize(line).text  # 法治政府建設 on traditional-character sites
        if 6 <= len(line) <= 80 and _TITLE_HINT.search(simplified) and _TITLE_KIND.search(simplified) \
                and not re.search(r"[。；]|[，,].{12,}", line) and not _PUBLISH_LABEL.match(line) \
                and not line.startswith(("首页", "您当前", "当前位置")) and ">" not in line:
            return line.rstrip("-_ ").split("-")[0].strip() if re.search(r"-[^-]{0,12}网", line) else line
    embedded = _EMBEDDED_TITLE.search(normalize(text[:1500]).text)
    if embedded:
        return embedded.group(1)
    return None


def _chinese_year(text: str) -> int | None:
    digits = {"〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
    if all(ch in digits for ch in text):
        return int("".join(digits[ch] for ch in text))
    return None


def find_year(norm_text: str, title: str | None) -> int | None:
    if title:
        match = _YEAR_IN_TITLE.search(normalize(title).text)
        if match:
            raw = match.group(1)
            return int(raw) if raw.isdigit() else _chinese_year(raw)
    head = norm_text[:1500]
    # “2023年，我局…”, “2021年度…”, “2019年法治政府建设基本情况”: the year the body reports on.
    opening = re.findall(r"(20\d{2})年(?:度|以来|,|，|是|我|在|全|法治|[\u4e00-\u9fff]{0,3}(?:坚持|深入|紧紧|认真))", head)
    if opening:
        return Counter(int(y) for y in opening).most_common(1)[0][0]
    return None


def _header_value(header: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        value = header.get(key)
        if value and value.strip():
            return value.strip()
    return None


_CHINESE_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def _date_from(text: str) -> str | None:
    """YYYY-MM-DD from 2024-02-06, 2022/03/30, 2021年02月26日 or 二〇二五年二月十八日."""
    match = _DATE.search(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        chinese = _CHINESE_DATE.search(text)
        if not chinese:
            return None
        year = _chinese_year(chinese.group(1)) or 0
        month = parse_chinese_integer(chinese.group(2)) or 0
        day = parse_chinese_integer(chinese.group(3)) or 0
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_publish_date(norm_text: str, header: dict[str, str]) -> str | None:
    for key in ("发布日期", "发布时间", "公开日期", "日期", "时间"):
        value = header.get(key)
        if value and _date_from(normalize(value).text):
            return _date_from(normalize(value).text)
    for line in _lines(norm_text)[:40]:
        if re.search(r"今天是|更新时间", line):
            continue
        for label in _PUBLISH_LABEL.finditer(line):
            if line[max(0, label.start() - 2):label.start()] == "成文":
                continue  # 成文日期 is when it was signed, not published
            date = _date_from(line[label.end():label.end() + 24])
            if date:
                return date
    # A 公文 without a page header: the date under the signature is when it was issued.
    _, signed = _signature(norm_text)
    return signed


def _signature(norm_text: str) -> tuple[str | None, str | None]:
    """The issuer and date lines that close a 公文: “X县人民政府\\n2024年1月9日”."""
    # Page chrome under the signature (今天是…, 更新时间…) is not part of it.
    lines = [line for line in _lines(norm_text)[-12:] if line and not _CHROME.search(line)]
    for index in range(len(lines) - 1, 0, -1):
        date = _date_from(lines[index]) if len(lines[index]) <= 16 else None
        if date:
            candidate = lines[index - 1]
            if len(candidate) <= 30 and _ISSUER.fullmatch(candidate.replace(" ", "")):
                return candidate, date
            return None, date
    return None, None


_SHORT_ORG = re.compile(r"[县区市州镇乡]?[\u4e00-\u9fff]{1,8}?(?:局|委|办|分局|办事处)")


def _issuer_in(head: str) -> str | None:
    """The issuer a title starts with; page junk before it (site names, URLs) is cut off."""
    compact = head.replace(" ", "")
    if not compact:
        return None
    if _ISSUER.fullmatch(compact) and len(compact) >= 3:
        return _clean_issuer(head)
    if _SHORT_ORG.fullmatch(compact):
        return compact  # 区司法局: the region is named elsewhere
    places = find_places(compact)
    for place in places:
        tail = compact[place.start:]
        if _ISSUER.fullmatch(tail):
            prefix = compact[:place.start]
            if prefix.endswith(("中共", "中国共产党")):
                tail = ("中共" if prefix.endswith("中共") else "中国共产党") + tail
            return tail
    return None


def _line_above(norm_text: str, title_norm: str) -> str | None:
    """“赵县人民政府 / 2022年度法治政府建设情况报告”: the issuer on the line above the title."""
    lines = _lines(norm_text)[:30]
    for index, line in enumerate(lines):
        if line and line == title_norm.replace(" ", ""):
            previous = next((p for p in reversed(lines[:index]) if p), None)
            if previous and len(previous) <= 30 and not _is_addressee(previous):
                return previous
            return None
    return None


def _clean_issuer(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip(" ，,、")


def find_issuer(title: str | None, norm_text: str, header: dict[str, str]) -> str | None:
    if title:
        title_norm = normalize(title).text
        head = re.split(r"关于|20\d{2}年|二〇", title_norm)[0].strip()
        issuer = _issuer_in(head)
        if issuer:
            return issuer
        above = _line_above(norm_text, title_norm)
        if above and _issuer_in(above) == above:
            return above
    reported = re.search(rf"现将((?:{_PLACE})+{_ORG_TAIL})(?:20\d{{2}}年度?)?[^。]{{0,24}}报告如下", norm_text[:3000])
    if reported:
        return reported.group(1)
    from_header = _header_value(header, "发文机关", "发布机构", "发文单位")
    if from_header:
        return from_header
    signature, _ = _signature(norm_text)
    if signature:
        return signature
    for line in _lines(norm_text)[:30]:
        source = re.match(r"来源[:：]\s*(\S+?)(?:\s|发布|时间|日期|$)", line)
        if source and _ISSUER.fullmatch(source.group(1)) and re.search(r"政府|局$", source.group(1)):
            return source.group(1)
    # No title: the subject of the opening sentence (“2020年,江门市公安局坚持…”).
    subject = _opening_subject(norm_text)
    if subject and re.search(_ORG_TAIL + "$", subject) and not re.search(r"司法行政系统|各级|^[我本全]", subject):
        return subject
    return None


_SUBJECT = re.compile(
    r"^(?:20\d{2}年(?:以来|度)?[,，])?(?:在[^。]{2,40}?(?:领导|指导|支持)下[,，])?"
    r"((?:[\u4e00-\u9fff]{2,24}?)(?:人民政府|政府|党工委、办事处|党工委|办事处|[\u4e00-\u9fff]{0,10}?(?:局|分局|委员会)))"
    r"(?:坚持|深入|认真|紧紧|始终|全面|坚决|高举|以|在|切实|持续|着力|牢牢|严格|积极|围绕|聚焦)"
)


def _opening_subject(norm_text: str) -> str | None:
    first = _first_body_sentence(norm_text)
    if not first:
        return None
    match = _SUBJECT.search(first)
    if match:
        return match.group(1)
    # “…的收官之年,区司法局坚持…”: a subject after a comma.
    match = re.search(r"[,，]((?:[\u4e00-\u9fff]{1,16}?)(?:人民政府|政府|[\u4e00-\u9fff]{0,8}?(?:局|分局)))"
                      r"(?:坚持|深入|认真|紧紧|始终|全面|坚决|高举|以|在|切实|持续|着力|牢牢|严格|积极|围绕|聚焦)", first)
    return match.group(1) if match else None


def _first_body_sentence(norm_text: str) -> str | None:
    for line in _lines(norm_text)[:40]:
        if len(line) > 40 and not _CHROME.search(line) and not _is_addressee(line) and "关于" not in line[:30]:
            return re.split(r"[。]", line)[0]
    return None


def _innermost(places: list[Place]) -> Place | None:
    """“巴中市巴州区司法局” → 巴州区: the lowest level named first after its parents."""
    if not places:
        return None
    best = places[0]
    for place in places[1:]:
        if place.start - best.end <= 1 and place.level > best.level:
            best = place
    return best


_PLACE_SUBJECT = re.compile(
    rf"^(?:20\d{{2}}年(?:以来|度)?[,，])?(?:在[^。]{{2,40}}?(?:领导|指导|支持)下[,，])?({_PLACE})"
    r"(?:坚持|深入|认真|紧紧|始终|全面|坚决|高举|以|切实|持续|着力|牢牢|严格|积极|围绕|聚焦|扎实|大力)"
)


def _opening_place(norm_text: str) -> str | None:
    """“2024年,郎溪县坚持…”: a report whose first sentence has the place as its subject."""
    first = _first_body_sentence(norm_text)
    match = _PLACE_SUBJECT.search(first) if first else None
    if not match:
        return None
    parts = _place_chain(match.group(1))
    return parts[-1] if parts else None


def _place_chain(text: str) -> list[str]:
    """Places named one after another at the start of ``text`` (示例市示例县, 示例县青石镇)."""
    parts: list[str] = []
    position = 0
    for match in re.finditer(_PLACE, text):
        if match.start() != position or re.search(r"^[委府党局我全本各该]|政府|委|党|局", match.group()):
            break
        parts.append(match.group())
        position = match.end()
    return parts


def find_region(issuer: str | None, title: str | None, norm_text: str) -> str | None:
    for source in (issuer, title):
        if not source:
            continue
        cleaned = re.sub(r"^(?:中共|中国共产党)", "", normalize(source).text.replace(" ", ""))
        place = _innermost(find_places(cleaned))
        if place:
            # 西安市未央区2022年…: a lower level the list does not know, right after the known one.
            rest = re.sub(r"^(?:人民政府|政府)", "", cleaned[place.end:])
            lower = re.match(r"([\u4e00-\u9fff]{1,5}?(?:自治县|新区|区|县|镇|乡|街道))"
                             r"(?=\d|关于|人民政府|政府|中共|委|司法局|办事处|党工委|$)", rest)
            if lower and place.level < 2:
                return lower.group(1)
            return place.name
        # Places the list does not know (new districts, towns): the innermost of a chain
        # such as 示例市示例县 or 示例县青石镇.
        parts = _place_chain(cleaned)
        if parts and not re.match(r"^(?:关于|全|我|本|各|省|市|县|区)", parts[0]):
            return parts[-1]
    subject = _opening_subject(norm_text)
    if subject:
        place = _innermost(find_places(subject))
        if place:
            return place.name
    opening = _opening_place(norm_text)
    if opening:
        return opening
    # The place the opening talks about most, preferring the level of its “我县/全区”.
    head = norm_text[:4000]
    first_sentence = _first_body_sentence(norm_text) or ""
    places = [p for p in find_places(head) if not _is_addressee_place(head, p)]
    own_suffix = Counter(re.findall(r"(?:我|全)(县|区|市|州|省|镇|乡|旗)", head)).most_common(1)
    if own_suffix and not any(p.name.endswith(own_suffix[0][0]) for p in places):
        # “全省…考察安徽…”: the own place may be named without its suffix.
        bare = bare_stem_counts(head[:1500], own_suffix[0][0])
        if bare:
            return max(bare, key=lambda name: (bare[name], -head.find(name[:-1])))
    if not places:
        return None
    if own_suffix:
        # “我县/全区” tells the report's level: keep places of that level when there are any.
        of_level = [p for p in places if p.name.endswith(own_suffix[0][0])]
        places = of_level or places
    counts = Counter(p.name for p in places)
    def rank(name: str) -> tuple[int, int, int]:
        bonus = 3 if own_suffix and name.endswith(own_suffix[0][0]) else 0
        in_opening = 2 if name in first_sentence else 0
        return (counts[name] + bonus + in_opening, -head.find(name), 0)
    return max(counts, key=rank)


def _is_addressee_place(text: str, place: Place) -> bool:
    line_start = text.rfind("\n", 0, place.start) + 1
    line_end = text.find("\n", place.end)
    line = text[line_start: line_end if line_end != -1 else len(text)]
    return _is_addressee(line.strip())


_HEADER_LINE = re.compile(r"^(?:信息)?(索引号|发文机关|发布机构|发文单位|成文日期|发布日期|发布时间|标题|文号|发文字号)[:：](.*)$")


_LABEL = re.compile(r"(索引号|发文机关|发布机构|发文单位|成文日期|发布日期|发布时间|标题|文号|发文字号|主题分类)[:：]")


def _label_pairs(line: str) -> list[tuple[str, str]]:
    labels = list(_LABEL.finditer(line))
    pairs = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        value = line[label.end():end].strip()
        if value:
            pairs.append((label.group(1), value))
    return pairs


def header_from_text(norm_text: str) -> dict[str, str]:
    """“发文机关: 区政府” lines of a saved 政府信息公开 page kept as text."""
    header: dict[str, str] = {}
    lines = [line.lstrip("•·- ") for line in _lines(norm_text)[:80]]
    for index, line in enumerate(lines):
        match = _HEADER_LINE.match(line)
        if not match:
            continue
        pairs = _label_pairs(line)
        if len(pairs) > 1:  # 发布机构:… 成文日期:… 发布日期:… on one line
            for label, value in pairs:
                header.setdefault(label, value)
            continue
        if match.group(1) in header:
            continue
        value = match.group(2).strip()
        if not value:  # the value sits on the next non-empty line
            following = next((l for l in lines[index + 1:index + 4] if l), "")
            if following and not _HEADER_LINE.match(following):
                value = following
        if value:
            header[match.group(1)] = value
    return header


def extract_metadata(document: Document) -> ReportMetadata:
    norm = normalize(document.text).text
    header = {**header_from_text(norm), **document.header}
    title = find_title(document.text, header)
    issuer = find_issuer(title, norm, header)
    return ReportMetadata(
        region=find_region(issuer, title, norm),
        year=find_year(norm, title),
        issuer=issuer,
        publish_date=find_publish_date(norm, header),
        title=title,
    )

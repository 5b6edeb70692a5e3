"""The place a report speaks for: a province, city, county or district, town or 街道, or a development zone.

A department's report belongs to the place whose government it serves (示例市司法局 →
示例市); a branch office to its district (示例市公安局青石区分局 → 青石区); a zone's
管委会 to the zone; a joint party-government report to the place both bodies govern.
Where no title or issuer names it, the opening sentence's subject (“2024年，青石镇坚持…”)
or the places the opening names at the report's own level (我县, 全区) decide; a place of
a higher level than the report's own is never its region (a district department that
quotes its city's plan is not the city).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Final

from ..normalize import normalize
from . import metadata_language as lang
from .issuer import (BARE_COMMITTEE, first_body_sentences, is_addressee, starts_with_known_place, stem_bureau_place,
                     subject_start)
from .places import (TOWN, Place, bare_stem_counts, child_named, city_of_stem, find_places, is_within, level_of,
                     nearest_holders, not_place_shapes)

_HAN = lang.HAN


def _strip_party(name: str) -> str:
    return re.sub("^" + lang.alternation("party_prefixes"), "", normalize(name).text.replace(" ", ""))


def _zone_at_start(text: str) -> str | None:
    match = re.match(lang.zone(), text)
    if not match or re.search(lang.subject_verb(), match.group()):
        return None  # 示例市坚持推进…示范区: a sentence, not a zone's name
    zone = match.group()
    places = find_places(zone)
    # 示例市浦东新区: a listed 新区 is a district like any other — when the names run from the start
    # (信阳高新区 holds 阳高 + 新区, no place of its own).
    if places and places[-1].end == len(zone) \
            and (places[-1].start == 0 or any(p.end == places[-1].start for p in places)):
        return _innermost(places).name
    return zone  # 示例市高新区, 高新区(示例区): the zone's own name, as written


def _street(text: str) -> str | None:
    """示例街党工委、办事处 / 示例街道办事处 → 示例街道."""
    match = re.match(rf"({_HAN}{{1,6}}?)街(?:道)?(?:党工委|办事处|党委)", text)
    return match.group(1) + "街道" if match else None


def _branch(text: str) -> str | None:
    """示例市公安局青石区分局 → 青石区; a branch named by its stem (青石分局) is looked up under the city.

    Returns "" when the name is a branch office whose district cannot be told: the city is not its region.
    """
    match = re.search(rf"局({_HAN}{{2,8}}?)分局", text)
    if not match:
        # 深圳市生态环境局龙华管理局, 深圳市市场监督管理局大鹏监管局: a city bureau's office in a district
        # is named by the district's stem (not 市公安局交通管理局, named by what it manages).
        office = re.search(rf"局({_HAN}{{2,4}}?)(?:管理局|监管局)", text)
        return _district_of_office(text[:office.start()], office.group(1)) if office else None
    branch = match.group(1)
    places = find_places(branch)
    if places and places[-1].end == len(branch):
        return places[-1].name
    city = find_places(text[:match.start()])
    if city:
        child = child_named(city[-1].name, branch)
        if child:
            return child
    if re.search(r"(?:县|区|市|旗)$", branch):
        return branch
    return ""


def _district_of_office(city_part: str, stem: str) -> str | None:
    """The district of a city bureau's office named by ``stem`` (龙华 under 深圳市 → 龙华区), or None."""
    places = find_places(stem)
    if places and places[-1].end == len(stem):
        return places[-1].name
    city = find_places(city_part)
    return child_named(city[-1].name, stem) if city else None


def _innermost(places: list[Place]) -> Place:
    """示例市示例区司法局 → 示例区: the lowest level named inside (or right after) the higher ones
    (``places`` is not empty)."""
    best = places[0]
    for place in places[1:]:
        adjacent = place.start - best.end <= 1
        if place.level > best.level and (adjacent or is_within(place.name, best.name)):
            best = place
    return best


def place_chain(text: str) -> list[str]:
    """Places named one after another at the start of ``text`` (示例市示例县, 示例县青石镇)."""
    parts: list[str] = []
    position = 0
    for match in re.finditer(lang.place(), text):
        if match.start() != position or re.search(r"^[委府党局我全本各该]|政府|委|党|局", match.group()) \
                or re.fullmatch(r"自治[区州县旗]|特别行政区", match.group()) \
                or match.group() in not_place_shapes():
            break  # a bare 自治区/自治州 is never a place; 县城市管理局's 城市 is a word
        part = match.group()
        if part.startswith("市") and parts and parts[-1].endswith("州"):
            # 澜州市汀岸区 read as 澜州 + 市汀岸区: no place starts with 市; it ends the 州's name.
            parts[-1] += "市"
            part = part[1:]
        position = match.end()
        if part.endswith("州") and text[position:position + 1] in ("省", "市") \
                and not re.match(lang.place(), text[position:]):
            # 溱州省人民政府, 岚州市人民政府: the 省 or 市 right after ends the 州's name.
            part += text[position]
            position += 1
        parts.append(part)
    return parts


def region_in_name(source: str) -> str | None:
    """The region an issuer or a title names; "" when it names a body whose place cannot be told."""
    cleaned = _strip_party(source)
    zone = _zone_at_start(cleaned)
    if zone in lang.words("zone_suffixes"):
        # “经济开发区2024年度…”: a title whose zone lost its name names none; but 高新区综治局 is a
        # department of the zone, which calls itself so at home: the zone is the region, as written.
        if re.match(rf"{_HAN}{{0,8}}?{lang.alternation('department_tails')}(?:$|\d|关于|二〇)", cleaned[len(zone):]):
            return zone
        return None
    if zone:
        inner = _zone_of_its_committee(cleaned[len(zone):])
        if inner:
            return zone + inner  # 陕西省西咸新区泾河新城: a zone inside the zone, as written
    # (示例市示范区工委、管委会: the zone's party working committee names it as its 管委会 does.)
    if zone and re.match(rf"$|\d|关于|二〇|(?:党)?工委|{lang.alternation('government_tails')}"
                         rf"|{_HAN}{{0,8}}?{lang.alternation('department_tails')}(?:$|\d|关于|二〇)|[、\s(（]",
                         cleaned[len(zone):]):  # 示例经开区交通局: a department of the zone
        return zone
    for rule in (_street, _branch):
        found = rule(cleaned)
        if found is not None:
            return found
    found_places = find_places(cleaned)
    place = _innermost(found_places) if found_places else None
    if place:
        # 示例市青石区2024年…: a lower level the list does not know, right after the known one.
        rest = re.sub(r"^(?:人民政府|政府)", "", cleaned[place.end:])
        lower = re.match(rf"({_HAN}{{1,5}}?(?:自治县|新区|区|县|镇|乡|街道))"
                         r"(?=\d|关于|人民政府|政府|中共|委|司法局|办事处|党工委|$)", rest)
        if lower and (place.level < 2 or (place.level == 2 and lower.group(1).endswith(("镇", "乡", "街道")))):
            # (示例区雁汀街道办事处: a town or 街道 the list does not know, right after its county.)
            return lower.group(1)
        if place.level < 2:
            # 泉州市永春生态环境局: a county of the city named by its stem alone, then a department.
            for length in (2, 3):
                child = child_named(place.name, rest[:length]) if len(rest) > length else None
                if child and re.match(rf"{_HAN}{{0,8}}?{lang.alternation('department_tails')}", rest[length:]):
                    return child
        return place.name
    # 关于示例县…, 2024年度示例县…, 《示例县…》: the place after a title's opening words.
    named = re.sub(r"^(?:[《“]|关于|20\d{2}年度?|二〇..年度?)+", "", cleaned)
    parts = place_chain(named)
    if parts and not re.match(r"^(?:全|我|本|各|省|市|县|区)", parts[0]):
        return parts[-1]
    # 浙江海事局, 国家矿山安全监察局湖北局: a bureau named after its place's stem is that place's.
    national = lang.national_body_pattern().match(cleaned)
    stem_named = stem_bureau_place(cleaned[national.end():] if national else cleaned)
    if stem_named:
        return stem_named
    committee = BARE_COMMITTEE.fullmatch(cleaned)
    return committee.group(1) if committee else None  # 松山湖管委会: the area it manages


_COMMITTEE_OF_AREA: Final = re.compile(BARE_COMMITTEE.pattern + r"(?=$|\d|关于|二〇)")


def _zone_of_its_committee(rest: str) -> str | None:
    """西咸新区泾河新城管理委员会: after a zone, a zone inside it that its own committee manages, by a
    name no list holds (not 西咸新区开发建设管理委员会, the zone's own committee by its task)."""
    committee = _COMMITTEE_OF_AREA.match(rest)
    if committee is None or find_places(committee.group(1)) \
            or not re.search(f"{lang.alternation('zone_suffixes')}$", committee.group(1)):
        return None
    return committee.group(1)


def headline_region(norm_text: str) -> str | None:
    """“示例县：多措并举推进法治政府建设”: a news headline that starts with the place and a colon."""
    first = next((line.strip() for line in norm_text.split("\n") if line.strip()), "")
    match = re.match(r"([^：:，,。]{2,20})[：:]", first)
    if not match:
        return None
    places = find_places(match.group(1))
    if places and places[-1].end == len(match.group(1)):
        return _innermost(places).name
    parts = place_chain(match.group(1))
    return parts[-1] if parts and sum(map(len, parts)) == len(match.group(1)) else None


def opening_region(norm_text: str) -> str | None:
    """“2024年，青石镇坚持…”, “示例经开区(以下简称…)深入…”: a place or zone as an opening subject."""
    verb = lang.subject_verb()
    organisation = lang.organisation_pattern()
    for sentence in first_body_sentences(norm_text):
        rest = sentence[subject_start(sentence):]
        if re.match(r"[我本全各]", rest):
            continue
        # 园区坚持…, 示范区党工委、管委会坚持…: a zone that calls itself by its kind alone is the one of that
        # kind the opening names (in a plan's title too: 《苏州工业园区法治政府建设实施方案》 is its own).
        kind = re.match(rf"({lang.alternation('zone_suffixes')})(?:党工委|工委|管委会|管委|[、和及])*(?:{verb})", rest)
        if kind:
            named = _zone_named_with(kind.group(1), norm_text)
            if named:
                return named
        zone = _zone_at_start(rest)
        # (…新区工委(区委)、管委(区政府)在…: the zone's party and administrative committees by their short names.)
        if zone and re.match(rf"[(（]以下简称|管委会|管理委员会|党工委|工委|管委|{lang.subject_verb()}", rest[len(zone):]):
            return zone
        body = organisation.match(rest)
        if body and starts_with_known_place(rest) \
                and re.match(rf"(?:\([^)]{{1,20}}\))?(?:{verb}|在)", rest[body.end():]):
            found = region_in_name(body.group())
            if found:
                return found
        places = find_places(rest[:24])
        if places and places[0].start == 0:
            chain = [places[0]]
            for place in places[1:]:
                if place.start == chain[-1].end:
                    chain.append(place)
            # 示例区城管执法系统坚持…, 示例区委、区政府坚持…: the place, a few words naming who, then the verb.
            if re.match(rf"(?:{_HAN}|、){{0,10}}?(?:{verb})", rest[chain[-1].end:]):
                return _innermost(chain).name
        # “株洲深入贯彻…”: a city named by its short name as the subject.
        short = re.match(rf"({_HAN}{{2,3}}?)(?:{verb})", rest)
        city = city_of_stem(short.group(1)) if short else None
        if city:
            return city
    return None


def _zone_named_with(kind: str, norm_text: str) -> str | None:
    """The zone the opening names most that ends in ``kind`` (园区 → 苏州工业园区), as written."""
    # (A name opening a title, 《苏州工业园区…》, or on a listed place: a lazy match from just any comma
    # would take the words before the kind, 组织开展园区….)
    names = Counter(match.group() for match in re.finditer(rf"(?<=[《“、，,。；;：:\s(（]){lang.zone()}", norm_text[:4000])
                    if match.group().endswith(kind) and len(match.group()) > len(kind)
                    and (norm_text[match.start() - 1] == "《" or _opens_on_place(match.group())))
    return max(names, key=lambda name: (names[name], len(name))) if names else None


def _opens_on_place(name: str) -> bool:
    places = find_places(name)
    return bool(places) and places[0].start == 0


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """《…》 titles: a plan of the city quoted in a district's report does not make it the city's."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^》]{0,60}》", text)]


def own_level_suffix(head: str) -> str | None:
    """我县 / 全区 / 本镇: the report's own level, by its suffix.

    A department (我局, 我分局) serves the government whose 党委、政府 it names as its leaders
    (在区委、区政府的领导下): the lowest such level is its own, whatever 全省/全市 it quotes.
    """
    # A department that speaks as 我局, or is named bare right after its leaders (在市委、市政府的
    # 领导下，农业农村局认真贯彻…; not 在镇法治建设领导小组的统一领导下，依托镇平安办…: a town's group
    # leads there, and what follows is its means; nor 在县委、县政府的领导下，在县委依法治县办的指导下:
    # a second lead, whose office guides).
    if re.search(rf"[我本]{lang.alternation('department_tails')}"
                 rf"|(?:政府|委|党组)[^，,。；;]{{0,6}}领导下[,，](?!在){_HAN}{{2,10}}?{lang.alternation('department_tails')}",
                 head):
        governing = re.findall(r"([省市州县区旗镇乡])委[、,，和及\s]*(?:\1)?(?:人民)?政府", head)
        if governing:
            levels = lang.place_levels()
            return max(governing, key=lambda suffix: levels.get(suffix, 2))
    counts: Counter[str] = Counter()
    for prefix in lang.words("own_level_prefixes"):
        # 我市/本区 speak of the body itself; 全省 is often the higher level's total (全省第一).
        weight = 1 if prefix == "全" else 2
        for suffix in re.findall(rf"{prefix}(街道|街|县|区|市|州|省|镇|乡|旗)", head):
            counts["街道" if suffix == "街" else suffix] += weight  # (我街: a street by its short name)
    return counts.most_common(1)[0][0] if counts else None


def region_in_head(norm_text: str, own_level: str | None = None) -> str | None:
    """The place the opening names most at the report's own level (我县 → a 县, or ``own_level`` when
    the issuer tells it); none of a higher level."""
    head = norm_text[:4000]
    quoted = _quoted_spans(head)
    counterpart = lang.pattern("counterpart_markers", "$")
    # 赴示例区学习经验, 与示例市签订协议, 宜春—长沙: a place met, not the report's own.
    superior_lead = lang.pattern("superior_list_leads", "$")
    named, met, superiors = [], [], []
    chain_start, last_end = 0, -1
    for place in find_places(head):
        # 与四川省成都市新都区、成华区…: the marker stands before the whole chain or list of places.
        listed = place.start == last_end or (place.start == last_end + 1 and head[last_end] in "、和及")
        chain_start = chain_start if listed else place.start
        last_end = place.end
        if counterpart.search(head, max(0, chain_start - 2), chain_start):
            met.append(place)
        elif not _is_addressee_place(head, place):
            named.append(place)
            # 落实中央、省和泰安市关于…的部署: the levels above the report's, the city among them.
            if superior_lead.search(head, max(0, chain_start - 6), chain_start):
                superiors.append(place)
    named = [p for p in named if p not in superiors] or named
    # 我镇首次获评“全国文明镇”: a place inside an honour's name is none the opening names as its own.
    honours = [(m.start(), m.end()) for m in lang.pattern("award_verbs", _HONOUR_NAME).finditer(head)]
    named = [p for p in named if not any(a <= p.start < b for a, b in honours)]
    unquoted = [p for p in named if not any(a <= p.start < b for a, b in quoted)]
    own = own_level or own_level_suffix(head)
    first_sentence = "".join(first_body_sentences(norm_text, 1))
    places = unquoted or named
    if own:
        # A plan quoted by title (《示例省…纲要》) names a place only when nothing else does.
        of_level = [p for p in unquoted if p.name.endswith(own)] or [p for p in named if p.name.endswith(own)]
        if not of_level:
            # “全省…考察示例…”: the own place may be named without its suffix.
            unmet = head[:1500]
            for place in met:
                unmet = unmet[:place.start] + "\u3000" * (place.end - place.start) + unmet[place.end:]
            bare = bare_stem_counts(unmet[:1500], own)
            prefixes = tuple(lang.words("own_level_prefixes"))
            bare = {name: count for name, count in bare.items() if not name.startswith(prefixes)}  # 全州 ≠ 全州县
            if bare:
                return max(bare, key=lambda name: (bare[name], -head.find(name[:-1])))
            return _holder_of_towns([p for p in unquoted if p.level == TOWN], own)
        places = of_level
    if not places:
        return None
    counts = Counter(p.name for p in places)

    def rank(name: str) -> tuple[int, int, int]:
        in_opening = 2 if name in first_sentence else 0
        return (counts[name] + in_opening, level_of(name), -head.find(name))
    return max(counts, key=rank)


# An honour's name after its verb: in quotation marks, or up to the clause's end.
_HONOUR_NAME: Final = r"(?:“[^”\n]{1,30}”|[^，,。；;“\n]{1,20})"


def _holder_of_towns(towns: list[Place], own_level: str) -> str | None:
    """我市…英城街道…英红镇: the one division of the report's own level that holds every town the
    opening names (a town name found in several counties leaves each of them in play)."""
    holders: frozenset[str] | None = None
    for town in towns:
        nearest = nearest_holders(town.name, own_level)
        holders = nearest if holders is None else holders & nearest
        if not holders:
            return None
    return next(iter(holders)) if holders and len(holders) == 1 else None


def _is_addressee_place(text: str, place: Place) -> bool:
    line_start = text.rfind("\n", 0, place.start) + 1
    line_end = text.find("\n", place.end)
    line = text[line_start: line_end if line_end != -1 else len(text)]
    if is_addressee(line.strip()):
        return True
    # 中共嘉兴市委、嘉兴市人民政府：2022年，海宁市…: a page that ran the addressee into the body.
    colon = re.search(r"[:：]", line[:61])
    return bool(colon and place.end - line_start <= colon.start() and is_addressee(line[:colon.end()].strip()))


def find_region(issuer: str | None, title: str | None, norm_text: str) -> str | None:
    if issuer and lang.national_body_pattern().fullmatch(issuer):
        return None  # 司法部, 审计署: the whole country's; a province it inspected (对示例省…督察) is not its own
    for source in (issuer, title):
        if not source:
            continue
        found = region_in_name(source)
        if found == "":
            break  # a branch office of unknown district: its city is not the region
        if found in lang.words("zone_suffixes"):
            # 示范区党工委、管委会: a zone by its kind alone; the opening may name which one (杨凌示范区).
            named = opening_region(norm_text)
            return named if named and named.endswith(found) else found
        if found:
            return found
    level = _level_named_by(issuer)
    found = opening_region(norm_text) or headline_region(norm_text) or region_in_head(norm_text, level)
    if found is None and level is not None and lang.place_levels().get(level) == 0:
        # 省交通运输厅 with no province named: its document number (豫交党〔2024〕22号) tells it.
        found = _province_of_document_number(norm_text[:_DOCUMENT_NUMBER_REACH]) \
            or _province_visited(norm_text[:_DOCUMENT_NUMBER_REACH])
    return found


# A document number on its own line: the issuer's short name, the year in brackets, the number.
_DOCUMENT_NUMBER: Final = re.compile(rf"(?m)^[ \t\u3000]*({_HAN}){_HAN}{{1,6}}[〔\[［【(（]20\d{{2}}[〕\]］】)）]\d{{1,4}}号")
_DOCUMENT_NUMBER_REACH: Final = 2000


def _province_of_document_number(head: str) -> str | None:
    """豫交党〔2024〕22号: a provincial body numbers its documents after its province's one-character name."""
    match = _DOCUMENT_NUMBER.search(head)
    return lang.province_abbreviations().get(match.group(1)) if match else None


def _province_visited(head: str) -> str | None:
    """习近平总书记来陕考察重要讲话: a provincial government's report names its province by the
    one-character name of the general secretary's visit."""
    abbreviations = lang.province_abbreviations()
    visited = lang.pattern("visit_leads", "(" + "|".join(map(re.escape, abbreviations)) + ")" + lang.alternation("visit_verbs"))
    match = visited.search(head)
    return abbreviations.get(match.group(1)) if match else None


def _level_named_by(issuer: str | None) -> str | None:
    """市政府, 市市场监管局, 区司法局: a body named by its level alone tells the report's own level."""
    if issuer and lang.short_organisation_pattern().fullmatch(issuer):
        return issuer[0]
    return None

"""Who issues a report: 示例县人民政府, 中共示例县委 示例县人民政府, 示例市公安局青石分局, 示例经开区管委会 ….

Where the issuer is found, in order of trust: the title's head (or the line above a title
that starts with 关于), the sentence that presents the report (现将示例市司法局2024年…报告如下),
the page header (发文机关), the signature, a title that names only a place (示例市2024年…情况:
the place's government), a 来源 line, the subject of the opening sentence (“2024年，示例市公安局
坚持…”, “青石街道始终坚持…”), a name standing alone on the first line, and last the body a
report that calls itself 我局 names in its own documents.  Central bodies (司法部) name no place.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Final

from .. import vocabulary
from ..normalize import normalize
from . import metadata_language as lang
from .places import divisions, find_places, only_place_of_stem, place_of_stem_in


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def is_addressee(line: str) -> bool:
    """主送机关 lines such as “县委:” or “示例市人民政府:” end in a colon."""
    return bool(re.fullmatch(r"[^。，,]{2,60}[:：]", line))


def is_organisation(text: str) -> bool:
    return bool(lang.organisation_pattern().fullmatch(text.replace(" ", "")))


def clean(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip(" ，,、")


def issuer_in(head: str) -> str | None:
    """The body a title starts with; page junk before it (site names, URLs) is cut off."""
    compact = head.replace(" ", "")
    junk = re.match(r"[\x21-\x7e]+", compact)  # a site address glued to the title
    if junk:
        compact = head = compact[junk.end():]
    if len(compact) < 3:
        return None
    if is_organisation(compact):
        return clean(head)
    if lang.short_organisation_pattern().fullmatch(compact):
        return compact  # 区司法局: the place is named elsewhere
    national = lang.national_body_pattern().match(compact)
    if national and (national.end() == len(compact) or stem_bureau_place(compact[national.end():])):
        # 司法部, 国家统计局: a central body names no place; 国家矿山安全监察局湖北局 is its office in a
        # province, named by the province's stem.
        return compact
    if BARE_COMMITTEE.fullmatch(compact):
        return compact  # 松山湖管委会: an area that is no listed place, named by its committee
    party = lang.alternation("party_prefixes")
    for place in find_places(compact):
        tail = compact[place.start:]
        if is_organisation(tail):
            prefix = re.search(party + "$", compact[:place.start])
            return (prefix.group() if prefix else "") + tail
    return None


def stem_bureau_place(name: str) -> str | None:
    """浙江海事局 → 浙江省, 鹿城公安分局 → 鹿城区, 湖北局 → 湖北省: the place whose stem names a bureau."""
    for length in (4, 3, 2):
        found = _bureau_of_stem(name[:length], name[length:], "$")
        if found is not None:
            return found[0]
    return None


def _bureau_of_stem(stem: str, after: str, ahead: str) -> tuple[str, str] | None:
    """The place whose ``stem`` opens a bureau's name and the rest of that name (鹿城 + 公安分局 → 鹿城区,
    浙江 + 海事局 → 浙江省), the name ending where ``ahead`` matches (its verb, or the end); None when the
    stem names no one place or what follows is no bureau."""
    place = only_place_of_stem(stem)
    if place is None:
        return None
    bureau = re.match(rf"{lang.HAN}{{0,10}}?(?:分局|局)(?={ahead})", after)
    if bureau is None or not is_organisation(place + bureau.group()):
        return None
    return place, bureau.group()


# The managing committee of an area by the area's own name, with no place or zone suffix (松山湖管委会).
BARE_COMMITTEE = re.compile(rf"({lang.HAN}{{2,8}}?)(?:管委会|管理委员会)")


def government_of_place(place_name: str, norm_text: str = "") -> str:
    """The body that governs a place named alone: 示例县人民政府, 青石街道办事处, 示例高新区管委会,
    示例经济技术开发区管理委员会 (a zone's formal full name takes the committee's full name, a short name
    the short one; a 新区 that is also a division, such as 浦东新区, has a 人民政府 unless the report names a 管委会)."""
    metadata = vocabulary.language()["metadata"]
    tails = metadata["place_government_tails"]
    if _named_zone(place_name) and (not divisions(place_name) or re.search("管委会|管理委员会", norm_text[:3000])):
        formal = any(place_name.endswith(suffix) for suffix in metadata["formal_zone_suffixes"])
        return place_name + tails["formal_zone" if formal else "zone"]
    for ending in sorted((k for k in tails if k not in ("zone", "formal_zone", "other")), key=len, reverse=True):
        if place_name.endswith(ending):
            return place_name + tails[ending]
    return place_name + tails["other"]


_STREET = rf"{lang.HAN}{{2,4}}街(?:道)?"


def _named_zone(name: str) -> bool:
    """示例经开区, 天津滨海高新区: a zone with a short name of its own (not 高新区 alone, nor a clause
    that happens to end in 试验区)."""
    suffix = re.search(lang.alternation("zone_suffixes") + "$", name)  # longest first: 经济开发区 whole
    return suffix is not None and 2 <= suffix.start() <= 8 and re.fullmatch(lang.HAN + "+", name) is not None


def bare_place(head: str) -> str | None:
    """示例县 / 平湖市新仓镇 / 示例高新区 / 长延堡街道: a title head or subject that is a place and nothing else."""
    compact = head.replace(" ", "")
    # (示例市人民政府示例区: a body's name and a place run together is no place; no place is named 政府.)
    if re.match(r"关于|[我本全各]", compact) or not lang.bare_place_pattern().fullmatch(compact) \
            or _GOVERNMENT_INSIDE.search(compact):
        return None
    places = find_places(compact)
    if _named_zone(compact) or (places and places[-1].end == len(compact) and not re.fullmatch(lang.zone(), compact)) \
            or re.fullmatch(rf"{lang.HAN}{{1,6}}?街(?:道)?", compact):
        return compact
    return None


_GOVERNMENT_INSIDE: Final = re.compile(r"政府|管委会|管理委员会|办事处")


def _body_before_its_place(head: str) -> str | None:
    """示例市示例区人民政府 示例区2018年度…报告: a body's name (the page's), then its place opening the
    title again: the body is the issuer, not a place ending on 人民政府示例区."""
    body = lang.organisation_pattern().match(head)
    if body is None:
        return None
    place = bare_place(head[body.end():])
    return body.group(1) if place and place in body.group(1) else None


def _as_written(issuer: str, title: str) -> str:
    """The issuer with the spaces the title has (中共示例县委 示例县人民政府), when the title shows it."""
    wanted = issuer.replace(" ", "")
    if not wanted:
        return issuer
    # Walk the title once instead of compiling a pattern per report: match the issuer's
    # characters in order, white space allowed between them.
    for begin in range(len(title)):
        if title[begin] != wanted[0]:
            continue
        position, matched = begin, 0
        while position < len(title) and matched < len(wanted):
            if title[position] == wanted[matched]:
                matched += 1
            elif not title[position].isspace() or matched == 0:
                break
            position += 1
        if matched == len(wanted):
            return clean(title[begin:position])
    return issuer


def _named_by_level(name: str) -> bool:
    """县府办, 市政府办公室, 区司法局: a body named by its level alone, as the site of that place writes it."""
    return name.startswith(tuple(lang.place_levels()))


def _body_kind_only(name: str) -> bool:
    """发布机构：司法局 — a kind of body without its place or level: the site's own name for the office
    that posted the page, not the report's issuer."""
    # (A kind is a short name that a level word would make a body's: 县+司法局. A zone's office
    # names its zone: 示例投资区管理委员会规划建设局 is no kind.)
    return (lang.short_organisation_pattern().fullmatch("县" + name) is not None
            and not is_organisation(name) and not find_places(name)
            and not any(zone in name for zone in lang.words("zone_suffixes"))
            and lang.national_body_pattern().match(name) is None)


def _named_place(head: str) -> bool:
    """示例县2024年…: a title head that starts with a place by its shape."""
    return bool(re.match(lang.place() + r"$", head)) and not re.match(r"关于|[我本全各]", head)


def _line_above(norm_text: str, title_norm: str) -> str | None:
    """“示例县人民政府 / 2024年度法治政府建设情况报告”: the issuer on the line above the title."""
    all_lines = lines(norm_text)[:30]
    wanted = title_norm.replace(" ", "")
    for index, line in enumerate(all_lines):
        # The title may stand twice (a page's 名称 row, then the document): any occurrence counts.
        if line and line == wanted:
            previous = next((p for p in reversed(all_lines[:index]) if p), None)
            if previous and len(previous) <= 30 and not is_addressee(previous) and is_organisation(previous):
                return previous
    return None


def signature(norm_text: str, date_of) -> tuple[str | None, str | None]:
    """The issuer and date lines that close a 公文: “示例县人民政府\\n2025年1月9日”."""
    chrome = lang.pattern("page_chrome")
    tail = [line for line in lines(norm_text)[-12:] if line and not chrome.search(line)]
    for line in reversed(tail[-3:]):  # “示例县人民政府 2025年1月9日” on one line
        both = re.fullmatch(r"(\S{3,30}?)\s*((?:20\d{2}|二〇..)\S{4,12})", line)
        if both and is_organisation(both.group(1)) and date_of(both.group(2)):
            return both.group(1), date_of(both.group(2))
    for index in range(len(tail) - 1, 0, -1):
        date = date_of(tail[index]) if len(tail[index]) <= 16 else None
        if date:
            candidate = tail[index - 1]
            if len(candidate) <= 30 and is_organisation(candidate):
                return candidate, date
            return None, date
    return None, None


def _presented(norm_text: str) -> str | None:
    """现将示例市司法局2024年法治政府建设情况报告如下 / 予以公开 / 现将省政府…报告如下 / 现将示例新区
    2025年度…报告如下 (the place's governing body)."""
    body = rf"({lang.organisation_pattern().pattern}|{lang.short_organisation_pattern().pattern}" \
           rf"|{lang.bare_place_pattern().pattern}(?=20\d{{2}}|法治))"
    match = re.search(rf"现将(?:20\d{{2}}年度?)?{body}(?:20\d{{2}}年度?)?[^。]{{0,50}}?{lang.alternation('report_phrases')}",
                      norm_text[:3000])
    if not match:
        return None
    named = match.group(1)
    if is_organisation(named) or lang.short_organisation_pattern().fullmatch(named):
        return named
    place = bare_place(named)
    return government_of_place(place, norm_text) if place else None


# A news site's headline over a reprint: 示例县公布2023年度法治政府建设情况报告.
_NEWS_HEADLINE = re.compile(r"发布|公布")


@lru_cache(maxsize=1)
def _announcement() -> re.Pattern[str]:
    """Who (bodies, or a bare 市人民政府), 联合, 在…, 向社会/正式/公开/全文, 发布/公布/印发, 《the report》."""
    org = lang.organisation_pattern().pattern
    who = rf"((?:{org})(?:[、和及与\s]*(?:{org}))*|(?<![\u4e00-\u9fff]){_LEVEL_ONLY.pattern})"
    return re.compile(rf"{who}(?:联合)?(?:在[^，,。《]{{0,30}})?(?:向社会|正式|公开|全文){{0,3}}(?:发布|公布|印发)了?"
                      rf"《(?P<quoted>[^》]{{0,80}}?(?:法治政府|依法行政)[^》]{{0,40}})》")


def _announced(norm_text: str) -> str | None:
    """The body or bodies a news reprint says published the report: 中共示例县委、示例县人民政府联合
    向社会公布《关于2021年度法治政府建设情况的报告》 (a report's own text names the report it
    published last year so too, hence only under a news headline)."""
    org = lang.organisation_pattern().pattern
    match = _announcement().search(norm_text, 0, 3000)
    if not match:
        return None
    # 市人民政府（办公厅）…公布《示例市人民政府关于…的报告》: the report's own title names its body in
    # full; 《关于2021年度…的报告》 names none, and who published it is its issuer.
    titled = issuer_in(_title_head(match.group("quoted")))
    if titled:
        return titled
    named = match.group(1)
    if _LEVEL_ONLY.fullmatch(named):
        return named
    parts = [part.group() for part in re.finditer(org, named)]  # (not split at 和: 泰和县人民政府)
    return named if parts and all(is_organisation(part) for part in parts) else None


def _from_source_line(norm_text: str) -> str | None:
    for line in lines(norm_text)[:30]:
        # (日期：2021-02-20 16:54 来源：示例市人民政府: the source often shares the date's line, which
        # normalization closes up to 16:54来源.)
        source = _SOURCE.search(line)
        if source is None:
            continue
        name = source.group(1)
        # (来源：示例镇: a town's page names the town for its government.)
        if is_organisation(name) and re.search(r"政府$|局$|办事处$", name) or bare_place(name):
            return name
        # (来源：区卫健委 over “现将我委…”: a commission that speaks of itself as 我委 posted its own
        # report; a party committee (区委, 党工委) only posts others'.)
        if name.endswith("委") and (is_organisation(name) or lang.short_organisation_pattern().fullmatch(name)) \
                and not _PARTY_COMMITTEE_END.search(name) \
                and _OWN_COMMISSION.search(norm_text, 0, _SELF_REACH):
            return name
    return None


_PARTY_COMMITTEE_END: Final = re.compile(r"(?:^|[省市州盟县区旗镇乡])委$|(?:党|工|纪)委$")
_OWN_COMMISSION: Final = re.compile(r"[我本]委")
_SELF_REACH: Final = 5000


# 信息来源：示例镇人民政府 (after a line's bullet too: • 来源:…) and where the name ends: a space, or
# (normalization closes the spaces up) the next field of the line (发布时间、浏览量、【字号】).
_SOURCE: Final = re.compile(r"(?:^|(?<=[\s\d•·\-|｜]))(?:信息)?来源[:：]\s*(\S+?)"
                            r"(?:\s|发布|时间|日期|更新|浏览|阅读|点击|访问|作者|编辑|字号|打印|分享|【|$)")


@lru_cache(maxsize=8)
def first_body_sentences(norm_text: str, count: int = 3) -> tuple[str, ...]:
    """The first sentences of the body (long lines that are neither page chrome nor a title); asked for
    by the issuer, the region and the year of the same report, so kept for the last few texts."""
    chrome = lang.pattern("page_chrome")
    header = lang.pattern("header_labels")
    sentences: list[str] = []
    for line in lines(norm_text)[:40]:
        # 您当前的位置:首页>…>2024年度 glued to the opening sentence: the breadcrumb is cut off.
        line = _BREADCRUMB.sub("", line)
        line = _LEADING_MARKS.sub("", line)  # ? ? ? 2024年，…: a page's broken icons before the opening
        # 索引号:|…|发布单位:|县府办|有效性:|2024年，开化县坚持…: a saved page's header table glued to
        # the opening; the body starts after its last cell.
        if "|" in line and header.match(line):
            line = line[line.rfind("|") + 1:]
        # A title line holds 关于; a sentence may quote 《中共中央关于…》.
        if len(line) > 40 and not chrome.search(line) and not is_addressee(line) \
                and not _title_like(line):
            sentences.extend(s for s in re.split(r"(?<=[。])", line) if s)
            if len(sentences) >= count:
                break
    return tuple(sentences[:count])


_QUOTED_TITLE = re.compile(r"《[^》]{0,80}》")


def _title_like(line: str) -> bool:
    """示例县人民政府关于2024年…的报告: 关于 early and no clause break; a sentence (…部署和省委省政府关于
    法治建设的决策部署，…) has its comma soon."""
    unquoted = _QUOTED_TITLE.sub("", line)
    return "关于" in unquoted[:30] and not re.search(r"[，,。]", unquoted[:unquoted.find("关于") + 20])


_LEADING_MARKS = re.compile(r"^[?？•·■□◆◇▶►*\s]+")
_BREADCRUMB = re.compile(r"^(?:(?:您)?(?:当前|现在)(?:的)?(?:位置|所在位置)[:：]|首页>)[^。]*>")
_CLAUSE_LEAD = re.compile(
    r"^(?:(?:今年以来|近年来|一年来|[^,，。]{2,120}(?:之年|一年))[,，]"
    r"|(?:(?:20\d{2}|二[〇零][一二三四五六七八九〇零]{2})年(?:以来|度|至今)?[,，]?){1,2})*"
    r"(?:在[^。]{2,40}?(?:领导|引领|指导|支持|监督)下[,，]|在[^。,，]{2,30}?[上中][,，])*"
    # 在市委、市政府的坚强领导下，省农业农村厅的正确指导下，…: a second 下 clause without its own 在.
    r"(?:[^。,，在]{2,30}?(?:领导|引领|指导|支持|监督)下[,，])*"
)


def subject_start(sentence: str) -> int:
    """Where a subject stands: the sentence start after its time phrase and 在…领导下."""
    lead = _CLAUSE_LEAD.match(sentence)  # always matches (every part is optional)
    return lead.end() if lead else 0


def starts_with_known_place(text: str) -> bool:
    """示例市公安局…, 中共示例县委…, 示例经开区…, 示例街党工委…: a body whose name starts with a
    listed place, a zone or a 街 (not 按照示例市…, whose “place” is only a shape)."""
    party = re.match(lang.alternation("party_prefixes"), text)
    offset = party.end() if party else 0
    if re.match(rf"{lang.zone()}|{lang.HAN}{{1,6}}?街(?:道)?(?:党工委|办事处)", text[offset:]):
        return True
    places = find_places(text[offset:offset + 20])
    return bool(places) and places[0].start == 0


def opening_subject(norm_text: str) -> str | None:
    """“2024年，示例市公安局按照…坚持…”: a body named as the subject of an opening sentence."""
    full = lang.organisation_pattern()
    short = lang.short_organisation_pattern()
    verb = lang.subject_verb()
    for sentence in first_body_sentences(norm_text):
        for start in subject_starts(sentence):
            if _SELF_REFERENCE.match(sentence, start):
                # 2024年，在市委、市政府的正确领导下，我局坚持…。示例市在…考核中排名第5: a body that speaks of
                # itself as 我局 is the report's subject; a place that opens a later sentence is not.
                return None
            # After 在…领导下， the subject follows whatever its verb (市市场监管局把握新形势…): the frame says
            # a body comes next, and the name's own ending says where it ends.
            led = _LED_FRAME.search(sentence, 0, start) is not None
            found = _subject_at(sentence[start:], norm_text, full, short, f"{verb}|{_NAME_GOES_ON}{lang.HAN}" if led else verb)
            if found:
                both = _PARTY_AND_GOVERNMENT.fullmatch(found)
                # 2020年，示例镇党委、政府在…领导下: both lead the work, and the government reports it.
                return government_of_place(both.group(1), norm_text) if both else found
    return None


def own_place_level(norm_text: str) -> str | None:
    """“省政府：/ 2022年，在省委、省政府的坚强领导下，我市始终坚持…”: the level of the place that opens the
    first sentence of the body as its subject (市), for the region's government to be the issuer.  (Only
    the first: a department's report says 我区 of the district later on.)"""
    sentences = first_body_sentences(norm_text, 1)
    if not sentences:
        return None
    sentence = sentences[0]
    for start in subject_starts(sentence):
        own_place = _OWN_PLACE_SUBJECT.match(sentence, start)
        if own_place is not None:
            return own_place.group(1)
    return None


# 我市, 我县, 我区 … as the subject (not 我市场监管局: the level character then opens a body's name).
_OWN_PLACE_SUBJECT: Final = re.compile(r"[我本]([省市州县区旗])(?![场直级属])")

_PARTY_AND_GOVERNMENT: Final = re.compile(r"(.{2,12}?[省市州盟县区旗镇乡]|.{2,8}?街道)党(?:工)?委[、和及]?(?:人民)?(?:政府|办事处)")


# 为贯彻落实…精神，扎实做好…工作，区统计局严格对标…: a purpose clause before the subject, of one or more parts.
_PURPOSE_LEAD = re.compile(r"为|根据|按照")
_PURPOSE_REACH = 150


def subject_starts(sentence: str) -> list[int]:
    """Where a subject may stand: after the time phrase and 在…领导下, and, in a sentence that opens
    with a purpose (为…), after each comma of its first 150 characters."""
    starts = [subject_start(sentence)]
    if _PURPOSE_LEAD.match(sentence, starts[0]):
        starts += [i + 1 for i in range(starts[0], min(len(sentence), _PURPOSE_REACH)) if sentence[i] in ",，"]
    return starts


def _subject_at(rest: str, norm_text: str, full, short, verb: str) -> str | None:
    """The body named at the start of ``rest`` as the subject of its verb, if one is."""
    if re.match(r"[我本全各]", rest):
        return None
    # (示例市卫生健康委的法治政府建设工作紧紧围绕…, 示例区卫生健康局法治建设工作，坚持…: the body's work as the
    # subject speaks for the body.)
    match = re.match(full.pattern + rf"(?=(?:\([^)]{{1,20}}\))?(?:{verb}|在|{_WORK_OF_BODY}))", rest)
    if match and _ACCORDING.search(match.group(1)):
        # 示例区市场监督管理局根据区委…部署，坚持…: the body's name ends before 根据, not at 区委.
        match = re.match(full.pattern + rf"(?={_ACCORDING.pattern})", rest)
    if match and _UNDER_LEAD.search(match.group(1)):
        match = None  # 丁蜀镇在市政府的正确领导和市委…指导下: the place is the subject, not a body ending in 市委
    if match and starts_with_known_place(rest):
        return match.group(1)
    # 示例市林业和草原局，以…为目标: a comma between a body's name alone and its verb.
    match = re.match(full.pattern + rf"(?=[,，](?:{verb}))", rest)
    if match and starts_with_known_place(rest) and is_organisation(match.group(1)) \
            and len(match.group(1)) <= 20 and not re.search(r"按照|根据|的", match.group(1)):
        return match.group(1)
    # 市数据局(市营商环境建设局、市行政审批局)在…: the other names it goes by, in brackets.
    match = re.match(short.pattern + rf"(?=(?:\([^)]{{1,30}}\))?(?:{verb}|在))", rest)
    if match:
        return match.group()
    match = re.match(lang.national_body_pattern().pattern + rf"(?=(?:党组)?(?:{verb}|在))", rest)
    if match:
        return match.group()
    # 2024年，示范区党工委、管委会坚持…: a zone's committees named by its kind alone (named_by_region puts
    # the zone's name in front when the region is found).
    match = re.match(rf"(?:{lang.alternation('zone_suffixes')})(?:党工委|工委)[、和及]?(?:管委会|管委)(?=(?:{verb}|在))", rest)
    if match:
        return match.group()
    # 2021年，司法厅坚持…: a provincial department named without its province.
    match = re.match(rf"{lang.HAN}{{2,8}}?[厅](?=(?:{verb}))", rest)
    if match:
        return match.group()
    # 2024年，青石街道始终坚持…: the place itself as subject speaks for the body governing it.
    match = re.match(lang.bare_place_pattern().pattern + rf"(?=(?:{verb}|在))", rest)
    # (A 街 is often missing from the division list: 松洲街以…为引领.)
    if match and bare_place(match.group()) and (starts_with_known_place(rest)
                                                or re.fullmatch(_STREET, match.group())):
        return government_of_place(match.group(), norm_text)
    for length in (4, 3, 2):
        stem, after = rest[:length], rest[length:]
        # 2023年，鹿城公安分局以…: a bureau named after its place's stem, as written (鹿城区公安分局 in full).
        # (Asked first: after 在…领导下， any word may open the verb, and 浙江海事局认真… is the bureau's.)
        bureau = _bureau_of_stem(stem, after, f"(?:{verb})")
        if bureau is not None:
            return stem + bureau[1]
        # 2024年，南沙坚持…: a place by its stem alone, named in full elsewhere in the opening.
        named = place_of_stem_in(stem, norm_text[:_STEM_NAMED_REACH]) if re.match(rf"(?:{verb})", after) else None
        if named is not None:
            return government_of_place(named, norm_text)
    return None


_STEM_NAMED_REACH: Final = 2000
_ACCORDING = re.compile(r"根据|按照|依据")
_LED_FRAME = re.compile(r"(?:领导|指导)下[,，]$")
# (Not where the name goes on: 街道办|事处, 区政府|办, 司法局|党组.)
_NAME_GOES_ON: Final = "(?![事处府办局委员室厅会组队所站院党中])"
# (…局法治建设工作，坚持…: without 的, the work closes its clause.)
_WORK_OF_BODY: Final = "的(?:法治政府建设|法治建设|依法行政)|(?:法治政府建设|法治建设|依法行政)(?:工作)?[,，]"
_UNDER_LEAD = re.compile(r"在[^，,。]{0,30}(?:领导|指导)")
_LEVEL_ONLY = re.compile(r"([省市州县区旗镇乡])(?:人民)?政府")
_PLACE_GOVERNMENT_SHORT = re.compile(r"(\w{2,12}?[省市州县区旗])政府")
_PARTY_WORD = re.compile("[委党]")


@lru_cache(maxsize=1)
def _zone_committees() -> re.Pattern[str]:
    return re.compile(rf"({lang.alternation('zone_suffixes')})(?:党工委|工委)[、和及]?(?:管委会|管委)")


def without_second_name(issuer: str | None) -> str | None:
    """梓阳市综合行政执法局（梓阳市城市管理局）: a body with two names (挂两块牌子) signs with the first."""
    if not issuer:
        return issuer
    dual = _DUAL_NAME.fullmatch(issuer)
    if dual is not None and is_organisation(dual.group(1)) and is_organisation(dual.group(2)):
        return dual.group(1)
    # 上海市水务局 上海市海洋局 on a page's head (run together once spaces are closed up): two names of one
    # place's one office.  (Not a party committee and its government, which report jointly, nor a
    # government and one of its departments.)
    if not _JOINT_NAMES.search(issuer):
        for cut in range(4, len(issuer) - 3):
            first, second = issuer[:cut], issuer[cut:]
            place = _SHARED_PLACE.match(first + "|" + second)
            if place is not None and is_organisation(first) and is_organisation(second):
                return first
    return issuer


_DUAL_NAME: Final = re.compile(r"(.{4,30}?)[(（](.{3,30})[)）]")
# The same place (示例市, 示例县) opening both names, a body kind after it in each.
_SHARED_PLACE: Final = re.compile(r"(\w{1,8}?[省市州盟县区旗])[^|]{2,}\|\1[^|]{2,}")
_JOINT_NAMES: Final = re.compile(r"中共|党委|党工委|政府|党组")


def named_by_region(issuer: str | None, region: str | None) -> str | None:
    """“县政府坚持…” in 靖边县's report: 靖边县人民政府 — a bare level named by the region of that level."""
    bare = _LEVEL_ONLY.fullmatch(issuer or "")
    if bare and region and region.endswith(bare.group(1)):
        return region + "人民政府"
    # 上海市长宁区政府深入贯彻…: a place's government named short in the opening signs by its formal name.
    # (Not the short name of a joint report: 珲春市委市政府.)
    short = _PLACE_GOVERNMENT_SHORT.fullmatch(issuer or "")
    if short and starts_with_known_place(short.group(1)) and not _PARTY_WORD.search(short.group(1)):
        return short.group(1) + "人民政府"
    # 市司法局 in 龙岩市's report, 省司法厅 in 山东省's: a body named by its level alone, as its own staff
    # write it, takes the region's name — a summary of many reports must tell one city's 市司法局 from another's.
    # (Not a name that holds a place already: 市中区人力资源和社会保障局, 镇海区农业农村局.)
    if issuer and region and issuer[0] == region[-1] and not issuer.startswith(region) \
            and lang.short_organisation_pattern().fullmatch(issuer) and not is_organisation(issuer) \
            and not find_places(issuer):
        return region + issuer[1:]
    # 示范区党工委、管委会 in 杨凌示范区's report: 杨凌示范区党工委、管委会.
    committees = _zone_committees().fullmatch(issuer or "")
    if committees and region and region.endswith(committees.group(1)) and region != committees.group(1):
        return region + committees.group()[len(committees.group(1)):]
    return issuer


# The year a title names (2024年, 2024年度, 二〇二四年).
_TITLE_YEAR = r"(?:20\d{2}|二〇..)年度?"


def _title_head(title_norm: str) -> str:
    """The words of a title that may name its body: those before 关于, the year or the topic, or
    where nothing stands there, the body or place right after the year."""
    # (示例高新区法治政府建设工作报告: a title without 关于 or a year ends its body's name at the topic.)
    # (2024法治政府建设情况报告公示: a page's column line may write its year without 年.)
    head = re.split(rf"关于|20\d{{2}}年|^20\d{{2}}(?=\D)|二〇|{lang.alternation('title_topics')}", title_norm)[0].strip()
    head = re.sub(r"(?:发布|公布|印发)$", "", head)  # 示例部发布2024年…报告
    if not head:  # 2024年度示例区市场监督管理局法治政府建设情况报告: the body after the year
        # (关于示例区人社局2024年…, 关于2024年度示例镇…: 关于 opens the title, it is no part of the body.)
        after_year = re.sub(rf"^(?:关于)?(?:{_TITLE_YEAR})?", "", title_norm)
        body = lang.organisation_pattern().match(after_year)
        # (关于示例市2024年法治政府建设情况的报告: the place before the year is the title's head too.)
        place = re.match(lang.bare_place_pattern().pattern + rf"(?=(?:{_TITLE_YEAR})?(?:法治|依法))", after_year)
        head = body.group(1) if body else (place.group() if place else "")
    return head


def _lines_below(norm_text: str, title_norm: str) -> list[str]:
    """The non-empty lines under the title's first occurrence among the first 30 lines."""
    all_lines = [line for line in lines(norm_text)[:30] if line]
    wanted = title_norm.replace(" ", "")
    return all_lines[all_lines.index(wanted) + 1:] if wanted in all_lines else []


def _subtitle(norm_text: str, title_norm: str) -> str | None:
    """The line right under the title when it is a title too: short, naming the report's topic."""
    following = _lines_below(norm_text, title_norm)[:1]
    if following and len(following[0]) <= 40 and not re.search(r"[，,。；;：:]", following[0]) \
            and re.search(lang.alternation("title_topics"), following[0]):
        return following[0]
    return None


def _line_below(norm_text: str, title_norm: str) -> str | None:
    """“关于示例市2024年…的报告 / (2025年5月29日在…会议上) / 示例市人民政府 / 主任、副主任…”: the body
    presenting a report names itself alone on a line under the title, past the occasion and page lines."""
    previous: str | None = None
    for line in _lines_below(norm_text, title_norm)[:4]:
        if is_addressee(line) or len(line) > 40:
            return None  # the body of the report has begun
        # (（示例县人民政府）: a 公文 may set the body's name in brackets under its title.)
        # (• 示例州人民政府: a page's list of fields marks each with a bullet.)
        line = line.lstrip(_BULLETS)
        bracketed = _BRACKETED_LINE.fullmatch(line)
        name = bracketed.group(1) if bracketed else line
        if len(name) <= 30 and is_organisation(name):
            return name
        # (——2021年3月24日在示例市人大常委会第三十次会议上 / 市政府: the government presenting a report
        # to the congress names itself by its level; named_by_region puts the place in front.  A bare
        # level under a title without the occasion is more often the page's column: 市政府 / 市体育局…)
        if _LEVEL_ONLY.fullmatch(name) and previous is not None and _OCCASION_LINE.search(previous):
            return name
        previous = line
    return None


_OCCASION_LINE: Final = re.compile(r"在[^，,。]{2,40}?(?:会议|大会)上[)）]?$")


_BRACKETED_LINE: Final = re.compile(r"[(（]([^()（）]{4,30})[)）]")
_BULLETS: Final = "•·●▪◆■◇○ \t\u3000"


def _top_line(norm_text: str) -> str | None:
    """“四川省交通运输厅 / 2025年法治…工作情况”: a report that opens on its body's name alone."""
    for line in [line for line in lines(norm_text)[:8] if line][:3]:
        if len(line) <= 30 and is_organisation(line) and not is_addressee(line):
            return line
    return None


_SELF_REFERENCE = re.compile(r"[我本]([局委厅办署])")


def _named_self(norm_text: str) -> str | None:
    """A report that calls itself 我局 and names itself only in its own documents (《示例区人社局…清单》):
    the body of that kind most often named in its head."""
    head = norm_text[:5000]
    own = _SELF_REFERENCE.search(head)
    if not own:
        return None
    # 在连州市委、市政府和清远市局的决策部署下，我局…: the body serves the place whose committee leads it, not
    # the higher bureau whose plan it quotes (《清远市市场监督管理局2024年…工作要点》).
    leaders = _LEADING_COMMITTEE.search(head)
    named = Counter(m.group(1) for m in lang.organisation_pattern().finditer(head)
                    if m.group(1).endswith(own.group(1)) and starts_with_known_place(m.group(1))
                    and (leaders is None or m.group(1).startswith(leaders.group(1))))
    return named.most_common(1)[0][0] if named else None


# 在连州市委、市政府…下 / 在中共示例县委…领导下: the place whose party committee leads the body.
_LEADING_COMMITTEE = re.compile(rf"在(?:中共)?({lang.HAN}{{1,8}}?[省市州县区旗])委(?:员会)?[、,，和及]")


def find_issuer(title: str | None, norm_text: str, header: dict[str, str], date_of) -> str | None:
    place_head = None
    # A news site's headline (示例县公布2023年度…报告) names who published the report less fully
    # than its lead does (中共示例县委、示例县人民政府联合向社会公布《…》).
    announced = _announced(norm_text) if title and _NEWS_HEADLINE.search(title) else None
    if announced:
        return announced
    if title:
        title = _without_title_bar(title)
        title_norm = without_column_name(normalize(title).text)
        head = _title_head(title_norm)
        issuer = issuer_in(head) or _body_before_its_place(head)
        if issuer:
            return _as_written(issuer, title)
        # 2024年法治政府建设情况报告 / 2024年示例区生态环境局法治政府建设情况: a second title line names the body.
        subtitle = _subtitle(norm_text, title_norm)
        if not head and subtitle:
            issuer = issuer_in(_title_head(subtitle))
            if issuer:
                return issuer
        # The line above a title that names no place (“示例县人民政府 / 2024年度…报告”); above a title
        # that names its place, an organisation is more often the site's name in the page header.
        above = _line_above(norm_text, title_norm)
        if above and issuer_in(above) == above and not find_places(head) and not _named_place(head):
            return above
        below = _line_below(norm_text, title_norm)
        if below and (issuer_in(below) == below or _LEVEL_ONLY.fullmatch(below)):
            return below
        place_head = bare_place(head)
    presented = _presented(norm_text)
    if presented:
        return presented
    signed, _ = signature(norm_text, date_of)
    # A title that names only a place speaks for its government; a page's 发布机构 (示例区司法局) is
    # then only who posted it (a 发文机关 or a signature of another body still speaks).
    if place_head and not signed and not any(
            is_organisation(header.get(key, "")) and not header[key].startswith(place_head)
            for key in ("发文机关", "发文单位")):
        return _place_government(place_head, norm_text)
    for key in ("发文机关", "发布机构", "发文单位"):
        value = header.get(key, "").strip()
        # A value that runs on (a table row whose next labels were unknown, the body after it) is no name;
        # one that opens on a bare level (县府办, 市司法局) is the office as its own staff call it.
        if value and len(value) <= _LONGEST_NAME and not _named_by_level(value) and not _body_kind_only(value):
            return value
    if signed:
        return signed
    if place_head:
        return _place_government(place_head, norm_text)
    # (Who speaks in the opening before who posted the page: a county's report is often posted by its
    # 司法局 — 来源：示例县司法局 over “2023年，示例县人民政府…”.)
    return opening_subject(norm_text) or _from_source_line(norm_text) \
        or (None if title else _top_line(norm_text)) or _named_self(norm_text)


def _without_title_bar(title: str) -> str:
    """A page's title bar ahead of the title (示例市人民政府门户网站 示例市司法局 公示公告 示例市司法局2024年…):
    the title from after the last word, before its head, that is no body's name, when some word before
    that one is a body's.  A joint title's bodies (中共示例县委 示例县人民政府 2024年…) all stay.  (On the
    title as written: normalizing drops the spaces between the words.)"""
    words = title.split()
    if len(words) < 2:
        return title
    last_head = _title_head(without_column_name(normalize(words[-1]).text))
    heads = words[:-1] + ([last_head] if last_head else [])
    kept = len(heads)
    if last_head and bare_place(last_head):
        kept -= 1  # 济南市人民政府 通知公告 济南市2020年…: a title headed by its place alone, after the bar
    while kept > 0 and is_organisation(heads[kept - 1]):
        kept -= 1
    if kept == 0 or kept == len(heads) or not any(is_organisation(word) for word in heads[:kept]) \
            or re.fullmatch(lang.alternation("party_prefixes"), heads[kept - 1]):
        return title  # (中共 示例县委: the party's prefix belongs to the name after it)
    return " ".join(words[kept:])


# The longest body name a page's header gives (中共示例县委 示例县人民政府 示例县政协 is 20 characters).
_LONGEST_NAME = 40
_COLUMN_NAME: Final = re.compile(r"^(?:【[^】]{1,12}】|[^丨｜|，,。:：]{1,6}[丨｜|])")


def without_column_name(title: str) -> str:
    """【年度报告】示例区2023年…, 数读丨示例市2024年度…: the headline without the column's name before it."""
    return _COLUMN_NAME.sub("", title)


def _place_government(place_head: str, norm_text: str) -> str:
    """示例市2024年法治政府建设情况: the city's government reports — by the name the opening gives it
    where it does (天津经济技术开发区管理委员会坚持…)."""
    subject = opening_subject(norm_text)
    if subject and subject.startswith(place_head) and subject != place_head:
        return subject
    return government_of_place(place_head, norm_text)

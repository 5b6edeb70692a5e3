"""Who issues a report: 示例县人民政府, 中共示例县委 示例县人民政府, 示例市公安局青石分局, 示例经开区管委会 ….

Where the issuer is found, in order of trust: the title's head (or the line above a title
that starts with 关于), the sentence that presents the report (现将示例市司法局2024年…报告如下),
the page header (发文机关), the signature, a 来源 line, and the subject of the opening
sentence (“2024年，示例市公安局坚持…”).
"""
from __future__ import annotations

import re

from ..normalize import normalize
from . import metadata_language as lang
from .places import find_places


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
    party = lang.alternation("party_prefixes")
    for place in find_places(compact):
        tail = compact[place.start:]
        if is_organisation(tail):
            prefix = re.search(party + "$", compact[:place.start])
            return (prefix.group() if prefix else "") + tail
    return None


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


def _named_place(head: str) -> bool:
    """示例县2024年…: a title head that starts with a place by its shape."""
    return bool(re.match(lang.place() + r"$", head)) and not re.match(r"关于|[我本全各]", head)


def _line_above(norm_text: str, title_norm: str) -> str | None:
    """“示例县人民政府 / 2024年度法治政府建设情况报告”: the issuer on the line above the title."""
    all_lines = lines(norm_text)[:30]
    for index, line in enumerate(all_lines):
        if line and line == title_norm.replace(" ", ""):
            previous = next((p for p in reversed(all_lines[:index]) if p), None)
            if previous and len(previous) <= 30 and not is_addressee(previous):
                return previous
            return None
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
    """现将示例市司法局2024年法治政府建设情况报告如下 / 予以公开 / 现将省政府…报告如下."""
    body = rf"({lang.organisation_pattern().pattern}|{lang.short_organisation_pattern().pattern})"
    match = re.search(rf"现将{body}(?:20\d{{2}}年度?)?[^。]{{0,30}}?{lang.alternation('report_phrases')}",
                      norm_text[:3000])
    return match.group(1) if match else None


def _from_source_line(norm_text: str) -> str | None:
    for line in lines(norm_text)[:30]:
        source = re.match(r"(?:信息)?来源[:：]\s*(\S+?)(?:\s|发布|时间|日期|更新|$)", line)
        if source and is_organisation(source.group(1)) and re.search(r"政府$|局$", source.group(1)):
            return source.group(1)
    return None


def first_body_sentences(norm_text: str, count: int = 3) -> list[str]:
    """The first sentences of the body (long lines that are neither page chrome nor a title)."""
    chrome = lang.pattern("page_chrome")
    sentences: list[str] = []
    for line in lines(norm_text)[:40]:
        # 您当前的位置:首页>…>2024年度 glued to the opening sentence: the breadcrumb is cut off.
        line = _BREADCRUMB.sub("", line)
        if len(line) > 40 and not chrome.search(line) and not is_addressee(line) and "关于" not in line[:30]:
            sentences.extend(s for s in re.split(r"(?<=[。])", line) if s)
            if len(sentences) >= count:
                break
    return sentences[:count]


_BREADCRUMB = re.compile(r"^(?:您)?(?:当前|现在)(?:的)?(?:位置|所在位置)[:：][^。]*>")
_CLAUSE_LEAD = re.compile(
    r"^(?:(?:今年以来|近年来|[^,，。]{2,120}之年)[,，]|(?:20\d{2}年(?:以来|度)?[,，]?){1,2})?"
    r"(?:在[^。]{2,40}?(?:领导|指导|支持|监督)下[,，]|在[^。,，]{2,30}?[上中][,，])*"
)


def subject_start(sentence: str) -> int:
    """Where a subject stands: the sentence start after its time phrase and 在…领导下."""
    return _CLAUSE_LEAD.match(sentence).end()


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
        rest = sentence[subject_start(sentence):]
        if re.match(r"[我本全各]", rest):
            continue
        match = re.match(full.pattern + rf"(?=(?:\([^)]{{1,20}}\))?(?:{verb}|在))", rest)
        if match and starts_with_known_place(rest):
            return match.group(1)
        match = re.match(short.pattern + rf"(?=(?:{verb}|在))", rest)
        if match:
            return match.group()
    return None


_LEVEL_ONLY = re.compile(r"([省市州县区旗镇乡])(?:人民)?政府")


def named_by_region(issuer: str | None, region: str | None) -> str | None:
    """“县政府坚持…” in 靖边县's report: 靖边县人民政府 — a bare level named by the region of that level."""
    bare = _LEVEL_ONLY.fullmatch(issuer or "")
    if bare and region and region.endswith(bare.group(1)):
        return region + "人民政府"
    return issuer


def find_issuer(title: str | None, norm_text: str, header: dict[str, str], date_of) -> str | None:
    if title:
        title_norm = normalize(title).text
        head = re.split(r"关于|20\d{2}年|二〇", title_norm)[0].strip()
        issuer = issuer_in(head)
        if issuer:
            return _as_written(issuer, title)
        # The line above a title that names no place (“示例县人民政府 / 2024年度…报告”); above a title
        # that names its place, an organisation is more often the site's name in the page header.
        above = _line_above(norm_text, title_norm)
        if above and issuer_in(above) == above and not find_places(head) and not _named_place(head):
            return above
    presented = _presented(norm_text)
    if presented:
        return presented
    for key in ("发文机关", "发布机构", "发文单位"):
        if header.get(key, "").strip():
            return header[key].strip()
    signed, _ = signature(norm_text, date_of)
    if signed:
        return signed
    return _from_source_line(norm_text) or opening_subject(norm_text)

"""Region, report year, issuer, publish date and title of a report.

Where they come from, in order of trust:
- the page header a reader found (Document.header: 发布日期, 发文机关, 标题 …);
- the title line (“示例县人民政府关于2024年度法治政府建设情况的报告”);
- labelled lines of a saved page (发布时间：…, 日期：…) and the bare date-and-time line a
  page prints under its title (“2025-01-26 10:32 来源：示例县司法局”) — never page chrome
  such as “今天是2025年3月5日”, 更新时间, 浏览次数 or a 成文日期;
- the signature at the end (issuer line followed by a date line);
- the subject of the opening sentences (“2024年，示例市公安局坚持…”) for reports without a title.
The year is the year reported on (2024年度), not the year of publication.  Issuer and
region rules live in ``issuer.py`` and ``region.py``; their words in language.json.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final
from collections import Counter

from ..normalize import normalize
from ..types import Document, ReportMetadata
from . import metadata_language as lang
from ..pattern_prefixes import may_consume
from .issuer import (find_issuer, without_column_name, first_body_sentences, government_of_place, is_addressee, is_organisation, lines,
                     named_by_region, own_place_level,
                     signature, starts_with_known_place, without_second_name)
from ..numbers import parse_chinese_integer
from .region import find_region

# 2023年…, or 2023法治政府建设… where the 年 was left out.
_YEAR_IN_TITLE = re.compile(r"(20\d{2}|二〇[一二三四五六七八九〇]{2})\s*(?:年|(?=法治|依法))")
_DATE = re.compile(r"(20\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?")
_CHINESE_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_CLOCK = re.compile(r"\d{1,2}\s*(?::|时)\s*\d{2}(?:\s*(?::|分)\s*\d{2})?\s*(?:秒|分)?")


def _embedded_title() -> re.Pattern[str]:
    return _embedded_title_of(lang.organisation())


@lru_cache(maxsize=2)
def _embedded_title_of(body: str) -> re.Pattern[str]:
    # A body's name, its joiners and 关于 hold no 。，, (they are made of hanzi, brackets, dashes and
    # 、和及): the look-ahead for a 关于 before the next of them turns away, in one pass of plain
    # character tests, the positions where the name's many alternations would otherwise be tried
    # (a sixth of the metadata's time on the openings of ../shared).  Only while the name cannot
    # hold one of them: a bureau's language.json might put one in.
    ahead = "" if may_consume(body, "。，,") else "(?=[^。，,]*?关于)"
    # (Two names are joined on one line: a letterhead's name above the title is no second issuer.)
    return re.compile(rf"{ahead}({body}(?:[、和及 \t\u3000]*{body})?关于[^。，,]{{0,12}}?"
                      r"(?:20\d{2}|二〇..)年度?[^。，,]{0,20}?(?:报告|情况))")


_HEADING_START = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")
_BOOK_TITLE = re.compile(r"《[^》]{0,80}》")
_OPENING_YEAR = r"20\d{2}|二[〇零][一二三四五六七八九〇零]{2}"
_PRINTED_AT = re.compile(r"^\s*20\d{2}[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}\s*")
_ACCOUNT_LINE = re.compile(r"[^\d\W]{2,24}")  # words only: no figure, no punctuation
_PROSE_MARK = re.compile(r"[。；;]|(?<!\d),|,(?!\d)")  # a comma between digits groups thousands
# (The publishing body may stand between: “上海市统计局2019年度……报告 上海市统计局 2020-06-08”; the
# page's chrome may follow, after a clock: “…报告 某市政府门户网站 2024-01-31 17:20:32 来源：本网”.  A clock
# alone closing the line is a list's entry: 示例街道 2024年工作要点 2025-02-14 18:30.)
@lru_cache(maxsize=1)
def _title_date() -> re.Pattern[str]:
    return re.compile(r"(?:报告|情况|工作)(?:\s*[^\s\d()（），,。；;:：]{2,24}?)?\s*"
                      r"(?:[(（]\s*(20\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))\s*[)）]"
                      r"|(20\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))\s*"
                      r"(?:$|(?:" + _CLOCK.pattern + r")?\s*(?=" + lang.pattern("date_line_companions").pattern + ")))")


def find_title(text: str, header: dict[str, str]) -> str | None:
    # 原标题：《示例县人民政府关于…的报告》: a reprint (a WeChat post, a news page) names the report it carries
    # under a headline of its own; the report's title is the one to show.
    original = header.get("原标题", "").strip().strip("《》")
    if original and lang.pattern("title_topics").search(normalize(original).text) \
            and lang.pattern("title_kinds").search(normalize(original).text):
        return original
    title = header.get("标题") or header.get("名称")  # 信息名称: a page's name for its document
    if title:
        return title.strip()
    head_lines = lines(text)[:25]
    for index, line in enumerate(head_lines):
        if line.startswith("关于") and index > 0:
            previous = next((p for p in reversed(head_lines[:index]) if p), "")
            if previous and len(previous) <= 30 and is_organisation(normalize(previous).text):
                # (The page's name row may give the whole title above a typeset copy that lost a character.)
                whole = next((above for above in head_lines[:index] if above.endswith(line) and len(above) > len(line)
                              and is_organisation(normalize(above[:-len(line)]).text)), None)
                return whole or previous + line
    topic, kind = lang.pattern("title_topics"), lang.pattern("title_kinds")
    publish_label = _publish_label()
    attached = None
    for index, line in enumerate(head_lines):
        link = _ATTACHMENT_LINK.match(line)
        if link:
            # 附件：示例县…报告.pdf: a page's link to the report names it, but the report's own title
            # line below says it as written (the name only when the page has no other).
            attached = attached or link.group(1)
            continue
        header_row = _header_line().match(line)
        if header_row and re.sub(r"\s", "", header_row.group(1)) not in _TITLE_LABELS:
            # 索引号: 00297527/2023-00001 内容分类: 法治政府建设年度报告: a field of the page's header
            # whose value names the column the report is filed under, not the report.
            continue
        if header_row and header_row.group(2).strip():
            line = header_row.group(2).strip()  # 名称 示例厅2019年度…报告: the row's value, without its label
        simplified = normalize(line).text  # 法治政府建設 on traditional-character sites
        # 关于报送《示例区建交委2024年度…报告》的报告: a covering letter's title names the report it sends.
        sent = _SENT_REPORT.match(simplified)
        if sent and topic.search(sent.group(1)) and kind.search(sent.group(1)):
            return sent.group(1)
        # Not a heading (一、…建设情况), an addressee (示例区…领导小组办公室：) nor a sentence that names a
        # document (把《…工作计划》确定…).
        if _HEADING_START.match(simplified) or is_addressee(simplified.strip()):
            continue
        if not simplified.lstrip().startswith("《"):  # 《示例县2024年…报告》 on its own is the title
            simplified = _BOOK_TITLE.sub("", simplified)
        following = head_lines[index + 1] if index + 1 < len(head_lines) else ""
        if not kind.search(simplified) and following and len(following) <= 20 \
                and (_TITLE_FIRST_LINE.match(simplified) or _title_kind_alone(simplified, normalize(following).text)) \
                and kind.search(normalize(following).text):
            # 示例县人民政府关于2021年法治政府 / 建设工作情况的报告: a title broken inside its topic.
            # (工  作  报  告: the spaces that spread a title's last line are no part of it.)
            following = _SPREAD.sub("", following)
            line, simplified = line + following, simplified + normalize(following).text
        if 6 <= len(line) <= 80 and topic.search(simplified) and kind.search(simplified) \
                and not re.search(r"[。；]|[，,].{12,}", line) and not publish_label.match(line) \
                and not line.startswith(tuple(lang.words("title_chrome_starts"))) and ">" not in line:
            line = line.strip("|｜ \t")  # a title kept in a table cell: | 示例县…报告 |
            line = _PRINTED_AT.sub("", line)  # a browser's print header: 2026/2/12 09:31  示例县…报告
            line = _title_start_above(head_lines[:index]) + line
            return line.rstrip("-_ ").split("-")[0].strip() if re.search(r"-[^-]{0,12}网", line) else line
    if attached and topic.search(normalize(attached).text) and kind.search(normalize(attached).text):
        return attached
    head = normalize(text[:1500]).text
    # Every such title holds 关于, and its body's name before 关于 has no 。，, in it: the engine
    # starts at the clause of the first 关于, not at every character of the 1,500 before (it tried
    # a body's name at each: a millisecond a report).
    first_about = head.find("关于")
    if first_about == -1:
        return None
    clause_start = max(head.rfind(mark, 0, first_about) for mark in "。，,") + 1
    for embedded in _embedded_title().finditer(head, clause_start):
        # 编撰并公示《示例局关于2024年…的报告》: a document the body quotes (last year's report), not this one.
        if head[embedded.start() - 1:embedded.start()] != "《":
            return embedded.group(1)
    return None


# The header labels whose value is the page's name for its document (read before the lines are).
_TITLE_LABELS = ("标题", "名称")
_SENT_REPORT = re.compile(r"\s*关于(?:报送|呈报|上报|报备|提交|印发|公布)《([^》]{6,80})》的(?:报告|函|请示|通知)")
_ATTACHMENT_LINK = re.compile(r"\s*附件\d*[:：]\s*(.+?)\.(?:pdf|docx?|wps|ofd)\s*$", re.IGNORECASE)
# The first line of a title broken in two (“示例市人民政府关于2020年度 / 法治政府建设情况的报告”).
_TITLE_FIRST_LINE = re.compile(r"[^。，,；;：:]{2,40}?(?:关于|关于[^。，,；;：:]{0,12}?(?:20\d{2}|二〇..)年度?)")


_SPREAD = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _title_kind_alone(line: str, following: str) -> bool:
    """示例县2020年法治政府建设 / 工  作  报  告: a title's topic and year on one line, its kind alone on
    the next (spaced out to the width of a 公文's title)."""
    return bool(re.search(r"(?:20\d{2}|二[〇零].{2})年", line)) and lang.pattern("title_topics").search(line) is not None \
        and len(following) <= 8 and not re.search(r"[\d，,。；;]", following)


def _title_start_above(lines_above: list[str]) -> str:
    """The line right above a title that is its first half, or nothing."""
    above = lines_above[-1].strip() if lines_above else ""
    return above if above and _TITLE_FIRST_LINE.fullmatch(normalize(above).text) else ""


def _chinese_year(text: str) -> int | None:
    digits = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
              "八": "8", "九": "9"}
    if all(ch in digits for ch in text):
        return int("".join(digits[ch] for ch in text))
    return None


# A clause mark, a bracket or a line break before a year: the year opens its clause.
_CLAUSE_OPENS = frozenset("\n。，,；;：:、)） \t\u3000")


def find_year(norm_text: str, title: str | None) -> int | None:
    if title:
        match = _YEAR_IN_TITLE.search(normalize(title).text)
        if match:
            raw = match.group(1)
            return int(raw) if raw.isdigit() else _chinese_year(raw)
    head = norm_text[:1500]
    # “2019年，示例市政府在…”: the year the body opens on, before any year it looks back to.
    first = first_body_sentences(norm_text, 1)
    # (二〇二一年，… in a 公文 that writes its years in Chinese numerals.)
    opening_year = re.match(rf"({_OPENING_YEAR})年度?[,，]", first[0]) if first else None
    if first and not opening_year:
        # “2022年观海卫镇法治政府建设工作以…”: the year glued to the body's place.
        glued = re.match(rf"({_OPENING_YEAR})年度?", first[0])
        # (…or to a name no list holds, before its verb: “2021年白云湖街以习近平法治思想为指导”; not
        # “2018年机构改革以来”, which looks back.)
        opening_year = glued if glued and (
            starts_with_known_place(first[0][glued.end():])
            or re.match(rf"{lang.HAN}{{2,8}}?(?:{lang.subject_verb()})(?!来)", first[0][glued.end():])) else None
    if opening_year:
        raw = opening_year.group(1)
        return int(raw) if raw.isdigit() else _chinese_year(raw)
    # “现将2024年凤凰山街道法治政府建设工作总结报告如下”, “现将市司法局2019年法治政府建设情况报告如下”: the
    # year of the report the opening presents, after its body's name or before it.
    presented = re.search(rf"现将[^。；;\d]{{0,24}}?(20\d{{2}})年度?[^。；;]{{0,40}}?(?:{lang.alternation('report_phrases')})",
                          head)
    if presented:
        return int(presented.group(1))
    # “2024年，我局…”, “2024年度…”, “一、2024年工作回顾”: the year the body reports on.
    openings = lang.alternation("year_openings")
    # (…以来, 2023年来 only at a clause's start: 将2021年以来新提任的干部… inside a sentence looks back, it
    # opens nothing.)
    opening = [match.group(1) for match in re.finditer(
        rf"(20\d{{2}})年({openings}|{lang.HAN}{{0,3}}(?:坚持|深入|紧紧|认真))", head)
        if not match.group(2).endswith("来") or match.start() == 0 or head[match.start() - 1] in _CLAUSE_OPENS]
    if opening:
        return Counter(int(y) for y in opening).most_common(1)[0][0]
    return None


def date_of(text: str) -> str | None:
    """YYYY-MM-DD from 2025-02-06, 2025/02/06, 2025年02月06日 or 二〇二五年二月六日."""
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


def _publish_label() -> re.Pattern[str]:
    return lang.pattern("publish_labels", r"\s*[:：]\s*")


def _publish_label_or_cell() -> re.Pattern[str]:
    """发布时间：… or a page's table row “公开类别 主动公开 发布时间 2023-03-27”, where a space (gone once
    normalized) stands for the colon."""
    return lang.pattern("publish_labels", r"(?:\s*[:：]\s*|[ \t\u3000]*(?=20\d{2}))")


def _delivered_on(head_lines: list[str]) -> str | None:
    """——2025年3月17日在示例县第十六届人民代表大会常务委员会第二十四次会议上 (the line may break before
    常务委员会): the day the report was delivered to the people's congress, made public that day."""
    venues = lang.pattern("delivery_venues")
    for index, line in enumerate(head_lines):
        opening = _DELIVERED_LINE.match(line)
        if opening and venues.search(line + "".join(head_lines[index + 1:index + 2])):
            return date_of(opening.group(1))
    return None


# A line opening on a date and 在 (after a dash): where and when the report was delivered.
_DELIVERED_LINE: Final = re.compile(r"[\s—\-─]*(20\d{2}年\d{1,2}月\d{1,2}日)\s*在")


def _page_date_line(line: str) -> str | None:
    """“2025-01-26 10:32 来源：示例县司法局 打印” or “• 2025年01月26日 09时24分”: the date a page prints under its title.

    The line holds a date and nothing but a clock time, bullets and page chrome beside it.
    """
    match = _DATE.search(line)
    if not match:
        return None
    beside = line[:match.start()] + " " + line[match.end():]
    rest = _CLOCK.sub("", beside)
    clocked = rest != beside
    rest = re.sub(r"[•·|｜\-—_\s【】\[\]()（）/]+", "", rest)  # (2021/03/04/ 15:59: a slash after the date)
    # (Only what stands before the first companion is weighed: 云台镇人民政府办公室 2023-02-10 阅读： is
    # the publishing office, then the page's counter.)
    companion = lang.pattern("date_line_companions").search(rest)
    rest = rest[:companion.start()] if companion else rest
    if rest and not is_organisation(rest) and not (clocked and _ACCOUNT_LINE.fullmatch(rest)):
        # “示例县司法局 2025-01-26”: the publishing body beside the date is chrome too; so are an
        # article's author and account beside its date and time (南塘街道 澄川南塘 2024-01-26 17:05 湖北).
        return None
    return date_of(line)


def _cells_apart(line: str) -> str:
    """“| 发布机构 | 示例街道 | |”: a page's table kept as text with bars between its cells, read like
    the table rows whose cells only a space parts; “【发布日期】2026-01-30” or “[ 发布日期 ] 2026-02-25”: a
    label in brackets, read as the label and its colon."""
    if "【" in line or "[" in line:
        line = _BRACKETED_LABEL.sub(_label_in_brackets, line)
    if "|" not in line and "｜" not in line:
        return line
    return re.sub(r"\s*[|｜]\s*", " ", line).strip()


# 【发布日期】 or a page's [ 发布日期 ] (square brackets with spaces inside).
_BRACKETED_LABEL = re.compile(r"【\s*([^【】\s]{2,8})\s*】|\[\s*([^\[\]\s]{2,8})\s*\]")


def _label_in_brackets(match: re.Match[str]) -> str:
    label = match.group(1) or match.group(2)
    known = label in lang.words("header_labels") or lang.pattern("publish_labels", "").fullmatch(label)
    return f" {label}：" if known else match.group(0)


def find_publish_date(norm_text: str, header: dict[str, str]) -> str | None:
    for key in ("发布日期", "发布时间", "公开日期", "日期", "时间"):
        value = header.get(key)
        if value and date_of(normalize(value).text):
            return date_of(normalize(value).text)
    chrome = lang.pattern("page_chrome")
    refused = lang.pattern("not_publish_labels")
    head_lines = [_cells_apart(line) for line in lines(norm_text)[:40]]
    for line in head_lines:
        for label in _publish_label_or_cell().finditer(line):
            if refused.search(line[max(0, label.start() - 4):label.end()]) or chrome.search(line[:label.start()][-6:]):
                continue  # 成文日期 is when it was signed, 更新时间 when the page changed, 今天是 the clock
            date = date_of(line[label.end():label.end() + 24])
            if date:
                return date
    # The body is the first long line written in sentences: a page's chrome line under its title
    # (日期 来源 编辑 浏览量：2,041 分享到 …) may be as long, but has no sentence's punctuation.
    body_starts = next((i for i, line in enumerate(head_lines) if len(line) > 60 and _PROSE_MARK.search(line)),
                       len(head_lines))
    # “示例街道2022年度法治政府建设工作情况报告 2023-02-09”, “…报告 (2025-03-26)”, “…报告 ( 2025年03月26日 )”:
    # a date closing the title line; in brackets, the document number may follow it on the line the
    # short lines were joined into.  (The title's line is among the first three, or after a page's
    # short chrome lines: 头部 ico ico.)
    for line in head_lines[:max(3, min(body_starts, 6))]:
        closing = _title_date().search(line)
        if closing and date_of(closing.group(1) or closing.group(2)):
            return date_of(closing.group(1) or closing.group(2))
    delivered = _delivered_on(head_lines[:body_starts + 1])
    if delivered:
        return delivered
    for line in head_lines[:body_starts]:
        # (Chrome before the date makes it the clock or a page's update; after it, 点击上方蓝字关注
        # run on from the next line, it is only more chrome.)
        dated = _DATE.search(line)
        if dated is None or chrome.search(line[:dated.start()].split("来源")[0]) or refused.search(line):
            continue
        date = _page_date_line(line)
        if date:
            return date
    # A 公文 without a page header: the date under the signature is when it was issued.
    _, signed = signature(norm_text, date_of)
    return signed


@lru_cache(maxsize=1)
def _spaced_labels() -> str:
    """The header labels, each also written with spaces inside (“标      题” in a page's table)."""
    labels = sorted(lang.words("header_labels"), key=len, reverse=True)
    return "(?:" + "|".join(r"[ \t\u3000]*".join(map(re.escape, label)) for label in labels) + ")"


@lru_cache(maxsize=1)
def _header_line() -> re.Pattern[str]:
    # “发布日期：…”, or a page's table row “标      题 示例县人民政府关于…”: spaces for the colon,
    # and none left once normalization has taken the spaces between Chinese characters out.
    return re.compile(rf"^(?:信息)?({_spaced_labels()})(?:[:：]|[ \t\u3000]*)(.*)$")


@lru_cache(maxsize=2)
def _label_pattern(colon_only: bool) -> re.Pattern[str]:
    return re.compile(f"({_spaced_labels()})" + ("[:：]" if colon_only else "(?:[:：]|[ \t\u3000]*)"))


def _label_pairs(line: str) -> list[tuple[str, str]]:
    # A line that opens “label：” separates every label with a colon; a table row may use none.
    colon_only = bool(re.match(rf"(?:信息)?{_spaced_labels()}[:：]", line))
    labels = list(_label_pattern(colon_only).finditer(line))
    pairs = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        value = _own_cell(line[label.end():end])
        if value:
            pairs.append((re.sub(r"\s", "", label.group(1)), value))
    return pairs


# Another field after a space (发布机构:司法局 | 公文时效:是): a label this list does not know still
# ends the value before it.
_NEXT_FIELD = re.compile(r"\s+[\u4e00-\u9fff]{2,6}[:：]")


def _own_cell(value: str) -> str:
    other_field = _NEXT_FIELD.search(value)
    return (value[:other_field.start()] if other_field else value).strip()


def header_from_text(norm_text: str) -> dict[str, str]:
    """“发文机关: 区政府” lines of a saved 政府信息公开 page kept as text."""
    header: dict[str, str] = {}
    head_lines = [_cells_apart(line).lstrip("•·- ") for line in lines(norm_text)[:80]]
    header_line = _header_line()
    for index, line in enumerate(head_lines):
        match = header_line.match(line)
        if not match:
            continue
        pairs = _label_pairs(line)
        # 发布机构:… 成文日期:… 发布日期:… on one line, or a first label whose cell is empty
        # (索引号 | 发布机构 | 示例街道): each label takes what follows it.
        if len(pairs) > 1 or (pairs and (pairs[0][0] != re.sub(r"\s", "", match.group(1))
                                         or len(_label_pattern(False).findall(line)) > 1)):
            for label, value in pairs:
                header.setdefault(label, value)
            continue
        label = re.sub(r"\s", "", match.group(1))
        if label in header:
            continue
        value = _own_cell(match.group(2))
        if not value:  # the value sits on the next non-empty line
            following = next((l for l in head_lines[index + 1:index + 4] if l), "")
            if following and not header_line.match(following):
                # …up to the next label on it (双牌县教育局 发文日期:2025-02-25 - 名称:); a line that is
                # only another field (【字体:大中小】) is no value of this one.
                label_on_it = _label_pattern(True).search(following)
                value = following[:label_on_it.start()] if label_on_it else following
                value = "" if _FIELD_OPENING.match(value) else value.strip(" -")
        if value:
            header[label] = value
    return header


# A line opening on a field's label and its colon, bracketed or not (【字体:大中小】).
_FIELD_OPENING = re.compile(r"[【\[]?[\u4e00-\u9fff]{2,6}[:：]")
_COLUMN_GAP = re.compile(r"\s*[\t|｜]\s*|[ \u3000]{2,}")
_FEWEST_COLUMNS = 3


def _columns(line: str) -> list[str]:
    return [cell.strip() for cell in _COLUMN_GAP.split(line.strip().strip("|｜")) if cell.strip()]


@lru_cache(maxsize=1)
def _header_label_set() -> tuple[frozenset[str], tuple[str, ...]]:
    labels = lang.words("header_labels")
    return frozenset(labels), tuple(labels)


def header_from_columns(text: str) -> dict[str, str]:
    """A page's header kept as a table whose labels make one row and their values the next
    (索引号 | 发布机构 | 成文日期 | 发布日期 ⏎ BY-2021-0046 | 示例区人民政府 | 2021-02-26 | 2021-03-02)."""
    known, starts = _header_label_set()
    rows = [line for line in text[:4000].splitlines()[:40] if line.strip()]
    for labels, values in zip(rows, rows[1:]):
        if not labels.lstrip(" \t\u3000|｜").startswith(starts):
            continue  # (a row of labels opens on one: most lines are told apart by their start)
        names = [re.sub(r"\s", "", cell) for cell in _columns(labels)]
        if len(names) < _FEWEST_COLUMNS or not all(name in known for name in names):
            continue
        cells = _columns(values)
        if len(cells) == len(names):
            return dict(zip(names, cells))
    return {}


def extract_metadata(document: Document) -> ReportMetadata:
    normalized = normalize(document.text)
    norm = normalized.text
    # (The columns first: read line by line, their row of labels looks like labels with values.)
    header = {**header_from_text(norm), **header_from_columns(document.text), **document.header}
    title = find_title(normalized.lines_as_read(), header)
    issuer = without_second_name(find_issuer(title, norm, header, date_of))
    region = find_region(issuer, without_column_name(title) if title else title, norm)
    if issuer is None and region:
        # 在省委、省政府的坚强领导下，我市始终坚持…: with no body named, the place that speaks as 我市 is
        # the region's government (a zone's 管委会) — when the region is of that level.
        level = own_place_level(norm)
        if level is not None and region.endswith(level):
            issuer = government_of_place(region, norm)
    return ReportMetadata(
        region=region,
        year=find_year(norm, title),
        issuer=named_by_region(issuer, region),
        publish_date=find_publish_date(norm, header),
        title=title,
    )


__all__ = ["extract_metadata", "header_from_columns", "find_title", "find_year", "find_publish_date", "header_from_text", "date_of",
           "is_addressee"]

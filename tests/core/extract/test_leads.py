"""What a paragraph's lead is: the short sentence opening a paragraph, or the heading on the line
above, whose words name what the bare counts of the paragraph count (``leads.paragraph_topics``)."""
from __future__ import annotations

import pytest

from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.extract.context import build_context
from lawgov_desktop.core.extract.leads import paragraph_topics
from lawgov_desktop.core.types import Document

TITLE = "松川县人民政府关于2023年度法治政府建设情况的报告"

LEADS = [
    # (paragraph, the lead found for the sentence holding the figure, or None)
    ("严格规范性文件管理。全年审查文件14件。", "严格规范性文件管理。"),
    ("（三）行政复议工作\n全年共收到申请86件。", "(三)行政复议工作"),
    ("二、强化普法宣传\n\n全年开展活动60次。", "二、强化普法宣传"),
    ("行政复议主渠道作用进一步彰显。县政府统一行使职责。全年共收到申请86件。", "行政复议主渠道作用进一步彰显。"),
    # A first sentence longer than a lead states something; one with a figure is no lead either.
    ("县政府始终坚持把行政复议作为化解行政争议、维护群众合法权益的主渠道，持续完善工作机制。全年共收到申请86件。", None),
    ("行政复议案件2023年有所增加。全年共收到申请86件。", None),
    # The heading leads only the paragraph right below it, and a sentence opening its paragraph has no lead on its line.
    ("（三）行政复议工作\n行政复议有序开展。\n全年共收到申请86件。", None),
    ("全年共收到行政复议申请86件。", None),
    # A paragraph goes from topic to topic: a later lead-shaped sentence naming a topic of its own ends
    # the first lead's reach; one naming nothing does not.
    ("落实重大行政决策程序。做好合法性审核工作。全年审核规范性文件24件。向市级备案14件。", None),
    ("严格规范性文件管理。坚持有件必备。全年审查文件14件。", "严格规范性文件管理。"),
]


@pytest.mark.parametrize(("paragraph", "lead"), LEADS, ids=[f"lead-{n}" for n in range(len(LEADS))])
def test_the_lead_of_a_paragraph(paragraph, lead):
    text = f"{TITLE}\n{paragraph}\n"
    ctx = build_context(Document(path="报告.txt", text=text, format="txt"), default_catalog(), 2023, "松川县")
    figure_at = max(ctx.text.rfind(figure) for figure in ("86", "14件", "60"))
    sentence = ctx.sentences.at(figure_at)
    found = paragraph_topics(ctx).get(sentence.start)
    if lead is None:
        assert found is None
    else:
        assert found is not None, "no lead found"
        assert ctx.text[found.sentence.start:found.sentence.end].strip() == lead


def test_a_lead_names_the_indicators_its_words_belong_to():
    text = f"{TITLE}\n（三）行政复议工作\n全年共收到申请86件。\n"
    catalog = default_catalog()
    ctx = build_context(Document(path="报告.txt", text=text, format="txt"), catalog, 2023, "松川县")
    lead, = paragraph_topics(ctx).values()
    assert "reconsideration_cases" in {catalog.indicators[index].id for index in lead.named}

"""The one table of review states: how each looks on paper, and what counts as unreviewed."""
import pytest

from lawgov_desktop.core.review import CellStatus, ReportStatus, ReviewedCell
from lawgov_desktop.export.status_marks import (STATUS_LOOKS, footer_key, is_unreviewed, legend_lines, look_of)

DONE, OPEN = ReportStatus.DONE, ReportStatus.IN_REVIEW


def test_every_review_state_has_a_look():
    """A state added to CellStatus needs its line in STATUS_LOOKS (label, mark, fill, legend)."""
    assert set(STATUS_LOOKS) == set(CellStatus)


def test_an_unknown_state_counts_as_unreviewed_and_is_marked():
    look = look_of("未知状态")
    assert not look.reviewed and look.mark


def test_unreviewed_figures_carry_a_mark_that_survives_greyscale():
    """Colour alone fails on a black-and-white printer: every state the reviewer has not decided
    and that can hold a figure prints a mark (or italics) besides its fill."""
    for status, look in STATUS_LOOKS.items():
        if not look.reviewed and status is not CellStatus.NOT_MENTIONED:
            assert look.mark and look.italic, status
        if look.reviewed:
            assert not look.mark and look.fill is None, status


def cell(status, value):
    return ReviewedCell("x", value, "件", False, status)


@pytest.mark.parametrize("status, value, report_status, unreviewed", [
    (CellStatus.AUTO, 45, OPEN, True),  # the program's figure, nobody confirmed it
    (CellStatus.AUTO, 45, DONE, True),
    (CellStatus.NOT_MENTIONED, None, OPEN, True),  # nothing found, nobody checked
    (CellStatus.NOT_MENTIONED, None, ReportStatus.UNREVIEWED, True),
    (CellStatus.NOT_MENTIONED, None, DONE, False),  # the reviewer finished the report
    (CellStatus.CONFIRMED, 45, OPEN, False),
    (CellStatus.CORRECTED, 46, OPEN, False),
    (CellStatus.ABSENT, None, OPEN, False),
])
def test_what_counts_as_unreviewed(status, value, report_status, unreviewed):
    assert is_unreviewed(cell(status, value), report_status) is unreviewed


def test_a_cell_the_catalog_gained_later_is_unreviewed_until_the_report_is_done():
    assert is_unreviewed(None, OPEN) and not is_unreviewed(None, DONE)


def test_legend_is_built_from_the_table():
    texts = [text for _, text in legend_lines()]
    assert texts[0].startswith("带“*”号的数值") and "尚未经人工确认" in texts[0]
    assert any(text.startswith("不带标记的数值") for text in texts)
    assert any(text.startswith("“—”") for text in texts)
    assert all(look.legend in texts for look in STATUS_LOOKS.values() if look.legend)
    fills = [colour for colour, _ in legend_lines() if colour]
    assert fills == [look.fill for look in STATUS_LOOKS.values() if look.legend and look.fill]


def test_footer_key_is_short():
    key = footer_key()
    assert key.startswith("注：") and "*" in key and len(key) <= 40

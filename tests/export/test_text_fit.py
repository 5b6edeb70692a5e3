"""Row heights for wrapped text: estimated on the tall side for Excel's narrow columns and
LibreOffice's tall lines (the print tests measure the result on paper)."""
import pytest

from lawgov_desktop.export.text_fit import chars_per_line, fitted_height, lines_needed, row_height, text_ems


@pytest.mark.parametrize("text, ems", [
    ("行政复议案件数", 7),
    ("abc", 3 * 0.58),
    ("2024年", 1 + 4 * 0.58),
    ("", 0),
])
def test_width_in_cjk_characters(text, ems):
    assert text_ems(text) == pytest.approx(ems)


@pytest.mark.parametrize("width, size, characters", [
    (9, 10, 4),  # a narrow indicator column: four characters of 10 pt a line
    (9, 9, 5),  # five of 9 pt
    (14, 10, 7),  # 地区: a seven-character county name on one line
    (60, 10, 31),
])
def test_characters_per_line(width, size, characters):
    assert chars_per_line(width, size) == characters


@pytest.mark.parametrize("text, width, lines", [
    ("青禾县", 14, 1),
    ("富川瑶族自治县", 14, 1),
    ("富川瑶族自治县", 9, 2),
    ("行政机关负责人出庭应诉率", 9, 4),  # 12 characters, 4 a line, and room for punctuation that cannot start one
    ("第一行\n第二行", 30, 2),  # explicit line breaks count
    ("全" * 100, 30, 8),
    (None, 10, 1),
])
def test_lines_needed(text, width, lines):
    assert lines_needed(text, width) == lines


def test_row_height_grows_with_the_tallest_cell():
    assert row_height(1) < row_height(2) < row_height(3)
    assert fitted_height([("短", 20), ("全" * 100, 30)]) == row_height(8)
    assert fitted_height([], minimum_lines=2) == row_height(2)

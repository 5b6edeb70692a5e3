"""The workbook as a whole: sheets in order, a year's sheets together, one font family."""
import zipfile
from datetime import datetime

import openpyxl

from lawgov_desktop.export import export_workbook

from invented_reviewed import CATALOG, batch, one_year


def test_one_year(tmp_path):
    target = export_workbook(one_year(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    assert openpyxl.load_workbook(target).sheetnames == [
        "汇总", "全部指标", "图表", "指标明细", "问题清单", "说明", "指标口径"]


def test_several_years_each_with_its_sheets(tmp_path):
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    assert openpyxl.load_workbook(target).sheetnames == [
        "2024年汇总", "2024年全部指标", "2024年图表", "2023年汇总", "2023年全部指标", "2023年图表",
        "指标明细", "问题清单", "同比", "说明", "指标口径"]


def test_one_font_family_and_wrapped_default(tmp_path):
    """No Calibri anywhere: cells without a style of their own are 宋体 10, wrapped."""
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    with zipfile.ZipFile(target) as archive:
        styles = archive.read("xl/styles.xml").decode("utf-8")
        sheets = [archive.read(name).decode("utf-8") for name in archive.namelist()
                  if name.startswith("xl/worksheets/sheet")]
    fonts = styles[styles.index("<fonts"):styles.index("</fonts>")]
    assert "Calibri" not in styles
    assert fonts.count('<name val="宋体"/>') == fonts.count("<name ")
    default = styles[styles.index("<cellXfs"):]
    default = default[:default.index("</xf>")]
    assert 'wrapText="1"' in default and 'fontId="0"' in default
    normal = styles[styles.index("<cellStyleXfs"):]
    assert 'wrapText="1"' in normal[:normal.index("</xf>")]  # LibreOffice reads a bare cell's format here
    for xml in sheets:
        columns = xml[xml.index("<cols>"):xml.index("</cols>")]
        assert "style=" not in columns  # a column format of its own and LibreOffice drops the wrapping

"""CSV (for Excel and other systems) and JSON carry the same reviewed values as the workbook."""
import csv
import json
from datetime import datetime

from lawgov_desktop import __version__
from lawgov_desktop.export import write_csv, write_json
from lawgov_desktop.export.rows import DETAIL_HEADERS

from invented_reviewed import CATALOG, SUMMARY_ORDER, batch


def test_csv_has_bom_and_detail_rows(tmp_path):
    target = write_csv(batch(), CATALOG, tmp_path / "明细.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on Chinese Windows reads GBK without it
    with open(target, encoding="utf-8-sig", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert tuple(header) == DETAIL_HEADERS
    assert len(rows) == len(batch()) * len(CATALOG.indicators)
    by_key = {(r[0], r[1], r[15]): dict(zip(DETAIL_HEADERS, r)) for r in rows}
    corrected = by_key[("青禾县", "2024", "gov_meetings")]
    assert (corrected["数值"], corrected["状态"], corrected["审核人"]) == ("12", "已修改", "李审核")
    assert corrected["最后修改时间"].startswith("2025-04-0")
    approx = by_key[("青禾县", "2024", "cadre_training_persons")]
    assert (approx["数值"], approx["约"], approx["状态"]) == ("1200", "约", "自动")
    assert by_key[("白鹭区", "2024", "head_appearance_rate")]["数值"] == "87.3"


def test_json_holds_the_reviewed_values(tmp_path):
    target = write_json(batch(), CATALOG, tmp_path / "审核结果.json", unit_name="石门市司法局",
                        exported_at=datetime(2025, 4, 8, 15, 30))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["version"], data["exported_at"], data["unit_name"]) == (
        __version__, "2025-04-08T15:30:00", "石门市司法局")
    assert [r["metadata"]["region"] for r in data["reports"]] == ["青禾县", "青禾县", "白鹭区"]
    second = data["reports"][1]
    assert second["status"] == "审核中"
    cells = {c["id"]: c for c in second["cells"]}
    assert list(cells) == [spec.id for spec in CATALOG.indicators]
    assert cells["gov_meetings"] | {"evidence": None} == {
        "id": "gov_meetings", "name": "政府常务会议研究法治政府建设次数", "value": 12, "unit": "次", "approx": False,
        "status": "已修改", "confidence": 0.875, "evidence": None, "note": "", "reviewer": "李审核",
        "changed_at": "2025-04-02T09:30:15+08:00"}
    assert cells["gov_meetings"]["evidence"]["text"] == "召开常务会议12次"
    assert cells["publicity_events"]["status"] == "无此项"
    assert [f["severity"] for f in second["findings"]] == ["警告", "错误"]
    assert set(SUMMARY_ORDER) == set(cells)

"""Rule catalog: bundled rules, a bureau's own file merged over them, broken files."""
import json

import pytest

from check_reports import CATALOG, report, without_topic_rule
from lawgov_desktop import paths
from lawgov_desktop.core.checks import default_rules, load_rules, run_report_checks
from lawgov_desktop.core.checks.registry import BATCH_CHECKS, REPORT_CHECKS
from lawgov_desktop.core.errors import CatalogError

NO_PARTS = report("示例县开展了一些工作。")


def user_rules():
    """The bundled rules with the user's file merged, report.topic off (see check_reports)."""
    return without_topic_rule(load_rules())


def _user_file(content: str):
    path = paths.user_config_dir() / "checks.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_bundled_rules_are_complete():
    rules = load_rules(use_user_file=False)
    assert not rules.warnings
    for rule in rules.rules:
        assert rule.kind in REPORT_CHECKS or rule.kind in BATCH_CHECKS
        assert rule.severity in ("错误", "警告", "提示")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.message)
    assert {r.kind for r in rules.rules} == set(REPORT_CHECKS) | set(BATCH_CHECKS)


def test_user_file_switches_a_rule_off():
    _user_file(json.dumps({"rules": [{"id": "parts.next_year", "enabled": False}]}))
    rules = load_rules()
    assert not rules.get("parts.next_year").enabled
    assert "parts.next_year" not in [f.rule for f in run_report_checks(NO_PARTS, CATALOG, without_topic_rule(rules))]
    assert "parts.measures" in [f.rule for f in run_report_checks(NO_PARTS, CATALOG, without_topic_rule(rules))]


def test_disabled_list_shorthand():
    _user_file(json.dumps({"disabled": ["timeliness.missing_date"]}))
    assert not load_rules().get("timeliness.missing_date").enabled


def test_user_file_changes_a_threshold_and_keeps_the_other_params():
    _user_file(json.dumps({"rules": [{"id": "timeliness.late", "params": {"government_due": "03-31"}}]}))
    rule = load_rules().get("timeliness.late")
    assert rule.params["government_due"] == "03-31" and rule.params["department_due"] == "03-01"
    assert rule.compiled("department_issuer_patterns")
    late = report("示例县2024年度法治政府建设情况报告", year=2024, publish_date="2025-04-01", issuer="示例县人民政府")
    assert [f.rule for f in run_report_checks(late, CATALOG, user_rules())].count("timeliness.late") == 1


def test_user_file_changes_severity_and_message():
    _user_file(json.dumps({"rules": [{"id": "parts.next_year", "severity": "提示", "message": "缺少{part}"}]},
                          ensure_ascii=False))
    found = [f for f in run_report_checks(NO_PARTS, CATALOG, user_rules()) if f.rule == "parts.next_year"]
    assert found[0].severity == "提示" and found[0].message == "缺少下一年度工作打算"


def test_user_file_adds_a_rule_of_a_known_kind():
    _user_file(json.dumps({"rules": [{
        "id": "coverage.legal_aid", "kind": "section_figures", "severity": "提示", "message": "无{section}数据",
        "params": {"section": "法律援助", "indicators": ["legal_aid_cases"], "text_patterns": ["法律援助[^。]{0,10}\\d+件"]},
    }]}, ensure_ascii=False))
    assert "coverage.legal_aid" in [f.rule for f in run_report_checks(NO_PARTS, CATALOG, user_rules())]


@pytest.mark.parametrize("content, line, words", [
    ('{"rules": [\n  {"id": "parts.next_year",\n   "enabled": false,,}\n]}', 3, "格式错误"),
    ('{"rules": [\n {"id": "x.y",\n  "kind": "no_such_kind", "severity": "提示", "message": "m"}\n]}', 2, "no_such_kind"),
    ('{"rules": [\n {"id": "parts.next_year",\n  "severity": "严重"}\n]}', 3, "severity"),
    ('{"rules": [\n {"id": "parts.next_year", "params": {\n  "heading_patterns": ["(下一步"]}}\n]}', 3, "(下一步"),
    ('{"rules": [\n {"id": "parts.next_year",\n  "enabled": "否"}\n]}', 3, "enabled"),
])
def test_broken_user_file_falls_back_to_bundled_rules(content, line, words):
    path = _user_file(content)
    rules = load_rules()
    assert len(rules.warnings) == 1
    warning = rules.warnings[0]
    assert f"《{path.name}》" in warning and f"第 {line} 行" in warning and words in warning
    assert "内置" in warning
    assert rules.get("parts.next_year").enabled  # bundled rules in force
    assert rules.sources == (str(paths.resource("checks.json")),)


def test_broken_bundled_file_raises(tmp_path):
    bundled = tmp_path / "checks.json"
    bundled.write_text('{"rules": [{"id": "a", "kind": "required_part"}]}', encoding="utf-8")
    with pytest.raises(CatalogError) as error:
        load_rules(bundled, use_user_file=False)
    assert "checks.json" in error.value.message and "severity" in error.value.message


def test_default_rules_rereads_a_changed_user_file():
    assert default_rules().get("parts.next_year").enabled
    path = _user_file(json.dumps({"rules": [{"id": "parts.next_year", "enabled": False}]}))
    import os
    os.utime(path, (1, 1))  # a different stamp from any earlier file
    assert not default_rules().get("parts.next_year").enabled


def test_every_bundled_rule_has_a_chinese_name_that_findings_carry():
    rules = load_rules(use_user_file=False)
    names = [rule.name for rule in rules.rules]
    assert all(name and any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in names)
    assert len(set(names)) == len(names)
    found = run_report_checks(NO_PARTS, CATALOG, without_topic_rule(rules))
    assert found and all(f.rule_name == rules.get(f.rule).name for f in found)
    assert found[0].to_json()["rule_name"] == found[0].rule_name


def test_a_bureau_rule_without_a_name_shows_its_id():
    _user_file(json.dumps({"rules": [{
        "id": "coverage.legal_aid", "kind": "section_figures", "severity": "提示", "message": "无{section}数据",
        "params": {"section": "法律援助", "indicators": ["legal_aid_cases"], "text_patterns": ["法律援助[^。]{0,10}\\d+件"]},
    }]}, ensure_ascii=False))
    found = [f for f in run_report_checks(NO_PARTS, CATALOG, user_rules()) if f.rule == "coverage.legal_aid"]
    assert found[0].rule_name == "coverage.legal_aid"

"""Whatever file a reviewer drops in, ``process_file`` ends in values or in one Chinese
message naming the file — it never raises and never takes long."""
from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mangled_files as make
from lawgov_desktop.core.pipeline import process_file

# Any single file must be dealt with within this many seconds on a slow office PC.
QUICK_S = 5.0


def _process(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    started = time.perf_counter()
    report = process_file(path)
    return report, time.perf_counter() - started


def _assert_handled(tmp_path, name: str, data: bytes, seconds: float = QUICK_S):
    report, elapsed = _process(tmp_path, name, data)
    verdict = make.classify(report, name)
    assert verdict != "bad", report.errors
    assert elapsed < seconds, f"{name} took {elapsed:.1f} s"
    return report, verdict


fuzz = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@fuzz
@given(suffix=st.sampled_from(make.FUZZ_SUFFIXES), data=st.binary(min_size=1, max_size=4000))
def test_random_bytes_under_every_suffix(tmp_path, suffix, data):
    _assert_handled(tmp_path, f"随机文件{suffix}", data)


@fuzz
@given(seed=st.integers(0, 2**32 - 1))
def test_any_generated_mangled_file(tmp_path, seed):
    suffix, data = make.random_case(random.Random(seed))
    _assert_handled(tmp_path, f"生成的文件{suffix}", data)


GOOD_FILES = [
    ("好报告.docx", make.good_docx),
    ("好报告.pdf", make.good_pdf),
    ("好报告.html", make.good_html),
]


@pytest.mark.parametrize("name, maker", GOOD_FILES)
def test_the_unmangled_files_are_read(tmp_path, name, maker):
    report, verdict = _assert_handled(tmp_path, name, maker())
    assert verdict == "ok"
    assert any(value.value is not None for value in report.indicators)


@pytest.mark.parametrize("name, maker", GOOD_FILES)
@pytest.mark.parametrize("fraction", [0.02, 0.3, 0.5, 0.9, 0.99])
def test_truncated_files(tmp_path, name, maker, fraction):
    _assert_handled(tmp_path, f"截断{fraction}{name}", make.truncated(maker(), fraction))


@pytest.mark.parametrize("name, maker", GOOD_FILES)
@pytest.mark.parametrize("seed", range(6))
def test_bit_flipped_files(tmp_path, name, maker, seed):
    rng = random.Random(seed)
    _assert_handled(tmp_path, f"损坏{seed}{name}", make.bit_flipped(maker(), rng, flips=1 + seed * 5))


def test_a_docx_zip_bomb_is_refused_without_inflating(tmp_path):
    report, verdict = _assert_handled(tmp_path, "炸弹.docx", make.docx_bomb(150), seconds=3)
    assert verdict == "clean-error"


def test_a_zip_bomb_that_lies_about_its_size_is_not_inflated(tmp_path):
    _assert_handled(tmp_path, "谎报大小.docx", make.lying_docx_bomb(150), seconds=3)


def test_deeply_nested_html(tmp_path):
    _assert_handled(tmp_path, "嵌套.html", make.nested_html(100_000))


def test_a_50_mb_text_file_is_refused_quickly_by_the_size_cap(tmp_path):
    report, verdict = _assert_handled(tmp_path, "超大文件.txt", make.big_text(50), seconds=2)
    assert verdict == "clean-error"
    assert "MB" in report.errors[0]


@pytest.mark.parametrize("case", sorted(make.MIXED_ENCODING_CASES))
def test_mixed_and_legacy_encodings(tmp_path, case):
    _assert_handled(tmp_path, f"编码-{case}.txt", make.MIXED_ENCODING_CASES[case]())


@pytest.mark.parametrize("case", ["gbk", "gb18030_with_rare_chars", "utf16_le_bom"])
def test_legacy_encodings_of_a_good_report_give_values(tmp_path, case):
    report, verdict = _assert_handled(tmp_path, f"编码-{case}.txt", make.MIXED_ENCODING_CASES[case]())
    assert verdict == "ok"
    assert "澄岭县" in report.document.text

"""The built folder (dist/lawgov-desktop) behaves like the source install.

Slow and opt-in: set ``LAWGOV_TEST_FROZEN=1`` after ``python packaging/build.py``.
The checks themselves live in packaging/smoke.py, which CI runs on Windows too.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "lawgov-desktop"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("LAWGOV_TEST_FROZEN") != "1", reason="set LAWGOV_TEST_FROZEN=1 to test dist/"),
]


@pytest.fixture(scope="module")
def smoke():
    spec = importlib.util.spec_from_file_location("lawgov_smoke", ROOT / "packaging" / "smoke.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.executable(FOLDER).is_file():
        pytest.skip("dist/lawgov-desktop is not built")
    return module


@pytest.fixture
def env(smoke, tmp_path):
    return smoke.isolated_env(tmp_path / "data")


def test_version_names_the_package_version(smoke, env):
    from lawgov_desktop import __version__

    assert smoke.check_version(smoke.executable(FOLDER), env).startswith(f"lawgov-desktop {__version__}（抽取器：")


def test_frozen_extract_equals_the_source_install(smoke, env, tmp_path):
    frozen = smoke.frozen_extract(smoke.executable(FOLDER), env, tmp_path / "frozen.json")
    source = smoke.source_extract(env, tmp_path / "source.json")
    assert source is not None
    assert frozen["errors"] == []
    assert smoke.without_paths(frozen) == smoke.without_paths(source)


def test_window_opens_offscreen_and_quits(smoke, env):
    assert smoke.check_window(smoke.executable(FOLDER), env) < 30


def test_bundle_carries_resources_and_only_needed_qt_plugins():
    internal = FOLDER / "_internal"
    assert (internal / "resources" / "indicators.json").is_file()
    assert (internal / "resources" / "places.tsv").is_file()
    assert list(internal.rglob("opencc/dictionary/TSCharacters.txt"))
    assert not (internal / "jieba").exists()
    platforms = {p.name for p in internal.rglob("plugins/platforms/*")}
    assert any("offscreen" in name for name in platforms)
    assert not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("*upx*"))


def test_frozen_extract_names_an_unreadable_file_in_chinese(smoke, env, tmp_path):
    broken = tmp_path / "损坏的报告.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    result = subprocess.run([str(smoke.executable(FOLDER)), "extract", str(broken), "--json", "-"],
                            env=env, capture_output=True, timeout=120)
    assert result.returncode == 1
    assert "《损坏的报告.docx》" in result.stderr.decode("utf-8")

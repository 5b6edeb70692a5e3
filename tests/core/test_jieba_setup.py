"""jieba's dictionary cache lives in a fixed folder, never in the system temp dir."""
from __future__ import annotations

import sys

import jieba

from lawgov_desktop import paths
from lawgov_desktop.core import jieba_setup


def test_source_install_caches_in_the_user_cache_folder():
    tokenizer = jieba_setup.configure_jieba(jieba.Tokenizer())
    assert tokenizer.tmp_dir == str(paths.user_cache_dir())
    assert tokenizer.cache_file == jieba_setup.CACHE_NAME


def test_frozen_build_reads_the_prebuilt_cache(tmp_path, monkeypatch):
    jieba_setup.prebuild_cache(tmp_path / jieba_setup.BUNDLED_CACHE_DIR)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    tokenizer = jieba_setup.configure_jieba(jieba.Tokenizer())
    assert tokenizer.tmp_dir == str(tmp_path / jieba_setup.BUNDLED_CACHE_DIR)
    tokenizer.initialize()
    assert "法治" in tokenizer.FREQ


def test_frozen_build_without_a_cache_falls_back_to_the_user_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert jieba_setup.cache_dir() == paths.user_cache_dir()


def test_prebuilt_cache_is_rebuilt_not_reused(tmp_path):
    stale = tmp_path / jieba_setup.CACHE_NAME
    stale.write_bytes(b"left over from another jieba")
    cache = jieba_setup.prebuild_cache(tmp_path)
    assert cache.read_bytes() != b"left over from another jieba"

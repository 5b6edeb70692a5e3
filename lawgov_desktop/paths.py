"""The only module that knows where things live.

Bundled resources are found in three layouts: a source checkout (``resources/``
beside the package), an installed wheel (mapped into ``lawgov_desktop/resources``
at build time) and a PyInstaller folder (``sys._MEIPASS``).  User directories come
from platformdirs; ``LAWGOV_DATA_DIR`` moves all of them under one folder, which
tests and portable installs use.
"""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "lawgov-desktop"
APP_AUTHOR = "lawgov"
DATA_DIR_ENV = "LAWGOV_DATA_DIR"


@functools.cache
def resources_dir() -> Path:
    """Folder holding the bundled data (catalog, rules, dictionary, sample).

    Found once per process: the layout does not change while it runs, and loading the
    catalog and the word lists asks for it hundreds of times (resolving the path each
    time cost a tenth of the command line's start-up)."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # installed wheel
    candidates.append(package_dir.parent / "resources")  # source checkout
    for candidate in candidates:
        if (candidate / "indicators.json").is_file():
            return candidate
    raise FileNotFoundError("resources/indicators.json not found in " + ", ".join(map(str, candidates)))


def resource(name: str) -> Path:
    return resources_dir() / name


def sample_report() -> Path:
    return resource("sample/示例县2024年度法治政府建设情况报告.txt")


def _user_dir(kind: str) -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    if kind == "log":
        return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    return _user_dir("config")


def user_data_dir() -> Path:
    return _user_dir("data")


def user_cache_dir() -> Path:
    return _user_dir("cache")


def user_log_dir() -> Path:
    return _user_dir("log")


def user_catalog_file() -> Path:
    """A bureau's own indicators, merged over the bundled catalog when present."""
    return user_config_dir() / "indicators.json"


def user_language_file() -> Path:
    """A bureau's own report language (word lists), laid over resources/language.json."""
    return user_config_dir() / "language.json"


def user_settings_file() -> Path:
    return user_config_dir() / "settings.json"


def database_file() -> Path:
    return user_data_dir() / "batch.sqlite3"

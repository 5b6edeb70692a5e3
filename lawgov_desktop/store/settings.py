"""The reviewer's settings (设置), declared once with type, default and label.

Kept as JSON in ``paths.user_settings_file()`` under the ``review`` key; other
parts of the program may keep their own keys in the same file, so writing keeps
whatever else is there.  A missing or broken file gives the defaults.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .. import paths
from .sqlite import os_user

log = logging.getLogger(__name__)

SECTION = "review"


@dataclass(frozen=True)
class ReviewSettings:
    reviewer: str = ""  # empty: the OS login name
    require_reason: bool = False  # a correction must carry a 备注
    low_confidence: float = 0.6  # cells below this are visited by “下一个低置信度项”
    text_zoom: int = 0  # steps of QPlainTextEdit.zoomIn

    @property
    def reviewer_name(self) -> str:
        return self.reviewer.strip() or os_user()


LABELS = {
    "reviewer": "审核人",
    "require_reason": "修改数值时必须填写原因（备注）",
    "low_confidence": "低置信度阈值",
    "text_zoom": "正文缩放",
}


def _read_all(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("settings file %s unreadable; using defaults", path)
        return {}
    return data if isinstance(data, dict) else {}


def load_settings(path: Path | None = None) -> ReviewSettings:
    raw = _read_all(path or paths.user_settings_file()).get(SECTION, {})
    settings = ReviewSettings()
    if not isinstance(raw, dict):
        return settings
    for item in fields(ReviewSettings):
        value = raw.get(item.name)
        default = getattr(settings, item.name)
        if isinstance(default, bool):
            usable = isinstance(value, bool)
        elif isinstance(default, (int, float)):
            usable = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            usable = isinstance(value, str)
        if usable:
            settings = replace(settings, **{item.name: type(default)(value)})
    return settings


def save_settings(settings: ReviewSettings, path: Path | None = None) -> bool:
    """Write the settings; False (and a log line) when the config folder is not writable."""
    path = path or paths.user_settings_file()
    data = _read_all(path)
    data[SECTION] = asdict(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("cannot write settings to %s: %s", path, exc)
        return False
    return True

"""The reviewer's settings (设置), declared once with type, default and label.

Kept as JSON in ``paths.user_settings_file()`` under the ``review`` key; other
parts of the program may keep their own keys in the same file, so writing keeps
whatever else is there.  A missing file gives the defaults; a broken one (checked
against ``config_schemas.SETTINGS_FILE``) gives the defaults and a Chinese message
naming the file, the line and the field (``read_settings``).
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
SETTINGS_KIND = "设置文件"


@dataclass(frozen=True)
class ReviewSettings:
    reviewer: str = ""  # empty: the OS login name
    require_reason: bool = False  # a correction must carry a 备注
    # Cells below this are visited by “下一个低置信度项”.  The confidence is calibrated (benchmarks/
    # extract_accuracy.py): below 0.9 about one value in eight or more is wrong, above it fewer than one in twenty.
    low_confidence: float = 0.9
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
    """Everything in the file (to keep other sections when saving); {} when it cannot be read."""
    from ..core.datafile import read_config
    from ..core.errors import CatalogError

    if not path.is_file():
        return {}
    try:
        data = read_config(path, SETTINGS_KIND).data
    except CatalogError as exc:
        log.warning("settings file %s unreadable: %s", path, exc.message)
        return {}
    return data if isinstance(data, dict) else {}


def read_settings(path: Path | None = None) -> tuple[ReviewSettings, str | None]:
    """(settings, None), or (the defaults, why the file was not used) for a broken file."""
    from ..core.config_schemas import SETTINGS_FILE
    from ..core.datafile import read_config
    from ..core.errors import CatalogError

    path = path or paths.user_settings_file()
    if not path.is_file():
        return ReviewSettings(), None
    try:
        config = read_config(path, SETTINGS_KIND, SETTINGS_FILE)
    except CatalogError as exc:
        log.warning("settings file %s not used: %s", path, exc.message)
        return ReviewSettings(), f"{exc.message}；已改用默认设置"
    raw = config.data.get(SECTION, {})
    defaults = ReviewSettings()
    settings = replace(defaults, **{item.name: type(getattr(defaults, item.name))(raw[item.name])
                                    for item in fields(ReviewSettings) if item.name in raw})
    return settings, "\n".join(config.warnings) or None


def load_settings(path: Path | None = None) -> ReviewSettings:
    return read_settings(path)[0]


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

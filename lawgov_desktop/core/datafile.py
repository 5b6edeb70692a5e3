"""Read a JSON data file a bureau may edit, with messages that name the file and line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import CatalogError


def load_json_object(path: Path, kind: str) -> dict[str, Any]:
    """The ``{…}`` object in ``path``; ``kind`` names the file for the reviewer (指标目录文件, 核对规则文件)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CatalogError(f"{kind}《{path.name}》无法读取：{exc.strerror or exc}", str(path)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{kind}《{path.name}》第 {exc.lineno} 行第 {exc.colno} 列格式错误：{exc.msg}",
                           str(path)) from exc
    if not isinstance(data, dict):
        raise CatalogError(f"{kind}《{path.name}》的最外层应为 {{…}} 对象", str(path))
    return data


def line_of(path: Path, needle: str) -> int:
    """The first line of ``path`` containing ``needle`` (1-based), 0 when none: for messages."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if needle in line:
                return number
    except OSError:
        pass
    return 0

"""Whether the extractor runs compiled (mypyc: the packaged folder) or from its Python source.

The same source is either imported as Python or, in a build made with the mypyc hook of
pyproject.toml, as C extension modules; the output is the same (``benchmarks/extract_equivalence.py``
compares the two in CI), only the speed differs.  The version line and the speed benchmark
say which one ran, so that a figure is never quoted for the wrong build.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util

# The modules the hook compiles that every report passes through: if these are compiled, the
# extraction is (checks.context: the per-report checks, compiled with it).
HOT_MODULES = (
    "lawgov_desktop.core.numbers",
    "lawgov_desktop.core.normalize",
    "lawgov_desktop.core.extract.context",
    "lawgov_desktop.core.extract.grammar",
    "lawgov_desktop.core.extract.phrasing",
    "lawgov_desktop.core.extract.extractor",
    "lawgov_desktop.core.extract.metadata",
    "lawgov_desktop.core.checks.context",
)


def compiled_modules() -> list[str]:
    """Those of ``HOT_MODULES`` that import from an extension module (.so / .pyd)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for name in HOT_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin and spec.origin.endswith(suffixes):
            found.append(name)
    return found


def build_name() -> str:
    """编译版 (every hot module compiled), 源码版 (none), or 部分编译 (a broken mix: a stale build)."""
    count = len(compiled_modules())
    if count == len(HOT_MODULES):
        return "编译版"
    return "源码版" if count == 0 else "部分编译"

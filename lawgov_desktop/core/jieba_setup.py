"""Where jieba keeps its dictionary cache.

jieba turns its 5 MB ``dict.txt`` into a prefix dictionary on first use (about a
second) and caches the result as ``jieba.cache`` in the system temp folder.  On an
office PC that folder is cleaned often, and in a frozen build the temp path can
change between starts, so the build would be paid again and again.  Here the cache
lives in a fixed place:

* the frozen build carries a cache prebuilt by the spec (``jieba_cache/`` next to
  the bundled files), read as it is and never rewritten;
* otherwise the user cache folder from ``paths.user_cache_dir()``, built once.

Call ``configure_jieba()`` before the first ``jieba.cut``; it imports jieba only
then, so modules that never segment text do not pay for the import.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from .. import paths

CACHE_NAME = "jieba.cache"
# Folder, relative to the frozen bundle root (sys._MEIPASS), that holds the prebuilt cache.
BUNDLED_CACHE_DIR = "jieba_cache"


def bundled_cache_dir() -> Path | None:
    """The prebuilt cache folder of a frozen build, or None when running from source."""
    root = getattr(sys, "_MEIPASS", None)
    if not root:
        return None
    folder = Path(root) / BUNDLED_CACHE_DIR
    return folder if (folder / CACHE_NAME).is_file() else None


def cache_dir() -> Path:
    """The folder jieba reads its cache from (and writes it to when it is missing)."""
    bundled = bundled_cache_dir()
    if bundled is not None:
        return bundled
    folder = paths.user_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        # A read-only profile: jieba then rebuilds in memory each start and logs
        # that it could not write the cache, which is slower but still correct.
        pass
    return folder


def configure_jieba(tokenizer=None):
    """Point ``tokenizer`` (default: jieba's global one) at the fixed cache; returns it."""
    import jieba

    # jieba logs "Building prefix dict…" lines at DEBUG to stderr; reviewers never need them.
    jieba.setLogLevel(logging.WARNING)
    tokenizer = tokenizer if tokenizer is not None else jieba.dt
    tokenizer.tmp_dir = str(cache_dir())
    tokenizer.cache_file = CACHE_NAME
    return tokenizer


def prebuild_cache(target_dir: str | Path) -> Path:
    """Build ``jieba.cache`` for the default dictionary into ``target_dir`` (used by the build spec)."""
    import jieba

    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    cache = target_dir / CACHE_NAME
    if cache.exists():
        cache.unlink()  # never ship a cache left over from another jieba version
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(target_dir)
    tokenizer.cache_file = CACHE_NAME
    tokenizer.initialize()
    if not cache.is_file():
        raise RuntimeError(f"jieba did not write its cache to {cache}")
    return cache

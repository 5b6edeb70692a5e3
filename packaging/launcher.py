"""Frozen-build entry script: the same dispatcher as the ``lawgov-desktop`` console script.

PyInstaller needs a script file, and ``lawgov_desktop/__main__.py`` uses relative
imports, so it cannot be that script.  ``freeze_support`` must run first: the
per-file time limit (core/guard.py) starts worker processes with "spawn", and in a
frozen build those re-run this executable, which must then act as the worker.
"""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from lawgov_desktop.__main__ import main

    sys.exit(main())

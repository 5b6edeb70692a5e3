"""Extract a batch of files in worker processes, each file under a time limit.

Two jobs on the reviewers' two-core PCs halve a batch's wall time, and a file that
hangs a reader costs its time limit, not the batch.  Results come back in the
order the files were given, whatever order the workers finish in.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .catalog import Catalog
from .guard import DEFAULT_SECONDS, GuardedReader
from .types import Report


def default_jobs() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def extract_files(files: Sequence[Path], catalog: Catalog, *, seconds: float = DEFAULT_SECONDS,
                  jobs: int | None = None, in_process_for_one: bool = False,
                  on_done: Callable[[Path, Report], None] | None = None) -> list[Report]:
    """One Report per file, in input order; ``on_done`` is called as each file finishes."""
    if not files:
        return []
    if len(files) == 1 and in_process_for_one:
        # One file from a terminal: a worker process would double the start-up time
        # (a frozen build starts itself again), and the reviewer can stop a stuck run.
        from .pipeline import process_file

        report = process_file(files[0], catalog)
        if on_done is not None:
            on_done(files[0], report)
        return [report]
    jobs = max(1, min(jobs or default_jobs(), len(files)))
    results: list[Report | None] = [None] * len(files)
    position = iter(range(len(files)))
    lock = threading.Lock()

    def work() -> None:
        with GuardedReader(seconds, catalog) as reader:
            while True:
                with lock:
                    index = next(position, None)
                if index is None:
                    return
                report = reader.process(files[index])
                results[index] = report
                if on_done is not None:
                    with lock:
                        on_done(files[index], report)

    threads = [threading.Thread(target=work, name=f"lawgov-batch-{n}", daemon=True) for n in range(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None]

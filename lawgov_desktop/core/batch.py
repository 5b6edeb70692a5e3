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
from .guard import DEFAULT_SECONDS, GuardedReader, choose_start_method
from .types import Report


def default_jobs() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def extract_files(files: Sequence[Path], catalog: Catalog, *, seconds: float = DEFAULT_SECONDS,
                  jobs: int | None = None, in_process_for_one: bool = False,
                  on_done: Callable[[Path, Report], None] | None = None) -> list[Report]:
    """One Report per file, in input order; ``on_done`` is called as each file finishes.

    Every file is read under the guard's time and memory limits.  A single file is
    read from the calling thread (``in_process_for_one`` is kept for callers of old;
    the guard forks its worker there where that is safe, so one file costs no second
    interpreter start).  Ctrl-C stops every worker at once and is raised again.
    """
    if not files:
        return []
    if len(files) == 1:
        with GuardedReader(seconds, catalog) as reader:
            report = reader.process(files[0])
        if on_done is not None:
            on_done(files[0], report)
        return [report]
    jobs = max(1, min(jobs or default_jobs(), len(files)))
    results: list[Report | None] = [None] * len(files)
    position = iter(range(len(files)))
    lock = threading.Lock()
    stop = threading.Event()
    readers = [GuardedReader(seconds, catalog) for _ in range(jobs)]

    def work(reader: GuardedReader) -> None:
        with reader:
            while not stop.is_set():
                with lock:
                    index = next(position, None)
                if index is None:
                    return
                report = reader.process(files[index])
                if stop.is_set():
                    return
                results[index] = report
                if on_done is not None:
                    with lock:
                        on_done(files[index], report)

    threads = [threading.Thread(target=work, args=(reader,), name=f"lawgov-batch-{n}", daemon=True)
               for n, reader in enumerate(readers)]
    try:
        if choose_start_method() == "fork":
            # Forked now, while this is the only thread, the workers inherit the imports and the
            # catalog (see GuardedReader.start); spawned ones start in their threads, side by side.
            for reader in readers:
                reader.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            # With a timeout: Ctrl-C may be delivered to a worker thread, and then only sets a flag
            # that the main thread reads when it runs again; an endless join() would never return.
            while thread.is_alive():
                thread.join(0.2)
    except BaseException:  # Ctrl-C in the main thread: no more files, workers killed now
        stop.set()
        for reader in readers:
            reader.kill()
        # A thread may be handing a worker its start-up data: let it see the stop before
        # the interpreter exits, or the half-started worker prints a traceback.
        for thread in threads:
            if thread.is_alive():
                thread.join(5)
        raise
    return [r for r in results if r is not None]

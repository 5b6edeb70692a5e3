"""The batch checks, run again shortly after the batch changes, one run at a time, off the UI thread.

Every report's findings and the checks across the batch (outliers, 同比 claims) read
the whole batch: the service's ``batch_check_job`` does that on a snapshot in a
worker, and ``reportsChecked`` hands back the reports whose findings changed.  A
change that comes while a run is under way starts another once it is done.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from .review_session import ReviewSession
from .workers import BackgroundTask, run_in_background

DELAY_MS = 600  # after the last change: a reviewer typing figure after figure causes one run


class BatchCheckRunner(QObject):
    reportsChecked = Signal(list)  # ReviewedReports whose findings changed

    def __init__(self, session: ReviewSession, is_loading, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._is_loading = is_loading  # during a load the checks wait for its end
        self._timer = QTimer(self, interval=DELAY_MS, singleShot=True)
        self._timer.timeout.connect(self.run)
        self._task: BackgroundTask | None = None

    @property
    def idle(self) -> bool:
        return not self._timer.isActive() and self._task is None

    def schedule(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def run(self) -> None:
        session = self._session
        if session.store.closed or session.batch_id is None or self._is_loading():
            return
        if self._task is not None:
            self.schedule()  # one at a time; this change is picked up by the next run
            return
        service = session.service
        revision = service.batch_revision

        def done(result) -> None:
            self._task = None
            if session.store.closed:
                return
            changed = service.apply_batch_check(result)
            if changed:
                self.reportsChecked.emit(changed)
            if service.batch_revision != revision:
                self.schedule()

        def failed(_error: Exception) -> None:  # logged by the worker; the next change tries again
            self._task = None

        self._task = run_in_background(service.batch_check_job(), done, failed)

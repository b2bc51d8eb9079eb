"""One background thread for the study aids' slow work: loading data, pinyin, alignments.

Jobs run in order of priority (lower first, then in the order given); each job's result (or
its error) comes back on the main thread through a :class:`Results` object's signal. A job
holds its ``Results`` until it is delivered, so the object outlives every job given to it.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

URGENT = 0  # asked for by the reader now (a sentence pointed at, a word looked up)
LOAD = 1  # the data every aid needs
WARM = 2  # ahead of need (pinyin and alignments near the reading position)


class Results(QObject):
    """Where a job's outcome arrives: ``done(tag, result)`` or ``failed(tag, message)``."""

    done = Signal(object, object)
    failed = Signal(object, str)


class _Worker:
    def __init__(self) -> None:
        self._jobs: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.busy = threading.Event()

    def submit(
        self, priority: int, tag: object, job: Callable[[], object], results: Results
    ) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="wocdesk-study", daemon=True)
                self._thread.start()
        self._jobs.put((priority, next(self._order), (tag, job, results)))

    def _run(self) -> None:
        while True:
            _priority, _order, (tag, job, results) = self._jobs.get()
            self.busy.set()
            try:
                outcome = job()
            except Exception as error:  # reported on the main thread, in one line
                _deliver(results.failed, tag, str(error) or error.__class__.__name__)
            else:
                _deliver(results.done, tag, outcome)
            finally:
                if self._jobs.empty():
                    self.busy.clear()
                self._jobs.task_done()

    def wait_idle(self, timeout: float) -> bool:
        """Block until every job given so far has run (tests and benchmarks); False on timeout."""
        done = threading.Event()

        def mark() -> None:
            done.set()

        self._jobs.put((99, next(self._order), (None, mark, _NOWHERE)))
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="wocdesk-study", daemon=True)
                self._thread.start()
        return done.wait(timeout)


def _deliver(signal: Any, tag: object, value: object) -> None:
    with contextlib.suppress(RuntimeError):  # the receiver's window is gone
        signal.emit(tag, value)


class _Nowhere:
    """Results that go nowhere (for the worker's own markers)."""

    class _Silent:
        def emit(self, *_args: object) -> None:
            """Drop the outcome."""

    done = _Silent()
    failed = _Silent()


_NOWHERE: Any = _Nowhere()
_worker = _Worker()


def submit(priority: int, tag: object, job: Callable[[], object], results: Results) -> None:
    """Run ``job`` on the study thread; its outcome arrives on ``results`` as ``tag``."""
    _worker.submit(priority, tag, job, results)


def wait_idle(timeout: float = 30.0) -> bool:
    """Wait until the jobs given so far have run (the outcomes still need the event loop)."""
    return _worker.wait_idle(timeout)

"""A time budget per article: `BPJS_ARTICLE_SECONDS` (default 5 s) for each stage (cleaning,
extraction) of one article, after which that article fails with TimeBudgetExceeded
("processing took longer than N s") and is quarantined with that reason; the batch goes on.

In a process's main thread the budget is a real-time interval timer
(`signal.setitimer(ITIMER_REAL)`) whose SIGALRM raises inside the article's work: in
`bpjs-pipeline run`/`extract`, Dagster's run worker (steps run in the main thread) and the
worker processes of a local pool. In any other thread (a Dask worker runs its tasks in a
thread pool) a thread raises the same exception in the working thread once the budget is
spent (`PyThreadState_SetAsyncExc`, CPython's way of raising in another thread). Either way
the alarm repeats every REPEAT_SECONDS until the work ends, since Python swallows an
exception raised while a garbage-collector callback or a finaliser runs; and it raises only
while the work's frame (`time_budget.run`) is on the working thread's stack and stops itself
once it is not, so an alarm that lands in the block's own ending (before the ending could stop
it) cannot outlive the block and raise in whatever the thread does next. Either way
the exception is raised between Python bytecodes: a single C-level call (one regular
expression match) finishes before the budget can stop it, which is why cleaning and
extraction avoid regular expressions whose time can grow faster than their input.
"""
from __future__ import annotations

import ctypes
import signal
import sys
import threading
from typing import Any, Callable

from bpjs_pipeline.settings import ARTICLE_SECONDS

ARTICLE_SECONDS_ENV = ARTICLE_SECONDS.name
DEFAULT_ARTICLE_SECONDS = ARTICLE_SECONDS.default


REPEAT_SECONDS = 0.05


class TimeBudgetExceeded(Exception):
    """One article's processing ran past its time budget."""


def article_seconds() -> float:
    """`BPJS_ARTICLE_SECONDS` (0 turns the budget off), else 5 s."""
    return ARTICLE_SECONDS.read()


def _message(seconds: float) -> str:
    return f"processing took longer than {seconds:g} s ({ARTICLE_SECONDS_ENV})"


class time_budget:
    """Raise TimeBudgetExceeded in the work given to `run` once `seconds` have passed (0 or less:
    no budget): `with time_budget(s) as budget: budget.run(work, *args)`. The alarm raises only
    while `run`'s frame is on the thread's stack, and stops by itself once it is not."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._expired = False
        self._done = False

    def __enter__(self) -> "time_budget":
        self._frame = None  # run's frame, once the work starts
        if not self.seconds or self.seconds <= 0:
            self._mode = None
        elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self._mode = "signal"
            self._previous = signal.signal(signal.SIGALRM, self._alarm)
            # after the budget, again every REPEAT_SECONDS until the block ends: an exception raised
            # while a garbage-collector callback or a finaliser runs is swallowed by Python, and the
            # next alarm raises it again in the article's work
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS)
        else:
            self._mode = "thread"
            self._thread_id = threading.get_ident()
            self._stop = threading.Event()
            self._raiser = threading.Thread(target=self._raise_in_thread_until_done, daemon=True)
            self._raiser.start()
        return self

    def run(self, work: Callable[..., Any], *args: Any) -> Any:
        """`work(*args)`, stopped by the alarm once the budget is spent."""
        self._frame = sys._getframe()
        return work(*args)

    def _where(self, frame) -> str:
        """'before', 'in' or 'after' the work, for a thread whose current frame is `frame`."""
        running = self._frame
        if running is None:
            return "before"
        while frame is not None:
            if frame is running:
                return "in"
            frame = frame.f_back
        return "after"

    def _alarm(self, signum, frame):
        where = self._where(frame)
        if where == "after":  # the work ended before its block could stop the alarm
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
        elif where == "in":
            raise TimeBudgetExceeded(_message(self.seconds))

    def _raise_in_thread_until_done(self) -> None:
        """After the budget, raise in the working thread, again every REPEAT_SECONDS until the
        block ends (an exception delivered while a finaliser or a gc callback runs is lost)."""
        wait = self.seconds
        while not self._stop.wait(wait):
            with self._lock:
                where = "after" if self._done else self._where(sys._current_frames().get(self._thread_id))
                if where == "after":
                    return
                if where == "before":
                    wait = REPEAT_SECONDS
                    continue
                self._expired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread_id),
                                                           ctypes.py_object(TimeBudgetExceeded))
            wait = REPEAT_SECONDS

    def __exit__(self, exc_type, exc, tb) -> bool:
        if self._mode == "signal":
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
        elif self._mode == "thread":
            self._stop.set()
            with self._lock:
                self._done = True
                expired = self._expired
            if expired:  # drop the exception if it is still pending (the work ended just then)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread_id), ctypes.c_void_p(0))
        self._frame = None
        if exc_type is TimeBudgetExceeded and not exc.args:  # raised in the thread: no message yet
            raise TimeBudgetExceeded(_message(self.seconds)) from None
        return False


def within_budget(work: Callable[[str, Any], Any], article_id: str, item: Any,
                  seconds: float | None = None) -> Any:
    """`work(article_id, item)` under the article time budget (`seconds`, else BPJS_ARTICLE_SECONDS)."""
    seconds = article_seconds() if seconds is None else seconds
    try:
        with time_budget(seconds) as budget:
            return budget.run(work, article_id, item)
    except TimeBudgetExceeded as exc:
        if exc.args:
            raise
        raise TimeBudgetExceeded(_message(seconds)) from None  # delivered while the block was ending

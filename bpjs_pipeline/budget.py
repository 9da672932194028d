"""A time budget per article: `BPJS_ARTICLE_SECONDS` (default 5 s) for each stage (cleaning,
extraction) of one article, after which that article fails with TimeBudgetExceeded
("processing took longer than N s") and is quarantined with that reason; the batch goes on.

The budget is a real-time interval timer (`signal.setitimer(ITIMER_REAL)`) whose SIGALRM
raises inside the article's work. Signals are delivered to the main thread only, so the timer
is armed only there: in the worker processes of a large batch (their main thread runs the
work) and in `bpjs-pipeline run`/`extract` and Dagster's run worker (steps run in the main
thread). Called from another thread the work runs without a budget. A signal is handled
between Python bytecodes: a single C-level call (one regular expression match) finishes
before the budget can stop it, which is why cleaning and extraction avoid regular
expressions whose time can grow faster than their input.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from bpjs_pipeline.settings import ARTICLE_SECONDS

ARTICLE_SECONDS_ENV = ARTICLE_SECONDS.name
DEFAULT_ARTICLE_SECONDS = ARTICLE_SECONDS.default


class TimeBudgetExceeded(Exception):
    """One article's processing ran past its time budget."""


def article_seconds() -> float:
    """`BPJS_ARTICLE_SECONDS` (0 turns the budget off), else 5 s."""
    return ARTICLE_SECONDS.read()


def _can_arm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise TimeBudgetExceeded in the block once `seconds` have passed (main thread only)."""
    if not seconds or seconds <= 0 or not _can_arm():
        yield
        return

    def expired(signum, frame):
        raise TimeBudgetExceeded(f"processing took longer than {seconds:g} s ({ARTICLE_SECONDS_ENV})")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def within_budget(work: Callable[[str, Any], Any], article_id: str, item: Any,
                  seconds: float | None = None) -> Any:
    """`work(article_id, item)` under the article time budget (`seconds`, else the setting)."""
    with time_budget(article_seconds() if seconds is None else seconds):
        return work(article_id, item)

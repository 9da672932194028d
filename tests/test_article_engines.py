"""Where per-article work runs, without servers: the time budget in a thread other than the main
one (where a Dask worker runs its tasks), the size of the chunks sent to a cluster, and small
batches staying in the run's process whatever engine is named."""
from __future__ import annotations

import threading
import time

import pytest

from bpjs_pipeline.batch import PARALLEL_MIN_ARTICLES, article_engine, map_articles
from bpjs_pipeline.budget import TimeBudgetExceeded, within_budget
from bpjs_pipeline.cluster import MAX_CHUNK_ARTICLES, MIN_CHUNK_ARTICLES, chunk_size


def spin(_article_id: str, seconds: float) -> str:
    """Pure Python work for `seconds` (what the budget can stop)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def in_a_thread(function):
    out: list = []

    def target() -> None:
        try:
            out.append(function())
        except BaseException as exc:  # handed back to the test
            out.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=30)
    return out[0]


def test_the_budget_stops_work_in_a_thread_other_than_the_main_one():
    stopped = in_a_thread(lambda: within_budget(spin, "a", 5.0, seconds=0.2))
    assert isinstance(stopped, TimeBudgetExceeded)
    assert str(stopped) == "processing took longer than 0.2 s (BPJS_ARTICLE_SECONDS)"
    assert in_a_thread(lambda: within_budget(spin, "a", 0.01, seconds=1.0)) == "done"


def test_work_ending_at_its_budget_leaves_nothing_pending_in_the_thread():
    def many() -> str:
        outcomes = set()
        for _ in range(100):
            try:
                outcomes.add(within_budget(spin, "a", 0.002, seconds=0.002))
            except TimeBudgetExceeded:
                outcomes.add("stopped")
        spin("a", 0.05)  # a late exception would land here
        return "survived"

    assert in_a_thread(many) == "survived"


def test_chunks_are_a_few_per_worker_thread_within_bounds():
    assert chunk_size(80, threads=2) == MIN_CHUNK_ARTICLES
    assert chunk_size(2_000, threads=2) == MAX_CHUNK_ARTICLES
    assert chunk_size(2_000, threads=16) == 32
    assert chunk_size(1_000_000, threads=100) == MAX_CHUNK_ARTICLES


def test_a_small_batch_stays_in_the_process_whatever_scheduler_is_named(monkeypatch):
    monkeypatch.setenv("BPJS_DASK_SCHEDULER", "tcp://nowhere.invalid:8786")
    items = [(str(i), 0.0) for i in range(PARALLEL_MIN_ARTICLES - 1)]
    assert [ok for _, ok, _ in map_articles(spin, items)] == [True] * len(items)
    assert article_engine(len(items)) == "this process"


def test_a_large_batch_needs_its_scheduler_to_answer(monkeypatch):
    pytest.importorskip("distributed")
    from bpjs_pipeline.cluster import ClusterUnavailable

    monkeypatch.setenv("BPJS_DASK_SCHEDULER", "tcp://127.0.0.1:9")
    monkeypatch.setenv("BPJS_DASK_CONNECT_SECONDS", "0.5")
    with pytest.raises(ClusterUnavailable, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        article_engine(PARALLEL_MIN_ARTICLES)

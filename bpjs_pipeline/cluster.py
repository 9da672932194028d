"""Per-article work on a Dask cluster (`dask.distributed`), when `BPJS_DASK_SCHEDULER` names its
scheduler (`tcp://host:8786`).

Only cleaning and extraction go to the cluster: the run's own process reads the files, sends
the articles to the workers in chunks, receives what they made, and stays the one writer of
the staging store and the published warehouse. Everything past the sending is Dask's:

* a chunk is one task (`Client.submit`), sized so that the scheduler's few milliseconds per
  task are small next to the work (`chunk_size`: 25 to 200 articles, about four chunks per
  worker thread); at most two chunks per worker thread are in flight, so neither side holds
  the whole batch twice;
* a worker that dies takes only the chunks it held: the scheduler gives them to another
  worker (up to `distributed.scheduler.allowed-failures` times, 3 by default); a chunk
  whose task raised is tried again (`retries=TASK_RETRIES`), and a chunk that still fails
  fails the step (Dagster's retry policy then runs the step again);
* each chunk carries the run's article time budget and extractor version: a worker applies
  the run's budget (not its own environment's), and refuses to work with other extraction
  code than the run's, so the facts never depend on which host made them.

`connect` fails with `ClusterUnavailable` when the scheduler does not answer, or has no
worker, within `BPJS_DASK_CONNECT_SECONDS` (default 10 s).

The workers need the project installed (`pip install '.[cluster]'` from the same commit)
and start with `dask worker tcp://host:8786 --nthreads 1` (the work holds the GIL: one
thread per worker process, as many processes as cores).
"""
from __future__ import annotations

import os
import uuid
from collections import deque
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator

from bpjs_pipeline.batch import Outcome, Work, run_chunk
from bpjs_pipeline.faults import pause_point
from bpjs_pipeline.settings import DASK_CONNECT_SECONDS

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

SCHEDULER_ENV = "BPJS_DASK_SCHEDULER"
CONNECT_SECONDS_ENV = DASK_CONNECT_SECONDS.name
DEFAULT_CONNECT_SECONDS = DASK_CONNECT_SECONDS.default
TASK_RETRIES = 2
MIN_CHUNK_ARTICLES = 25
MAX_CHUNK_ARTICLES = 200
CHUNKS_PER_THREAD = 4
IN_FLIGHT_PER_THREAD = 2


class ClusterUnavailable(RuntimeError):
    """The Dask scheduler named by BPJS_DASK_SCHEDULER did not answer, or has no worker."""


class WorkerCodeMismatch(RuntimeError):
    """A Dask worker runs other cleaning and extraction code than the run."""


def scheduler_address() -> str | None:
    """`BPJS_DASK_SCHEDULER`, or None (work stays on this machine) when unset or blank."""
    return os.environ.get(SCHEDULER_ENV, "").strip() or None


def connect_seconds() -> float:
    return DASK_CONNECT_SECONDS.read()


@contextmanager
def connect(address: str) -> Iterator["Client"]:
    """A client of the scheduler at `address` with at least one worker, closed afterwards."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterUnavailable(
            f"{SCHEDULER_ENV} names a Dask scheduler, but dask.distributed is not installed: "
            "pip install 'bpjs-pipeline[cluster]'") from None

    seconds = connect_seconds()
    try:
        client = Client(address, timeout=seconds, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler at {address} ({SCHEDULER_ENV}) within {seconds:g} s "
            f"({CONNECT_SECONDS_ENV}): {type(exc).__name__}: {exc}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=seconds)
        except TimeoutError:
            raise ClusterUnavailable(
                f"the Dask scheduler at {address} ({SCHEDULER_ENV}) has no worker "
                f"(waited {seconds:g} s, {CONNECT_SECONDS_ENV})") from None
        yield client
    finally:
        client.close()


def describe(client: "Client") -> str:
    threads = client.nthreads()
    return (f"the Dask cluster at {client.scheduler.address} ({len(threads)} worker(s), "
            f"{sum(threads.values())} thread(s))")


def check(address: str) -> str:
    """What `describe` says about the cluster at `address`, after making sure it answers."""
    with connect(address) as client:
        return describe(client)


def chunk_size(articles: int, threads: int) -> int:
    """Articles per task: about `CHUNKS_PER_THREAD` tasks per worker thread (so a slow or lost
    worker leaves others something to take), within 25 to 200 articles (a task costs the
    scheduler a few milliseconds; 25 articles are 0.1 to 0.3 s of work)."""
    share = -(-articles // max(1, threads * CHUNKS_PER_THREAD))
    return max(MIN_CHUNK_ARTICLES, min(MAX_CHUNK_ARTICLES, share))


def run_remote_chunk(work: Work, chunk: list[tuple[str, Any]], seconds: float,
                     extractor_version: str) -> list[Outcome]:
    """One task on a worker: `run_chunk` with the run's time budget, with the run's extraction code."""
    from bpjs_pipeline.version import EXTRACTOR_VERSION

    if EXTRACTOR_VERSION != extractor_version:
        raise WorkerCodeMismatch(
            f"this worker's cleaning and extraction code is {EXTRACTOR_VERSION}, the run's is "
            f"{extractor_version}: install the run's version of bpjs-pipeline on every worker")
    pause_point("cluster:chunk_started")
    return run_chunk(work, chunk, seconds)


def map_on_cluster(address: str, work: Work, items: list[tuple[str, Any]], seconds: float) -> Iterator[Outcome]:
    """`run_chunk` over `items` in chunks on the cluster at `address`; outcomes in input order."""
    from distributed import as_completed

    from bpjs_pipeline.version import EXTRACTOR_VERSION

    with connect(address) as client:
        threads = max(1, sum(client.nthreads().values()))
        size = chunk_size(len(items), threads)
        limit = threads * IN_FLIGHT_PER_THREAD
        run = uuid.uuid4().hex[:12]
        name = getattr(work, "__name__", "work")
        pending: deque = deque()  # in input order
        finished = as_completed(loop=client.loop)  # in the order they finish
        in_flight = 0
        for number, start in enumerate(range(0, len(items), size)):
            future = client.submit(
                run_remote_chunk, work, items[start:start + size], seconds, EXTRACTOR_VERSION,
                key=f"{name}-{run}-chunk-{number}", retries=TASK_RETRIES, pure=False,
            )
            pending.append(future)
            finished.add(future)
            in_flight += 1
            if in_flight >= limit:
                next(finished)
                in_flight -= 1
            while pending and pending[0].done():
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

"""Per-article work over a batch of articles, on every core when the batch is large.

`map_articles(work, items)` applies `work(article_id, item)` to every
`(article_id, item)` and yields `(article_id, ok, result_or_error)` in input
order; an exception fails only its own article (`ok` False, the error as
`"TypeName: message"`). A batch of fewer than `PARALLEL_MIN_ARTICLES` articles
(one new file, say) runs in this process, so it costs nothing extra; a larger
one runs in a pool of `BPJS_WORKERS` processes (default: the cores this
process may use), in chunks of `CHUNK_ARTICLES`, with at most two chunks per
worker in flight, so memory stays bounded by the batch itself.

Workers are started with `spawn`: a fresh interpreter that imports only this
module and the cleaning and extraction code, never the parent's state (the
parent may run Dagster threads, which `fork` would copy mid-flight).
`work` must be a module-level function (it is pickled by name).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from typing import Any, Callable, Iterable, Iterator

from bpjs_pipeline.budget import article_seconds, within_budget
from bpjs_pipeline.settings import WORKERS

WORKERS_ENV = WORKERS.name
PARALLEL_MIN_ARTICLES = 64
CHUNK_ARTICLES = 25
IN_FLIGHT_PER_WORKER = 2

Work = Callable[[str, Any], Any]
Outcome = tuple[str, bool, Any]


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def worker_count() -> int:
    """BPJS_WORKERS (at least 1), else the number of cores this process may run on."""
    return int(WORKERS.read(default=available_cores()))


def clean_one(article_id: str, text: str):
    """`clean_article` for one (article_id, raw text)."""
    return clean_page(article_id, (text, None))


def clean_page(article_id: str, page: tuple[str, str | None]):
    """`clean_article` for one (article_id, (raw text, web address or None))."""
    from bpjs_pipeline.clean import clean_article

    text, address = page
    return clean_article(article_id, text, address)


def extract_one(article_id: str, article) -> list[dict]:
    """The fact records of one cleaned article."""
    from bpjs_pipeline.extract import extract_facts

    return [fact.to_record() for fact in extract_facts(article)]


@cache
def load_patterns() -> None:
    """Compile the lexicon's and the grammar's patterns once per process (about 0.4 CPU s), before
    the first article's time budget starts: a worker's first article is timed for its own work."""
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts

    extract_facts(clean_article("patterns", "x"))


def run_chunk(work: Work, chunk: list[tuple[str, Any]], seconds: float | None = None) -> list[Outcome]:
    """`work` over one chunk, each article under the time budget `seconds` (else BPJS_ARTICLE_SECONDS)."""
    out: list[Outcome] = []
    # a bad setting fails the batch, never each article
    seconds = article_seconds() if seconds is None else seconds
    load_patterns()
    for article_id, item in chunk:
        try:
            out.append((article_id, True, within_budget(work, article_id, item, seconds)))
        except Exception as exc:  # one article's failure must not fail the batch
            out.append((article_id, False, f"{type(exc).__name__}: {exc}"))
    return out


def article_engine(articles: int, scheduler: str | None = None) -> str:
    """Where `map_articles` puts a batch of `articles`: on the Dask cluster when one is named
    (`scheduler`, else BPJS_DASK_SCHEDULER) and the batch is large, after making sure it answers
    (`cluster.ClusterUnavailable` otherwise); else this process or the local pool."""
    from bpjs_pipeline.cluster import check, scheduler_address

    scheduler = scheduler or scheduler_address()
    if articles < PARALLEL_MIN_ARTICLES:
        return "this process"
    if scheduler:
        return check(scheduler)
    workers = min(worker_count(), -(-articles // CHUNK_ARTICLES))
    return "this process" if workers <= 1 else f"a local pool of {workers} processes"


def map_articles(work: Work, items: Iterable[tuple[str, Any]], *, workers: int | None = None,
                 min_parallel: int = PARALLEL_MIN_ARTICLES, chunk: int = CHUNK_ARTICLES,
                 scheduler: str | None = None) -> Iterator[Outcome]:
    from bpjs_pipeline.cluster import map_on_cluster, scheduler_address

    items = list(items)
    seconds = article_seconds()
    scheduler = scheduler or scheduler_address()
    if scheduler and items and len(items) >= min_parallel:
        yield from map_on_cluster(scheduler, work, items, seconds)
        return
    workers = worker_count() if workers is None else workers
    workers = min(workers, -(-len(items) // chunk)) if items else 1
    if workers <= 1 or len(items) < min_parallel:
        for item in items:
            yield from run_chunk(work, [item], seconds)
        return
    chunks = (items[i : i + chunk] for i in range(0, len(items), chunk))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque = deque()
        for part in chunks:
            pending.append(pool.submit(run_chunk, work, part, seconds))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

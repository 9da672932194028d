"""The `batches` dynamic partitions: one partition per delivered batch of seed files.

A bulk load of 10,000 files is a few batches of at most `BATCH_ARTICLES` files,
not 10,000 partitions: Dagster records a handful of materializations instead of
tens of thousands (`benchmarks/bookkeeping_options.py`). Which articles a batch
holds is kept in the staging store (`batch_members`); each batch's
materialization lists its articles with their status, title, facts and errors.

A batch key is the UTC day it was delivered and a number within the day:
`2026-12-04.0003`. Keys sort in delivery order, which is also the order in
which they are added, so the batches of one run form one range.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Iterable, Sequence

import dagster as dg

BATCHES_PARTITIONS_NAME = "batches"
batches_partitions = dg.DynamicPartitionsDefinition(name=BATCHES_PARTITIONS_NAME)

# The most articles one batch holds: its materialization lists every one of them, a table
# the UI shows at once. A load of more files is split into several batches.
BATCH_ARTICLES = 1000
_BATCH_KEY = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(\d{4,})$")

# Adding tens of thousands of partitions in one call overflows SQLite's
# variable limit; add them in batches.
ADD_BATCH = 500


def batch_keys(existing: Iterable[str], count: int, now: datetime | None = None) -> list[str]:
    """`count` new batch keys for today (UTC), numbered after the day's existing ones."""
    day = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d")
    used = [int(m.group(2)) for m in map(_BATCH_KEY.match, existing) if m and m.group(1) == day]
    first = max(used, default=0) + 1
    return [f"{day}.{n:04d}" for n in range(first, first + count)]


def split_into_batches(article_ids: Sequence[str], size: int = BATCH_ARTICLES) -> list[list[str]]:
    """The articles in delivery batches of at most `size`, in the order given."""
    return [list(article_ids[i : i + size]) for i in range(0, len(article_ids), size)]


def add_batches(instance: dg.DagsterInstance, count: int, taken: Iterable[str] = ()) -> list[str]:
    """Add `count` new batch partitions to the instance; returns their keys, numbered after the
    instance's batches and `taken` (the batches the staging store knows: a throw-away instance
    has none)."""
    if count <= 0:
        return []
    keys = batch_keys([*instance.get_dynamic_partitions(BATCHES_PARTITIONS_NAME), *taken], count)
    for start in range(0, len(keys), ADD_BATCH):
        instance.add_dynamic_partitions(BATCHES_PARTITIONS_NAME, keys[start : start + ADD_BATCH])
    return keys

"""Opening DuckDB files, waiting briefly when another process holds the lock."""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from bpjs_pipeline.settings import LOCK_WAIT_SECONDS as LOCK_WAIT_SETTING

LOCK_WAIT_SECONDS = LOCK_WAIT_SETTING.default
LOCK_WAIT_ENV = LOCK_WAIT_SETTING.name


def lock_wait_seconds() -> float:
    """How long to wait for a locked DuckDB file: `BPJS_LOCK_WAIT_SECONDS` or 30 s."""
    return LOCK_WAIT_SETTING.read()


def connect(path: Path, *, read_only: bool = False, config: dict | None = None,
            wait_seconds: float | None = None) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect`, retrying while the file is locked by another process.

    DuckDB allows one read-write process per file, and a read-only open fails
    while a writer holds it (see STACK.md), so short waits are normal when two
    runs touch the staging store.
    """
    deadline = time.monotonic() + (lock_wait_seconds() if wait_seconds is None else wait_seconds)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


@contextmanager
def connection(path: Path, *, read_only: bool = False, config: dict | None = None,
               wait_seconds: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """`connect`, closed when the block ends."""
    con = connect(path, read_only=read_only, config=config, wait_seconds=wait_seconds)
    try:
        yield con
    finally:
        con.close()

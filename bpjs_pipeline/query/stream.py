"""Running one read query in a child process, under limits that hold (`bpjs-pipeline sql`).

* **Time.** The statement is typed here (`statement.py`); the query runs in a child process
  (`child.py`) whose output is relayed here as it comes. At the time limit the child is
  killed, whatever it is doing (a `levenshtein` over long strings that DuckDB cannot
  interrupt, or formatting two million rows: formatting and writing count toward the limit).
* **Memory.** DuckDB's `memory_limit` bounds its operators; the child also caps its own data
  memory at the limit plus a margin, and the rows are fetched in batches and written as they
  come, never gathered in a frame. A result may be at most `max_rows` rows and a quarter of
  the memory limit in bytes of output: past either, the output stops there.
* **Ctrl-C and SIGTERM** kill the child; the private name of the warehouse (a hard link in a
  private folder) is removed on every way out, and the child removes it as soon as the
  database is open.
"""
from __future__ import annotations

import codecs
import json
import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bpjs_pipeline.query.connection import memory_limit_bytes, private_name, remove_stale_private_folders
from bpjs_pipeline.query.statement import check_read_only

DEFAULT_TIMEOUT_SECONDS = 60.0
DEFAULT_MAX_ROWS = 1_000_000
OUTPUT_SHARE_OF_MEMORY = 0.25
_STDERR_KEEP = 64 * 1024


class QueryTimeout(RuntimeError):
    """The query ran longer than its time limit and was stopped."""


class QueryInterrupted(RuntimeError):
    """The query was stopped by Ctrl-C (SIGINT) or SIGTERM."""


class QueryFailed(RuntimeError):
    """The query failed in its process. `kind`: "memory" (past the memory limit), "external"
    (a file other than the warehouse), "rows" / "bytes" (past the output caps), "error"."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class QueryLimits:
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS
    memory_limit: int | None = None  # bytes; None: 25 % of RAM
    max_rows: int = DEFAULT_MAX_ROWS

    @property
    def memory(self) -> int:
        return self.memory_limit if self.memory_limit is not None else memory_limit_bytes(None)

    @property
    def max_bytes(self) -> int:
        return int(self.memory * OUTPUT_SHARE_OF_MEMORY)


def stream_query(warehouse: Path, sql: str, out: TextIO, *, fmt: str = "table", allow_external_files: bool = False,
                 limits: QueryLimits = QueryLimits(), poll_seconds: float = 0.05) -> int:
    """Run one read statement and write its rows to `out` as `fmt`; the number of rows.
    Raises NotAReadQuery, FileNotFoundError, QueryTimeout, QueryInterrupted or QueryFailed."""
    check_read_only(sql)
    warehouse = Path(warehouse).absolute()
    if not warehouse.is_file():
        raise FileNotFoundError(f"warehouse not found: {warehouse} (run `bpjs-pipeline run` first)"
                                if not warehouse.exists() else f"the warehouse path {warehouse} is not a file")
    remove_stale_private_folders(warehouse.parent)
    folder, link = private_name(warehouse)
    job = {"parent": os.getpid(), "warehouse": str(warehouse), "folder": str(folder), "link": str(link),
           "sql": sql, "format": fmt, "allow_external_files": allow_external_files,
           "memory_limit": limits.memory, "max_rows": limits.max_rows, "max_bytes": limits.max_bytes}
    previous_term = _stop_on_sigterm()
    child: subprocess.Popen | None = None
    try:
        child = subprocess.Popen([sys.executable, "-m", "bpjs_pipeline.query.child"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, process_group=0)
        child.stdin.write(json.dumps(job).encode("ascii"))
        child.stdin.close()
        errors = _relay(child, out, None if limits.timeout is None else time.monotonic() + limits.timeout,
                        limits.timeout, poll_seconds)
        child.wait()
    except KeyboardInterrupt:
        raise QueryInterrupted("interrupted: the query was stopped") from None
    finally:
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()
        _remove(folder)
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
    return _outcome(child.returncode, errors)


def _relay(child: subprocess.Popen, out: TextIO, deadline: float | None, timeout: float | None,
           poll_seconds: float) -> bytes:
    """Copy the child's stdout to `out` until it ends; its stderr, kept. QueryTimeout at `deadline`."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    errors = bytearray()
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ, "out")
        selector.register(child.stderr, selectors.EVENT_READ, "err")
        open_streams = 2
        while open_streams:
            if deadline is not None and time.monotonic() >= deadline:
                child.kill()
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped "
                                   "(--timeout SECONDS sets the limit)")
            for key, _ in selector.select(poll_seconds):
                data = os.read(key.fileobj.fileno(), 1 << 16)
                if not data:
                    selector.unregister(key.fileobj)
                    open_streams -= 1
                elif key.data == "out":
                    out.write(decoder.decode(data))
                elif len(errors) < _STDERR_KEEP:
                    errors.extend(data)
    out.write(decoder.decode(b"", final=True))
    out.flush()
    return bytes(errors)


def _outcome(returncode: int, errors: bytes) -> int:
    lines = errors.decode("utf-8", "replace").strip().splitlines()
    try:
        status = json.loads(lines[-1]) if lines else {}
    except ValueError:
        status = {}
    if returncode == 0 and status.get("status") == "ok":
        return int(status.get("rows", 0))
    if status.get("status") == "error":
        raise QueryFailed(status.get("kind", "error"), status.get("message", ""))
    why = f"signal {-returncode}" if returncode < 0 else f"exit status {returncode}"
    last = lines[-1] if lines else "no message"
    raise QueryFailed("error", f"the query's process ended unexpectedly ({why}): {last}")


def _stop_on_sigterm():
    """SIGTERM stops the query like Ctrl-C (so its child and private name go too)."""
    def stop(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread
        return None


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)

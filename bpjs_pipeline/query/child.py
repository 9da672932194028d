"""The process a `bpjs-pipeline sql` query runs in (`python -m bpjs_pipeline.query.child`).

It reads its job as one JSON object on stdin, dies with its parent (`PR_SET_PDEATHSIG`), caps
its own data memory (`RLIMIT_DATA`: the memory limit plus a margin for Python itself, so a
result that DuckDB's own limit lets through, such as one 400 MB string, fails here), opens
the warehouse through the private name its parent made and removes that name at once, runs
the query and writes its rows to stdout as they are fetched (`output.py`). It ends with one
JSON line on stderr: `{"status": "ok", "rows": n}` or `{"status": "error", "kind": ...,
"message": ...}`. Its parent kills it at the time limit or on Ctrl-C: it holds nothing that
needs cleaning up (the database is open read-only, nothing is ever written).
"""
from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import duckdb

FETCH_ROWS = 2048
PYTHON_MARGIN_BYTES = 512 * 2**20  # the interpreter, DuckDB's code and one batch of rows


def _die_with_parent(parent: int) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent still kills it on every way out
        pass
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


def _cap_memory(limit: int) -> None:
    try:
        import resource

        wanted = limit + PYTHON_MARGIN_BYTES
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (wanted, hard))
    except (ImportError, ValueError, OSError):
        pass


def _status(**fields) -> None:
    sys.stderr.write(json.dumps(fields) + "\n")
    sys.stderr.flush()


def run(job: dict) -> int:
    from bpjs_pipeline.query.connection import QueryConnection
    from bpjs_pipeline.query.output import OutputTooLarge, RowWriter

    out = sys.stdout.buffer
    try:
        handle = QueryConnection(Path(job["warehouse"]), allow_external_files=job["allow_external_files"],
                                 memory_limit=job["memory_limit"],
                                 private=(Path(job["folder"]), Path(job["link"])), forget_name=True)
        cursor = handle.con.execute(job["sql"])
        writer = RowWriter(out, job["format"], job["max_rows"], job["max_bytes"])
        writer.begin([d[0] for d in cursor.description])
        while batch := cursor.fetchmany(FETCH_ROWS):
            writer.write(batch)
        writer.end()
    except OutputTooLarge as exc:
        if exc.kind == "rows":  # the rows up to the cap are out: close the table or array
            try:
                writer.end()
            except OutputTooLarge:
                pass
        _status(status="error", kind=exc.kind, message=str(exc.limit))
        return 1
    except (MemoryError, duckdb.OutOfMemoryException) as exc:
        _status(status="error", kind="memory", message=str(exc).splitlines()[0] if str(exc) else "out of memory")
        return 1
    except duckdb.Error as exc:
        message = str(exc)
        external = "disabled by configuration" in message or "disabled through configuration" in message
        _status(status="error", kind="external" if external else "error", message=message)
        return 1
    except BrokenPipeError:  # the reader went away
        return 0
    _status(status="ok", rows=writer.rows)
    return 0


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    _die_with_parent(job["parent"])
    _cap_memory(job["memory_limit"])
    return run(job)


if __name__ == "__main__":
    sys.exit(main())

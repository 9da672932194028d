"""Read-only queries against the published warehouse (`bpjs-pipeline sql`).

Read-only by construction, in three layers:

1. **The statement.** DuckDB's own parser (`extract_statements`) types the
   text; exactly one statement is accepted, and only of type SELECT (which
   covers WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, UNPIVOT), a PIVOT
   (DuckDB types it MULTI: a temporary enum plus a SELECT), or EXPLAIN /
   EXPLAIN ANALYZE of such a SELECT (the wrapped text is typed again).
   Every other type, and any type this code does not know, is refused with
   its DuckDB statement type named.
2. **The connection.** The warehouse is opened read-only under another
   name: a hard link in a fresh private folder (or, where a hard link cannot
   be made, a copy). DuckDB always lets a connection reach its own database
   file and `<file>.wal`, `<file>.wal.checkpoint`, `<file>.wal.recovery`,
   resolving symbolic links first; under the private name those lie in the
   private folder, where nothing else exists, so no file beside the real
   warehouse is reachable. Spilling to a temporary folder is off (no file is ever
   written), extensions cannot be installed or loaded, and unless
   `allow_external_files` every file but the warehouse is out of reach
   (`allowed_paths`/`allowed_directories` emptied, `enable_external_access`
   off). Then the configuration is locked.
3. **Limits.** A memory limit (`memory_limit`) and a time limit: the query
   runs in a worker thread, and the caller's thread interrupts the
   connection when the time is up or on Ctrl-C (KeyboardInterrupt).
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

DEFAULT_TIMEOUT_SECONDS = 60.0
DEFAULT_MEMORY_FRACTION = 0.25  # of the machine's RAM
_WORD_RE = re.compile(r"[A-Za-z_]+")
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%|b|kb|kib|mb|mib|gb|gib|tb|tib)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 10**3, "kib": 2**10, "mb": 10**6, "mib": 2**20, "gb": 10**9, "gib": 2**30,
          "tb": 10**12, "tib": 2**40}
READ_HELP = ("`bpjs-pipeline sql` cannot change anything: it runs exactly one SELECT (including WITH, "
             "FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT, UNPIVOT) or EXPLAIN [ANALYZE] of one")


class NotAReadQuery(ValueError):
    """The SQL text is not exactly one read statement."""


class QueryTimeout(RuntimeError):
    """The query ran longer than its time limit and was interrupted."""


class QueryInterrupted(RuntimeError):
    """The query was interrupted by Ctrl-C (SIGINT)."""


@dataclass(frozen=True)
class Classified:
    kind: str  # "SELECT" | "PIVOT" | "EXPLAIN" | "EXPLAIN ANALYZE"


def _parser() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(":memory:", config={"enable_external_access": False})


def _statement_type(statement) -> str | None:
    """DuckDB's statement type name, or None for a type the installed Python API cannot name
    (e.g. `UPDATE EXTENSIONS` raises ValueError: 29 is not a valid StatementType)."""
    try:
        return statement.type.name
    except (ValueError, AttributeError, duckdb.Error):
        return None


def _keywords(sql: str, limit: int = 3) -> list[tuple[int, str]]:
    """The first `limit` tokens that are not comments, as (offset, word upper-cased)."""
    out = []
    for offset, kind in duckdb.tokenize(sql):
        if kind == duckdb.token_type.comment:
            continue
        match = _WORD_RE.match(sql, offset)
        out.append((offset, match.group(0).upper() if match else sql[offset:offset + 1]))
        if len(out) >= limit:
            break
    return out


def _one_statement(sql: str):
    try:
        statements = _parser().extract_statements(sql)
    except duckdb.Error as exc:
        raise NotAReadQuery(f"cannot parse the query: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise NotAReadQuery(f"expected exactly one statement, got {len(statements)}")
    return statements[0]


def _refuse(what: str) -> NotAReadQuery:
    return NotAReadQuery(f"refused: {what} is not a read statement. {READ_HELP}")


def check_read_only(sql: str) -> Classified:
    """What kind of read `sql` is, or NotAReadQuery saying why it is refused."""
    statement = _one_statement(sql)
    kind = _statement_type(statement)
    if kind is None:
        return _raise_unknown(sql)
    if kind == "SELECT":
        return Classified("SELECT")
    words = _keywords(sql)
    if kind == "MULTI" and words and words[0][1] == "PIVOT":
        return Classified("PIVOT")
    if kind == "EXPLAIN":
        return _check_explain(sql, words)
    raise _refuse(f"a {kind.replace('_', ' ')} statement (DuckDB statement type {kind})")


def _raise_unknown(sql: str):
    first = " ".join(word for _, word in _keywords(sql, 2))
    raise NotAReadQuery(
        f"refused: a statement of a type this command does not know (it starts with {first!r}); "
        f"{READ_HELP}"
    )


def _check_explain(sql: str, words: list[tuple[int, str]]) -> Classified:
    """EXPLAIN and EXPLAIN ANALYZE run only when what they wrap is itself a SELECT (EXPLAIN
    ANALYZE executes the statement). Options in parentheses are refused."""
    if not words or words[0][1] != "EXPLAIN":
        raise _refuse("an EXPLAIN statement in an unexpected form")
    analyze = len(words) > 1 and words[1][1] in ("ANALYZE", "ANALYSE")
    if len(words) < (3 if analyze else 2):
        raise _refuse("an EXPLAIN statement without a query")
    start = words[2 if analyze else 1][0]
    label = "EXPLAIN ANALYZE" if analyze else "EXPLAIN"
    try:
        inner = _one_statement(sql[start:])
    except NotAReadQuery:
        raise _refuse(f"an {label} in a form other than `{label} SELECT ...`") from None
    inner_kind = _statement_type(inner)
    if inner_kind != "SELECT":
        raise _refuse(f"an {label} of a {(inner_kind or 'unknown').replace('_', ' ')} statement "
                      f"(DuckDB statement type {inner_kind or 'unknown'})")
    return Classified(label)


def physical_memory_bytes() -> int:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def memory_limit_bytes(text: str | None) -> int:
    """`--memory-limit`: bytes from '2GB', '512MiB', '1000000', '25%' (of RAM); default 25 % of RAM."""
    if text is None or not text.strip():
        return int(physical_memory_bytes() * DEFAULT_MEMORY_FRACTION)
    match = _SIZE_RE.match(text)
    if not match:
        raise ValueError(f"--memory-limit must be a size such as 2GB, 512MiB or 25%, got {text!r}")
    number, unit = float(match.group(1)), (match.group(2) or "b").lower()
    value = int(physical_memory_bytes() * number / 100) if unit == "%" else int(number * _UNITS[unit])
    if value < 2**20:
        raise ValueError(f"--memory-limit must be at least 1MiB, got {text!r}")
    return value


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class _QueryConnection:
    """A locked, read-only connection to the warehouse through a private symlink (see module)."""

    def __init__(self, warehouse: Path, *, allow_external_files: bool, memory_limit: int):
        warehouse = Path(warehouse).absolute()
        if not warehouse.is_file():
            raise FileNotFoundError(f"warehouse not found: {warehouse} (run `bpjs-pipeline run` first)")
        self.folder, link = _private_name(warehouse)
        try:
            from bpjs_pipeline.warehouse.connect import connect

            self.con = connect(link, read_only=True, config={
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
                "allow_community_extensions": False,
                "allow_unsigned_extensions": False,
            })
            settings = ["SET temp_directory = ''", f"SET memory_limit = '{int(memory_limit)}B'",
                        "SET allowed_directories = []", "SET allowed_paths = []"]
            if not allow_external_files:
                settings.append("SET enable_external_access = false")
            settings.append("SET lock_configuration = true")
            for statement in settings:
                self.con.execute(statement)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _private_name(warehouse: Path) -> tuple[Path, Path]:
    """(private folder, the warehouse's name in it): a hard link in a fresh folder under the
    system's temporary folder, else beside the warehouse, else a copy."""
    for parent in (None, warehouse.parent):
        try:
            folder = Path(tempfile.mkdtemp(prefix=".bpjs-sql-", dir=parent))
        except OSError:
            continue
        try:
            os.link(warehouse, folder / "warehouse.duckdb")
            return folder, folder / "warehouse.duckdb"
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=".bpjs-sql-"))
    try:
        shutil.copyfile(warehouse, folder / "warehouse.duckdb")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, folder / "warehouse.duckdb"


def open_query_connection(warehouse: Path, *, allow_external_files: bool = False,
                          memory_limit: int | None = None) -> _QueryConnection:
    return _QueryConnection(warehouse, allow_external_files=allow_external_files,
                            memory_limit=memory_limit if memory_limit is not None else memory_limit_bytes(None))


def run_query(warehouse: Path, sql: str, *, allow_external_files: bool = False,
              timeout: float | None = DEFAULT_TIMEOUT_SECONDS, memory_limit: int | None = None,
              poll_seconds: float = 0.05) -> pd.DataFrame:
    """Run one read statement on a locked read-only connection (see the module docstring).
    Values keep their Python types (DATE stays `datetime.date`), so output formats can render
    them faithfully. Raises NotAReadQuery, QueryTimeout, QueryInterrupted (Ctrl-C) or a
    duckdb.Error (e.g. OutOfMemoryException past the memory limit)."""
    check_read_only(sql)
    handle = open_query_connection(warehouse, allow_external_files=allow_external_files,
                                   memory_limit=memory_limit)
    outcome: dict = {}
    # An Event, not Thread.join: a KeyboardInterrupt inside join() can leave the thread looking
    # finished while it still runs.
    done = threading.Event()

    def work() -> None:
        try:
            cursor = handle.con.execute(sql)
            outcome["columns"] = [d[0] for d in cursor.description]
            outcome["rows"] = cursor.fetchall()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=work, name="bpjs-sql-query", daemon=True)
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        worker.start()
        try:
            while not done.wait(poll_seconds):
                if deadline is not None and time.monotonic() >= deadline:
                    handle.con.interrupt()
                    done.wait()
                    raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped "
                                       "(--timeout SECONDS sets the limit)")
        except KeyboardInterrupt:
            handle.con.interrupt()
            done.wait(10)
            raise QueryInterrupted("interrupted (Ctrl-C): the query was stopped") from None
    finally:
        if done.is_set():
            handle.close()
    if "error" in outcome:
        raise outcome["error"]
    return pd.DataFrame.from_records(outcome["rows"], columns=outcome["columns"])

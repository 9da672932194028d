"""Publishing: rebuild the warehouse file from staging and swap it into place.

The new database is written to a temporary file beside the target and moved
over it with `os.replace`, so a reader that opens the warehouse read-only
sees either the old or the new state and never meets a writer's lock.
"""
from __future__ import annotations

import glob
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

from bpjs_pipeline.faults import pause_point
from bpjs_pipeline.warehouse.build_inputs import prepare_build
from bpjs_pipeline.warehouse.connect import connect
from bpjs_pipeline.warehouse.gate import check_before_publishing
from bpjs_pipeline.warehouse.sql import load_sql
from bpjs_pipeline.warehouse.staging import StagingStore

PUBLISHED_TABLES = ("articles", "quarantine", "fact_participants", "fact_funds", "fact_targets", "corrections")
PUBLISHED_VIEWS = ("participants_by_year", "funds_by_year", "targets_by_year", "target_progress", "conflicts")
PUBLISHED_RELATIONS = PUBLISHED_TABLES + PUBLISHED_VIEWS
# Each published view is computed once, when the file is built: its rows go into a table
# `_<view>_rows` and the view becomes `SELECT * FROM` it, so a query on a view costs a scan
# instead of the headline and conflict computations (hundreds of milliseconds per query at
# 10,000 articles; benchmarks/README.md). In dependency order: the headline views read
# `conflicts`, `target_progress` reads the headline views.
MATERIALIZED_VIEWS = ("conflicts", "participants_by_year", "funds_by_year", "targets_by_year", "target_progress")


@dataclass(frozen=True)
class RelationSummary:
    name: str
    kind: str  # "table" | "view"
    row_count: int
    columns: list[tuple[str, str]]  # (name, DuckDB type)


def publish(staging: StagingStore, warehouse: Path, corrections: Path | None = None) -> dict[str, RelationSummary]:
    """Rebuild `warehouse` from `staging` (with the corrections file `corrections` applied, if
    any); returns a summary of every published relation."""
    warehouse = Path(warehouse)
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    staging.ensure_schema()
    remove_stale_temp_files(warehouse)
    tmp = warehouse.with_name(f".{warehouse.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(f"ATTACH {_sql_string(str(staging.path))} AS stg (READ_ONLY)")
            prepare_build(con, corrections)
            con.execute(load_sql("publish.sql"))
            materialize_views(con)
            con.execute("DETACH stg")
            pause_point("publish:building")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        _fsync(tmp)
        # Blocking checks run here, on the temporary file: a failure raises WarehouseRejected
        # and the published file is never touched.
        check_before_publishing(tmp)
        pause_point("publish:before_replace")
        # Atomic on POSIX: a reader opening the path gets the old file or the new
        # one; connections already open keep reading the old (now unlinked) file.
        os.replace(tmp, warehouse)
        _fsync(warehouse.parent)
        pause_point("publish:after_replace")
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            if leftover.exists():
                leftover.unlink()
    return describe(warehouse)


def materialize_views(con: duckdb.DuckDBPyConnection) -> None:
    """Store the rows of every MATERIALIZED_VIEWS view in a table the view then reads."""
    for view in MATERIALIZED_VIEWS:
        con.execute(f'CREATE TABLE "_{view}_rows" AS SELECT * FROM "{view}"')
        con.execute(f'CREATE OR REPLACE VIEW "{view}" AS SELECT * FROM "_{view}_rows"')


def remove_stale_temp_files(warehouse: Path) -> list[Path]:
    """Delete temporary files (and their WAL) left beside `warehouse` by a publish
    whose process died (killed mid-build); those of live processes are kept."""
    removed = []
    prefix = f".{warehouse.name}."
    for candidate in warehouse.parent.glob(f"{glob.escape(prefix)}*.tmp*"):
        parts = candidate.name[len(prefix):].split(".")
        if len(parts) < 3 or not parts[0].isdigit() or _alive(int(parts[0])):
            continue
        candidate.unlink(missing_ok=True)
        removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe(warehouse: Path) -> dict[str, RelationSummary]:
    con = open_read_only(warehouse)
    try:
        kinds = dict(
            con.execute(
                "SELECT table_name, CASE WHEN table_type = 'VIEW' THEN 'view' ELSE 'table' END "
                "FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        )
        out = {}
        for name in PUBLISHED_RELATIONS:
            columns = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
                [name],
            ).fetchall()
            (count,) = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            out[name] = RelationSummary(name, kinds[name], int(count), [(c, t) for c, t in columns])
        return out
    finally:
        con.close()


def open_read_only(warehouse: Path, *, allow_external_files: bool = False) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse. Unless `allow_external_files`, it
    cannot touch any other file (no read_csv, glob, ATTACH, extension install);
    its configuration is locked, so a query cannot lift that."""
    warehouse = Path(warehouse)
    if not warehouse.exists():
        raise FileNotFoundError(f"warehouse not found: {warehouse} (run `bpjs-pipeline run` first)")
    config = {
        "enable_external_access": bool(allow_external_files),
        "autoinstall_known_extensions": False,
        "allow_community_extensions": False,
        "lock_configuration": True,
    }
    return connect(warehouse, read_only=True, config=config)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"

"""A damaged staging store: recognised before a run reads it, and rebuilt from the seeds.

The staging store (`<warehouse>.staging.duckdb`) holds nothing that the seeds folder and the
published warehouse do not: every row is read again from the seed files, and the two
remembered times (when each content was first read, `loaded_at`; when each file was first
quarantined, `first_seen`) are in the published tables. So a staging file that is truncated,
overwritten, replaced by a folder, a symlink or another file is not repaired in place:

* `check_staging` (before a run reads it) opens it read-only and reads every table whole, so
  DuckDB checks the checksum of every block; any damage raises StagingDamaged, whose message
  says what to do. The published warehouse is never touched by this.
* `set_aside` moves the damaged file (and its WAL) to `<name>.damaged`, for whoever wants to
  look at it, and `seed_history` starts a new staging store with the published `loaded_at`
  and `first_seen`, so that `bpjs-pipeline repair` (this, then a full run) publishes the same
  tables as before the damage.
"""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import duckdb
import pandas as pd

from bpjs_pipeline.ingest.discover import scan_seed_folder
from bpjs_pipeline.ingest.partition_keys import partition_key_for
from bpjs_pipeline.warehouse.connect import connection
from bpjs_pipeline.warehouse.staging import StagingStore

DAMAGED_SUFFIX = ".damaged"


class StagingDamaged(RuntimeError):
    """The staging store cannot be read; `bpjs-pipeline repair` rebuilds it."""


def _damaged(path: Path, what: str) -> StagingDamaged:
    return StagingDamaged(
        f"the staging store {path} is damaged ({what}). The published warehouse is intact, and "
        f"staging holds nothing that the seeds and the published warehouse do not: run "
        f"`bpjs-pipeline repair` (same --seeds and --warehouse) to set it aside as "
        f"{path.name}{DAMAGED_SUFFIX} and rebuild it from the seeds")


def check_staging(path: Path) -> None:
    """StagingDamaged when `path` exists and is not a DuckDB file whose every table reads whole.
    A file another process holds locked for longer than the lock wait is not checked."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        raise _damaged(path, "a symbolic link in its place")
    if stat.S_ISDIR(st.st_mode):
        raise _damaged(path, "a folder in its place")
    if not stat.S_ISREG(st.st_mode):
        raise _damaged(path, "not a regular file")
    try:
        with connection(path, read_only=True) as con:
            tables = [name for (name,) in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                "AND schema_name = 'main'").fetchall()]
            for name in tables:
                quoted = '"' + name.replace('"', '""') + '"'
                con.execute(f"SELECT count(*), bit_xor(hash(t)) FROM {quoted} AS t").fetchone()
    except duckdb.Error as exc:
        if "could not set lock" in str(exc).lower():  # another process writes it: not damage,
            return  # and not checked now (the run's steps wait for it and retry)
        raise _damaged(path, str(exc).splitlines()[0]) from None


def set_aside(path: Path) -> Path | None:
    """Move the staging file (whatever it is: file, folder, symlink) and its WAL to
    `<name>.damaged` (replacing an earlier one); the new place, or None when there was none."""
    path = Path(path)
    if not os.path.lexists(path):
        _remove(path.with_name(path.name + ".wal"))
        return None
    target = path.with_name(path.name + DAMAGED_SUFFIX)
    for source, dest in ((path, target), (path.with_name(path.name + ".wal"), target.with_name(target.name + ".wal"))):
        _remove(dest)
        if os.path.lexists(source):
            os.replace(source, dest)
    return target


def _remove(path: Path) -> None:
    if os.path.islink(path) or (os.path.lexists(path) and not os.path.isdir(path)):
        os.unlink(path)
    elif os.path.isdir(path):
        shutil.rmtree(path)


def seed_history(staging: Path, warehouse: Path, seeds_dir: Path) -> int:
    """Start a new staging store at `staging` with what the published warehouse remembers: when
    each content was first read (`content_loads` from `articles.loaded_at`) and when each file
    of the seeds folder was first quarantined or skipped (`quarantine.first_seen`). Returns how
    many rows were carried over (0 when there is no readable published warehouse)."""
    from bpjs_pipeline.warehouse.publish import open_read_only

    store = StagingStore(staging)
    store.ensure_schema()
    try:
        con = open_read_only(warehouse)
    except (FileNotFoundError, duckdb.Error):
        return 0
    try:
        loads = con.execute("SELECT article_id, sha256, loaded_at FROM articles").df()
        quarantine = con.execute("SELECT article_id, file, sha256, reason, first_seen, last_seen "
                                 "FROM quarantine").df()
    except duckdb.Error:
        return 0
    finally:
        con.close()
    seeds, skipped = scan_seed_folder(seeds_dir)
    seed_files = {seed.file_name: seed.partition_key for seed in seeds}
    files = quarantine[quarantine["file"].isin(seed_files)].copy()
    files["partition_key"] = files["article_id"].map(partition_key_for)
    skipped_now = pd.DataFrame([(entry.file, entry.reason) for entry in skipped], columns=["file", "reason"],
                               dtype=object)
    skips = quarantine.merge(skipped_now, on=["file", "reason"])
    with store.transaction() as write:
        write.register("published_loads", loads)
        write.register("published_files", files)
        write.register("published_skips", skips[["file", "reason", "first_seen", "last_seen"]])
        write.execute("INSERT INTO content_loads SELECT article_id, sha256, loaded_at FROM published_loads")
        write.execute("INSERT INTO quarantine BY NAME SELECT article_id, partition_key, file, sha256, reason, "
                      "first_seen, last_seen FROM published_files")
        write.execute("INSERT INTO skipped_files BY NAME SELECT * FROM published_skips")
    return len(loads) + len(files) + len(skips)

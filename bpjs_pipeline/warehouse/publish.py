"""Publishing: the warehouse file made from staging and swapped into place.

A publish compares what the published file was built from (its `_build` row: a digest of
the staged rows, the corrections file's sha256 and the code's version) with what there is
now. The staged rows are digested article by article (`STAGED_DIGESTS`: every row of an
article in every staging table it has rows in, whoever wrote them), and the file keeps each
article's digest (`_article_digests`), so the articles that changed are those whose digest
differs:

* **nothing changed**: nothing is written or checked (`PublishOutcome.mode` "unchanged");
* **staged articles changed** since that build: the published file is copied to a temporary
  file, where the rows of the articles that changed (and of those sharing their text) are
  replaced, the small tables (`quarantine`, `corrections`) rebuilt, and the relations computed
  from the facts (`derived.sql`) recomputed for the series (metric, segment, program) those
  articles' facts belong to, before and after ("incremental");
* otherwise (no warehouse yet, another corrections file or other code, or a file grown well
  past its size at its last whole build): every relation is built anew in a temporary file
  ("full").

The rows a publish writes are validated once, in the temporary file, against the published
pandera models (`gate.py`): a failure raises WarehouseRejected and publishes nothing. The
temporary file is then fsync'ed and moved over the published one with `os.replace`: a reader
opening the warehouse read-only sees the old state or the new one, never half of a load, and
never meets a writer's lock (the published file itself is never opened for writing).
"""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from bpjs_pipeline import version
from bpjs_pipeline.faults import pause_point
from bpjs_pipeline.validate.warehouse_schemas import WAREHOUSE_MODELS
from bpjs_pipeline.warehouse.build_inputs import prepare_build
from bpjs_pipeline.warehouse.connect import connect
from bpjs_pipeline.warehouse.gate import check_before_publishing
from bpjs_pipeline.warehouse.sql import load_sql
from bpjs_pipeline.warehouse.staging import StagingStore, utc_now

PUBLISHED_TABLES = ("articles", "quarantine", "fact_participants", "fact_funds", "fact_targets", "corrections")
PUBLISHED_VIEWS = ("participants_by_year", "funds_by_year", "targets_by_year", "target_progress", "conflicts")
PUBLISHED_RELATIONS = PUBLISHED_TABLES + PUBLISHED_VIEWS
# Each published view is computed once, when the file is built: its rows go into a table
# `_<view>_rows` and the view becomes `SELECT * FROM` it, so a query on a view costs a scan
# instead of the headline and conflict computations (hundreds of milliseconds per query at
# 10,000 articles; benchmarks/README.md). In dependency order: the headline views read
# `conflicts`, `target_progress` reads the headline views.
MATERIALIZED_VIEWS = ("conflicts", "participants_by_year", "funds_by_year", "targets_by_year", "target_progress")
# Tables with one set of rows per article, replaced article by article; the other tables are
# small and rebuilt whole at every publish.
PER_ARTICLE_TABLES = ("articles", "fact_participants", "fact_funds", "fact_targets")
FACT_TABLES = ("fact_participants", "fact_funds", "fact_targets")
# Relations whose models compare rows with each other (a unique column, one row per key): a
# publish that changes any of their rows validates every row it rewrites; the others only the
# rows that are new.
CROSS_ROW_RELATIONS = frozenset({"articles", "quarantine", "corrections", "participants_by_year", "funds_by_year",
                                 "targets_by_year"})
# Bookkeeping tables of the published file (hidden: their names start with `_`).
BUILD_TABLE = "_build"  # what the file was built from, and how
CONTENTS_TABLE = "_article_contents"  # sha256 of each staged article's text (articles sharing it are one)
ARTICLE_DIGESTS_TABLE = "_article_digests"  # the digest of each article's staged rows it was built from
CHECKED_TABLE = "_schema_checks"  # what the gate validated at the last publish, per relation
DIGESTS_TABLE = "_relation_digests"  # row count and an order-independent digest of each relation
# A file whose incremental publishes have left it this many times larger than at its last
# whole build, plus REBUILD_SLACK_BYTES, is built whole again. (DuckDB rewrites the row groups a
# publish touches and reuses the blocks it frees later, so a file settles at about twice its
# size after a whole build; what grows past that is room deleted rows still take.)
REBUILD_GROWTH = 3.0
REBUILD_SLACK_BYTES = 8 << 20
SERIES = "(metric, segment, coalesce(program, ''))"
# A digest of each article's staged rows (temporary table `staged_digests`), with the staging
# store attached as `stg`: an order-free sum of row hashes per table, leaving out only the
# times a stage ran (`cleaned_at`, `extracted_at`, `assigned_at`), which are never published.
STAGED_DIGESTS = """
CREATE OR REPLACE TEMP TABLE staged_digests AS
SELECT article_id, sum(h) AS digest FROM (
    SELECT article_id, hash('raw', r) AS h FROM stg.raw_articles AS r
    UNION ALL SELECT article_id, hash('quarantine', q) FROM stg.quarantine AS q
    UNION ALL SELECT article_id, hash('cleaned', c) FROM (SELECT * EXCLUDE (cleaned_at) FROM stg.cleaned_articles) AS c
    UNION ALL SELECT article_id, hash('fact', f) FROM (SELECT * EXCLUDE (extracted_at) FROM stg.facts) AS f
    UNION ALL SELECT article_id, hash('reject', j) FROM stg.rejects AS j
    UNION ALL SELECT article_id, hash('batch', batch) FROM stg.batch_members
)
GROUP BY article_id
"""
STAGING_DIGEST = """
SELECT CAST(coalesce((SELECT sum(digest) FROM staged_digests), 0) AS VARCHAR) || ':'
       || (SELECT count(*) FROM staged_digests) || ':'
       || CAST(coalesce((SELECT sum(hash(s)) FROM stg.skipped_files AS s), 0) AS VARCHAR)
"""


@dataclass(frozen=True)
class RelationSummary:
    name: str
    kind: str  # "table" | "view"
    row_count: int
    columns: list[tuple[str, str]]  # (name, DuckDB type)


@dataclass(frozen=True)
class BuildStamp:
    """What a warehouse file was built from."""

    staging_digest: str
    corrections_sha256: str
    code_version: str


@dataclass
class PublishOutcome:
    """What a publish did. `mode`: "unchanged" (nothing written), "incremental" or "full"."""

    mode: str
    stamp: BuildStamp
    built_at: datetime | None = None
    relations: dict[str, RelationSummary] = field(default_factory=dict)
    changed_relations: list[str] = field(default_factory=list)  # rows differ from the previous build
    articles_rebuilt: int = 0
    series_rebuilt: int = 0
    validated_rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds of each phase

    @property
    def published(self) -> bool:
        return self.mode != "unchanged"

    def __getitem__(self, name: str) -> RelationSummary:
        return self.relations[name]


def corrections_digest(corrections: Path | None) -> str:
    """sha256 of the corrections file's bytes ("" when there is none)."""
    if corrections is None or not Path(corrections).is_file():
        return ""
    return hashlib.sha256(Path(corrections).read_bytes()).hexdigest()


def publish(staging: StagingStore, warehouse: Path, corrections: Path | None = None, *,
            full: bool = False) -> PublishOutcome:
    """Bring `warehouse` up to date with `staging` (with the corrections file `corrections`
    applied, if any): nothing, what changed, or everything (`full` forces the last)."""
    warehouse = Path(warehouse)
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    if not staging.path.exists():
        staging.ensure_schema()
    remove_stale_temp_files(warehouse)
    corrections_sha = corrections_digest(corrections)
    previous = read_build(warehouse)
    tmp = warehouse.with_name(f".{warehouse.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    started = time.process_time()
    con = duckdb.connect()
    try:
        try:
            con.execute(f"ATTACH {_sql_string(str(staging.path))} AS stg (READ_ONLY)")
            con.execute(STAGED_DIGESTS)
        except duckdb.CatalogException:  # a staging store made before a table existed
            con.execute("DETACH DATABASE IF EXISTS stg")
            staging.ensure_schema()
            con.execute(f"ATTACH {_sql_string(str(staging.path))} AS stg (READ_ONLY)")
            con.execute(STAGED_DIGESTS)
        ((staged,),) = con.execute(STAGING_DIGEST).fetchall()
        seconds = {"digest": time.process_time() - started}
        stamp = BuildStamp(staged, corrections_sha, version.build_version())
        if previous is not None and not full and previous["stamp"] == stamp:
            return PublishOutcome("unchanged", stamp, built_at=previous["built_at"], seconds=seconds)
        incremental = (
            previous is not None and not full
            and (previous["stamp"].corrections_sha256, previous["stamp"].code_version)
            == (corrections_sha, stamp.code_version)
            and warehouse.stat().st_size <= REBUILD_GROWTH * previous["full_size"] + REBUILD_SLACK_BYTES
        )
        try:
            if incremental:
                shutil.copyfile(warehouse, tmp)
            con.execute(f"ATTACH {_sql_string(str(tmp))} AS out")
            con.execute("USE out")
            outcome = PublishOutcome("incremental" if incremental else "full", stamp, seconds=seconds)
            mark = time.process_time()
            if incremental:
                _build_incremental(con, corrections, outcome)
            else:
                _build_full(con, corrections, outcome)
            seconds["build and validate"] = time.process_time() - mark
            mark = time.process_time()
            con.execute(f"CREATE OR REPLACE TABLE {ARTICLE_DIGESTS_TABLE} AS SELECT * FROM staged_digests")
            outcome.changed_relations = _record_digests(con, previous)
            outcome.relations = _describe(con)
            outcome.built_at = utc_now()
            _record_build(con, outcome, previous)
            seconds["record"] = time.process_time() - mark
            pause_point("publish:building")
            mark = time.process_time()
            con.execute("CHECKPOINT out")
            if outcome.mode == "full":
                con.execute(f"UPDATE {BUILD_TABLE} SET full_size_bytes = ?", [tmp.stat().st_size])
                con.execute("CHECKPOINT out")
            con.execute("USE memory")
            for alias in ("out", "stg", "delta", "keyed"):
                con.execute(f"DETACH DATABASE IF EXISTS {alias}")
            con.close()
            _fsync(tmp)
            seconds["write"] = time.process_time() - mark
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
        return outcome
    finally:
        con.close()


def _build_full(con: duckdb.DuckDBPyConnection, corrections: Path | None, outcome: PublishOutcome) -> None:
    prepare_build(con, corrections)
    con.execute(load_sql("publish.sql"))
    con.execute(load_sql("derived.sql"))
    materialize_views(con)
    con.execute(f"CREATE TABLE {CONTENTS_TABLE} AS "
                "SELECT article_id, sha256(text) AS text_sha256 FROM stg.raw_articles")
    (outcome.articles_rebuilt,) = con.execute("SELECT count(*) FROM build_articles").fetchall()[0]
    outcome.validated_rows = check_before_publishing(con, {relation: None for relation in WAREHOUSE_MODELS})


def _build_incremental(con: duckdb.DuckDBPyConnection, corrections: Path | None, outcome: PublishOutcome) -> None:
    (main,) = con.execute("SELECT current_database()").fetchall()[0]
    # The articles whose staged rows differ from those the file was built from (new, changed
    # or gone), and every article sharing a text with one of them (before or after): files
    # with the same text are one article.
    con.execute(f"""
        CREATE TEMP TABLE changed_ids AS
        SELECT coalesce(s.article_id, p.article_id) AS article_id
        FROM staged_digests AS s FULL OUTER JOIN {ARTICLE_DIGESTS_TABLE} AS p USING (article_id)
        WHERE s.digest IS DISTINCT FROM p.digest""")
    con.execute(f"""
        CREATE TEMP TABLE changed_contents AS
        SELECT article_id, sha256(text) AS text_sha256 FROM stg.raw_articles
        WHERE article_id IN (SELECT article_id FROM changed_ids)""")
    con.execute(f"""
        CREATE TEMP TABLE rebuilt_ids AS
        SELECT article_id FROM changed_ids
        UNION
        SELECT article_id FROM {CONTENTS_TABLE}
        WHERE text_sha256 IN (SELECT text_sha256 FROM changed_contents
                              UNION SELECT text_sha256 FROM {CONTENTS_TABLE}
                                    WHERE article_id IN (SELECT article_id FROM changed_ids))""")
    # The per-article relations of those articles, built by publish.sql in a scratch database.
    con.execute("ATTACH ':memory:' AS delta")
    con.execute("USE delta")
    prepare_build(con, corrections, "rebuilt_ids")
    con.execute(load_sql("publish.sql"))
    con.execute(f"USE {_identifier(main)}")
    facts_of = " UNION ALL ".join(f"SELECT metric, segment, program, article_id FROM {{db}}.{t}" for t in FACT_TABLES)
    con.execute(f"""
        CREATE TEMP TABLE touched_series AS
        SELECT DISTINCT {SERIES} AS series FROM ({facts_of.format(db=_identifier(main))})
        WHERE article_id IN (SELECT article_id FROM rebuilt_ids)
        UNION SELECT DISTINCT {SERIES} FROM ({facts_of.format(db='delta')})""")
    # Every replacement keeps apart the rows it brings that were not there (`gate_<relation>`),
    # so only those are validated.
    gates: dict[str, str | None] = {}

    def replace(relation: str, table: str, replacement: str, replaced_where: str) -> None:
        replaced = f"SELECT * FROM {table} WHERE {replaced_where}"
        con.execute(f"CREATE OR REPLACE TEMP TABLE gate_{relation} AS "
                    f"SELECT * FROM {replacement} EXCEPT ALL {replaced}")
        ((new,),) = con.execute(f"SELECT count(*) FROM gate_{relation}").fetchall()
        ((gone,),) = con.execute(f"SELECT count(*) FROM ({replaced} EXCEPT ALL SELECT * FROM {replacement})").fetchall()
        if new or gone:
            gates[relation] = replacement if relation in CROSS_ROW_RELATIONS else f"gate_{relation}"
        con.execute(f"DELETE FROM {table} WHERE {replaced_where}")
        con.execute(f"INSERT INTO {table} SELECT * FROM {replacement}")

    rebuilt = "article_id IN (SELECT article_id FROM rebuilt_ids)"
    for table in PER_ARTICLE_TABLES:
        replace(table, table, f"delta.{table}", rebuilt)
    replace("quarantine", "quarantine", "delta.quarantine", "true")
    # A correction row names one article: its status is new when that article was rebuilt.
    con.execute("""
        CREATE TEMP TABLE next_corrections AS
        SELECT * FROM delta.corrections
        WHERE coalesce(article_id IN (SELECT article_id FROM rebuilt_ids), false)
           OR line NOT IN (SELECT line FROM corrections)
        UNION ALL
        SELECT * FROM corrections
        WHERE NOT coalesce(article_id IN (SELECT article_id FROM rebuilt_ids), false)
          AND line IN (SELECT line FROM delta.corrections)
        ORDER BY line""")
    replace("corrections", "corrections", "next_corrections", "true")
    con.execute(f"DELETE FROM {CONTENTS_TABLE} WHERE article_id IN (SELECT article_id FROM changed_ids)")
    con.execute(f"INSERT INTO {CONTENTS_TABLE} SELECT * FROM changed_contents")
    # The relations computed from the facts, for the touched series, in another scratch database.
    con.execute("ATTACH ':memory:' AS keyed")
    con.execute("USE keyed")
    for table in FACT_TABLES:
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM {_identifier(main)}.{table} "
                    f"WHERE {SERIES} IN (SELECT series FROM touched_series)")
    con.execute(load_sql("derived.sql"))
    materialize_views(con)  # each computed once, then read as a table
    con.execute(f"USE {_identifier(main)}")
    for view in MATERIALIZED_VIEWS:
        replace(view, f'"_{view}_rows"', f'keyed."{view}"', f"{SERIES} IN (SELECT series FROM touched_series)")
    (outcome.articles_rebuilt,) = con.execute("SELECT count(*) FROM rebuilt_ids").fetchall()[0]
    (outcome.series_rebuilt,) = con.execute("SELECT count(*) FROM touched_series").fetchall()[0]
    # Validate what this publish wrote that was not there before.
    outcome.validated_rows = {relation: 0 for relation in WAREHOUSE_MODELS}
    outcome.validated_rows.update(check_before_publishing(con, gates))


def read_build(warehouse: Path) -> dict | None:
    """What the published file was built from (`stamp`, `built_at`, `full_size`: its size at
    its last whole build), and its relations' digests; None when it has no such record."""
    if not Path(warehouse).exists():
        return None
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return None
    try:
        rows = con.execute(f"SELECT staging_digest, corrections_sha256, code_version, built_at, "
                           f"full_size_bytes FROM {BUILD_TABLE}").fetchall()
        digests = dict((r, (n, d)) for r, n, d in con.execute(
            f"SELECT relation, row_count, digest FROM {DIGESTS_TABLE}").fetchall())
    except duckdb.Error:  # built by earlier code: no record
        return None
    finally:
        con.close()
    if not rows:
        return None
    staged, sha, code, built_at, full_size = rows[0]
    return {"stamp": BuildStamp(staged, sha, code), "built_at": built_at,
            "full_size": int(full_size or 0), "digests": digests}


def _record_digests(con: duckdb.DuckDBPyConnection, previous: dict | None) -> list[str]:
    """Record each relation's row count and digest; return the relations whose rows changed."""
    rows = []
    for name in PUBLISHED_RELATIONS:
        (count, digest), = con.execute(
            f'SELECT count(*), CAST(coalesce(sum(hash(t)), 0) AS VARCHAR) FROM "{name}" AS t').fetchall()
        rows.append((name, int(count), str(digest)))
    con.execute(f"CREATE OR REPLACE TABLE {DIGESTS_TABLE} (relation VARCHAR, row_count BIGINT, digest VARCHAR)")
    con.executemany(f"INSERT INTO {DIGESTS_TABLE} VALUES (?, ?, ?)", rows)
    before = (previous or {}).get("digests", {})
    return [name for name, count, digest in rows if before.get(name) != (count, digest)]


def _record_build(con: duckdb.DuckDBPyConnection, outcome: PublishOutcome, previous: dict | None) -> None:
    stamp = outcome.stamp
    full_size = (previous or {}).get("full_size", 0) if outcome.mode == "incremental" else 0
    con.execute(f"""CREATE OR REPLACE TABLE {BUILD_TABLE} (
        staging_digest VARCHAR, corrections_sha256 VARCHAR, code_version VARCHAR,
        built_at TIMESTAMP, mode VARCHAR, articles_rebuilt BIGINT, series_rebuilt BIGINT,
        full_size_bytes BIGINT)""")
    con.execute(f"INSERT INTO {BUILD_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [stamp.staging_digest, stamp.corrections_sha256, stamp.code_version,
                 outcome.built_at, outcome.mode, outcome.articles_rebuilt, outcome.series_rebuilt, full_size])
    con.execute(f"CREATE OR REPLACE TABLE {CHECKED_TABLE} (relation VARCHAR, model VARCHAR, "
                "validated_rows BIGINT, row_count BIGINT, mode VARCHAR, validated_at TIMESTAMP)")
    con.executemany(f"INSERT INTO {CHECKED_TABLE} VALUES (?, ?, ?, ?, ?, ?)", [
        (relation, WAREHOUSE_MODELS[relation].__name__, outcome.validated_rows.get(relation, 0),
         outcome.relations[relation].row_count, outcome.mode, outcome.built_at)
        for relation in WAREHOUSE_MODELS])


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
        return _describe(con)
    finally:
        con.close()


def _describe(con: duckdb.DuckDBPyConnection) -> dict[str, RelationSummary]:
    """Every published relation of the connection's database: kind, row count, columns."""
    kinds = dict(con.execute(
        "SELECT table_name, CASE WHEN table_type = 'VIEW' THEN 'view' ELSE 'table' END "
        "FROM information_schema.tables WHERE table_schema = 'main' AND table_catalog = current_database()"
    ).fetchall())
    out = {}
    for name in PUBLISHED_RELATIONS:
        columns = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_catalog = current_database() AND table_name = ? "
            "ORDER BY ordinal_position",
            [name],
        ).fetchall()
        ((count,),) = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()
        out[name] = RelationSummary(name, kinds[name], int(count), [(c, t) for c, t in columns])
    return out


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


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'

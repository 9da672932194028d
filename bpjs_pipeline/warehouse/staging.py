"""The staging store: per-article rows, replaced one batch of articles at a time.

Every write deletes the batch's article ids from the affected tables and
inserts the new rows inside one transaction, so re-running a batch is
idempotent and a batch of one article costs one article's work. A publish
finds what changed since the warehouse it replaces was built by comparing a
digest of each article's staged rows (`article_digests`) with the one the
warehouse recorded, whoever wrote them.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path
from typing import Callable, ContextManager, Iterable, Iterator

import duckdb
import pandas as pd

from bpjs_pipeline.faults import pause_point
from bpjs_pipeline.model import CleanedArticle, RawArticle
from bpjs_pipeline.warehouse.connect import connection
from bpjs_pipeline.warehouse.history import HISTORY_TABLES, record_extraction
from bpjs_pipeline.warehouse.sql import load_sql

STAGES = ("cleaned_articles", "extracted_facts")
ARTICLE_TABLES = ("raw_articles", "quarantine", "cleaned_articles", "facts", "rejects") + HISTORY_TABLES

REJECT_COLUMNS = ("article_id", "row_index", "column", "check", "failure_case", "schema_context")
# Columns added to tables a staging file made earlier already has (CREATE TABLE IF NOT
# EXISTS leaves those as they were): (table, column, type). An extraction recorded
# before `extractor_version` existed has none, so its article counts as outdated.
ADDED_COLUMNS = (
    ("extractions", "extractor_version", "VARCHAR"),
    ("previous_extractions", "extractor_version", "VARCHAR"),
    # how sure the reader is of each fact (`extract/confidence.py`); NULL for facts staged before
    ("facts", "confidence", "DOUBLE"),
    ("previous_facts", "confidence", "DOUBLE"),
    # the page's web address from the seeds folder's manifest.jsonl (`ingest/addresses.py`)
    ("raw_articles", "url", "VARCHAR"),
)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class QuarantinedFile:
    article_id: str
    partition_key: str
    file: str
    sha256: str | None
    reason: str


OpenConnection = Callable[..., ContextManager[duckdb.DuckDBPyConnection]]


class StagingStore:
    """Staging tables in one DuckDB file.

    `open_connection(read_only=...)` opens that file; Dagster passes its
    `StagingDuckDB` resource's `get_connection`, other callers get
    `connection` with its lock wait.
    """

    def __init__(self, path: Path, open_connection: OpenConnection | None = None):
        self.path = Path(path)
        self._open = open_connection or partial(connection, self.path)
        self._session: duckdb.DuckDBPyConnection | None = None

    # -- connections -------------------------------------------------------
    @contextmanager
    def connection(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._session is not None:  # inside `session()`: its one connection serves every call
            yield self._session
            return
        if read_only and not self.path.exists():
            self.ensure_schema()
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._open(read_only=read_only) as con:
            if not read_only:
                con.execute(load_sql("staging_schema.sql"))
                for table, column, kind in ADDED_COLUMNS:
                    con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
            yield con

    @contextmanager
    def session(self) -> Iterator["StagingStore"]:
        """One read-write connection for every read and write made inside the block (a step's
        reads, then its writes), instead of one connection per call. Keep the block short: other
        processes cannot open the file while it lasts."""
        if self._session is not None:
            yield self
            return
        with self.connection() as con:
            self._session = con
            try:
                yield self
            finally:
                self._session = None

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.connection() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def ensure_schema(self) -> None:
        with self.connection():
            pass

    # -- writes ------------------------------------------------------------
    def replace_raw(
        self,
        article_ids: Iterable[str],
        loaded: list[tuple[str, RawArticle]],
        quarantined: list[QuarantinedFile],
    ) -> None:
        """Replace the raw rows of `article_ids`: `loaded` is (partition_key, article)
        pairs; quarantined and vanished articles lose their downstream rows too."""
        ids = _ids_frame(article_ids)
        now = utc_now()
        raw = pd.DataFrame(
            [
                {
                    "article_id": a.article_id,
                    "partition_key": key,
                    "file_name": a.file_name,
                    "sha256": a.sha256,
                    "size_bytes": a.size_bytes,
                    "encoding": a.encoding,
                    "text": a.text,
                    "loaded_at": now,
                    "url": a.url,
                }
                for key, a in loaded
            ],
            columns=["article_id", "partition_key", "file_name", "sha256", "size_bytes",
                     "encoding", "text", "loaded_at", "url"],
        )
        quarantine = pd.DataFrame(
            [q.__dict__ for q in quarantined],
            columns=["article_id", "partition_key", "file", "sha256", "reason"],
        )
        quarantine["seen"] = now
        gone = _ids_frame(set(ids["article_id"]) - set(raw["article_id"]))
        with self.transaction() as con:
            con.register("batch_ids", ids)
            con.register("gone_ids", gone)
            con.register("incoming_raw", raw)
            con.register("incoming_quarantine", quarantine)
            con.execute(
                """
                CREATE TEMP TABLE next_quarantine AS
                SELECT q.article_id, q.partition_key, q.file, q.sha256, q.reason,
                       coalesce(old.first_seen, q.seen) AS first_seen, q.seen AS last_seen
                FROM incoming_quarantine AS q
                LEFT JOIN quarantine AS old ON old.file = q.file
                """
            )
            # `loaded_at` is when this content of the file was first read: a rerun
            # over unchanged files leaves it (and so the published tables) as it was.
            con.execute(
                """
                CREATE TEMP TABLE next_raw AS
                SELECT r.* REPLACE (coalesce(old.loaded_at, seen.loaded_at, r.loaded_at) AS loaded_at)
                FROM incoming_raw AS r
                LEFT JOIN raw_articles AS old ON old.article_id = r.article_id AND old.sha256 = r.sha256
                LEFT JOIN (SELECT article_id, sha256, min(loaded_at) AS loaded_at FROM content_loads
                           GROUP BY ALL) AS seen ON seen.article_id = r.article_id AND seen.sha256 = r.sha256
                """
            )
            con.execute(
                """
                INSERT INTO content_loads
                SELECT n.article_id, n.sha256, n.loaded_at FROM next_raw AS n
                WHERE NOT EXISTS (SELECT 1 FROM content_loads AS c
                                  WHERE c.article_id = n.article_id AND c.sha256 = n.sha256)
                """
            )
            con.execute("DELETE FROM raw_articles WHERE article_id IN (SELECT article_id FROM batch_ids)")
            con.execute("DELETE FROM quarantine WHERE article_id IN (SELECT article_id FROM batch_ids)")
            pause_point("raw_articles:in_transaction")
            for table in ("cleaned_articles", "facts", "rejects"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM gone_ids)")
            con.execute("INSERT INTO raw_articles BY NAME SELECT * FROM next_raw")
            con.execute("INSERT INTO quarantine BY NAME SELECT * FROM next_quarantine")
            con.execute("DROP TABLE next_quarantine")
            con.execute("DROP TABLE next_raw")

    def replace_cleaned(self, article_ids: Iterable[str], cleaned: list[CleanedArticle],
                        rejects: pd.DataFrame) -> None:
        now = utc_now()
        rows = pd.DataFrame(
            [
                {
                    "article_id": c.article_id,
                    "title": c.title,
                    "publisher": c.publisher,
                    "published_on": c.published_on,
                    "body": c.body,
                    "body_chars": len(c.body),
                    "cleaned_at": now,
                }
                for c in cleaned
            ],
            columns=["article_id", "title", "publisher", "published_on", "body", "body_chars", "cleaned_at"],
        ).astype({"title": object, "publisher": object, "published_on": object})
        self._replace_stage("cleaned_articles", "cleaned_articles", article_ids, rows, rejects, now)

    def replace_facts(self, article_ids: Iterable[str], facts: pd.DataFrame, rejects: pd.DataFrame) -> None:
        """`facts` has the columns of `Fact.to_record()` (already validated)."""
        now = utc_now()
        rows = facts.rename(columns={"table": "fact_table"}).copy()
        rows["extracted_at"] = now
        self._replace_stage("facts", "extracted_facts", article_ids, rows, rejects, now,
                            before=lambda con: record_extraction(con, "incoming_rows", now))

    def _replace_stage(self, table: str, stage: str, article_ids: Iterable[str], rows: pd.DataFrame,
                       rejects: pd.DataFrame, now: datetime, before=None) -> None:
        article_ids = sorted(set(article_ids))
        reject_rows = _reject_rows(stage, rejects, now, article_ids)
        with self.transaction() as con:
            con.register("batch_ids", _ids_frame(article_ids))
            con.register("incoming_rows", rows)
            con.register("incoming_rejects", reject_rows)
            if before is not None:  # e.g. record_extraction: keep the previous extraction first
                before(con)
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM batch_ids)")
            con.execute(
                "DELETE FROM rejects WHERE stage = ? AND article_id IN (SELECT article_id FROM batch_ids)",
                [stage],
            )
            if len(rows):
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
            if len(reject_rows):
                con.execute("INSERT INTO rejects BY NAME SELECT * FROM incoming_rejects")

    def replace_skipped(self, skipped: Iterable[tuple[str, str]]) -> bool:
        """Replace the list of entries of the seeds folder that are not read
        (`(file, reason)` pairs: symlinks, other suffixes, folders); a file
        keeps its `first_seen` while its reason stays the same. Nothing is written when the
        list is the one staged (`last_seen` is then when the list last changed), so a run
        that finds the folder as it was changes nothing. Returns whether it changed."""
        entries = sorted(set(skipped))
        with self.connection(read_only=True) as con:
            staged = sorted(tuple(r) for r in con.execute("SELECT file, reason FROM skipped_files").fetchall())
        if staged == entries:
            return False
        rows = pd.DataFrame(entries, columns=["file", "reason"], dtype=object)
        rows["seen"] = utc_now()
        with self.transaction() as con:
            con.register("incoming_skipped", rows)
            con.execute(
                """
                CREATE TEMP TABLE next_skipped AS
                SELECT s.file, s.reason, coalesce(old.first_seen, s.seen) AS first_seen, s.seen AS last_seen
                FROM incoming_skipped AS s
                LEFT JOIN skipped_files AS old ON old.file = s.file AND old.reason = s.reason
                """
            )
            con.execute("DELETE FROM skipped_files")
            con.execute("INSERT INTO skipped_files BY NAME SELECT * FROM next_skipped")
            con.execute("DROP TABLE next_skipped")
        return True

    def remove_articles(self, article_ids: Iterable[str]) -> int:
        """Delete every staged row of these articles (their files are gone). Returns how many
        articles had rows."""
        ids = _ids_frame(article_ids)
        if ids.empty:
            return 0
        with self.transaction() as con:
            con.register("batch_ids", ids)
            present = con.execute(
                " UNION ".join(
                    f"SELECT article_id FROM {t} WHERE article_id IN (SELECT article_id FROM batch_ids)"
                    for t in ARTICLE_TABLES
                )
            ).fetchall()
            for table in (*ARTICLE_TABLES, "content_loads", "batch_members"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM batch_ids)")
        return len(present)

    # -- batches -----------------------------------------------------------
    def assign_batches(self, batches: dict[str, Iterable[str]]) -> None:
        """Make each batch (a partition key of the per-article assets) the batch of these
        articles, taking them out of any other batch."""
        rows = pd.DataFrame([(batch, a) for batch, ids in batches.items() for a in sorted(set(ids))],
                            columns=["batch", "article_id"], dtype=object)
        if rows.empty:
            return
        rows["assigned_at"] = utc_now()
        with self.transaction() as con:
            con.register("incoming_members", rows)
            con.execute("DELETE FROM batch_members WHERE article_id IN (SELECT article_id FROM incoming_members)")
            con.execute("INSERT INTO batch_members BY NAME SELECT * FROM incoming_members")

    def batch_members(self, batches: Iterable[str]) -> dict[str, list[str]]:
        """batch -> its article ids, sorted, for each of `batches` (a batch without any is left out)."""
        wanted = pd.DataFrame({"batch": sorted(set(batches))}, dtype=object)
        with self.connection(read_only=True) as con:
            con.register("wanted_batches", wanted)
            rows = con.execute(
                "SELECT batch, article_id FROM batch_members WHERE batch IN (SELECT batch FROM wanted_batches) "
                "ORDER BY batch, article_id").fetchall()
        out: dict[str, list[str]] = {}
        for batch, article_id in rows:
            out.setdefault(batch, []).append(article_id)
        return out

    def batches(self) -> set[str]:
        """Every batch that holds an article."""
        with self.connection(read_only=True) as con:
            return {b for (b,) in con.execute("SELECT DISTINCT batch FROM batch_members").fetchall()}

    def batch_of(self) -> dict[str, str]:
        """article id -> its batch, for every article in a batch."""
        with self.connection(read_only=True) as con:
            return dict(con.execute("SELECT article_id, batch FROM batch_members").fetchall())

    # -- reads -------------------------------------------------------------
    def article_ids(self) -> set[str]:
        """Every article id with a staged row of any kind."""
        with self.connection(read_only=True) as con:
            rows = con.execute(
                " UNION ".join(f"SELECT article_id FROM {t}" for t in ARTICLE_TABLES)
            ).fetchall()
        return {r[0] for r in rows}

    def raw_pages(self, article_ids: Iterable[str]) -> list[tuple[str, tuple[str, str | None]]]:
        """(article_id, (text, web address or None)) of each staged article, by id."""
        with self.connection(read_only=True) as con:
            con.register("batch_ids", _ids_frame(article_ids))
            rows = con.execute(
                "SELECT article_id, text, url FROM raw_articles "
                "WHERE article_id IN (SELECT article_id FROM batch_ids) ORDER BY article_id"
            ).fetchall()
        return [(article_id, (text, url)) for article_id, text, url in rows]

    def cleaned_articles(self, article_ids: Iterable[str]) -> list[CleanedArticle]:
        with self.connection(read_only=True) as con:
            con.register("batch_ids", _ids_frame(article_ids))
            rows = con.execute(
                "SELECT article_id, title, publisher, published_on, body FROM cleaned_articles "
                "WHERE article_id IN (SELECT article_id FROM batch_ids) ORDER BY article_id"
            ).fetchall()
        return [CleanedArticle(a, t, p, _as_date(d), b) for a, t, p, d, b in rows]

    def frame(self, sql: str, article_ids: Iterable[str] | None = None, params: list | None = None) -> pd.DataFrame:
        """Run a read query; `batch_ids` holds `article_ids` (or every staged id when None)."""
        with self.connection(read_only=True) as con:
            if article_ids is None:
                article_ids = [r[0] for r in con.execute(
                    " UNION ".join(f"SELECT article_id FROM {t}" for t in ARTICLE_TABLES)).fetchall()]
            con.register("batch_ids", _ids_frame(article_ids))
            return con.execute(sql, params or []).df()

    def facts(self, article_ids: Iterable[str] | None = None) -> pd.DataFrame:
        """Staged facts in the shape of `Fact.to_record()`."""
        return self.frame(
            """
            SELECT article_id, fact_table AS "table", metric, segment, program, year, as_of, value,
                   unit, quote, sentence_start, sentence_end, value_start, value_end, approximate,
                   year_rule, confidence
            FROM facts WHERE article_id IN (SELECT article_id FROM batch_ids)
            ORDER BY article_id, sentence_start, value_start, metric, segment
            """,
            article_ids,
        )

    def rejects(self, stage: str, article_ids: Iterable[str] | None = None) -> pd.DataFrame:
        return self.frame(
            """
            SELECT article_id, row_index, column_name, check_name, failure_case, schema_context, recorded_at
            FROM rejects WHERE stage = ? AND article_id IN (SELECT article_id FROM batch_ids)
            ORDER BY article_id, row_index NULLS FIRST, check_name, column_name
            """,
            article_ids,
            [stage],
        )

    def article_status(self, article_ids: Iterable[str]) -> pd.DataFrame:
        """One row per article: its file, where it stands (`status`: quarantined, failed, left out
        (a publication date outside the valid years), not cleaned yet, not extracted yet, no
        facts, published), the `problem` in words, what the page says about itself and its
        facts per table. The per-article status a batch's materialization shows."""
        return self.frame(
            """
            WITH r AS (
                SELECT * FROM rejects WHERE article_id IN (SELECT article_id FROM batch_ids)
            ),
            failed AS (
                SELECT article_id, first('in ' || stage || ': ' || failure_case ORDER BY stage) AS reason
                FROM r WHERE check_name = 'exception' GROUP BY article_id
            ),
            dated AS (
                SELECT article_id, first('published_on ' || coalesce(failure_case, 'null') || ' (' || check_name
                                         || ')') AS reason
                FROM r WHERE stage = 'cleaned_articles' AND column_name = 'published_on' GROUP BY article_id
            ),
            warned AS (
                SELECT article_id, string_agg(DISTINCT coalesce(column_name, 'row') || ' ' || check_name, '; ')
                           AS reason
                FROM r WHERE check_name <> 'exception' AND coalesce(column_name, '') <> 'published_on'
                GROUP BY article_id
            ),
            refused AS (
                SELECT article_id, count(*) AS n FROM r
                WHERE stage = 'extracted_facts' AND check_name <> 'exception' GROUP BY article_id
            ),
            f AS (
                SELECT article_id,
                       count(*) FILTER (WHERE fact_table = 'participants') AS participants,
                       count(*) FILTER (WHERE fact_table = 'funds') AS funds,
                       count(*) FILTER (WHERE fact_table = 'targets') AS targets
                FROM facts WHERE article_id IN (SELECT article_id FROM batch_ids) GROUP BY article_id
            )
            SELECT b.article_id,
                   coalesce(raw.file_name, q.file, b.article_id || '.txt') AS file,
                   CASE WHEN q.article_id IS NOT NULL THEN 'quarantined'
                        WHEN raw.article_id IS NULL THEN 'not read yet'
                        WHEN failed.article_id IS NOT NULL THEN 'failed'
                        WHEN dated.article_id IS NOT NULL THEN 'left out'
                        WHEN c.article_id IS NULL THEN 'not cleaned yet'
                        WHEN e.article_id IS NULL THEN 'not extracted yet'
                        WHEN coalesce(f.participants + f.funds + f.targets, 0) = 0 THEN 'no facts'
                        ELSE 'published' END AS status,
                   coalesce(q.reason, failed.reason, dated.reason, warned.reason, '') AS problem,
                   c.title, c.publisher, c.published_on, c.body_chars,
                   coalesce(f.participants, 0) AS facts_participants, coalesce(f.funds, 0) AS facts_funds,
                   coalesce(f.targets, 0) AS facts_targets, coalesce(refused.n, 0) AS refused_facts,
                   raw.size_bytes, raw.encoding, left(coalesce(raw.sha256, q.sha256), 16) AS sha256
            FROM (SELECT DISTINCT article_id FROM batch_ids) AS b
            LEFT JOIN raw_articles AS raw USING (article_id)
            LEFT JOIN quarantine AS q USING (article_id)
            LEFT JOIN (SELECT article_id, title, publisher, published_on, body_chars FROM cleaned_articles)
                AS c USING (article_id)
            LEFT JOIN extractions AS e USING (article_id)
            LEFT JOIN failed USING (article_id)
            LEFT JOIN dated USING (article_id)
            LEFT JOIN warned USING (article_id)
            LEFT JOIN refused USING (article_id)
            LEFT JOIN f USING (article_id)
            ORDER BY file
            """,
            article_ids,
        )

    def columns(self, table: str) -> list[tuple[str, str]]:
        """(name, DuckDB type) of a staging table's columns."""
        with self.connection(read_only=True) as con:
            return con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()

    def count(self, table: str, article_ids: Iterable[str] | None = None) -> int:
        if table not in ARTICLE_TABLES:
            raise ValueError(f"unknown staging table {table!r}")
        frame = self.frame(
            f"SELECT count(*) AS n FROM {table} WHERE article_id IN (SELECT article_id FROM batch_ids)",
            article_ids,
        )
        return int(frame["n"].iloc[0])


def _ids_frame(article_ids: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": sorted(set(article_ids))}, dtype=object)


def _reject_rows(stage: str, rejects: pd.DataFrame, now: datetime, batch_ids: list[str]) -> pd.DataFrame:
    """Rows for the `rejects` table. A failure that names no article (a whole-frame
    schema error) is recorded against every article of the batch."""
    columns = ["stage", "article_id", "row_index", "column_name", "check_name", "failure_case",
               "schema_context", "recorded_at"]
    if rejects is None or rejects.empty:
        return pd.DataFrame(columns=columns)
    named = rejects[rejects["article_id"].notna()]
    unnamed = rejects[rejects["article_id"].isna()]
    if len(unnamed):
        spread = [unnamed.assign(article_id=article_id) for article_id in batch_ids]
        rejects = pd.concat([named, *spread], ignore_index=True)
    out = pd.DataFrame(
        {
            "stage": stage,
            "article_id": rejects["article_id"].astype(object),
            "row_index": pd.array(
                [None if pd.isna(v) else int(v) for v in rejects["row_index"]], dtype="Int64"
            ),
            "column_name": rejects["column"].astype(object),
            "check_name": rejects["check"].astype(str),
            "failure_case": rejects["failure_case"].astype(object),
            "schema_context": rejects["schema_context"].astype(object),
            "recorded_at": now,
        }
    )
    return out[columns]


def _as_date(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value

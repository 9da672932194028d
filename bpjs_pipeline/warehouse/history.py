"""The previous extraction of each article, kept in the staging store.

`record_extraction` runs inside the transaction that replaces a batch's
facts (`StagingStore.replace_facts`), before the old facts are deleted:

* the article's current extraction (`extractions`: the sha256 of the text it
  read, its fact count, when) and its facts move to `previous_extractions`
  and `previous_facts`;
* the new extraction is recorded in `extractions` with the sha256 of the
  text in `raw_articles` now, the text the new facts come from, and the
  `EXTRACTOR_VERSION` (bpjs_pipeline/version.py) that produced them; an
  incremental run re-extracts an article when either differs.

The `no_extraction_regression` check compares `facts` with `previous_facts`
for the articles whose sha256 is the same in both extractions. Articles with
no recorded extraction yet (the first run) get no previous one.
"""
from __future__ import annotations

from datetime import datetime

import duckdb

from bpjs_pipeline import version

HISTORY_TABLES = ("extractions", "previous_extractions", "previous_facts")


def record_extraction(con: duckdb.DuckDBPyConnection, new_facts: str, now: datetime) -> None:
    """The temp table `batch_ids` (column `article_id`) names the batch; `new_facts` is the
    relation of the incoming facts. Call before the batch's rows in `facts` are replaced."""
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE history_batch AS
        SELECT article_id FROM extractions WHERE article_id IN (SELECT article_id FROM batch_ids)
        """
    )
    con.execute("DELETE FROM previous_extractions WHERE article_id IN (SELECT article_id FROM history_batch)")
    con.execute("DELETE FROM previous_facts WHERE article_id IN (SELECT article_id FROM history_batch)")
    con.execute(
        "INSERT INTO previous_extractions BY NAME "
        "SELECT * FROM extractions WHERE article_id IN (SELECT article_id FROM history_batch)"
    )
    con.execute(
        "INSERT INTO previous_facts BY NAME "
        "SELECT * FROM facts WHERE article_id IN (SELECT article_id FROM history_batch)"
    )
    con.execute("DELETE FROM extractions WHERE article_id IN (SELECT article_id FROM batch_ids)")
    con.execute(
        f"""
        INSERT INTO extractions BY NAME
        SELECT b.article_id, r.sha256,
               CAST((SELECT count(*) FROM {new_facts} AS n WHERE n.article_id = b.article_id) AS INTEGER)
                   AS fact_count,
               CAST(? AS TIMESTAMP) AS extracted_at,
               CAST(? AS VARCHAR) AS extractor_version
        FROM batch_ids AS b LEFT JOIN raw_articles AS r USING (article_id)
        """,
        [now, version.EXTRACTOR_VERSION],
    )
    con.execute("DROP TABLE history_batch")

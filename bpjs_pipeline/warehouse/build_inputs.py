"""The temporary tables `publish.sql` builds from, besides the attached staging store.

- `build_articles`: the articles to build (every staged one, or those a publish rebuilds);
- `facts_in`: their staged facts with a person's corrections applied (`corrections.py`);
- `correction_log`: every row of the corrections file with its status (matched against the
  facts of `build_articles` only);
- `metric_ranges`: each metric's range from `checks/plausible_ranges.toml`.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from bpjs_pipeline.checks.plausibility import load_ranges
from bpjs_pipeline.warehouse.corrections import apply_corrections, read_corrections

# Column types of the tables made from pandas frames (a column of only NULLs has no type there).
_FACTS_IN = """
CREATE TEMP TABLE facts_in AS
SELECT CAST(article_id AS VARCHAR) AS article_id, CAST(fact_table AS VARCHAR) AS fact_table,
       CAST(metric AS VARCHAR) AS metric, CAST(segment AS VARCHAR) AS segment,
       CAST(program AS VARCHAR) AS program, CAST(year AS INTEGER) AS year, CAST(as_of AS VARCHAR) AS as_of,
       CAST(value AS DOUBLE) AS value, CAST(unit AS VARCHAR) AS unit, CAST(quote AS VARCHAR) AS quote,
       CAST(sentence_start AS INTEGER) AS sentence_start, CAST(sentence_end AS INTEGER) AS sentence_end,
       CAST(value_start AS INTEGER) AS value_start, CAST(value_end AS INTEGER) AS value_end,
       CAST(approximate AS BOOLEAN) AS approximate, CAST(year_rule AS VARCHAR) AS year_rule,
       CAST(confidence AS DOUBLE) AS confidence, CAST(reviewed AS BOOLEAN) AS reviewed,
       CAST(corrected AS BOOLEAN) AS corrected,
       CAST(original_table AS VARCHAR) AS original_table, CAST(original_metric AS VARCHAR) AS original_metric,
       CAST(original_segment AS VARCHAR) AS original_segment,
       CAST(original_program AS VARCHAR) AS original_program,
       CAST(original_year AS INTEGER) AS original_year,
       CAST(correction_note AS VARCHAR) AS correction_note
FROM corrected_frame
"""
_CORRECTION_LOG = """
CREATE TEMP TABLE correction_log AS
SELECT CAST(line AS INTEGER) AS line, CAST(article_id AS VARCHAR) AS article_id,
       CAST(value AS DOUBLE) AS value, CAST(value_start AS INTEGER) AS value_start,
       CAST(action AS VARCHAR) AS action, CAST(fact_table AS VARCHAR) AS fact_table,
       CAST(metric AS VARCHAR) AS metric, CAST(segment AS VARCHAR) AS segment,
       CAST(program AS VARCHAR) AS program, CAST(year AS INTEGER) AS year, CAST(note AS VARCHAR) AS note,
       CAST(matched_facts AS INTEGER) AS matched_facts, CAST(status AS VARCHAR) AS status
FROM log_frame
"""


_UNCORRECTED_FACTS = """
INSERT INTO facts_in BY NAME
SELECT * EXCLUDE (extracted_at), false AS reviewed, false AS corrected
FROM stg.facts
WHERE article_id IN (SELECT article_id FROM build_articles)
  AND article_id NOT IN (SELECT article_id FROM corrected_articles)
"""


def prepare_build(con: duckdb.DuckDBPyConnection, corrections_path: str | Path | None,
                  articles: str | None = None) -> None:
    """Create the temporary tables on `con` (with the staging store attached as `stg`).
    `articles`: a relation (with an `article_id` column) naming the articles to build; every
    staged article when None."""
    every = " UNION ".join(f"SELECT article_id FROM stg.{t}" for t in ("raw_articles", "quarantine", "facts"))
    con.execute(f"CREATE OR REPLACE TEMP TABLE build_articles AS SELECT DISTINCT article_id FROM "
                f"({every if articles is None else f'SELECT article_id FROM {articles}'})")
    corrections, bad = read_corrections(corrections_path)
    # Only the facts of the articles a correction names go through pandas; the others are
    # copied as they are, in SQL.
    named = pd.DataFrame({"article_id": sorted({c.article_id for c in corrections})}, dtype=object)
    con.register("corrected_articles", named)
    try:
        facts = con.execute("SELECT * EXCLUDE (extracted_at) FROM stg.facts "
                            "WHERE article_id IN (SELECT article_id FROM build_articles) "
                            "AND article_id IN (SELECT article_id FROM corrected_articles)").df()
        corrected, log = apply_corrections(facts, corrections, bad)
        for name, frame, sql in (("corrected_frame", corrected, _FACTS_IN), ("log_frame", log, _CORRECTION_LOG)):
            con.register(name, frame.astype(object).where(frame.notna(), None))
            try:
                con.execute(sql.replace("CREATE TEMP TABLE", "CREATE OR REPLACE TEMP TABLE"))
            finally:
                con.unregister(name)
        con.execute(_UNCORRECTED_FACTS)
    finally:
        con.unregister("corrected_articles")
    con.register("ranges_frame", load_ranges().frame())
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE metric_ranges AS SELECT * FROM ranges_frame")
    finally:
        con.unregister("ranges_frame")

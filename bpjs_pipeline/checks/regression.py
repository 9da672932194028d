"""No extraction regression: same text (sha256), same facts as the previous extraction.

Runs on a connection to the staging store, which keeps, per article, the
latest extraction (`extractions`, `facts`) and the one before it
(`previous_extractions`, `previous_facts`); see `warehouse/history.py`.

A fact is compared on what it says: table, metric, segment, program, year,
as_of, value, unit, approximate and its sentence. A previous fact with no
identical current fact is *lost*, a current fact with no identical previous
one is *new*; a lost and a new fact at the same figure (same sentence and
figure offsets) are one *changed* fact. Lost and changed facts fail the
check; new facts alone do not (they are listed, an improvement is not a
regression).
"""
from __future__ import annotations

from typing import Iterable

import duckdb
import pandas as pd

from bpjs_pipeline.checks.finding import Finding

COMPARED = ("fact_table", "metric", "segment", "program", "year", "as_of", "value", "unit",
            "approximate", "quote")
_COLS = ", ".join(COMPARED)
_JOIN_SAME = " AND ".join(f"p.{c} IS NOT DISTINCT FROM c.{c}" for c in COMPARED)


def extraction_regressions(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str] | None = None) -> Finding:
    """`article_ids`: the articles to look at (None: every article with an extraction)."""
    ids = None if article_ids is None else sorted(set(article_ids))
    scope = pd.DataFrame({"article_id": ids if ids is not None else []}, dtype=object)
    con.register("regression_scope", scope)
    scope_sql = (
        "SELECT article_id FROM extractions" if ids is None else "SELECT article_id FROM regression_scope"
    )
    try:
        articles = con.execute(
            f"""
            SELECT e.article_id, e.sha256, p.sha256 AS previous_sha256,
                   CASE WHEN p.article_id IS NULL THEN 'no previous extraction'
                        WHEN p.sha256 IS DISTINCT FROM e.sha256 THEN 'text changed'
                        ELSE 'compared' END AS status
            FROM extractions AS e
            LEFT JOIN previous_extractions AS p USING (article_id)
            WHERE e.article_id IN ({scope_sql})
            ORDER BY e.article_id
            """
        ).df()
        con.register("compared_articles", articles[articles["status"] == "compared"][["article_id"]])
        rows = con.execute(
            f"""
            WITH cur AS (
                SELECT * FROM facts WHERE article_id IN (SELECT article_id FROM compared_articles)
            ),
            prev AS (
                SELECT * FROM previous_facts WHERE article_id IN (SELECT article_id FROM compared_articles)
            ),
            lost AS (
                SELECT p.* FROM prev AS p
                WHERE NOT EXISTS (SELECT 1 FROM cur AS c WHERE c.article_id = p.article_id AND {_JOIN_SAME})
            ),
            gained AS (
                SELECT c.* FROM cur AS c
                WHERE NOT EXISTS (SELECT 1 FROM prev AS p WHERE c.article_id = p.article_id AND {_JOIN_SAME})
            ),
            changed AS (
                SELECT l.article_id, l.sentence_start, l.value_start, l.value_end,
                       l AS before, g AS after
                FROM lost AS l JOIN gained AS g
                  ON g.article_id = l.article_id AND g.quote = l.quote
                 AND g.value_start = l.value_start AND g.value_end = l.value_end
            )
            SELECT 'changed' AS change, article_id, after.fact_table, after.metric, after.segment,
                   after.program, after.year, after.value, after.unit,
                   concat_ws(', ',
                       CASE WHEN before.fact_table IS DISTINCT FROM after.fact_table THEN 'table ' || before.fact_table || ' -> ' || after.fact_table END,
                       CASE WHEN before.metric IS DISTINCT FROM after.metric THEN 'metric ' || before.metric || ' -> ' || after.metric END,
                       CASE WHEN before.segment IS DISTINCT FROM after.segment THEN 'segment ' || before.segment || ' -> ' || after.segment END,
                       CASE WHEN before.program IS DISTINCT FROM after.program THEN 'program ' || coalesce(before.program, 'NULL') || ' -> ' || coalesce(after.program, 'NULL') END,
                       CASE WHEN before.year IS DISTINCT FROM after.year THEN 'year ' || before.year || ' -> ' || after.year END,
                       CASE WHEN before.as_of IS DISTINCT FROM after.as_of THEN 'as_of ' || coalesce(before.as_of, 'NULL') || ' -> ' || coalesce(after.as_of, 'NULL') END,
                       CASE WHEN before.value IS DISTINCT FROM after.value THEN 'value ' || before.value || ' -> ' || after.value END,
                       CASE WHEN before.unit IS DISTINCT FROM after.unit THEN 'unit ' || before.unit || ' -> ' || after.unit END,
                       CASE WHEN before.approximate IS DISTINCT FROM after.approximate THEN 'approximate ' || before.approximate || ' -> ' || after.approximate END
                   ) AS difference,
                   after.quote AS quote, sentence_start, value_start
            FROM changed
            UNION ALL
            SELECT 'lost', article_id, fact_table, metric, segment, program, year, value, unit,
                   NULL, quote, sentence_start, value_start
            FROM lost
            WHERE (article_id, quote, value_start, value_end) NOT IN (
                SELECT (article_id, before.quote, before.value_start, before.value_end) FROM changed)
            UNION ALL
            SELECT 'new', article_id, fact_table, metric, segment, program, year, value, unit,
                   NULL, quote, sentence_start, value_start
            FROM gained
            WHERE (article_id, quote, value_start, value_end) NOT IN (
                SELECT (article_id, after.quote, after.value_start, after.value_end) FROM changed)
            ORDER BY article_id, sentence_start, value_start, change
            """
        ).df()
    finally:
        con.unregister("regression_scope")
        try:
            con.unregister("compared_articles")
        except Exception:  # not registered when the first query failed
            pass
    rows = rows.drop(columns=["value_start"])
    regressions = rows[rows["change"].isin(["lost", "changed"])]
    finding = Finding(passed=regressions.empty, rows=rows)
    by_status = articles["status"].value_counts().to_dict()
    finding.counts = {
        "articles_compared": int(by_status.get("compared", 0)),
        "articles_text_changed": int(by_status.get("text changed", 0)),
        "articles_without_previous": int(by_status.get("no previous extraction", 0)),
        "lost_facts": int((rows["change"] == "lost").sum()),
        "changed_facts": int((rows["change"] == "changed").sum()),
        "new_facts": int((rows["change"] == "new").sum()),
        "articles_with_regressions": int(regressions["article_id"].nunique()),
    }
    return finding

"""Sources agree: two articles giving the same key more than 2 % apart.

The pairs come from the published warehouse's `conflicts` view (see
`warehouse/sql/publish.sql`), so the check and the view cannot disagree. A
failure case is a pair of distinct figures, with every article stating each.
"""
from __future__ import annotations

import duckdb

from bpjs_pipeline.checks.finding import Finding

# Two figures conflict when |a - b| / min(a, b) > CONFLICT_THRESHOLD. Keep in
# step with the `conflicts` view in publish.sql.
CONFLICT_THRESHOLD = 0.02
# The check reads at most this many pairs of figures (the largest differences
# first) and counts the rest in SQL.
MAX_ROWS = 500


def source_conflicts(con: duckdb.DuckDBPyConnection) -> Finding:
    rows = con.execute(
        """
        SELECT fact_table, metric, segment, program, year, unit,
               article_a, publisher_a, published_on_a, value_a, quote_a, sources_a,
               article_b, publisher_b, published_on_b, value_b, quote_b, sources_b,
               relative_difference
        FROM conflicts
        ORDER BY relative_difference DESC, fact_table, metric, segment, program NULLS FIRST, year,
                 article_a, article_b
        LIMIT ?
        """,
        [MAX_ROWS],
    ).df()
    total, conflicting_keys = con.execute(
        """
        SELECT count(*), count(DISTINCT [fact_table, metric, segment, coalesce(program, ''), CAST(year AS VARCHAR)])
        FROM conflicts
        """
    ).fetchone()
    # every article stating either figure of a pair (the view lists the first few of each)
    articles = [a for (a,) in con.execute(
        """
        WITH facts AS (
            SELECT 'participants' AS fact_table, metric, segment, program, year, statement, period, value,
                   article_id FROM fact_participants
            UNION ALL SELECT 'funds', metric, segment, program, year, statement, period, value, article_id
                      FROM fact_funds
            UNION ALL SELECT 'targets', metric, segment, program, year, statement, period, value, article_id
                      FROM fact_targets
        )
        SELECT DISTINCT f.article_id
        FROM conflicts AS c
        JOIN facts AS f
          ON f.fact_table = c.fact_table AND f.metric = c.metric AND f.segment = c.segment
         AND f.program IS NOT DISTINCT FROM c.program AND f.year = c.year AND f.statement = c.statement
         AND f.period = c.period AND (f.value = c.value_a OR f.value = c.value_b)
        ORDER BY 1
        """).fetchall()]
    (keys,) = con.execute(
        """
        SELECT count(*) FROM (
            SELECT fact_table, metric, segment, program, year FROM (
                SELECT 'participants' AS fact_table, metric, segment, program, year, article_id FROM fact_participants
                UNION ALL SELECT 'funds', metric, segment, program, year, article_id FROM fact_funds
                UNION ALL SELECT 'targets', metric, segment, program, year, article_id FROM fact_targets
            )
            GROUP BY fact_table, metric, segment, program, year
            HAVING count(DISTINCT article_id) >= 2
        )
        """
    ).fetchall()[0]
    finding = Finding(passed=total == 0, rows=rows, total_cases=int(total), all_articles=articles)
    finding.counts = {
        "keys_with_several_sources": int(keys),
        "conflicting_keys": int(conflicting_keys),
        "articles_involved": len(articles),
    }
    finding.notes = {"threshold": f"|a - b| / min(a, b) > {CONFLICT_THRESHOLD:.0%}"}
    return finding

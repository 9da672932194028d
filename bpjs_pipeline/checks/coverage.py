"""Every article yields facts: articles of the published warehouse with none."""
from __future__ import annotations

import duckdb

from bpjs_pipeline.checks.finding import Finding


def articles_without_facts(con: duckdb.DuckDBPyConnection) -> Finding:
    rows = con.execute(
        """
        SELECT article_id, file_name, title, publisher, published_on, sha256
        FROM articles WHERE fact_count = 0 ORDER BY article_id
        """
    ).df()
    (checked,) = con.execute("SELECT count(*) FROM articles").fetchall()[0]
    finding = Finding(passed=rows.empty, rows=rows)
    finding.counts = {"checked_articles": int(checked), "articles_without_facts": len(rows)}
    return finding

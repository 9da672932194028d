"""Corrections apply: every row of the corrections file is valid and matches an extracted figure."""
from __future__ import annotations

import duckdb

from bpjs_pipeline.checks.finding import Finding


def unusable_corrections(con: duckdb.DuckDBPyConnection) -> Finding:
    """Rows of the published `corrections` table that were not applied: invalid, or matching no
    extracted figure any more (the article changed, or the value has a typo)."""
    rows = con.execute(
        "SELECT line, article_id, value, value_start, action, status, note FROM corrections "
        "WHERE status <> 'applied' ORDER BY line"
    ).df()
    (applied,) = con.execute("SELECT count(*) FROM corrections WHERE status = 'applied'").fetchone()
    finding = Finding(passed=rows.empty, rows=rows)
    finding.counts = {"applied_corrections": int(applied), "articles_involved": len(finding.articles)}
    return finding

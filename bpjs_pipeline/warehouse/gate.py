"""The gate before publishing: the new warehouse, still in its temporary file, must pass every
blocking check (each published relation against its pandera model) before it replaces the
published one. A failure leaves the published file untouched and says which rows failed.

Each row is validated once: a whole build validates every row; a publish that replaces some
articles' rows validates the rows it adds (the rest were validated when they were published)."""
from __future__ import annotations

import duckdb
import pandas as pd

SHOWN_ROWS = 20


class WarehouseRejected(Exception):
    """The new warehouse failed a blocking check; it was not published."""

    def __init__(self, failures: pd.DataFrame):
        self.failures = failures
        self.articles = sorted({str(a) for a in failures["article_id"].dropna()}) if len(failures) else []
        super().__init__(describe_failures(failures, self.articles))


def describe_failures(failures: pd.DataFrame, articles: list[str]) -> str:
    lines = [
        f"the new warehouse was not published (the previous one is kept): {len(failures)} failure "
        f"case(s) of its schema checks in {failures['relation'].nunique()} relation(s)"
        + (f", article(s) {', '.join(articles[:10])}{', ...' if len(articles) > 10 else ''}" if articles else "")
    ]
    for row in failures.head(SHOWN_ROWS).itertuples(index=False):
        where = f"{row.relation} row {row.row_index}" if pd.notna(row.row_index) else row.relation
        who = f" (article {row.article_id})" if isinstance(row.article_id, str) else ""
        column = f"{row.column} " if isinstance(row.column, str) else ""
        lines.append(f"  {where}{who}: {column}{row.failure_case} fails {row.check}")
    if len(failures) > SHOWN_ROWS:
        lines.append(f"  ... and {len(failures) - SHOWN_ROWS} more")
    return "\n".join(lines)


def check_before_publishing(con: duckdb.DuckDBPyConnection, sources: dict[str, str | None]) -> dict[str, int]:
    """Raise WarehouseRejected unless the rows of every relation in `sources` pass its model:
    relation -> the relation holding the rows to validate (None: the relation itself, on `con`).
    Returns relation -> rows validated."""
    from bpjs_pipeline.checks.schema import validate_relation

    findings = {relation: validate_relation(con, relation, source) for relation, source in sources.items()}
    failed = [f.rows for f in findings.values() if not f.passed]
    if failed:
        raise WarehouseRejected(pd.concat(failed, ignore_index=True))
    return {relation: int(f.counts["checked_rows"]) for relation, f in findings.items()}

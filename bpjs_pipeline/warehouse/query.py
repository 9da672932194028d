"""Read-only queries against the published warehouse."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from bpjs_pipeline.warehouse.publish import open_read_only

READ_STATEMENT_TYPES = {"SELECT", "EXPLAIN"}


class NotAReadQuery(ValueError):
    """The SQL text is not exactly one read statement."""


def check_read_only(sql: str) -> None:
    try:
        statements = duckdb.connect().extract_statements(sql)
    except duckdb.Error as exc:
        raise NotAReadQuery(f"cannot parse the query: {exc}") from None
    if len(statements) != 1:
        raise NotAReadQuery(f"expected exactly one statement, got {len(statements)}")
    kind = statements[0].type.name
    if kind not in READ_STATEMENT_TYPES:
        words = sql.split()
        first = words[0].upper() if words else kind
        raise NotAReadQuery(
            f"refused: {first} is not a read statement (DuckDB statement type {kind}). "
            "`bpjs-pipeline sql` cannot change the warehouse: it runs exactly one SELECT "
            "(including WITH, FROM, DESCRIBE, SHOW, SUMMARIZE) or EXPLAIN"
        )


def run_query(warehouse: Path, sql: str, *, allow_external_files: bool = False) -> pd.DataFrame:
    """Run one read statement on a read-only connection. Values keep their Python types
    (DATE stays `datetime.date`), so output formats can render them faithfully.
    Files other than the warehouse can be read only with `allow_external_files`."""
    check_read_only(sql)
    con = open_read_only(warehouse, allow_external_files=allow_external_files)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()
    return pd.DataFrame.from_records(rows, columns=columns)

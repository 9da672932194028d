"""Schema: every published table and view passes its pandera model."""
from __future__ import annotations

import duckdb
import pandas as pd
import pandera.errors

from bpjs_pipeline.checks.finding import Finding
from bpjs_pipeline.validate.warehouse_schemas import WAREHOUSE_MODELS

FAILURE_COLUMNS = ("relation", "row_index", "article_id", "column", "check", "failure_case")
_ARTICLE_COLUMNS = ("article_id", "source_article_id", "target_source_article_id", "article_a")
# Relations whose model has only row-wise checks and whose size is not bounded by the
# number of facts (conflicts are pairs of articles): validated a chunk at a time.
CHUNKED_RELATIONS = frozenset({"conflicts"})
CHUNK_VECTORS = 25  # DuckDB vectors of 2,048 rows per chunk


def validate_relation(con: duckdb.DuckDBPyConnection, relation: str, source: str | None = None) -> Finding:
    """Every row of `relation` (or of `source`, a relation holding some of its rows, e.g. the
    rows a publish adds) against the relation's model."""
    model = WAREHOUSE_MODELS[relation]
    failures, checked = [], 0
    for frame in _frames(con, relation, source):
        frame.index = frame.index + checked  # row numbers of the whole relation
        try:
            model.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as exc:
            failures.append(_failures(relation, exc.failure_cases, frame))
        checked += len(frame)
    rows = pd.concat(failures, ignore_index=True) if failures else pd.DataFrame(columns=list(FAILURE_COLUMNS))
    finding = Finding(passed=rows.empty, rows=rows)
    finding.counts = {"checked_rows": checked, "articles_involved": len(finding.articles)}
    finding.notes = {"model": model.__name__}
    return finding


def _frames(con: duckdb.DuckDBPyConnection, relation: str, source: str | None = None):
    """The relation as one frame, or chunk by chunk for CHUNKED_RELATIONS."""
    result = con.execute(f'SELECT * FROM {source or chr(34) + relation + chr(34)}')
    if relation not in CHUNKED_RELATIONS:
        yield result.df()
        return
    first = True
    while True:
        frame = result.fetch_df_chunk(CHUNK_VECTORS)
        if frame.empty and not first:
            return
        yield frame
        first = False


def validate_warehouse(con: duckdb.DuckDBPyConnection) -> dict[str, Finding]:
    """relation -> Finding, for every relation of WAREHOUSE_MODELS."""
    return {relation: validate_relation(con, relation) for relation in WAREHOUSE_MODELS}


def _failures(relation: str, cases: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    id_column = next((c for c in _ARTICLE_COLUMNS if c in frame.columns), None)
    rows = []
    seen_frame_checks: set[tuple] = set()
    for case in cases.to_dict("records"):
        index = case.get("index")
        index = None if index is None or (isinstance(index, float) and pd.isna(index)) else int(index)
        article = frame.at[index, id_column] if id_column and index is not None and index in frame.index else None
        column = case.get("column")
        if case.get("schema_context") == "DataFrameSchema" and index is not None:
            # A row-wise dataframe check names every cell of the row: keep one per (row, check).
            if (index, case.get("check")) in seen_frame_checks:
                continue
            seen_frame_checks.add((index, case.get("check")))
            column, case = None, {**case, "failure_case": _row(frame, index)}
        rows.append({
            "relation": relation,
            "row_index": index,
            "article_id": article,
            "column": None if column is None or (isinstance(column, float) and pd.isna(column)) else str(column),
            "check": str(case.get("check")),
            "failure_case": None if case.get("failure_case") is None else str(case.get("failure_case")),
        })
    return pd.DataFrame(rows, columns=list(FAILURE_COLUMNS))


def _row(frame: pd.DataFrame, index: int) -> str:
    row = frame.loc[index]
    shown = [c for c in frame.columns if c not in ("quote", "quote_a", "quote_b", "title")][:8]
    return ", ".join(f"{c}={row[c]!r}" for c in shown)

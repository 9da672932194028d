"""Schema: every published table and view passes its pandera model."""
from __future__ import annotations

import duckdb
import pandas as pd
import pandera.errors

from bpjs_pipeline.checks.finding import Finding
from bpjs_pipeline.validate.warehouse_schemas import WAREHOUSE_MODELS

FAILURE_COLUMNS = ("relation", "row_index", "article_id", "column", "check", "failure_case")
_ARTICLE_COLUMNS = ("article_id", "source_article_id", "target_source_article_id", "article_a")


def validate_relation(con: duckdb.DuckDBPyConnection, relation: str) -> Finding:
    model = WAREHOUSE_MODELS[relation]
    frame = con.execute(f'SELECT * FROM "{relation}"').df()
    try:
        model.validate(frame, lazy=True)
        rows = pd.DataFrame(columns=list(FAILURE_COLUMNS))
    except pandera.errors.SchemaErrors as exc:
        rows = _failures(relation, exc.failure_cases, frame)
    finding = Finding(passed=rows.empty, rows=rows)
    finding.counts = {"checked_rows": len(frame), "articles_involved": len(finding.articles)}
    finding.notes = {"model": model.__name__}
    return finding


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

"""Lazy pandera validation that splits a frame into valid rows and failure cases."""
from __future__ import annotations

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from bpjs_pipeline.validate.schemas import FRAME_CHECK_COLUMNS

FAILURE_COLUMNS = ("row_index", "article_id", "column", "check", "failure_case", "schema_context")


def split_valid(
    schema: type[pa.DataFrameModel], frame: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, failure cases).

    Every check runs (`lazy=True`). A row with any failure is left out of the
    valid frame; a failure that names no row (a missing column, a wrong
    dtype that cannot be coerced) invalidates every row. The valid frame is
    the coerced output of the schema. Failure cases have the columns in
    FAILURE_COLUMNS, `row_index` being the index label in `frame` (or None),
    `article_id` that row's article. A row-wise dataframe check yields one
    failure per failing row, its `failure_case` naming the values it compared.
    """
    try:
        validated = schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        failures = _normalise_failures(exc.failure_cases, frame)
        if failures["row_index"].isna().any():
            bad = frame.index
        else:
            bad = pd.Index(failures["row_index"].unique())
        remaining = frame.loc[~frame.index.isin(bad)]
        valid = schema.validate(remaining, lazy=True) if len(remaining) else _empty_like(schema, frame)
        return valid, failures
    return validated, pd.DataFrame(columns=list(FAILURE_COLUMNS))


def _normalise_failures(cases: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    rows: list[dict] = []
    seen_frame_checks: set[tuple] = set()
    for case in cases.to_dict("records"):
        index = case.get("index")
        index = None if index is None or (isinstance(index, float) and pd.isna(index)) else index
        check = str(case.get("check"))
        column = case.get("column")
        failure = case.get("failure_case")
        if case.get("schema_context") == "DataFrameSchema" and index is not None:
            # A row-wise dataframe check: pandera reports every cell of the
            # row; keep one failure per (row, check), naming the compared values.
            if (index, check) in seen_frame_checks:
                continue
            seen_frame_checks.add((index, check))
            column = None
            failure = _row_summary(frame, index, FRAME_CHECK_COLUMNS.get(check))
        article_id = None
        if index is not None and "article_id" in frame.columns and index in frame.index:
            article_id = frame.at[index, "article_id"]
        rows.append(
            {
                "row_index": index,
                "article_id": article_id,
                "column": None if column is None or pd.isna(column) else str(column),
                "check": check,
                "failure_case": None if failure is None else str(failure),
                "schema_context": str(case.get("schema_context")),
            }
        )
    return pd.DataFrame(rows, columns=list(FAILURE_COLUMNS))


def _row_summary(frame: pd.DataFrame, index, columns: tuple[str, ...] | None) -> str:
    if index not in frame.index:
        return ""
    row = frame.loc[index]
    names = columns or tuple(frame.columns)
    return ", ".join(f"{name}={_show(row[name])}" for name in names if name in frame.columns)


def _show(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "null"
    return repr(value) if isinstance(value, str) else str(value)


def _empty_like(schema: type[pa.DataFrameModel], frame: pd.DataFrame) -> pd.DataFrame:
    empty = frame.iloc[0:0]
    try:
        return schema.validate(empty)
    except pandera.errors.SchemaError:
        return empty

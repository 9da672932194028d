"""Materialization and check metadata that renders in the Dagster UI: the row count, the column
schema with each column's meaning (`bpjs_pipeline/warehouse/columns.py`), and previews and
failure cases as tables (`MetadataValue.table`), sorted, with figures and dates for people."""
from __future__ import annotations

import re
from typing import Iterable, Sequence

import dagster as dg
import pandas as pd

from bpjs_pipeline.report.format import readable
from bpjs_pipeline.warehouse.columns import describe_column

PREVIEW_ROWS = 10
PREVIEW_CELL_CHARS = 120
MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]<>()#+!|~-]")


def column_schema(columns: Iterable[tuple[str, str]], relation: str | None = None) -> dg.TableSchema:
    """`dagster/column_schema`: names, types and (for a published relation) descriptions."""
    return dg.TableSchema(columns=[
        dg.TableColumn(name=name, type=str(kind),
                       description=describe_column(relation, name) if relation else None)
        for name, kind in columns
    ])


def table_preview(frame: pd.DataFrame, sort_by: Sequence[str] = (), rows: int = PREVIEW_ROWS,
                  cell_chars: int = PREVIEW_CELL_CHARS) -> dg.MetadataValue:
    """The first `rows` rows (after sorting by the `sort_by` columns present) as a table."""
    return text_table(_first_rows(frame, sort_by, rows, cell_chars))


def _first_rows(frame: pd.DataFrame, sort_by: Sequence[str], rows: int, cell_chars: int | None) -> pd.DataFrame:
    """The first `rows` rows after sorting by the `sort_by` columns present, as texts for people."""
    keys = [c for c in sort_by if c in frame.columns]
    shown = frame.sort_values(keys, kind="stable", na_position="first") if keys and len(frame) else frame
    return readable(shown.head(rows).reset_index(drop=True), cell_chars)


def markdown_table(frame: pd.DataFrame, sort_by: Sequence[str] = (), rows: int = PREVIEW_ROWS,
                   cell_chars: int | None = None) -> dg.MetadataValue:
    """The first `rows` rows as a Markdown table: shown one click away ("Show Markdown"), in a
    dialog as wide as the window, where a table of many columns is read whole."""
    text = _first_rows(frame, sort_by, rows, cell_chars)
    if not len(text):
        return dg.MetadataValue.md("_none_")

    def cell(value: object) -> str:  # Markdown's own characters (a file name may hold any) kept as text
        return MARKDOWN_SPECIAL.sub(r"\\\g<0>", " ".join(str(value).split()))

    lines = ["| " + " | ".join(cell(c) for c in text.columns) + " |",
             "|" + "---|" * len(text.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in text.itertuples(index=False)]
    return dg.MetadataValue.md("\n".join(lines))


def text_table(text: pd.DataFrame) -> dg.MetadataValue:
    """A frame of texts (`readable`) as table metadata."""
    schema = dg.TableSchema(columns=[dg.TableColumn(name=str(c), type="string") for c in text.columns])
    records = [dg.TableRecord({str(k): v for k, v in row.items()}) for row in text.to_dict("records")]
    return dg.MetadataValue.table(records=records, schema=schema)


def table_metadata(
    row_count: int,
    columns: Iterable[tuple[str, str]],
    preview: pd.DataFrame,
    *,
    relation: str | None = None,
    sort_by: Sequence[str] = (),
    **extra: object,
) -> dict[str, object]:
    metadata = {
        "dagster/row_count": dg.MetadataValue.int(int(row_count)),
        "dagster/column_schema": column_schema(columns, relation),
        "preview": table_preview(preview, sort_by),
        **extra,
    }
    if len(preview) > PREVIEW_ROWS:
        metadata["preview_note"] = dg.MetadataValue.text(f"first {PREVIEW_ROWS} of {len(preview)} rows")
    return metadata


def frame_columns(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return [(str(c), str(t)) for c, t in frame.dtypes.items()]

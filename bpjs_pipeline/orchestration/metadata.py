"""Materialization metadata: row count, a markdown preview and the column schema."""
from __future__ import annotations

from typing import Iterable

import dagster as dg
import pandas as pd

PREVIEW_ROWS = 10
PREVIEW_CELL_CHARS = 80


def table_metadata(
    row_count: int,
    columns: Iterable[tuple[str, str]],
    preview: pd.DataFrame,
    **extra: object,
) -> dict[str, object]:
    return {
        "dagster/row_count": dg.MetadataValue.int(int(row_count)),
        "dagster/column_schema": dg.TableSchema(
            columns=[dg.TableColumn(name=name, type=str(kind)) for name, kind in columns]
        ),
        "preview": dg.MetadataValue.md(markdown_preview(preview)),
        **extra,
    }


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    if frame.empty:
        return "_no rows_"
    shown = frame.head(rows).copy()
    for column in shown.columns:
        if shown[column].dtype == object:
            shown[column] = shown[column].map(_shorten)
    text = shown.to_markdown(index=False)
    if len(frame) > rows:
        text += f"\n\n_first {rows} of {len(frame)} rows_"
    return text


def _shorten(value: object) -> object:
    if isinstance(value, str):
        flat = " ".join(value.split())
        return flat if len(flat) <= PREVIEW_CELL_CHARS else flat[: PREVIEW_CELL_CHARS - 1] + "…"
    return value


def frame_columns(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return [(str(c), str(t)) for c, t in frame.dtypes.items()]

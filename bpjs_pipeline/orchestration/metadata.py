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


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS, cell_chars: int = PREVIEW_CELL_CHARS) -> str:
    """The first `rows` rows as a markdown table: text flattened, cut at `cell_chars` and
    with "|" escaped; floats written out (35,860,000 rather than 3.586e+07)."""
    if frame.empty:
        return "_no rows_"
    shown = frame.head(rows).copy()
    for column in shown.columns:
        if shown[column].dtype == object:
            shown[column] = shown[column].map(lambda v: _shorten(v, cell_chars))
        elif shown[column].dtype.kind == "f":
            shown[column] = shown[column].map(_float_text)
    text = shown.to_markdown(index=False, disable_numparse=True)
    if len(frame) > rows:
        text += f"\n\n_first {rows} of {len(frame)} rows_"
    return text


def _shorten(value: object, cell_chars: int) -> object:
    if isinstance(value, str):
        flat = " ".join(value.split()).replace("|", "/")
        return flat if len(flat) <= cell_chars else flat[: cell_chars - 1] + "…"
    return "" if value is None else value


def _float_text(value: float) -> str:
    if pd.isna(value):
        return ""
    return f"{value:,.6g}" if abs(value) < 1 else f"{value:,.0f}"


def frame_columns(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return [(str(c), str(t)) for c, t in frame.dtypes.items()]

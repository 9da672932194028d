"""Figures and dates written for people: `Rp 1.000 triliun`, `41,46 juta`, `2023-05-12`.

Indonesian number words and separators, as the articles write them. Plain
functions over pandas; used by the Dagster metadata and the HTML report.
"""
from __future__ import annotations

import datetime as dt
import math
from functools import cache

import pandas as pd

from bpjs_pipeline.lexicon import lexicon

# Columns holding a figure in the unit named by the frame's `unit` column.
VALUE_COLUMNS = ("value", "min_value", "max_value", "target_value", "actual_value", "value_a", "value_b",
                 "earlier_value", "later_value", "original_value")
SHARE_COLUMNS = ("share_achieved", "annual_change")


@cache
def _scales() -> list[tuple[float, str]]:
    """The scale words figures are written with for people, largest first (lexicon `written_scales`)."""
    return sorted(((float(v), word) for word, v in lexicon()["numbers"]["written_scales"].items()), reverse=True)


def decimal(number: float, places: int = 2) -> str:
    """`1234.5` -> `1.234,5` (Indonesian separators), trailing zeros dropped."""
    text = f"{number:,.{places}f}".rstrip("0").rstrip(".") if places else f"{number:,.0f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_amount(value: float | None, unit: str | None = None) -> str:
    """A figure in base units for people: rupiah with triliun/miliar/juta, persons and employers
    with juta above a million, else with thousands separators."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    words = ""
    for scale, word in _scales():
        if abs(value) >= scale:
            words = f"{decimal(value / scale)} {word}"
            break
    if not words:
        words = decimal(value, 0)
    return f"Rp {words}" if unit == "IDR" else words


def format_date(value) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def format_share(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{decimal(value * 100, 1)} %"


def readable(frame: pd.DataFrame, text_chars: int | None = None) -> pd.DataFrame:
    """Every cell as text for people: figures by the row's unit, dates without midnight, shares in
    per cent, NULL as empty; texts flattened (and cut at `text_chars`)."""
    shown = pd.DataFrame(index=frame.index)
    units = frame["unit"] if "unit" in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    for column in frame.columns:
        series = frame[column]
        if column in VALUE_COLUMNS:
            shown[column] = [format_amount(v, u) for v, u in zip(series, units)]
        elif column in SHARE_COLUMNS:
            shown[column] = series.map(format_share)
        elif column == "relative_difference":
            shown[column] = series.map(lambda v: "" if pd.isna(v) else decimal(v))
        elif pd.api.types.is_datetime64_any_dtype(series) or series.map(
                lambda v: isinstance(v, (dt.date, dt.datetime))).any():
            shown[column] = series.map(format_date)
        elif pd.api.types.is_float_dtype(series):
            shown[column] = series.map(lambda v: "" if pd.isna(v) else (
                str(int(v)) if float(v).is_integer() else f"{v:.6g}"))
        else:
            shown[column] = series.map(lambda v: _text(v, text_chars))
    return shown


def _text(value, limit: int | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        value = ", ".join(map(str, list(value)))
    flat = " ".join(str(value).split())
    if limit and len(flat) > limit:
        return flat[: limit - 1] + "…"
    return flat

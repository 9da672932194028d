"""What a stored fact row and a stored article row must look like.

The allowed values come from `bpjs_pipeline.model`, so the schema and the
extractor share one vocabulary.
"""
from __future__ import annotations

import math
import re
from typing import Optional

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from bpjs_pipeline.model import (
    FUND_METRICS,
    MAX_YEAR,
    METRICS,
    MIN_YEAR,
    PARTICIPANT_METRICS,
    PROGRAMS,
    SEGMENTS,
    TABLES,
    UNITS,
)

AS_OF_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$"
_AS_OF_RE = re.compile(AS_OF_PATTERN)

# Which tables each metric may appear in (docs/facts.md: funds metrics only in
# funds/targets, person and employer metrics only in participants/targets).
TABLES_FOR_METRIC = {
    **{m: ("participants", "targets") for m in PARTICIPANT_METRICS},
    **{m: ("funds", "targets") for m in FUND_METRICS},
}

FACT_COLUMNS = (
    "article_id",
    "table",
    "metric",
    "segment",
    "program",
    "year",
    "as_of",
    "value",
    "unit",
    "quote",
    "sentence_start",
    "sentence_end",
    "value_start",
    "value_end",
    "approximate",
    "year_rule",
    "confidence",
)

# The columns each row-wise dataframe check compares (named in failure cases).
FRAME_CHECK_COLUMNS = {
    "unit_matches_metric": ("metric", "unit"),
    "table_allows_metric": ("table", "metric"),
    "as_of_agrees_with_year": ("as_of", "year"),
    "sentence_start_before_end": ("sentence_start", "sentence_end"),
    "value_start_before_end": ("value_start", "value_end"),
    "value_inside_sentence": ("sentence_start", "value_start", "value_end", "sentence_end"),
}

ARTICLE_COLUMNS = ("article_id", "title", "publisher", "published_on", "body_chars")


class FactColumns(pa.DataFrameModel):
    """The columns a fact has wherever it is stored: staged (`FactsSchema`) or published."""

    article_id: Series[str] = pa.Field(str_length={"min_value": 1})
    metric: Series[str] = pa.Field(isin=tuple(METRICS))
    segment: Series[str] = pa.Field(isin=SEGMENTS)
    program: Series[str] = pa.Field(isin=PROGRAMS, nullable=True)
    year: Series[int] = pa.Field(ge=MIN_YEAR, le=MAX_YEAR)
    as_of: Series[str] = pa.Field(nullable=True, str_matches=AS_OF_PATTERN)
    value: Series[float] = pa.Field(gt=0)
    unit: Series[str] = pa.Field(isin=UNITS)
    quote: Series[str] = pa.Field()
    sentence_start: Series[int] = pa.Field(ge=0)
    sentence_end: Series[int] = pa.Field(ge=0)
    value_start: Series[int] = pa.Field(ge=0)
    value_end: Series[int] = pa.Field(ge=0)
    approximate: Series[bool] = pa.Field()
    year_rule: Optional[Series[str]] = pa.Field(nullable=True)
    # how sure the reader is, 0..1 (extract/confidence.py); NULL only for facts staged before it existed
    confidence: Optional[Series[float]] = pa.Field(nullable=True, ge=0, le=1)

    class Config:
        coerce = True
        strict = False


# Checks shared by the fact models. Pandera loses a check's name when the same
# decorated method is inherited by two model trees, so each model declares them.
def value_finite(value: Series[float]) -> Series[bool]:
    return value.map(math.isfinite)


def unit_matches_metric(df: pd.DataFrame) -> Series[bool]:
    return df["metric"].map(METRICS) == df["unit"]


class FactsSchema(FactColumns):
    """One row per extracted fact (`Fact.to_record()`)."""

    table: Series[str] = pa.Field(isin=TABLES)

    @pa.check("value", name="finite")
    def _value_finite(cls, value: Series[float]) -> Series[bool]:
        return value_finite(value)

    @pa.dataframe_check(name="unit_matches_metric")
    def _unit_matches_metric(cls, df: pd.DataFrame) -> Series[bool]:
        return unit_matches_metric(df)

    @pa.check("quote", name="quote_not_blank")
    def _quote_not_blank(cls, quote: Series[str]) -> Series[bool]:
        return quote.str.strip().str.len() > 0

    @pa.dataframe_check(name="table_allows_metric")
    def _table_allows_metric(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(
            [t in TABLES_FOR_METRIC.get(m, ()) for m, t in zip(df["metric"], df["table"])],
            index=df.index,
            dtype=bool,
        )

    @pa.dataframe_check(name="as_of_agrees_with_year")
    def _as_of_agrees_with_year(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(
            [
                a is None or (isinstance(a, str) and bool(_AS_OF_RE.match(a)) and a[:4] == str(y))
                for a, y in zip(df["as_of"].where(df["as_of"].notna(), None), df["year"])
            ],
            index=df.index,
            dtype=bool,
        )

    @pa.dataframe_check(name="sentence_start_before_end")
    def _sentence_span(cls, df: pd.DataFrame) -> Series[bool]:
        return df["sentence_start"] < df["sentence_end"]

    @pa.dataframe_check(name="value_start_before_end")
    def _value_span(cls, df: pd.DataFrame) -> Series[bool]:
        return df["value_start"] < df["value_end"]

    # The published fact tables require it too (warehouse_schemas.py): a fact whose figure lies
    # outside its sentence is refused here, as one reject, instead of stopping the publish.
    @pa.dataframe_check(name="value_inside_sentence")
    def _value_inside_sentence(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["sentence_start"] <= df["value_start"]) & (df["value_end"] <= df["sentence_end"])


class ArticlesSchema(pa.DataFrameModel):
    """One row per cleaned article (`CleanedArticle.to_record()` plus the body length)."""

    article_id: Series[str] = pa.Field(str_length={"min_value": 1}, unique=True)
    title: Series[str] = pa.Field(nullable=True)
    publisher: Series[str] = pa.Field(nullable=True)
    # An ISO date compared as text: any year a text can state (2999, 1500) is checked against
    # the valid years, where a datetime64[ns] column could not even hold it.
    published_on: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        ge=f"{MIN_YEAR}-01-01",
        le=f"{MAX_YEAR}-12-31",
    )
    body_chars: Series[int] = pa.Field(gt=0)

    class Config:
        coerce = True
        strict = False

    @pa.check("title", name="title_not_blank")
    def _title_not_blank(cls, title: Series[str]) -> Series[bool]:
        return title.isna() | (title.str.strip().str.len() > 0)


def facts_frame(records: list[dict]) -> pd.DataFrame:
    """A facts frame with the schema's columns in order, also when there are no records."""
    frame = pd.DataFrame.from_records(records, columns=list(FACT_COLUMNS))
    return frame.astype({"program": object, "as_of": object, "year_rule": object})


def articles_frame(records: list[dict]) -> pd.DataFrame:
    return pd.DataFrame.from_records(records, columns=list(ARTICLE_COLUMNS))

"""Pandera models of the published warehouse's tables and views (see warehouse/README.md).

Frames come from `con.execute("SELECT * FROM <relation>").df()`: DATE and
TIMESTAMP columns arrive as datetimes, nullable integers as floats, so the
models coerce.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from bpjs_pipeline.model import FUND_METRICS, METRICS, PARTICIPANT_METRICS, PROGRAMS, SEGMENTS, UNITS
from bpjs_pipeline.validate.schemas import MAX_YEAR, MIN_YEAR, FactColumns, unit_matches_metric, value_finite

SHA256_PATTERN = r"^[0-9a-f]{64}$"
_MIN_DATE = pd.Timestamp(f"{MIN_YEAR}-01-01")
_MAX_DATE = pd.Timestamp(f"{MAX_YEAR}-12-31")
STATEMENTS = ("year", "snapshot", "target")
CHOICES = ("one source", "sources agree", "most sources agree", "more confident reading", "most recent source",
           "only plausible source", "no plausible figure")
# `conflicts` lists at most this many articles on each side (derived.sql).
CONFLICT_LISTED = 10
# Relative tolerance for "min <= value <= max" and "share = actual / target" comparisons.
_TOLERANCE = 1e-9


class _Model(pa.DataFrameModel):
    class Config:
        coerce = True
        strict = False


class PublishedArticles(_Model):
    article_id: Series[str] = pa.Field(str_length={"min_value": 1}, unique=True)
    file_name: Series[str] = pa.Field(str_endswith=".txt")
    sha256: Series[str] = pa.Field(str_matches=SHA256_PATTERN)
    title: Series[str] = pa.Field(nullable=True)
    publisher: Series[str] = pa.Field(nullable=True)
    published_on: Series[pa.DateTime] = pa.Field(nullable=True, ge=_MIN_DATE, le=_MAX_DATE)
    url: Series[str] = pa.Field(nullable=True)
    fact_count: Series[int] = pa.Field(ge=0)
    loaded_at: Series[pa.DateTime] = pa.Field()
    body: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(name="file_name_is_article_id_txt")
    def _file_name(cls, df: pd.DataFrame) -> Series[bool]:
        return df["file_name"] == df["article_id"] + ".txt"


class PublishedQuarantine(_Model):
    article_id: Series[str] = pa.Field(str_length={"min_value": 1})
    file: Series[str] = pa.Field(unique=True)
    sha256: Series[str] = pa.Field(nullable=True, str_matches=SHA256_PATTERN)
    reason: Series[str] = pa.Field(str_length={"min_value": 1})
    first_seen: Series[pa.DateTime] = pa.Field()
    last_seen: Series[pa.DateTime] = pa.Field()

    @pa.dataframe_check(name="first_seen_not_after_last_seen")
    def _seen_order(cls, df: pd.DataFrame) -> Series[bool]:
        return df["first_seen"] <= df["last_seen"]


class _PublishedFacts(FactColumns):
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    publisher: Series[str] = pa.Field(nullable=True)
    published_on: Series[pa.DateTime] = pa.Field(nullable=True, ge=_MIN_DATE, le=_MAX_DATE)
    plausible: Series[bool] = pa.Field()
    statement: Series[str] = pa.Field(isin=STATEMENTS)
    period: Series[str] = pa.Field(str_matches=r"^\d{4}(-\d{2})?$")
    reviewed: Series[bool] = pa.Field()
    corrected: Series[bool] = pa.Field()
    original_metric: Series[str] = pa.Field(nullable=True, isin=tuple(METRICS))
    original_year: Series[float] = pa.Field(nullable=True, ge=MIN_YEAR, le=MAX_YEAR)

    @pa.dataframe_check(name="corrected_facts_are_reviewed")
    def _reviewed(cls, df: pd.DataFrame) -> Series[bool]:
        return df["reviewed"] | ~df["corrected"]

    @pa.dataframe_check(name="original_reading_only_when_corrected")
    def _original(cls, df: pd.DataFrame) -> Series[bool]:
        return df["corrected"] | (df["original_metric"].isna() & df["original_year"].isna())

    @pa.check("value", name="finite")
    def _finite(cls, value: Series[float]) -> Series[bool]:
        return value_finite(value)

    @pa.dataframe_check(name="unit_matches_metric")
    def _unit(cls, df: pd.DataFrame) -> Series[bool]:
        return unit_matches_metric(df)

    @pa.dataframe_check(name="value_inside_sentence")
    def _spans(cls, df: pd.DataFrame) -> Series[bool]:
        return (
            (df["sentence_start"] <= df["value_start"])
            & (df["value_start"] < df["value_end"])
            & (df["value_end"] <= df["sentence_end"])
        )


class PublishedParticipantFacts(_PublishedFacts):
    metric: Series[str] = pa.Field(isin=PARTICIPANT_METRICS)


class PublishedFundFacts(_PublishedFacts):
    metric: Series[str] = pa.Field(isin=FUND_METRICS)


class PublishedTargetFacts(_PublishedFacts):
    @pa.check("statement", name="a_target")
    def _target(cls, statement: Series[str]) -> Series[bool]:
        return statement == "target"


class PublishedByYear(_Model):
    metric: Series[str] = pa.Field(isin=tuple(METRICS))
    segment: Series[str] = pa.Field(isin=SEGMENTS)
    program: Series[str] = pa.Field(isin=PROGRAMS, nullable=True)
    year: Series[int] = pa.Field(ge=MIN_YEAR, le=MAX_YEAR)
    unit: Series[str] = pa.Field(isin=UNITS)
    value: Series[float] = pa.Field(gt=0, nullable=True)
    source_article_id: Series[str] = pa.Field(str_length={"min_value": 1}, nullable=True)
    source_published_on: Series[pa.DateTime] = pa.Field(nullable=True)
    choice: Series[str] = pa.Field(isin=CHOICES)
    agreeing_sources: Series[int] = pa.Field(ge=0)
    sources: Series[int] = pa.Field(ge=1)
    min_value: Series[float] = pa.Field(gt=0)
    max_value: Series[float] = pa.Field(gt=0)
    disputed: Series[bool] = pa.Field()
    implausible_figures: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="a_value_unless_none_is_plausible")
    def _chosen(cls, df: pd.DataFrame) -> Series[bool]:
        return df["value"].notna() == (df["choice"] != "no plausible figure")

    @pa.dataframe_check(name="agreeing_sources_le_sources")
    def _agreeing(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["agreeing_sources"] <= df["sources"]) & (df["value"].isna() | (df["agreeing_sources"] >= 1))

    @pa.dataframe_check(name="one_row_per_key")
    def _unique_key(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df[["metric", "segment", "program", "year"]].astype(str).duplicated(keep=False)

    @pa.dataframe_check(name="min_le_value_le_max")
    def _bounds(cls, df: pd.DataFrame) -> Series[bool]:
        slack = df["max_value"].abs() * _TOLERANCE
        inside = (df["min_value"] <= df["value"] + slack) & (df["value"] <= df["max_value"] + slack)
        return df["value"].isna() | inside


class PublishedTargetProgress(_Model):
    metric: Series[str] = pa.Field(isin=tuple(METRICS))
    segment: Series[str] = pa.Field(isin=SEGMENTS)
    program: Series[str] = pa.Field(isin=PROGRAMS, nullable=True)
    unit: Series[str] = pa.Field(isin=UNITS)
    target_year: Series[int] = pa.Field(ge=MIN_YEAR, le=MAX_YEAR)
    target_value: Series[float] = pa.Field(gt=0)
    target_source_article_id: Series[str] = pa.Field(str_length={"min_value": 1})
    target_sources: Series[int] = pa.Field(ge=1)
    target_choice: Series[str] = pa.Field(isin=CHOICES)
    target_disputed: Series[bool] = pa.Field()
    actual_year: Series[float] = pa.Field(nullable=True, ge=MIN_YEAR, le=MAX_YEAR)
    actual_value: Series[float] = pa.Field(nullable=True, gt=0)
    actual_source_article_id: Series[str] = pa.Field(nullable=True)
    share_achieved: Series[float] = pa.Field(nullable=True, ge=0)

    @pa.dataframe_check(name="actual_not_after_target")
    def _actual_year(cls, df: pd.DataFrame) -> Series[bool]:
        return df["actual_year"].isna() | (df["actual_year"] <= df["target_year"])

    @pa.dataframe_check(name="share_is_actual_over_target")
    def _share(cls, df: pd.DataFrame) -> Series[bool]:
        expected = df["actual_value"] / df["target_value"]
        same = (df["share_achieved"] - expected).abs() <= expected.abs() * _TOLERANCE
        return (df["actual_value"].isna() & df["share_achieved"].isna()) | same


class PublishedConflicts(_Model):
    fact_table: Series[str] = pa.Field(isin=("participants", "funds", "targets"))
    metric: Series[str] = pa.Field(isin=tuple(METRICS))
    segment: Series[str] = pa.Field(isin=SEGMENTS)
    program: Series[str] = pa.Field(isin=PROGRAMS, nullable=True)
    year: Series[int] = pa.Field(ge=MIN_YEAR, le=MAX_YEAR)
    unit: Series[str] = pa.Field(isin=UNITS)
    statement: Series[str] = pa.Field(isin=STATEMENTS)
    period: Series[str] = pa.Field(str_matches=r"^\d{4}(-\d{2})?$")
    article_a: Series[str] = pa.Field(str_length={"min_value": 1})
    value_a: Series[float] = pa.Field(gt=0)
    quote_a: Series[str] = pa.Field()
    article_b: Series[str] = pa.Field(str_length={"min_value": 1})
    value_b: Series[float] = pa.Field(gt=0)
    quote_b: Series[str] = pa.Field()
    relative_difference: Series[float] = pa.Field(gt=0.02)
    sources_a: Series[int] = pa.Field(ge=1)
    sources_b: Series[int] = pa.Field(ge=1)

    @pa.dataframe_check(name="two_different_articles")
    def _two_articles(cls, df: pd.DataFrame) -> Series[bool]:
        return df["article_a"] < df["article_b"]

    @pa.dataframe_check(name="each_first_article_among_its_articles")
    def _first_listed(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series([a in list(aa) and b in list(bb) and len(aa) == min(n, CONFLICT_LISTED)
                          and len(bb) == min(m, CONFLICT_LISTED)
                          for a, aa, n, b, bb, m in zip(df["article_a"], df["articles_a"], df["sources_a"],
                                                        df["article_b"], df["articles_b"], df["sources_b"])],
                         index=df.index, dtype=bool)


class PublishedCorrections(_Model):
    line: Series[int] = pa.Field(ge=0)
    action: Series[str] = pa.Field(nullable=True)
    matched_facts: Series[int] = pa.Field(ge=0)
    status: Series[str] = pa.Field(str_length={"min_value": 1})

    @pa.dataframe_check(name="applied_rows_matched_a_fact")
    def _applied(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["status"] != "applied") | (df["matched_facts"] >= 1)


# Every published relation and its model.
WAREHOUSE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "articles": PublishedArticles,
    "quarantine": PublishedQuarantine,
    "fact_participants": PublishedParticipantFacts,
    "fact_funds": PublishedFundFacts,
    "fact_targets": PublishedTargetFacts,
    "participants_by_year": PublishedByYear,
    "funds_by_year": PublishedByYear,
    "targets_by_year": PublishedByYear,
    "target_progress": PublishedTargetProgress,
    "conflicts": PublishedConflicts,
    "corrections": PublishedCorrections,
}

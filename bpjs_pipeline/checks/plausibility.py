"""Plausible: each figure inside its metric's range, each by-year series inside the change band.

The ranges and the band live in `plausible_ranges.toml` beside this file.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import duckdb
import pandas as pd

from bpjs_pipeline.checks.finding import Finding
from bpjs_pipeline.model import METRICS

RANGES_FILE = "plausible_ranges.toml"
FACT_TABLES = ("fact_participants", "fact_funds", "fact_targets")
BY_YEAR_VIEWS = {  # view -> the fact table its values come from
    "participants_by_year": "fact_participants",
    "funds_by_year": "fact_funds",
    "targets_by_year": "fact_targets",
}


@dataclass(frozen=True)
class PlausibleRanges:
    ranges: dict[str, tuple[float, float]]  # metric -> (min, max), base units
    change_min: float  # lowest annual change, e.g. -0.30
    change_max: float  # highest annual change, e.g. 0.60
    source: str = RANGES_FILE

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"metric": m, "min_value": float(lo), "max_value": float(hi)} for m, (lo, hi) in self.ranges.items()],
            columns=["metric", "min_value", "max_value"],
        )


def load_ranges(path: str | Path | None = None) -> PlausibleRanges:
    """The ranges from `path`, else the packaged `plausible_ranges.toml`. Every metric of
    `model.METRICS` must have a range (a missing one is an error, not a silent pass)."""
    if path is None:
        text = files("bpjs_pipeline.checks").joinpath(RANGES_FILE).read_text(encoding="utf-8")
        source = RANGES_FILE
    else:
        text = Path(path).read_text(encoding="utf-8")
        source = str(path)
    data = tomllib.loads(text)
    metrics = data.get("metric", {})
    missing = sorted(set(METRICS) - set(metrics))
    if missing:
        raise ValueError(f"{source}: no plausible range for metric(s) {missing}")
    ranges = {}
    for metric, bounds in metrics.items():
        lo, hi = float(bounds["min"]), float(bounds["max"])
        if not 0 <= lo < hi:
            raise ValueError(f"{source}: metric {metric}: need 0 <= min < max, got {lo}, {hi}")
        ranges[metric] = (lo, hi)
    change = data["change"]
    change_min, change_max = float(change["min"]), float(change["max"])
    if not -1 < change_min < 0 < change_max:
        raise ValueError(f"{source}: [change] needs -1 < min < 0 < max")
    return PlausibleRanges(ranges, change_min, change_max, source)


def implausible_values(con: duckdb.DuckDBPyConnection, table: str, ranges: PlausibleRanges) -> Finding:
    """Facts of a published fact table outside their metric's range."""
    if table not in FACT_TABLES:
        raise ValueError(f"not a fact table: {table}")
    con.register("plausible_ranges", ranges.frame())
    try:
        rows = con.execute(
            f"""
            SELECT f.article_id, f.publisher, f.published_on, f.metric, f.segment, f.program, f.year,
                   f.value, f.unit, r.min_value, r.max_value,
                   CASE WHEN f.value < r.min_value THEN 'below' ELSE 'above' END AS side,
                   f.quote, f.sentence_start, f.sentence_end
            FROM {table} AS f
            JOIN plausible_ranges AS r USING (metric)
            WHERE f.value < r.min_value OR f.value > r.max_value
            ORDER BY f.article_id, f.sentence_start, f.value_start
            """
        ).df()
        (checked,) = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0]
    finally:
        con.unregister("plausible_ranges")
    finding = Finding(passed=rows.empty, rows=rows)
    finding.counts = {"checked_rows": int(checked), "articles_involved": len(finding.articles)}
    finding.notes = {"ranges": ranges.source}
    return finding


def implausible_changes(con: duckdb.DuckDBPyConnection, view: str, ranges: PlausibleRanges) -> Finding:
    """Steps of a by-year series (metric, segment, program) whose annual change leaves the band.

    Consecutive years present in the view are compared; over a gap of n years
    the compound annual rate (later / earlier) ^ (1 / n) - 1 is used. Each row
    names both values' source articles and sentences.
    """
    if view not in BY_YEAR_VIEWS:
        raise ValueError(f"not a by-year view: {view}")
    facts = BY_YEAR_VIEWS[view]
    rows = con.execute(
        f"""
        WITH series AS (
            SELECT metric, segment, program, unit, year, value, source_article_id,
                   lag(year) OVER w AS earlier_year,
                   lag(value) OVER w AS earlier_value,
                   lag(source_article_id) OVER w AS earlier_article_id
            FROM {view} WHERE value IS NOT NULL
            WINDOW w AS (PARTITION BY metric, segment, program ORDER BY year)
        ),
        steps AS (
            SELECT *, pow(value / earlier_value, 1.0 / (year - earlier_year)) - 1 AS annual_change
            FROM series WHERE earlier_year IS NOT NULL
        ),
        quotes AS (
            SELECT article_id, metric, segment, program, year, value, min(quote) AS quote
            FROM {facts} GROUP BY ALL
        )
        SELECT s.metric, s.segment, s.program, s.unit,
               s.earlier_year, s.earlier_value, s.earlier_article_id, qe.quote AS earlier_quote,
               s.year AS later_year, s.value AS later_value, s.source_article_id AS later_article_id,
               ql.quote AS later_quote,
               s.annual_change
        FROM steps AS s
        LEFT JOIN quotes AS qe
          ON qe.article_id = s.earlier_article_id AND qe.metric = s.metric AND qe.segment = s.segment
         AND qe.program IS NOT DISTINCT FROM s.program AND qe.year = s.earlier_year AND qe.value = s.earlier_value
        LEFT JOIN quotes AS ql
          ON ql.article_id = s.source_article_id AND ql.metric = s.metric AND ql.segment = s.segment
         AND ql.program IS NOT DISTINCT FROM s.program AND ql.year = s.year AND ql.value = s.value
        WHERE s.annual_change < ? OR s.annual_change > ?
        ORDER BY s.metric, s.segment, s.program NULLS FIRST, s.year
        """,
        [ranges.change_min, ranges.change_max],
    ).df()
    (steps,) = con.execute(
        f"""
        SELECT count(*) - count(DISTINCT (metric, segment, program)) FROM {view} WHERE value IS NOT NULL
        """
    ).fetchall()[0]
    finding = Finding(passed=rows.empty, rows=rows)
    finding.counts = {"checked_steps": int(steps), "articles_involved": len(finding.articles)}
    finding.notes = {
        "band": f"annual change between {ranges.change_min:+.0%} and {ranges.change_max:+.0%} ({ranges.source})"
    }
    return finding

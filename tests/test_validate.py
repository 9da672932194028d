"""The pandera schemas for facts and articles."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from bpjs_pipeline.validate import ArticlesSchema, FactsSchema, articles_frame, facts_frame, split_valid

GOOD = dict(
    article_id="000_x", table="targets", metric="active_participants", segment="all", program=None,
    year=2026, as_of=None, value=70_000_000.0, unit="persons",
    quote="menargetkan jumlah kepesertaan aktif sebanyak 70 juta pada 2026",
    sentence_start=10, sentence_end=80, value_start=50, value_end=57, approximate=False,
    year_rule="same_clause",
)


def failing_checks(**changes) -> set[str]:
    valid, failures = split_valid(FactsSchema, facts_frame([GOOD, dict(GOOD, **changes)]))
    assert list(valid.index) == [0], "the good row stays, the changed one goes"
    assert set(failures["row_index"]) == {1}
    assert set(failures["article_id"]) == {"000_x"}
    return set(failures["check"])


def test_a_good_fact_passes():
    valid, failures = split_valid(FactsSchema, facts_frame([GOOD, dict(GOOD, program="JHT", as_of="2026-02")]))
    assert len(valid) == 2 and failures.empty


def test_empty_frames_pass():
    valid, failures = split_valid(FactsSchema, facts_frame([]))
    assert valid.empty and failures.empty


@pytest.mark.parametrize(
    "changes, expected",
    [
        (dict(table="actuals"), "isin"),
        (dict(metric="villages"), "isin"),
        (dict(segment="urban"), "isin"),
        (dict(program="BPJS"), "isin"),
        (dict(unit="USD"), "isin"),
        (dict(value=0.0), "greater_than(0)"),
        (dict(value=-5.0), "greater_than(0)"),
        (dict(value=math.inf), "finite"),
        (dict(year=1976), "greater_than_or_equal_to(1977)"),
        (dict(year=2101), "less_than_or_equal_to(2100)"),
        (dict(as_of="2026/02"), "str_matches"),
        (dict(as_of="2026-13"), "str_matches"),
        (dict(as_of="2025-12-31"), "as_of_agrees_with_year"),
        (dict(quote="   "), "quote_not_blank"),
        (dict(sentence_start=-1), "greater_than_or_equal_to(0)"),
        (dict(sentence_start=80), "sentence_start_before_end"),
        (dict(value_end=50), "value_start_before_end"),
        (dict(table="funds"), "table_allows_metric"),
        (dict(table="participants", metric="managed_funds", unit="IDR"), "table_allows_metric"),
        (dict(metric="managed_funds"), "unit_matches_metric"),
        (dict(metric="employers"), "unit_matches_metric"),
    ],
)
def test_each_rule_rejects_its_violation(changes, expected):
    checks = failing_checks(**changes)
    assert any(expected in check for check in checks), checks


def test_funds_and_targets_accept_fund_metrics():
    rows = [dict(GOOD, table=t, metric="managed_funds", unit="IDR", value=1e15) for t in ("funds", "targets")]
    _, failures = split_valid(FactsSchema, facts_frame(rows))
    assert failures.empty


def test_a_missing_column_invalidates_every_row():
    frame = facts_frame([GOOD, GOOD]).drop(columns=["quote"])
    valid, failures = split_valid(FactsSchema, frame)
    assert valid.empty
    assert "column_in_dataframe" in set(failures["check"])


def test_articles_schema():
    frame = articles_frame([
        dict(article_id="a", title="Judul", publisher="Kompas.com", published_on="2023-05-12", body_chars=900),
        dict(article_id="b", title=None, publisher=None, published_on=None, body_chars=10),
        dict(article_id="c", title=" ", publisher="x", published_on="1800-01-01", body_chars=0),
        dict(article_id="d", title="Judul", publisher="x", published_on="2999-05-12", body_chars=900),
    ])
    valid, failures = split_valid(ArticlesSchema, frame)
    assert list(valid["article_id"]) == ["a", "b"]
    assert valid["published_on"].iloc[0] == "2023-05-12"
    assert set(failures["article_id"]) == {"c", "d"}
    # a date a datetime64 column cannot hold fails its own check, and only its row
    assert failures[failures["article_id"] == "d"]["check"].tolist() == ["less_than_or_equal_to(2100-12-31)"]
    assert {"title_not_blank", "greater_than(0)"} <= set(failures["check"])

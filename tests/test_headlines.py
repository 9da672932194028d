"""Headline choice in the by-year views, like-with-like conflicts, and corrections, on the
published warehouse built from crafted staging rows and from the seeds."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bpjs_pipeline.checks.schema import validate_relation
from bpjs_pipeline.warehouse import StagingStore, open_read_only, publish
from bpjs_pipeline.warehouse.corrections import apply_corrections, parse_row, read_corrections

from test_warehouse import fact, query, stage_article


def build(tmp_path: Path, articles: dict, corrections: str | None = None) -> Path:
    store = StagingStore(tmp_path / "bpjs.staging.duckdb")
    for article_id, (published_on, facts) in articles.items():
        stage_article(store, article_id, published_on, facts)
    path = None
    if corrections is not None:
        path = tmp_path / "corrections.csv"
        path.write_text(corrections, encoding="utf-8")
    warehouse = tmp_path / "bpjs.duckdb"
    publish(store, warehouse, path)
    con = open_read_only(warehouse)
    try:
        for relation in ("fact_participants", "fact_targets", "participants_by_year", "targets_by_year",
                         "target_progress", "conflicts", "corrections"):
            finding = validate_relation(con, relation)
            assert finding.passed, (relation, finding.rows.to_dict("records"))
    finally:
        con.close()
    return warehouse


def test_the_figure_most_sources_agree_on_beats_the_most_recent(tmp_path):
    warehouse = build(tmp_path, {
        "a": (date(2023, 1, 10), [fact("a", "participants", "active_participants", 2022, 35_860_000)]),
        "b": (date(2023, 3, 1), [fact("b", "participants", "active_participants", 2022, 35_900_000)]),
        "c": (date(2024, 6, 1), [fact("c", "participants", "active_participants", 2022, 30_000_000)]),
    })
    rows = query(warehouse, "SELECT value, source_article_id, choice, agreeing_sources, sources, min_value, "
                            "max_value, disputed FROM participants_by_year")
    # a and b agree within 2 %; b is the more recent of the two
    assert rows == [(35_900_000.0, "b", "most sources agree", 2, 3, 30_000_000.0, 35_900_000.0, True)]


def test_without_agreement_the_most_recent_article_then_the_most_precise_as_of(tmp_path):
    warehouse = build(tmp_path, {
        "a": (date(2024, 1, 10), [fact("a", "participants", "active_participants", 2022, 35_000_000)]),
        "b": (date(2024, 1, 10), [fact("b", "participants", "active_participants", 2022, 38_000_000,
                                       as_of="2022-12")]),
        "c": (date(2023, 3, 1), [fact("c", "participants", "active_participants", 2022, 30_000_000)]),
    })
    assert query(warehouse, "SELECT value, source_article_id, source_as_of, choice FROM participants_by_year") == [
        (38_000_000.0, "b", "2022-12", "most recent source")]


def test_an_implausible_figure_is_never_the_headline(tmp_path):
    warehouse = build(tmp_path, {
        "new": (date(2023, 5, 12), [fact("new", "targets", "managed_funds", 2026, 14_000e12)]),
        "old": (date(2022, 4, 6), [fact("old", "targets", "managed_funds", 2026, 1_000e12),
                                    fact("old", "funds", "managed_funds", 2021, 500e12, start=50)]),
        "only": (date(2022, 4, 6), [fact("only", "targets", "active_participants", 2030, 5e9)]),
    })
    assert query(warehouse, "SELECT article_id, plausible FROM fact_targets ORDER BY article_id") == [
        ("new", False), ("old", True), ("only", False)]
    assert query(warehouse, "SELECT metric, value, source_article_id, choice, sources, disputed, implausible_figures "
                            "FROM targets_by_year ORDER BY metric") == [
        ("active_participants", None, None, "no plausible figure", 1, False, 1),
        ("managed_funds", 1_000e12, "old", "only plausible source", 2, True, 1),
    ]
    # a target without a plausible figure has no row in target_progress
    assert query(warehouse, "SELECT metric, target_value, actual_value, share_achieved, target_disputed "
                            "FROM target_progress") == [("managed_funds", 1_000e12, 500e12, 0.5, True)]
    assert query(warehouse, "SELECT article_a, article_b FROM conflicts") == [("new", "old")]


def test_conflicts_compare_the_same_period_and_kind_of_statement(tmp_path):
    warehouse = build(tmp_path, {
        # a year total of 2022, stated in 2023
        "total": (date(2023, 5, 12), [fact("total", "participants", "active_participants", 2022, 35_860_000)]),
        # an April 2022 count, stated in April 2022 ("sekarang"): a snapshot of 2022-04
        "april": (date(2022, 4, 6), [fact("april", "participants", "active_participants", 2022, 30_600_000)]),
        # a February snapshot pinned by as_of, and another source for the same month
        "feb": (date(2022, 6, 1), [fact("feb", "participants", "active_participants", 2022, 30_000_000,
                                        as_of="2022-02")]),
        "feb2": (date(2022, 7, 1), [fact("feb2", "participants", "active_participants", 2022, 32_000_000,
                                         as_of="2022-02-28")]),
        # a December figure counts as the year's
        "dec": (date(2023, 2, 1), [fact("dec", "participants", "active_participants", 2022, 37_000_000,
                                        as_of="2022-12")]),
    })
    assert query(warehouse, "SELECT article_id, statement, period FROM fact_participants ORDER BY article_id") == [
        ("april", "snapshot", "2022-04"), ("dec", "year", "2022"), ("feb", "snapshot", "2022-02"),
        ("feb2", "snapshot", "2022-02"), ("total", "year", "2022")]
    assert query(warehouse, "SELECT article_a, article_b, statement, period FROM conflicts ORDER BY 1, 2") == [
        ("dec", "total", "year", "2022"), ("feb", "feb2", "snapshot", "2022-02")]


def test_seeds_target_progress_does_not_take_the_implausible_funds_target(seeds_warehouse):
    warehouse = seeds_warehouse
    (value, source, disputed), = query(
        warehouse, "SELECT target_value, target_source_article_id, target_disputed FROM target_progress "
                   "WHERE metric = 'managed_funds' AND segment = 'all' AND target_year = 2026")
    assert value == 1_000e12 and source.startswith("004_") and disputed
    assert query(warehouse, "SELECT count(*) FROM fact_targets WHERE metric = 'managed_funds' AND year = 2026 "
                            "AND value = 1.4e16 AND NOT plausible") == [(1,)]
    assert query(warehouse, "SELECT count(*) FROM conflicts WHERE metric = 'managed_funds' AND year = 2026 "
                            "AND 1.4e16 IN (value_a, value_b)") == [(1,)]
    # every conflict on the seeds compares the same kind of statement about the same period
    assert query(warehouse, "SELECT count(*) FROM conflicts c JOIN fact_participants a ON a.article_id = c.article_a "
                            "AND a.metric = c.metric AND a.year = c.year AND a.value = c.value_a "
                            "WHERE a.period <> c.period") == [(0,)]


@pytest.fixture(scope="module")
def seeds_warehouse(tmp_path_factory) -> Path:
    """The seeds extracted and published without Dagster (the same functions the assets call)."""
    from conftest import SEEDS_DIR
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    from bpjs_pipeline.ingest import read_article
    from bpjs_pipeline.validate import FactsSchema, facts_frame, split_valid
    import pandas as pd

    root = tmp_path_factory.mktemp("seeds_wh")
    store = StagingStore(root / "bpjs.staging.duckdb")
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        raw = read_article(path)
        store.replace_raw([raw.article_id], [(raw.article_id, raw)], [])
        cleaned = clean_article(raw.article_id, raw.text)
        store.replace_cleaned([raw.article_id], [cleaned], pd.DataFrame())
        valid, _ = split_valid(FactsSchema, facts_frame([f.to_record() for f in extract_facts(cleaned)]))
        store.replace_facts([raw.article_id], valid, pd.DataFrame())
    warehouse = root / "bpjs.duckdb"
    publish(store, warehouse)
    return warehouse


# -- corrections ---------------------------------------------------------------------------

CORRECTED_ARTICLES = {
    "a": (date(2023, 5, 12), [
        fact("a", "targets", "managed_funds", 2026, 14_000e12),
        fact("a", "participants", "active_participants", 2021, 35_860_000, start=50),
        fact("a", "participants", "participants", 2022, 6_000_000, segment="informal", start=100),
    ]),
}


def test_a_rejection_and_a_changed_year_are_applied_and_a_stale_row_is_reported(tmp_path):
    warehouse = build(tmp_path, CORRECTED_ARTICLES, (
        "article_id,value,value_start,action,table,metric,segment,program,year,note\n"
        "a,1.4e16,,reject,,,,,,typo in the article\n"
        "a,35860000,55,change,,,,,2022,the article means last year\n"
        "a,123456,,reject,,,,,,no such figure\n"
        "a,6000000,,change,,managed_funds,,,,wrong metric\n"
        "b,,,reject,,,,,,\n"
        "a,1.4e16,12x,change,,active_members,,,20x,an unknown metric\n"
    ))
    assert query(warehouse, "SELECT count(*) FROM fact_targets") == [(0,)]
    assert query(warehouse, "SELECT metric, year, corrected, original_year, original_metric, correction_note "
                            "FROM fact_participants ORDER BY value_start") == [
        ("active_participants", 2022, True, 2021, "active_participants", "the article means last year"),
        ("participants", 2022, False, None, None, None),
    ]
    assert query(warehouse, "SELECT year, value FROM participants_by_year WHERE metric = 'active_participants'") == [
        (2022, 35_860_000.0)]
    assert query(warehouse, "SELECT fact_count FROM articles") == [(2,)]
    statuses = query(warehouse, "SELECT line, matched_facts, status FROM corrections ORDER BY line")
    assert statuses[:3] == [(2, 1, "applied"), (3, 1, "applied"), (4, 0, "matches no extracted figure")]
    assert statuses[3][0] == 5 and statuses[3][2].startswith("invalid: metric managed_funds cannot be in table participants")
    assert statuses[4] == (6, 0, "invalid: give the figure's value or its value_start (or both)")
    # a row that cannot be used is shown as the person wrote it: what reads as a number, and every word
    assert query(warehouse, "SELECT value, value_start, action, metric, year, note, status FROM corrections "
                            "WHERE line = 7") == [
        (1.4e16, None, "change", "active_members", None, "an unknown metric",
         "invalid: value_start must be a plain number (base units, e.g. 1.4e16), got '12x'")]


def test_the_stale_correction_check_warns(tmp_path):
    from bpjs_pipeline.checks.corrections import unusable_corrections

    warehouse = build(tmp_path, CORRECTED_ARTICLES, (
        "article_id,action,value,year\n"
        "a,change,35860000,2022\n"
        "a,reject,99,\n"
    ))
    con = open_read_only(warehouse)
    try:
        finding = unusable_corrections(con)
    finally:
        con.close()
    assert not finding.passed
    assert finding.rows[["line", "status"]].values.tolist() == [[3, "matches no extracted figure"]]
    assert finding.counts["applied_corrections"] == 1


def test_bad_files_never_raise(tmp_path):
    missing = read_corrections(tmp_path / "absent.csv")
    assert missing == ([], [])
    path = tmp_path / "corrections.csv"
    path.write_text("article,figure\nx,1\n", encoding="utf-8")
    corrections, bad = read_corrections(path)
    assert corrections == [] and "missing column(s) article_id, action" in bad[0].reason
    path.write_bytes(b"\xff\xfe\x00garbage")
    corrections, bad = read_corrections(path)
    assert corrections == [] and bad[0].line in (0, 1)
    with pytest.raises(ValueError, match="action must be accept, reject or change"):
        parse_row(2, {"article_id": "a", "value": "1", "action": "delete"})
    with pytest.raises(ValueError, match="year must be a whole year"):
        parse_row(2, {"article_id": "a", "value": "1", "action": "change", "year": "20x"})


def test_apply_corrections_keeps_the_first_reading():
    import pandas as pd

    facts = pd.DataFrame([{"article_id": "a", "fact_table": "participants", "metric": "participants",
                           "segment": "all", "program": None, "year": 2021, "as_of": None, "value": 5e6,
                           "unit": "persons", "value_start": 3}])
    out, log = apply_corrections(facts, [parse_row(2, {"article_id": "a", "value_start": "3", "action": "change",
                                                       "table": "targets", "program": "JHT", "year": "2024"})])
    row = out.iloc[0]
    assert (row["fact_table"], row["program"], row["year"], row["corrected"]) == ("targets", "JHT", 2024, True)
    assert (row["original_table"], row["original_program"], row["original_year"]) == ("participants", None, 2021)
    assert log["status"].tolist() == ["applied"]


def test_a_confident_reading_beats_a_more_recent_unsure_one_of_one_article(tmp_path):
    """A figure one article states, read with low confidence, is not the headline when another
    article's reading of the same key is confident; with two articles behind it, it is again."""
    unsure_newer = {
        "sure": (date(2023, 1, 10), [fact("sure", "participants", "active_participants", 2022, 35_860_000,
                                          confidence=0.95)]),
        "unsure": (date(2024, 1, 10), [fact("unsure", "participants", "active_participants", 2022, 30_000_000,
                                            confidence=0.6)]),
    }
    warehouse = build(tmp_path / "one", unsure_newer)
    assert query(warehouse, "SELECT value, source_article_id, choice FROM participants_by_year") == [
        (35_860_000.0, "sure", "more confident reading")]
    assert query(warehouse, "SELECT article_id, confidence, reviewed FROM fact_participants ORDER BY article_id") == [
        ("sure", 0.95, False), ("unsure", 0.6, False)]
    # both unsure: the most recent article, as before
    both_unsure = {**unsure_newer, "sure": (date(2023, 1, 10), [fact(
        "sure", "participants", "active_participants", 2022, 35_860_000, confidence=0.7)])}
    warehouse = build(tmp_path / "two", both_unsure)
    assert query(warehouse, "SELECT value, choice FROM participants_by_year") == [(30_000_000.0, "most recent source")]
    # a reading between the two (0.8) is not unsure: the most recent article, as before
    middling = {**unsure_newer, "unsure": (date(2024, 1, 10), [fact(
        "unsure", "participants", "active_participants", 2022, 30_000_000, confidence=0.8)])}
    warehouse = build(tmp_path / "middling", middling)
    assert query(warehouse, "SELECT value, choice FROM participants_by_year") == [(30_000_000.0, "most recent source")]
    # two articles agree on the unsure figure: agreement backs it, and it is the most recent
    agreed = {**unsure_newer, "again": (date(2023, 6, 1), [fact(
        "again", "participants", "active_participants", 2022, 30_100_000, confidence=0.6)])}
    warehouse = build(tmp_path / "three", agreed)
    assert query(warehouse, "SELECT value, source_article_id, choice FROM participants_by_year") == [
        (30_000_000.0, "unsure", "most sources agree")]


def test_an_accepted_reading_is_reviewed_and_counts_as_sure(tmp_path):
    """`accept` confirms a figure as read: the fact is `reviewed` (not corrected, labels kept),
    the headline choice counts it as sure, and an accept with labels is refused."""
    articles = {
        "older": (date(2023, 1, 10), [fact("older", "participants", "active_participants", 2022, 35_860_000,
                                           confidence=0.5)]),
        "newer": (date(2024, 1, 10), [fact("newer", "participants", "active_participants", 2022, 30_000_000,
                                           confidence=0.6)]),
    }
    warehouse = build(tmp_path, articles, corrections=(
        "article_id,value,value_start,action,year,note,confidence,reading,figure,sentence\n"
        "older,35860000,5,accept,,checked against the annual report,0.5,whatever the list said,x,y\n"
        "newer,30000000,,accept,2021,,,,,\n"))
    assert query(warehouse, "SELECT article_id, reviewed, corrected, year, correction_note FROM fact_participants "
                            "ORDER BY article_id") == [
        ("newer", False, False, 2022, None), ("older", True, False, 2022, "checked against the annual report")]
    assert query(warehouse, "SELECT value, source_article_id, choice FROM participants_by_year") == [
        (35_860_000.0, "older", "more confident reading")]
    statuses = query(warehouse, "SELECT line, status FROM corrections ORDER BY line")
    assert statuses[0] == (2, "applied")
    assert statuses[1][0] == 3 and statuses[1][1].startswith("invalid: an accept takes no new table")

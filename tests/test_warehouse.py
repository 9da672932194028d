"""Staging writes and the published warehouse, on small crafted rows."""
from __future__ import annotations

import hashlib
import shutil
import threading
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from bpjs_pipeline.model import CleanedArticle, Fact, RawArticle
from bpjs_pipeline.validate import FactsSchema, facts_frame, split_valid
from bpjs_pipeline.warehouse import (
    PUBLISHED_RELATIONS,
    QuarantinedFile,
    StagingStore,
    describe,
    open_read_only,
    publish,
)


def raw(article_id: str, text: str | None = None) -> RawArticle:
    # Distinct texts: articles with the same text are one published article.
    text = text if text is not None else f"teks {article_id}"
    data = text.encode()
    return RawArticle(article_id, f"{article_id}.txt", hashlib.sha256(data).hexdigest(), len(data), text)


def fact(article_id: str, table: str, metric: str, year: int, value: float, *, segment="all",
         program=None, as_of=None, start=0, confidence=1.0) -> Fact:
    from bpjs_pipeline.model import METRICS

    return Fact(article_id, table, metric, segment, program, year, as_of, value, METRICS[metric],
                quote=f"{metric} {value}", sentence_start=start, sentence_end=start + 40,
                value_start=start + 5, value_end=start + 10, year_rule="same_clause", confidence=confidence)


ARTICLES = {
    # article_id: (published_on, facts)
    "a_2023": (date(2023, 5, 12), [
        fact("a_2023", "targets", "active_participants", 2026, 70_000_000),
        fact("a_2023", "participants", "active_participants", 2022, 35_860_000, start=50),
        fact("a_2023", "funds", "managed_funds", 2022, 598_000e9, start=100),
    ]),
    "b_2024": (date(2024, 2, 26), [
        fact("b_2024", "participants", "active_participants", 2023, 41_460_000),
        fact("b_2024", "targets", "active_participants", 2026, 70_000_000, start=50),
        fact("b_2024", "participants", "active_participants", 2022, 35_900_000, start=100),
        fact("b_2024", "targets", "managed_funds", 2024, 781_770e9, start=150),
    ]),
    "c_2018": (date(2018, 2, 5), [
        fact("c_2018", "targets", "participants", 2018, 700_000, segment="informal"),
        fact("c_2018", "participants", "active_participants", 2027, 1_000, start=50),  # after the target year
    ]),
}


def stage_article(store: StagingStore, article_id: str, published_on, facts: list[Fact]) -> None:
    store.replace_raw([article_id], [(article_id, raw(article_id))], [])
    store.replace_cleaned(
        [article_id], [CleanedArticle(article_id, f"Judul {article_id}", "Kompas.com", published_on, "badan")],
        pd.DataFrame(),
    )
    valid, failures = split_valid(FactsSchema, facts_frame([f.to_record() for f in facts]))
    assert failures.empty
    store.replace_facts([article_id], valid, failures)


@pytest.fixture(scope="module")
def built_once(tmp_path_factory) -> Path:
    """The staging store and the warehouse published from it, built once for the module."""
    folder = tmp_path_factory.mktemp("built")
    store = StagingStore(folder / "bpjs.staging.duckdb")
    for article_id, (published_on, facts) in ARTICLES.items():
        stage_article(store, article_id, published_on, facts)
    store.replace_raw(
        ["bad"], [], [QuarantinedFile("bad", "bad", "bad.txt", "00" * 32, "not valid UTF-8: byte 0xff at offset 3")]
    )
    publish(store, folder / "bpjs.duckdb")
    return folder


@pytest.fixture
def built(built_once, tmp_path) -> tuple[StagingStore, Path]:
    """A copy of the module's staging store and warehouse, for a test to change."""
    for name in ("bpjs.staging.duckdb", "bpjs.duckdb"):
        shutil.copy(built_once / name, tmp_path / name)
    return StagingStore(tmp_path / "bpjs.staging.duckdb"), tmp_path / "bpjs.duckdb"


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = open_read_only(warehouse)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_published_tables_split_facts_by_table(built):
    _, warehouse = built
    assert query(warehouse, "SELECT count(*) FROM fact_participants") == [(4,)]
    assert query(warehouse, "SELECT count(*) FROM fact_funds") == [(1,)]
    assert query(warehouse, "SELECT count(*) FROM fact_targets") == [(4,)]
    assert query(warehouse, "SELECT DISTINCT publisher, published_on FROM fact_targets WHERE article_id = 'b_2024'") == [
        ("Kompas.com", date(2024, 2, 26))
    ]
    articles = query(warehouse, "SELECT article_id, fact_count, title, published_on FROM articles ORDER BY 1")
    assert articles == [
        ("a_2023", 3, "Judul a_2023", date(2023, 5, 12)),
        ("b_2024", 4, "Judul b_2024", date(2024, 2, 26)),
        ("c_2018", 2, "Judul c_2018", date(2018, 2, 5)),
    ]
    assert query(warehouse, "SELECT file, reason FROM quarantine") == [
        ("bad.txt", "not valid UTF-8: byte 0xff at offset 3")
    ]


def test_by_year_views_take_the_most_recent_source(built):
    _, warehouse = built
    rows = query(
        warehouse,
        "SELECT value, source_article_id, sources, min_value, max_value FROM participants_by_year "
        "WHERE metric = 'active_participants' AND segment = 'all' AND program IS NULL AND year = 2022",
    )
    # b_2024 (published 2024) wins over a_2023 although a_2023 sorts first.
    assert rows == [(35_900_000.0, "b_2024", 2, 35_860_000.0, 35_900_000.0)]
    rows = query(warehouse, "SELECT metric, year, value, sources FROM targets_by_year ORDER BY metric, year")
    assert rows == [
        ("active_participants", 2026, 70_000_000.0, 2),
        ("managed_funds", 2024, 781_770e9, 1),
        ("participants", 2018, 700_000.0, 1),
    ]
    assert query(warehouse, "SELECT count(*) FROM funds_by_year") == [(1,)]


def test_target_progress_pairs_each_target_with_latest_actual_up_to_its_year(built):
    _, warehouse = built
    rows = query(
        warehouse,
        "SELECT metric, segment, target_year, target_value, actual_year, actual_value, round(share_achieved, 4) "
        "FROM target_progress ORDER BY metric, target_year",
    )
    assert rows == [
        # 2027's actual is after 2026 and is ignored; 2023's 41.46 million is the latest before.
        ("active_participants", "all", 2026, 70_000_000.0, 2023, 41_460_000.0, 0.5923),
        # The 2024 funds target only has the 2022 actual to compare with.
        ("managed_funds", "all", 2024, 781_770e9, 2022, 598_000e9, round(598_000 / 781_770, 4)),
        # No informal actual at all: the target stays, without a share.
        ("participants", "informal", 2018, 700_000.0, None, None, None),
    ]


def test_program_is_matched_null_safe(tmp_path):
    store = StagingStore(tmp_path / "s.duckdb")
    stage_article(store, "p", date(2024, 1, 1), [
        fact("p", "targets", "participants", 2025, 100_000, program="JHT"),
        fact("p", "participants", "participants", 2024, 50_000, program="JHT", start=50),
        fact("p", "participants", "participants", 2024, 80_000, start=100),  # all programmes
    ])
    warehouse = tmp_path / "w.duckdb"
    publish(store, warehouse)
    assert query(warehouse, "SELECT program, actual_value, share_achieved FROM target_progress") == [
        ("JHT", 50_000.0, 0.5)]


def test_reloading_an_article_is_idempotent(built):
    store, warehouse = built
    before = {name: query(warehouse, "SELECT * EXCLUDE (loaded_at) FROM articles ORDER BY article_id") for name in ["articles"]}
    counts_before = {n: s.row_count for n, s in describe(warehouse).items()}
    published_on, facts = ARTICLES["b_2024"]
    stage_article(store, "b_2024", published_on, facts)
    stage_article(store, "b_2024", published_on, facts)
    publish(store, warehouse)
    assert {n: s.row_count for n, s in describe(warehouse).items()} == counts_before
    assert query(warehouse, "SELECT * EXCLUDE (loaded_at) FROM articles ORDER BY article_id") == before["articles"]
    assert store.count("facts") == 9


def test_replacing_one_article_leaves_the_others(built):
    store, warehouse = built
    store.replace_facts(["a_2023"], facts_frame([]), pd.DataFrame())
    publish(store, warehouse)
    assert query(warehouse, "SELECT article_id, fact_count FROM articles ORDER BY 1") == [
        ("a_2023", 0), ("b_2024", 4), ("c_2018", 2)
    ]


def test_quarantine_keeps_first_seen_and_clears_downstream_rows(built):
    store, warehouse = built
    (first_seen,) = store.frame("SELECT first_seen FROM quarantine").iloc[0]
    store.replace_raw(["bad"], [], [QuarantinedFile("bad", "bad", "bad.txt", "00" * 32, "still bad")])
    row = store.frame("SELECT first_seen, last_seen, reason FROM quarantine").iloc[0]
    assert row["first_seen"] == first_seen and row["last_seen"] >= first_seen and row["reason"] == "still bad"
    # An article that becomes undecodable loses its cleaned text and facts.
    store.replace_raw(["a_2023"], [], [QuarantinedFile("a_2023", "a_2023", "a_2023.txt", None, "empty file")])
    assert store.count("facts", ["a_2023"]) == 0 and store.count("cleaned_articles", ["a_2023"]) == 0
    publish(store, warehouse)
    assert query(warehouse, "SELECT count(*) FROM quarantine") == [(2,)]
    assert query(warehouse, "SELECT count(*) FROM articles WHERE article_id = 'a_2023'") == [(0,)]


def test_remove_articles_deletes_every_row(built):
    store, warehouse = built
    assert store.remove_articles(["b_2024", "bad", "never_seen"]) == 2
    assert store.article_ids() == {"a_2023", "c_2018"}
    publish(store, warehouse)
    assert query(warehouse, "SELECT count(*) FROM fact_participants WHERE article_id = 'b_2024'") == [(0,)]
    assert query(warehouse, "SELECT count(*) FROM quarantine") == [(0,)]


def test_publish_replaces_the_file_and_readers_never_see_a_lock(built):
    store, warehouse = built
    reader = open_read_only(warehouse)  # a reader holding the old file
    errors: list[Exception] = []

    def read_repeatedly():
        for _ in range(30):
            try:
                con = open_read_only(warehouse)
                con.execute("SELECT count(*) FROM target_progress").fetchone()
                con.close()
            except Exception as exc:  # noqa: BLE001 - collected and asserted on
                errors.append(exc)

    thread = threading.Thread(target=read_repeatedly)
    thread.start()
    store.remove_articles(["c_2018"])
    publish(store, warehouse)
    thread.join()
    assert errors == []
    # The old reader still sees the old state; a new connection sees the new one.
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    reader.close()
    assert query(warehouse, "SELECT count(*) FROM articles") == [(2,)]
    assert not [p for p in warehouse.parent.iterdir() if p.name.endswith(".tmp")]


def test_every_published_relation_is_described(built):
    _, warehouse = built
    summary = describe(warehouse)
    assert set(summary) == set(PUBLISHED_RELATIONS)
    assert summary["target_progress"].kind == "view"
    assert summary["articles"].kind == "table"
    assert ("share_achieved", "DOUBLE") in summary["target_progress"].columns


def test_read_only_connection_cannot_write(built):
    _, warehouse = built
    con = open_read_only(warehouse)
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM articles")
    with pytest.raises(duckdb.Error):
        con.execute(f"COPY articles TO '{warehouse.parent / 'leak.csv'}'")
    con.close()

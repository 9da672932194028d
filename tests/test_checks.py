"""The asset checks on crafted inputs: each passes on clean data and fails, with metadata that
names the rows, articles and sentences, on a contradiction, an implausible figure, an article
with no figures and an extraction that got worse."""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from bpjs_pipeline.checks import (
    articles_without_facts,
    extraction_regressions,
    implausible_changes,
    implausible_values,
    load_ranges,
    source_conflicts,
    validate_warehouse,
)
from bpjs_pipeline.checks.schema import validate_relation
from bpjs_pipeline.model import METRICS
from bpjs_pipeline.orchestration.execute import run_pipeline
from bpjs_pipeline.settings import staging_path_for
from bpjs_pipeline.warehouse import StagingStore, open_read_only

HEADER = "Jakarta, Kompas.com - 10/01/2023, 10:00 WIB\n"
CONTRADICTION = (
    "Dana Kelolaan BPJS Ketenagakerjaan Tembus Rp 700 Triliun\n" + HEADER
    + "BPJS Ketenagakerjaan mencatat dana kelolaan sebesar Rp 700 triliun hingga akhir tahun 2022, "
      "naik dari tahun sebelumnya.\n"
    "Direktur Utama BPJS Ketenagakerjaan mengatakan capaian itu didorong oleh kenaikan jumlah peserta aktif.\n"
)
IMPLAUSIBLE = (
    "Peserta BPJS Ketenagakerjaan Melonjak\n" + HEADER
    + "BPJS Ketenagakerjaan mencatat jumlah peserta aktif sebanyak 900 juta orang pada tahun 2022, "
      "menurut laporan terbaru.\n"
    "Direktur Utama BPJS Ketenagakerjaan mengatakan capaian itu didorong oleh sosialisasi yang masif.\n"
)
NO_FIGURES = (
    "BPJS Ketenagakerjaan Gelar Sosialisasi di Sekolah\n" + HEADER
    + "BPJS Ketenagakerjaan menggelar sosialisasi program jaminan sosial kepada para guru dan siswa "
      "di sekolah menengah kejuruan.\n"
    "Kegiatan ini bertujuan memperkenalkan manfaat perlindungan sejak dini kepada calon pekerja muda.\n"
)
KOMPAS, WARTA = "000_7ee6b9d7b46a30da", "004_a8f0b8522d499fce"


def evaluation(instance: dg.DagsterInstance, asset: str, name: str):
    key = dg.AssetCheckKey(dg.AssetKey(asset.split("/")), name)
    record = instance.get_latest_asset_check_evaluation_record(key)
    assert record is not None and record.evaluation is not None, key
    return record.evaluation


def text(metadata_value) -> str:
    """A metadata value as text; a table as one `| cell | cell |` line per row."""
    if isinstance(metadata_value, dg.TableMetadataValue):  # as read: without the invisible line breaks
        return "\n".join("| " + " | ".join(str(v).replace("\u200b", "") for v in record.data.values()) + " |"
                         for record in metadata_value.records)
    return str(metadata_value.value)


def checks_by_name(summary) -> dict[tuple[str, str], object]:
    return {(c.asset, c.name): c for c in summary.checks}


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    """The committed seeds alone."""
    from conftest import SEEDS_DIR

    root = tmp_path_factory.mktemp("seeds_run")
    shutil.copytree(SEEDS_DIR, root / "seeds")
    instance = dg.DagsterInstance.ephemeral()
    summary = run_pipeline(root / "seeds", root / "bpjs.duckdb", instance)
    yield root / "bpjs.duckdb", instance, summary
    instance.dispose()


@pytest.fixture(scope="module")
def crafted_run(tmp_path_factory):
    """The seeds plus a contradicting article, an implausible one and one without figures."""
    from conftest import SEEDS_DIR

    root = tmp_path_factory.mktemp("crafted_run")
    seeds = root / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "zz_contradiction.txt").write_text(CONTRADICTION, encoding="utf-8")
    (seeds / "zz_implausible.txt").write_text(IMPLAUSIBLE, encoding="utf-8")
    (seeds / "zz_no_figures.txt").write_text(NO_FIGURES, encoding="utf-8")
    instance = dg.DagsterInstance.ephemeral()
    summary = run_pipeline(seeds, root / "bpjs.duckdb", instance)
    yield root / "bpjs.duckdb", instance, summary
    instance.dispose()


# -- on the seeds ----------------------------------------------------------------------------

def test_seeds_fire_the_2026_managed_funds_conflict(seeds_run):
    warehouse, instance, summary = seeds_run
    assert summary.success and summary.checks_passed
    checks = checks_by_name(summary)
    agree = checks[("warehouse/conflicts", "sources_agree")]
    assert not agree.passed and agree.severity == "WARN" and agree.failure_cases >= 1
    con = open_read_only(warehouse)
    try:
        rows = con.execute(
            "SELECT article_a, value_a, published_on_a, article_b, value_b, published_on_b, quote_a, quote_b, "
            "relative_difference FROM conflicts WHERE metric = 'managed_funds' AND fact_table = 'targets' "
            "AND year = 2026"
        ).fetchall()
    finally:
        con.close()
    assert len(rows) == 1
    a, va, da, b, vb, db, qa, qb, diff = rows[0]
    assert (a, va, str(da), b, vb, str(db)) == (KOMPAS, 14_000e12, "2023-05-12", WARTA, 1_000e12, "2022-04-06")
    assert "14.000" in qa and "1.000" in qb and diff == pytest.approx(13.0)
    metadata = evaluation(instance, "warehouse/conflicts", "sources_agree").metadata
    assert KOMPAS in text(metadata["articles"]) and WARTA in text(metadata["articles"])
    assert "14.000" in text(metadata["failure_cases_preview"])


def test_seeds_pass_schema_regression_and_coverage(seeds_run):
    _, _, summary = seeds_run
    checks = checks_by_name(summary)
    schema = [c for c in summary.checks if c.name == "schema_valid"]
    assert len(schema) == 11 and all(c.passed and c.severity == "ERROR" for c in schema)
    assert checks[("extracted_facts", "no_extraction_regression")].passed
    assert checks[("warehouse/articles", "every_article_has_facts")].passed
    assert checks[("warehouse/fact_participants", "plausible_values")].passed
    assert checks[("warehouse/participants_by_year", "plausible_year_on_year")].passed
    # Rp 14,000 trillion is above the managed-funds range: flagged in fact_targets and so not the
    # headline of targets_by_year, whose managed-funds series (Rp 781.77 trillion for 2024, Rp 1,000
    # trillion for 2026) stays inside the change band.
    assert not checks[("warehouse/fact_targets", "plausible_values")].passed
    assert checks[("warehouse/targets_by_year", "plausible_year_on_year")].passed


# -- crafted articles ------------------------------------------------------------------------

def test_a_contradicting_article_is_reported_with_both_sources(crafted_run):
    warehouse, instance, _ = crafted_run
    con = open_read_only(warehouse)
    try:
        finding = source_conflicts(con)
    finally:
        con.close()
    funds = finding.rows[(finding.rows["metric"] == "managed_funds") & (finding.rows["fact_table"] == "funds")]
    assert len(funds) == 1
    row = funds.iloc[0]
    assert (row["article_a"], row["value_a"]) == ("003_39a1d753849063c2", 627_690e9)
    assert (row["article_b"], row["value_b"]) == ("zz_contradiction", 700_000e9)
    assert "Rp 700 triliun" in row["quote_b"]
    assert row["relative_difference"] == pytest.approx(700 / 627.69 - 1)
    metadata = evaluation(instance, "warehouse/conflicts", "sources_agree").metadata
    assert "zz_contradiction" in text(metadata["articles"])


def test_an_implausible_figure_is_reported(crafted_run):
    _, instance, summary = crafted_run
    check = checks_by_name(summary)[("warehouse/fact_participants", "plausible_values")]
    assert not check.passed and check.severity == "WARN" and check.failure_cases == 1
    metadata = evaluation(instance, "warehouse/fact_participants", "plausible_values").metadata
    assert text(metadata["articles"]).strip() == "- `zz_implausible`"
    assert "900 juta" in text(metadata["failure_cases_preview"])
    assert "above" in text(metadata["failure_cases_preview"])


def test_an_article_without_figures_is_named(crafted_run):
    warehouse, instance, summary = crafted_run
    check = checks_by_name(summary)[("warehouse/articles", "every_article_has_facts")]
    assert not check.passed and check.failure_cases == 1
    metadata = evaluation(instance, "warehouse/articles", "every_article_has_facts").metadata
    assert "zz_no_figures" in text(metadata["articles"])
    assert "Gelar Sosialisasi" in text(metadata["failure_cases_preview"])
    con = open_read_only(warehouse)
    try:
        assert list(articles_without_facts(con).rows["article_id"]) == ["zz_no_figures"]
    finally:
        con.close()


def test_the_warnings_do_not_fail_the_run(crafted_run):
    _, _, summary = crafted_run
    assert summary.success and summary.checks_passed
    assert all(c.passed for c in summary.checks if c.severity == "ERROR")


# -- extraction regression -------------------------------------------------------------------

def test_a_broken_extractor_that_drops_a_metric_is_caught(tmp_path, seeds_copy, monkeypatch):
    import bpjs_pipeline.extract as extract

    warehouse = tmp_path / "bpjs.duckdb"
    real = extract.extract_facts
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_pipeline(seeds_copy, warehouse, instance)
        assert checks_by_name(first)[("extracted_facts", "no_extraction_regression")].passed
        con = open_read_only(warehouse)
        try:
            funds = con.execute(
                "SELECT article_id, quote FROM fact_funds WHERE metric = 'managed_funds' UNION ALL "
                "SELECT article_id, quote FROM fact_targets WHERE metric = 'managed_funds'"
            ).fetchall()
        finally:
            con.close()
        assert len(funds) >= 3

        monkeypatch.setattr(extract, "extract_facts",
                            lambda article: [f for f in real(article) if f.metric != "managed_funds"])
        broken = run_pipeline(seeds_copy, warehouse, instance, full=True)  # another extractor
        check = checks_by_name(broken)[("extracted_facts", "no_extraction_regression")]
        assert not check.passed and check.severity == "WARN"
        assert check.failure_cases == len(funds)
        metadata = evaluation(instance, "extracted_facts", "no_extraction_regression").metadata
        assert metadata["lost_facts"].value == len(funds)
        assert metadata["changed_facts"].value == 0 and metadata["new_facts"].value == 0
        assert metadata["articles_compared"].value == len(list(seeds_copy.glob("*.txt")))
        listed = text(metadata["articles"])
        assert all(article in listed for article, _ in funds)
        preview = text(metadata["failure_cases_preview"])
        assert preview.count("| lost ") == len(funds) and "managed_funds" in preview

        # The real extractor again: nothing is lost any more; the facts come back as new.
        monkeypatch.setattr(extract, "extract_facts", real)
        fixed = run_pipeline(seeds_copy, warehouse, instance, full=True)
        assert checks_by_name(fixed)[("extracted_facts", "no_extraction_regression")].passed
        metadata = evaluation(instance, "extracted_facts", "no_extraction_regression").metadata
        assert metadata["new_facts"].value == len(funds) and metadata["lost_facts"].value == 0


def test_a_changed_fact_and_a_changed_text(tmp_path, seeds_copy, monkeypatch):
    import bpjs_pipeline.extract as extract

    warehouse = tmp_path / "bpjs.duckdb"
    real = extract.extract_facts
    with dg.DagsterInstance.ephemeral() as instance:
        run_pipeline(seeds_copy, warehouse, instance)

        def wrong_year(article):
            facts = real(article)
            if article.article_id == KOMPAS:
                facts = [dataclasses.replace(facts[0], year=facts[0].year - 1), *facts[1:]]
            return facts

        monkeypatch.setattr(extract, "extract_facts", wrong_year)
        # Another article's text changes: it is not compared, whatever its facts.
        edited = seeds_copy / "002_fbcd5755f8d7bec6.txt"
        edited.write_text(edited.read_text(encoding="utf-8").replace("20,9 juta", "21,9 juta"), encoding="utf-8")
        summary = run_pipeline(seeds_copy, warehouse, instance, full=True)  # another extractor
        check = checks_by_name(summary)[("extracted_facts", "no_extraction_regression")]
        assert not check.passed and check.failure_cases == 1
        with StagingStore(staging_path_for(warehouse)).connection(read_only=True) as con:
            finding = extraction_regressions(con)
        assert finding.counts["articles_text_changed"] == 1
        rows = finding.rows
        assert list(rows["change"]) == ["changed"] and list(rows["article_id"]) == [KOMPAS]
        assert rows.iloc[0]["difference"].startswith("year ")
        # Limited to other articles, nothing is wrong.
        with StagingStore(staging_path_for(warehouse)).connection(read_only=True) as con:
            assert extraction_regressions(con, ["003_39a1d753849063c2"]).passed


# -- the plain functions on hand-made warehouses ---------------------------------------------

FACT_COLUMNS = ("article_id", "metric", "segment", "program", "year", "as_of", "value", "unit", "quote",
                "sentence_start", "sentence_end", "value_start", "value_end", "approximate",
                "year_rule", "publisher", "published_on")


def fact_row(article_id, metric, year, value, **kw):
    row = dict(article_id=article_id, metric=metric, segment="all", program=None, year=year, as_of=None,
               value=float(value), unit=METRICS[metric], quote=f"{metric} {value} pada {year}.",
               sentence_start=0, sentence_end=40, value_start=5, value_end=10, approximate=False,
               year_rule="same_clause", publisher="Kompas.com", published_on=date(2023, 1, 1))
    row.update(kw)
    return row


def warehouse_from(tmp_path: Path, participants=(), funds=(), targets=()) -> duckdb.DuckDBPyConnection:
    """A warehouse built by the real publish.sql and derived.sql from facts given as rows."""
    from bpjs_pipeline.warehouse.build_inputs import prepare_build
    from bpjs_pipeline.warehouse.sql import load_sql

    con = duckdb.connect(str(tmp_path / "hand.duckdb"))
    con.execute("ATTACH ':memory:' AS stg")
    con.execute(load_sql("staging_schema.sql").replace("CREATE TABLE IF NOT EXISTS ", "CREATE TABLE stg."))
    rows = [(r, "participants") for r in participants] + [(r, "funds") for r in funds] + \
           [(r, "targets") for r in targets]
    articles = sorted({(r["article_id"], r["publisher"], r["published_on"]) for r, _ in rows})
    for article_id, publisher, published_on in articles:
        con.execute("INSERT INTO stg.raw_articles BY NAME SELECT ? AS article_id, ? AS partition_key, "
                    "? AS file_name, ? AS sha256, 1 AS size_bytes, 'utf-8' AS encoding, ? AS text, "
                    "now() AS loaded_at",
                    [article_id, article_id, f"{article_id}.txt",
                     hashlib.sha256(article_id.encode()).hexdigest(), f"text of {article_id}"])
        con.execute("INSERT INTO stg.cleaned_articles VALUES (?, 'Judul', ?, ?, 'body', 4, now())",
                    [article_id, publisher, published_on])
    for row, table in rows:
        values = {k: row[k] for k in FACT_COLUMNS if k not in ("publisher", "published_on")}
        con.execute(
            "INSERT INTO stg.facts BY NAME SELECT * FROM (SELECT ? AS fact_table, now() AS extracted_at, "
            + ", ".join(f"? AS {k}" for k in values) + ")",
            [table, *values.values()],
        )
    prepare_build(con, None)
    con.execute(load_sql("publish.sql"))
    con.execute(load_sql("derived.sql"))
    return con


def test_sources_agree_within_two_percent(tmp_path):
    con = warehouse_from(tmp_path, participants=[
        fact_row("a", "active_participants", 2022, 35_860_000),
        fact_row("b", "active_participants", 2022, 36_500_000),  # 1.8 % apart: agree
        fact_row("c", "active_participants", 2021, 30_000_000),
        fact_row("d", "active_participants", 2021, 30_000_000, segment="informal"),  # another key
    ])
    assert source_conflicts(con).passed
    con.execute("INSERT INTO fact_participants SELECT * REPLACE (37_000_000.0 AS value, 'e' AS article_id) "
                "FROM fact_participants WHERE article_id = 'a'")
    finding = source_conflicts(con)
    assert not finding.passed
    assert sorted(zip(finding.rows["article_a"], finding.rows["article_b"])) == [("a", "e")]


def test_conflicts_list_the_first_ten_articles_of_a_side_and_count_them_all(tmp_path):
    """Twelve outlets repeat one figure, one gives another: the view names the first ten of the
    twelve (and counts twelve), the check names all thirteen articles."""
    many = [fact_row(f"a{i:02d}", "active_participants", 2022, 35_860_000) for i in range(12)]
    con = warehouse_from(tmp_path, participants=[*many, fact_row("z", "active_participants", 2022, 40_000_000)])
    ((articles_a, sources_a, article_b, articles_b, sources_b),) = con.execute(
        "SELECT articles_a, sources_a, article_b, articles_b, sources_b FROM conflicts").fetchall()
    assert articles_a == [f"a{i:02d}" for i in range(10)] and sources_a == 12
    assert (article_b, articles_b, sources_b) == ("z", ["z"], 1)
    finding = source_conflicts(con)
    assert finding.failure_cases == 1 and finding.articles == [f"a{i:02d}" for i in range(12)] + ["z"]
    assert validate_relation(con, "conflicts").passed


def test_plausible_ranges_cover_every_metric_and_catch_both_sides(tmp_path):
    ranges = load_ranges()
    assert set(ranges.ranges) == set(METRICS)
    assert ranges.ranges["active_participants"] == (100_000, 300_000_000)
    assert ranges.ranges["managed_funds"] == (1e12, 5_000e12)
    con = warehouse_from(tmp_path, participants=[
        fact_row("a", "active_participants", 2022, 35_000_000),
        fact_row("b", "active_participants", 2021, 35_000),  # juta read as ribu
    ], funds=[
        fact_row("a", "managed_funds", 2022, 600e12, sentence_start=50, sentence_end=90, value_start=55, value_end=60),
        fact_row("b", "managed_funds", 2021, 600e15, sentence_start=50, sentence_end=90, value_start=55, value_end=60),
    ])
    low = implausible_values(con, "fact_participants", ranges)
    assert list(zip(low.rows["article_id"], low.rows["side"])) == [("b", "below")]
    high = implausible_values(con, "fact_funds", ranges)
    assert list(zip(high.rows["article_id"], high.rows["side"])) == [("b", "above")]
    assert implausible_values(con, "fact_targets", ranges).passed


def test_year_on_year_band(tmp_path):
    ranges = load_ranges()
    con = warehouse_from(tmp_path, participants=[
        fact_row("a", "active_participants", 2018, 26_200_000),
        fact_row("a", "active_participants", 2022, 35_860_000),  # +8 %/year over 4 years
        fact_row("b", "active_participants", 2023, 41_460_000),  # +16 %
        fact_row("c", "active_participants", 2024, 90_000_000),  # +117 %: outside
        fact_row("c", "participants", 2024, 5_000_000, segment="informal"),  # a series of one
    ])
    finding = implausible_changes(con, "participants_by_year", ranges)
    assert finding.counts["checked_steps"] == 3
    assert list(zip(finding.rows["earlier_year"], finding.rows["later_year"])) == [(2023, 2024)]
    row = finding.rows.iloc[0]
    assert (row["earlier_article_id"], row["later_article_id"]) == ("b", "c")
    assert row["annual_change"] == pytest.approx(90 / 41.46 - 1)
    assert "90000000" in row["later_quote"]


def test_warehouse_schema_catches_a_bad_row(tmp_path):
    con = warehouse_from(tmp_path, participants=[fact_row("a", "active_participants", 2022, 35_860_000)])
    assert all(f.passed for f in validate_warehouse(con).values())
    # A fund metric among the participant facts, with a unit that does not match it.
    con.execute("INSERT INTO fact_participants SELECT * REPLACE ('managed_funds' AS metric) FROM fact_participants")
    findings = validate_warehouse(con)
    bad = findings["fact_participants"]
    assert not bad.passed and set(bad.rows["check"]) >= {"isin(('active_participants', 'registered_participants', "
                                                         "'participants', 'active_employers', 'employers'))",
                                                         "unit_matches_metric"}
    assert set(bad.rows["article_id"]) == {"a"}
    assert all(f.passed for name, f in findings.items() if name != "fact_participants")

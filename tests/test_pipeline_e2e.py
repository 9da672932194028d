"""Every asset materialized in-process on a copy of seeds/, then the warehouse queried."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import dagster as dg
import pytest

from bpjs_pipeline.orchestration.definitions import build_definitions
from bpjs_pipeline.orchestration.execute import run_pipeline
from bpjs_pipeline.orchestration.jobs import JOB_NAME
from bpjs_pipeline.warehouse import PUBLISHED_RELATIONS, open_read_only


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = open_read_only(warehouse)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def latest_metadata(instance: dg.DagsterInstance, key: dg.AssetKey) -> dict:
    event = instance.get_latest_materialization_event(key)
    assert event is not None, key
    return dict(event.asset_materialization.metadata)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One full run shared by the read-only assertions below."""
    from conftest import SEEDS_DIR
    import shutil

    root = tmp_path_factory.mktemp("e2e")
    seeds = root / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    # cp1252 text with a byte cp1252 leaves undefined (0x81): no sure decoding.
    (seeds / "zz_broken.txt").write_bytes("Peserta 35,86 juta – naik".encode("cp1252") + b"\x81")
    warehouse = root / "warehouse" / "bpjs.duckdb"
    instance = dg.DagsterInstance.ephemeral()
    summary = run_pipeline(seeds, warehouse, instance)
    yield seeds, warehouse, instance, summary
    instance.dispose()


def test_run_succeeds_and_summarises(first_run):
    seeds, _, _, summary = first_run
    articles = len(list(seeds.glob("*.txt")))
    assert summary.success, summary.failed_steps
    assert summary.partitions == 1 and len(summary.added) == 1  # one delivered batch
    assert summary.articles_read == articles - 1
    assert summary.quarantined == 1
    assert {"facts_schema_valid", "articles_schema_valid", "no_extraction_regression", "schema_valid",
            "sources_agree", "plausible_values", "plausible_year_on_year",
            "every_article_has_facts"} <= {c.name for c in summary.checks}
    # Errors pass; the seeds' known disagreements (tests/test_checks.py) only warn.
    assert all(c.passed for c in summary.checks if c.severity == "ERROR")
    assert summary.checks_passed
    assert set(summary.facts_per_table) == {"participants", "funds", "targets"}
    assert sum(summary.facts_per_table.values()) > 0


def test_warehouse_has_the_2026_target_of_70_million(first_run):
    _, warehouse, _, _ = first_run
    rows = query(
        warehouse,
        "SELECT value, sources FROM targets_by_year WHERE metric = 'active_participants' "
        "AND segment = 'all' AND program IS NULL AND year = 2026",
    )
    assert len(rows) == 1 and rows[0][0] == 70_000_000 and rows[0][1] >= 2
    progress = query(
        warehouse,
        "SELECT target_value, actual_year, actual_value, round(share_achieved, 2) FROM target_progress "
        "WHERE metric = 'active_participants' AND segment = 'all' AND program IS NULL AND target_year = 2026",
    )
    assert progress == [(70_000_000.0, 2023, 41_460_000.0, 0.59)]


def test_articles_and_quarantine_tables(first_run):
    seeds, warehouse, _, summary = first_run
    rows = query(warehouse, "SELECT article_id, publisher, published_on, fact_count FROM articles ORDER BY 1")
    assert [r[0] for r in rows] == sorted(p.stem for p in seeds.glob("*.txt") if p.stem != "zz_broken")
    assert ("000_7ee6b9d7b46a30da", "Kompas.com") == rows[0][:2] and str(rows[0][2]) == "2023-05-12"
    assert sum(r[3] for r in rows) == sum(summary.facts_per_table.values())
    quarantine = query(warehouse, "SELECT file, reason, first_seen <= last_seen FROM quarantine")
    assert quarantine == [("zz_broken.txt", quarantine[0][1], True)]
    assert "not valid UTF-8" in quarantine[0][1]
    facts = query(warehouse, "SELECT count(*) FROM fact_targets WHERE publisher IS NULL OR quote = ''")
    assert facts == [(0,)]


def test_every_materialization_records_count_preview_and_schema(first_run):
    _, warehouse, instance, summary = first_run
    keys = [dg.AssetKey(k) for k in ("raw_articles", "cleaned_articles", "extracted_facts")]
    keys += [dg.AssetKey(["warehouse", name]) for name in PUBLISHED_RELATIONS]
    for key in keys:
        metadata = latest_metadata(instance, key)
        assert isinstance(metadata["dagster/row_count"].value, int), key
        assert isinstance(metadata["dagster/column_schema"].value, dg.TableSchema), key
        assert metadata["dagster/column_schema"].value.columns, key
        # a batch lists its articles; a published relation shows its first rows
        assert isinstance(metadata["articles" if len(key.path) == 1 else "preview"], dg.TableMetadataValue), key
        if key.path[0] == "warehouse":  # every published column says what it means
            assert all(c.description for c in metadata["dagster/column_schema"].value.columns), key
    progress = latest_metadata(instance, dg.AssetKey(["warehouse", "target_progress"]))
    assert progress["dagster/row_count"].value == query(warehouse, "SELECT count(*) FROM target_progress")[0][0]
    # The delivered batch was materialized by the single run.
    assert instance.get_materialized_partitions(dg.AssetKey("extracted_facts")) == set(summary.added)


def test_rerun_is_idempotent_and_follows_removed_files(tmp_path, seeds_copy):
    warehouse = tmp_path / "w" / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_pipeline(seeds_copy, warehouse, instance)
        counts = {name: query(warehouse, f"SELECT count(*) FROM {name}")[0][0] for name in PUBLISHED_RELATIONS}
        again = run_pipeline(seeds_copy, warehouse, instance)
        assert again.added == [] and again.removed == []
        assert {name: query(warehouse, f"SELECT count(*) FROM {name}")[0][0] for name in PUBLISHED_RELATIONS} == counts
        assert again.facts_per_table == first.facts_per_table

        gone = "003_39a1d753849063c2"
        (seeds_copy / f"{gone}.txt").unlink()
        third = run_pipeline(seeds_copy, warehouse, instance)
        assert third.plan.deleted == [gone] and third.publish == "incremental"
        assert query(warehouse, f"SELECT count(*) FROM articles WHERE article_id = '{gone}'") == [(0,)]
        assert query(warehouse, f"SELECT count(*) FROM fact_participants WHERE article_id = '{gone}'") == [(0,)]
        assert query(warehouse, "SELECT count(*) FROM articles") == [(counts["articles"] - 1,)]


def test_one_new_file_costs_one_article(tmp_path, seeds_copy):
    """A batch delivering one file (as the sensor delivers it) touches that article only."""
    warehouse = tmp_path / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        run_pipeline(seeds_copy, warehouse, instance)
        # Not a byte-for-byte copy: the same text would be folded into 000_… as a duplicate.
        (seeds_copy / "new_article.txt").write_text(
            (seeds_copy / "000_7ee6b9d7b46a30da.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8"
        )
        instance.add_dynamic_partitions("batches", ["2026-12-04.0042"])
        job = build_definitions(seeds_copy, warehouse).resolve_job_def(JOB_NAME)
        result = job.execute_in_process(
            instance=instance, partition_key="2026-12-04.0042",
            run_config={"resources": {"article_selection": {"config": {"files": ["new_article.txt"]}}}})
        assert result.success
        raw = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("raw_articles")]
        assert [e.partition for e in raw] == ["2026-12-04.0042"]
        assert raw[0].materialization.metadata["dagster/row_count"].value == 1
        assert raw[0].materialization.metadata["article_count"].value == 1
        published = [e for e in result.get_asset_materialization_events()
                     if e.asset_key == dg.AssetKey(["warehouse", "articles"])]
        assert published[0].materialization.metadata["publish"].value == "incremental"
        assert published[0].materialization.metadata["articles_rebuilt"].value == 1
        assert query(warehouse, "SELECT fact_count > 0 FROM articles WHERE article_id = 'new_article'") == [(True,)]


def test_a_fact_failing_the_schema_is_rejected_alone(tmp_path, seeds_copy, monkeypatch):
    """A fact FactsSchema refuses is a reject (file and reason in the summary, the WARN check
    facts_schema_valid); its article's other facts and the other articles are published."""
    warehouse = tmp_path / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        run_pipeline(seeds_copy, warehouse, instance)
        before = query(warehouse, "SELECT article_id, count(*) FROM (SELECT article_id FROM fact_participants "
                                  "UNION ALL SELECT article_id FROM fact_funds UNION ALL SELECT article_id "
                                  "FROM fact_targets) GROUP BY ALL ORDER BY 1")

        import bpjs_pipeline.extract as extract

        real = extract.extract_facts

        def extract_with_a_bad_year(article):
            facts = real(article)
            if article.article_id == "000_7ee6b9d7b46a30da" and facts:
                facts = [dataclasses.replace(facts[0], year=1800), *facts[1:]]
            return facts

        monkeypatch.setattr(extract, "extract_facts", extract_with_a_bad_year)
        summary = run_pipeline(seeds_copy, warehouse, instance, full=True)  # another extractor
        check = {c.name: c for c in summary.checks}["facts_schema_valid"]
        assert not check.passed and check.failure_cases >= 1 and check.severity == "WARN"
        assert summary.success and summary.checks_passed, summary.failures
        assert summary.facts_per_table, "the warehouse was published"
        after = query(warehouse, "SELECT article_id, count(*) FROM (SELECT article_id FROM fact_participants "
                                 "UNION ALL SELECT article_id FROM fact_funds UNION ALL SELECT article_id "
                                 "FROM fact_targets) GROUP BY ALL ORDER BY 1")
        assert after == [(a, n - 1 if a == "000_7ee6b9d7b46a30da" else n) for a, n in before]
        assert query(warehouse, "SELECT count(*) FROM fact_targets WHERE year = 1800") == [(0,)]
        assert [f for f, reason in summary.rejected if "1800" in reason] == ["000_7ee6b9d7b46a30da.txt"]
        from bpjs_pipeline.settings import staging_path_for
        from bpjs_pipeline.warehouse import StagingStore

        rejects = StagingStore(staging_path_for(warehouse)).rejects("extracted_facts")
        assert set(rejects["article_id"]) == {"000_7ee6b9d7b46a30da"}
        assert "1800" in set(rejects["failure_case"])

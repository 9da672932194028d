"""Incremental runs: only new, changed or outdated files are processed, as new batches; deleted
ones leave; nothing changed publishes nothing. Also the process pool that does the per-article
work of a large batch."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

import bpjs_pipeline.extract as extract
from bpjs_pipeline import version
from bpjs_pipeline.batch import clean_one, extract_one, map_articles
from bpjs_pipeline.ingest import partition_key_for
from bpjs_pipeline.orchestration.execute import run_pipeline
from bpjs_pipeline.warehouse import open_read_only
from bpjs_pipeline.warehouse.incremental import StagedFile, file_sha256, plan_run
from conftest import SEEDS_DIR


def _query(warehouse: Path, sql: str) -> list[tuple]:
    con = open_read_only(warehouse)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _materialized(instance: dg.DagsterInstance, summary, asset: str) -> list[str]:
    """The partitions (batches) of `asset` the summary's runs materialized."""
    out = []
    for run_id in summary.run_ids:
        for record in instance.all_logs(run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION):
            event = record.dagster_event
            if event.asset_key == dg.AssetKey.from_user_string(asset):
                out.append(event.partition)
    return sorted(out)


@pytest.fixture
def counted_extraction(monkeypatch):
    """Counts the articles the extractor is called on (small batches run in this process)."""
    from bpjs_pipeline.batch import load_patterns

    load_patterns()  # the once-per-process warm-up reads a made-up article: not counted
    calls: list[str] = []
    real = extract.extract_facts

    def counting(article):
        calls.append(article.article_id)
        return real(article)

    monkeypatch.setattr(extract, "extract_facts", counting)
    return calls


def test_plan_sorts_files_into_new_changed_outdated_unchanged_deleted():
    staged = {
        "same": StagedFile("a", False, "a", "v1"),
        "edited": StagedFile("old", False, "old", "v1"),
        "old_extractor": StagedFile("c", False, "c", "v0"),
        "half_done": StagedFile("d", False, "older", "v1"),  # raw re-read, extraction not yet
        "bad_bytes": StagedFile("e", True, None, None),
        "gone": StagedFile("f", False, "f", "v1"),
    }
    current = {"same": "a", "edited": "new", "old_extractor": "c", "half_done": "d", "bad_bytes": "e",
               "fresh": "g", "unreadable": None}
    plan = plan_run(current, staged, "v1")
    assert plan.new == ["fresh", "unreadable"]
    assert plan.changed == ["edited"]
    assert plan.outdated == ["half_done", "old_extractor"]
    assert plan.unchanged == ["bad_bytes", "same"]
    assert plan.deleted == ["gone"]
    assert plan.stale == {"fresh", "unreadable", "edited", "half_done", "old_extractor"}
    assert plan_run(current, staged, "v1", full=True).stale == set(current)


def test_batch_keys_number_the_day_and_split_a_load():
    from datetime import datetime, timezone

    from bpjs_pipeline.orchestration.partitions import batch_keys, split_into_batches

    day = datetime(2026, 12, 4, 23, 59, tzinfo=timezone.utc)
    assert batch_keys([], 2, day) == ["2026-12-04.0001", "2026-12-04.0002"]
    assert batch_keys(["2026-12-03.0007", "2026-12-04.0002", "other"], 1, day) == ["2026-12-04.0003"]
    assert split_into_batches([str(i) for i in range(5)], size=2) == [["0", "1"], ["2", "3"], ["4"]]


def test_rerun_extracts_nothing_a_changed_file_alone_and_a_new_extractor_everything(
        tmp_path, seeds_copy, counted_extraction, monkeypatch):
    warehouse = tmp_path / "w" / "bpjs.duckdb"
    files = sorted(p.stem for p in seeds_copy.glob("*.txt"))
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_pipeline(seeds_copy, warehouse, instance)
        assert first.success and sorted(first.plan.new) == files and first.processed == len(files)
        assert sorted(counted_extraction) == files
        facts = _query(warehouse, "SELECT count(*) FROM fact_participants")

        counted_extraction.clear()
        again = run_pipeline(seeds_copy, warehouse, instance)
        assert again.success and again.checks_passed
        assert (len(again.plan.unchanged), again.processed, counted_extraction) == (len(files), 0, [])
        assert _materialized(instance, again, "raw_articles") == []
        # nothing changed: nothing published, no warehouse check, and the run says so
        assert again.publish == "unchanged" and again.checks == []
        assert _materialized(instance, again, "warehouse/articles") == []
        assert instance.get_run_by_id(again.run_id).tags["bpjs/warehouse"] == "unchanged"
        assert again.facts_per_table == first.facts_per_table, "the summary still gives the published counts"
        assert _query(warehouse, "SELECT count(*) FROM fact_participants") == facts

        victim = seeds_copy / f"{files[2]}.txt"
        victim.write_text(victim.read_text(encoding="utf-8") + "\nPeserta aktif mencapai 61,23 juta pada 2025.\n",
                          encoding="utf-8")
        counted_extraction.clear()
        changed = run_pipeline(seeds_copy, warehouse, instance)
        assert changed.success and changed.plan.changed == [partition_key_for(files[2])]
        assert counted_extraction == [files[2]]
        assert _materialized(instance, changed, "extracted_facts") == changed.added and len(changed.added) == 1
        assert changed.publish == "incremental"
        assert _query(warehouse, f"SELECT sha256, batch FROM articles WHERE article_id = '{files[2]}'") == [
            (file_sha256(victim), changed.added[0])]

        monkeypatch.setattr(version, "EXTRACTOR_VERSION", "test+another-extractor")
        counted_extraction.clear()
        upgraded = run_pipeline(seeds_copy, warehouse, instance)
        assert sorted(upgraded.plan.outdated) == [partition_key_for(f) for f in files]
        assert sorted(counted_extraction) == files
        counted_extraction.clear()
        assert run_pipeline(seeds_copy, warehouse, instance).processed == 0
        assert counted_extraction == []

        counted_extraction.clear()
        assert run_pipeline(seeds_copy, warehouse, instance, full=True).processed == len(files)
        assert sorted(counted_extraction) == files

        # every file moved to the --full run's batch: the batches left empty are gone
        assert instance.get_dynamic_partitions("batches") == sorted(
            {batch for (batch,) in _query(warehouse, "SELECT batch FROM articles")})

        (seeds_copy / f"{files[0]}.txt").unlink()
        counted_extraction.clear()
        removed = run_pipeline(seeds_copy, warehouse, instance)
        assert removed.plan.deleted == [partition_key_for(files[0])] and counted_extraction == []
        assert removed.publish == "incremental"
        assert _query(warehouse, f"SELECT count(*) FROM articles WHERE article_id = '{files[0]}'") == [(0,)]
        assert removed.articles_published == len(files) - 1


def test_an_incremental_publish_equals_a_whole_build(tmp_path, seeds_copy):
    """Two changed files, one new file sharing another's text, one deleted file: the warehouse the
    incremental publish leaves has the rows a build from nothing gives."""
    import shutil

    from corpus import checksums
    from bpjs_pipeline.settings import staging_path_for
    from bpjs_pipeline.warehouse import StagingStore, publish

    warehouse = tmp_path / "bpjs.duckdb"
    files = sorted(seeds_copy.glob("*.txt"))
    with dg.DagsterInstance.ephemeral() as instance:
        run_pipeline(seeds_copy, warehouse, instance)
        for path in (files[0], files[3]):
            path.write_text(path.read_text(encoding="utf-8") + "\nPeserta aktif mencapai 61,23 juta pada 2025.\n",
                            encoding="utf-8")
        shutil.copy(files[1], seeds_copy / "zz_same_text.txt")
        files[4].unlink()
        summary = run_pipeline(seeds_copy, warehouse, instance)
        assert summary.success and summary.publish == "incremental" and len(summary.run_ids) == 1
        assert sorted(summary.plan.changed + summary.plan.new) == sorted(
            [partition_key_for(files[0].stem), partition_key_for(files[3].stem), "zz_same_text"])
        assert _query(warehouse, f"SELECT file_names FROM articles WHERE article_id = '{files[1].stem}'") == [
            ([files[1].name, "zz_same_text.txt"],)]
    rebuilt = tmp_path / "rebuilt.duckdb"
    assert publish(StagingStore(staging_path_for(warehouse)), rebuilt).mode == "full"
    assert checksums(warehouse) == checksums(rebuilt)


def test_a_large_batch_runs_on_a_pool_with_the_same_results():
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS_DIR.glob("*.txt"))]
    serial = list(map_articles(clean_one, texts, workers=1))
    pooled = list(map_articles(clean_one, texts, workers=2, min_parallel=1, chunk=2))
    assert [a for a, _, _ in pooled] == [a for a, _ in texts]
    assert pooled == serial and all(ok for _, ok, _ in pooled)
    cleaned = [(a, c) for a, _, c in serial] + [("not_an_article", None)]
    facts = list(map_articles(extract_one, cleaned, workers=2, min_parallel=1, chunk=2))
    assert [ok for _, ok, _ in facts] == [True] * len(texts) + [False]
    assert facts[-1][2].startswith("AttributeError: ")
    assert [f for _, _, f in facts[:-1]] == [r for _, _, r in map_articles(extract_one, cleaned[:-1], workers=1)]
    assert sum(len(f) for _, _, f in facts[:-1]) > 0


def test_a_file_over_the_size_limit_is_never_read_and_costs_nothing_on_the_next_run(tmp_path, seeds_copy,
                                                                                     monkeypatch):
    """A 6 GB sparse file: neither hashed nor read (not one byte), quarantined with its size;
    the next run counts it as unchanged, and a run after it grew processes it again."""
    import os

    huge = seeds_copy / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(6 * 10**9)
    read_from_huge: list[int] = []
    real_read = os.read

    def counting_read(fd, n):
        if os.fstat(fd).st_size >= 6 * 10**9:
            read_from_huge.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting_read)
    warehouse = tmp_path / "w" / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_pipeline(seeds_copy, warehouse, instance)
        assert first.success and first.checks_passed
        assert dict(first.quarantine)["huge.txt"].startswith("file too large: 6000000000 bytes, limit 5000000")
        assert _query(warehouse, "SELECT sha256 FROM quarantine WHERE file = 'huge.txt'") == [(None,)]
        again = run_pipeline(seeds_copy, warehouse, instance)
        assert "huge" in again.plan.unchanged and again.processed == 0
        with open(huge, "r+b") as fh:
            fh.truncate(6 * 10**9 + 1)
        grown = run_pipeline(seeds_copy, warehouse, instance)
        assert grown.plan.changed == ["huge"]
    assert read_from_huge == []


def test_a_throw_away_instance_numbers_batches_after_the_staged_ones(tmp_path, seeds_copy, counted_extraction):
    """`bpjs-pipeline run` without DAGSTER_HOME starts from an empty instance each time: its new
    batch is numbered after the batches staging already holds, so it takes in no old file."""
    warehouse = tmp_path / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_pipeline(seeds_copy, warehouse, instance)
    (seeds_copy / "baru.txt").write_text((seeds_copy / sorted(p.name for p in seeds_copy.glob("*.txt"))[0]
                                          ).read_text(encoding="utf-8") + "\nBaru.\n", encoding="utf-8")
    counted_extraction.clear()
    with dg.DagsterInstance.ephemeral() as instance:
        second = run_pipeline(seeds_copy, warehouse, instance)
    assert second.success and second.added != first.added and counted_extraction == ["baru"]
    assert _query(warehouse, "SELECT batch, count(*) FROM articles GROUP BY ALL ORDER BY 1") == [
        (first.added[0], 5), (second.added[0], 1)]


UNDATED_PAGE = """Peserta aktif BPJS Ketenagakerjaan bertambah

BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 41,27 juta pekerja pada akhir tahun lalu.
Kepala kantor wilayah mengatakan perluasan kepesertaan terus dilakukan di semua daerah.
"""


def _manifest(folder: Path, url: str) -> None:
    (folder / "manifest.jsonl").write_text(
        '{"article_id": "undated", "url": "%s"}\n' % url, encoding="utf-8")


def test_a_page_without_a_date_takes_the_manifests_address_and_is_read_again_when_it_changes(
        tmp_path, counted_extraction):
    """A page that prints no date is dated by the address `manifest.jsonl` in the seeds folder gives it,
    its relative year counts from that date, the address is published, the manifest is never listed as
    a skipped file, and a run after the address changed processes that page again (and only it)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "undated.txt").write_text(UNDATED_PAGE, encoding="utf-8")
    (seeds / "other.txt").write_text(UNDATED_PAGE.replace("41,27", "40,13"), encoding="utf-8")
    _manifest(seeds, "https://ekonomi.example.id/read/2024/02/19/120000/peserta-aktif")
    warehouse = tmp_path / "w" / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(seeds, warehouse, instance).success
        rows = _query(warehouse, "SELECT article_id, published_on, url FROM articles ORDER BY article_id")
        assert [(a, str(d) if d else None, u) for a, d, u in rows] == [
            ("other", None, None),
            ("undated", "2024-02-19", "https://ekonomi.example.id/read/2024/02/19/120000/peserta-aktif")]
        assert _query(warehouse, "SELECT year, value FROM fact_participants WHERE article_id = 'undated'") == [
            (2023, 41_270_000)]
        assert _query(warehouse, "SELECT count(*) FROM quarantine") == [(0,)]

        counted_extraction.clear()
        assert run_pipeline(seeds, warehouse, instance).processed == 0 and counted_extraction == []

        _manifest(seeds, "https://ekonomi.example.id/read/2025/03/10/083000/peserta-aktif")
        counted_extraction.clear()
        moved = run_pipeline(seeds, warehouse, instance)
        assert moved.success and moved.plan.outdated == ["undated"] and counted_extraction == ["undated"]
        assert _query(warehouse, "SELECT published_on::VARCHAR FROM articles WHERE article_id = 'undated'") == [
            ("2025-03-10",)]
        assert _query(warehouse, "SELECT year FROM fact_participants WHERE article_id = 'undated'") == [(2024,)]

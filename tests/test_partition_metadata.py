"""In a batch run, every `articles` partition records its own materialization metadata."""
from __future__ import annotations

import shutil

import dagster as dg

from bpjs_pipeline.orchestration.execute import run_pipeline
from bpjs_pipeline.warehouse import open_read_only


def partition_metadata(instance: dg.DagsterInstance, asset: str, partition: str) -> dict:
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=[partition]), limit=1).records
    assert records, (asset, partition)
    return {k: v.value for k, v in records[0].asset_materialization.metadata.items()}


def test_each_partition_of_a_batch_records_its_own_article(tmp_path):
    from conftest import SEEDS_DIR

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "zz_empty.txt").write_text("   \n", encoding="utf-8")  # quarantined: no rows of its own
    warehouse = tmp_path / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        summary = run_pipeline(seeds, warehouse, instance)
        assert summary.success and summary.articles_read == 5 and summary.quarantined == 1
        con = open_read_only(warehouse)
        try:
            articles = con.execute("SELECT article_id, fact_count, title, publisher, published_on FROM articles").fetchall()
            per_table = dict(((a, t), n) for a, t, n in con.execute(
                "SELECT article_id, 'participants', count(*) FROM fact_participants GROUP BY 1 UNION ALL "
                "SELECT article_id, 'targets', count(*) FROM fact_targets GROUP BY 1").fetchall())
        finally:
            con.close()
        assert len({n for _, n, *_ in articles}) > 1  # the articles differ, so a batch figure cannot pass
        for article_id, fact_count, title, publisher, published_on in articles:
            facts = partition_metadata(instance, "extracted_facts", article_id)
            assert facts["partition_rows"] == fact_count, article_id
            # beside the partition's own count, the whole table's (the asset page's "Row count")
            total = sum(n for _, n, *_ in articles)
            assert facts["table_rows"] == facts["dagster/row_count"] == total, article_id
            assert facts["article_id"] == article_id
            assert (facts["title"], facts["publisher"], facts["published_on"]) == (
                title or "", publisher or "", str(published_on or ""))
            assert facts["facts_participants"] == per_table.get((article_id, "participants"), 0)
            assert facts["facts_targets"] == per_table.get((article_id, "targets"), 0)
            preview = facts["preview"]
            assert len(preview.records) == min(fact_count, 10)
            assert partition_metadata(instance, "raw_articles", article_id)["partition_rows"] == 1
            assert partition_metadata(instance, "cleaned_articles", article_id)["title"] == (title or "")
        observed = instance.fetch_observations(dg.AssetKey("extracted_facts"), limit=1).records
        totals = {k: v.value for k, v in observed[0].asset_observation.metadata.items()}
        assert totals["batch_partitions"] == 6 and totals["batch_rows"] == sum(n for _, n, *_ in articles)
        assert totals["table_rows"] == sum(n for _, n, *_ in articles)
        empty = partition_metadata(instance, "raw_articles", "zz_empty")
        assert empty["partition_rows"] == 0 and empty["quarantined"].startswith("no text")
        assert partition_metadata(instance, "extracted_facts", "zz_empty")["partition_rows"] == 0

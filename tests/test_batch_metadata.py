"""Each batch's materialization lists its articles (status, title, facts, problem), and one
article is processed again by naming it: what a person sees and does in the UI."""
from __future__ import annotations

import re
import shutil

import dagster as dg

from bpjs_pipeline.orchestration.definitions import build_definitions
from bpjs_pipeline.orchestration.execute import run_pipeline
from bpjs_pipeline.orchestration.jobs import JOB_NAME
from bpjs_pipeline.warehouse import open_read_only


def batch_metadata(instance: dg.DagsterInstance, asset: str, batch: str) -> dict:
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=[batch]), limit=1).records
    assert records, (asset, batch)
    return {k: v.value for k, v in records[0].asset_materialization.metadata.items()}


def rows(table: dg.TableMetadataValue) -> dict[str, dict]:
    """The rows of an `articles` table by file."""
    return {r.data["file"]: r.data for r in table.records}


def markdown_rows(markdown: str) -> list[dict]:
    """The rows of a Markdown table (`markdown_table`), its escapes undone."""
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    if not lines:
        return []

    def cells(line: str) -> list[str]:
        parts = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        return [re.sub(r"\\(.)", r"\1", p.strip()) for p in parts]

    header = cells(lines[0])
    return [dict(zip(header, cells(line))) for line in lines[2:]]


def detail(markdown: str) -> dict[str, dict]:
    """The rows of an `articles_detail` table by file."""
    return {r["file"]: r for r in markdown_rows(markdown)}


def test_a_batch_lists_every_article_and_one_is_processed_again_by_name(tmp_path):
    from conftest import SEEDS_DIR

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "zz_empty.txt").write_text("   \n", encoding="utf-8")  # quarantined: no rows of its own
    warehouse = tmp_path / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        summary = run_pipeline(seeds, warehouse, instance)
        assert summary.success and summary.articles_read == 5 and summary.quarantined == 1
        (batch,) = summary.added
        assert instance.get_dynamic_partitions("batches") == [batch]
        con = open_read_only(warehouse)
        try:
            articles = con.execute("SELECT file_name, fact_count, title, published_on, batch FROM articles").fetchall()
        finally:
            con.close()
        assert len({n for _, n, *_ in articles}) > 1  # the articles differ, so a batch figure cannot pass
        facts = batch_metadata(instance, "extracted_facts", batch)
        listed = rows(facts["articles"])
        assert set(listed) == {f for f, *_ in articles} | {"zz_empty.txt"}
        assert set(next(iter(listed.values()))) == {"file", "status", "this_run"}  # narrow on the page
        described = detail(facts["articles_detail"])
        assert set(described) == set(listed)
        for file_name, fact_count, title, published_on, in_batch in articles:
            assert listed[file_name]["status"] == "published" and listed[file_name]["this_run"] == "yes"
            row = described[file_name]
            assert in_batch == batch and row["status"] == "published" and row["this_run"] == "yes"
            assert row["title"] == " ".join((title or "").split()) and row["published_on"] == str(published_on or "")
            assert sum(int(row[f"facts_{t}"]) for t in ("participants", "funds", "targets")) == fact_count
        assert listed["zz_empty.txt"]["status"] == "quarantined"
        assert described["zz_empty.txt"]["problem"].startswith("no text")
        assert facts["dagster/row_count"] == sum(n for _, n, *_ in articles)
        assert facts["status_published"] == 5 and facts["status_quarantined"] == 1
        assert len(markdown_rows(facts["facts"])) == min(facts["dagster/row_count"], 100)
        raw = detail(batch_metadata(instance, "raw_articles", batch)["articles_detail"])
        assert raw["zz_empty.txt"]["status"] == "quarantined" and raw[articles[0][0]]["encoding"] == "utf-8"
        assert detail(batch_metadata(instance, "cleaned_articles", batch)["articles_detail"])[articles[0][0]][
            "title"] == " ".join((articles[0][2] or "").split())

        # One article again, from its batch, by name (the launchpad's resource config).
        one = articles[1][0]
        job = build_definitions(seeds, warehouse).resolve_job_def(JOB_NAME)
        result = job.execute_in_process(
            instance=instance, partition_key=batch,
            run_config={"resources": {"article_selection": {"config": {"files": [one]}}}})
        assert result.success
        again = batch_metadata(instance, "extracted_facts", batch)
        assert again["processed_in_run"] == 1 and again["article_count"] == 6
        assert [f for f, r in rows(again["articles"]).items() if r["this_run"]] == [one]
        assert {r["article_id"] for r in markdown_rows(again["facts"])} == {one[:-4]}
        assert len(markdown_rows(again["facts"])) == articles[1][1]

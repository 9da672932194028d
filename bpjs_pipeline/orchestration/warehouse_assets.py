"""The published warehouse: every table and view rebuilt from staging in one step."""

import dagster as dg

from bpjs_pipeline.ingest.discover import scan_seed_folder
from bpjs_pipeline.orchestration.assets import TRANSIENT_RETRY, cleaned_articles, extracted_facts, raw_articles
from bpjs_pipeline.orchestration.metadata import table_metadata
from bpjs_pipeline.orchestration.partitions import ARTICLES_PARTITIONS_NAME, article_ids_for
from bpjs_pipeline.orchestration.resources import PipelinePaths, StagingDuckDB
from bpjs_pipeline.warehouse.gate import WarehouseRejected
from bpjs_pipeline.warehouse.run_lock import warehouse_write_lock
from bpjs_pipeline.warehouse import PUBLISHED_VIEWS, open_read_only, publish

GROUP = "warehouse"
KEY_PREFIX = "warehouse"

DESCRIPTIONS = {
    "articles": "One row per decoded article: file, sha256, title, publisher, published_on, "
                "number of facts and when it was loaded.",
    "quarantine": "Every file of the seeds folder that is not published as an article (could not "
                  "surely be decoded, too large, binary, HTML, vanished, processing failed, a "
                  "symlink or not a .txt file), with the reason and when it was first and last seen.",
    "fact_participants": "Actual participant and employer counts, one row per fact, with the "
                         "article's publisher and publication date.",
    "fact_funds": "Actual fund figures (managed funds, assets, contributions, investment returns, "
                  "benefits paid) in rupiah, one row per fact.",
    "fact_targets": "Targets, goals, projections and forecasts, one row per fact.",
    "participants_by_year": "View: one row per metric, segment, program and year of "
                            "fact_participants; the value from the most recent source, the number "
                            "of sources, min and max.",
    "funds_by_year": "View: fact_funds summarised like participants_by_year.",
    "targets_by_year": "View: fact_targets summarised like participants_by_year.",
    "target_progress": "View: each target beside the most recent actual for the same metric, "
                       "segment and program up to the target's year, and the share achieved.",
    "conflicts": "View: pairs of articles that give the same table, metric, segment, program and "
                 "year more than 2 % apart, with both values, both sentences and the relative "
                 "difference (the `sources_agree` check).",
}
DEPENDS_ON = {
    "articles": [raw_articles, cleaned_articles, extracted_facts],
    "quarantine": [raw_articles],
}

warehouse_specs = [
    dg.AssetSpec(
        key=dg.AssetKey([KEY_PREFIX, name]),
        description=description,
        group_name=GROUP,
        kinds={"duckdb", "view" if name in PUBLISHED_VIEWS else "table"},
        deps=DEPENDS_ON.get(name, [extracted_facts]),
    )
    for name, description in DESCRIPTIONS.items()
]


@dg.multi_asset(
    name="published_warehouse",
    specs=warehouse_specs,
    retry_policy=TRANSIENT_RETRY,
    description=(
        "Prunes staged rows of articles whose partition is gone, then rebuilds the warehouse "
        "file from staging into a temporary file and swaps it into place (os.replace)."
    ),
)
def published_warehouse(context: dg.AssetExecutionContext, paths: PipelinePaths, staging_duckdb: StagingDuckDB):
    # One writer per warehouse (re-entrant: `bpjs-pipeline run` already holds it); a busy lock
    # fails the step and its retry policy tries again.
    with warehouse_write_lock(paths.warehouse_path):
        yield from _publish_warehouse(context, paths, staging_duckdb)


def _publish_warehouse(context: dg.AssetExecutionContext, paths: PipelinePaths, staging_duckdb: StagingDuckDB):
    store = staging_duckdb.store()
    current = set(article_ids_for(context.instance.get_dynamic_partitions(ARTICLES_PARTITIONS_NAME)))
    stale = store.article_ids() - current
    if stale:
        removed = store.remove_articles(stale)
        context.log.info(f"removed the staged rows of {removed} article(s) without a partition")
    _, skipped = scan_seed_folder(paths.seeds_path)
    store.replace_skipped((entry.file, entry.reason) for entry in skipped)
    try:
        summary = publish(store, paths.warehouse_path)
    except WarehouseRejected as exc:  # a blocking check failed on the new file: nothing published
        raise dg.Failure(
            description=str(exc), allow_retries=False,
            metadata={"failure_cases": dg.MetadataValue.int(len(exc.failures)),
                      "articles": dg.MetadataValue.md("\n".join(f"- `{a}`" for a in exc.articles) or "_none_")},
        ) from None
    con = open_read_only(paths.warehouse_path)
    try:
        for name in DESCRIPTIONS:
            relation = summary[name]
            preview = con.execute(f'SELECT * FROM "{name}" LIMIT 10').df()
            yield dg.MaterializeResult(
                asset_key=dg.AssetKey([KEY_PREFIX, name]),
                metadata=table_metadata(
                    relation.row_count,
                    relation.columns,
                    preview,
                    warehouse=dg.MetadataValue.path(str(paths.warehouse_path)),
                    pruned_articles=dg.MetadataValue.int(len(stale)),
                ),
            )
    finally:
        con.close()

"""The published warehouse: every table and view rebuilt from staging in one step."""

import dagster as dg

from bpjs_pipeline.ingest.discover import scan_seed_folder
from bpjs_pipeline.orchestration.assets import OWNERS, TRANSIENT_RETRY, cleaned_articles, extracted_facts, raw_articles
from bpjs_pipeline.orchestration.metadata import PREVIEW_ROWS, table_metadata
from bpjs_pipeline.orchestration.partitions import ARTICLES_PARTITIONS_NAME, article_ids_for
from bpjs_pipeline.orchestration.resources import PipelinePaths, StagingDuckDB
from bpjs_pipeline.warehouse.gate import WarehouseRejected
from bpjs_pipeline.warehouse.run_lock import warehouse_write_lock
from bpjs_pipeline.report.charts import charts_markdown, target_charts
from bpjs_pipeline.warehouse import PUBLISHED_VIEWS, open_read_only, publish

GROUP = "warehouse"
KEY_PREFIX = "warehouse"

DESCRIPTIONS = {
    "articles": "One row per published article (distinct content): file, sha256, every file name, "
                "title, publisher, published_on, number of facts, when it was loaded, and the cleaned "
                "`body` every fact's offsets count in (substr(body, value_start + 1, value_end - "
                "value_start) is the figure as written).",
    "quarantine": "Every file of the seeds folder that is not published as an article (could not "
                  "surely be decoded, too large, binary, HTML, vanished, processing failed, a "
                  "symlink or not a .txt file), with the reason and when it was first and last seen.",
    "fact_participants": "Actual participant and employer counts, one row per fact, with the "
                         "article's publisher and publication date.",
    "fact_funds": "Actual fund figures (managed funds, assets, contributions, investment returns, "
                  "benefits paid) in rupiah, one row per fact.",
    "fact_targets": "Targets, goals, projections and forecasts, one row per fact.",
    "participants_by_year": "View: one row per metric, segment, program and year of fact_participants: "
                            "the headline value chosen among the plausible figures (the figure most "
                            "sources agree on, else the most recent article with the most precise as_of), "
                            "which rule chose it, the number of sources, min, max and whether sources "
                            "disagree (disputed).",
    "funds_by_year": "View: fact_funds summarised like participants_by_year.",
    "targets_by_year": "View: fact_targets summarised like participants_by_year.",
    "target_progress": "View: each target's headline value beside the latest headline actual for the "
                       "same metric, segment and program up to the target's year, and the share "
                       "achieved. The `chart` metadata (Events tab, Show Markdown) draws each target "
                       "series (metric, segment, programme) with its actuals by year, the numbers in a "
                       "table under each chart.",
    "conflicts": "View: pairs of articles that disagree about the same thing (same table, metric, "
                 "segment, program, year, kind of statement and period) by more than 2 %, with both "
                 "values, both sentences and the relative difference (the `sources_agree` check).",
}
DESCRIPTIONS["corrections"] = (
    "Every row of the corrections file (corrections.csv beside the seeds folder, or BPJS_CORRECTIONS) "
    "with the figures it matched and its status; applied when the warehouse is built (the "
    "`corrections_apply` check)."
)
FACT_TABLES = ("fact_participants", "fact_funds", "fact_targets")
# Dependencies first: a multi-asset yields its results in this order.
ORDER = ("articles", "quarantine", "corrections", *FACT_TABLES, "conflicts", "participants_by_year",
         "funds_by_year", "targets_by_year", "target_progress")
DESCRIPTIONS = {name: DESCRIPTIONS[name] for name in ORDER}
# What each relation is built from: the per-article assets, or other relations of the warehouse.
DEPENDS_ON = {
    "articles": [raw_articles, cleaned_articles, extracted_facts],
    "quarantine": [raw_articles, cleaned_articles, extracted_facts],
    "corrections": [extracted_facts],
    **{table: [extracted_facts, "articles", "corrections"] for table in FACT_TABLES},
    "conflicts": list(FACT_TABLES),
    "participants_by_year": ["fact_participants", "conflicts"],
    "funds_by_year": ["fact_funds", "conflicts"],
    "targets_by_year": ["fact_targets", "conflicts"],
    "target_progress": ["targets_by_year", "participants_by_year", "funds_by_year"],
}
# How each relation's preview is sorted.
SORT_BY = {
    "articles": ("article_id",),
    "quarantine": ("file",),
    "corrections": ("line",),
    **{table: ("article_id", "metric", "segment", "year", "value_start") for table in FACT_TABLES},
    "conflicts": ("fact_table", "metric", "segment", "year", "article_a", "article_b"),
    **{view: ("metric", "segment", "program", "year") for view in
       ("participants_by_year", "funds_by_year", "targets_by_year")},
    "target_progress": ("metric", "segment", "program", "target_year"),
}


def _dep(dep) -> object:
    return dg.AssetKey([KEY_PREFIX, dep]) if isinstance(dep, str) else dep


warehouse_specs = [
    dg.AssetSpec(
        key=dg.AssetKey([KEY_PREFIX, name]),
        description=description,
        group_name=GROUP,
        kinds={"duckdb", "view" if name in PUBLISHED_VIEWS else "table"},
        deps=[_dep(d) for d in DEPENDS_ON[name]],
        owners=OWNERS,
        tags={"layer": "published", "relation": "view" if name in PUBLISHED_VIEWS else "table"},
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
        summary = publish(store, paths.warehouse_path, paths.corrections_path)
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
            order = ", ".join(f'"{c}" NULLS FIRST' for c in SORT_BY[name])
            # the articles' bodies stay out of the preview (`explain --article` shows one)
            columns = "* EXCLUDE (body)" if name == "articles" else "*"
            preview = con.execute(f'SELECT {columns} FROM "{name}" ORDER BY {order} LIMIT {PREVIEW_ROWS}').df()
            extra = {}
            if name == "target_progress":
                charts = target_charts(con)
                extra["chart"] = dg.MetadataValue.md(charts_markdown(charts))
                extra["charts"] = dg.MetadataValue.int(len(charts))
            if name == "corrections":
                for line, article_id, status in con.execute(
                        "SELECT line, article_id, status FROM corrections WHERE status <> 'applied'").fetchall():
                    context.log.warning(f"{paths.corrections_path.name} line {line} ({article_id}): {status}")
            yield dg.MaterializeResult(
                asset_key=dg.AssetKey([KEY_PREFIX, name]),
                metadata=table_metadata(
                    relation.row_count,
                    relation.columns,
                    preview,
                    relation=name,
                    sort_by=SORT_BY[name],
                    warehouse=dg.MetadataValue.path(str(paths.warehouse_path)),
                    pruned_articles=dg.MetadataValue.int(len(stale)),
                    **extra,
                ),
            )
    finally:
        con.close()

"""The published warehouse: every table and view, brought up to date with staging in one step.

The step removes the staged rows of files that left the seeds folder, then publishes
(`bpjs_pipeline/warehouse/publish.py`): nothing when staging, the corrections file and the code
are what the published file was built from, else the rows that changed, else everything. When
nothing changed it materializes nothing, so no warehouse check runs again, and the run says so
(run tag `bpjs/warehouse`: `unchanged`, and the log); otherwise it materializes every
relation, with the run tag `incremental` or `full`.
"""

import dagster as dg

from bpjs_pipeline.ingest.discover import scan_seed_folder
from bpjs_pipeline.orchestration.assets import OWNERS, TRANSIENT_RETRY, cleaned_articles, extracted_facts, raw_articles
from bpjs_pipeline.orchestration.metadata import PREVIEW_ROWS, table_metadata
from bpjs_pipeline.orchestration.resources import PipelinePaths, StagingDuckDB
from bpjs_pipeline.warehouse.gate import WarehouseRejected
from bpjs_pipeline.warehouse.run_lock import warehouse_write_lock
from bpjs_pipeline.report.charts import charts_markdown, target_charts
from bpjs_pipeline.settings import chart_cache_path_for
from bpjs_pipeline.warehouse import PUBLISHED_VIEWS, open_read_only, publish

GROUP = "warehouse"
KEY_PREFIX = "warehouse"
# Run tag: what the run's publish did (`unchanged`, `incremental`, `full`), and when the
# published file was built.
PUBLISH_TAG = "bpjs/warehouse"
BUILT_AT_TAG = "bpjs/warehouse_built_at"
# The relations the target charts are drawn from: redrawn only when one of them changed.
CHART_INPUTS = ("target_progress", "participants_by_year", "funds_by_year")

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
                            "the headline value chosen among the plausible figures (the figure most sources "
                            "agree on, else the most recent article with the most precise as_of; a figure one "
                            "article states with confidence under 0.7 steps back when the key has a sure one), "
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
        skippable=True,  # not materialized when nothing changed
    )
    for name, description in DESCRIPTIONS.items()
]


@dg.multi_asset(
    name="published_warehouse",
    specs=warehouse_specs,
    retry_policy=TRANSIENT_RETRY,
    can_subset=True,
    description=(
        "Removes the staged rows of files no longer in the seeds folder, then brings the warehouse file "
        "up to date with staging: nothing when nothing changed since it was built (nothing materialized, "
        "no warehouse check run), else the changed articles' rows and the series they touch, else every "
        "relation; built in a temporary file, validated, and swapped into place (os.replace)."
    ),
)
def published_warehouse(context: dg.AssetExecutionContext, paths: PipelinePaths, staging_duckdb: StagingDuckDB):
    # One writer per warehouse (re-entrant: `bpjs-pipeline run` already holds it); a busy lock
    # fails the step and its retry policy tries again.
    with warehouse_write_lock(paths.warehouse_path):
        yield from _publish_warehouse(context, paths, staging_duckdb)


def prune_deleted_files(store, paths: PipelinePaths, log=None, *, prune: bool = True) -> int:
    """Record the folder's entries that are not read and, with `prune`, remove the staged rows
    of articles whose file left the seeds folder (one listing of the folder). A folder listing
    no seed file at all while staging holds articles is taken for a momentary view (a folder
    being mounted or synced): nothing is removed then. Returns how many articles were removed."""
    found, skipped = scan_seed_folder(paths.seeds_path)
    present = {f.article_id for f in found}
    staged = (store.article_ids() | set(store.batch_of())) if prune else set()
    gone = staged - present
    removed = 0
    if gone and not present:
        if log is not None:
            log.warning(f"the seeds folder lists no article file while staging holds {len(staged)}: "
                        "nothing removed (delete the warehouse files to start from nothing)")
    elif gone:
        removed = store.remove_articles(gone) or len(gone)
        if log is not None:
            log.info(f"removed the staged rows of {len(gone)} article(s) whose file is gone")
    store.replace_skipped((entry.file, entry.reason) for entry in skipped)
    return removed


def _publish_warehouse(context: dg.AssetExecutionContext, paths: PipelinePaths, staging_duckdb: StagingDuckDB):
    store = staging_duckdb.store()
    # A run that also reads articles keeps the rows of a file deleted while it ran (quarantined
    # as `file no longer exists`): they leave at the next run, whose listing no longer has it.
    # A run of the warehouse alone (a deleted file seen by the sensor, the daily schedule, a
    # command-line run with nothing to read) removes the rows of every file gone.
    reads_articles = raw_articles.key in context.job_def.asset_layer.executable_asset_keys
    with store.session():
        pruned = prune_deleted_files(store, paths, context.log, prune=not reads_articles)
    try:
        outcome = publish(store, paths.warehouse_path, paths.corrections_path)
    except WarehouseRejected as exc:  # a blocking check failed on the new file: nothing published
        raise dg.Failure(
            description=str(exc), allow_retries=False,
            metadata={"failure_cases": dg.MetadataValue.int(len(exc.failures)),
                      "articles": dg.MetadataValue.md("\n".join(f"- `{a}`" for a in exc.articles) or "_none_")},
        ) from None
    built_at = outcome.built_at.isoformat(sep=" ", timespec="seconds") if outcome.built_at else ""
    context.instance.add_run_tags(context.run.run_id, {PUBLISH_TAG: outcome.mode, BUILT_AT_TAG: built_at})
    if not outcome.published:
        context.log.info(f"warehouse unchanged: staging, the corrections file and the code are what it was built "
                         f"from at {built_at} UTC; not rebuilt, no warehouse check evaluated")
        return
    context.log.info(f"warehouse published ({outcome.mode}): {outcome.articles_rebuilt} article(s) and "
                     f"{outcome.series_rebuilt} series rebuilt; changed: {', '.join(outcome.changed_relations) or 'nothing'}; "
                     "CPU s: " + ", ".join(f"{k} {v:.2f}" for k, v in outcome.seconds.items()))
    con = open_read_only(paths.warehouse_path)
    try:
        for name in DESCRIPTIONS:
            relation = outcome.relations[name]
            order = ", ".join(f'"{c}" NULLS FIRST' for c in SORT_BY[name])
            # the articles' bodies stay out of the preview (`explain --article` shows one)
            columns = "* EXCLUDE (body)" if name == "articles" else "*"
            preview = con.execute(f'SELECT {columns} FROM "{name}" ORDER BY {order} LIMIT {PREVIEW_ROWS}').df()
            extra = {}
            if name == "target_progress":
                if context.instance.is_ephemeral:
                    # a throw-away instance (a `run` without DAGSTER_HOME) keeps no event to open
                    extra["chart"] = dg.MetadataValue.md(
                        "_Not drawn: this run's Dagster instance is thrown away when the run ends, so no one "
                        "could open the chart here; `bpjs-pipeline report` draws it from the warehouse._")
                elif any(r in outcome.changed_relations for r in CHART_INPUTS):
                    charts = target_charts(con, chart_cache_path_for(paths.warehouse_path))
                    extra["chart"] = dg.MetadataValue.md(charts_markdown(charts))
                    extra["charts"] = dg.MetadataValue.int(len(charts))
                else:
                    extra["chart"] = dg.MetadataValue.md(
                        "_Unchanged: the targets and the actuals beside them are the same as at the previous "
                        "materialization of this asset, whose `chart` shows them (Events tab)._")
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
                    publish=dg.MetadataValue.text(outcome.mode),
                    rows_changed=dg.MetadataValue.bool(name in outcome.changed_relations),
                    rows_validated=dg.MetadataValue.int(outcome.validated_rows.get(name, 0)),
                    articles_rebuilt=dg.MetadataValue.int(outcome.articles_rebuilt),
                    pruned_articles=dg.MetadataValue.int(pruned),
                    **extra,
                ),
            )
    finally:
        con.close()

"""The Dagster code location: `dagster dev -m bpjs_pipeline.orchestration.definitions`."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from bpjs_pipeline.orchestration.assets import cleaned_articles, extracted_facts, raw_articles
from bpjs_pipeline.orchestration.automation import (
    articles_fresh,
    daily_warehouse_checks_job,
    daily_warehouse_checks_schedule,
    freshness_policy,
    with_freshness,
)
from bpjs_pipeline.orchestration.checks import ALL_CHECKS
from bpjs_pipeline.orchestration.jobs import JOB_NAME, bpjs_pipeline_job
from bpjs_pipeline.orchestration.quarantine_check import no_quarantined_files
from bpjs_pipeline.orchestration.resources import ArticleSelection, PipelinePaths, StagingDuckDB
from bpjs_pipeline.orchestration.sensors import seed_files_sensor
from bpjs_pipeline.orchestration.warehouse_assets import published_warehouse

__all__ = ["JOB_NAME", "build_definitions", "defs"]


def build_definitions(seeds_dir: str | Path | None = None, warehouse: str | Path | None = None) -> dg.Definitions:
    """Definitions bound to these paths (else BPJS_SEEDS_DIR / BPJS_WAREHOUSE, else the defaults)."""
    paths = PipelinePaths.resolve(seeds_dir, warehouse)
    return dg.Definitions(
        assets=[raw_articles, cleaned_articles, with_freshness(extracted_facts, freshness_policy()),
                published_warehouse],
        asset_checks=[*ALL_CHECKS, no_quarantined_files, articles_fresh],
        jobs=[bpjs_pipeline_job, daily_warehouse_checks_job],
        sensors=[seed_files_sensor],
        schedules=[daily_warehouse_checks_schedule],
        resources={"paths": paths, "staging_duckdb": StagingDuckDB.for_paths(paths),
                   "article_selection": ArticleSelection()},
        # Steps share one DuckDB staging file and the machine has two cores: running them
        # in the run's own process saves a process start per step and changes nothing else.
        executor=dg.in_process_executor,
    )


defs = build_definitions()

"""The Dagster code location: `dagster dev -m bpjs_pipeline.orchestration.definitions`."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from bpjs_pipeline.orchestration.assets import cleaned_articles, extracted_facts, raw_articles
from bpjs_pipeline.orchestration.checks import articles_schema_valid, facts_schema_valid
from bpjs_pipeline.orchestration.jobs import JOB_NAME, bpjs_pipeline_job
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.sensors import seed_files_sensor
from bpjs_pipeline.orchestration.warehouse_assets import published_warehouse

__all__ = ["JOB_NAME", "build_definitions", "defs"]


def build_definitions(seeds_dir: str | Path | None = None, warehouse: str | Path | None = None) -> dg.Definitions:
    """Definitions bound to these paths (else BPJS_SEEDS_DIR / BPJS_WAREHOUSE, else the defaults)."""
    return dg.Definitions(
        assets=[raw_articles, cleaned_articles, extracted_facts, published_warehouse],
        asset_checks=[facts_schema_valid, articles_schema_valid],
        jobs=[bpjs_pipeline_job],
        sensors=[seed_files_sensor],
        resources={"paths": PipelinePaths.resolve(seeds_dir, warehouse)},
    )


defs = build_definitions()

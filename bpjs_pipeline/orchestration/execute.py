"""Running every asset for every seed file in-process (what `bpjs-pipeline run` does)."""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import dagster as dg

from bpjs_pipeline.orchestration.definitions import build_definitions
from bpjs_pipeline.orchestration.jobs import JOB_NAME
from bpjs_pipeline.orchestration.partitions import sync_article_partitions
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.warehouse_assets import DESCRIPTIONS, KEY_PREFIX

RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"
# The in-process run logs to the console at this level (everything still goes to the event log).
CONSOLE_LOG_LEVEL = "WARNING"


@dataclass
class CheckOutcome:
    asset: str
    name: str
    passed: bool
    severity: str
    failure_cases: int


@dataclass
class RunSummary:
    run_id: str | None
    success: bool
    partitions: int
    added: list[str]
    removed: list[str]
    articles_read: int = 0
    quarantined: int = 0
    facts_per_table: dict[str, int] = field(default_factory=dict)
    relation_rows: dict[str, int] = field(default_factory=dict)
    checks: list[CheckOutcome] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)
    warehouse: str = ""
    # From the published warehouse when this run published it: every quarantined
    # file as (file, reason), and the articles (distinct contents) without facts.
    quarantine: list[tuple[str, str]] = field(default_factory=list)
    articles_published: int = 0
    articles_without_facts: list[str] = field(default_factory=list)
    duplicate_files: int = 0

    @property
    def checks_passed(self) -> bool:
        return all(c.passed or c.severity == "WARN" for c in self.checks)


@contextmanager
def instance_for_run() -> Iterator[dg.DagsterInstance]:
    """The DAGSTER_HOME instance when DAGSTER_HOME is set, else an ephemeral one."""
    if os.environ.get("DAGSTER_HOME"):
        with dg.DagsterInstance.get() as instance:
            yield instance
    else:
        with dg.DagsterInstance.ephemeral() as instance:
            yield instance


def run_pipeline(
    seeds_dir: str | Path | None = None,
    warehouse: str | Path | None = None,
    instance: dg.DagsterInstance | None = None,
    console_log_level: str = CONSOLE_LOG_LEVEL,
) -> RunSummary:
    """Sync partitions with the seed files, then materialize every asset for every
    partition in one in-process run (a partition range covering all of them)."""
    paths = PipelinePaths.resolve(seeds_dir, warehouse)
    if instance is None:
        with instance_for_run() as owned:
            return run_pipeline(paths.seeds_dir, paths.warehouse, owned, console_log_level)

    sync = sync_article_partitions(instance, paths)
    defs = build_definitions(paths.seeds_dir, paths.warehouse)
    job = defs.resolve_job_def(JOB_NAME)
    summary = RunSummary(None, False, len(sync.keys), sync.added, sync.removed, warehouse=paths.warehouse)
    run_config = {"loggers": {"console": {"config": {"log_level": console_log_level}}}}
    if sync.keys:
        tags = {RANGE_START_TAG: sync.keys[0], RANGE_END_TAG: sync.keys[-1]}
        result = job.execute_in_process(
            instance=instance, tags=tags, run_config=run_config, raise_on_error=False
        )
    else:
        # No articles at all: publish an empty warehouse (and prune staging).
        warehouse_keys = [dg.AssetKey([KEY_PREFIX, name]) for name in DESCRIPTIONS]
        result = job.execute_in_process(
            instance=instance, asset_selection=warehouse_keys, run_config=run_config,
            raise_on_error=False,
        )
    summary.run_id = result.run_id
    summary.success = result.success
    _collect(result, summary)
    return summary


def _collect(result: dg.ExecuteInProcessResult, summary: RunSummary) -> None:
    materialized: dict[str, dict] = {}
    for event in result.get_asset_materialization_events():
        materialization = event.materialization
        key = materialization.asset_key.to_user_string()
        materialized.setdefault(key, {k: v.value for k, v in materialization.metadata.items()})
    raw = materialized.get("raw_articles", {})
    summary.articles_read = int(raw.get("dagster/row_count", 0))
    summary.quarantined = int(raw.get("quarantined", 0))
    for name in DESCRIPTIONS:
        meta = materialized.get(f"{KEY_PREFIX}/{name}")
        if meta is not None:
            summary.relation_rows[name] = int(meta.get("dagster/row_count", 0))
    summary.facts_per_table = {
        table: summary.relation_rows[f"fact_{table}"]
        for table in ("participants", "funds", "targets")
        if f"fact_{table}" in summary.relation_rows
    }
    for evaluation in result.get_asset_check_evaluations():
        meta = {k: v.value for k, v in evaluation.metadata.items()}
        summary.checks.append(
            CheckOutcome(
                asset=evaluation.asset_key.to_user_string(),
                name=evaluation.check_name,
                passed=evaluation.passed,
                severity=evaluation.severity.value,
                failure_cases=int(meta.get("failure_cases", 0)),
            )
        )
    summary.failed_steps = [
        event.step_key for event in result.all_events if event.is_step_failure and event.step_key
    ]
    if "quarantine" in summary.relation_rows:
        _read_published(summary)


def _read_published(summary: RunSummary) -> None:
    from bpjs_pipeline.warehouse import open_read_only

    con = open_read_only(Path(summary.warehouse))
    try:
        summary.quarantine = [tuple(r) for r in con.execute(
            "SELECT file, reason FROM quarantine ORDER BY file").fetchall()]
        summary.quarantined = len(summary.quarantine)
        summary.articles_published, summary.duplicate_files = con.execute(
            "SELECT count(*), coalesce(sum(len(file_names) - 1), 0) FROM articles").fetchone()
        summary.articles_without_facts = [r[0] for r in con.execute(
            "SELECT file_name FROM articles WHERE fact_count = 0 ORDER BY file_name").fetchall()]
    finally:
        con.close()

"""Running the assets in-process for the seed files that changed (what `bpjs-pipeline run` does).

One listing and hashing of the seeds folder decides what is stale (new, changed, or extracted
by another extractor version: `bpjs_pipeline/warehouse/incremental.py`). The stale files are
delivered as new batches of at most `BATCH_ARTICLES` (they leave any batch they were in), and
one Dagster run materializes those batches and then the warehouse; with nothing stale, the run
is of the warehouse alone, which publishes nothing when nothing changed since it was built.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import dagster as dg

from bpjs_pipeline import version
from bpjs_pipeline.ingest import discover_seed_files
from bpjs_pipeline.ingest.addresses import addresses_near
from bpjs_pipeline.ingest.guard import refuse_shrinking_archive
from bpjs_pipeline.ingest.partition_keys import article_id_from_key, partition_key_for
from bpjs_pipeline.orchestration.jobs import JOB_NAME
from bpjs_pipeline.orchestration.launch import LocationRunner
from bpjs_pipeline.orchestration.partitions import BATCHES_PARTITIONS_NAME, add_batches, split_into_batches
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.warehouse_assets import BUILT_AT_TAG, DESCRIPTIONS, KEY_PREFIX, PUBLISH_TAG
from bpjs_pipeline.settings import dagster_home
from bpjs_pipeline.warehouse import StagingStore
from bpjs_pipeline.warehouse.repair import check_staging
from bpjs_pipeline.warehouse.incremental import (
    RunPlan,
    current_files,
    plan_run,
    staged_files,
)

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
    partitions: int  # batch partitions after the run
    added: list[str]  # the batches this run delivered
    removed: list[str]  # batch partitions deleted: every article of theirs moved to a newer batch
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
    # Facts refused by FactsSchema, as (file, reason); why each failed step failed.
    rejected: list[tuple[str, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    # What the run found against staging (see bpjs_pipeline/warehouse/incremental.py) and
    # how many partitions it processed; the Dagster runs it made.
    plan: RunPlan | None = None
    processed: int = 0
    run_ids: list[str] = field(default_factory=list)
    # What the warehouse step did: "unchanged" (nothing published, no warehouse check run),
    # "incremental" or "full" ("" when it did not run), and when the published file was built.
    publish: str = ""
    built_at: str = ""

    @property
    def checks_passed(self) -> bool:
        return all(c.passed or c.severity == "WARN" for c in self.checks)


@contextmanager
def instance_for_run() -> Iterator[dg.DagsterInstance]:
    """The DAGSTER_HOME instance when DAGSTER_HOME is set (completed first when a run killed while
    it was being created left its storage short of a table), else an ephemeral one."""
    if dagster_home() is not None:
        with dg.DagsterInstance.get() as instance:
            complete_storage(instance)
            yield instance
    else:
        with dg.DagsterInstance.ephemeral() as instance:
            yield instance


def complete_storage(instance: dg.DagsterInstance) -> bool:
    """Bring an instance's storage up to its schema, as `dagster instance migrate` does, when it
    lacks the table of dynamic partitions: a SQLite instance whose first run was killed while its
    tables were being created is stamped at an older revision with some of them missing. Whether
    it was needed (its progress lines go to the log, not the command's output)."""
    try:
        instance.get_dynamic_partitions(BATCHES_PARTITIONS_NAME)
        return False
    except dg.DagsterInvalidInvocationError:
        with redirect_stdout(sys.stderr):
            instance.upgrade()
        return True


def published_file_count(warehouse: Path) -> int:
    """How many seed files the published warehouse holds as articles (0 when there is none or
    it cannot be read)."""
    import duckdb

    from bpjs_pipeline.warehouse import open_read_only

    if not Path(warehouse).is_file():
        return 0
    try:
        con = open_read_only(Path(warehouse))
    except duckdb.Error:
        return 0
    try:
        return int(con.execute("SELECT coalesce(sum(len(file_names)), 0) FROM articles").fetchone()[0])
    except duckdb.Error:
        return 0
    finally:
        con.close()


def run_pipeline(
    seeds_dir: str | Path | None = None,
    warehouse: str | Path | None = None,
    instance: dg.DagsterInstance | None = None,
    console_log_level: str = CONSOLE_LOG_LEVEL,
    full: bool = False,
    allow_shrink: bool = False,
) -> RunSummary:
    """Deliver the seed files that are new, changed or extracted by another extractor version
    (every file when `full`) as new batches, and materialize them and the warehouse in one
    Dagster run of the code location's job; with nothing to process, a run of the warehouse
    alone (which publishes nothing when nothing changed).

    Before the instance or staging is touched: ArchiveWouldShrink when the seeds folder lists
    fewer than half the files the published warehouse holds (unless `allow_shrink`), and
    StagingDamaged when the staging store cannot be read whole."""
    paths = PipelinePaths.resolve(seeds_dir, warehouse)
    if not allow_shrink:
        refuse_shrinking_archive(len(discover_seed_files(paths.seeds_path)),
                                 published_file_count(paths.warehouse_path))
    check_staging(paths.staging_path)
    if instance is None:
        with instance_for_run() as owned:
            return _run(paths, owned, console_log_level, full)
    return _run(paths, instance, console_log_level, full)


def _run(paths: PipelinePaths, instance: dg.DagsterInstance, console_log_level: str, full: bool) -> RunSummary:
    store = StagingStore(paths.staging_path)
    current = current_files(paths.seeds_path)  # the one listing and hashing of the folder
    addresses = {partition_key_for(article_id): url for article_id, url in addresses_near(paths.seeds_path).items()}
    plan = plan_run(current, staged_files(store), version.EXTRACTOR_VERSION, full=full, addresses=addresses)
    stale = [article_id_from_key(key) for key in sorted(plan.stale)]
    delivered = split_into_batches(stale)
    batches = add_batches(instance, len(delivered), _retrying(store.batches) if delivered else ())
    emptied: list[str] = []

    def deliver() -> list[str]:
        with store.session():
            if plan.deleted:  # files gone since they were staged: their rows leave in this run's publish
                store.remove_articles(article_id_from_key(key) for key in plan.deleted)
            if not batches:
                return []
            before = set(store.batch_of().values())
            store.assign_batches(dict(zip(batches, delivered)))
            return sorted(before - set(store.batch_of().values()))

    if batches or plan.deleted:
        emptied = _retrying(deliver)
        for key in emptied:  # every article moved to a newer batch: nothing left to show
            instance.delete_dynamic_partition(BATCHES_PARTITIONS_NAME, key)
    partitions = len(instance.get_dynamic_partitions(BATCHES_PARTITIONS_NAME))
    summary = RunSummary(None, False, partitions, batches, emptied, warehouse=paths.warehouse, plan=plan,
                         processed=len(stale))
    run_config = {"loggers": {"console": {"config": {"log_level": console_log_level}}}}
    warehouse_keys = [dg.AssetKey([KEY_PREFIX, name]) for name in DESCRIPTIONS]

    # A run of the code location's job (`launch.py`), so the UI can re-execute it.
    with LocationRunner(instance) as runner:
        if batches:
            result = runner.execute(JOB_NAME, paths, run_config,
                                    tags={RANGE_START_TAG: batches[0], RANGE_END_TAG: batches[-1]})
        else:
            result = runner.execute(JOB_NAME, paths, run_config, asset_selection=warehouse_keys)
    summary.run_ids = [result.run_id]
    summary.run_id = result.run_id
    summary.success = result.success
    tags = instance.get_run_by_id(result.run_id).tags
    summary.publish, summary.built_at = tags.get(PUBLISH_TAG, ""), tags.get(BUILT_AT_TAG, "")
    _collect([result], summary)
    return summary


def _retrying(work):
    """`work()`, tried again after 2, 4 and 8 s while the staging store is locked by another
    process (as the steps' RetryPolicy does)."""
    import time

    import duckdb

    for delay in (2, 4, 8, None):
        try:
            return work()
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or delay is None:
                raise
            time.sleep(delay)


def _collect(results: list[dg.ExecuteInProcessResult], summary: RunSummary) -> None:
    materialized: dict[str, dict] = {}
    for result in results:
        counted: set[str] = set()
        for event in result.get_asset_materialization_events():
            materialization = event.materialization
            key = materialization.asset_key.to_user_string()
            metadata = {k: v.value for k, v in materialization.metadata.items()}
            materialized.setdefault(key, metadata)
            if key == "raw_articles" and key not in counted:  # the run's totals, on each of its batches
                counted.add(key)
                summary.articles_read += int(metadata.get("run_read", 0))
                summary.quarantined += int(metadata.get("run_quarantined", 0))
    for name in DESCRIPTIONS:
        meta = materialized.get(f"{KEY_PREFIX}/{name}")
        if meta is not None:
            summary.relation_rows[name] = int(meta.get("dagster/row_count", 0))
    summary.facts_per_table = {
        table: summary.relation_rows[f"fact_{table}"]
        for table in ("participants", "funds", "targets")
        if f"fact_{table}" in summary.relation_rows
    }
    # A check evaluated in several runs (one per partition range) is reported once: failed
    # if it failed in any, with the failure cases of all.
    outcomes: dict[tuple[str, str], CheckOutcome] = {}
    for evaluation in (e for result in results for e in result.get_asset_check_evaluations()):
        meta = {k: v.value for k, v in evaluation.metadata.items()}
        outcome = CheckOutcome(
            asset=evaluation.asset_key.to_user_string(),
            name=evaluation.check_name,
            passed=evaluation.passed,
            severity=evaluation.severity.value,
            failure_cases=int(meta.get("failure_cases", 0)),
        )
        seen = outcomes.get((outcome.asset, outcome.name))
        if seen is not None:
            outcome.passed = outcome.passed and seen.passed
            outcome.failure_cases += seen.failure_cases
        outcomes[(outcome.asset, outcome.name)] = outcome
    summary.checks = list(outcomes.values())
    summary.failed_steps = [
        event.step_key for result in results for event in result.all_events
        if event.is_step_failure and event.step_key
    ]
    summary.failures = [_failure_message(event) for result in results for event in result.all_events
                        if event.is_step_failure]
    if "quarantine" in summary.relation_rows or (summary.publish == "unchanged" and Path(summary.warehouse).exists()):
        _read_published(summary)
    _read_rejects(summary)


def _failure_message(event: dg.DagsterEvent) -> str:
    """Why a step failed: a `dg.Failure`'s description (e.g. the rows that kept the new warehouse
    from being published), else the error's first line."""
    data = event.step_failure_data
    if data.user_failure_data is not None and data.user_failure_data.description:
        return f"{event.step_key}: {data.user_failure_data.description}"
    error = data.error
    while error is not None and (error.cause or error.context) is not None:  # e.g. past its retries
        error = error.cause or error.context
    message = error.message.strip().splitlines() if error is not None else []
    return f"{event.step_key}: {message[-1] if message else 'failed'}"


def _read_rejects(summary: RunSummary) -> None:
    """The facts refused by FactsSchema (staging `rejects`), as (file, reason): left out of the
    warehouse while the rest of their article is published."""
    from bpjs_pipeline.settings import staging_path_for
    from bpjs_pipeline.warehouse import StagingStore

    staging = staging_path_for(Path(summary.warehouse))
    if not staging.exists():
        return
    rejects = StagingStore(staging).rejects("extracted_facts")
    rejects = rejects[rejects["check_name"] != "exception"]
    summary.rejected = [
        (f"{r.article_id}.txt",
         f"fact refused: {r.column_name or 'row'} {r.failure_case} fails {r.check_name}")
        for r in rejects.itertuples(index=False)
    ]


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
        if not summary.facts_per_table:  # nothing published by this run: the published counts
            summary.facts_per_table = {table: con.execute(f"SELECT count(*) FROM fact_{table}").fetchall()[0][0]
                                       for table in ("participants", "funds", "targets")}
    finally:
        con.close()

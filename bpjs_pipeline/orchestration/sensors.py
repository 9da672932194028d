"""Keeping the `articles` partitions in step with the seed folder while `dagster dev` runs."""

import json

import dagster as dg

from bpjs_pipeline.ingest import discover_seed_files
from bpjs_pipeline.orchestration.jobs import bpjs_pipeline_job
from bpjs_pipeline.orchestration.partitions import ARTICLES_PARTITIONS_NAME
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.warehouse_assets import warehouse_specs

MAX_RUNS_PER_TICK = 25


@dg.sensor(
    job=bpjs_pipeline_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Adds a partition for every new seed file and deletes the partitions of removed files; "
        "requests one run per new or changed file (at most 25 per tick; on its first tick files "
        "that already have a partition count as processed) and a warehouse rebuild "
        "after removals. For thousands of new files use `make run` or a backfill (single-run "
        "policy) instead."
    ),
)
def seed_files_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    files = discover_seed_files(paths.seeds_path)
    fingerprints = {}
    for f in files:
        st = f.path.stat(follow_symlinks=False)
        fingerprints[f.partition_key] = f"{st.st_size}-{st.st_mtime_ns}"
    existing = set(context.instance.get_dynamic_partitions(ARTICLES_PARTITIONS_NAME))
    if context.cursor:
        seen: dict[str, str] = json.loads(context.cursor)
    else:
        # First tick: partitions that already exist (e.g. made by `make run`) are
        # taken as processed; only files without a partition get runs.
        seen = {k: fp for k, fp in fingerprints.items() if k in existing}
    added = [k for k in fingerprints if k not in existing]
    removed = sorted(existing - set(fingerprints))

    changed = [k for k, fp in fingerprints.items() if seen.get(k) != fp][:MAX_RUNS_PER_TICK]
    run_requests = [
        dg.RunRequest(partition_key=key, run_key=f"{key}:{fingerprints[key]}") for key in changed
    ]
    if removed and not changed:
        run_requests.append(dg.RunRequest(asset_selection=[spec.key for spec in warehouse_specs]))
    next_seen = {k: fp for k, fp in seen.items() if k in fingerprints}
    next_seen.update({k: fingerprints[k] for k in changed})

    requests: list = []
    if added:
        requests.append(dg.AddDynamicPartitionsRequest(ARTICLES_PARTITIONS_NAME, added))
    if removed:
        requests.append(dg.DeleteDynamicPartitionsRequest(ARTICLES_PARTITIONS_NAME, removed))
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=requests,
        cursor=json.dumps(next_seen, sort_keys=True),
    )

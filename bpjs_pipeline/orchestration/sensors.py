"""Keeping the `articles` partitions, the staging store and the warehouse in step with the seed folder.

The sensor's cursor is what it has seen, never a clock or a file's mtime:

    {"files": {partition_key: sha256 of the file's bytes},
     "changes": {partition_key: how many change events this name has had}}

On each tick it hashes every seed file and compares with the cursor:

* a **new** name (no entry in `files`): adds its partition (when missing) and requests a run of it;
* a **changed** name (another sha256): requests a run of it;
* a **deleted** name (in `files` or a partition, no file): deletes the partition and requests a
  warehouse rebuild, which prunes the article's rows from staging and the warehouse.

Every new, changed or deleted name bumps its change counter, and a run key is
`<key>@<counter>:<sha256 prefix>`: deterministic from the cursor, yet unique
per change event, so a file reverted to earlier content (A -> B -> A) runs
again (Dagster skips a run key it has seen). A per-file run materializes
the whole job for that partition: raw_articles -> cleaned_articles ->
extracted_facts, then the published warehouse and every check.

A file whose partition exists and whose staged `raw_articles.sha256` equals
the file's counts as processed, on the first tick (no cursor) and on every
later one: so neither `make run` followed by `make ui`, nor `make run` while
the UI is running, makes the sensor redo what the command-line run did.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

import dagster as dg

from bpjs_pipeline.ingest import discover_seed_files
from bpjs_pipeline.ingest.guard import MIN_LISTED_SHARE
from bpjs_pipeline.ingest.read import max_article_bytes, seed_file_digest
from bpjs_pipeline.orchestration.jobs import bpjs_pipeline_job
from bpjs_pipeline.orchestration.partitions import ARTICLES_PARTITIONS_NAME
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.warehouse_assets import warehouse_specs
from bpjs_pipeline.settings import SENSOR_INTERVAL_SECONDS
from bpjs_pipeline.warehouse.connect import connect

MAX_RUNS_PER_TICK = 25
INTERVAL_ENV = SENSOR_INTERVAL_SECONDS.name
DEFAULT_INTERVAL_SECONDS = int(SENSOR_INTERVAL_SECONDS.default)


def sensor_interval_seconds() -> int:
    """How often the daemon evaluates the sensor: BPJS_SENSOR_INTERVAL_SECONDS (at least 1), default 30."""
    return int(SENSOR_INTERVAL_SECONDS.read())
SHA_TAG = "bpjs/sha256"
CHANGE_TAG = "bpjs/change"


@dataclass
class SeedCursor:
    files: dict[str, str] = field(default_factory=dict)  # partition key -> sha256
    changes: dict[str, int] = field(default_factory=dict)  # partition key -> change events seen

    def dumps(self) -> str:
        return json.dumps({"files": self.files, "changes": self.changes}, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> "SeedCursor":
        data = json.loads(text)
        return cls(dict(data.get("files", {})), {k: int(v) for k, v in data.get("changes", {}).items()})


@dataclass(frozen=True)
class TickPlan:
    added_partitions: list[str]  # partitions to create
    deleted_partitions: list[str]  # partitions to delete
    runs: list[tuple[str, str, str, int]]  # (partition key, sha256, "new" | "changed", counter)
    removed: list[tuple[str, int]]  # (partition key, counter) of deleted names
    cursor: SeedCursor


def plan_tick(current: dict[str, str], partitions: set[str], seen: SeedCursor,
              max_runs: int = MAX_RUNS_PER_TICK, staged: dict[str, str] | None = None) -> TickPlan:
    """What one tick does, from the files now (key -> sha256), the partitions that exist, the
    cursor and the sha256 staged per partition (`staged`: what any run, e.g. `bpjs-pipeline run`,
    already processed). Pure: no I/O."""
    files = dict(seen.files)
    changes = dict(seen.changes)
    staged = staged or {}
    runs: list[tuple[str, str, str, int]] = []
    for key in sorted(current):
        sha = current[key]
        if files.get(key) == sha and key in partitions:
            continue
        if key in partitions and staged.get(key) == sha:
            files[key] = sha  # processed by another run since the cursor last saw it: nothing to do
            continue
        if len(runs) >= max_runs:
            break  # left for the next tick (the cursor does not record it)
        kind = "changed" if key in files and key in partitions else "new"
        changes[key] = changes.get(key, 0) + 1
        files[key] = sha
        runs.append((key, sha, kind, changes[key]))
    removed: list[tuple[str, int]] = []
    for key in sorted((set(files) | partitions) - set(current)):
        changes[key] = changes.get(key, 0) + 1
        files.pop(key, None)
        removed.append((key, changes[key]))
    return TickPlan(
        added_partitions=sorted(k for k in current if k not in partitions and k in files),
        deleted_partitions=sorted(partitions - set(current)),
        runs=runs,
        removed=removed,
        cursor=SeedCursor(files, changes),
    )


def file_sha256(path, limit: int | None = None) -> str:
    """`seed_file_digest`: the sha256 of a plain file of the folder, never following a link or
    blocking on a FIFO; a file over the size limit is not read (`too-large:<size>:<limit>`)."""
    return seed_file_digest(path, limit)


def run_key(key: str, counter: int, sha: str) -> str:
    return f"{key}@{counter}:{sha[:16]}"


def removal_run_key(removed: list[tuple[str, int]]) -> str:
    text = "\n".join(f"{k}@{n}" for k, n in removed)
    return "removed:" + hashlib.sha256(text.encode()).hexdigest()[:24]


def _staged_hashes(paths: PipelinePaths) -> dict[str, str] | None:
    """partition key -> sha256 staged in raw_articles; {} when there is no staging store yet,
    None when it is locked by a writer right now (try again next tick)."""
    if not paths.staging_path.exists():
        return {}
    try:
        con = connect(paths.staging_path, read_only=True, wait_seconds=5)
    except Exception:
        return None
    try:
        return dict(con.execute("SELECT partition_key, sha256 FROM raw_articles").fetchall())
    except Exception:  # no raw_articles table yet
        return {}
    finally:
        con.close()


@dg.sensor(
    job=bpjs_pipeline_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Watches the seeds folder by content (sha256): a new file adds its partition and runs it, a "
        "changed file reruns it, a deleted file deletes its partition and rebuilds the warehouse "
        "without its rows. Each run also publishes the warehouse and evaluates every check. At most "
        "25 file runs per tick; the rest follow on the next ticks."
    ),
)
def seed_files_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    current: dict[str, str] = {}
    limit = max_article_bytes()
    listed = discover_seed_files(paths.seeds_path)
    partitions = set(context.instance.get_dynamic_partitions(ARTICLES_PARTITIONS_NAME))
    if len(listed) < MIN_LISTED_SHARE * len(partitions):
        # an empty folder mounted over the seeds, a sync not finished: deleting the partitions
        # would empty the warehouse; `bpjs-pipeline run --allow-shrink` publishes a smaller archive
        return dg.SensorResult(skip_reason=(
            f"the seeds folder lists {len(listed)} .txt file(s) where {len(partitions)} partitions exist: it "
            "looks empty or incomplete, so nothing is deleted (run `bpjs-pipeline run --allow-shrink` "
            "if the archive really is smaller now)"), cursor=context.cursor)
    for f in listed:
        try:
            current[f.partition_key] = file_sha256(f.path, limit)
        except OSError as exc:  # unreadable right now (being written, permissions): next tick
            context.log.warning(f"cannot read {f.file_name}: {exc}")
    if context.cursor:
        seen = SeedCursor.loads(context.cursor)
    else:
        staged = _staged_hashes(paths)
        if staged is None:
            return dg.SensorResult(skip_reason="the staging store is locked by a run; trying again next tick")
        seen = SeedCursor({k: sha for k, sha in staged.items() if k in partitions})
    staged: dict[str, str] | None = {}
    if any(seen.files.get(key) != sha or key not in partitions for key, sha in current.items()):
        # something looks new or changed: a command-line run may have processed it already
        staged = _staged_hashes(paths)
        if staged is None:
            return dg.SensorResult(skip_reason="the staging store is locked by a run; trying again next tick")
    plan = plan_tick(current, partitions, seen, staged=staged)

    run_requests = [
        dg.RunRequest(
            partition_key=key,
            run_key=run_key(key, counter, sha),
            tags={SHA_TAG: sha, CHANGE_TAG: kind},
        )
        for key, sha, kind, counter in plan.runs
    ]
    if plan.removed:
        run_requests.append(
            dg.RunRequest(
                run_key=removal_run_key(plan.removed),
                asset_selection=[spec.key for spec in warehouse_specs],
                tags={CHANGE_TAG: "deleted"},
            )
        )
    partition_requests: list = []
    if plan.added_partitions:
        partition_requests.append(dg.AddDynamicPartitionsRequest(ARTICLES_PARTITIONS_NAME, plan.added_partitions))
    if plan.deleted_partitions:
        partition_requests.append(
            dg.DeleteDynamicPartitionsRequest(ARTICLES_PARTITIONS_NAME, plan.deleted_partitions)
        )
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=partition_requests,
        cursor=plan.cursor.dumps(),
    )

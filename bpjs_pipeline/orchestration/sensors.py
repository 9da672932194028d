"""Keeping the staging store and the warehouse in step with the seed folder.

The sensor's cursor is what it has seen, never a clock or a file's mtime:

    {"files": {file key: sha256 of the file's bytes},
     "changes": {file key: how many change events this name has had}}

On each tick it hashes every seed file and compares with the cursor:

* **new** names (no entry in `files`) and **changed** ones (another sha256) are delivered
  together: one new batch partition (`partitions.py`) and one run of it that names the
  files (the `article_selection` resource), so they join that batch. At most
  `BATCH_ARTICLES` files per tick; the rest follow on the next ticks;
* **deleted** names (in `files`, no file any more) request a warehouse run, which removes
  their rows from staging and the warehouse.

Every new, changed or deleted name bumps its change counter, and a run key is made of the
names with their counters and sha256 prefixes: deterministic from the cursor, yet unique per
change event, so a file reverted to earlier content (A -> B -> A) runs again (Dagster skips
a run key it has seen). A delivery run materializes the whole job for its batch:
raw_articles -> cleaned_articles -> extracted_facts, then the published warehouse (what
changed) and every check.

A file whose staged `raw_articles.sha256` equals the file's counts as processed, on the
first tick (no cursor) and on every later one: so neither `make run` followed by `make ui`,
nor `make run` while the UI is running, makes the sensor redo what the command-line run did.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

import dagster as dg

from bpjs_pipeline.ingest import discover_seed_files
from bpjs_pipeline.ingest.guard import MIN_LISTED_SHARE
from bpjs_pipeline.ingest.read import max_article_bytes, seed_file_digest
from bpjs_pipeline.ingest.partition_keys import article_id_from_key
from bpjs_pipeline.orchestration.jobs import bpjs_pipeline_job
from bpjs_pipeline.orchestration.partitions import BATCH_ARTICLES, BATCHES_PARTITIONS_NAME, batch_keys
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.warehouse_assets import warehouse_specs
from bpjs_pipeline.settings import SENSOR_INTERVAL_SECONDS
from bpjs_pipeline.warehouse.connect import connect

INTERVAL_ENV = SENSOR_INTERVAL_SECONDS.name
DEFAULT_INTERVAL_SECONDS = int(SENSOR_INTERVAL_SECONDS.default)


def sensor_interval_seconds() -> int:
    """How often the daemon evaluates the sensor: BPJS_SENSOR_INTERVAL_SECONDS (at least 1), default 30."""
    return int(SENSOR_INTERVAL_SECONDS.read())
CHANGE_TAG = "bpjs/change"
FILES_TAG = "bpjs/files"


@dataclass
class SeedCursor:
    files: dict[str, str] = field(default_factory=dict)  # file key -> sha256
    changes: dict[str, int] = field(default_factory=dict)  # file key -> change events seen

    def dumps(self) -> str:
        return json.dumps({"files": self.files, "changes": self.changes}, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> "SeedCursor":
        data = json.loads(text)
        return cls(dict(data.get("files", {})), {k: int(v) for k, v in data.get("changes", {}).items()})


@dataclass(frozen=True)
class TickPlan:
    delivered: list[tuple[str, str, str, int]]  # (file key, sha256, "new" | "changed", counter)
    removed: list[tuple[str, int]]  # (file key, counter) of deleted names
    cursor: SeedCursor


def plan_tick(current: dict[str, str], seen: SeedCursor, max_files: int = BATCH_ARTICLES,
              staged: dict[str, str] | None = None) -> TickPlan:
    """What one tick does, from the files now (key -> sha256), the cursor and the sha256 staged
    per file key (`staged`: what any run, e.g. `bpjs-pipeline run`, already processed). Pure:
    no I/O."""
    files = dict(seen.files)
    changes = dict(seen.changes)
    staged = staged or {}
    delivered: list[tuple[str, str, str, int]] = []
    for key in sorted(current):
        sha = current[key]
        if files.get(key) == sha:
            continue
        if staged.get(key) == sha:
            files[key] = sha  # processed by another run since the cursor last saw it: nothing to do
            continue
        if len(delivered) >= max_files:
            break  # left for the next tick (the cursor does not record it)
        kind = "changed" if key in files else "new"
        changes[key] = changes.get(key, 0) + 1
        files[key] = sha
        delivered.append((key, sha, kind, changes[key]))
    removed: list[tuple[str, int]] = []
    for key in sorted(set(files) - set(current)):
        changes[key] = changes.get(key, 0) + 1
        files.pop(key, None)
        removed.append((key, changes[key]))
    return TickPlan(delivered=delivered, removed=removed, cursor=SeedCursor(files, changes))


def file_sha256(path, limit: int | None = None) -> str:
    """`seed_file_digest`: the sha256 of a plain file of the folder, never following a link or
    blocking on a FIFO; a file over the size limit is not read (`too-large:<size>:<limit>`)."""
    return seed_file_digest(path, limit)


def run_key(key: str, counter: int, sha: str) -> str:
    return f"{key}@{counter}:{sha[:16]}"


def delivery_run_key(delivered: list[tuple[str, str, str, int]]) -> str:
    """One file: `<key>@<counter>:<sha256 prefix>`; several: a digest of those."""
    keys = [run_key(key, counter, sha) for key, sha, _, counter in delivered]
    if len(keys) == 1:
        return keys[0]
    return "delivery:" + hashlib.sha256("\n".join(keys).encode()).hexdigest()[:24]


def removal_run_key(removed: list[tuple[str, int]]) -> str:
    text = "\n".join(f"{k}@{n}" for k, n in removed)
    return "removed:" + hashlib.sha256(text.encode()).hexdigest()[:24]


def _staged(paths: PipelinePaths, query: str) -> list[tuple] | None:
    """The rows of a read of the staging store; [] when there is no store (or table) yet, None
    when it is locked by a writer right now (try again next tick)."""
    if not paths.staging_path.exists():
        return []
    try:
        con = connect(paths.staging_path, read_only=True, wait_seconds=5)
    except Exception:
        return None
    try:
        return con.execute(query).fetchall()
    except Exception:  # no such table yet
        return []
    finally:
        con.close()


def _staged_hashes(paths: PipelinePaths) -> dict[str, str] | None:
    """file key -> sha256 staged in raw_articles (None: the store is locked right now)."""
    rows = _staged(paths, "SELECT partition_key, sha256 FROM raw_articles")
    return None if rows is None else dict(rows)


@dg.sensor(
    job=bpjs_pipeline_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Watches the seeds folder by content (sha256): new and changed files are delivered as one new "
        "batch and run together (at most 1,000 per tick; the rest follow), a deleted file requests a "
        "warehouse run that removes its rows. Each run also publishes what changed in the warehouse and "
        "evaluates the checks."
    ),
)
def seed_files_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    current: dict[str, str] = {}
    limit = max_article_bytes()
    listed = discover_seed_files(paths.seeds_path)
    if context.cursor:
        seen = SeedCursor.loads(context.cursor)
    else:
        staged = _staged_hashes(paths)
        if staged is None:
            return dg.SensorResult(skip_reason="the staging store is locked by a run; trying again next tick")
        seen = SeedCursor(dict(staged))
    if len(listed) < MIN_LISTED_SHARE * len(seen.files):
        # an empty folder mounted over the seeds, a sync not finished: removing the missing files'
        # rows would empty the warehouse; `bpjs-pipeline run --allow-shrink` publishes a smaller archive
        return dg.SensorResult(skip_reason=(
            f"the seeds folder lists {len(listed)} .txt file(s) where {len(seen.files)} were seen: it "
            "looks empty or incomplete, so nothing is removed (run `bpjs-pipeline run --allow-shrink` "
            "if the archive really is smaller now)"), cursor=context.cursor)
    for f in listed:
        try:
            current[f.partition_key] = file_sha256(f.path, limit)
        except OSError as exc:  # unreadable right now (being written, permissions): next tick
            context.log.warning(f"cannot read {f.file_name}: {exc}")
    staged: dict[str, str] | None = {}
    if any(seen.files.get(key) != sha for key, sha in current.items()):
        # something looks new or changed: a command-line run may have processed it already
        staged = _staged_hashes(paths)
        if staged is None:
            return dg.SensorResult(skip_reason="the staging store is locked by a run; trying again next tick")
    plan = plan_tick(current, seen, staged=staged)

    run_requests: list[dg.RunRequest] = []
    partition_requests: list = []
    if plan.delivered:
        staged_batches = _staged(paths, "SELECT DISTINCT batch FROM batch_members") or []
        (batch,) = batch_keys([*context.instance.get_dynamic_partitions(BATCHES_PARTITIONS_NAME),
                               *(b for (b,) in staged_batches)], 1)
        partition_requests.append(dg.AddDynamicPartitionsRequest(BATCHES_PARTITIONS_NAME, [batch]))
        names = [f"{article_id_from_key(key)}.txt" for key, _, _, _ in plan.delivered]
        run_requests.append(dg.RunRequest(
            partition_key=batch,
            run_key=delivery_run_key(plan.delivered),
            run_config={"resources": {"article_selection": {"config": {"files": names}}}},
            tags={CHANGE_TAG: "+".join(sorted({kind for _, _, kind, _ in plan.delivered})),
                  FILES_TAG: str(len(names))},
        ))
    if plan.removed:
        run_requests.append(
            dg.RunRequest(
                run_key=removal_run_key(plan.removed),
                asset_selection=[spec.key for spec in warehouse_specs],
                tags={CHANGE_TAG: "deleted"},
            )
        )
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=partition_requests,
        cursor=plan.cursor.dumps(),
    )

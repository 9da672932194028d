"""What Dagster's bookkeeping costs per partition on this machine (figures for docs/scaling.md).

    .venv/bin/python benchmarks/dagster_limits.py [--partitions 10000 50000] [--run-partitions 2000]

On a SQLite instance in a temporary DAGSTER_HOME (as `make run` and `make ui`
use), prints:

* the time to add N dynamic partitions in batches of `ADD_BATCH` (as
  `bpjs-pipeline run` adds its batches) and to list them back;
* the time of one single-run backfill of a trivial partitioned asset over M
  partitions: what a run pays per partition for its materialization events
  alone, with nothing else to do, on SQLite and in memory.
"""
from __future__ import annotations

import argparse
import tempfile
import time
import warnings
from pathlib import Path

import dagster as dg

from bpjs_pipeline.orchestration.partitions import ADD_BATCH

ROOT = Path(__file__).resolve().parents[1]
bench_partitions = dg.DynamicPartitionsDefinition(name="bench")


@dg.asset(partitions_def=bench_partitions, backfill_policy=dg.BackfillPolicy.single_run())
def trivial(context) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"partitions": len(context.partition_keys)})


def instance_in(folder: Path) -> dg.DagsterInstance:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dagster.yaml").write_text((ROOT / "dagster.yaml").read_text())
    return dg.DagsterInstance.local_temp(tempdir=str(folder))


def add_partitions(n: int, root: Path) -> None:
    with instance_in(root / f"add{n}") as instance:
        keys = [f"article_{i:07d}" for i in range(n)]
        start = time.perf_counter()
        for i in range(0, n, ADD_BATCH):
            instance.add_dynamic_partitions("bench", keys[i : i + ADD_BATCH])
        added = time.perf_counter() - start
        start = time.perf_counter()
        listed = len(instance.get_dynamic_partitions("bench"))
        listing = time.perf_counter() - start
    print(f"add {n:,} dynamic partitions in batches of {ADD_BATCH}: {added:.1f} s; "
          f"list them: {listing:.2f} s ({listed:,})", flush=True)


def backfill(m: int, instance: dg.DagsterInstance, label: str) -> None:
    keys = [f"article_{i:07d}" for i in range(m)]
    for i in range(0, m, ADD_BATCH):
        instance.add_dynamic_partitions("bench", keys[i : i + ADD_BATCH])
    job = dg.Definitions(assets=[trivial], jobs=[dg.define_asset_job("bench_job", selection=[trivial])]
                         ).resolve_job_def("bench_job")
    start = time.perf_counter()
    result = job.execute_in_process(
        instance=instance,
        tags={"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]},
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}})
    elapsed = time.perf_counter() - start
    print(f"one run materializing {m:,} partitions of a trivial asset ({label}): {elapsed:.1f} s, "
          f"{1000 * elapsed / m:.1f} ms per partition, success={result.success}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partitions", type=int, nargs="*", default=[10_000, 50_000])
    parser.add_argument("--run-partitions", type=int, default=2000)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for n in args.partitions:
            add_partitions(n, root)
        with instance_in(root / "run") as instance:
            backfill(args.run_partitions, instance, "SQLite")
        with dg.DagsterInstance.ephemeral() as instance:
            backfill(args.run_partitions, instance, "in memory")


if __name__ == "__main__":
    main()

"""What each way of recording a bulk load costs Dagster, with no work inside the steps.

    .venv/bin/python benchmarks/bookkeeping_options.py [--articles 10000] [--batch 1000] [--instance both]

Three assets in a chain (like raw_articles -> cleaned_articles -> extracted_facts),
doing nothing but recording what a real load records, in one run:

* **per-article partitions**: one dynamic partition per article, a single-run
  backfill over all of them (each asset records one materialization per
  partition with the batch's totals);
* **per-batch partitions**: one dynamic partition per delivered batch of
  `--batch` articles, a single-run backfill over the batches; each batch's
  materialization carries a table with one row per article (status, title,
  fact counts, error), as the pipeline records it;
* **one materialization per run**: the assets are not partitioned; each
  materialization carries the table of every article of the load.

Prints wall and CPU seconds of each run (CPU counts on a shared machine), on an
in-memory instance and on SQLite files (as `make run` and `make ui` use). The
per-article option is run on at most `--per-article-max` articles (it costs the
same per partition at any size) and its per-partition cost scaled up to `--articles`.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
import warnings
from pathlib import Path

import dagster as dg

ROOT = Path(__file__).resolve().parents[1]
ADD_BATCH = 500


def _article_table(n: int, first: int = 0) -> dg.MetadataValue:
    columns = ["file", "status", "title", "facts_participants", "facts_funds", "facts_targets", "error"]
    schema = dg.TableSchema(columns=[dg.TableColumn(c, "string") for c in columns])
    records = [dg.TableRecord({"file": f"article_{i:07d}.txt", "status": "published",
                               "title": f"Peserta aktif BPJS Ketenagakerjaan capai {i} juta orang",
                               "facts_participants": "4", "facts_funds": "2", "facts_targets": "1", "error": ""})
               for i in range(first, first + n)]
    return dg.MetadataValue.table(records=records, schema=schema)


def chain(partitions_def: dg.PartitionsDefinition | None, per_batch_table: int, whole_table: int):
    policy = dg.BackfillPolicy.single_run() if partitions_def is not None else None

    def record(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        keys = list(context.partition_keys) if context.has_partition_key_range or partitions_def else []
        if per_batch_table:
            for i, key in enumerate(keys):
                context.add_asset_metadata({"articles": _article_table(per_batch_table, i * per_batch_table)},
                                           partition_key=key)
        metadata = {"partitions": len(keys)}
        if whole_table:
            metadata["articles"] = _article_table(whole_table)
        return dg.MaterializeResult(metadata=metadata)

    @dg.asset(name="raw", partitions_def=partitions_def, backfill_policy=policy)
    def raw(context) -> dg.MaterializeResult:
        return record(context)

    @dg.asset(name="cleaned", partitions_def=partitions_def, backfill_policy=policy, deps=[raw])
    def cleaned(context) -> dg.MaterializeResult:
        return record(context)

    @dg.asset(name="extracted", partitions_def=partitions_def, backfill_policy=policy, deps=[cleaned])
    def extracted(context) -> dg.MaterializeResult:
        return record(context)

    return [raw, cleaned, extracted]


def run_option(label: str, instance: dg.DagsterInstance, partitions: int, per_batch_table: int = 0,
               whole_table: int = 0) -> tuple[float, float]:
    partitions_def = dg.DynamicPartitionsDefinition(name="bench") if partitions else None
    assets = chain(partitions_def, per_batch_table, whole_table)
    job = dg.Definitions(assets=assets, jobs=[dg.define_asset_job("bench_job", selection=assets)]
                         ).resolve_job_def("bench_job")
    tags = {}
    if partitions:
        keys = [f"p{i:07d}" for i in range(partitions)]
        for i in range(0, partitions, ADD_BATCH):
            instance.add_dynamic_partitions("bench", keys[i:i + ADD_BATCH])
        tags = {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
    wall, cpu = time.perf_counter(), time.process_time()
    result = job.execute_in_process(instance=instance, tags=tags,
                                    run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}})
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert result.success
    print(f"  {label:58} wall {wall:7.2f} s  CPU {cpu:7.2f} s", flush=True)
    return wall, cpu


def instance_in(folder: Path) -> dg.DagsterInstance:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dagster.yaml").write_text((ROOT / "dagster.yaml").read_text())
    return dg.DagsterInstance.local_temp(tempdir=str(folder))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--per-article-max", type=int, default=1_000)
    parser.add_argument("--instance", choices=("memory", "sqlite", "both"), default="both")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    n, batch = args.articles, args.batch
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; {n:,} articles, 3 assets", flush=True)
    kinds = ("memory", "sqlite") if args.instance == "both" else (args.instance,)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            print(f"{kind} instance:", flush=True)

            def fresh(name: str) -> dg.DagsterInstance:
                return dg.DagsterInstance.ephemeral() if kind == "memory" else instance_in(Path(tmp) / f"{kind}-{name}")

            sample = min(n, args.per_article_max)
            with fresh("per-article") as instance:
                wall, cpu = run_option(f"per-article partitions ({sample:,})", instance, sample)
            print(f"  {'  -> scaled to ' + format(n, ',') + ' articles':58} wall {wall * n / sample:7.1f} s  "
                  f"CPU {cpu * n / sample:7.1f} s", flush=True)
            with fresh("per-batch") as instance:
                run_option(f"per-batch partitions ({-(-n // batch)} of {batch:,}, table per batch)", instance,
                           -(-n // batch), per_batch_table=batch)
            with fresh("per-run") as instance:
                run_option(f"one materialization per run (table of {n:,})", instance, 0, whole_table=n)
            print(f"  load average now {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)


if __name__ == "__main__":
    main()

"""Whole-pipeline timings at a given archive size, on a realistic corpus and on seed copies.

    .venv/bin/python benchmarks/pipeline_scale.py --articles 2000 [--corpus realistic|copies|both]

For each corpus (see benchmarks/corpus.py) in a fresh folder, warehouse and
SQLite Dagster instance (as `make run` uses), prints:

* `bpjs-pipeline run` timings: the full load, a rerun with nothing changed,
  a run after one new file, and the sensor's work for one more new file (its
  tick, which hashes every file, then the one-partition run it requests:
  that article, the warehouse and every check);
* the peak RSS of this process and of the largest worker process;
* the seconds of each Dagster step of the full load;
* the time of each published view (`SELECT *`, all rows fetched) and each
  check function on the final warehouse;
* seconds per stage (read, clean, extract, validate, stage, publish, checks)
  of the same work done by the functional core directly, outside Dagster.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

# Heavy imports happen in main(): worker processes (spawned) import this module again.


def _mib(kib: int) -> str:
    return f"{kib / 1024:,.0f} MiB"


def load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@contextmanager
def timed(out: dict, name: str, cpu: dict | None = None):
    start, used = time.perf_counter(), cpu_seconds()
    try:
        yield
    finally:
        out[name] = out.get(name, 0.0) + time.perf_counter() - start
        if cpu is not None:
            cpu[name] = cpu.get(name, 0.0) + cpu_seconds() - used


def step_seconds(instance, run_id: str) -> dict[str, float]:
    import dagster as dg

    starts, spent = {}, {}
    for record in instance.all_logs(run_id):
        event = record.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type == dg.DagsterEventType.STEP_START:
            starts[event.step_key] = record.timestamp
        elif event.event_type in (dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE):
            spent[event.step_key] = record.timestamp - starts.get(event.step_key, record.timestamp)
    return spent


def run_and_print(label: str, seeds: Path, warehouse: Path, instance, results: dict, cpu: dict) -> object:
    from bpjs_pipeline.orchestration.execute import run_pipeline

    start, used = time.perf_counter(), cpu_seconds()
    summary = run_pipeline(seeds, warehouse, instance)
    elapsed, used = time.perf_counter() - start, cpu_seconds() - used
    results[label], cpu[label] = elapsed, used
    facts = sum(summary.facts_per_table.values())
    plan = summary.plan
    print(f"  {label:34} {elapsed:8.1f} s wall {used:8.1f} s CPU  ({load()})  success={summary.success}  "
          f"processed={summary.processed} new={len(plan.new)} changed={len(plan.changed)} "
          f"unchanged={len(plan.unchanged)}  batches={len(getattr(summary, 'added', []))}  "
          f"publish={getattr(summary, 'publish', '') or 'rebuilt'}  facts={facts}",
          flush=True)
    return summary


def sensor_run(seeds: Path, warehouse: Path, instance, results: dict) -> None:
    """What the daemon does for one new file: a tick of seed_files_sensor, then its run."""
    import dagster as dg

    from bpjs_pipeline.orchestration.definitions import build_definitions
    from bpjs_pipeline.orchestration.jobs import JOB_NAME
    from bpjs_pipeline.orchestration.resources import PipelinePaths
    from bpjs_pipeline.orchestration.sensors import SeedCursor, file_sha256, seed_files_sensor
    from bpjs_pipeline.ingest import discover_seed_files

    paths = PipelinePaths.resolve(seeds, warehouse)
    cursor = SeedCursor({f.partition_key: file_sha256(f.path) for f in discover_seed_files(seeds)}).dumps()
    corpus = __import__("corpus")
    stem, text = corpus.extra_article(KIND, N + 1)
    (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
    start, used = time.perf_counter(), cpu_seconds()
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"paths": paths})
    result = seed_files_sensor(context)
    tick, tick_cpu = time.perf_counter() - start, cpu_seconds() - used
    (request,) = result.run_requests
    for partitions in result.dynamic_partitions_requests:
        instance.add_dynamic_partitions(partitions.partitions_def_name, list(partitions.partition_keys))
    job = build_definitions(seeds, warehouse).resolve_job_def(JOB_NAME)
    start, used = time.perf_counter(), cpu_seconds()
    run_config = {**(request.run_config or {}), "loggers": {"console": {"config": {"log_level": "WARNING"}}}}
    run = job.execute_in_process(instance=instance, partition_key=request.partition_key, tags=request.tags,
                                 run_config=run_config, raise_on_error=False)
    elapsed, used = time.perf_counter() - start, cpu_seconds() - used
    results["sensor tick"], results["sensor run"] = tick, elapsed
    print(f"  {'sensor tick (hashes every file)':34} {tick:8.1f} s wall {tick_cpu:8.1f} s CPU  ({load()})", flush=True)
    print(f"  {'sensor run for one new file':34} {elapsed:8.1f} s wall {used:8.1f} s CPU  ({load()})  "
          f"success={run.success}", flush=True)
    steps = step_seconds(instance, run.run_id)
    print("    its steps: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(steps.items(), key=lambda kv: -kv[1])[:6]))


def view_and_check_times(warehouse: Path, staging: Path) -> None:
    from bpjs_pipeline.checks import (
        articles_without_facts,
        extraction_regressions,
        implausible_changes,
        implausible_values,
        load_ranges,
        source_conflicts,
    )
    from bpjs_pipeline.checks.plausibility import BY_YEAR_VIEWS, FACT_TABLES
    from bpjs_pipeline.checks.schema import validate_relation
    from bpjs_pipeline.validate.warehouse_schemas import WAREHOUSE_MODELS
    from bpjs_pipeline.warehouse import PUBLISHED_VIEWS, StagingStore, open_read_only

    con = open_read_only(warehouse)
    try:
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                  for t in ("articles", "fact_participants", "fact_funds", "fact_targets")}
        print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        for view in PUBLISHED_VIEWS:  # SELECT *, every row fetched; the best and the median of 20
            spent = []
            for _ in range(20):
                start = time.perf_counter()
                rows = len(con.execute(f'SELECT * FROM "{view}"').fetchall())
                spent.append(time.perf_counter() - start)
            spent.sort()
            print(f"  view  {view:34} {1000 * spent[0]:9.1f} ms (median {1000 * spent[10]:.1f})  {rows:,} rows  "
                  f"({load()})")
        ranges = load_ranges()
        checks = {"sources_agree": lambda: source_conflicts(con),
                  "every_article_has_facts": lambda: articles_without_facts(con)}
        for table in FACT_TABLES:
            checks[f"plausible_values {table}"] = lambda t=table: implausible_values(con, t, ranges)
        for view in BY_YEAR_VIEWS:
            checks[f"plausible_year_on_year {view}"] = lambda v=view: implausible_changes(con, v, ranges)
        for relation in WAREHOUSE_MODELS:
            checks[f"schema_valid {relation}"] = lambda r=relation: validate_relation(con, r)
        total = 0.0
        for name, check in checks.items():
            start = time.perf_counter()
            finding = check()
            spent = time.perf_counter() - start
            total += spent
            print(f"  check {name:34} {1000 * spent:9.1f} ms  failure cases {finding.failure_cases:,}")
    finally:
        con.close()
    with StagingStore(staging).connection(read_only=True) as scon:
        start = time.perf_counter()
        extraction_regressions(scon)
        spent = time.perf_counter() - start
    print(f"  check {'no_extraction_regression':34} {1000 * spent:9.1f} ms")
    print(f"  checks in all {total + spent:.2f} s")


def stage_split(seeds: Path, work: Path, cpu: dict | None = None) -> dict[str, float]:
    """The pipeline's work done by the functional core directly, timed per stage (wall seconds;
    CPU seconds into `cpu`)."""
    import duckdb

    from bpjs_pipeline.batch import clean_one, extract_one, map_articles
    from bpjs_pipeline.ingest import discover_seed_files, read_article
    from bpjs_pipeline.validate import ArticlesSchema, FactsSchema, articles_frame, facts_frame, split_valid
    from bpjs_pipeline.warehouse import StagingStore, publish

    spent: dict[str, float] = {}
    cpu = {} if cpu is None else cpu
    with timed(spent, "read", cpu):
        loaded = [(f.partition_key, read_article(f.path)) for f in discover_seed_files(seeds)]
    ids = [a.article_id for _, a in loaded]
    with timed(spent, "clean", cpu):
        cleaned = [c for _, ok, c in map_articles(clean_one, [(a.article_id, a.text) for _, a in loaded]) if ok]
    with timed(spent, "extract", cpu):
        facts = [r for _, ok, rs in map_articles(extract_one, [(c.article_id, c) for c in cleaned]) if ok for r in rs]
    with timed(spent, "validate", cpu):
        split_valid(ArticlesSchema, articles_frame([{**c.to_record(), "body_chars": len(c.body)} for c in cleaned]))
        valid, failures = split_valid(FactsSchema, facts_frame(facts))
    store = StagingStore(work / "split.staging.duckdb")
    with timed(spent, "stage", cpu):
        store.replace_raw(ids, loaded, [])
        store.replace_cleaned(ids, cleaned, failures.iloc[0:0])
        store.replace_facts(ids, valid, failures.iloc[0:0])
    with timed(spent, "publish", cpu):
        publish(store, work / "split.duckdb")
    bulk = work / "bulk.duckdb"
    with timed(spent, "duckdb bulk insert", cpu):  # the floor of any publish: every fact into a new file
        con = duckdb.connect(str(bulk))
        con.execute(f"ATTACH '{store.path}' AS stg (READ_ONLY)")
        con.execute("CREATE TABLE facts AS SELECT * FROM stg.facts")
        con.execute("CHECKPOINT")
        con.close()
    return spent


KIND = "realistic"
N = 0
INSTANCE = "sqlite"


def core_only(kind: str, n: int) -> None:
    """The stage split and the view and check timings, without Dagster."""
    corpus = __import__("corpus")
    print(f"\n== {kind}: {n} articles, functional core only", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = corpus.write_corpus(kind, n, root / "seeds")
        size = sum(p.stat().st_size for p in paths)
        floor_cpu: dict[str, float] = {}
        spent = stage_split(root / "seeds", root, floor_cpu)
        print(f"  stages, functional core ({load()}): " + ", ".join(
            f"{k} {v:.1f} s ({floor_cpu[k]:.1f} CPU s)" for k, v in spent.items()))
        print(f"  clean+extract {size / 1e6 / (spent['clean'] + spent['extract']):.2f} MB/s on "
              f"{len(os.sched_getaffinity(0))} cores")
        print(f"  peak RSS: this process {_mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)}, "
              f"largest worker {_mib(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}")
        view_and_check_times(root / "split.duckdb", root / "split.staging.duckdb")


def bench(kind: str, n: int, skip_split: bool) -> None:
    global KIND, N
    import dagster as dg

    from bpjs_pipeline.settings import staging_path_for

    corpus = __import__("corpus")
    KIND, N = kind, n
    print(f"\n== {kind}: {n} articles", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        seeds, warehouse = root / "seeds", root / "warehouse" / "bpjs.duckdb"
        start = time.perf_counter()
        paths = corpus.write_corpus(kind, n, seeds)
        size = sum(p.stat().st_size for p in paths)
        print(f"  corpus: {len(paths)} files, {size / 2**20:.1f} MiB, written in {time.perf_counter() - start:.1f} s")
        results: dict[str, float] = {}
        cpu: dict[str, float] = {}
        home = root / "dagster_home"  # a SQLite instance with the project's settings, as `make run` uses
        home.mkdir()
        (home / "dagster.yaml").write_text((ROOT / "dagster.yaml").read_text())
        full = f"full load ({n})"
        with (dg.DagsterInstance.local_temp(tempdir=str(home)) if INSTANCE == "sqlite"
              else dg.DagsterInstance.ephemeral()) as instance:
            first = run_and_print(full, seeds, warehouse, instance, results, cpu)
            steps = step_seconds(instance, first.run_id)
            run_and_print("rerun, nothing changed", seeds, warehouse, instance, results, cpu)
            stem, text = corpus.extra_article(kind, n)
            (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
            run_and_print("run after one new file", seeds, warehouse, instance, results, cpu)
            sensor_run(seeds, warehouse, instance, results)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"  peak RSS: this process {_mib(own)}, largest worker {_mib(workers)}")
        print("  full load, Dagster steps (s): " + ", ".join(
            f"{k} {v:.1f}" for k, v in sorted(steps.items(), key=lambda kv: -kv[1]) if v >= 0.05))
        view_and_check_times(warehouse, staging_path_for(warehouse))
        if not skip_split:
            (seeds / f"{stem}.txt").unlink()  # the floor does the full load's work: the same files
            floor_cpu: dict[str, float] = {}
            spent = stage_split(seeds, root, floor_cpu)
            with timed(spent, "checks", floor_cpu):
                _checks_on(root / "split.duckdb")
            print(f"  floors, the same work outside Dagster ({load()}):")
            for name in spent:
                print(f"    {name:30} {spent[name]:8.1f} s wall {floor_cpu[name]:8.1f} s CPU")
            work = sum(v for k, v in floor_cpu.items() if k != "duckdb bulk insert")
            print(f"    {'all stages':30} {sum(v for k, v in spent.items() if k != 'duckdb bulk insert'):8.1f} s wall "
                  f"{work:8.1f} s CPU")
            share = max(0.0, cpu[full] - work) / cpu[full]
            print(f"  Dagster's share of the full load: {share:.0%} of its CPU ({cpu[full] - work:.1f} of "
                  f"{cpu[full]:.1f} CPU s beyond the stages' {work:.1f} s); {INSTANCE} instance ({load()})")
            chars = size / 1e6
            print(f"  clean+extract {chars / (floor_cpu['clean'] + floor_cpu['extract']):.2f} MB/s per core (CPU), "
                  f"{chars / (spent['clean'] + spent['extract']):.2f} MB/s wall on {os.cpu_count()} cores")


def _checks_on(warehouse: Path) -> None:
    from bpjs_pipeline.checks import articles_without_facts, implausible_changes, implausible_values, load_ranges
    from bpjs_pipeline.checks import source_conflicts
    from bpjs_pipeline.checks.plausibility import BY_YEAR_VIEWS, FACT_TABLES
    from bpjs_pipeline.checks.schema import validate_relation
    from bpjs_pipeline.validate.warehouse_schemas import WAREHOUSE_MODELS
    from bpjs_pipeline.warehouse import open_read_only

    ranges = load_ranges()
    con = open_read_only(warehouse)
    try:
        source_conflicts(con)
        articles_without_facts(con)
        for table in FACT_TABLES:
            implausible_values(con, table, ranges)
        for view in BY_YEAR_VIEWS:
            implausible_changes(con, view, ranges)
        for relation in WAREHOUSE_MODELS:
            validate_relation(con, relation)
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--corpus", choices=("realistic", "copies", "both"), default="both")
    parser.add_argument("--skip-stage-split", action="store_true",
                        help="do not repeat the work outside Dagster to time each stage")
    parser.add_argument("--core-only", action="store_true",
                        help="only the stage split and the view and check timings, without Dagster runs")
    parser.add_argument("--instance", choices=("sqlite", "ephemeral"), default="sqlite",
                        help="Dagster instance: SQLite files in a temporary DAGSTER_HOME (as `make run`), "
                             "or in memory (as `bpjs-pipeline run` without DAGSTER_HOME)")
    args = parser.parse_args()
    global INSTANCE
    INSTANCE = args.instance
    if args.core_only:
        for kind in (("realistic", "copies") if args.corpus == "both" else (args.corpus,)):
            core_only(kind, args.articles)
        return
    import warnings

    warnings.filterwarnings("ignore")
    if args.corpus == "both":  # one process per corpus, so each peak RSS is its own
        import subprocess

        for kind in ("realistic", "copies"):
            command = [sys.executable, __file__, "--articles", str(args.articles), "--corpus", kind,
                       "--instance", args.instance]
            subprocess.run(command + (["--skip-stage-split"] if args.skip_stage_split else []), check=True)
        return
    print(f"cores available: {len(os.sched_getaffinity(0))}, {load()}, Dagster instance {args.instance}",
          flush=True)
    bench(args.corpus, args.articles, args.skip_stage_split)


if __name__ == "__main__":
    main()

"""What each engine past one machine costs per article, next to the work per article.

    .venv/bin/python benchmarks/cluster_scale.py                      # 2,000 and 10,000 articles
    .venv/bin/python benchmarks/cluster_scale.py --articles 2000 --engines local dask2 --instances postgres

On the same realistic archive (benchmarks/corpus.py) for each size, it starts its own servers
on localhost (tests/servers.py: a PostgreSQL server with its default durability, and Dask
clusters of `dask scheduler` plus one or two `dask worker --nthreads 1` processes) and prints:

1. **the per-article work alone** (cleaning and extraction of every article, through
   `bpjs_pipeline.batch.map_articles`): first in this process, one article after another
   (the work per article), then on each engine: the local pool of 2 processes, the Dask
   cluster with 1 worker, with 2 workers. An engine's overhead per article is its wall time
   less the work divided among its workers (`wall - work / workers`), per article;
2. **full loads** (`bpjs-pipeline run`'s `run_pipeline` on a fresh warehouse) on each
   Dagster instance (in memory, for reference; SQLite files in a temporary DAGSTER_HOME, as
   `make run`; PostgreSQL, as `make run` with DAGSTER_PG_HOST) with each engine. What the load
   costs beyond the work is per article next to it, and the instance's own share is the load
   on that instance less the load in memory with the same engine.

Every line carries the 1-minute load average: on a machine shared with other work the wall
times are upper bounds. `--full-load-max N` skips full loads above N articles (a SQLite full
load of 10,000 articles costs Dagster's bookkeeping of 30,000 partition materializations).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

ENGINES = ("local", "dask1", "dask2")
INSTANCES = ("memory", "sqlite", "postgres")
LOCAL_WORKERS = 2


def servers():
    """tests/servers.py: the same PostgreSQL and Dask servers the tests start."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("test_servers", ROOT / "tests" / "servers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def ms(seconds: float, n: int) -> str:
    return f"{1000 * seconds / n:7.2f} ms"


@contextmanager
def engine_env(engine: str, cluster):
    """The environment a run reads its engine from (BPJS_DASK_SCHEDULER / BPJS_WORKERS)."""
    saved = {k: os.environ.get(k) for k in ("BPJS_DASK_SCHEDULER", "BPJS_WORKERS")}
    os.environ["BPJS_WORKERS"] = str(LOCAL_WORKERS)
    if cluster is not None:
        os.environ["BPJS_DASK_SCHEDULER"] = cluster.address
    else:
        os.environ.pop("BPJS_DASK_SCHEDULER", None)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def clean_and_extract(items, **where) -> float:
    from bpjs_pipeline.batch import clean_one, extract_one, map_articles

    start = time.perf_counter()
    cleaned = [(a.article_id, a) for _, ok, a in map_articles(clean_one, items, **where) if ok]
    facts = sum(len(f) for _, ok, f in map_articles(extract_one, cleaned, **where) if ok)
    assert facts > 0
    return time.perf_counter() - start


@contextmanager
def instance_for(kind: str, home: Path, postgres, label: str):
    import dagster as dg

    if kind == "memory":
        with dg.DagsterInstance.ephemeral() as instance:
            yield instance
        return
    home.mkdir(parents=True)
    source = "dagster.postgres.yaml" if kind == "postgres" else "dagster.yaml"
    (home / "dagster.yaml").write_text((ROOT / source).read_text())
    saved = {k: v for k, v in os.environ.items() if k.startswith("DAGSTER_PG_")}
    if kind == "postgres":
        os.environ.update(postgres.create_database(label))
    try:
        with dg.DagsterInstance.from_config(str(home)) as instance:
            yield instance
    finally:
        for k in [k for k in os.environ if k.startswith("DAGSTER_PG_")]:
            del os.environ[k]
        os.environ.update(saved)


def bench(n: int, engines: list[str], instances: list[str], full_load_max: int, root: Path, postgres) -> None:
    DaskCluster = servers().DaskCluster

    from bpjs_pipeline.ingest import read_article
    from bpjs_pipeline.orchestration.execute import run_pipeline

    corpus = __import__("corpus")
    seeds = root / f"seeds{n}"
    paths = corpus.write_corpus("realistic", n, seeds)
    size = sum(p.stat().st_size for p in paths)
    items = [(a.article_id, a.text) for a in (read_article(p) for p in paths)]
    print(f"\n== {n} realistic articles, {size / 2**20:.1f} MiB ({load()})", flush=True)

    work = clean_and_extract(items, workers=1)
    print(f"  work in this process, one article after another: {work:7.1f} s, {ms(work, n)} per article "
          f"({load()})", flush=True)
    full_loads: dict[tuple[str, str], float] = {}
    for engine in engines:
        workers = LOCAL_WORKERS if engine == "local" else int(engine[-1])
        with ExitStack() as stack:
            cluster = None if engine == "local" else stack.enter_context(DaskCluster(workers=workers))
            where = {"workers": LOCAL_WORKERS} if cluster is None else {"scheduler": cluster.address}
            wall = clean_and_extract(items, **where)
            overhead = wall - work / workers
            if engine == "local":
                name, tasks = "local pool of 2 processes", ""
            else:
                from bpjs_pipeline.cluster import chunk_size

                size = chunk_size(n, workers)
                name, tasks = f"Dask, {workers} worker(s)", f"; {-(-n // size)} tasks of {size} articles per stage"
            print(f"  {name:28} work alone {wall:7.1f} s; overhead {ms(overhead, n)} per article "
                  f"next to {ms(work, n)} of work{tasks} ({load()})", flush=True)
            if n > full_load_max:
                continue
            for kind in instances:
                label = f"bench_{engine}_{kind}_{n}"
                warehouse = root / label / "bpjs.duckdb"
                with engine_env(engine, cluster), instance_for(kind, root / label / "home", postgres, label) as inst:
                    start = time.perf_counter()
                    summary = run_pipeline(seeds, warehouse, inst, console_log_level="ERROR")
                    elapsed = time.perf_counter() - start
                assert summary.success, summary.failures
                full_loads[(engine, kind)] = elapsed
                beyond = elapsed - wall
                line = (f"    full load, {kind:8} instance {elapsed:7.1f} s: {ms(beyond, n)} per article beyond "
                        f"the work's {ms(wall, n)}")
                if kind != "memory" and (engine, "memory") in full_loads:
                    line += f"; the instance's own {ms(elapsed - full_loads[(engine, 'memory')], n)}"
                print(f"{line} ({load()})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--instances", nargs="+", choices=INSTANCES, default=list(INSTANCES))
    parser.add_argument("--full-load-max", type=int, default=10**9, metavar="N",
                        help="no full loads above N articles (the work alone is still timed); 0: none")
    parser.add_argument("--postgres-synchronous-commit", choices=("on", "off"), default="on",
                        help="PostgreSQL's synchronous_commit (on, its default: every commit waits for "
                             "its WAL to reach the disk; off: a crash may lose the last commits, never "
                             "corrupts)")
    args = parser.parse_args()
    import warnings

    warnings.filterwarnings("ignore")
    PostgresServer = servers().PostgresServer

    print(f"cores: {len(os.sched_getaffinity(0))}; {load()}")
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        postgres = stack.enter_context(PostgresServer(
            durable=True, settings={"synchronous_commit": args.postgres_synchronous_commit})) \
            if "postgres" in args.instances and args.full_load_max > 0 else None
        print(f"PostgreSQL: synchronous_commit={args.postgres_synchronous_commit}" if postgres else "")
        for n in args.articles:
            bench(n, args.engines, args.instances, args.full_load_max, Path(tmp), postgres)


if __name__ == "__main__":
    main()

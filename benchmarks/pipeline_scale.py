"""Full load and one-new-article cost of `bpjs-pipeline run` at a given size.

    .venv/bin/python benchmarks/pipeline_scale.py [--articles N]

Writes N article files into a temporary seeds folder (the seed articles,
each copy made distinct by a line naming its number so no two contents are
folded together), then times: the first full run (one Dagster run for all
partitions), a rerun with nothing changed, `bpjs-pipeline run` after one new
file (every partition again), and the run the sensor makes for one new file
(that partition only, then the warehouse).
Prints seconds, the run's peak RSS and the warehouse's row counts.
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

import dagster as dg

from bpjs_pipeline.ingest import partition_key_for
from bpjs_pipeline.orchestration.definitions import build_definitions
from bpjs_pipeline.orchestration.execute import run_pipeline
from bpjs_pipeline.orchestration.jobs import JOB_NAME
from bpjs_pipeline.orchestration.partitions import sync_article_partitions
from bpjs_pipeline.orchestration.resources import PipelinePaths

ROOT = Path(__file__).resolve().parents[1]


def _timed(label: str, seeds: Path, warehouse: Path, instance: dg.DagsterInstance) -> None:
    start = time.perf_counter()
    summary = run_pipeline(seeds, warehouse, instance)
    elapsed = time.perf_counter() - start
    facts = sum(summary.facts_per_table.values())
    print(f"{label:28} {elapsed:8.1f} s  success={summary.success}  articles={summary.articles_read}  facts={facts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        seeds, warehouse = Path(tmp) / "seeds", Path(tmp) / "warehouse" / "bpjs.duckdb"
        seeds.mkdir()
        for i, text in enumerate(islice(cycle(texts), args.articles)):
            (seeds / f"a{i:06d}.txt").write_text(f"{text}\nSalinan nomor {i}.\n", encoding="utf-8")
        with dg.DagsterInstance.ephemeral() as instance:
            _timed(f"full load ({args.articles})", seeds, warehouse, instance)
            _timed("rerun, nothing changed", seeds, warehouse, instance)
            (seeds / "new.txt").write_text(texts[0] + "\nSalinan baru.\n", encoding="utf-8")
            _timed("run after one new article", seeds, warehouse, instance)
            (seeds / "newer.txt").write_text(texts[1] + "\nSalinan terbaru.\n", encoding="utf-8")
            sync_article_partitions(instance, PipelinePaths.resolve(seeds, warehouse))
            job = build_definitions(seeds, warehouse).resolve_job_def(JOB_NAME)
            start = time.perf_counter()
            result = job.execute_in_process(instance=instance, partition_key=partition_key_for("newer"),
                                            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}})
            print(f"{'one partition (sensor run)':28} {time.perf_counter() - start:8.1f} s  success={result.success}")
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()

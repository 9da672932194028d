"""Full load and one-new-article cost of `bpjs-pipeline run` at a given size.

    .venv/bin/python benchmarks/pipeline_scale.py [--articles N]

Writes N article files into a temporary seeds folder (the seed articles,
each copy made distinct by a line naming its number so no two contents are
folded together), then times: the first full run (one Dagster run for all
partitions), a rerun with nothing changed, and a run after one new file.
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

from bpjs_pipeline.orchestration.execute import run_pipeline

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
            _timed("one new article", seeds, warehouse, instance)
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()

"""Cleaning + extraction throughput and peak memory, one core.

    .venv/bin/python benchmarks/extract_speed.py [--articles N] [--seeds DIR | --realistic]

Cycles through the article files of a folder (default seeds/; `--realistic` writes the
realistic benchmark corpus of benchmarks/corpus.py to a temporary folder) until N articles
have been processed and prints articles per second, MB of article text per second and facts
per second, by the wall clock and by this process's CPU time (on a machine shared with other
work the CPU figure is the one to compare), with the load average beside them; then the peak
traced memory from a second, untimed pass (tracemalloc roughly halves the throughput while it
runs). `--read` also times reading and decoding the files (`read_article`) per MB.
`--line 250 1000` times instead one line of figures (`peserta 1,5 juta ` repeated) of each
size in kB, cleaned and extracted: the seconds per MB stay the same when the cost is linear.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from itertools import cycle, islice
from pathlib import Path

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts

ROOT = Path(__file__).resolve().parents[1]


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--realistic", action="store_true", help="the realistic corpus of benchmarks/corpus.py")
    parser.add_argument("--read", action="store_true", help="also time reading and decoding the files")
    parser.add_argument("--line", type=int, nargs="*", metavar="KB",
                        help="time one line of figures of each size (kB) instead")
    args = parser.parse_args()
    if args.line:
        print(f"load average before {_load()}")
        for kb in args.line:
            unit = "peserta 1,5 juta "
            text = "BPJS Ketenagakerjaan\n\n" + unit * (kb * 1000 // len(unit)) + "\n"
            cpu = time.process_time()
            facts = len(extract_facts(clean_article("line", text)))
            cpu = time.process_time() - cpu
            size = len(text.encode("utf-8")) / 1e6
            print(f"one line of {kb:>5} kB: {cpu:7.1f} s CPU, {cpu / size:6.1f} s per MB, {facts} facts "
                  f"(load {_load()})", flush=True)
        return
    folder = Path(args.seeds)
    if args.realistic:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus

        folder = Path(tempfile.mkdtemp()) / "realistic"
        corpus.write_corpus("realistic", min(args.articles, 2000), folder)
    paths = sorted(folder.glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    clean_article(*texts[0])  # load the lexicon and compile patterns outside the timing
    extract_facts(clean_article(*texts[0]))
    print(f"load average before {_load()}")
    start, cpu = time.perf_counter(), time.process_time()
    facts = 0
    for article_id, text in islice(cycle(texts), args.articles):
        facts += len([f.to_record() for f in extract_facts(clean_article(article_id, text))])
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    tracemalloc.start()
    for article_id, text in islice(cycle(texts), min(args.articles, 200)):
        extract_facts(clean_article(article_id, text))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    megabytes = sum(len(t.encode("utf-8")) for _, t in islice(cycle(texts), args.articles)) / 1e6
    chars = sum(len(t) for _, t in texts) / len(texts)
    print(f"corpus             {folder}")
    print(f"articles           {args.articles}")
    print(f"mean article size  {chars:,.0f} characters")
    print(f"elapsed            {elapsed:.2f} s wall, {cpu:.2f} s CPU")
    print(f"articles/s         {args.articles / elapsed:,.1f} wall, {args.articles / cpu:,.1f} CPU")
    print(f"MB/s (one core)    {megabytes / elapsed:,.2f} wall, {megabytes / cpu:,.2f} CPU")
    print(f"facts/s            {facts / elapsed:,.1f} wall, {facts / cpu:,.1f} CPU")
    print(f"peak traced memory {peak / 2**20:.2f} MiB")
    if args.read:
        from bpjs_pipeline.ingest import read_article

        cpu = time.process_time()
        size = 0
        for path in islice(cycle(paths), args.articles):
            size += len(read_article(path).text.encode("utf-8"))
        cpu = time.process_time() - cpu
        print(f"read_article       {size / 1e6 / cpu:,.2f} MB/s CPU ({1000 * cpu / args.articles:.2f} ms per file)")
    print(f"load average after {_load()}")


if __name__ == "__main__":
    main()

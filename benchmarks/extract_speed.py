"""Cleaning + extraction throughput and peak memory on the seed articles.

    .venv/bin/python benchmarks/extract_speed.py [--articles N]

Cycles through the article files of a folder (default seeds/) until N articles
have been processed and prints articles per second, MB of article text per
second (one core) and facts per second from a timed pass with nothing else
running, then the peak traced memory from a second, untimed pass (tracemalloc
roughly halves the throughput while it runs).
"""
from __future__ import annotations

import argparse
import time
import tracemalloc
from itertools import cycle, islice
from pathlib import Path

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    args = parser.parse_args()
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(Path(args.seeds).glob("*.txt"))]
    clean_article(*texts[0])  # load the lexicon and compile patterns outside the timing
    extract_facts(clean_article(*texts[0]))
    start = time.perf_counter()
    facts = 0
    for article_id, text in islice(cycle(texts), args.articles):
        facts += len(extract_facts(clean_article(article_id, text)))
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    for article_id, text in islice(cycle(texts), min(args.articles, 200)):
        extract_facts(clean_article(article_id, text))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    megabytes = sum(len(t.encode("utf-8")) for _, t in islice(cycle(texts), args.articles)) / 1e6
    chars = sum(len(t) for _, t in texts) / len(texts)
    print(f"articles           {args.articles}")
    print(f"mean article size  {chars:,.0f} characters")
    print(f"elapsed            {elapsed:.2f} s")
    print(f"articles/s         {args.articles / elapsed:,.1f}")
    print(f"MB/s (one core)    {megabytes / elapsed:,.2f}")
    print(f"facts/s            {facts / elapsed:,.1f}")
    print(f"peak traced memory {peak / 2**20:.2f} MiB")


if __name__ == "__main__":
    main()

"""How cleaning and extraction grow with the article's length: for texts of 1x and 4x the
size (the shapes the tests use: many figures in one sentence, a run of dots, many short lines, ...)
the best of three times, the function calls and the characters handed to regular expressions,
and each ratio (a linear step grows by 4, a quadratic one by 16). Printed with the load average,
since times depend on what else the machine runs; the tests assert only the call counts
(`tests/test_extract_scaling.py`, `tests/test_hostile_inputs.py`).

    .venv/bin/python benchmarks/extract_growth.py [--size 9000]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts

GROWTH = 4

REGEX_COUNTER = r'''
import json, re, sys

scanned = [0]
_compile = re._compile


class CountingPattern:
    def __init__(self, pattern):
        self._pattern = pattern

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def _scan(self, name, string, *args, **kwargs):
        if name in ("sub", "subn"):
            subject = args[0] if args else kwargs["string"]
        else:
            subject = string
        pos = args[0] if name not in ("sub", "subn", "split") and args else kwargs.get("pos", 0)
        endpos = args[1] if name not in ("sub", "subn", "split") and len(args) > 1 else kwargs.get("endpos", len(subject))
        scanned[0] += max(0, min(endpos, len(subject)) - pos) + 1
        return getattr(self._pattern, name)(string, *args, **kwargs)

    def search(self, *a, **k): return self._scan("search", *a, **k)
    def match(self, *a, **k): return self._scan("match", *a, **k)
    def fullmatch(self, *a, **k): return self._scan("fullmatch", *a, **k)
    def finditer(self, *a, **k): return self._scan("finditer", *a, **k)
    def findall(self, *a, **k): return self._scan("findall", *a, **k)
    def split(self, *a, **k): return self._scan("split", *a, **k)
    def sub(self, *a, **k): return self._scan("sub", *a, **k)
    def subn(self, *a, **k): return self._scan("subn", *a, **k)


def counting_compile(pattern, flags):
    if isinstance(pattern, CountingPattern):
        return pattern
    return CountingPattern(_compile(pattern, flags))


re._compile = counting_compile

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts

texts = json.load(sys.stdin)
extract_facts(clean_article("warm", texts[0]))
out = []
for text in texts:
    scanned[0] = 0
    extract_facts(clean_article("long", text))
    out.append(scanned[0])
print(json.dumps(out))
'''


def shapes(size: int) -> dict[str, callable]:
    def unit(text):
        return lambda n: "Judul\n\nBPJS Ketenagakerjaan mencatat " + text * (n // len(text)) + " pada 2023.\n"

    def short_lines(n):
        rng = random.Random(n)
        return "Judul berita\n" + "\n".join(
            f"Baris {i} peserta aktif {rng.randint(10, 99)} juta orang pada tahun {2000 + i % 25} dan iuran "
            f"Rp {i % 50 + 1} triliun." for i in range(n // 90))

    return {
        "figures in one sentence": unit("peserta aktif 35,86 juta dan "),
        "rupiah in one sentence": unit("Rp 1.000 triliun "),
        "run of dots": unit(". . . . "),
        "short lines": unit("Peserta naik.\n"),
        "numbered lines with figures": short_lines,
    }


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract_facts(clean_article("long", text))
        best = min(best, time.perf_counter() - start)
    return best


def calls(text: str) -> int:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    sys.setprofile(profile)
    try:
        extract_facts(clean_article("long", text))
    finally:
        sys.setprofile(None)
    return count


def regex_characters(texts: list[str]) -> list[int]:
    done = subprocess.run([sys.executable, "-c", REGEX_COUNTER], input=json.dumps(texts), text=True,
                          capture_output=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=9000, help="characters of the shorter text")
    args = parser.parse_args()
    extract_facts(clean_article("warm", "Judul\n\nPeserta aktif 35,86 juta pada 2023.\n"))
    print(f"load average {os.getloadavg()[0]:.2f} (1 min), texts of {args.size} and {GROWTH * args.size} characters")
    print(f"{'shape':30} {'time x':>8} {'calls x':>8} {'regex chars x':>14}")
    for name, make in shapes(args.size).items():
        small, large = make(args.size), make(GROWTH * args.size)
        scanned = regex_characters([small, large])
        print(f"{name:30} {seconds(large) / seconds(small):8.1f} {calls(large) / calls(small):8.1f} "
              f"{scanned[1] / scanned[0]:14.1f}")


if __name__ == "__main__":
    main()

"""Work counted, not timed: how many Python and C function calls (regular-expression calls
included) a piece of code makes. The count depends on the input alone, never on the machine's
load, so a test can compare the work for a text four times as long with the work for the
shorter one. (The time itself, and the characters handed to regular expressions, are measured by
`benchmarks/extract_growth.py`.)"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Callable


def calls(work: Callable[[], object]) -> int:
    """The function calls `work()` makes (Python functions and builtins, e.g. `Pattern.finditer`)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return count



_COUNT_EXTRACTION = """
import json, sys
sys.path.insert(0, sys.argv[1])
from work import calls
from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
texts = json.load(sys.stdin)
extract_facts(clean_article("warm-up", texts[0]))  # the lexicon and the patterns, loaded outside the count
print(json.dumps([calls(lambda: extract_facts(clean_article("long", text))) for text in texts]))
"""


def extraction_calls(*texts: str) -> list[int]:
    """The calls `extract_facts(clean_article(...))` makes for each text, counted in a fresh
    interpreter (after a warm-up on the first text): in a long test session a thread another test
    left running (a Dask client's event loop) can leave Python 3.11's evaluation loop spinning
    while a profile function is set, so the count is never taken beside one."""
    result = subprocess.run([sys.executable, "-c", _COUNT_EXTRACTION, str(Path(__file__).parent)],
                            input=json.dumps(texts), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])

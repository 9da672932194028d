"""Work counted, not timed: how many Python and C function calls (regular-expression calls
included) a piece of code makes. The count depends on the input alone, never on the machine's
load, so a test can compare the work for a text four times as long with the work for the
shorter one. (The time itself, and the characters handed to regular expressions, are measured by
`benchmarks/extract_growth.py`.)"""
from __future__ import annotations

import gc
import sys
from typing import Callable


def calls(work: Callable[[], object]) -> int:
    """The function calls `work()` makes (Python functions and builtins, e.g. `Pattern.finditer`)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    previous = sys.getprofile()
    collecting = gc.isenabled()
    gc.disable()  # the count is the same; a full collection of a long test session's heap is not paid per call
    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(previous)
        if collecting:
            gc.enable()
    return count


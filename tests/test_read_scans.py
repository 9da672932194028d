"""Reading a file scans the text instead of testing it character by character: the same count
of control, surrogate, private-use and unassigned characters, and ASCII left as it is."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings, strategies as st

from bpjs_pipeline.ingest.read import _control_characters, _fix_mojibake

# The control characters text may hold: tab, line feed, carriage return, form feed, vertical tab.
TEXT_WHITESPACE = frozenset("\t\n\r\f\v")


def one_by_one(text: str) -> int:
    return sum(1 for ch in text
               if ch not in TEXT_WHITESPACE and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=60))
def test_control_characters_are_counted_as_one_by_one(text):
    assert _control_characters(text) == one_by_one(text)


def test_the_counted_characters_include_c1_controls_and_exclude_whitespace():
    assert _control_characters("a\tb\nc\rd\x0be\x0cf") == 0
    assert _control_characters("\x00\x1f\x7f\x85\ue000\U000e0000") == one_by_one("\x00\x1f\x7f\x85\ue000\U000e0000") == 6


def test_ascii_is_never_repaired_and_mojibake_still_is():
    assert _fix_mojibake("Peserta aktif 41,46 juta") == "Peserta aktif 41,46 juta"
    assert _fix_mojibake("kata â€œpekerjaâ€\x9d") == "kata “pekerja”"

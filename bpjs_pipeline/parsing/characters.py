"""Unicode character classes for regular expressions, computed once from `unicodedata`.

Normalisation (`bpjs_pipeline/ingest/normalise.py`) and the figure grammar
(`numbers.py`) scan text with compiled character classes, never a Python loop
per character. The classes are built from the Unicode database of the running
Python in one pass over planes 0 to 3 and 14 (planes 2 and 3 hold CJK
ideographs, and the code points between their blocks are unassigned); planes
4-13 are unassigned and planes 15-16 private use.

A class this large is slow to test a character against (Python's engine tries
its ranges past U+FFFF one by one), so callers test one only where the text is
not ASCII: `NON_ASCII_RUN` finds those places with a small class.

The pass over the planes costs a few tenths of a second, paid by every process
that reads an article; `character_classes.json` beside this module keeps its result
for one Unicode version and one text of this module, and is used only when both
match (else the pass runs). Write it anew with
`python -m bpjs_pipeline.parsing.characters`; a test compares it with the pass.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

HANGUL_FILLERS = "\u115f\u1160\u3164\uffa0"
BRAILLE_BLANK = "\u2800"
# Invisible marks outside category Cf: the combining grapheme joiner, the Khmer inherent
# vowels, the Mongolian free variation selectors and the variation selectors.
INVISIBLE_MARKS = "\u034f\u17b4\u17b5\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
# Non-ASCII characters that may stand right beside a figure without being part of it:
# quotation marks, dashes of a range, the ellipsis, bullets, units and currency signs.
FIGURE_NEIGHBOURS = "“”‘’«»‹›–—…•·°%‰€£¥¢₹±×÷≈≤≥§©®™¡¿"
_LETTERS = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo"))
_SCANNED = (range(0x80, 0xD800), range(0xE000, 0x40000), range(0xE0000, 0xE1000))
_UNASSIGNED_PLANES = "\U00040000-\U000dffff\U000e1000-\U000effff"
_PRIVATE_PLANES = "\U000f0000-\U0010ffff"
_ASCII_DIGITS = re.compile(r"[0-9]")
# Non-ASCII characters, with the ASCII character before them (NFKC may compose with it).
NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


@dataclass(frozen=True)
class CharacterClasses:
    """Bodies of regular-expression character classes (put them inside `[...]`)."""

    format: str  # category Cf
    blank: str  # Zs other than U+0020, the Hangul fillers and the braille blank
    mark: str  # combining marks (Mn, Mc, Me)
    other_digit: str  # decimal digits (Nd) of other scripts
    number_form: str  # not a decimal digit, but NFKC makes one: superscripts, fractions, circled numbers
    control: str  # Cc (other than the whitespace controls), Cs, Co and unassigned code points
    figure_breaker: str  # non-ASCII, not a letter, not a decimal digit, not a figure's neighbour
    digit_values: dict[int, str]  # other_digit code point -> its ASCII digit (for str.translate)


def _ranges(codes: list[int]) -> str:
    """A class body for sorted code points, as ranges."""
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


KEPT = Path(__file__).with_name("character_classes.json")


def _definitions_digest() -> str:
    """What the classes are made from besides the Unicode database: this module's text (its
    constants and the pass); any change to it makes the kept classes stale."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _kept_record(classes: CharacterClasses) -> dict:
    fields = asdict(classes)
    fields["digit_values"] = {str(code): digit for code, digit in classes.digit_values.items()}
    return {"unidata_version": unicodedata.unidata_version, "definitions": _definitions_digest(),
            "classes": fields}


def _kept_classes() -> CharacterClasses | None:
    try:
        record = json.loads(KEPT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("unidata_version") != unicodedata.unidata_version \
            or record.get("definitions") != _definitions_digest():
        return None
    fields = dict(record["classes"])
    fields["digit_values"] = {int(code): digit for code, digit in fields["digit_values"].items()}
    return CharacterClasses(**fields)


@lru_cache(maxsize=1)
def character_classes() -> CharacterClasses:
    """The classes kept in `character_classes.json` when they were made from the running
    Python's Unicode database and the present definitions, else the pass over the planes."""
    return _kept_classes() or computed_classes()


def computed_classes() -> CharacterClasses:
    codes = [code for span in _SCANNED for code in span]
    categories = list(map(unicodedata.category, map(chr, codes)))
    neighbours = {ord(c) for c in FIGURE_NEIGHBOURS}
    blanks = {ord(c) for c in HANGUL_FILLERS + BRAILLE_BLANK}
    pairs = list(zip(codes, categories))
    compatible = [code for code, category in pairs
                  if category != "Nd" and unicodedata.decomposition(chr(code)).startswith("<")]
    kinds = {
        "format": [code for code, category in pairs if category == "Cf"],
        "blank": [code for code, category in pairs if category == "Zs" or code in blanks],
        "mark": [code for code, category in pairs if category in ("Mn", "Mc", "Me")],
        "other_digit": [code for code, category in pairs if category == "Nd"],
        "number_form": [code for code in compatible
                        if _ASCII_DIGITS.search(unicodedata.normalize("NFKC", chr(code)))],
        "control": [code for code, category in pairs if category[0] == "C" and category != "Cf"],
        "figure_breaker": [code for code, category in pairs
                           if (category not in _LETTERS or code in blanks) and category != "Nd"
                           and code not in neighbours],
    }
    bodies = {kind: _ranges(found) for kind, found in kinds.items()}
    bodies["control"] = ("\x00-\x08\x0e-\x1f\x7f\ud800-\udfff" + bodies["control"] + _UNASSIGNED_PLANES
                         + _PRIVATE_PLANES)
    bodies["figure_breaker"] += _UNASSIGNED_PLANES + _PRIVATE_PLANES
    digits = {code: str(unicodedata.digit(chr(code))) for code in kinds["other_digit"]}
    return CharacterClasses(**bodies, digit_values=digits)


def write_kept_classes() -> Path:
    KEPT.write_text(json.dumps(_kept_record(computed_classes()), ensure_ascii=True, sort_keys=True) + "\n",
                    encoding="utf-8")
    return KEPT


if __name__ == "__main__":
    print(f"written: {write_kept_classes()} (Unicode {unicodedata.unidata_version})")

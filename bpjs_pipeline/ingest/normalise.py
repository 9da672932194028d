"""Normalising article text before anything reads it, so that no character can change a figure.

In this order, each step one compiled regular expression over the text (`normalise_text`):

1. Decimal digits of other scripts become ASCII digits (`٣٥` is `35`, full-width `３６` is `36`).
2. Invisible characters are removed: category Cf (zero-width spaces and joiners,
   bidirectional marks and isolates, U+180E, U+061C, soft hyphens, tags, ...), the
   variation selectors, the combining grapheme joiner U+034F, the Khmer inherent vowels
   U+17B4/U+17B5 and the Mongolian free variation selectors U+180B-U+180F. So
   `36,\\u206617 juta` is 36,17 juta.
3. A combining mark (Mn, Mc, Me) right after a digit or a separator is removed: it sits on
   the digit and is no part of the number.
4. Blanks (every space separator but U+0020: NBSP, U+202F, the hair space, ...; the Hangul
   fillers; the braille blank U+2800) become a plain space, except inside a figure (between
   two digits, a separator on either side at most): there the blank is kept, and the figure
   grammar (`parsing/numbers.py`) takes it as breaking the figure, never as joining it:
   `35,\\u200a86 juta` is no figure, not 86 juta and not 3586 juta.
5. Unicode NFKC (full-width letters become ASCII, `ſ` becomes `s`, ligatures are split, `…`
   becomes `...`), except for the characters NFKC would make digits without their being
   digits (superscripts and subscripts, fractions, circled and parenthesised numbers) and the
   blanks kept in step 4: they stay as they are, and break a figure they touch. So a
   footnote mark never adds a digit (`35,86¹ juta` is not 35,861 juta) and never glues itself
   to a scale word (`Rp 88,31 triliun²` is Rp 88,31 triliun).
6. The Turkish dotless ı and dotted İ (no Indonesian word has them) become i and I, so
   `Februarı` still names February.

ASCII text is left as it is by every step, so only the runs of non-ASCII characters are
looked at (each with the character before it, which NFKC may compose with).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bpjs_pipeline.parsing.characters import INVISIBLE_MARKS, NON_ASCII_RUN, character_classes

_ASCII_DIGITS = frozenset("0123456789")
_SEPARATORS = frozenset(".,\uff0c\uff0e\ufe50\ufe52")  # with the full-width and small forms NFKC maps
_TURKISH_I = {0x131: "i", 0x130: "I"}
BLANK_IN_FIGURE = "\u2423"  # ␣


@dataclass(frozen=True)
class _Patterns:
    other_digit: re.Pattern
    invisible: re.Pattern
    mark_after_figure: re.Pattern
    blank: re.Pattern
    kept_from_nfkc: re.Pattern
    digit_values: dict[int, str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    classes = character_classes()
    return _Patterns(
        other_digit=re.compile(f"[{classes.other_digit}]+"),
        invisible=re.compile(f"[{classes.format}{INVISIBLE_MARKS}]+"),
        mark_after_figure=re.compile(f"(?<=[0-9.,\uff0c\uff0e\ufe50\ufe52])[{classes.mark}]+"),
        blank=re.compile(f"[{classes.blank}]+"),
        kept_from_nfkc=re.compile(f"[{classes.number_form}]+"),
        digit_values=classes.digit_values,
    )


def _inside_figure(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands between two digits (a separator on either side at most)."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    b1, a1 = before[-1:], after[:1]
    if b1 in _ASCII_DIGITS:
        return a1 in _ASCII_DIGITS or (a1 in _SEPARATORS and after[1:2] in _ASCII_DIGITS)
    return b1 in _SEPARATORS and before[:1] in _ASCII_DIGITS and len(before) == 2 and a1 in _ASCII_DIGITS


def _nfkc_keeping(text: str, kept: re.Pattern) -> str:
    """NFKC of `text`, leaving the runs that `kept` matches as they are."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    if not kept.search(text):
        return unicodedata.normalize("NFKC", text)
    parts: list[str] = []
    position = 0
    for match in kept.finditer(text):
        parts.append(unicodedata.normalize("NFKC", text[position:match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(unicodedata.normalize("NFKC", text[position:]))
    return "".join(parts)


def normalise_text(text: str) -> str:
    """The text as the cleaner and the extractor read it (see the module). Only the runs of
    non-ASCII characters (with the character before each) are looked at: ASCII text is left
    as it is by every step."""
    if text.isascii():
        return text
    p = _patterns()

    def run(match: re.Match) -> str:
        start, end = match.span()
        return _normalise_run(match.group(), text[max(0, start - 2):start], text[end:end + 2], p)

    return NON_ASCII_RUN.sub(run, text)


def _normalise_run(run: str, before: str, after: str, p: _Patterns) -> str:
    """One run of non-ASCII characters; `before` and `after` are the (ASCII) text around it."""

    def digits(match: re.Match) -> str:
        return match.group().translate(p.digit_values)

    run = p.other_digit.sub(digits, run)
    run = p.invisible.sub("", run)
    run = p.mark_after_figure.sub("", run)
    if p.blank.search(run):
        around = before + run + after
        offset = len(before)
        run = p.blank.sub(lambda m: BLANK_IN_FIGURE if _inside_figure(around, m.start() + offset, m.end() + offset)
                          else " ", run)
    run = _nfkc_keeping(run, p.kept_from_nfkc)
    run = p.other_digit.sub(digits, run)  # NFKC can make a digit of another script
    return run.translate(_TURKISH_I) if "\u0130" in run or "\u0131" in run else run

"""Where a figure stands: the spans of text around it that the later steps read.

Every span is bounded by the figure's sentence and by a fixed window, so the
work per figure does not grow with the length of a run-on sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from bpjs_pipeline.extract.vocabulary import Vocabulary
from bpjs_pipeline.parsing.numbers import Figure
from bpjs_pipeline.parsing.sentences import Sentence, clause_end, clause_start

# how far back (characters) a figure's words are looked for inside its sentence
WINDOW = 400
_DIGIT = re.compile(r"\d")
_NP_TOKEN = re.compile(r"\([^()]{1,30}\)|[^\s,.;:()\"“”?!]+|[,.;:()\"“”?!]")
# the label opening a row of labelled cells, before its colon ("Kenaikan Aset Bersih" of "Kenaikan Aset Bersih: pada
# 2017 sebesar ...", "Jawa Tengah" of "Jawa Tengah: Penerima Upah 2.148.600; ...")
_ROW_LABEL = re.compile(r"(?:[-–—•*]\s+)?(?P<label>[^\W\d][^:;\n]{0,60})(?=: )")  # (a sub-row's mark before it: "- deposito")


def label_of_its_row(body: str, sentence_start: int, figure_start: int) -> str | None:
    """The words opening the figure's sentence before a colon, as a row of labelled cells is written, or None."""
    m = _ROW_LABEL.match(body, sentence_start, figure_start)
    return m.group("label").strip() if m else None


def inside_quotation(body: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened before it in its paragraph: an odd number of straight double
    quotes before it, or more opening curly quotes than closing ones (counted on the body's marks, found once, so
    that asking is no scan of a long paragraph)."""
    lines, straight, opening, closing = _quotation_marks(body)
    start = lines[bisect_right(lines, pos) - 1]

    def before(marks: list[int]) -> int:
        return bisect_left(marks, pos) - bisect_left(marks, start)
    return before(straight) % 2 == 1 or before(opening) > before(closing)


@lru_cache(maxsize=8)
def _quotation_marks(body: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Where the body's paragraphs start, and where its straight, opening and closing double quotes stand."""
    return ([0] + [m.end() for m in _LINE_BREAK.finditer(body)], [m.start() for m in _STRAIGHT_QUOTE.finditer(body)],
            [m.start() for m in _OPENING_QUOTE.finditer(body)], [m.start() for m in _CLOSING_QUOTE.finditer(body)])


_LINE_BREAK, _STRAIGHT_QUOTE, _OPENING_QUOTE, _CLOSING_QUOTE = (re.compile(c) for c in ("\n", '"', "“", "”"))


def row_labelled(pattern: re.Pattern, body: str, sentence_start: int, figure_start: int) -> bool:
    """Whether the label of the figure's row of labelled cells is, whole, what `pattern` matches (the agency's name, a
    total: "Jumlah: ...")."""
    label = label_of_its_row(body, sentence_start, figure_start)
    return label is not None and pattern.fullmatch(label) is not None


@dataclass(frozen=True)
class Spans:
    """The text around one figure, as offsets into the article body.

    left: since the previous figure's own words (or the sentence start);
    clause: the part of `left` after its last clause break;
    phrase: the noun phrase after the figure, its qualifiers included;
    right: up to the next figure (or the sentence end); right_clause: to the
    end of the figure's clause."""

    sentence_start: int  # the sentence start, or WINDOW before the figure
    left: int
    clause: int
    figure_start: int
    figure_end: int
    phrase_end: int
    right_clause_end: int
    right_end: int
    subset: bool  # "25,4 juta di antaranya ..." : a part of the figure before
    next_figure: bool  # right_end is where the sentence's next figure starts


def noun_phrase_end(body: str, start: int, end: int, vocab: Vocabulary) -> tuple[int, bool]:
    """End of the words right after a figure that name what it counts: a few words up
    to a stop word, an abbreviation in brackets, and the qualifiers after the noun
    ("peserta PU yang aktif", "pekerja yang terdaftar sebagai peserta"), also right after
    the figure ("dan 32 juta yang aktif membayar"). Also whether the phrase opens with a
    subset word ("di antaranya")."""
    pos, words = start, 0
    converted = vocab.conversion.match(body, start, end)
    if converted:  # "Rp 351.2 trillion (US$24 billion) in funds": the same amount in dollars, then its words
        pos = start = converted.end()
    subset = vocab.subset_after.match(body, start, end)
    if subset:
        pos = subset.end()
    cursor = pos
    while cursor < end:
        inner = vocab.subset_after.match(body, cursor, end) if words else None
        if inner and words <= 2:  # "4,6 juta orang di antaranya adalah pekerja BPU"
            subset = inner
            pos = cursor = inner.end()
            continue
        q = vocab.qualifier.match(body, cursor, end)
        if q:
            pos = cursor = q.end()
            words += 1
            continue
        m = _NP_TOKEN.search(body, cursor, end)
        if not m:
            break
        token = m.group(0)
        if token.startswith("(") and len(token) > 1 and words:
            if _DIGIT.search(token):
                break  # "39,65 juta orang (termasuk PMI 459.132 orang)": an aside with its own figure
            pos = cursor = m.end()  # "bukan penerima upah (BPU)": the abbreviation of the phrase
            continue
        if not token[0].isalnum() or token.lower() in vocab.np_stops or words >= vocab.np_words:
            break
        words += 1
        pos = cursor = m.end()
    return pos, bool(subset)


def spans_of(body: str, sentence: Sentence, fig: Figure, left: int, right_end: int, vocab: Vocabulary,
             own_clause_end) -> Spans:
    sentence_start = max(sentence.start, fig.start - WINDOW)
    left = max(left, sentence_start)
    phrase_end, subset = noun_phrase_end(body, fig.end, right_end, vocab)
    reason = vocab.subordinate.search(body, fig.end, phrase_end)
    if reason:  # "Rp 226 triliun seiring mulai berjalannya program JP": no words of the figure's
        phrase_end = max(fig.end, reason.start())
    right_clause = clause_end(body, phrase_end, right_end)
    right_clause = own_clause_end(phrase_end, right_clause)
    return Spans(sentence_start, left, clause_start(body, left, fig.start), fig.start, fig.end,
                 phrase_end, max(right_clause, phrase_end), right_end, subset, right_end < sentence.end)

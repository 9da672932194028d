"""Sentence and clause boundaries with character offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bpjs_pipeline.lexicon import lexicon
from bpjs_pipeline.parsing.numbers import scale_words

# a run of end marks is read once, from its first mark (one not after another), and never backtracked into
# (a page of dots stays linear); the pattern opens with the mark itself, so the scan skips to marks
# (or a full stop glued between a word and the next sentence's first word, as a page lost the space:
# "peserta BPU aktif baru 3,1 juta.Karena pandemi, ...", "Senin (8/11/2021).Baca Juga: ...")
_END = re.compile(r"[.!?](?:(?<![.!?][.!?])[.!?]*+[\"”’')\]]*+(?=\s+[\"“”‘'(\[]?[A-Z0-9])|(?<=[a-z]{2}\.|\d\)\.)(?=[A-Z][a-z]{3}))")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s[-–—]\s|[\"“”]")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([\w.]+)\.*$")
_ONE_LETTER = re.compile(r"[a-z]")


@cache
def _figure_then_scale() -> re.Pattern:
    """A figure and its scale word right before a full stop ("Rp 11,1 T."): the stop ends the
    sentence, though a one-letter word before one is otherwise an initial ("Elvyn G. Masassya")."""
    return re.compile(rf"\d\s*(?:{scale_words()})$")


@cache
def numbered_label() -> re.Pattern:
    """A numbered label opening a line, up to its number's full stop ("Tabel 2", "Table 5.3")."""
    return re.compile(rf"(?:{'|'.join(lexicon()['grammar']['numbered_labels'])})\s+[\dIVX]+(?:\.\d+)*", re.I)


@cache
def _abbreviations() -> frozenset[str]:
    """Words after which a full stop does not end a sentence (lexicon [grammar])."""
    return frozenset(a.lower() for a in lexicon()["grammar"]["abbreviations"])


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, never crossing a line break."""
    out: list[Sentence] = []
    abbreviations = _abbreviations()
    for line in _LINE.finditer(text):
        cursor = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            word = _WORD_BEFORE.search(text[max(cursor, m.start() - 40):m.start()])
            token = word.group(1).lower().rstrip(".") if word else ""
            if (token in abbreviations or _ONE_LETTER.fullmatch(token or "x") and len(token) == 1) and \
                    not _figure_then_scale().search(text, max(cursor, m.start() - 30), m.start()):
                continue
            if cursor == line.start() and numbered_label().fullmatch(text, line.start(), m.start()):
                continue  # "Tabel 2. Peserta Nonaktif (orang)": the label's number, not a sentence's end
            _add(out, text, cursor, m.end())
            cursor = m.end()
        _add(out, text, cursor, line.end())
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))


# a dateline opening a sentence: the place, the outlet's code in brackets if any, then a dash ("Jakarta (WNA) - ...",
# "Jakarta - ..."), after any quotes and spaces
# (a dash glued to a word is none: "Laki-laki: 24.318.220")
_DATELINE = re.compile(r"[\s\"“]*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},?(?:\s*\([^()]{1,20}\)\s*|\s+)[-–—]\s*)?")


def own_words_start(text: str, start: int, end: int) -> int:
    """Where a sentence starting at `start` opens its own words: after the quotes and the dateline that may lead it."""
    return _DATELINE.match(text, start, end).end()


def clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` begins, not before `start`."""
    last = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        last = m.end()
    return last


def clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause holding `pos` ends, not after `end`."""
    m = _CLAUSE_BREAK.search(text, pos, end)
    return m.start() if m else end

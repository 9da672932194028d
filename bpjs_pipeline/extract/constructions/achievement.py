"""Target or actual: the last target, actual or achievement word before a figure in
its sentence decides. An achievement against a target (*telah melampaui target, yaitu
sebanyak 450.000*: a clause break between) restates what was achieved; right after
the word (*melampaui target akhir tahun yang sebanyak 15,2 juta*) the figure is the
target's value. A sentence opening with a back-reference starts with the previous
sentence's kind."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.roles import BASELINE
from bpjs_pipeline.parsing.sentences import Sentence, clause_end

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def start_kind(a: ArticleState, sentence: Sentence) -> str:
    if a.vocab.anaphora.match(sentence.text) and a.readings:
        prev = a.readings[-1]
        if prev.sentence.index == sentence.index - 1:
            return prev.kind
    return "actual"


def kind_at(a: ArticleState, start: int, pos: int, start_kind: str) -> tuple[str, str]:
    """The kind of a figure at `pos` and the words that decided it."""
    last = None
    for last in a.vocab.kind_words.find_all(a.body, start, pos):
        pass
    if last is None:
        return start_kind, ""
    label, m = last
    if label == "achieved":
        if clause_end(a.body, m.end(), pos) < pos:
            return "actual", m.group(0)
        return "target", m.group(0)
    return label, m.group(0)


def kind_words_end(a: ArticleState, r: Reading, previous: Reading | None) -> int:
    """Where the words that decide a figure's kind end: before the figure, but for the new
    level of a change before its baseline ("ditargetkan naik dari Rp56 triliun tahun lalu
    menjadi Rp64 triliun": "tahun lalu" dates the baseline, the new level is still the target)."""
    if previous is not None and previous.role == BASELINE and previous.role_at >= 0 and \
            a.vocab.new_level.search(a.body, previous.figure.end, r.figure.start):
        return previous.role_at
    return r.figure.start


def realised_baseline(a: ArticleState, r: Reading) -> bool:
    """A target's baseline dated before the target's period is what was realised then
    ("ditargetkan naik dari Rp56,41 triliun tahun lalu menjadi ..."): an actual."""
    tail_end = a.own_tail_end(r.spans.phrase_end, r.spans.right_end)
    for y in a.years.between(r.figure.end, tail_end):
        if (y.relative and (y.offset or 0) < 0 and not y.present) or \
                (y.year is not None and a.publication_year and y.year < a.publication_year):
            return True
    return False

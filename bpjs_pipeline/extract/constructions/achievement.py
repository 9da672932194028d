"""Target or actual: the last target, actual or achievement word before a figure in
its sentence decides. An achievement against a target (*telah melampaui target, yaitu
sebanyak 450.000*: a clause break between) restates what was achieved; right after
the word (*melampaui target akhir tahun yang sebanyak 15,2 juta*) the figure is the
target's value. A sentence opening with a back-reference starts with the previous
sentence's kind."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.parsing.sentences import Sentence, clause_end

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState


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

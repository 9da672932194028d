"""A pointer at a programme named before ("program itu", "program tersebut", "this programme"):
the programme it refers to."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState


def programme_pointed_at(a: ArticleState, sentence_index: int, start: int, pointer: int) -> str | None:
    """The programme a pointer at `pointer` refers to: the last one named before it in its sentence
    (from `start`), else the first one (the subject) of the nearest sentence before that names any."""
    body, vocab = a.body, a.vocab
    named = None
    for named in vocab.programs.find_all(body, start, pointer):
        pass
    if named is not None:
        return named[0]
    for sentence in reversed(a.sentences[max(0, sentence_index - vocab.programme_topic_sentences):sentence_index]):
        hit = phrase.first_label(vocab.programs, body, sentence.start, sentence.end)
        if hit:
            return hit[0]
    return None

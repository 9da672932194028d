"""The market still to win is not a count of participants: "BPJS Ketenagakerjaan
memburu 51 juta pekerja informal". A figure a pursuit verb governs, naming workers
but not participants, is the pool the agency pursues."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def potential_market(a: ArticleState, r: Reading) -> str:
    if r.money:
        return ""
    s, vocab = r.spans, a.vocab
    m = vocab.potential_verbs.search(a.body, s.clause, s.figure_start)
    if m is None or vocab.participant_nouns.search(a.body, s.figure_end, s.phrase_end):
        return ""
    return "the market still to win: " + m.group(0)

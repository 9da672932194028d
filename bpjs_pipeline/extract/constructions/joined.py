"""A count named by joining ("pekerja informal yang ikut baru 1,08 juta", "program jaminan pensiun
... telah diikuti 4,87 juta pekerja") counts those who joined: no passage about active counts makes
it active, and a programme's joiners are no part of an active total's breakdown, unless its
sentence opens by pointing at that total ("Dari jumlah itu, peserta yang ikut program JHT sebanyak
20,16 juta")."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def counted_by_joining(a: ArticleState, r: Reading, worded: Reading | None = None) -> bool:
    """Whether the count is of those who joined: a joining word in the clause of the reading that
    words it (`worded`, else the figure's own), and no pointer at a total opening its sentence."""
    spans = (worded or r).spans
    return a.vocab.joined.search(a.body, spans.clause, spans.phrase_end) is not None and \
        a.vocab.subset_before_active.search(a.body, r.sentence.start, r.figure.start) is None

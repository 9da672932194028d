"""A count of a sub-group the contract has no segment for (farmers, fishermen, village
officials, non-civil-servant staff, drivers, one gender) or of other people's workers
(foreign workers) is not a fact: "2,1 juta petani", "28,98 juta pekerja laki-laki"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.parsing.sentences import own_words_start

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

VETO = "a sub-group with no segment of its own"



def subgroup(a: ArticleState, r: Reading) -> str:
    if r.money:
        return ""
    s = r.spans
    own = own_words_start(a.body, s.sentence_start, s.figure_start)
    for start, end in ((s.left, s.figure_start), (s.figure_end, s.phrase_end)):
        start = max(start, own)  # (a dateline's outlet code is no group: "Jakarta (WNA) - ...")
        m = a.vocab.subgroups.search(a.body, start, end) if start < end else None
        if m and not _example_of_a_segment(a, start, m.start()):
            return f"{VETO}: {m.group(0)}"
    return ""


def _example_of_a_segment(a: ArticleState, start: int, pos: int) -> bool:
    """Whether the sub-group at `pos` is named as an example of a segment named before it ("non-wage earners such as
    traders and farmers 1.7 million")."""
    marker = a.vocab.example_marker.search(a.body, max(start, pos - 40), pos)
    return marker is not None and next(iter(a.vocab.segments.find_all(a.body, start, marker.start())), None) is not None

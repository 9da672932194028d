"""A count of a sub-group the contract has no segment for (farmers, fishermen, village
officials, non-civil-servant staff, drivers, one gender) or of other people's workers
(foreign workers) is not a fact: "2,1 juta petani", "28,98 juta pekerja laki-laki"."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

VETO = "a sub-group with no segment of its own"


def subgroup(a: ArticleState, r: Reading) -> str:
    if r.money:
        return ""
    s = r.spans
    for start, end in ((s.left, s.figure_start), (s.figure_end, s.phrase_end)):
        m = a.vocab.subgroups.search(a.body, start, end)
        if m:
            return f"{VETO}: {m.group(0)}"
    return ""

"""A condition makes what follows it hypothetical: "kalau semua pekerja patuh, dana
bisa mencapai Rp 2.000 triliun" states what would be, not what is: a conditional
clause, then a modal ("bisa", "akan") before the figure. "Kalau" alone often only sets
the topic ("Kalau JKP, klaimnya Rp18 miliar"), and a sentence with a target word is a
target's condition ("jika tercapai, target ...") and stays a target, as does a target said on
condition that the present trend goes on ("kalau ... tumbuh seperti sekarang, ... bisa menembus ...")."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def hypothetical(a: ArticleState, r: Reading) -> str:
    s = r.spans
    # a clause opening with a conditional before the figure (the sentence's first clause included)
    m = a.first_match("conditional", a.vocab.conditionals, r.sentence.start, s.figure_start, r.sentence)
    if m is None or not a.first_match("hypothetical modal", a.vocab.hypothetical_modals, m.end(),
                                      s.figure_start, r.sentence) \
            or a.sentence_has("conditional target", r.sentence, a.vocab.conditional_targets):
        return ""
    if r.kind == "target" and a.vocab.trend_conditions.search(a.body, m.end(), s.figure_start):
        return ""  # "Kalau iuran ... tumbuh seperti sekarang, dana kelolaan bisa menembus Rp 1.000 triliun": a projection
    return "a hypothetical figure: " + m.group(0).strip(" ,;:-–—")

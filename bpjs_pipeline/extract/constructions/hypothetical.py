"""A condition makes what follows it hypothetical: "kalau semua pekerja patuh, dana
bisa mencapai Rp 2.000 triliun" states what would be, not what is: a conditional
clause, then a modal ("bisa", "akan") before the figure. "Kalau" alone often only sets
the topic ("Kalau JKP, klaimnya Rp18 miliar"), and a sentence with a target word is a
target's condition ("jika tercapai, target ...") and stays a target, as does a target said on
condition that the present trend goes on ("kalau ... tumbuh seperti sekarang, ... bisa menembus ..."). A condition on a
rate of growth makes a figure with no target word a projection without a modal ("Kalau pertambahannya seperti tahun
lalu, ... kita baru sampai 41 juta"), and imagining ("Bayangkan ...") makes any figure after it hypothetical. A
supposition of what is not so ("Seandainya ...", "Andaikan ...") makes every figure of its sentence hypothetical, the
figure inside the supposition as well as the one after it, modal or none. A figure inside a condition with a modal
after it ("Kalau seluruh 84 juta pekerja informal bisa terlindungi, ...") is hypothetical, and so is one valued from a
share the condition assumes ("Kalau 10 persen saja dari dana itu ditaruh di infrastruktur, nilainya ..."). A condition on
what is counted ("Jika ... ikut dihitung, total peserta terdaftar ...") sets out another total of what is. A condition
may also follow the figure: under a modal, a figure with "if" right after its noun is what would be ("the number could
reach 30 million "if regional governments enforce the rules""); and after a closed condition, a figure with a modal
after it in its clause ("If the government made enrolment compulsory ..., an extra 300,000 workers a year could be
covered"). A figure under a modal of possibility in a sentence looking many years ahead and naming no target ("dana
pensiun yang terkumpul dalam 15 tahun bisa mencapai Rp1.000 triliun") is what could be by then."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.parsing.sentences import clause_end

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def hypothetical(a: ArticleState, r: Reading) -> str:
    s = r.spans
    imagined = a.first_match("imagining", a.vocab.imagining, r.sentence.start, s.figure_start, r.sentence)
    if imagined:  # "Bayangkan kalau separuhnya saja ikut, peserta kita bisa 45 juta lebih", "Tetapi bayangkan bila ..."
        return _hypothetical(imagined)
    # a clause opening with a conditional before the figure (the sentence's first clause included)
    m = a.first_match("conditional", a.vocab.conditionals, r.sentence.start, s.figure_start, r.sentence)
    supposed = a.first_match("counterfactual", a.vocab.counterfactuals, r.sentence.start, s.figure_start, r.sentence) \
        if a.sentence_has("counterfactual words", r.sentence, a.vocab.counterfactual_words) else None
    if supposed and clause_end(a.body, supposed.end(), s.figure_start) >= s.figure_start:
        # "Seandainya 20 juta pekerja informal saja bisa dijangkau, target 70 juta ...": the supposition's own figure,
        # whatever the sentence says of a target
        return _hypothetical(supposed)
    if a.sentence_has("conditional target", r.sentence, a.vocab.conditional_targets):
        return ""
    possible = _possible_years_ahead(a, r)
    if possible:
        return possible
    if m is None and supposed is None:
        return _condition_after(a, r)
    if m is not None and a.sentence_has("counting condition", r.sentence, a.vocab.counting_conditions) and \
            a.vocab.counting_conditions.search(a.body, m.end(), clause_end(a.body, m.end(), r.sentence.end)):
        return ""  # "Jika peserta yang menunggak iuran ... ikut dihitung, total peserta terdaftar mencapai 63,2 juta": what
        # is counted, not what would be
    if m is not None and (close := clause_end(a.body, m.end(), r.sentence.end)) >= s.figure_end and \
            a.vocab.hypothetical_modals.search(a.body, close, r.sentence.end):
        # "kalau 40 juta pekerja formal aktif semua, iuran bisa Rp 70 triliun": the condition's own figure (its clause
        # may close right after it: "jika cakupan kepesertaan mencapai 70 juta, iuran bisa menembus Rp150 triliun")
        return _hypothetical(m)
    if supposed:  # "Andaikan seluruh 40 juta pekerja formal menjadi peserta, iuran ... bisa ...": the figure in the supposition too
        return _hypothetical(supposed)
    if clause_end(a.body, m.end(), s.figure_start) >= s.figure_start and \
            a.vocab.hypothetical_modals.search(a.body, s.figure_end, clause_end(a.body, s.figure_end, r.sentence.end)):
        # "Kalau seluruh 84 juta pekerja informal bisa terlindungi, ...": the condition's own figure, a modal after it
        return _hypothetical(m)
    if not (a.first_match("hypothetical modal", a.vocab.hypothetical_modals, m.end(), s.figure_start, r.sentence)
            or _assumed_growth(a, r, m) or _modal_after_in_its_clause(a, r, m)):
        return ""
    if r.kind == "target" and a.vocab.trend_conditions.search(a.body, m.end(), s.figure_start):
        return ""  # "Kalau iuran ... tumbuh seperti sekarang, dana kelolaan bisa menembus Rp 1.000 triliun": a projection
    return _hypothetical(m, " ,;:-–—")


def _possible_years_ahead(a: ArticleState, r: Reading) -> str:
    """A figure under a modal of possibility in its clause, in a sentence looking many years ahead ("dalam 15 tahun") or
    in a clause naming a far-off time ("could eventually hold"): what could be by then, not a target."""
    far = any(y.relative and (y.offset or 0) >= a.vocab.possibility_horizon_years
              for y in a.years.between(r.sentence.start, r.sentence.end)) or \
        (a.sentence_has("far-off words", r.sentence, a.vocab.possibility_far_words) and
         a.vocab.possibility_far_words.search(a.body, r.spans.clause, r.spans.right_clause_end) is not None)
    modal = a.vocab.possibility_modals.search(a.body, r.spans.clause, r.spans.figure_start) if far else None
    return _hypothetical(modal) + " (years ahead)" if modal is not None else ""


def _modal_after_in_its_clause(a: ArticleState, r: Reading, m) -> bool:
    """A figure in the clause after a closed condition, a modal after it in its own clause ("If the government made
    enrolment compulsory for all placements, an extra 300,000 workers a year could be covered")."""
    s = r.spans
    if clause_end(a.body, m.end(), r.sentence.end) >= s.figure_start:
        return False
    return a.vocab.hypothetical_modals.search(a.body, s.figure_end, clause_end(a.body, s.figure_end, r.sentence.end)) \
        is not None


def _condition_after(a: ArticleState, r: Reading) -> str:
    """A figure under a modal in its clause, its noun followed by a condition: "could reach 30 million "if ..."."""
    s = r.spans
    after = a.vocab.condition_after.match(a.body, max(s.figure_end, s.phrase_end), r.sentence.end)
    if after is None:
        return ""
    modal = a.vocab.hypothetical_modals.search(a.body, s.clause, s.figure_start)
    return _hypothetical(modal) if modal else ""


def _assumed_growth(a: ArticleState, r: Reading, m) -> bool:
    """"Kalau pertambahannya seperti tahun lalu, sekitar 5 juta, kita baru sampai 41 juta": a condition on a rate of
    growth, then a figure with no target word, is a projection of that assumption; so is one valued from a share
    assumed in the condition ("Kalau 10 persen saja dari dana itu ditaruh di infrastruktur, nilainya sekitar Rp30
    triliun")."""
    condition_end = a.body.find(",", m.end(), r.spans.figure_start)
    return condition_end != -1 and r.kind == "actual" and \
        (a.vocab.increment.search(a.body, m.end(), condition_end) is not None or
         a.vocab.rate.search(a.body, m.end(), condition_end) is not None)


def _hypothetical(words, marks: str = " ,;:-–—\"“'(") -> str:
    """The rejection naming the words that make the figure hypothetical (without the marks around them)."""
    return "a hypothetical figure: " + words.group(0).strip(marks)

"""The market still to win is not a count of participants: "BPJS Ketenagakerjaan
memburu 51 juta pekerja informal". A figure a pursuit verb governs, naming workers
but not participants, is the pool the agency pursues; so is a count of people said to
qualify ("90 juta orang di antaranya memenuhi kriteria untuk menjadi peserta", "pekerja yang
memenuhi syarat menjadi peserta diperkirakan 88 juta orang"), and the
country's workforce, in a clause naming neither coverage nor participants ("Pekerja informal
di Indonesia itu sekitar 77 juta orang"), and the workers a count of members is set beside
(`workforce_set_beside`), and a count of informal workers named by no measure, larger than the segment has ever
counted (`max_informal_members`: "Pekerja informal jumlahnya lebih dari 70 juta")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.reading import COVERED_WORKER_NOUN

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

WORKFORCE = "the country's workforce: "


def potential_market(a: ArticleState, r: Reading) -> str:
    if r.money:
        return ""
    s, vocab = r.spans, a.vocab
    part = a.readings[r.index - 1].figure.end if r.index > a.first_in_sentence else None
    m = vocab.country_possessive.search(a.body, max(part, s.figure_start - 40), s.figure_start) if part else None
    if m and vocab.part_of_the_country.fullmatch(a.body, part, m.start()):
        # "Only 1.6 million of the country's estimated 70 million informal workers are active members": the whole a
        # part is of, whatever is said of the part
        return WORKFORCE + m.group(0).strip()
    if vocab.participant_nouns.search(a.body, s.figure_end, s.phrase_end):
        return ""
    m = vocab.country_possessive.search(a.body, max(s.left, s.figure_start - 40), s.figure_start)
    if m:  # "only about one fifth of Indonesia's 118 million workers were covered": the country's workforce
        return WORKFORCE + m.group(0).strip()
    m = vocab.potential_verbs.search(a.body, s.clause, s.figure_start)
    if m:
        return "the market still to win: " + m.group(0)
    m = vocab.country_workforce.search(a.body, s.clause, s.right_clause_end)
    if m and not r.sources.get("metric", "").startswith("own words") and \
            not vocab.coverage.search(a.body, s.clause, s.right_clause_end) and \
            not vocab.participant_nouns.search(a.body, s.clause, s.right_clause_end):
        # "Pekerja informal di Indonesia itu sekitar 77 juta orang", "a workforce of about 135 million"
        return WORKFORCE + m.group(0)
    if r.sources.get("metric", "").startswith(COVERED_WORKER_NOUN) and r.figure.value > vocab.max_informal_members:
        m = phrase.last_label(vocab.segments, a.body, s.left, s.phrase_end)
        if m is not None and m[0] == "informal":
            # "Pekerja informal jumlahnya lebih dari 70 juta": more than the segment has ever counted (named before the
            # clause too: "We want to cover informal workers, whose number is around 70 million")
            return WORKFORCE + m[1].group(0)
    m = vocab.eligibility.search(a.body, s.clause, s.figure_start)
    if m and not vocab.participant_nouns.search(a.body, s.clause, m.start()):
        # "pekerja yang memenuhi syarat menjadi peserta diperkirakan mencapai 88 juta orang", "yang berhak
        # menjadi peserta sekitar 85 juta" (not "peserta yang memenuhi syarat JKP": participants already)
        return "the pool of those who qualify: " + m.group(0)
    m = vocab.eligibility.search(a.body, s.figure_end, s.right_clause_end)
    # (its own words may be the pool's: "26.5 million informal workers could still be covered", "44.6 million formal
    # workers were potential participants"; not the base of a share: "... atau 53% dari pekerja yang eligible")
    if m and (not r.sources.get("metric", "").startswith("own words") or
              not vocab.person_metrics_any.search(a.body, s.clause, m.start())) and \
            not vocab.rate_of.search(a.body, s.figure_end, m.start()):
        return "the pool of those who qualify: " + m.group(0)
    return ""


def whole_of_the_country(a: ArticleState, r: Reading) -> Reading | None:
    """The country's workforce the figure is a part of, when the figure names nothing itself ("Only 1.6 million of the
    country's estimated 70 million informal workers are active members"): what the sentence says of them is said of
    the part."""
    following = a.readings[r.index + 1] if r.index + 1 < len(a.readings) else None
    if following is None or following.sentence.index != r.sentence.index or following.money != r.money or \
            not following.vetoed.startswith(WORKFORCE) or not following.metric:
        return None
    m = a.vocab.country_possessive.search(a.body, r.figure.end, following.figure.start)
    return following if m and a.vocab.part_of_the_country.fullmatch(a.body, r.figure.end, m.start()) else None


def workforce_set_beside(a: ArticleState, r: Reading, p: Reading) -> str:
    """"... masih kecil dibanding jumlah pekerja informal yang hampir 80 juta orang", "Dari sekitar 70 juta pekerja
    informal, yang aktif menjadi peserta baru 2,7 juta": the workers a count of members is compared with, named as
    workers and nothing more (no participant, no cover, no active word of their own), are the workforce that cover is
    measured against, not the members' level before it. (Not a change's baseline naming its own measure: "jumlah
    peserta aktif naik dari 30 juta pekerja".)"""
    if r.money or p.money or p.metric is None or r.role_at < 0 or r.sources.get("metric", "").startswith("own words"):
        return ""
    body, vocab = a.body, a.vocab
    before = (min(r.role_at, r.figure.start), r.figure.start)
    after = (r.figure.end, r.spans.phrase_end)
    named = next((m for lo, hi in (before, after) for m in (vocab.named_workers.search(body, lo, hi),
                                                            vocab.country_workforce.search(body, lo, hi)) if m), None)
    if named is None or next(iter(a.years.between(min(r.spans.clause, before[0]), r.spans.right_clause_end)), None) is not None:
        return ""  # (a period names the same quantity at another time: "naik 7,5 persen dibandingkan tahun sebelumnya
        # yang sebanyak 38,7 juta pekerja")
    for lo, hi in (before, after):
        if vocab.participant_nouns.search(body, lo, hi) or vocab.coverage.search(body, lo, hi) or \
                vocab.active_words.search(body, lo, hi) or vocab.covered_qualifiers.search(body, lo, hi):
            return ""
    return WORKFORCE + named.group(0)

"""Reads every figure of a cleaned article (see docs/extraction.md).

For each sentence, first each figure on its own:
1. its spans (`context`) and its role in the clause (`roles`);
2. whether it is about BPJS Ketenagakerjaan's national figures at all
   (`roles.out_of_scope`, `constructions.regional`);
3. its noun phrase: metric and segment words (`phrase`, `constructions.segment`),
   its programme (`constructions.programme`);
4. whether it is a target or an actual (`constructions.achievement`).
Then the links between figures (`constructions.change`, `.breakdown`, `.reference`),
the period (`period`), and the discourse state moves on (`constructions.heading`,
`.running_year`, `.registered_total`).
"""
from __future__ import annotations

from bisect import bisect_left

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.article import ArticleState
from bpjs_pipeline.extract.constructions import (achievement, breakdown, change, heading, passage_metric, programme,
                                                 reference, registered_total, regional, respectively, running_year,
                                                 segment)
from bpjs_pipeline.extract.constructions.hypothetical import hypothetical
from bpjs_pipeline.extract.constructions.potential_market import potential_market
from bpjs_pipeline.extract.constructions.subgroup import subgroup
from bpjs_pipeline.extract.context import label_of_its_row, spans_of
from bpjs_pipeline.extract.period import note_series_years, read_period
from bpjs_pipeline.extract.reading import COVERED_WORKER_NOUN, HEADING, Reading
from bpjs_pipeline.extract.roles import BASELINE, FACT_ROLES, PART, Role, last_match, out_of_scope, role_of
from bpjs_pipeline.model import CleanedArticle
from bpjs_pipeline.parsing.numbers import Figure
from bpjs_pipeline.parsing.sentences import Sentence, clause_end

NATIONAL_COUNTS = ("active_participants", "registered_participants", "participants")


def read_figures(article: CleanedArticle) -> list[Reading]:
    """Every figure of the article with what its context says (facts and non-facts)."""
    a = ArticleState(article)
    a.regional_subject = regional.regional_subject(a)
    by_sentence = _figures_by_sentence(a.figures, a.sentences)
    for sentence in a.sentences:
        figs = by_sentence.get(sentence.index, [])
        heading.note_heading(a, sentence, bool(figs))
        if not figs:
            running_year.note_years_without_figures(a, sentence)
            continue
        start_kind = achievement.start_kind(a, sentence)
        first = a.first_in_sentence = len(a.readings)
        a.running_year_before_sentence = dict(a.running_year)
        left = sentence.start
        for i, fig in enumerate(figs):
            right_end = figs[i + 1].start if i + 1 < len(figs) else sentence.end
            spans = spans_of(a.body, sentence, fig, left, right_end, a.vocab, a.own_clause_end)
            typo = _count_written_as_rupiah(a, fig, spans)
            r = Reading(len(a.readings), fig, sentence, fig.is_money and not typo, spans)
            if typo:
                r.sources["unit"] = "persons: a count written with 'Rp' (" + typo + ")"
            _read_alone(a, r, start_kind, first)
            a.readings.append(r)
            left = a.own_tail_end(spans.phrase_end, right_end)
        sentence_readings = a.readings[first:]
        respectively.hand_out(a, sentence_readings)
        if any(r.money for r in sentence_readings):
            a.sentences_with_money.add(sentence.index)
        for r in sentence_readings:
            _link(a, r, first)
        achievement.target_of_the_achievement_pointed_at(a, sentence_readings[0])
        change.mark_stated_difference(a, sentence_readings)
        change.share_programme(a, sentence_readings)
        programme.programme_of_the_cases_paid(a, sentence_readings)
        breakdown.part_of_the_total_after(a, sentence_readings)
        a.baselines_in_sentence = [r for r in sentence_readings if r.role == BASELINE]
        note_series_years(a, sentence_readings)
        # (baselines after the levels they are compared with, parts after a total stated after them)
        for r in sorted(sentence_readings, key=lambda r: (r.role == BASELINE, r.role == PART and (r.part_of or 0) > r.index)):
            read_period(a, r)
        achievement.target_of_its_realisation(a, sentence_readings)
        for r in sentence_readings:
            _last_checks(a, r)
        named = achievement.name_the_target_before(a, sentence_readings[0])
        if named is not None:
            _last_checks(a, named)
        passage_metric.carry_passage_metric(a, sentence_readings)
        heading.note_glued_heading(a, sentence, figs[-1].end)
        running_year.note_data_frame(a, sentence)
    registered_total.mark_registered_totals(a)
    change.way_to_a_target(a)
    return a.readings


def _count_written_as_rupiah(a: ArticleState, fig, spans) -> str:
    """"total peserta aktif hingga Agustus 2014 telah mencapai Rp15,4 juta": a rupiah amount too
    small for any fund, reached by a verb of reaching in a sentence with no money word, and named
    by participant words, is a count with a stray "Rp" (the words that name it, or "")."""
    vocab, body = a.vocab, a.body
    if not fig.is_money or fig.value >= vocab.min_rupiah or fig.value < vocab.min_count or \
            not vocab.level_verb.search(body, max(spans.left, fig.start - 40), fig.start) or \
            next(iter(vocab.money_metrics.find_all(body, spans.sentence_start, spans.phrase_end)), None) is not None:
        return ""  # (not "mengaku mencairkan JHT sebesar Rp18,5 juta": one person's money)
    hit = phrase.last_label(vocab.person_metrics, body, spans.left, fig.start)
    return hit[1].group(0) if hit else ""


def _kind_from(a: ArticleState, r: Reading, cause: int | None) -> int:
    """Where the words deciding a figure's kind start: its sentence's start, the clause of cause holding it (`cause`, from
    `_cause_holding`), or a contrasting clause naming a measure of its own before the figure ("klaim ... diperkirakan
    mencapai Rp19,8 triliun, sementara iuran sampai April tercatat Rp25,1 triliun": the estimate is the claims', not the
    contributions')."""
    body, s = a.body, r.spans
    if cause is not None:
        return cause  # ("... target kepesertaan terlalu ambisius, mengingat jumlah pekerja informal mencapai 84 juta
        # orang": the clause of cause holding the figure says what it is)
    contrast = last_match(a.vocab.contrast_opener, body, s.sentence_start, r.figure.start)
    if contrast is not None:
        labels = a.vocab.money_metrics if r.money else a.vocab.person_metrics
        # (or right after it: "... ditargetkan 405.000, sedangkan hingga akhir 2016 tercatat 363.200 perusahaan aktif")
        if next(iter(labels.find_all(body, contrast.end(), max(r.figure.start, s.phrase_end))), None) is not None:
            return contrast.end()
    # (nor target words said after an earlier figure of the sentence: "the 33.7 million the agency had aimed for that
    # year, and below the 34.2 million active members it had in 2019": they are that figure's)
    sentence, said_after = a.kind_said_after
    return max(s.sentence_start, said_after) if sentence == r.sentence.index and said_after <= r.figure.start else \
        s.sentence_start


def _cause_holding(a: ArticleState, r: Reading) -> int | None:
    """Where a clause of cause set off after a comma begins, when it holds the figure (", mengingat jumlah pekerja
    informal mencapai 84 juta orang"): the words before it are the main clause's, not the figure's."""
    cause = last_match(a.vocab.causal_clause, a.body, r.spans.left, r.figure.start)
    if cause is None or clause_end(a.body, cause.end(), r.figure.start) < r.figure.start:
        return None
    return cause.end()


def _read_alone(a: ArticleState, r: Reading, start_kind: str, first: int) -> None:
    """What the figure's own words say: its role, table, metric, scope, segment and programme."""
    body, vocab, s, fig = a.body, a.vocab, r.spans, r.figure
    previous = a.readings[r.index - 1] if r.index > first else None
    role: Role = role_of(body, s, r.money, vocab, first_in_sentence=r.index == first,
                         previous=Role(previous.role, at=previous.role_at) if previous else None)
    r.role, r.role_at = role.role, role.at
    if role.continues:
        r.continues = previous.index
    r.sources["role"] = role.role + (f" ({role.words!r})" if role.words else "")
    if role.role not in FACT_ROLES:
        r.vetoed = f"{reference.NOT_A_LEVEL}: " + r.sources["role"]
    r.approximate = fig.approximate or bool(vocab.approximate.search(body, max(s.left, fig.start - 25), fig.start)) or \
        bool(vocab.approximate_after.match(body, fig.end))
    cause = _cause_holding(a, r)
    r.kind, kind_words = achievement.kind_at(a, _kind_from(a, r, cause), achievement.kind_words_end(a, r, previous), start_kind)
    r.sources["table"] = f"{r.kind} ({kind_words!r})" if kind_words else f"{r.kind} (no target word before it)"
    if not kind_words and a.heading.get("kind"):
        r.kind = a.heading["kind"]
        r.sources["table"] = f"{r.kind} ({HEADING})"
    if r.kind != "target" and (named := vocab.target_after.match(body, fig.end, s.right_end)) is not None:
        r.kind = "target"  # "It had 30.5 million active members ..., short of its 32.7 million target"
        a.kind_said_after = (r.sentence.index, named.end())
        r.sources["table"] = f"target ({named.group(0).strip()!r} after it)"

    own = [(cause or s.left, fig.start), (fig.end, s.phrase_end)]
    metric_spans = []
    payout = vocab.payout_purpose.match(body, fig.end, s.right_end) if r.money else None
    placed = last_match(vocab.allocation, body, s.left, fig.start) if r.money and not payout else None
    benefit = vocab.for_a_benefit.match(body, placed.end(), fig.start) if placed else None
    if benefit and _the_fund_shared_out(a, r, placed):
        benefit = None  # "... dana kelolaan sebesar Rp 711,4 triliun ... dana tersebut dialokasikan untuk jaminan hari tua
        # sebesar Rp 445 triliun, jaminan pensiun Rp 164 triliun, ...": the fund's parts, not what was paid
    if payout:  # "menggelontorkan Rp263,95 miliar untuk pembayaran klaim JKP": benefits paid
        r.metric, words = "benefits_paid", payout.group(0).strip()
    elif benefit:  # "Dana itu sebagian besar mengalir untuk jaminan hari tua, yakni Rp 34,2 triliun": paid for a benefit
        r.metric, words = "benefits_paid", f"{placed.group(0)} {benefit.group(0).strip()}"
    elif r.money:
        r.metric, words = phrase.money_metric(body, s.left, fig.start, fig.end, s.phrase_end, vocab)
        if r.metric is None and (described := vocab.relative_after.match(body, fig.end)) is not None:
            # "Sampai Juni sudah Rp12,1 triliun yang dicairkan untuk jaminan hari tua": the relative clause right after
            # it says what it is
            hit = phrase.first_label(vocab.money_metrics, body, described.end(), s.right_clause_end)
            if hit:
                r.metric, words = hit[0], hit[1].group(0)
        if r.metric is None and not any(p.money for p in a.before(r, first)):
            # "membayarkan manfaat JKP kepada 78.000 pekerja dengan nominal Rp873 miliar":
            # the sentence's fund words went to no other rupiah figure
            hit = phrase.last_label(vocab.money_metrics, body, s.sentence_start, s.left)
            if hit:
                r.metric, words = hit[0], hit[1].group(0)
    else:
        r.metric, words = phrase.person_metric(body, own, vocab)
        if r.metric == passage_metric.GENERIC and vocab.pointed_members.match(body, s.sentence_start, fig.start):
            r.metric = None  # "Of these participants, 5.6 million are informal workers": the whole pointed back at says
            # what the part counts (`reference.inherit_metric`)
        if r.metric in phrase.EMPLOYER_OF and a.heading.get("employers") and r.sentence.index > a.heading_sentence and \
                not vocab.participant_nouns.search(body, r.sentence.start, fig.start):
            # "Pemberi Kerja" over "Aktif: 781.004": the employers' measure its own words name
            r.metric, words = phrase.EMPLOYER_OF[r.metric], f"{words} (under a heading of employers)"
        counted = vocab.employer_nouns.match(body, fig.end + 1) if body[fig.end:fig.end + 1] == " " else None
        if counted and r.metric == "employers" and not (words and vocab.registered_words.search(words)) and \
                phrase.person_metric(body, [(s.sentence_start, fig.start)], vocab)[0] == "active_employers":
            # "kepesertaan perusahaan aktif juga naik menjadi 668.000 pemberi kerja", "jumlah perusahaan aktif ... 749.000,
            # sementara target 2023 sebanyak 790.000 perusahaan": the noun after it is the unit of the active employers
            # its sentence names (not of employers its own words call registered: "..., sementara perusahaan yang
            # terdaftar sebagai peserta sebanyak 1.018.446 badan usaha")
            r.metric, words = "active_employers", f"{words} (the active employers its sentence names)"
        elif counted and r.metric in phrase.EMPLOYER_OF and not vocab.increment.search(body, s.sentence_start, fig.start):
            # "Peserta aktif tersebut berasal dari 193.420 perusahaan ...": the figure counts companies
            r.metric, words = phrase.EMPLOYER_OF[r.metric], f"{words} … {counted.group(0)}"
        elif r.metric is None and _companies_of(a, r, previous):
            # "diikuti 1,28 juta pekerja dari 41.300 perusahaan": the companies the workers counted before come from
            r.metric = phrase.EMPLOYER_OF[previous.metric]
            words = f"dari … {counted.group(0)} (the companies of the {previous.figure.text} workers before it)"
            if previous.vetoed and not r.vetoed:  # ("peserta aktif di Provinsi Riau baru mencapai 712.450 tenaga
                r.vetoed = "the companies of " + previous.vetoed  # kerja dari sekitar 14.300 perusahaan": the region's)
        predicated = registered_total.part_predicated(a, r, previous) \
            if r.metric in ("active_participants", "registered_participants") else None
        if predicated is not None and r.metric == "registered_participants" and not vocab.active_words.search(predicated):
            predicated = None  # (the predicate must name the active: "... of the 51.3 million workers registered with
            # BPJS Ketenagakerjaan were still active members", the registered words the total's own)
        if predicated is not None:
            # "30,5 juta dari 50,4 juta pekerja yang terdaftar merupakan peserta aktif": what follows the copula is said
            # of the part; the total is the registered count
            previous.metric = "active_participants"
            previous.sources["metric"] = f"what is said of it after the total it is part of ({predicated!r})"
            r.metric, words = "registered_participants", "X dari Y ... " + predicated
        elif registered_total.total_of_active(a, r, a.previous_in_sentence(r, first)):
            r.metric, words = "registered_participants", "X dari Y"  # "26,2 juta jiwa dari 44,9 juta jiwa"
        elif r.metric == "active_participants" and s.subset and previous is not None and \
                previous.metric in phrase.COMPANY_METRICS:
            # "Perusahaan yang terdaftar sebagai peserta 1,21 juta, dengan 782.514 di antaranya masih aktif"
            r.metric, words = "active_employers", words + " (of the employers before it)"
    if r.metric:
        r.sources["metric"] = f"own words {words!r}"
        # (from before the clause too: "tercatat sebagai peserta, baik aktif maupun tidak aktif, mencapai
        # 60 juta" names its metric in the words a veto would otherwise read)
        for label, m in (vocab.money_metrics if r.money else vocab.person_metrics).find_all(body, min(s.left, s.clause), s.phrase_end):
            metric_spans.append((m.start(), m.end()))
    elif not r.money:
        noun = vocab.worker_nouns.search(body, fig.end, s.phrase_end) or vocab.worker_nouns.search(body, s.left, fig.start)
        employer = vocab.employer_nouns.search(body, fig.end, s.phrase_end)
        covered = vocab.coverage.search(body, s.left, fig.start) or vocab.coverage.search(body, fig.end, s.right_clause_end)
        seg = phrase.last_label(vocab.segments, body, s.clause, fig.start)
        listed = previous is not None and not previous.money and \
            vocab.coordinator_start.match(vocab.fillers.sub(" ", body[s.left:fig.start]))
        # (not the next item of a list of segments' counts: "..., dan pekerja migran 298.600" is read as the items before it)
        measured = (noun or employer) and previous is not None and r.kind == "target" and not previous.money and previous.metric and \
            previous.kind == "actual" and vocab.against_target.search(body, previous.figure.end, fig.start)
        pointed = _count_its_target_points_at(a, r) if (noun or employer) and not measured else None
        if measured:
            # "pemberi kerja aktif mencapai 349.000 perusahaan, melampaui target 330.000 perusahaan": the
            # target counts what the achievement it is measured against counts
            r.metric = previous.metric
            r.sources["metric"] = f"the achievement it is measured against ({previous.figure.text})"
        elif pointed is not None:
            r.metric = pointed.metric
            r.sources["metric"] = f"the count its target points back at ({pointed.figure.text})"
        elif (noun or employer) and (covered or r.kind == "target" or seg) and not (listed and seg and not covered) \
                and not _row_under_a_counts_heading(a, r):
            r.metric = "employers" if employer and not noun else "participants"
            r.sources["metric"] = f"{COVERED_WORKER_NOUN} {(noun or employer).group(0)!r}"

    scope = (out_of_scope(body, s, vocab, metric_spans, first_in_sentence=r.index == first, money=r.money) if not payout else "") \
        or regional.regional(a, r) or subgroup(a, r) or segment.one_segments_amount(a, r) or potential_market(a, r) \
        or hypothetical(a, r) or heading.heading_not_ours(a, r) \
        or (registered_total.population_base(a, r, a.previous_in_sentence(r, first)) if not r.money else "")
    if not scope and previous is not None and previous.vetoed and not previous.vetoed.startswith((reference.NOT_A_LEVEL, reference.TOO_SMALL)):
        if _coordinated_with(a, r, previous):
            scope = "in a list with " + previous.vetoed  # "angkatan kerja ... 7,4 juta menganggur, 41 juta pekerja formal"
        elif previous.money == r.money and vocab.amount_range.fullmatch(body, previous.figure.end, fig.start):
            scope = "the other end of a range with " + previous.vetoed  # "Potensi iuran yang hilang diperkirakan Rp8
            # triliun hingga Rp10 triliun": what the first end is, so is the second
    if scope and not r.vetoed:
        r.vetoed = scope
    segment.read_segment(a, r)
    programme.read_programme(a, r)


def _row_under_a_counts_heading(a: ArticleState, r: Reading) -> bool:
    """Whether the figure is a cell of a labelled row under a heading naming what its counts are ("... kepesertaan aktif
    per segmen" over "Pekerja Migran: Target 2022 0,30 juta; ..."): the workers its label names are a group of that
    measure, not plain participants."""
    if not (a.heading.get("metric of count") and r.sentence.index > a.heading_sentence):
        return False
    if label_of_its_row(a.body, r.spans.sentence_start, r.figure.start) is not None:
        return True
    # (or a line of the breakdown a list's introduction opens: "peserta aktif tersebut terdiri dari:" over "pekerja
    # penerima upah (PU) 20,05 juta;")
    introduction = a.sentences[a.heading_sentence]
    return (r.sentence.start == 0 or a.body[r.sentence.start - 1] == "\n") and \
        a.vocab.breakdown.search(a.body, introduction.start, introduction.end) is not None


def _the_fund_shared_out(a: ArticleState, r: Reading, placed) -> bool:
    """Whether the money set aside "for" a benefit is the fund under management shared out among its programmes: a
    pointer at a fund ("dana tersebut") before the words of its setting aside, right after a sentence that names the
    fund under management and no money paid out."""
    if r.sentence.index == 0 or not a.vocab.fund_pointer.search(a.body, r.sentence.start, placed.start()):
        return False
    before = a.sentences[r.sentence.index - 1]
    named = {label for label, _ in a.vocab.money_metrics.find_all(a.body, before.start, before.end)}
    return "managed_funds" in named and "benefits_paid" not in named


def _coordinated_with(a: ArticleState, r: Reading, previous: Reading) -> bool:
    """Whether the figure is the next item of a list after `previous`: only list marks
    between them ("7,4 juta menganggur, 41 juta pekerja formal"), or a coordinator with
    no metric word of its own ("tak aktif mencapai 18,53 juta dan pekerja BPU sebanyak 979 ribu")."""
    vocab = a.vocab
    frame = vocab.part_of_frame.match(a.body, r.spans.sentence_start, r.figure.start)
    if frame is not None and previous.figure.end <= frame.end():
        return False  # "Dari potensi sekitar 70 juta pekerja bukan penerima upah, baru 1,7 juta yang menjadi peserta
        # aktif": the part of the group its sentence's frame counts, no item listed after it
    between = vocab.fillers.sub(" ", a.body[r.spans.left:r.figure.start])
    if vocab.list_gap.fullmatch(between) or vocab.list_gap.fullmatch(vocab.programme_names.sub(" ", between)):
        return True  # (", JP (Jaminan Pensiun) sebesar": the next item of a programme list)
    words = vocab.money_metrics if r.money else vocab.person_metrics
    # a qualifier right after the figure names no subject of its own ("dan kini sudah mencapai
    # 3.889.075 yang sudah terlindungi")
    end = r.figure.start if vocab.qualifier.match(a.body, r.figure.end, r.spans.phrase_end) else r.spans.phrase_end
    return bool(vocab.coordinator_start.match(between)) and \
        next(iter(words.find_all(a.body, r.spans.left, end)), None) is None


def _coordinated_items(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """"iuran JKP senilai Rp1,9 triliun dan investasi senilai Rp7,7 triliun dan jumlah aset
    senilai Rp7,9 triliun": amounts of one programme listed with a coordinator, each with its
    own fund word."""
    return r.money and prev.money and bool(a.vocab.item_joiner.match(a.body, prev.spans.phrase_end, r.figure.start))


def _active_part(prev: Reading, r: Reading) -> bool:
    """"peserta program JP mencapai 14,6 juta jiwa, yang aktif ... 10,2 juta": the active part of
    a programme's members is that programme's."""
    return not r.money and r.metric == "active_participants" and \
        prev.metric in ("participants", "registered_participants") and r.figure.value < prev.figure.value


def _count_its_target_points_at(a: ArticleState, r: Reading) -> Reading | None:
    """The count of the sentence before that a target named as its possession points back at ("Peserta aktif tahun lalu
    tercatat 42,3 juta pekerja. Tahun ini targetnya 49 juta pekerja"): the article's figure right before it, an actual
    count with a metric of its own words, when it is the last of the sentence before."""
    if r.kind != "target" or r.index == 0 or r.sentence.index == 0 or \
            not a.vocab.target_pointer.search(a.body, r.spans.clause, r.figure.start):
        return None
    before = a.readings[r.index - 1]
    if before.sentence.index != r.sentence.index - 1 or before.money or before.kind != "actual" or before.vetoed or \
            not before.metric or not before.sources.get("metric", "").startswith("own words"):
        return None
    return before


def _companies_of(a: ArticleState, r: Reading, prev: Reading | None) -> bool:
    """"program JP diikuti 1,28 juta pekerja dari 41.300 perusahaan", "covered 18.6 million workers from 344,000
    employers": a count of companies right after "dari" that follows a count of workers counts the companies those
    workers come from."""
    vocab, body = a.vocab, a.body
    if prev is None or r.money or prev.money or prev.metric not in phrase.EMPLOYER_OF or \
            prev.metric in phrase.COMPANY_METRICS or body[r.figure.end:r.figure.end + 1] != " " or \
            vocab.employer_nouns.match(body, r.figure.end + 1) is None:
        return False
    lead = vocab.fillers.sub(" ", body[r.spans.left:r.figure.start]).strip(" ,")
    return vocab.total_after.match(lead) is not None or vocab.companies_of_lead.match(lead) is not None


def _link(a: ArticleState, r: Reading, first: int) -> None:
    """The links between the sentence's figures (and to the sentences before)."""
    if r.role == BASELINE:
        change.link_baseline(a, r, first)
    elif r.sources.get("metric", "").startswith(COVERED_WORKER_NOUN):
        change.level_after_its_change(a, r, first)
    achievement.revised_kind(a, r, first)
    achievement.link_achievement(a, r, first)
    if not reference.restate_pointed_figure(a, r, first):
        breakdown.link_breakdown(a, r, first)
        breakdown.link_parts_before_total(a, r, first)
    if r.metric is None:
        reference.inherit_metric(a, r, first)
    if r.metric is None:
        segment.bare_count_of_a_segment(a, r, first)
    if r.program is None and not r.sources.get("listed") and r.money and r.metric and r.role != BASELINE and \
            not any(p.money and p.role != BASELINE for p in a.before(r, first)) and \
            not (a.vocab.agency.search(a.body, r.spans.clause, r.figure.start) and
                 (r.metric in a.vocab.national_only_metrics or
                  a.vocab.agency_owned.search(a.body, r.spans.clause, r.figure.start))) and \
            not (r.sources.get("metric", "").startswith("the subject of its change") and r.metric in a.vocab.whole_fund_metrics and
                 a.vocab.agency.search(a.body, r.spans.sentence_start, r.figure.start)):
        # (not "dana kelolaan BPJS Ketenagakerjaan per Juni 2024 tercatat Rp746,9 triliun", "BPJS Ketenagakerjaan
        # meraup hasil investasi Rp 19,46 triliun", "BPJS Ketenagakerjaan assets hit Rp 340 trillion": the agency's whole fund; nor the new level of a change the agency's
        # fund made: "dana kelolaan BPJS Ketenagakerjaan tumbuh 18,2 persen, dari Rp365,5 triliun ... menjadi Rp431,9 triliun")
        whole = programme.whole_account(a, r)
        r.program = programme.passage_programme(a, r) if not whole else None
        if r.program:
            r.sources["program"] = "the one programme the sentence before names"
        elif not whole and (topic := programme.topic_programme(a, r)) is not None:
            r.program = topic[0]
            r.sources["program"] = f"the programme of the passage's amounts ({topic[1].figure.text})"
        elif (asked := programme.asked_programme(a, r)) is not None:
            r.program = asked
            r.sources["program"] = "the programme its question asks about"
    prev = a.previous_in_sentence(r, first)
    if r.program is None and not r.sources.get("listed") and prev is not None and prev.program \
            and (prev.metric == r.metric or _coordinated_items(a, prev, r) or _active_part(prev, r)
                 or (r.metric in phrase.COMPANY_METRICS and _companies_of(a, r, prev))
                 or _flow_set_against(a, prev, r)) and r.role != PART \
            and programme.continues_programme(a, prev, r):
        r.program = prev.program
        r.sources["program"] = f"the figure before it in the sentence ({prev.figure.text})"


def _flow_set_against(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """"Iuran JKP sepanjang 2024 Rp2,9 triliun, sementara manfaat yang dibayarkan Rp381 miliar": another flow of the
    programme set against the first, in a clause opening by contrast that names no total (nor the agency's whole funds
    or returns: "klaim jaminan hari tua sebesar Rp 10,8 triliun, sedangkan hasil investasi Rp 15,3 triliun")."""
    vocab = a.vocab
    comma = a.body.rfind(",", prev.figure.end, r.figure.start)
    return r.money and prev.money and prev.metric not in vocab.national_only_metrics and \
        r.metric not in vocab.national_only_metrics and \
        comma != -1 and vocab.contrast_opener.match(a.body, comma) is not None and \
        not vocab.total_words.search(a.body, comma, r.figure.start)


def _last_checks(a: ArticleState, r: Reading) -> None:
    """Too small for a count or a fund; a small national count of participants is a
    region's unless its passage names one segment."""
    vocab, fig = a.vocab, r.figure
    if r.vetoed or not r.metric:
        return
    if r.money and fig.value < vocab.min_rupiah:
        r.vetoed = reference.TOO_SMALL + " for a fund figure"
    elif not r.money and fig.value < vocab.min_count:
        r.vetoed = reference.TOO_SMALL + " for a count"
    elif r.metric in NATIONAL_COUNTS and r.segment == "all" and r.program is None \
            and fig.value < vocab.min_national_participants:
        carried = segment.topic_segment(a, r)
        pointed = _programme_count_pointed_at(a, r) if not carried else None
        if carried:
            r.segment = carried[0]
            r.sources["segment"] = f"the one segment the passage names ({carried[1]!r})"
        elif pointed is not None:
            # "... peserta program itu naik ... menjadi 2,3 juta. Meski demikian, capaian tersebut masih di bawah target
            # akhir tahun sebanyak 3 juta peserta": the programme of the count its sentence points back at
            r.program = pointed.program
            r.sources["program"] = f"the programme of the count its sentence points back at ({pointed.figure.text})"
        else:
            r.vetoed = reference.TOO_SMALL + " for a national count of participants"
    if r.metric == passage_metric.GENERIC and not r.money and not r.vetoed:
        reference.count_restated(a, r, a.first_in_sentence)


def _programme_count_pointed_at(a: ArticleState, r: Reading) -> Reading | None:
    """The last count of a programme in the sentence before, when the figure's sentence opens by pointing back."""
    if r.sentence.index == 0 or not a.vocab.anaphora.match(r.sentence.text):
        return None
    for p in a.back(a.first_in_sentence):
        if p.sentence.index < r.sentence.index - 1:
            return None
        if not p.money and p.program and not p.vetoed:
            return p
    return None


def _figures_by_sentence(figures: list[Figure], sentences: list[Sentence]) -> dict[int, list[Figure]]:
    starts = [s.start for s in sentences]
    out: dict[int, list[Figure]] = {}
    for fig in figures:
        i = bisect_left(starts, fig.start + 1) - 1
        if i >= 0 and sentences[i].start <= fig.start < sentences[i].end:
            out.setdefault(sentences[i].index, []).append(fig)
    return out

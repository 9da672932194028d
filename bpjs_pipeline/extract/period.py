"""The period a figure describes, read after its sentence's links (see
`year_index.resolve` for the order of the steps): a baseline's own comparison words,
a year in the figure's clause, a relative cue there, a year or cue elsewhere in the
sentence that no baseline owns; then a part takes its total's period, a baseline the
`sejak` date or the year before the figure it is compared with, any other figure the
running year of its kind, else the publication year. An actual dated after the
publication year is a target."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import INHERIT_SENTENCES, LOOK_BACK
from bpjs_pipeline.lexicon import alternation, lexicon
from bpjs_pipeline.extract.context import WINDOW
from bpjs_pipeline.extract.constructions.pointer import level_its_subject_points_back_at
from bpjs_pipeline.extract.roles import BASELINE, CHANGE, NEW_LEVEL, PART, RECIPIENTS, last_match
from bpjs_pipeline.extract.reading import HEADING, same_value
from bpjs_pipeline.extract.year_index import month_hint, resolve, year_of_the_latest
from bpjs_pipeline.parsing.dates import YearMention, find_years
from bpjs_pipeline.parsing.sentences import clause_end

TIME_CLAUSE_REACH = 40  # characters before a clause of time in which the period it opens on ends

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def owned_elsewhere(a: ArticleState, r: Reading) -> list[tuple[int, int]]:
    """Spans of the sentence whose years belong to a baseline ("dari Rp88 triliun
    pada 2020 menjadi Rp97 triliun"): its comparison and the date right after it."""
    out = []
    for p in a.baselines_in_sentence:
        if p.index == r.index:
            continue
        # its comparison, and its clause after it ("dari Rp404 triliun pada periode yang sama tahun 2012")
        out.append((p.role_at if p.role_at >= 0 else p.figure.start,
                    max(p.spans.right_clause_end, a.own_tail_end(p.spans.phrase_end, p.spans.right_end))))
    # a relative clause set off by commas that the figure is not in: its years are its own ("The agency, which took
    # over ... in January 2014, ended the year with 19.2 million active members")
    out += [(start, end) for start, end in a.asides(r.sentence) if not start <= r.figure.start < end]
    return out


def compared_period(a: ArticleState, y) -> bool:
    """Whether a comparison word governs the year ("dibandingkan 2020", "dibanding periode
    yang sama tahun lalu"): the period of a baseline, not of the level beside it."""
    return a.vocab.compared_period.search(a.body, max(0, y.start - 60), y.start) is not None


def note_series_years(a: ArticleState, readings: list[Reading]) -> None:
    """The years a series hands to a sentence's figures by their place (`a.series_years`): a range
    of years before the first figure ("dari 2019 hingga 2023", "2019-2021"), "masing-masing" or
    "respectively" handing them out, and as many figures of the unit as years. Once per sentence."""
    a.series_years = {}
    sentence = readings[0].sentence
    if not a.vocab.respectively.search(a.body, sentence.start, sentence.end):  # (before or after the list)
        return
    for money in (False, True):
        same_unit = [q for q in readings if q.money == money]
        if not same_unit:
            continue
        span = a.vocab.year_range.search(a.body, sentence.start, same_unit[0].figure.start)
        if span is None:
            continue
        start, end = int(span.group("first")), int(span.group("last"))
        if end > start and end - start + 1 == len(same_unit):
            for place, q in enumerate(same_unit):
                a.series_years[q.index] = YearMention(span.start(), span.end(), start + place)


def _clause_of_its_own(a: ArticleState, start: int, y) -> bool:
    """Whether a year after a figure stands in a clause of its own, after a comma and a coordinator with no figure
    between them (", and full monthly pensions will only start in 2030"; not a list's last item dating them all:
    "..., serta beasiswa pendidikan Rp 347 miliar ... di tahun 2023")."""
    cc = a.vocab.clause_coordinator.search(a.body, start, y.start)
    return cc is not None and next(iter(a.figures_after(cc.end(), y.start)), None) is None


def _in_comparison_words(a: ArticleState, start: int, y) -> bool:
    """Whether words naming a comparison begin after `start` and end with the year ("Rp 431 triliun dari tahun
    sebelumnya Rp 381 triliun"): the period of what the figure is compared with, not the figure's own."""
    m = a.vocab.baseline.search(a.body, start, y.end)
    return m is not None and m.start() < y.start < m.end()


def read_period(a: ArticleState, r: Reading) -> None:
    fig, s, sp = r.figure, r.sentence, r.spans
    owned = owned_elsewhere(a, r)
    own_month = _own_month(a, r)  # ("33,1 juta pada Februari": a month of its own, no year)
    # (a year after "sejak" is where a count started, not its period: "29,1 juta tenaga kerja yang pernah
    # terdaftar sejak perusahaan itu berdiri pada 1977")
    freed: dict[int, bool] = {}

    def free(y) -> bool:  # (asked of a mention by every list below: answered once)
        known = freed.get(y.start)
        if known is None:
            known = freed[y.start] = not any(lo <= y.start < hi for lo, hi in owned) and \
                not a.vocab.release_lead.search(a.body, max(0, y.start - 25), y.start) and \
                not a.vocab.name_after.match(a.body, y.end) and \
                not (fig.end <= y.start and a.body[y.start - 1:y.start] == "(" and a.body[y.end:y.end + 1] == ":") and \
                (r.role == BASELINE or (not compared_period(a, y) and not _counted_since(a, sp.sentence_start, y)))
        return known
    usable = (lambda y: not y.present or r.kind == "actual")
    left_clause = [y for y in a.years.between(sp.clause, fig.start) if free(y)]
    before = a.readings[r.index - 1] if r.index and a.readings[r.index - 1].sentence.index == s.index else None
    if before is not None and any(y.present for y in a.years.between(before.figure.end, fig.start)):
        # "Dana kelolaan yang pada akhir 2014 sebesar Rp 187 triliun kini telah menembus Rp 300 triliun": a year before
        # the figure before dates that one; "kini" dates this one
        now_from = before.figure.end
        left_clause = [y for y in left_clause if y.start >= now_from]
    else:
        now_from = sp.sentence_start
    # a year after the figure counts only inside its clause and before any comparison
    # (not past a coordinator: "Rp 433,1 triliun dan per Juni 2020 naik menjadi ..." dates the next item)
    right = [y for y in a.years.between(fig.end, sp.right_clause_end)
             if free(y) and not a.compares(fig.end, y.start) and not _in_comparison_words(a, fig.end, y)
             and not a.vocab.coordinator.search(a.body, fig.end, y.start) and not _labels_a_figure_in_brackets(a, y)]
    left_segment = [y for y in a.years.between(sp.left, fig.start) if free(y)]
    opening_end = _opening_clause_end(a, r, left_clause)
    if opening_end is not None:
        # "Sebelum beroperasi penuh ... pada Juli 2015, lembaga yang dulu bernama PT Jamsostek itu kini mengelola dana
        # sebesar Rp 180 triliun": the time of the sentence's opening clause is its event's; "kini" dates the figure
        left_clause = [y for y in left_clause if y.start > opening_end]
        left_segment = [y for y in left_segment if y.start > opening_end]
    # (a year after the figure beyond a clause of reason or time is that clause's: "... dinaikkan menjadi
    # Rp 873 triliun setelah realisasi 2024 melampaui perkiraan")
    # (nor, before it, one labelling another figure in brackets: "Rp 635,420 bn (FY2021: Rp 553,540 bn), while
    # investment income rose to Rp 43,490 bn")
    sentence = [y for y in a.years.between(now_from, min(s.end, fig.end + WINDOW)) if free(y)
                and (y.end <= fig.start and not (_labels_a_figure_in_brackets(a, y) and a.body.find(")", y.end, fig.start) != -1)
                     or (not a.compares(fig.end, y.start) and not _dates_a_later_figure(a, r, y, own_month)
                                            and not _labels_a_figure_in_brackets(a, y)
                                            and not a.vocab.subordinate.search(a.body, fig.end, y.start)
                                            and not _clause_of_its_own(a, fig.end, y)))]
    if r.role == BASELINE and r.role_at >= 0 and r.kind != "target":
        # the subject's year before the comparison is the new level's, not the baseline's (a target revised is one
        # of two targets for the same year: "Untuk tahun ini, perseroan semula menargetkan 50 juta ...")
        # (not one in the baseline's own relative clause: "jumlah peserta aktif yang pada akhir 2019 mencapai 34,2 juta
        # turun menjadi 29,9 juta")
        own = [y for y in left_clause if a.vocab.relative_clause_year_lead.search(a.body, max(sp.clause, y.start - 40), y.start)]
        left_clause = [y for y in left_clause if y.start >= r.role_at or y in own]
        left_segment = [y for y in left_segment if y.start >= r.role_at or y in own]
    hint = month_hint([list(reversed(left_clause)), right, list(reversed(left_segment))])
    steps = []
    then = _time_its_clause_opens_on(a, r)
    if then is not None:  # "..., 31.2% more than in the same period last year, when benefits paid stood at ..."
        steps.append(("the period its clause of time opens on", [then]))
    if a.next_match("first year cue", a.vocab.first_year_cue, fig.end, s) is not None or \
            a.vocab.first_year_cue.search(a.body, sp.clause, fig.start) is not None:
        # (after it or before it in its clause: "program pensiun pada tahun pertama ditargetkan diikuti 7 juta pekerja")
        started = _programme_start_year(a, r)
        if started is not None:  # ("... yang mulai berlaku Juli 2015 ditargetkan diikuti 9 juta pekerja pada tahun pertamanya")
            steps.append(("the year the programme it counts in its first year starts",
                          [replace(started, month=None, day=None)]))
    bracketed = a.vocab.bracketed_year.match(a.body, fig.end)
    if bracketed:  # "Rp 431 triliun (2019), Rp 486 triliun (2020)": each figure's own year
        steps.append(("its year in brackets", [y for y in a.years.between(fig.end, bracketed.end()) if y.year]))
    bound = a.vocab.bound_year.match(a.body, fig.end, sp.right_clause_end)
    if bound and not a.compares(fig.end, bound.end()):  # (not "bertambah 2,1 juta dibanding akhir 2024")
        # "63,5 juta pada 2026 dan 82 juta pada 2029": each figure's own year
        steps.append(("its year right after it", [y for y in a.years.between(bound.end(), bound.end() + 4) if y.year]))
    own_date = a.vocab.own_date_after.match(a.body, fig.end, sp.right_clause_end)
    if own_date:  # "mewarisi dana kelolaan sebesar Rp 158,2 triliun per 31 Desember 2013": its own date, not the clause's
        dated = [y for y in a.years.between(own_date.end(), sp.right_clause_end) if y.year][:1]
        steps.append(("its date right after it", dated))
    respective = a.series_years.get(r.index)
    if respective is not None:  # "dari 2019 hingga 2023 masing-masing tercatat 34,4 juta, 30,1 juta, ..."
        steps.append(("its place in a series of years handed out by 'masing-masing'", [respective]))
    compared = a.readings[r.compares_to] if r.compares_to is not None else _level_pointed_back_at(a, r)
    compared_year = compared.year if compared else None
    if r.role == BASELINE and r.role_at >= 0:
        # its own comparison words, then a year a comparison word governs earlier in the
        # sentence ("naik 39 persen dibandingkan 2020 dari Rp3,7 triliun menjadi ...")
        comparison = a.years.between(r.role_at, a.own_tail_end(sp.phrase_end, sp.right_end)) + \
            [y for y in reversed(a.years.between(sp.sentence_start, r.role_at)) if compared_period(a, y)]
        if r.continues is not None:  # "dibandingkan tahun 2022 yang sebesar Rp 627 triliun dengan 35,9 juta"
            shared = a.readings[r.continues]
            comparison = comparison + [y for y in a.years.between(shared.role_at, shared.figure.start)
                                       if not comparison or y.start < comparison[0].start]
        steps += [("its comparison", [y for y in comparison if y.year]),
                  ("its comparison's relative cue", [y for y in comparison if y.relative and usable(y)])]
    if own_month is not None:  # "dari 33,1 juta pada Februari menjadi ..., lalu 29,44 juta pada Agustus 2020"
        # (not the date of the level a new level's change started from, which came before it: "grew to Rp 203.6 trillion
        # in August, from Rp 187.4 trillion in December 2014")
        started = a.vocab.change_start_word.search(a.body, fig.end, s.end) if r.role == NEW_LEVEL else None
        series_end = started.start() if started else s.end
        steps.append(("the year its series of months ends with",
                      [replace(y, month=own_month, day=None) for y in a.years.between(fig.end, series_end)
                       if y.year and y.month and y.month >= own_month][:1]))
    steps += [
        ("same clause", [y for y in reversed(left_clause) if y.year]),
        ("same clause", [y for y in right if y.year]),
        # a year named relatively in the figure's own clause before a year of another clause ("... at
        # the end of 2014, while the agency aims to bring that number to 248,000 this year")
        ("relative cue", [y for y in reversed(left_clause) if y.relative and not y.present and usable(y)] +
         [y for y in right if y.relative and not y.present and usable(y)]),
        ("same clause", [y for y in reversed(left_segment) if y.year]),
        ("relative cue", [y for y in reversed(left_clause) if y.relative and usable(y)] +
         [y for y in right if y.relative and usable(y)]),
        # (since the figure before: "Klaim JHT hingga Agustus 2020 mencapai Rp21,4 triliun, padahal sepanjang tahun
        # lalu klaim JHT "hanya" Rp26,6 triliun": last year's, not August 2020's)
        ("relative cue before it", [y for y in reversed(left_segment) if y.relative and not y.present and usable(y)]),
    ]
    baseline = next((q for q in a.back(r.index, max(a.first_in_sentence, r.index - LOOK_BACK))
                     if q.compares_to == r.index and q.role == BASELINE and q.role_at >= 0), None) \
        if r.role != BASELINE else None
    if baseline is not None:
        # "Target peserta aktif tahun depan diturunkan dari 70 juta menjadi 58 juta pekerja, menyesuaikan target RPJMN
        # 2025-2029": a period named relatively in the subject of a change dates its new level too
        subject = [y for y in a.years.between(sp.sentence_start, baseline.role_at) if free(y)]
        if subject and subject[-1].relative and not subject[-1].present and usable(subject[-1]):
            steps.append(("relative cue in the subject of its change", subject[-1:]))
    if r.role != BASELINE or r.kind == "target":  # (a target before its revision: the sentence's period too)
        steps += [
            ("same sentence", sorted((y for y in sentence if y.year), key=lambda y: abs(y.start - fig.start))),
            # (a period named relatively before a present-time word: "Hingga akhir tahun lalu, jumlah pekerja yang
            # pernah terdaftar, termasuk yang kini tidak aktif, mencapai 44,6 juta": "kini" is their status)
            # (nor one after it that it is set against: "..., below the 7.1% booked last year")
            ("relative cue in the sentence", sorted((y for y in sentence if y.relative and usable(y) and not
                                                     a.vocab.turning_clause.search(a.body, fig.end, y.start) and not
                                                     a.vocab.set_against.search(a.body, fig.end, y.start)),
                                                    key=lambda y: (bool(y.present), abs(y.start - fig.start)))),
        ]
    # (not a year a comparison governs: "Contributions ... in 2015 amounted to ..., an increase of 27 percent over 2014,
    # while the number of active participants reached 19.2 million by year-end")
    # (nor the year of the level a change before it starts from: "Rp637,1 triliun dana kelolaan (naik 15 persen dari
    # Rp554,2 triliun pada 2021), Rp43,9 triliun hasil investasi, dan ... sepanjang tahun")
    # (nor a year of a clause set off about the subject: "The agency, which will begin operating its pension program in
    # July 2015, targets 17.5 million active participants nationwide by year-end")
    set_off = [(start, end) for start, end in a.asides(s) if not start <= fig.start < end]
    named_before = [y.year for y in a.years.between(s.start, fig.start) if y.year and not compared_period(a, y)
                    and not _dates_a_baseline_before(a, r, y) and not any(start <= y.start < end for start, end in set_off)]
    # (a target's "akhir tahun" with no target named before: the year of the actuals it follows)
    # (as it stood where the cue stands: "ending the year before with Rp 165.9 trillion in managed funds, 12.3 million
    # active members and ...": every figure after the cue counts from the same year, not from the one the first set)
    cue = next((y for _, group in steps for y in group if y.anaphoric), None)
    running = a.running_year_before_sentence if cue is not None and a.running_year_set_at[r.kind] > cue.start else \
        a.running_year
    anchor = named_before[-1] if named_before else (running[r.kind] or (None,))[0]
    pointed = any(y.anaphoric and a.vocab.year_pointer.search(a.body, y.start, y.end) for _, group in steps for y in group)
    if not named_before and s.index and pointed and not (r.kind == "target" and running["target"]):
        # "... tercatat Rp 5,9 triliun pada akhir 2023. Sementara hasil investasi yang dibukukan sepanjang tahun
        # tersebut ...": the year the sentence before names, whatever figure it dated (a target's is the year of the
        # targets before it: "memasang target 70 juta peserta aktif pada 2026. ... Untuk dana kelolaan, BPJS
        # Ketenagakerjaan ingin capai Rp 1.000 triliun pada tahun yang sama")
        previous = a.sentences[s.index - 1]
        named = [y.year for y in a.years.between(previous.start, previous.end) if y.year and not a.compared_or_started_from(y)]
        anchor = named[0] if len(set(named)) == 1 else anchor  # (of two years named there, the one read so far)
    said_before = [y for y in a.years.between(s.start, fig.start) if y.year or (y.relative and not y.anaphoric)]
    if said_before and not said_before[-1].year and a.publication_year and \
            not (r.kind == "target" and (said_before[-1].offset or 0) < 0 and
                 any(label == "target" for label, _ in a.vocab.kind_words.find_all(a.body, said_before[-1].end, fig.start))):
        # "Tahun lalu hasil investasi sepanjang tahun mencapai Rp 27,1 triliun": the year just named relatively (not
        # a past year's achievement before a target: "booked ... Rp 26.7 trillion last year, and expects ... by year-end")
        anchor = said_before[-1].resolve(a.publication_year) or anchor
    if not named_before and r.kind == "target" and not pointed and any(y.anaphoric for _, group in steps for y in group):
        # (not a pointer at a year: "ingin capai Rp 1.000 triliun pada tahun yang sama" after a target for 2026 is 2026's)
        # "BPJS Ketenagakerjaan menutup 2023 dengan 41,56 juta peserta aktif. Capaian itu setara 91,7 persen dari
        # target akhir tahun sebesar 45,3 juta": the end of the year of the achievement measured against it
        measured = _actual_measured(a, r) or _year_so_far(a, r) or _target_revised(a, r)
        anchor = measured.year if measured is not None else anchor
    # (a relative cue in the subject of a target's revision dates both its targets, not one year before the new one:
    # "Target dana kelolaan tahun lalu sempat direvisi dari Rp950 triliun menjadi Rp920 triliun")
    revised = r.role == BASELINE and r.kind == "target" and compared is not None and compared.kind == "target" and \
        any(y.relative and y.end <= r.role_at for _, group in steps for y in group)
    period = resolve(steps, a.publication_year, None if revised else compared_year, hint, anchor)
    item = _coordinated_item(a, r) if period and period.rule.startswith(("same sentence", "relative cue in")) else None
    spanned = _start_of_the_change_before(a, r, compared, any_unit=True) \
        if r.role == BASELINE and compared is not None and compared.year and r.kind == "actual" and \
        a.vocab.same_period.search(a.body, sp.sentence_start, s.end) else None
    if spanned is not None:
        # "Dana kelolaan naik dari Rp206 triliun pada 2015 menjadi Rp365 triliun pada 2018. Peserta aktif pun bertambah
        # dari 19,2 juta menjadi 30,46 juta dalam periode yang sama": from the start of that period
        r.year, r.as_of, rule = spanned.year, spanned.as_of, f"the start of the same period ({spanned.figure.text})"
    elif item is not None:
        # "menutup tahun lalu dengan dana kelolaan Rp 165,9 triliun dan hasil investasi Rp 15,2 triliun": the period
        # of the item it is listed with, not a date elsewhere in the sentence ("per 1 Januari bertransformasi")
        r.year, r.as_of, rule = item.year, item.as_of, f"the item it is listed with ({item.figure.text})"
    elif period:
        r.year, r.as_of, rule = period.year, period.as_of, period.rule
    elif (heading_year := a.heading.get("year") or (a.heading.get("year of actuals") if r.kind == "actual" else None)) \
            and r.sentence.index > a.heading_sentence and not (r.role == BASELINE and compared_year):
        # (a baseline is dated from the figure it is compared with, which the heading dates: "Kinerja 2019 dalam angka:"
        # over "Dana kelolaan tumbuh ... menjadi Rp 431 triliun dari tahun sebelumnya Rp 381 triliun")
        (r.year, r.as_of), rule = heading_year, HEADING
        r.as_of = hint.as_of(r.year) if hint else r.as_of  # ("Januari: 34,05 juta" under "... semester I 2020:")
    elif r.role == PART and r.part_of is not None and a.readings[r.part_of].year:
        total = a.readings[r.part_of]
        r.year, r.as_of, rule = total.year, total.as_of, f"its breakdown's total ({total.figure.text})"
    elif r.role == BASELINE and compared_year and (month := _month_before(a, r, compared)) is not None:
        # "naik dari pembayaran pada Juni lalu sebesar Rp184 miliar" (compared with August): that June
        r.year, r.as_of = month
        rule = "the month its comparison names, before the figure it is compared with"
    elif r.role == BASELINE and (span_start := a.years.range_start_between(sp.sentence_start, fig.start)) is not None:
        r.year, r.as_of = span_start.year, span_start.as_of(span_start.year) if span_start.month else None
        rule = "the start of the period the change spans"
    elif r.role == BASELINE and a.since and s.index - a.since[0] <= INHERIT_SENTENCES:
        _, r.year, r.as_of = a.since
        rule = "start of the change ('sejak')"
    elif r.role == BASELINE and compared_year and a.vocab.month_before_cue.search(a.body, fig.end, sp.right_clause_end):
        # "peserta aktif tinggal 31,2 juta dari 32,9 juta pada bulan sebelumnya" (April 2020): March 2020
        month = int(compared.as_of[5:7]) if compared.as_of else None
        r.year = compared_year - 1 if month == 1 else compared_year
        r.as_of = f"{r.year}-{(month - 1 if month > 1 else 12):02d}" if month else None
        rule = "the month before the figure it is compared with"
    elif r.role == BASELINE and compared_year and r.kind == "actual" and \
            (start := _start_of_the_change_before(a, r, compared)) is not None:
        # "Pada akhir 2024, peserta aktif tercatat 44,94 juta orang, naik dari 30,64 juta orang pada 2021. Segmen bukan
        # penerima upah (BPU) mencatat pertumbuhan paling pesat, dari 3,07 juta menjadi 9,86 juta peserta": a part's
        # change over the period of the whole's change told right before it
        r.year, r.as_of = start.year, start.as_of
        rule = f"the start of the change of the sentence before it ({start.figure.text})"
    elif r.role == BASELINE and compared_year and r.kind == "actual" and compared.kind == "target" and \
            not a.vocab.backward_cue.search(a.body, sp.sentence_start, sp.right_clause_end) and \
            (present := (a.running_year["actual"] or (a.publication_year, None))[0]) is not None:
        # "Kami harus naik dari 35 juta ke 70 juta pada 2026" after "Realisasi ... pada 2022 tercatat 35,61 juta": the
        # level a target is to be reached from is the present, the year of the actuals so far, else the page's year (not
        # one compared year on year: "menargetkan ... Rp367,88 triliun pada tahun ini, naik ... dari tahun sebelumnya")
        r.year, rule = present, "the present a target is to be reached from"
    elif r.role == BASELINE and compared_year:
        # a revised target, or the target an achievement is compared with ("Angka ini juga lebih
        # tinggi daripada target yang dipasang, yaitu Rp 6,848 triliun"): the same year
        same = r.kind == "target"
        # (and a measure of its own set beside another: "paid out Rp42.4 trillion in claims in 2021, against
        # contributions of Rp79.8 trillion": that year's)
        beside = not same and r.metric != compared.metric and r.sources.get("metric", "").startswith("own words") and \
            not a.vocab.backward_cue.search(a.body, sp.sentence_start, fig.start)
        r.year = compared_year if same or beside else compared_year - 1
        rule = ("a revised target's year" if compared.kind == "target" else "the period of the achievement it is "
                "compared with") if same else "the period of the measure it is set beside" if beside else \
            "the year before the figure it is compared with"
    elif r.kind == "target" and (actual := _actual_measured(a, r)) is not None:
        # "jumlah peserta aktif naik jadi 30.660.901 orang, meskipun lebih rendah dari target yang
        # mencapai 33.673.202": the target of the period the actual beside it reached
        r.year, rule = actual.year, f"the actual it is measured against ({actual.figure.text})"
    elif (same := _restates(a, r)) is not None:
        # "... 82 juta pada 2029 ... "Kalau mau mengejar 82 juta, ...": the period of the figure it restates
        r.year, r.as_of = same.year, same.as_of
        rule = f"the same figure stated before ({same.figure.text})"
    elif (then := _time_pointed_at(a, r)) is not None:
        # "... in 2014, when it took over the business of PT Jamsostek. At the time its funds stood at Rp 186 trillion"
        r.year, rule = then, "the time its words point back at"
    elif (antecedent := _pointed_back_to(a, r)) is not None:
        # "The company netted 5.4 million new workers in 2007. These figures bring the total to
        # 7.9 million ...": the period of the figures the sentence opens by pointing back to
        r.year, r.as_of = antecedent.year, antecedent.as_of
        rule = f"the figures its sentence points back to ({antecedent.figure.text})"
    elif r.kind == "actual" and r.role != BASELINE and a.article.published_on and not _running_year_named(a, r) \
            and (month := _month_counted_since(a, r)) is not None:
        # "Since it started in February, the program has paid benefits of Rp 11.2 billion" (May 2022): counted since
        # the latest such month up to the publication date
        r.year = year_of_the_latest(month, a.article.published_on)
        rule = "the latest such month before publication, since which it is counted"
    elif r.kind == "actual" and r.role != BASELINE and a.article.published_on \
            and (a.running_year[r.kind] or (None, None))[1] is None and not _running_year_named(a, r) \
            and (month := _clause_month(a, r)) is not None:
        # "Sepanjang tahun lalu, ... Rp97,48 triliun. Sementara klaim yang sudah dibayarkan hingga Juli
        # mencapai Rp30,26 triliun": a month with no year after a whole year named relatively is the latest
        # such month up to the publication date (after "Sepanjang 2023, ...", March is 2023's)
        r.year = year_of_the_latest(month, a.article.published_on)
        r.as_of = f"{r.year}-{month:02d}"
        rule = "the latest such month before publication"
    elif r.kind == "actual" and r.role != BASELINE and (same := _same_period_before(a, r)) is not None:
        r.year, r.as_of = same.year, same.as_of
        rule = f"the same period as the figure of its unit before it ({same.figure.text})"
    elif r.kind == "target" and r.role != BASELINE and (same := _same_period_before(a, r)) is not None:
        # "... hingga akhir 2015 baru diikuti 8,2 juta pekerja. Padahal, program itu ditargetkan menjangkau 9 juta
        # pekerja pada tahun yang sama": the target of the year of the achievement before it
        r.year = same.year
        rule = f"the same period as the figure of its unit before it ({same.figure.text})"
    elif a.running_year[r.kind]:
        r.year, as_of = a.running_year[r.kind]
        rule = "earlier " + r.kind
        # (not a target's month: "We want managed funds to reach Rp 250 trillion by December" is the coming December)
        named = a.years.same_month_before(hint.month, fig.start) \
            if hint and hint.month and hint.month_only and r.kind == "actual" and \
            not (as_of and int(as_of[5:7]) == hint.month) else None
        if named is not None and named.year != r.year and not compared_period(a, named):
            # "Hingga akhir November 2019, ... di atas capaian akhir 2018 ... yang terdaftar hingga November, ...":
            # a month named alone is the one named with its year before it, not the year of the figure before it
            r.year, as_of = named.year, None
            rule = f"the same month named before it ({a.body[named.start:named.end]})"
        elif hint and hint.month and as_of and len(as_of) >= 7 and int(as_of[5:7]) > hint.month and \
                (not a.publication_year or r.year < a.publication_year) and \
                not (named is not None and named.year == r.year and not compared_period(a, named)):
            # (not a month named with that year before it: "Januari 26,90" after "28,74 juta pada Juni 2021, naik dari
            # 26,9 juta pada Januari 2021")
            # "Posisi Desember 2023 peserta aktif kami 41,56 juta. Januari turun ke 39,9 juta": the month after it
            r.year += 1
            rule = f"earlier {r.kind}, the month after it ({as_of})"
        r.as_of = hint.as_of(r.year) if hint else as_of
    elif r.kind == "actual" and r.role != BASELINE and (year := _year_of_the_sentence_before(a, r)) is not None:
        # "Kinerja BPJS Ketenagakerjaan sepanjang 2017 melampaui sejumlah target. Iuran yang terkumpul mencapai
        # Rp56,1 triliun": the period a sentence with no figure sets for the one after it
        r.year, rule = year, "the year the sentence before it names"
        r.as_of = hint.as_of(r.year) if hint else None
    elif r.kind == "actual" and r.role != BASELINE and not a.article.published_on and \
            (year := _year_of_the_title(a)) is not None:
        # an undated page titled "Kinerja BPJS Ketenagakerjaan 2019 dalam Angka": its actuals are of that year
        r.year, rule = year, "the year its undated page's title names"
        r.as_of = hint.as_of(r.year) if hint else None
    elif r.kind == "actual" and r.role != BASELINE and (year := _results_year_of_the_title(a)) is not None:
        # a page of January 2025 titled "Ringkasan Kinerja BPJS Ketenagakerjaan 2024": its actuals naming no period
        # are of the year whose results it reports
        r.year, rule = year, "the year of the results its title reports"
        r.as_of = hint.as_of(r.year) if hint else None
    elif r.kind == "actual" and r.role != BASELINE and (whole := _whole_pointed_back_at(a, r)) is not None:
        # "Tahun lalu, jumlah peserta aktif tercatat 19,2 juta pekerja. ... dari jumlah itu, pekerja bukan penerima
        # upah yang aktif baru sekitar 870.000 orang": the period of the whole it is a part of
        r.year, r.as_of = whole.year, whole.as_of
        rule = f"the whole its clause points back at ({whole.figure.text})"
    elif a.publication_year:
        r.year, rule = a.publication_year, "publication year"
        r.as_of = hint.as_of(r.year) if hint else None
    else:
        return
    if r.kind == "target" and not rule.startswith(("same clause", "its ", "relative cue", "the same")) and \
            (stated := _target_stated_before(a, r)) is not None and stated.year != r.year:
        # "... 70 juta peserta aktif ... pada 2026. ... Dibandingkan target 70 juta, capaian itu baru sekitar 63 persen":
        # the same target, named again without its year
        r.year, r.as_of = stated.year, stated.as_of
        rule = f"the same target stated before ({stated.figure.text})"
    if r.kind == "target" and rule.startswith("same sentence") and \
            (start := _baseline_dated_before(a, r)) is not None:
        # "Peserta aktif yang pada akhir 2018 berjumlah 30,46 juta ditargetkan naik menjadi 34,9 juta": the year is the
        # level's the target starts from; the target is for the year of the targets before it, else the year after
        running = (a.running_year["target"] or (None,))[0]
        r.year, r.as_of = (running if running and running > r.year else r.year + 1), None
        rule = f"after the year of the level it starts from ({start.figure.text})"
    r.sources["year"] = rule
    if r.kind == "actual" and a.article.published_on and r.year > a.publication_year and r.role != BASELINE:
        r.kind = "target"
        r.sources["table"] = "target (a year after publication)"
    # only a BPJS level sets the year later figures of its kind inherit, or a change of one, or the
    # count of those it paid ("Per 31 Maret 2025, ... manfaat JKP kepada 35 ribu pekerja"); a
    # population's or another body's ("data BPS di tahun 2022") does not
    paid_to_then = r.role == RECIPIENTS and rule.startswith(("same clause", "same sentence", "its year"))
    # (nor a level of a sentence looking back for comparison: "Setahun sebelumnya, yakni pada Juni 2013, dana
    # investasi masih sebesar Rp 151,38 triliun": the figures after it are the current period's)
    looking_back = a.vocab.lookback_opener.match(a.body, s.start, s.end) is not None or _past_beside_the_present(a, r)
    # (nor a cell dated by its table's column: "Managed funds (IDR tn): pada Q1/2023 sebesar ...; pada Q1/2022 sebesar
    # ...": the text after the table is not of its last column's period)
    looking_back = looking_back or a.vocab.column_period.search(a.body, max(s.start, r.figure.start - 40), r.figure.start) is not None
    # (nor a figure in brackets labelled by its year after another: "Rp26.3 trillion (2017: Rp21.9 trillion)")
    looking_back = looking_back or \
        _year_brackets()[1].search(a.body, max(s.start, r.figure.start - _BRACKET_LABEL_CHARS), r.figure.start) is not None
    if not looking_back and (paid_to_then or (r.role != BASELINE and r.metric and (not r.vetoed or r.role == CHANGE))):
        a.running_year[r.kind] = (r.year, r.as_of)
        a.running_year_set_at[r.kind] = r.figure.start


def _level_pointed_back_at(a: ArticleState, r: Reading) -> Reading | None:
    """The level of the sentence before that a baseline with no level of its own in its sentence is compared with,
    when its subject points back ("Jumlah itu naik dari 41,5 juta pada tahun sebelumnya"): the last such figure of its
    unit and measure."""
    if r.role != BASELINE:
        return None
    return level_its_subject_points_back_at(a, r, lambda p: p.money == r.money and p.metric == r.metric and p.year)


def _whole_pointed_back_at(a: ArticleState, r: Reading) -> Reading | None:
    """The figure of its unit in the sentences right before that a clause opening "dari jumlah itu" before the figure
    points back at, when that figure has its period."""
    # (looked for since the figure before it only: a line of figures stays linear)
    if a.vocab.part_of_whole_clause.search(a.body, max(r.sentence.start, r.spans.left), r.figure.start) is None:
        return None
    return next((p for p in a.back(a.first_in_sentence, max(0, a.first_in_sentence - LOOK_BACK))
                 if r.sentence.index - p.sentence.index <= INHERIT_SENTENCES and p.money == r.money and p.metric
                 and not p.vetoed and p.year and p.kind == "actual"), None)


def _target_stated_before(a: ArticleState, r: Reading) -> Reading | None:
    """An earlier target of the same value and quantity, dated in its own clause."""
    for p in a.back(r.index, max(0, r.index - 4 * LOOK_BACK)):
        if p.kind == "target" and p.money == r.money and not p.vetoed and p.year and \
                same_value(p.figure.value, r.figure.value) and (p.metric == r.metric or r.metric is None) and \
                p.sources.get("year", "").startswith(("same clause", "its year")):
            return p
    return None


def _dates_a_baseline_before(a: ArticleState, r: Reading, y) -> bool:
    """Whether the year stands in the own words of the baseline of a change right before it in the figure's sentence
    ("dari Rp554,2 triliun pada 2021"): the figure of the sentence nearest before the year, looked up, not searched."""
    k = a.figure_index_before(y.start)
    if k < a.first_in_sentence or k >= r.index or a.readings[k].figure is not a.figures[k]:
        return False
    q = a.readings[k]
    return q.role == BASELINE and q.figure.end <= y.start < a.own_tail_end(q.spans.phrase_end, q.spans.right_end)


def _target_revised(a: ArticleState, r: Reading) -> Reading | None:
    """The target of the sentence before that the figure's sentence points back at to revise ("Dalam RKAT 2025,
    peserta aktif semula dipatok 51,2 juta. Angka itu kemudian direvisi menjadi 47 juta pada pertengahan tahun": the
    middle of 2025)."""
    if r.sentence.index == 0 or not a.vocab.anaphora.match(r.sentence.text) or \
            not a.vocab.revision.search(a.body, r.sentence.start, r.figure.start):
        return None
    for p in a.back(a.first_in_sentence, max(0, a.first_in_sentence - LOOK_BACK)):
        if p.sentence.index < r.sentence.index - 1:
            return None
        if p.kind == "target" and p.year and p.money == r.money:
            return p
    return None


def _year_so_far(a: ArticleState, r: Reading) -> Reading | None:
    """The actual of the same metric and programme in the sentences just before that counts a year up to a month
    short of its end ("sepanjang Januari-Oktober 2015 klaim JHT ... Rp13,9 triliun. Wahyu memperkirakan hingga akhir
    tahun klaim JHT akan menembus Rp17 triliun": the end of 2015)."""
    for p in a.back(r.index, max(0, r.index - LOOK_BACK)):
        if r.sentence.index - p.sentence.index > INHERIT_SENTENCES:
            return None
        if p.money == r.money and p.metric == r.metric and p.program == r.program and p.kind == "actual" and \
                p.role != BASELINE and not p.vetoed and p.year and \
                ((p.as_of and int(p.as_of[5:7]) < 12) or p.year == a.publication_year):
            return p  # (or one of the year still running when the page was published: "Dana kelolaan sekarang Rp179
            # triliun. Akhir tahun kami proyeksikan Rp188 triliun")
    return None


def _coordinated_item(a: ArticleState, r: Reading) -> Reading | None:
    """The figure before it in its sentence that it is listed with ("Rp 165,9 triliun dan hasil investasi Rp 15,2
    triliun"): of its kind and unit, dated in its own clause, with no date between them."""
    prev = a.previous_in_sentence(r, a.first_in_sentence)
    if prev is None or prev.money != r.money or prev.kind != r.kind or prev.role == BASELINE or not prev.year or \
            not prev.sources.get("year", "").startswith(("same clause", "relative cue")) or \
            a.years.between(prev.figure.end, r.figure.start) or \
            not a.vocab.item_joiner.match(a.body, prev.spans.phrase_end, r.figure.start):
        return None
    return prev


def _restates(a: ArticleState, r: Reading) -> Reading | None:
    """The earlier figure of the same value the figure was read as (its metric came from it)."""
    if r.inherited_from is None or not r.sources.get("metric", "").startswith("the same figure stated before"):
        return None
    same = a.readings[r.inherited_from]
    return same if same.year and same.kind == r.kind else None


def _time_its_clause_opens_on(a: ArticleState, r: Reading):
    """The period right before the figure's clause when that clause opens as a clause of time ("in the same period last
    year, when benefits paid stood at IDR 20.89 trillion")."""
    sp = r.spans
    opener = a.vocab.time_clause_opener.match(a.body, sp.clause, r.figure.start)
    if opener is None or sp.clause <= sp.sentence_start:
        return None
    before = a.years.between(max(sp.sentence_start, sp.clause - TIME_CLAUSE_REACH), sp.clause)
    if not before or a.body[before[-1].end:sp.clause].strip(" ,"):
        return None
    return before[-1] if before[-1].year or before[-1].relative else None


def _pointed_back_to(a: ArticleState, r: Reading) -> Reading | None:
    """The last dated level of the sentence before, when the figure's sentence opens by pointing
    back at it ("These figures ...", "Jumlah tersebut ..."), whether or not that one is a fact; a
    change only when that sentence dates no level ("The company netted 5.4 million new workers in
    2007. These figures bring the total to ...")."""
    opening = a.vocab.anaphora.match(r.sentence.text) if r.sentence.index else None
    if opening is None:
        return None
    # (an actual named as the realisation of what was set before points back at a target: "... target kepesertaan aktif
    # 2023 sebesar 44,6 juta pekerja tidak tercapai. Realisasinya hanya 41,6 juta peserta aktif")
    realised = r.kind == "actual" and a.vocab.realisation_words.search(opening.group(0)) is not None
    change = None
    for p in a.back(a.first_in_sentence):
        if p.sentence.index < r.sentence.index - 1:
            break
        if (p.kind != r.kind and not (realised and p.kind == "target")) or not p.year or p.role == BASELINE:
            continue  # (the level pointed at, not where its change started: "naik dari Rp80,12 triliun pada 2021")
        dated = p.sources.get("year", "").startswith(("same clause", "same sentence", "its year"))
        if p.role == CHANGE:
            change = change or (p if dated else None)
        elif dated or p.sources.get("year", "").startswith("relative cue"):
            # ("Hingga akhir tahun lalu, dana kelolaan tercatat Rp 365,5 triliun, bertambah sekitar Rp 48 triliun
            # dibandingkan akhir 2017. Dari jumlah tersebut, ...": the level, not its change)
            return p
    return change


def _month_before(a: ArticleState, r: Reading, compared: Reading) -> tuple[int, str] | None:
    """The year and month of a month named without a year in a baseline's comparison, as
    the last such month before the period of the figure it is compared with (for what was realised before a target,
    the last one before publication: "targets 53 million active participants in 2025, up from 45.3 million in December"
    in January 2025 is December 2024's)."""
    if r.role_at < 0:
        return None
    # (before the figure in its comparison, or right after it: "naik dari 40,2 juta pada Maret")
    after = [y for y in a.years.between(r.figure.end, r.spans.right_clause_end)
             if not a.vocab.new_level.search(a.body, r.figure.end, y.start)][:1]
    for y in a.years.between(r.role_at, r.figure.start) + after:
        if y.month_only and y.month:
            published = a.article.published_on
            if r.kind == "actual" and compared.kind == "target" and published is not None:
                year = published.year if y.month <= published.month else published.year - 1
                return year, y.as_of(year)
            reference = int(compared.as_of[5:7]) if compared.as_of else 12
            year = compared.year if y.month <= reference else compared.year - 1
            return year, y.as_of(year)
    return None


def _actual_measured(a: ArticleState, r: Reading) -> Reading | None:
    """An actual before the target in its sentence that it is compared with ("lebih rendah dari
    target", "dari target"), or the one of the sentence before that its sentence opens by pointing at
    ("Capaian hasil investasi itu lebih rendah dari target Rp 30,4 triliun")."""
    named_after = a.vocab.target_after.match(a.body, r.figure.end, r.spans.right_end) is not None
    if not a.vocab.against_target.search(a.body, r.spans.sentence_start, r.figure.start) and not named_after:
        return None  # (a target named after its figure is measured too: "40.1 million were active at year-end, short of
        # the 42 million it had aimed for")
    for p in a.before(r, a.first_in_sentence):
        if p.kind == "actual" and p.year and p.money == r.money and not p.vetoed:
            return p
    if r.index == a.first_in_sentence and a.vocab.pointed_achievement.match(r.sentence.text):
        for p in a.back(a.first_in_sentence):
            if p.sentence.index < r.sentence.index - INHERIT_SENTENCES:
                break
            if p.kind == "actual" and p.year and p.metric == r.metric and p.role not in (BASELINE, PART) \
                    and not p.vetoed:
                return p  # (the total, not the last of its parts)
    return None


def _programme_start_year(a: ArticleState, r: Reading):
    """The year a programme starts, named after a start word in the figure's sentence before it or in the sentence
    before ("... yang wajib berjalan paling lambat 1 Juli tahun depan. BPJS Ketenagakerjaan membidik 5 juta peserta pada
    tahun pertama program tersebut"), the nearest first; or None."""
    s = r.sentence
    spans = [(s.start, r.figure.start)] + ([(a.sentences[s.index - 1].start, a.sentences[s.index - 1].end)] if s.index else [])
    for start, end in spans:
        for y in reversed(a.years.between(start, end)):
            if a.vocab.programme_start.search(a.body, max(start, y.start - 60), y.start):
                return y
    return None


def _opening_clause_end(a: ArticleState, r: Reading, left_clause: list) -> int | None:
    """Where the sentence's opening clause of reason or time ends ("Sebelum ..., ", "Setelah ..., "; after a dateline),
    when a present cue stands after it before the figure in the figure's clause; else None."""
    present = next((y for y in left_clause if y.present), None)
    return a.opening_clause_end(r.spans.sentence_start, present.start) if present is not None else None


_SINCE_REACH = 120  # characters a "sejak" may stand before the year it governs, in the same clause


def _counted_since(a: ArticleState, start: int, y) -> bool:
    """Whether the year is where a count started ("sejak ... berdiri pada 1977"), not the end of a
    period that starts with "sejak" ("sejak Januari hingga Mei 2014") nor the start of one it ends.
    Read once per mention (a figure's every year list asks)."""
    key = (y.start, max(start, y.start - 40))
    known = a.counted_since.get(key)
    if known is None and a.vocab.launched.search(a.body, max(start, y.start - 30), y.start):
        known = a.counted_since[key] = True  # the year a programme began ("introduced in 2022")
    if known is None:
        since = last_match(a.vocab.since, a.body, max(start, y.start - _SINCE_REACH), y.start)
        known = since is not None and not a.vocab.period_range.search(a.body, since.end(), y.start) \
            and not a.vocab.period_range.match(a.body, y.end) \
            and clause_end(a.body, since.end(), y.start) >= y.start  # ("sejak Februari 2022 hingga akhir tahun"; not
        # "PT Jamsostek, yang sejak 1 Januari 2014 beralih menjadi BPJS Ketenagakerjaan, menutup 2013 dengan ...")
        a.counted_since[key] = known
    return known


def _own_month(a: ArticleState, r: Reading) -> int | None:
    """The month named without a year right after the figure ("33,1 juta pada Februari")."""
    for y in a.years.between(r.figure.end, r.spans.right_clause_end):
        if y.month_only and y.month:
            # (not the start of a range: "sepanjang Januari hingga Agustus 2024" is one period)
            return None if a.vocab.period_range.match(a.body, y.end) else y.month
    return None


def _start_of_the_change_before(a: ArticleState, r: Reading, compared: Reading, any_unit: bool = False):
    """The baseline of the change the sentence right before tells, of the same unit (of any, when the sentence says it
    is of the same period), when its new level has the period of the level this baseline is compared with (or, said
    of the same period, any): this change runs over the same period."""
    for p in a.back(a.first_in_sentence, max(0, a.first_in_sentence - LOOK_BACK)):
        if p.sentence.index < r.sentence.index - 1:
            return None
        if p.role == BASELINE and (any_unit or p.money == r.money) and p.kind == "actual" and p.year and \
                p.compares_to is not None and a.readings[p.compares_to].year and \
                (any_unit or (p.year < compared.year and a.readings[p.compares_to].year == compared.year)):
            return p
    return None


_BRACKET_LEAD_CHARS = 16  # "(realisasi " before the year that opens brackets
_BRACKET_LABEL_CHARS = _BRACKET_LEAD_CHARS + 10  # ... and the year and its colon before the figure in them


@cache
def _year_brackets() -> tuple[re.Pattern, re.Pattern]:
    """Brackets opening with a year (a fiscal year's prefix may lead it: "(FY2021:", a word of realisation:
    "(realisasi 2014:", or a month or a quarter: "(Des 2023:"), up to the year; and up to the colon after it."""
    lex = lexicon()
    # (or the period of the year it opens: "(Des 2023: 41,56 jt)", "(Q3 2023: Rp739,1 T)")
    period = alternation(list(lex['dates']['months']) + list(lex['dates']['short_year_periods']))
    prefix = rf"(?:{alternation(lex['dates']['year_prefixes'])}|(?:{alternation(lex['table']['realisation_words'])}|{period})\s+)?"
    return re.compile(rf"\({prefix}$", re.IGNORECASE), re.compile(rf"\({prefix}(?:19|20)\d\d\s*:\s*$", re.IGNORECASE)


def _labels_a_figure_in_brackets(a: ArticleState, y: YearMention) -> bool:
    """Whether the year opens brackets labelling a figure of its own after a colon ("Rp365.5 trillion (2017: Rp317.3
    trillion)", "(FY2021: Rp 553,540 bn)"): the year of the figure in the brackets, not of the one before them."""
    return _year_brackets()[0].search(a.body, max(0, y.start - _BRACKET_LEAD_CHARS), y.start) is not None and \
        a.body[y.end:y.end + 3].lstrip().startswith(":")


def _baseline_dated_before(a: ArticleState, r: Reading):
    """The baseline before the figure, in its sentence, that its change starts from, when the sentence's only year
    of the figure's is named before that baseline ("... yang pada akhir 2018 berjumlah 30,46 juta ditargetkan naik
    menjadi 34,9 juta")."""
    for b in a.baselines_in_sentence:
        if b.compares_to == r.index and b.kind == "actual" and b.figure.start < r.figure.start and \
                not any(y.year for y in a.years.between(b.figure.end, r.spans.right_clause_end)) and \
                any(y.resolve(a.publication_year) == r.year for y in a.years.between(b.spans.sentence_start, b.figure.start)):
            return b
    return None


def _past_beside_the_present(a: ArticleState, r: Reading) -> bool:
    """Whether the figure is a past level set beside the present one of the sentence right before (or of its own), its
    year named relatively backwards ("Dana yang kami kelola sekarang Rp 201,3 triliun. Tahun lalu Rp 186,4 triliun.",
    "As of September, we have 35.4 million active members. At the end of last year it was 30.7 million"): a look back,
    after which the figures go on in the present."""
    if r.kind != "actual" or not r.sources.get("year", "").startswith("relative cue") or not a.publication_year or \
            r.year >= a.publication_year:
        return False
    # (or one earlier in its own sentence: "Total pembayaran JHT sampai Oktober Rp11,6 triliun, tahun lalu setahun penuh
    # hanya Rp8,9 triliun")
    return any(p.metric == r.metric and p.year == a.publication_year  # (an actual or this year's forecast)
               and p.sentence.index == r.sentence.index - 1
               for p in a.back(a.first_in_sentence, max(0, a.first_in_sentence - LOOK_BACK))) or \
        any(p.metric == r.metric and p.year == a.publication_year and p.kind == "actual"
            for p in a.before(r, a.first_in_sentence))


def _running_year_named(a: ArticleState, r: Reading) -> bool:
    """Whether the running year of the figure's kind is written as a number before it ("Sepanjang 2023, ...
    Pada Maret tercatat 36 juta": that March is 2023's), not only named relatively ("tahun lalu")."""
    running = a.running_year[r.kind]
    return running is not None and any(y.year == running[0] for y in a.years.between(0, r.figure.start))


def _clause_month(a: ArticleState, r: Reading) -> int | None:
    """A month named without a year in the figure's clause ("hingga Juli mencapai Rp30,26 triliun",
    "Rp11,26 triliun hingga Mei"), not the start of a range."""
    for y in a.years.between(r.spans.clause, r.spans.right_clause_end):
        if y.month_only and y.month and not a.vocab.period_range.match(a.body, y.end):
            return y.month
    return None


def _time_pointed_at(a: ArticleState, r: Reading) -> int | None:
    """The last year named before words pointing back at a time ("At the time", "Kala itu", "waktu itu") that stand
    before the figure in its sentence, or in a question its sentence answers ("Berapa targetnya waktu itu? Target kami
    31,7 juta"); None without such words."""
    s = r.sentence
    pointer = a.last_match_before("time pointer", a.vocab.time_pointer, s, r.figure.start)
    if pointer is None and s.index and a.sentences[s.index - 1].text.rstrip().endswith("?"):
        question = a.sentences[s.index - 1]
        pointer = a.last_match_before("time pointer", a.vocab.time_pointer, question, question.end)
    if pointer is None:
        return None
    named = next((y for y in reversed(a.years.between(0, pointer.start()))
                  if (y.year or (y.relative and not y.anaphoric)) and not compared_period(a, y)), None)
    return named.resolve(a.publication_year) if named else None  # (a year, or one named relatively: "tahun lalu")


def _month_counted_since(a: ArticleState, r: Reading) -> int | None:
    """A month named without a year before the figure in its sentence, where the figure is counted from ("Sejak
    Februari, ...", "Since it started in February, ..."), with no period named between it and the figure."""
    start = r.spans.sentence_start
    mentions = a.years.between(start, r.figure.start)
    last = mentions[-1] if mentions else None  # (none after it: "Sejak ... Agustus tahun lalu, hingga akhir Maret ...")
    return last.month if last is not None and last.month_only and last.month and _counted_since(a, start, last) else None


def _another_kind_between(a: ArticleState, r: Reading, later) -> bool:
    """A target word between an actual figure and a later one: the later one is another statement."""
    return r.kind == "actual" and any(label == "target" for label, _ in
                                      a.vocab.kind_words.find_all(a.body, r.figure.end, later.start))


def _dates_a_later_figure(a: ArticleState, r: Reading, y, own_month: int | None) -> bool:
    """Whether a year after the figure stands in the clause of a later figure of the sentence
    ("... (22juta) dibawah target era EGM (23.2juta) bahkan jauh di bawah RJPP 2017 capai
    37 juta pekerja": 2017 is the 37 juta's, not the earlier figures'), or right after a later
    figure in a clause of its own as that one's ("... Rp 885 triliun, sebelum menembus Rp 1.000 triliun
    pada 2026"); not the year a series of months ends with, for a figure of an earlier month of it."""
    if own_month is not None and y.month is not None and y.month >= own_month:
        return False  # "dari 33,1 juta pada Februari menjadi 31,26 juta pada April, lalu 29,44 juta pada Agustus 2020"
    for fig in a.figures_after(r.figure.end, r.sentence.end):
        if fig.start > y.end:
            return clause_end(a.body, y.end, fig.start) >= fig.start
        if _another_kind_between(a, r, fig):
            return True  # "sudah mencapai Rp313 triliun dan ditargetkan menjadi Rp350 triliun pada akhir tahun depan"
        bound = a.vocab.bound_year.match(a.body, fig.end, y.end)
        if bound and bound.end() == y.start and a.vocab.subordinate.search(a.body, r.figure.end, fig.start):
            return True  # "Rp 885 triliun, sebelum menembus Rp 1.000 triliun pada 2026": the later figure's own year
    return False


def _year_of_the_sentence_before(a: ArticleState, r: Reading) -> int | None:
    """The one year the sentence right before the figure's names, when that sentence has no figure of its own and
    the year is no later than the page's: a whole year ("sepanjang 2017"), not a day something happened on ("dilantik
    sejak 22 Februari 2021") nor a year something started or is compared with."""
    s = r.sentence
    if s.index == 0:
        return None
    previous = a.sentences[s.index - 1]
    if next(iter(a.figures_after(previous.start, previous.end)), None) is not None:
        return None
    return _one_year_up_to_the_page(a, {y.year for y in a.years.between(previous.start, previous.end)
                                        if y.year and not y.month and not y.day and not a.compared_or_started_from(y)})


def _year_of_the_title(a: ArticleState) -> int | None:
    """The one year an undated page's title names, no later than the page's inferred year."""
    return _one_year_up_to_the_page(a, _title_years(a))


def _title_years(a: ArticleState) -> set[int]:
    return {y.year for y in find_years(a.article.title or "") if y.year}


def _results_year_of_the_title(a: ArticleState) -> int | None:
    """The one past year a dated page's title names when it reports that year's results ("Ringkasan Kinerja BPJS
    Ketenagakerjaan 2024" published in January 2025)."""
    if not a.publication_year or not a.vocab.results_title.search(a.article.title or ""):
        return None
    years = _title_years(a)
    year = next(iter(years)) if len(years) == 1 else None
    return year if year is not None and year < a.publication_year else None


def _one_year_up_to_the_page(a: ArticleState, years: set[int]) -> int | None:
    """The year, when there is one only and it is no later than the page's."""
    if len(years) != 1:
        return None
    year = next(iter(years))
    return year if not a.publication_year or year <= a.publication_year else None


def _same_period_before(a: ArticleState, r: Reading) -> Reading | None:
    """The actual of the figure's unit (an amount or a count) right before it, when the figure's clause says "in the
    same period" ("pada periode yang sama")."""
    if not a.vocab.same_period.search(a.body, r.spans.clause, r.spans.right_clause_end):
        return None
    return next((p for p in a.back(r.index, max(0, r.index - LOOK_BACK))
                 if p.money == r.money and p.kind == "actual" and p.year and not p.vetoed and p.role != BASELINE), None)

"""The role of a figure in its clause, read before anything else about it.

A figure is a *level* (a count or an amount at some time), the *new level* or
the *baseline* of a change (*naik dari X menjadi Y*, *Y dari sebelumnya X*,
*Y dibandingkan X*), the *change* itself (*bertambah 4 juta*), a *share* of a
total, a *recipient or case count* (*kepada 1,9 juta peserta*, *1,3 juta
kasus*) or a *portfolio allocation* (*Rp58 triliun di SBN*). Only levels, new
levels, baselines and the parts of a breakdown can be facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bpjs_pipeline.extract.constructions.question_answer import answer_start
from bpjs_pipeline.extract.context import Spans, label_of_its_row
from bpjs_pipeline.parsing.dates import A_YEAR
from bpjs_pipeline.parsing.sentences import clause_end, clause_start
from bpjs_pipeline.extract.vocabulary import Vocabulary

LEVEL = "level"
NEW_LEVEL = "new level of a change"
BASELINE = "baseline of a change or comparison"
NOT_BPJS = "not a BPJS level: "
CHANGE = "change"
SHARE = "share of a total"
SHARE_BASE = "the base a share is taken of"
RECIPIENTS = "recipient or case count"
ALLOCATION = "portfolio allocation"
PART = "part of a breakdown"

FACT_ROLES = (LEVEL, NEW_LEVEL, BASELINE, PART)




def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in text[start:end], or None."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


@dataclass(frozen=True)
class Role:
    role: str
    words: str = ""
    at: int = -1  # where the deciding words start (a baseline's comparison starts there)
    continues: bool = False  # a baseline in the same comparison as the figure before it


_ACTIVE_MEASURES = ("active_participants", "active_employers")


def _names_active_members(body: str, s: Spans, vocab: Vocabulary) -> bool:
    """Whether the figure's own noun phrase names the active members or employers ("berterima kasih kepada 798.600
    pemberi kerja aktif"): a level, whoever it is said to be given to."""
    return any(label in _ACTIVE_MEASURES for label, _ in vocab.person_metrics.find_all(body, s.figure_end, s.phrase_end))


# how far from a figure the words handing money out to it, the year of the level before it, or a predicate naming it
# newcomers ("were newly registered") may stand
HANDED_REACH = 160


def _an_earlier_year_after(body: str, s: Spans) -> bool:
    """Whether the year right after the figure in its clause is earlier than every year its sentence named just before it
    ("Dana investasi per akhir Desember 2022 mencapai Rp632,4 triliun dari Rp553,5 triliun pada akhir 2021"), or its
    sentence named none ("Peserta aktif: 30,46 juta, dari 26,3 juta pada 2017": the undated level is the present's)."""
    after = A_YEAR.search(body, s.figure_end, s.right_clause_end)
    before = [int(m.group(0)) for m in A_YEAR.finditer(body, max(s.sentence_start, s.figure_start - HANDED_REACH), s.left)]
    return after is not None and (not before or int(after.group(0)) < min(before))


def _labelled_recipients(body: str, s: Spans, vocab: Vocabulary):
    """A recipients' word in the label of the figure's row ("Penerima manfaat JKP: 10.523 orang"), the figure perhaps in a
    cell of a period ("Claim cases (thousand): pada 2018 sebesar 2,210 thousand; pada 2019 sebesar 2,460 thousand")."""
    colon = body.rfind(":", s.sentence_start, s.figure_start)
    if colon == -1:
        return None
    cell = body[max(colon, body.rfind(";", colon, s.figure_start)) + 1:s.figure_start].strip()
    if cell and not vocab.column_period_lead.fullmatch(cell):
        return None
    return vocab.recipients.search(body, s.sentence_start, colon)


def _handed_to(body: str, s: Spans, vocab: Vocabulary):
    """The words handing money out to the figure from before an amount in its clause ("to give wage subsidies of
    Rp600,000 a month to 15.7 million workers"): a recipients' word ending where the figure is governed."""
    start = clause_start(body, max(s.sentence_start, s.figure_start - HANDED_REACH), s.figure_start)
    if start >= s.clause:
        return None
    return next((m for m in vocab.recipients.finditer(body, start, s.figure_end) if s.left <= m.end() <= s.figure_start), None)


def role_of(body: str, s: Spans, money: bool, vocab: Vocabulary, first_in_sentence: bool,
            previous: "Role | None" = None) -> Role:
    """The figure's role and the words that decided it."""
    governing = vocab.fillers.sub(" ", body[s.left:s.figure_start])
    after = body[s.figure_end:s.figure_end + 60]

    # who or what the figure counts, when that is not a level
    m = vocab.before_figure.search(governing)
    if m and not vocab.coverage_before.search(governing, 0, m.start()) and not _names_active_members(body, s, vocab) and \
            not (vocab.reach_purpose.search(body, s.left, s.figure_start) and
                 vocab.bound_year.match(body, s.figure_end, s.right_end)):  # "untuk mencapai Rp 1.000 triliun pada 2026"
        return Role(RECIPIENTS, m.group(0).strip(), s.left)
    m = vocab.share_base.search(governing)
    if m and not vocab.increment.search(governing, max(0, m.start() - 40), m.start()):
        # "naik 13,21% dari Rp21,27 triliun" is a change's baseline, not a share's base
        return Role(SHARE_BASE, m.group(0).strip(), s.left)
    m = vocab.after_figure.match(after)
    if m and not (money and vocab.share_after.match(after)):
        # (an amount with its share of a total after it is that part's amount: "Jaminan Hari Tua yang mencapai Rp9,1
        # triliun atau 89,8% dari total klaim")
        return Role(SHARE if vocab.rate.search(m.group(0)) else RECIPIENTS, m.group(0).strip(), s.figure_end)
    m = (vocab.recipients.search(body, s.clause, s.phrase_end) or _handed_to(body, s, vocab) or
         _labelled_recipients(body, s, vocab) or
         # (or said after it to have received: "Sebanyak 2.140 PMI telah menerima santunan kecelakaan kerja", "some 12.4
         # million BP Jamsostek members received the government's wage subsidy", the verb inside its noun phrase)
         vocab.received_after.match(body, s.phrase_end, s.right_clause_end) or
         vocab.received_after.match(body, s.figure_end, s.right_clause_end)) if not money else None
    if m:  # (not an amount: "nilai klaimnya Rp 1,08 triliun")
        return Role(RECIPIENTS, m.group(0), m.start())
    if not money:
        claims = vocab.claim_words.search(body, s.clause, s.figure_start)
        if claims and not vocab.person_metrics_any.search(body, s.clause, s.phrase_end):
            # "Dari sisi klaim JHT telah mencapai 1,23 juta orang": a count of claimants
            return Role(RECIPIENTS, claims.group(0), claims.start())
    if not money:
        m = vocab.money_metrics.find_all(body, s.figure_end, s.phrase_end)
        first = next(iter(m), None)
        paying = vocab.paying_contributions.search(body, s.figure_end, s.phrase_end) if first else None
        if first and not (paying and paying.start() <= first[1].start() < paying.end()):
            return Role(RECIPIENTS, first[1].group(0), first[1].start())  # "1,2 juta klaim JHT": a count of claims
        m = vocab.case_nouns.search(body, s.figure_end, s.phrase_end)
        if m:
            return Role(RECIPIENTS, m.group(0), m.start())  # "297.725 kasus", "287,5 ribu pemohon"
    if money:
        # (from the share it restates: "72 persen dana ditempatkan pada surat utang, atau setara Rp 541 triliun")
        restated = vocab.restatement.search(governing)
        placed = last_match(vocab.allocation, body, s.sentence_start if restated else s.clause, s.figure_start)
        if placed and not vocab.returns.search(body, placed.end(), s.figure_start) and \
                not vocab.for_a_benefit.match(body, placed.end(), s.figure_start) and \
                not ((opener := vocab.subordinate.search(body, placed.end(), s.figure_start)) and
                     next(iter(vocab.money_metrics.find_all(body, opener.end(), s.figure_start)), None) is not None):
            # (not money that went to a benefit: "Dana itu sebagian besar mengalir untuk jaminan hari tua, yakni Rp 34,2
            # triliun"; nor the main clause's word, before a clause of time or reason naming the figure's own measure:
            # "plans to raise its equity allocation after its managed funds grew to 342 trillion rupiah")
            return Role(ALLOCATION, placed.group(0), placed.start())
        held = vocab.instrument_named.search(body, s.sentence_start, s.figure_start) if restated else None
        if held:  # "Stocks currently make up about 20 percent of the portfolio, or roughly Rp 41 trillion"
            return Role(ALLOCATION, held.group(0) + " … " + restated.group(0).strip(" ,"), held.start())
        row = label_of_its_row(body, s.sentence_start, s.figure_start)
        if row is not None and (vocab.instrument_named.match(row) or vocab.allocation.search(row)):
            # a row of a table of placements labelled by its instrument or its placing ("Surat utang: Nilai (Rp
            # triliun) Rp213,9 triliun", "Properti & penyertaan: ...", "- ditempatkan di SBN: Dana kelolaan ...")
            return Role(ALLOCATION, row, s.sentence_start)
        m = vocab.instrument_before.search(body, s.clause, s.figure_start) or vocab.instrument_subject.search(governing)
        if m:  # "dengan kontribusi terbesar dari obligasi sebesar Rp63 triliun", "sedangkan deposito sekitar Rp46 triliun"
            return Role(ALLOCATION, m.group(0).strip(), s.left)
        m = vocab.instrument_after.match(body, s.figure_end, s.right_end) or \
            vocab.allocation_after.match(body, s.figure_end, s.right_end)  # "Rp 56 triliun sudah kami investasikan ke", "Rp 196 T, ditempatkan di"
        if m:
            return Role(ALLOCATION, m.group(0).strip(), m.start())

    # changes and comparisons
    if vocab.newcomers.search(body, s.figure_end, s.phrase_end) or \
            vocab.newcomer_qualifiers.search(body, s.figure_end, s.phrase_end) or \
            vocab.newcomer_predicate.search(body, s.figure_end, min(s.right_clause_end, s.figure_end + HANDED_REACH)):
        # ("3.2 million were newly registered in 2022")
        return Role(CHANGE, "newcomers: " + body[s.figure_end:s.phrase_end].strip(), s.figure_end)
    # (a row's label before its colon is its subject: "Tambahan peserta baru (juta orang): RKAT 6,5 juta")
    labelled = body.rfind(":", s.left, s.figure_start) != -1
    label = label_of_its_row(body, s.sentence_start, s.figure_start)
    if label is not None and vocab.increase_nouns.match(label):
        # "Kenaikan Aset Bersih: pada 2017 sebesar Rp54.432 miliar; pada 2016 ...": a row of increases, each cell the
        # size of one
        return Role(CHANGE, "a row of increases: " + label, s.sentence_start)
    newcomers = last_match(vocab.newcomers, body, s.left if labelled else s.clause, s.figure_start)
    if newcomers and not vocab.newcomer_level.search(body, newcomers.end(), s.figure_start):
        return Role(CHANGE, "newcomers: " + newcomers.group(0), newcomers.start())
    if previous is not None and previous.role == BASELINE and \
            next(iter(vocab.kind_words.find_all(body, s.left, s.figure_start)), None) is None and \
            not vocab.increment.search(body, s.left, s.figure_start) and not vocab.new_level.search(body, s.left, s.figure_start) \
            and not vocab.reach_verb.search(body, s.left, s.figure_start) \
            and not vocab.breakdown.search(body, s.left, s.figure_start) \
            and body.count(")", s.left, s.figure_start) <= body.count("(", s.left, s.figure_start) \
            and next(iter((vocab.money_metrics if money else vocab.person_metrics).find_all(body, s.left, s.figure_start)), None) is None:
        # "dibandingkan tahun 2022 yang sebesar Rp 627 triliun dengan 35,9 juta pekerja",
        # "Rp 30 triliun – Rp 31 triliun": the same comparison goes on (not "..., while benefits
        # paid out totaled Rp 42,6 trillion": a subject of its own; not "naik dari Rp131,6 triliun pada
        # 2012 mencapai Rp150,8 triliun": the level it reached; nor "..., with old-age savings accounting for Rp 44.6
        # trillion": a part of the new level; nor past the bracket the comparison was told in: "Rp637,1 triliun dana
        # kelolaan (naik 15 persen dari Rp554,2 triliun pada 2021), Rp43,9 triliun hasil investasi")
        return Role(BASELINE, "the comparison before it goes on", s.left, continues=True)
    starts = vocab.change_start.search(governing)  # "naik dari 30 juta", "menjadi 35 juta dari 30 juta"
    if starts and _opens_a_breakdown(body, s, vocab):
        starts = None  # "28,6 juta peserta aktif, terdiri dari 20,4 juta penerima upah": a part, not where a change starts
    if starts and (vocab.increment.search(body, s.sentence_start, s.right_end) or
                   vocab.new_level.search(body, s.sentence_start, s.right_end) or
                   # "Klaim JKK Rp 3 triliun dari Rp 2,5 triliun tahun sebelumnya": compared with the level before it
                   (previous is not None and previous.role in (LEVEL, NEW_LEVEL) and
                    (vocab.backward_cue.search(body, s.figure_end, s.right_clause_end) or _an_earlier_year_after(body, s))) or
                   _start_of_a_target(body, s, vocab, previous)):
        word = last_match(vocab.change_start_word, body, s.left, s.figure_start)
        return Role(BASELINE, starts.group(0).strip(), word.start() if word else s.left)
    if s.next_figure and vocab.new_level.fullmatch(vocab.fillers.sub(" ", body[s.phrase_end:s.right_end]).strip()) and \
            not vocab.increment.search(body, s.clause, s.figure_start) and \
            not vocab.subordinate.search(body, s.phrase_end, s.right_end) and \
            money == (vocab.amount_next.match(body, s.right_end) is not None):
        # "yang sebelumnya dianggarkan sebesar Rp297 triliun menjadi Rp315 triliun" (not "bertambah 48 ribu menjadi 742
        # ribu": by how much it grew; nor an amount paid to a count of people: "paid benefits worth Rp29.8 trillion to
        # 2.4 million claimants": a change's two levels are of one unit)
        return Role(BASELINE, "the level a change starts from ('… menjadi')", s.figure_start)
    compared = last_match(vocab.baseline, body, s.left if not first_in_sentence else s.sentence_start, s.figure_start)
    if compared is None and not first_in_sentence and \
            (not governing.strip(" ,") or vocab.stating.fullmatch(governing.strip(" ,"))) and \
            not vocab.reach_verb.search(body, s.left, s.figure_start) and not vocab.new_level.search(body, s.left, s.figure_start):
        # "menjadi Rp 317 triliun dibandingkan tahun sebelumnya Rp 262 triliun", "bertambah 4,2 juta dibandingkan akhir
        # Desember 2021 yang sebanyak 30,7 juta": the comparison and its period are the tail of the figure before,
        # and this figure, right after them, is what it is compared with
        tail = last_match(vocab.baseline, body, max(s.sentence_start, s.left - 40), s.left)
        compared = tail if tail and (vocab.backward_cue.search(body, tail.end(), s.figure_start) or
                                     A_YEAR.search(body, tail.end(), s.left) or
                                     # (or after it: "Rp22.6 trillion versus Rp18.9 trillion a year earlier")
                                     vocab.backward_cue.match(body, s.figure_end, s.right_clause_end) or
                                     vocab.backward_cue.match(body, s.figure_end + 1, s.right_clause_end)) else None
    closed = clause_end(body, compared.end(), s.figure_start) if compared else s.figure_start
    if compared and not vocab.new_level.search(body, compared.end(), s.figure_start) and \
            not vocab.increment.search(body, compared.end(), s.figure_start) and \
            not (closed < s.figure_start and (vocab.coordinator.search(body, closed, s.figure_start) or next(iter(
                (vocab.money_metrics if money else vocab.person_metrics).find_all(body, closed, s.figure_start)), None))):
        # (not "tumbuh 14,75% dibandingkan dengan tahun lalu menjadi 35 juta": what it becomes; nor "up 12.6 percent
        # from 2019, and investment returns reached Rp 32.6 trillion", "tumbuh 10,4 persen dibandingkan tahun
        # sebelumnya, dengan hasil investasi Rp 18,3 triliun": a comparison closed before a clause of its own, joined or
        # naming its own measure; nor "Dibandingkan tahun sebelumnya, jumlah peserta aktif bertambah 5,2 juta": by how
        # much it grew)
        return Role(BASELINE, compared.group(0), compared.start())
    increment = last_match(vocab.increment, body, s.left, s.figure_start)
    if increment and (reason := last_match(vocab.subordinate, body, s.left, increment.start())) is not None and \
            clause_end(body, reason.end(), increment.start()) >= increment.start() and \
            clause_end(body, increment.end(), s.figure_start) < s.figure_start:
        increment = None  # "termasuk yang sudah tidak aktif karena berhenti bekerja ..., sebanyak 50,5 juta": the
        # increase is the reason clause's, closed before the figure
    if increment:
        brk = clause_end(body, increment.end(), s.figure_start)
        appositive = vocab.appositive.match(body, brk + 1, s.figure_start) if brk < s.figure_start else None
        if appositive and (vocab.approximate.sub("", body[appositive.end():s.figure_start]).strip(" ,") or
                           not vocab.increase_nouns.fullmatch(increment.group(0))):
            # "mengalami peningkatan …, yakni mencapai 45,2 juta", "merangkak naik, yakni 29,3 juta": what it reached, a
            # level (not the size of an increase named as a noun, set off bare: "Kenaikan terbesar terjadi pada Maret,
            # yakni Rp 18,4 triliun")
            return Role(LEVEL, "a level after an appositive", brk)
        reached = vocab.reach_opening.match(body, brk + 1, s.figure_start) if brk < s.figure_start else None
        if reached:  # "Jumlah pemberi kerja yang aktif juga naik, mencapai 587.000 perusahaan": the level it reached
            return Role(NEW_LEVEL, f"{increment.group(0)}, … {reached.group(0).strip(' ,')}", reached.start())
        reached = vocab.reach_verb.search(body, brk + 1, s.figure_start) if brk < s.figure_start else None
        if reached and vocab.coordinator.match(body[brk + 1:s.figure_start].lstrip()):
            # "total peserta aktif ... juga naik, dan per akhir tahun lalu mencapai 45,2 juta orang"
            return Role(NEW_LEVEL, f"{increment.group(0)}, … {reached.group(0).strip(' ,')}", reached.start())
        if brk < s.figure_start and body.startswith(":", brk):
            # "dana kelolaan terus tumbuh: Rp 111,9 triliun pada 2011, Rp 132,7 triliun pada 2012, ...": the levels the
            # growth is shown by
            return Role(LEVEL, "a level of the series the increase introduces", brk)
        if brk < s.figure_start and vocab.month_opening.match(body, brk + 1, s.figure_start):
            # "Januari turun ke 39,9 juta, lalu naik lagi, Februari 40,6 juta": the level of a month of its own
            return Role(LEVEL, "a month's level after the increase's clause", brk)
        words = vocab.money_metrics if money else vocab.person_metrics
        if brk < s.figure_start and (next(iter(words.find_all(body, brk + 1, s.figure_start)), None) is not None or
                                     vocab.target.search(body, brk + 1, s.figure_start) or
                                     vocab.total_words.fullmatch((body[brk + 1:s.figure_start].split(maxsplit=1) or [""])[0])):
            # "Dengan tambahan hasil pengembangan, dana kelolaan program itu ... mencapai Rp9,06 triliun", "Dari mana
            # tambahan peserta itu? Paling besar dari penerima upah, target kami 17,3 juta": a clause with its own
            # subject or target after the increase's (or its total: "klaim naik lagi, totalnya sekitar Rp22 triliun")
            return Role(LEVEL, "a level with a subject of its own after the increase's clause", brk)
        words = vocab.money_metrics if money else vocab.person_metrics
        subject = next((m for _, m in words.find_all(body, increment.end(), s.figure_start)
                        if len(body[increment.end():m.start()].split()) >= 2 and vocab.relative_after.match(body, m.end())),
                       None) or \
            next((m for _, m in vocab.segments.find_all(body, increment.end(), s.figure_start)
                  if len(body[increment.end():m.start()].split()) >= 2 and body.startswith(",", m.end()) and
                  vocab.relative_after.match(body, m.end() + 1)), None)
        # (or a group's, set off: "kenaikan didorong pekerja bukan penerima upah, yang kini mencapai 4,6 juta peserta aktif")
        if subject is not None:
            # "pertumbuhan dana tersebut terutama ditopang penerimaan iuran yang sepanjang 2014 mencapai Rp 28,6 triliun":
            # the level of another subject, in its own relative clause
            return Role(LEVEL, f"a level of its own subject ({subject.group(0)!r}) after the increase's words", subject.start())
        aimed = vocab.target.search(body, increment.end(), s.figure_start)
        between = body[increment.end():aimed.start()].split() if aimed else []
        if len(between) >= 2 and between[-1].lower() not in vocab.relative_pronouns:
            # "Kenaikan pada tahun lalu belum mampu mengejar target yang dipatok sebesar 33,67 juta": the level
            # a target names after the increase's own words (not "kenaikan target sebesar 2 juta", nor the
            # increase's own target: "penambahan tenaga kerja pada tahun 2014 yang ditarget 11,724 juta")
            return Role(LEVEL, "a target's level after the increase's words", aimed.start())
        level = vocab.new_level.search(body, increment.end(), s.figure_start) or \
            vocab.level_now_after_change.search(body, increment.end(), s.figure_start)
        if level:  # ("naik menjadi 35 juta", "masih bertambah, sekarang 688 ribu")
            return Role(NEW_LEVEL, f"{increment.group(0)} … {level.group(0).strip(' ,')}", level.start())
        carried = vocab.change_carried_to_a_date.search(body, increment.end(), s.figure_start)
        reached = vocab.level_verb.search(body, carried.end(), s.figure_start) if carried else None
        if reached:  # "terus turun hingga Maret 2021 yang mencapai 27 juta": the level it reached then
            return Role(NEW_LEVEL, f"{increment.group(0)} … {carried.group(0)} … {reached.group(0).strip()}", reached.start())
        reached = vocab.level_verb.search(body, increment.end(), s.figure_start)
        joined = last_match(vocab.coordinator, body, increment.end(), reached.start()) if reached else None
        if joined and not body[joined.end():reached.start()].strip():
            # "dana kelolaan ... masih tumbuh dan mencapai Rp 471,2 triliun": the level it grew to, its verb joined to the
            # increase's (not a clause of its own after it: "dari sisi penambahan perusahaan atau pemberi kerja, capaian ...
            # mencapai 681,4 ribu")
            return Role(NEW_LEVEL, f"{increment.group(0)} … {joined.group(0).strip()} {reached.group(0).strip()}", reached.start())
        if not vocab.rate.search(body, increment.end(), s.figure_start):
            return Role(CHANGE, increment.group(0), increment.start())
    return Role(LEVEL)


def _start_of_a_target(body: str, s: Spans, vocab: Vocabulary, previous: "Role | None") -> bool:
    """A past level a target is set from, after the target's figure ("peserta aktif ditargetkan 31,5 juta pekerja, dari
    26,25 juta pada 2017"): "dari" and the figure, then the year it was reached."""
    return previous is not None and previous.role == LEVEL and \
        vocab.target.search(body, s.sentence_start, s.left) is not None and \
        A_YEAR.search(body, s.figure_end, s.right_clause_end) is not None


def _opens_a_breakdown(body: str, s: Spans, vocab: Vocabulary) -> bool:
    """Whether the words right before the figure open a breakdown ("terdiri dari", "meliputi")."""
    opener = last_match(vocab.breakdown, body, s.left, s.figure_start)
    return opener is not None and not vocab.fillers.sub(" ", body[opener.end():s.figure_start]).strip()


def out_of_scope(body: str, s: Spans, vocab: Vocabulary, metric_spans: list[tuple[int, int]],
                 first_in_sentence: bool = False, money: bool = False) -> str:
    """Why the figure is not about BPJS Ketenagakerjaan's own national total, or "".

    The figure's clause and noun phrase are read; for the first figure of a
    sentence also the clauses before it when they name no metric ("Dari jumlah
    angkatan kerja itu, sebanyak 7,4 juta ...": the frame of a list)."""
    # what follows the figure up to the next item coordinated with it ("26,97 juta dan PPU yang
    # belum terdaftar ... sebanyak 3,22 juta": the last words are the next item's)
    next_item = vocab.next_item.search(body, s.phrase_end, s.right_end)
    m = vocab.not_a_fact_later.search(body, s.figure_end, next_item.start() if next_item else s.right_end)
    # (not the subject of a later figure: "yang ikut baru 1,14 juta, padahal potensinya lebih dari 70 juta
    # orang": the potential is the 70 juta)
    if m and (vocab.later_subject.match(body, m.end()) or vocab.inclusive.search(body, s.figure_end, m.start()) or
              vocab.subordinate.search(body, s.figure_end, m.start()) or
              (s.next_figure and vocab.contrast_opener.search(body, s.figure_end, m.start())) or
              (s.next_figure and clause_end(body, s.figure_end, m.start()) < m.start() and
               clause_end(body, m.end(), s.right_end) >= s.right_end and not vocab.increment.search(body, m.end(), s.right_end))):
        m = None  # (nor what a count includes: "50,18 juta orang, termasuk peserta yang berstatus non aktif"; nor a clause
        # of reason after it: "... Rp76,4 triliun akibat kebijakan relaksasi iuran"; nor
        # the subject of the next figure after a clause opening by contrast: "29.5 million active participants, while the
        # number of workers eligible to join the program is estimated at 93 million"; nor
        # the subject of the next figure in a clause of their own that runs to it: "5,5 juta peserta aktif, padahal
        # potensi pekerja informal yang bisa digarap mencapai 60 juta", "..., padahal potensi pekerja informal ditaksir
        # lebih dari 80 juta orang"; not an increase: "..., iuran berpotensi bertambah Rp 20 T")
    if m and not vocab.rate_of.search(body, s.figure_end, m.start()):
        # ("49,7 juta atau 53% dari total populasi tenaga kerja yang berpotensi ...": the
        # potential is the share's base, not the figure)
        return NOT_BPJS + m.group(0)
    m = vocab.rate_opener.match(body, s.sentence_start, s.figure_start)
    if m:  # "Rata-rata setiap bulan, klaim JHT yang dicairkan kini sekitar Rp 1,46 triliun": a rate
        return NOT_BPJS + m.group(0).strip()
    clause_names_a_metric = any(start >= s.clause for start, _ in metric_spans)
    frames = [(s.sentence_start, s.clause)] if first_in_sentence and not clause_names_a_metric else []
    clause = s.clause
    line_start, line_end = body.rfind("\n", 0, s.clause) + 1, body.find("\n", s.clause)
    if body[s.left:s.clause].rstrip().endswith(":") and ";" in body[line_start:line_end if line_end != -1 else len(body)]:
        # a labelled cell's label is the figure's own words ("2019; Peserta aktif: 34,18 juta; Peserta nonaktif: 20,77
        # juta"), back to the cell before it (in a row of cells, not a sentence's colon: "... cukup besar: hingga ...")
        clause = max(s.left, body.rfind(";", s.left, s.clause) + 1)
    answer = answer_start(body, s.clause, s.figure_start)
    if answer != -1 and any(answer <= start < s.figure_start for start, _ in metric_spans):
        clause = answer  # an answer naming its own measure: the question's words are not its ("Bagaimana dengan
        # pekerja sektor informal? Peserta bukan penerima upah yang aktif sekarang baru sekitar 420 ribu")
    for start, end in frames + [(clause, s.figure_start), (s.figure_end, s.phrase_end)]:
        # (searched up to the figure's end, so that a word's lookahead sees the figure: "dan BPJS Rp13 triliun")
        for m in vocab.not_a_fact.finditer(body, start, max(end, s.figure_end)):
            if m.start() >= end:
                break
            included = vocab.including_those.search(body, max(start, m.start() - 25), m.end() + 60)  # (its lookahead)
            if included is not None and included.start() < m.start() and \
                    (m.end() >= s.figure_start or "," in body[m.end():s.figure_start] or
                     vocab.fillers.sub(" ", body[m.end():s.figure_start]).strip()):
                continue  # "jumlah pekerja yang pernah terdaftar, termasuk yang kini tidak aktif, mencapai 44,6 juta"
                # (not "Ini belum termasuk potensi keuntungan Rp 5,18 triliun"; nor those included counted right after
                # the words: "71,5 juta itu total terdaftar, termasuk yang nonaktif sekitar 29,2 juta")
            if money and vocab.paid_to.search(body, max(start, m.start() - 40), m.start()):
                continue  # "manfaat JP yang dibayarkan kepada janda, duda dan anak dari peserta": who was paid
            if vocab.respectively.search(body, m.end(), s.figure_start):
                continue  # "terbagi ke dalam lima program dan dana badan, masing-masing untuk jaminan hari tua Rp 461,8
                # triliun, ...": the word names one of the groups handed out, not the figure's
            if vocab.remainder.fullmatch(m.group(0)) and (
                    next(iter(vocab.programs.find_all(body, m.end(), s.right_end)), None) is not None or
                    next(iter(vocab.segments.find_all(body, m.end(), s.right_end)), None) is not None):
                continue  # "Sisanya untuk kecelakaan kerja Rp 361,4 miliar": the rest is a programme's or a segment's
            own = next((a for a, _ in metric_spans if m.end() <= a < s.figure_start), None)
            if own is not None and vocab.coordinator.search(body, m.end(), own):
                continue  # "arus kas program hari tua kembali surplus dan dana kelolaan ... Rp201,7 triliun": the
                # word is the clause's before the coordinator; the figure's own subject follows it
            if own is not None and vocab.saying.search(body, m.end(), own):
                continue  # "Pejabat yang menyerahkan penghargaan menyebut peserta aktif ... 40,1 juta": the word
                # describes the speaker; what was said names its own measure
            if not any(a <= m.start() and m.end() <= b for a, b in metric_spans):
                return NOT_BPJS + m.group(0)
    m = vocab.other_bodies.search(body, s.clause, s.figure_start) or \
        vocab.other_bodies.search(body, s.figure_end, s.phrase_end) or \
        vocab.recorded_by_other_body.search(body, s.figure_end, s.right_clause_end)
    # ("96,7 juta di antaranya peserta PBI", "sekitar 4,3 juta PMI yang tercatat di BP2MI")
    if m:
        return "another body's figure: " + m.group(0)
    m = last_match(vocab.other_bodies, body, s.sentence_start, s.clause)
    subject_from = _after_its_description(body, m.end(), s.figure_start, vocab) if m else 0
    if m and not _agency_as_subject(body, subject_from, s.figure_start, vocab) and \
            (not vocab.partner_before.search(body, max(s.sentence_start, m.start() - 70), m.start()) or
             vocab.describing_clause.match(body, m.end(), s.figure_start)):
        # "PT Taspen, which runs a separate pension scheme ..., manages about Rp 140 trillion": the
        # sentence's subject is another body, and ours is not named after it (a partner, "setelah
        # rekonsiliasi dengan BP2MI, jumlah PMI yang menjadi peserta ...", is no subject)
        return "another body's figure: " + m.group(0)
    m = vocab.foreign.search(body, s.left, s.figure_start)
    if m:
        return "another country's figure: " + m.group(0)
    return ""


_SOURCE_REACH = 25  # characters before the agency's name in which the words naming it a source of data stand


def _after_its_description(body: str, pos: int, end: int, vocab: Vocabulary) -> int:
    """Where the clause set off after another body's name to describe it closes, or `pos` when none does before `end`
    ("BPJS Kesehatan, which took over Jamsostek's health program, had 131 million members": the agency named in it is no
    subject)."""
    described = vocab.aside.match(body, pos, end)
    return described.end() if described else pos


def _agency_as_subject(body: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the agency is named between start and end other than as where data come from ("yang datanya berasal dari
    BP Jamsostek")."""
    return any(not vocab.source_before.search(body[max(start, m.start() - _SOURCE_REACH):m.start()])
               for m in vocab.agency.finditer(body, start, end))


def speaker_title(body: str, start: int, pos: int, vocab: Vocabulary, before_verb: bool = False) -> bool:
    """Whether the words at `pos` are a speaker's title, not the subject: after a verb of
    saying in their clause ("kata Kepala BPJS Ketenagakerjaan Cabang Medan"), or, with
    `before_verb`, a title and a name right before one ("Kepala Kanwil BPJS Ketenagakerjaan
    Jateng-DIY, Indriasari mengatakan, ... BPJS Ketenagakerjaan menargetkan ...": the figure
    said is not the branch's)."""
    said = last_match(vocab.speech, body, max(start, pos - 80), pos)
    if said is not None and not vocab.speech_then_content.match(body, said.start()):
        return True  # (not "Wahyu menyebut, sepanjang 2023 Cabang Lamongan membayar": what was said)
    return before_verb and bool(vocab.title_then_speech.match(body, pos, min(len(body), pos + 120)))

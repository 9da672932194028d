"""Which programme (JHT, JKK, JKM, JP, JKP) a figure is for: the one named before it
since the previous figure of its unit, a list handed out by *masing-masing*, the one
named after it in its clause (before any breakdown of it), the sentence's one programme, a heading over the lines
below it, or the programme of the passage before a sum of the same kind. A list of
programmes with no *masing-masing* is for none of them."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.article import LOOK_BACK
from bpjs_pipeline.extract.constructions.heading import glued_heading_start
from bpjs_pipeline.extract.constructions.pointer import fund_programme, programme_pointed_at
from bpjs_pipeline.extract.constructions.question_answer import answer_start, question_before
from bpjs_pipeline.extract.roles import RECIPIENTS, last_match
from bpjs_pipeline.extract.context import WINDOW, inside_quotation, row_labelled
from bpjs_pipeline.parsing.sentences import clause_end, clause_start
from bpjs_pipeline.extract.reading import HEADING
from bpjs_pipeline.lexicon import alternation, lexicon
from bpjs_pipeline.parsing.dates import A_YEAR

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

# an amount this many times one programme's amount of the same kind before it is of all programmes
_ALL_PROGRAMMES_RATIO = 3
# a row's label may name its programme in brackets after a name of this many words ("Death (JKM)", "Job loss (JKP)")
_LABEL_NAME_WORDS = 4
# how `sources["program"]` begins when the programme came from the passage around the figure
PASSAGE_PROGRAMME = ("the one programme the sentence before names", "the programme of the passage's amounts")
# ... and when the figure's own clause named it after the figure
NAMED_AFTER = "named after it in its clause"
NAMED_AS_WHAT_IT_IS = "named after it as what it is"


def read_programme(a: ArticleState, r: Reading) -> None:
    body, vocab, s = a.body, a.vocab, r.spans
    # "JKM sebanyak 34,7 ribu kasus dengan nominal Rp 1,35 triliun": the programme
    # named since the previous figure of the same unit is this one's
    last_same_unit = next((p for p in a.before(r, a.first_in_sentence) if p.money == r.money), None)
    since = max(s.sentence_start, _own_programme_end(a, last_same_unit)) if last_same_unit else s.sentence_start
    last = next(iter(a.before(r, a.first_in_sentence)), None)
    if last is not None and last.money != r.money and last.program and last.sources.get("program") == "named before it" \
            and last.figure.end <= s.clause and vocab.coordinator.match(body[s.clause:s.figure_start].lstrip()) and \
            next(iter((vocab.money_metrics if r.money else vocab.person_metrics).find_all(body, s.clause, s.figure_start)),
                 None) is not None:
        since = max(since, s.clause)  # "klaim JHT ... mencapai Rp15,9 triliun, dan jumlah peserta aktif nasional mencapai
        # 31,4 juta orang": the programme named for the amount before is the amount's, when the figure's clause names a
        # subject of its own (not "The pension programme (JP) held funds of Rp 16.1 trillion and had 9.3 million
        # participants")
    contrast = last_match(vocab.contrast_opener, body, since, s.figure_start)
    if contrast is not None and next(iter(a.figures_after(since, contrast.start())), None) is not None:
        since = contrast.end()  # "pembayaran klaim jaminan kematian ... mencapai Rp700 miliar, sedangkan peserta bukan
        # penerima upah yang aktif sebanyak 2,6 juta orang": the clause before the contrast had its own figure
    opening = a.opening_clause_end(s.sentence_start, s.figure_start)
    if opening is not None:
        since = max(since, opening + 1)  # (not one named in the sentence's opening clause of time or reason: "Setahun
        # setelah program Jaminan Pensiun diluncurkan, BPJS Ketenagakerjaan mencatat dana kelolaan ... Rp240 triliun")
    answer = answer_start(body, since, s.figure_start)
    if answer != -1 and vocab.programmes_in_general.search(body, answer, s.figure_start):
        since = answer  # an answer about all programmes takes no programme from its question ("Berapa yang sudah
        # ambil JHT tahun ini? Semester pertama klaim yang kami bayarkan untuk semua program Rp 20,9 triliun")
    described = last_match(vocab.agency_description, body, since, s.figure_start)
    if described is not None:
        # "BPJS Ketenagakerjaan, the state agency that runs old-age savings, pension and accident insurance for
        # private-sector workers, had 711.4 trillion rupiah": the programmes the agency runs are not the amount's; a
        # figure inside that clause ("which provides old-age savings and pensions to around 35 million active
        # members") is the agency's
        comma = body.rfind(",", described.end(), s.figure_start)
        since = comma + 1 if comma != -1 else s.figure_start
    reason = last_match(vocab.set_off_opener, body, since, s.figure_start)
    if reason is not None and any(m.start() < reason.start() < m.end()
                                  for _, m in vocab.programs.find_all(body, since, s.figure_start)):
        reason = None  # (a word of time inside a programme named by its purpose opens no clause: "Untuk program
        # perlindungan ketika meninggal dunia, BPJS Ketenagakerjaan membayar Rp 600 miliar")
    about_the_agency = described is not None or (reason is not None and _describes_the_agency(a, reason.start(), since))
    # (closed by the last comma before the figure: the clause may list programmes with commas of its own)
    closed = body.rfind(",", reason.end(), s.figure_start) if reason else -1
    if closed != -1:
        # (not in a clause of reason set off before the figure's own: "seiring beroperasinya program JP, ...", nor in one
        # about the subject: "The agency, which manages the old-age savings of millions of formal workers, had ...")
        program, listed = programme_named(a, r, closed, s.figure_start)
        if program is None and not listed:
            program, listed = programme_named(a, r, since, reason.start())
    elif reason is not None:
        # (a clause of reason with no comma names its programme inside the opener's own words: "with the pension scheme
        # in place the agency projects its funds ... to reach Rp 1,000 trillion")
        program, listed = programme_named(a, r, reason.end(), s.figure_start)
        if program is None and not listed and not about_the_agency:
            program, listed = programme_named(a, r, since, reason.start())
    else:
        program, listed = programme_named(a, r, since, s.figure_start)
    how = "named before it"
    share = vocab.share_of_total.search(body, since, s.figure_start) if program is not None else None
    if share is not None:
        named_last = None
        for named_last in vocab.programs.find_all(body, since, s.figure_start):
            pass
        if named_last is not None and named_last[1].end() <= share.start() and \
                not vocab.restatement.search(body[share.end():s.figure_start]):
            # (the share's: "Porsi JHT mencapai 87 persen dari total klaim ... Rp 42,89 triliun"; but the share's
            # own amount restated: "klaim (JHT) mendominasi hingga 90% dari total klaim atau senilai Rp21,6 triliun")
            program = None
    if program is None and not listed:
        # (a heading glued after the figure by a lost line break is the next lines'; programmes
        # after a breakdown word name the parts: "Rp 700 triliun terdiri atas dana JHT Rp 480 triliun")
        end = glued_heading_start(a, s.figure_end, s.right_clause_end)
        # (nor one in a clause of reason after it: "Benefit payouts moderated to IDR 42.8tn in FY21 as JHT withdrawals
        # normalised")
        reason = vocab.subordinate.search(body, s.figure_end, end)
        end = reason.start() if reason else end
        # (a figure that is itself the subset, "Rp 10,71 triliun di antaranya merupakan klaim JHT", has no parts)
        parts = vocab.breakdown.search(body, s.figure_end, end) if not s.subset else None
        hit = phrase.first_label(vocab.programs, body, s.figure_end, parts.start() if parts else end)
        program, how = (hit[0] if hit else None), NAMED_AFTER
        if hit is not None and _listed_after(a, hit, parts.start() if parts else end):
            program, listed = None, True  # "41,56 juta ... peserta aktif pada program JKK dan JKM": all of them
    if program is None and not listed and r.money and body.startswith(",", s.figure_end) and \
            (vocab.set_off_figure.match(body, s.sentence_start, s.figure_start) or
             (vocab.payout_purpose.match(body, s.figure_end, s.right_end) and
              vocab.set_off_figure.search(body, max(s.sentence_start, s.figure_start - WINDOW), s.figure_start))):
        # "Sebagian besar, yakni Rp11,5 triliun, dicairkan untuk jaminan hari tua": a figure set off after the
        # sentence's opening (or anywhere, when what was paid follows: "... mengatakan sebagian besar dana tersebut, yakni
        # Rp33,1 triliun, dicairkan untuk jaminan hari tua"), then what it was paid for
        hit = phrase.first_label(vocab.programs, body, s.figure_end + 1, clause_end(body, s.figure_end + 1, s.right_end))
        program, how = (hit[0] if hit else None), NAMED_AS_WHAT_IT_IS
    if program is None and not listed and r.money and (source := vocab.money_source.match(body, s.figure_end)) and \
            not vocab.programme_pointer.search(body, s.clause, s.figure_start):
        # "yakni Rp11,38 triliun, merupakan klaim jaminan hari tua (JHT)": the kind named after it (not after a pointer
        # of its own clause: "iuran yang masuk ke program itu sebesar Rp1,4 triliun, berasal dari rekomposisi iuran JKK
        # dan JKM": the programme pointed at, which the others' money went to)
        hit = phrase.first_label(vocab.programs, body, source.end(), s.right_end)
        program, how = (hit[0] if hit else None), NAMED_AS_WHAT_IT_IS
    if program is None and not listed and vocab.respectively.search(body, s.sentence_start, s.figure_start):
        program, listed = programme_named(a, r, s.sentence_start, s.left)
        how = "a list handed out by 'masing-masing'"
    if program is None and not listed and r.money and \
            not any(p.money for p in a.before(r, a.first_in_sentence)):
        # "klaim JHT yang dibayarkan sebanyak 2,07 juta klaim dengan total manfaat
        # Rp 31,17 triliun": the one programme the sentence names before the figure
        # (not one named in a clause set off about the subject: "BPJS Ketenagakerjaan, which provides old-age savings
        # and pensions to around 35 million active members, manages about 620 trillion rupiah")
        set_off = (reason.start(), closed) if reason is not None and closed != -1 else (s.left, s.left)
        named = {label for label, m in vocab.programs.find_all(body, since if described else s.sentence_start, s.left)
                 if not set_off[0] <= m.start() < set_off[1] and
                 not _in_a_clause_of_time(a, m, since if described else s.sentence_start, s.left)}
        if len(named) == 1:
            program, how = named.pop(), "the sentence's one programme"
    if program is None and not listed:
        row = row_label(a, r)
        if row is not None:
            program, how = row, "the label of its row"
    if program is None and not listed and (titled := _programme_of_a_series_title(a, r)) is not None:
        program, how = titled, "the heading of its page's series (its title)"
    if program is None and not listed and \
            (after := vocab.programme_pointer.search(body, s.figure_end, s.right_clause_end)) is not None and \
            not vocab.fund_pointer.fullmatch(after.group(0)):
        # "terdapat 15,8 juta peserta yang terdaftar dalam program tersebut": a pointer after it in its clause
        program = programme_pointed_at(a, r.sentence.index, s.sentence_start, after.start())
        how = "the programme 'program itu' points back at"
    if program is None and not listed and not about_the_agency:
        pointed = pointed_programme(a, r)
        if pointed is not None:
            program, how = pointed, "the programme 'program itu' points back at"
    if program is None and not listed:
        owner = possessed_by_programme(a, r)
        if owner is not None:
            program, how = owner
    if program is None and not listed and "program" in a.heading and not _row_of_the_agency(a, r):
        program, how = a.heading["program"], HEADING
    r.program = program
    if listed and program is None:
        r.sources["program"] = "none (a list of programmes)"
    elif program:
        r.sources["program"] = how + (f" (and the same figure for {', '.join(r.also_programs)})"
                                      if r.also_programs else "")
    r.sources["listed"] = listed


_AGENCY_REACH = 80  # characters before a relative pronoun in which the agency's name (and its apposition) may stand


def _describes_the_agency(a: ArticleState, opener: int, since: int) -> bool:
    """Whether a clause set off after a comma describes the agency named right before it ("The programme will be run by
    BPJS Ketenagakerjaan, the state social security agency, which manages 199.6 trillion rupiah"): what it says is the
    agency's, not the programme's the sentence began with."""
    return a.body.startswith(",", opener) and \
        a.vocab.agency.search(a.body, max(since, opener - _AGENCY_REACH), opener) is not None


def _row_of_the_agency(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's row is labelled with the agency's own name ("BPJS Ketenagakerjaan: Dana kelolaan Rp712,3
    triliun; ..." in a table comparing it with other bodies) or as the total: the agency's whole account, no programme's."""
    # (and a row of the total of all programmes under the last one's heading: "Total: pada 2019 sebesar Rp28,97 triliun")
    return any(row_labelled(pattern, a.body, r.spans.sentence_start, r.figure.start)
               for pattern in (a.vocab.agency, a.vocab.total_cell))


def row_label(a: ArticleState, r: Reading) -> str | None:
    """The programme a line's label names ("JKK: Iuran Rp6,12 triliun; Klaim Rp2,47 triliun"), or its purpose alone
    ("Kematian: Rp12,1 triliun"): the first words of the sentence, a programme, then a row label's end."""
    body, s = a.body, r.spans
    hit = next(iter(a.vocab.programs.find_all(body, s.sentence_start, s.left)), None) or \
        next(iter(a.vocab.programs_listed.find_all(body, s.sentence_start, s.figure_start)), None)
    if hit is None:
        return None
    before = body[s.sentence_start:hit[1].start()].strip()
    if before and not (before.endswith("(") and len(before.split()) <= _LABEL_NAME_WORDS and not any(c.isdigit() for c in before)):
        return None  # (its name may come first, the programme in brackets: "Death (JKM): Assets Rp15.2 trillion; ...")
    return hit[0] if a.vocab.row_label_end.match(body, hit[1].end()) else None


_FIRST_CELL = re.compile(r"\s*([^;:\n]{1,40})[;:]")  # a row's first cell, before its first mark
_PERIOD_CELL_WORDS = 4  # the most words of a period's cell ("Januari - Maret 2024")


def _programme_of_a_series_title(a: ArticleState, r: Reading) -> str | None:
    """"Dataset: Klaim Jaminan Hari Tua (JHT) BPJS Ketenagakerjaan per Bulan, 2020" over rows by period ("January 2020;
    nilai klaim: Rp2.871.450.000.000; ..."): a row labelled by its period alone, naming no programme, is of the one
    programme the page's title names."""
    m = _FIRST_CELL.match(a.body, r.spans.sentence_start, r.figure.start)
    label = m.group(1) if m else None
    if label is None or not A_YEAR.search(label) or len(label.split()) > _PERIOD_CELL_WORDS or \
            next(iter(a.vocab.programs.find_all(label, 0, len(label))), None):
        return None
    title = a.article.title or ""
    named = {name for name, _ in a.vocab.programs.find_all(title, 0, len(title))}
    return named.pop() if len(named) == 1 else None


def pointed_programme(a: ArticleState, r: Reading) -> str | None:
    """The programme a pointer in the figure's clause before it refers to ("Iuran program itu yang
    terhimpun ... Rp1,02 triliun", "Peserta program itu mencapai 16,72 juta"): the last one named
    before the pointer in its sentence, else the first one (the subject) of the nearest sentence
    before that names any."""
    body, vocab, s = a.body, a.vocab, r.spans
    pointer = None
    # (from the sentence's start when no figure of its unit stands before it, as a programme named there is searched:
    # "peserta program tersebut mencapai 13,1 juta pekerja, dengan dana yang dikelola sebesar Rp46,8 triliun")
    # (or only in a clause set off about the subject: "The program, which received IDR 6 tn in seed capital ..., paid
    # IDR 279.6 bn in benefits")
    previous = a.previous_in_sentence(r, a.first_in_sentence)
    set_off = previous is not None and any(start <= previous.figure.start and end <= s.figure_start
                                           for start, end in a.asides(r.sentence))
    since = s.sentence_start if previous is None or set_off else a.subject_start(r)
    for pointer in vocab.programme_pointer.finditer(body, since, s.figure_start):
        pass
    if pointer is None and (framed := vocab.programme_pointer.search(body, s.sentence_start, since)) \
            is not None and vocab.purpose_before.search(body, max(s.sentence_start, framed.start() - 12), framed.start()):
        pointer = framed  # "Untuk program baru tersebut, BPJS Ketenagakerjaan menargetkan 5 juta peserta": the frame's
    if pointer is None or vocab.programmes_in_general.search(body, s.sentence_start, s.figure_start) or \
            whole_of_a_part(a, r) or _opens_with_the_whole(a, r, pointer.end()):
        return None  # ("dana jaminan sosial lima program tersebut": all of them; "Dana tersebut merupakan bagian terbesar
        # dari total dana kelolaan ...": the whole the fund pointed at is a part of)
    answer = answer_start(body, pointer.end(), s.figure_start)
    if answer != -1 and vocab.fund_pointer.fullmatch(pointer.group(0)) and \
            next(iter(vocab.money_metrics.find_all(body, answer, s.figure_start)), None) is not None:
        return None  # an answer naming its own fund ("Tahun ini dana itu bisa tumbuh berapa? Kami proyeksikan dana
        # kelolaan akhir 2014 di kisaran Rp 190 triliun"): the pointer was the question's
    reason = last_match(vocab.set_off_opener, body, s.sentence_start, pointer.start())
    if reason is not None and "," not in body[reason.end():pointer.start()] and \
            body.find(",", pointer.end(), s.figure_start) != -1:
        return None  # "Dengan tambahan program tersebut, dana kelolaan ... Rp220 triliun": the clause of reason's
    if vocab.fund_pointer.fullmatch(pointer.group(0)):
        fund = fund_programme(a, r.sentence.index, pointer.start())
        if fund is not None:
            return fund[0]
    return programme_pointed_at(a, r.sentence.index, s.sentence_start, pointer.start())


def _opens_with_the_whole(a: ArticleState, r: Reading, pointer_end: int) -> bool:
    """Whether the pointer stands in the sentence's opening that names the whole told before ("Dari pengelolaan dana
    tersebut, hasil investasi ... Rp51,6 triliun" after the funds of each programme): it points at the whole, not at the
    last programme named."""
    opener = a.vocab.part_of_whole_opener.match(a.body[r.sentence.start:r.figure.start])
    return opener is not None and r.sentence.start + opener.end() >= pointer_end


@cache
def _opening() -> re.Pattern:
    """What may stand before a sentence's first word: quotes, brackets, an interview's mark of turn ("J: \"Program itu
    ...")."""
    marks = alternation(lexicon()["grammar"]["interview_turn_marks"])
    return re.compile(rf"[\s\"“'(]*(?:(?:{marks}):\s*[\"“']?)?")
LAUNCH_REACH = 30  # characters after a programme's name where the words of its start may stand
_OPENER_WORDS = 8  # the most words of a clause opening a sentence before its subject


def possessed_by_programme(a: ArticleState, r: Reading) -> tuple[str, str] | None:
    """"Program itu baru berjalan sejak Juli 2015. Pesertanya sekarang sekitar 12,6 juta pekerja": a sentence opening
    with a metric's noun in the possessive is about the subject of the sentence before; when that sentence opens with
    a programme, or with a pointer at one, the figure is that programme's. Within a sentence, such a noun after a
    figure of a programme is that programme's."""
    body, vocab, s = a.body, a.vocab, r.sentence
    if not a.sentence_has("possessive", s, vocab.possessive_words):
        return None  # (no possessive in the sentence: asked once a sentence)
    if not vocab.possessive_subject.match(body, s.start, r.figure.start):
        # "Iuran yang masuk ke program itu ... Rp9,4 triliun, dan dana kelolaannya saat ini sudah Rp57 triliun": within
        # the sentence, the programme of the figure before it
        owned = vocab.possessive_subject.search(body, r.spans.clause, r.figure.start)
        earlier = next((p for p in a.before(r, a.first_in_sentence) if p.program), None) if owned else None
        return (earlier.program, f"the programme of the figure before it ('-nya', {earlier.figure.text})") \
            if earlier is not None else None
    if s.index == 0:
        return None
    before = a.sentences[s.index - 1]
    # (its last line: an answer joined to the question before it opens there)
    opening = _opening().match(body, body.rfind("\n", before.start, before.end) + 1 or before.start, before.end).end()
    how = "the programme the sentence before is about ('-nya')"
    pointer = vocab.programme_pointer.match(body, opening, before.end)
    comma = body.find(",", opening, before.end)
    if pointer is None and comma != -1 and len(body[opening:comma].split()) <= _OPENER_WORDS and \
            next(iter(a.figures_after(opening, comma)), None) is None:
        # (after a clause setting the scene: "Since its launch in February 2022, the program has paid Rp 410 billion
        # ... . Its fund stands at Rp 12.4 trillion")
        pointer = vocab.programme_pointer.match(body, _opening().match(body, comma + 1, before.end).end(), before.end)
    if pointer is not None:
        pointed = programme_pointed_at(a, before.index, before.start, pointer.start())
        return (pointed, how) if pointed else None
    named = phrase.first_label(vocab.programs, body, opening, before.end)
    determined = vocab.subject_determiner.match(body, opening, before.end)
    return (named[0], how) if named is not None and \
        (named[1].start() == opening or (determined is not None and named[1].start() <= determined.end())) else None


def _listed_after(a: ArticleState, hit, end: int) -> bool:
    """Whether the programme named after a figure opens a list of several ("JKK dan JKM")."""
    labels = {hit[0]}
    last = hit[1]
    for label, m in a.vocab.programs.find_all(a.body, last.end(), end):
        if not a.vocab.list_gap.fullmatch(a.body, last.end(), m.start()):
            break
        if a.vocab.amount_next.match(a.body, m.end()):
            break  # "Rp 402,7 miliar untuk kematian dan jaminan pensiun Rp 190,8 miliar": the next item, with its own amount
        labels.add(label)
        last = m
    return len(labels) > 1


def _own_programme_end(a: ArticleState, p: Reading) -> int:
    """Where a figure's own words end, a programme it is for included ("Rp 45 triliun untuk
    JHT dan Rp 3 triliun untuk JKK": JHT is the first figure's, not the second's), or named as its
    source ("Rp54,79 triliun berasal dari iuran hari tua, ...")."""
    m = a.vocab.programme_after.match(a.body, p.spans.phrase_end, p.spans.right_end)
    if m:
        return m.end()
    if p.program and p.sources.get("program") == NAMED_AS_WHAT_IT_IS:
        # "Rp 47,6 triliun, dibayarkan untuk jaminan hari tua, disusul jaminan pensiun Rp 4,8 triliun": what it was paid
        # for, named after it, is its own
        named = next((m for label, m in a.vocab.programs.find_all(a.body, p.figure.end, p.spans.right_end)
                      if label == p.program), None)
        if named is not None:
            return named.end()
    source = a.vocab.money_source.match(a.body, p.figure.end) if p.money else None
    if source:  # "Rp54,79 triliun berasal dari iuran hari tua, Rp19,8 triliun untuk pensiun": its own source
        hit = phrase.first_label(a.vocab.programs, a.body, source.end(), p.spans.right_end)
        if hit is not None:
            return hit[1].end()
    return p.spans.phrase_end


def continues_programme(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """Whether `r` goes on with `prev`'s programme: no other programme, no new fund noun and
    no total word between them ("JKP Rp14,92 triliun dan dana badan Rp13,66 triliun" does not,
    nor "..., sehingga total klaim Rp 50 triliun")."""
    # (the programme named after `prev` in its own clause is its own, not another: "paid out 9.3 trillion rupiah in
    # old-age savings claims in the first quarter, and 20.6 trillion rupiah in January-August")
    own_clause_end = prev.spans.right_clause_end if prev.sources.get("program") == NAMED_AFTER and \
        prev.spans.right_clause_end <= r.figure.start else None
    between = (prev.figure.end, r.figure.start)
    if next(iter(a.vocab.programs.find_all(a.body, own_clause_end or prev.figure.end, r.figure.start)), None) is not None \
            or a.vocab.fund_nouns.search(a.body, prev.spans.phrase_end, r.figure.start) \
            or a.vocab.total_words.search(a.body, *between) \
            or a.vocab.total_words.search(a.body, r.figure.end, r.spans.phrase_end) \
            or a.vocab.programmes_in_general.search(a.body, *between):  # "... dan non-JHT Rp 1,967 triliun"
        return False  # (nor "JHT fund stood at Rp 372.5 trillion, part of Rp 555.7 trillion in total funds")
    # "program JKP dan BPJS … Rp629 miliar dan Rp907,6 miliar": the programme was one
    # of two subjects coordinated, and the second figure is the other's
    named = None
    for named in a.vocab.programs.find_all(a.body, r.spans.sentence_start, prev.figure.start):
        pass
    return not (named and a.vocab.coordinated.match(a.body, named[1].end()))


def whole_account(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's sentence opens by turning to the agency's whole account ("Secara nasional, ...", "Untuk
    pengelolaan dana, ...", "Dari sisi penerimaan, ..."), or its clause names it the whole a part told before belongs
    to ("merupakan bagian terbesar dari total dana kelolaan sebesar Rp283,9 triliun"): no programme of the sentences
    before reaches it."""
    return a.vocab.whole_account_opener.match(a.body[r.sentence.start:r.figure.start]) is not None or \
        whole_of_a_part(a, r)


def whole_of_a_part(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's clause names it the whole a part told before belongs to."""
    return a.vocab.whole_of_a_part.search(a.body, r.spans.clause, r.figure.start) is not None


def passage_programme(a: ArticleState, r: Reading) -> str | None:
    """The previous sentence's one programme, when no rupiah figure of its own took it
    ("… klaim Jaminan Hari Tua (JHT) hingga Mei 2025. Data menunjukkan total klaim
    … Rp 21,24 triliun")."""
    if r.sentence.index == 0 or a.vocab.programmes_in_general.search(a.body, r.sentence.start, r.sentence.end):
        return None  # "Dari lima program tersebut, ada Rp 540 triliun": all of them
    if next(iter(a.vocab.programs.find_all(a.body, r.sentence.start, r.sentence.end)), None) is not None:
        return None  # "Rp24 triliun dimana Rp22 triliun dari JHT": its sentence names the part's programme
    if a.vocab.total_words.search(a.body, r.spans.clause, r.figure.start) and \
            (r.metric in ("managed_funds", "assets") or r.kind == "target"):
        return None  # "total dana investasi yang dikelola ...": the fund of all programmes; "Direksi memperkirakan
        # total klaim hingga akhir tahun ini bisa mencapai Rp 58 triliun": an estimate of the whole
    if a.vocab.programme_pointer.search(a.body, r.sentence.start, r.figure.start):
        return None  # "Dengan tambahan program tersebut, dana kelolaan ... Rp 500 triliun": a pointer the figure did not take
        # (in a clause of reason) leaves it the whole fund's
    if "?" in a.body[r.sentence.start:r.figure.start]:
        return None  # "Bagaimana dengan tahun ini? Manajemen memproyeksikan dana kelolaan akan mencapai Rp 700 triliun": a
        # question before the answer opens a topic of its own (one naming a programme is asked_programme's)
    prev = a.sentences[r.sentence.index - 1]
    if prev.index in a.sentences_with_money:
        return None
    start = max(prev.start, prev.end - 2 * WINDOW)
    if r.metric not in {label for label, _ in a.vocab.money_metrics.find_all(a.body, start, prev.end)}:
        return None  # that sentence's programme went with another kind of money
    # (not a programme a speaker names in a quotation: "... peserta masih mengeluh soal lamanya pencairan JHT," katanya.
    # Agus menjelaskan, hingga Juni 2017 pihaknya telah membayarkan klaim Rp 10,6 triliun": the agency's claims)
    # (nor one named in a clause of reason or time: "kenaikan dana itu ditopang oleh iuran yang terus mengalir setelah
    # program jaminan pensiun mulai berjalan. ... Iuran yang kami terima sepanjang tahun lalu mencapai Rp 43,5 triliun":
    # every programme's contributions)
    # (nor one named as the subject of its own start: "... dan program jaminan pensiun akan mulai berjalan 1 Juli 2015.
    # Untuk tahun ini lembaganya menargetkan iuran Rp32 triliun": every programme's)
    named = {label for label, m in a.vocab.programs.find_all(a.body, start, prev.end) if not inside_quotation(a.body, m.start())
             and not a.vocab.subordinate.search(a.body, clause_start(a.body, start, m.start()), m.start())
             and not a.vocab.launch_words.search(a.body, m.end(), min(prev.end, m.end() + LAUNCH_REACH))}
    if len(named) != 1 or a.vocab.largest_part.search(a.body, start, prev.end):
        return None  # (nor one named as the largest part of a whole: "Kenaikan paling tinggi terjadi pada klaim JHT. ...
        # perseroan memproyeksikan pembayaran klaim mencapai Rp24 triliun")
    program = named.pop()
    if any(p.program == program and p.metric == r.metric and r.figure.value >= _ALL_PROGRAMMES_RATIO * p.figure.value
           for p in a.back(r.index, max(0, r.index - LOOK_BACK))):
        return None  # (an amount many times what the article gave that programme of the same kind is all programmes':
        # "... jaminan kehilangan pekerjaan Rp130 miliar. ... manfaat uang tunai JKP ... Sepanjang tahun lalu, total
        # klaim yang dibayarkan Rp57,6 triliun")
    return program


def _line_under_a_heading(p: Reading) -> bool:
    """Whether the figure is a line under a heading that gives its measure."""
    return p.sources.get("metric", "").startswith(HEADING)


def _programme_row_of_a_heading(p: Reading) -> bool:
    """Whether the figure is a line under a heading that gives its measure, naming its own programme (not one the
    passage before gave it)."""
    return _line_under_a_heading(p) and not p.sources.get("program", "").startswith((HEADING,) + PASSAGE_PROGRAMME)


def topic_programme(a: ArticleState, r: Reading) -> tuple[str, Reading] | None:
    """The programme the passage's amounts are about: "mengelola dana program JHT sebesar
    Rp 372 triliun. Dana tersebut ... menghasilkan keuntungan Rp 24 triliun. ... menerima
    dana iuran sebesar Rp 51 triliun": the amounts before it in the last few sentences
    were all one programme's, so this one is too (amounts of several programmes are a
    list of items, and a new item naming none is none of theirs). Not when its own sentence names a programme
    (for another figure: "Rp24 triliun dimana Rp22 triliun dari JHT"), when it says it is
    a total ("total", "seluruh") of another measure than the passage's amounts, or when it is no smaller than that programme's figure of
    the same kind (a total of all programmes)."""
    body, vocab = a.body, a.vocab
    sentence = r.sentence
    if next(iter(vocab.programs.find_all(body, sentence.start, sentence.end)), None) is not None \
            or vocab.programmes_in_general.search(body, sentence.start, sentence.end):
        return None
    said_total = vocab.total_words.search(body, r.spans.sentence_start, r.figure.start) or \
        vocab.total_words.search(body, r.figure.end, r.spans.phrase_end)  # ("manages about 446 trillion rupiah in total assets")
    amounts = []
    # (an interviewer's question between opens a topic of its own: "Dana kelolaan program jaminan pensiun sudah
    # Rp 5,4 triliun. ... Target hasil investasi tahun ini? Kami menargetkan hasil investasi Rp 22,5 triliun")
    asked = sentence.index if "?" in body[sentence.start:r.figure.start] else \
        next((q.index for q in reversed(a.sentences[max(0, sentence.index - vocab.programme_topic_sentences):sentence.index])
              if "?" in q.text), -1)  # (a question read as one sentence with its answer's first: "…? Kasusnya …")
    for p in a.back(a.first_in_sentence):
        if sentence.index - p.sentence.index > vocab.programme_topic_sentences or p.sentence.index < asked:
            break
        if p.money and not p.vetoed and p.metric:
            amounts.append(p)
        elif not amounts and not p.money and not p.vetoed and p.metric and p.program is None and \
                p.sentence.index < sentence.index:
            return None  # a count of the agency's whole membership between turns the passage to the agency ("...
            # ditargetkan terkumpul Rp 1,6 triliun. Saat ini peserta aktif tercatat 18,2 juta pekerja. Sementara aset
            # yang dikelola mencapai Rp 199 triliun": the agency's)
    if not amounts or len({p.program for p in amounts}) != 1 or amounts[0].program is None \
            or any(p.sources.get("listed") or _programme_row_of_a_heading(p) for p in amounts):
        return None  # no amount before it, or amounts of several programmes (a list of items; so are the lines under
        # a heading, each naming its programme: "Rincian dana investasi per program:" over "... (JKP): Rp7,4 triliun")
    earliest = amounts[-1]
    item_before = next((p for p in a.back(earliest.index, max(0, earliest.index - LOOK_BACK))
                        if p.money and not p.vetoed and p.metric), None)
    if item_before is not None and item_before.metric == earliest.metric and item_before.program and \
            item_before.program != earliest.program and earliest.sentence.index - item_before.sentence.index <= 1:
        return None  # the last items of a list of programmes' amounts ("JKM: Dana investasi Rp16,3 triliun. JKP: Dana
        # investasi Rp11,2 triliun. ... Adapun iuran yang diterima ... Rp48,1 triliun"): no one programme's passage
    if any(vocab.programme_set_apart.match(body, p.sentence.start, p.figure.start) for p in amounts):
        return None  # "Untuk jaminan hari tua, dana yang dikelola Rp 450 triliun": the one programme set apart from the
        # whole told around it, no passage about it
    if any(vocab.part_of_whole_opener.match(body[p.sentence.start:p.figure.start]) for p in amounts):
        return None  # "Dari total dana tersebut, jaminan hari tua menyumbang Rp 287,6 triliun. ... Tahun ini dana kelolaan
        # ditargetkan naik menjadi Rp 431 triliun": a programme's part of the whole told before; the passage is the whole's
    if r.metric in vocab.whole_fund_metrics and not any(p.metric in vocab.national_only_metrics for p in amounts):
        return None  # "klaim JHT Rp 25 triliun. ... dana kelolaan Rp 880 triliun": after one programme's
        # flows, a fund figure is the agency's whole fund unless the passage is about that programme's fund
    if r.metric not in vocab.national_only_metrics and r.metric not in {p.metric for p in amounts} and \
            not any(p.metric in vocab.national_only_metrics for p in amounts):
        return None  # "klaim kecelakaan kerja ... Rp 1,21 triliun. Di sisi lain, penerimaan iuran ... Rp 61,4 triliun":
        # one programme's flows carry it to flows of their own kind (and to its fund: "aset kami"); its fund
        # ("dana program JHT") to all its flows
    if r.kind == "target" and r.metric not in {p.metric for p in amounts} and all(p.kind != "target" for p in amounts) \
            and vocab.agency.search(body, sentence.start, r.figure.start):
        return None  # "Dana program tersebut mencapai Rp35,8 triliun. Tahun depan, BPJS Ketenagakerjaan menargetkan iuran
        # Rp63 triliun": a target of another measure the agency sets after one programme's achievements is the agency's
    if said_total and (r.metric not in {p.metric for p in amounts} or r.metric in vocab.fund_stocks):
        return None  # "total dana peserta yang dikelola" after one programme's claims: all programmes'; so is the total
        # fund after one programme's ("the JHT fund stood at Rp 372.5 trillion ... The total funds managed by the agency")
        # ("total pembayaran klaim" after one programme's claims goes on with that programme)
    months = {y.month for y in a.years.between(sentence.start, r.figure.start) if y.month}
    # the years its sentence names ("melonjak menjadi Rp 33,17 triliun pada 2020" after 2019's Rp 26,65 triliun)
    years = {y.resolve(a.publication_year) for y in a.years.between(sentence.start, sentence.end)
             if y.year or (y.relative and not y.anaphoric and a.publication_year)}
    for p in amounts:
        series = months and p.as_of and int(p.as_of[5:7]) not in months  # "Juni ... Rp14 T. Agustus ... Rp16 T"
        series = series or (years and p.year not in years)  # (a larger amount of another year is no total)
        if p.metric == r.metric and r.figure.value >= p.figure.value * (1 - vocab.restated) and not series:
            return None  # no smaller than that programme's amount of the period: a total
        if p.metric == r.metric and r.figure.value >= _ALL_PROGRAMMES_RATIO * p.figure.value and \
                not (_line_under_a_heading(p) and _line_under_a_heading(r)):
            return None  # many times that programme's amount of another period: all programmes' ("Iuran yang
            # terkumpul dari program tersebut ... Rp4,2 triliun. ... membidik ... penerimaan iuran Rp54,5 triliun")
            # (not a later line of one heading's series: "- s.d. Januari 2024: Rp 31,2 miliar ... - s.d. Mei 2024:
            # Rp 158,3 miliar" grows as it sums)
    return amounts[0].program, amounts[0]


def asked_programme(a: ArticleState, r: Reading) -> str | None:
    """The one programme an interviewer's question in the last few sentences names, by name or purpose ("Bagaimana
    dengan kecelakaan kerja? Kasusnya sekitar 101 ribu. Nilai santunannya Rp 786 miliar"): its answer's amounts are
    that programme's (not an answer about all programmes)."""
    body, vocab = a.body, a.vocab
    answer = answer_start(body, r.sentence.start, r.figure.start)
    answer = r.sentence.start if answer == -1 else answer
    if r.metric in vocab.whole_fund_metrics or vocab.programmes_in_general.search(body, answer, r.sentence.end) or \
            next(iter(vocab.programs.find_all(body, answer, r.sentence.end)), None) is not None:
        return None  # (nor the agency's whole fund: "Bagaimana dana JHT? … Dana kelolaan kami per akhir Juli Rp 463 T";
        # nor an answer naming programmes of its own: "Klaim tahun lalu Rp21,3 triliun, sekitar 90 persen untuk JHT")
    asked = question_before(a, r, vocab.programme_topic_sentences)
    named = {label for label, _ in vocab.programs.find_all(body, *asked)} if asked else set()
    return named.pop() if len(named) == 1 else None


def _in_brackets(body: str, start: int, pos: int) -> bool:
    """Whether `pos` stands inside brackets opened after `start`."""
    return body.rfind("(", start, pos) > body.rfind(")", start, pos)


def _in_a_clause_of_time(a: ArticleState, m: re.Match, start: int, end: int) -> bool:
    """Whether the programme named at `m` stands in a clause of time opened before it (not before `start`) and closed by
    a comma before `end`, the clause after it with a subject of its own ("A year after the pension programme was
    launched, BPJS Ketenagakerjaan had ..."; not "Four months after the pension program was launched, participation has
    risen ...": the programme's)."""
    opened = clause_start(a.body, start, m.start())
    closed = a.body.find(",", m.end(), end)
    return closed != -1 and a.vocab.time_clause_lead.search(a.body, opened, m.start()) is not None and \
        a.vocab.time_clause_subject.match(a.body, closed) is not None


def programme_named(a: ArticleState, r: Reading, start: int, end: int) -> tuple[str | None, bool]:
    """The programme named last in [start, end), and whether it closes a list of
    several ("JHT, JKK, JKM dan JP": a figure for all of them is for no one programme).
    A list followed by "masing-masing" hands its programmes to the figures in order, or each
    of them the one figure after it."""
    # (not a programme set aside: "Selain JHT, BPJS Ketenagakerjaan membayar Rp 487,1 miliar untuk kecelakaan kerja")
    mentions = list(a.vocab.programs.find_all(a.body, start, end))
    if mentions and a.vocab.set_aside_word.search(a.body, start, end):
        kept, aside_end = [], -1
        for label, m in mentions:
            if (a.vocab.set_aside.search(a.body, max(start, m.start() - 30), m.start()) and
                "," in a.body[m.end():end]) or \
                    (0 <= m.start() - aside_end <= 2 and a.body[aside_end:m.start()].strip() == "("):
                aside_end = m.end()  # (and the abbreviation in brackets after it: "the old-age savings (JHT)"; set
                # off from the figure by a comma: "mostly JHT withdrawals worth Rp 33.1 trillion" is JHT's)
            else:
                kept.append((label, m))
        mentions = kept
    # (nor one named in a clause of time set off before the figure's: "When the pension programme starts, the agency
    # targets 23 million members")
    mentions = [(label, m) for label, m in mentions if not _in_a_clause_of_time(a, m, start, end)]
    # (nor another named in brackets after one: "Iuran JKP (rekomposisi iuran JKK-JKM): Rp 2,25 triliun" is JKP's; an
    # abbreviation in brackets stays with its name: "Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKm)")
    outside = {label for label, m in mentions if not _in_brackets(a.body, start, m.start())}
    if outside:
        mentions = [(label, m) for label, m in mentions
                    if label in outside or not _in_brackets(a.body, start, m.start())]
    if not mentions:
        return None, False
    general = a.vocab.programmes_in_general.search(a.body, start, mentions[0][1].start())
    spelled = a.body[general.end():end] if general is not None else ""
    if general is not None and a.vocab.appositive_within.search(a.body, general.end(), mentions[0][1].start()) and \
            "," in spelled and a.vocab.coordinator.search(spelled):
        # "Jika ditambah program lain, yakni kecelakaan kerja, kematian dan pensiun, total pembayaran klaim ...": the
        # programmes in general the list spells out (not "program terbaru ... yakni program JKP": one programme)
        return None, True
    labels = [mentions[-1][0]]
    for (label, m), (_, after) in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if not a.vocab.list_gap.fullmatch(a.body, m.end(), after.start()):
            break
        if label != labels[0]:
            labels.insert(0, label)
    if len(labels) == 1:
        return labels[0], False
    respectively = a.vocab.respectively.search(a.body, mentions[-1][1].end(), r.figure.start)
    if respectively:
        if _only_figure_of_its_unit(a, r, respectively.end()):
            # "terdaftar JKK dan JKM masing-masing sebanyak 26,64 juta orang": each has that many
            r.also_programs = tuple(labels[1:])
            return labels[0], True
        same_unit = [p for p in a.before(r, a.first_in_sentence)
                     if p.money == r.money and p.figure.start > respectively.end()]
        if len(same_unit) < len(labels):
            return labels[len(same_unit)], True
    return None, True


def _only_figure_of_its_unit(a: ArticleState, r: Reading, start: int) -> bool:
    """Whether `r` is the one figure of its unit from `start` to its sentence's end."""
    return not any(f.is_money == r.figure.is_money and f is not r.figure
                   for f in a.figures_after(start, r.sentence.end))


def programme_of_the_cases_paid(a: ArticleState, readings: list[Reading]) -> None:
    """"membayarkan Rp 971 miliar untuk 123.000 kasus kecelakaan kerja": an amount paid for the cases counted right
    after it, a purpose word between, is of the programme named after those cases (not one they take from the passage:
    "membayarkan klaim Rp 47,9 triliun untuk 4,1 juta kasus" is all programmes')."""
    for r, cases in zip(readings, readings[1:]):
        if r.money and r.program is None and not cases.money and cases.role == RECIPIENTS and cases.program and \
                cases.sources.get("program") == NAMED_AFTER and \
                a.vocab.money_purpose.fullmatch(a.body, r.figure.end, cases.figure.start):
            r.program = cases.program
            r.sources["program"] = f"named after the cases it pays for ({cases.figure.text})"

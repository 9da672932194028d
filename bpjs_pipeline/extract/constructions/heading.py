"""A heading line ("Jaminan Hari Tua (JHT)") over figures laid out line by line gives
the lines below it, up to the next heading or the next full sentence, its programme
(or segment), and its metric to those naming none ("Peserta Aktif" over "Penerima Upah:
20,5 juta"). A heading glued to the end of the line before it by a lost line break
("Nilai klaim: Rp13,132 triliun - Jaminan Kecelakaan Kerja (JKK)") heads the lines
after it, not the figure before it. A line introducing a list (ending with ":") heads its lines
whatever its length, and also hands them its kind and its period ("Berikut sejumlah target ...
dalam RKAT 2025:")."""
from __future__ import annotations

import re
from functools import cache

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import INHERIT_SENTENCES
from bpjs_pipeline.extract.constructions.achievement import kind_at
from bpjs_pipeline.extract.constructions.change import GENERIC
from bpjs_pipeline.extract.constructions.pointer import FUND_UNDER_MANAGEMENT, fund_programme, last_fund_named, \
    programme_pointed_at
from bpjs_pipeline.extract.constructions.regional import NATIONAL
from bpjs_pipeline.extract.context import label_of_its_row
from bpjs_pipeline.extract.phrase import COMPANY_METRICS
from bpjs_pipeline.parsing.numbers import currency_words
from bpjs_pipeline.parsing.sentences import Sentence

@cache
def _row_below(period_cell: str) -> re.Pattern:
    """The next line, a label and its figure ("Januari: 5,6 juta"), or a row of a table by period ("Jaminan Hari Tua
    (JHT): pada 2016 sebesar 13.284.115; ...", `period_cell` the words leading such a cell)."""
    return re.compile(rf"\n[^:\n.]{{1,60}}:\s?(?:{period_cell}\s)?(?:(?i:{currency_words()})\s?)?\d")

@cache
def _unit_note_below(lead: str) -> re.Pattern:
    """The next line, a note of the unit of the lines under it ("Satuan: orang", "(juta orang)")."""
    return re.compile(rf"\n(?:(?:{lead})[^\n:]{{1,40}}|\([^()\n]{{1,40}}\))(?=\n)")


if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState

# what a list's introduction hands the headings under it
_MEASURE_KEYS = ("metric of money", "metric of count", "kind", "year", "year of actuals")
_SUBJECT_KEYS = ("program", "metric of money", "metric of count", "segment")  # what a heading says its lines count
# the kinds of participants a heading naming participants in general may stand for
GENERIC_KINDS = ("active_participants", "registered_participants")


def note_heading(a: ArticleState, sentence: Sentence, has_figures: bool) -> None:
    body, vocab = a.body, a.vocab
    text = sentence.text.strip()
    if not has_figures and vocab.clock_stamp.search(text):
        return  # a page's stamp between its lines ("Rabu, 14 Feb 2024 14:05 WIB"): when it was published, no heading
    if not has_figures and ((text.startswith("(") and text.endswith(")")) or vocab.unit_note_lead.match(text)) and \
            a.heading_sentence == sentence.index - 1:
        a.heading_sentence = sentence.index  # a note of the unit under a heading ("(juta orang)", "Satuan: juta orang")
        return  # keeps the heading
    line_start = sentence.start == 0 or body[sentence.start - 1] == "\n"
    line_end = sentence.end == len(body) or body[sentence.end] == "\n"
    words = len(sentence.text.split())
    introduces = sentence.text.rstrip().endswith(":") and \
        not vocab.interview_introduction.search(body, sentence.start, sentence.end)  # "Berikut sejumlah target ... dalam
    # RKAT 2025:" (not an interview's: "Petikannya:")
    # (a longer line right over rows of labelled figures heads them too: "Jumlah peserta Bukan Penerima Upah (BPU)
    # aktif BPJS Ketenagakerjaan, 2023" over "Januari: 5,6 juta")
    # (a note of their unit may stand between: "Jumlah Peserta Aktif ... Menurut Program, 2016-2018" over "Satuan: orang"
    # over "Jaminan Hari Tua (JHT): pada 2016 sebesar 13.284.115; ...")
    note = _unit_note_below(vocab.unit_note_lead.pattern).match(body, sentence.end)
    heads_rows = words <= 2 * vocab.heading_words and _row_below(vocab.column_period_lead.pattern).match(body, note.end() if note else sentence.end) is not None
    # (a list's introduction may close its paragraph: "Jumlah peserta aktif ... terus menyusut. Berikut
    # perkembangannya setiap bulan sepanjang semester I 2020:")
    if not has_figures and (line_start or introduces) and line_end and (words <= vocab.heading_words or introduces or heads_rows) \
            and not sentence.text.rstrip().endswith((".", "!", "?", ",")):
        programs = {label for label, _ in vocab.programs.find_all(body, sentence.start, sentence.end)}
        segments = {label for label, _ in vocab.segments.find_all(body, sentence.start, sentence.end)}
        section = a.heading  # (the heading over this one's lines, if its lines go on)
        right_under = a.heading_sentence == sentence.index - 1 and bool(section)
        a.heading = {}
        a.heading_sentence = sentence.index
        if len(programs) == 1:
            a.heading["program"] = programs.pop()
        # (a heading naming the inactive or another body rules its lines out: "Tabel 2. Peserta Nonaktif (orang)",
        # "Tabel 4.3.3 Jumlah Peserta Jaminan Kesehatan Nasional (JKN) BPJS Kesehatan, 2014-2016 (juta jiwa)")
        if (other := vocab.other_bodies.search(body, sentence.start, sentence.end)) is not None:
            a.heading["not ours"] = (other.group(0), True)  # another body's, whatever its rows name
        elif (inactive := vocab.inactive_cell.search(body, sentence.start, sentence.end)) is not None:
            a.heading["not ours"] = (inactive.group(0), False)
        elif (pool := vocab.pool_heading.search(body, sentence.start, sentence.end)) is not None:
            a.heading["not ours"] = (pool.group(0), False)  # the workers still to cover ("Potensi Pekerja Belum
            # Terlindungi" over "57,8 juta pekerja")
        if vocab.national.search(body, sentence.start, sentence.end):  # "Nasional" over lines of figures
            a.heading["scope"] = NATIONAL
        elif vocab.regional.search(body, sentence.start, sentence.end) is not None or \
                vocab.region_name.search(text.title() if text.isupper() else text) is not None:
            a.heading["scope"] = text  # "Kanwil Kalimantan", "KEPESERTAAN JAWA BARAT"
        # (an introduction naming no measure takes the one its paragraph names before it, and its segment: "Jumlah
        # pekerja jasa konstruksi yang aktif ... terus merangkak naik. Berikut perkembangan bulanannya:")
        paragraph = body.rfind("\n", 0, sentence.start) + 1 if introduces else sentence.start
        if not segments and not programs:
            segments = {label for label, _ in vocab.segments.find_all(body, paragraph, sentence.start)}
            if introduces and "program" not in a.heading and \
                    vocab.introduction_pointer.search(body, sentence.start, sentence.end) and \
                    not vocab.programme_pointer.search(body, sentence.start, sentence.end) and \
                    not vocab.fund_pointer.search(body, sentence.start, sentence.end):
                # (and its programme, when it points at none: "... membayarkan klaim JHT sebesar Rp 17,48 triliun.
                # Berikut perkembangannya secara kumulatif:" over "Januari: Rp 3,21 triliun")
                named = {label for label, _ in vocab.programs.find_all(body, paragraph, sentence.start)}
                # (not one named as the largest part of the whole the list breaks down: "dana kelolaan terbesar masih
                # berasal dari program jaminan hari tua. Berikut rinciannya:")
                if len(named) == 1 and not vocab.largest_part.search(body, paragraph, sentence.start):
                    a.heading["program"] = named.pop()
        if len(segments) == 1:
            a.heading["segment"] = segments.pop()
        for unit, labels in (("count", vocab.person_metrics), ("money", vocab.money_metrics)):
            metrics = {label for label, _ in labels.find_all(body, sentence.start, sentence.end)} or \
                {label for label, _ in labels.find_all(body, paragraph, sentence.start)}
            if len(metrics) > 1 and len(specific := metrics.difference(GENERIC)) == 1:
                metrics = specific  # ("pekerja ... yang aktif sebagai peserta": the active ones)
            elif len(metrics) > 1 and len(companies := metrics & COMPANY_METRICS) == 1:
                metrics = companies  # ("Pemberi kerja aktif yang terdaftar di BPJS Ketenagakerjaan ...": the employers a
                # qualifier after the noun describes)
            if len(metrics) == 1:  # "Peserta Aktif" over "Penerima Upah: 20,5 juta"
                a.heading["metric of " + unit] = metrics.pop()
        if introduces and "metric of money" not in a.heading and \
                (pointer := vocab.fund_pointer.search(body, sentence.start, sentence.end)) is not None:
            # a list introduced by pointing at a fund ("By program, the funds were distributed as follows:"): its lines
            # break that fund down, the last named with the fund's noun, else the fund under management
            fund = last_fund_named(a, sentence.index, pointer.start(), INHERIT_SENTENCES)
            a.heading["metric of money"] = fund[1] if fund is not None else FUND_UNDER_MANAGEMENT
        if introduces and (vocab.back_pointers.search(body, sentence.start, sentence.end) or
                           vocab.breakdown_introduction.fullmatch(body, sentence.start, sentence.end - 1)):
            # a list introduced by pointing back at the figure before ("... membayarkan klaim sebesar Rp 19,6 triliun
            # sepanjang 2017. ..." / "Rinciannya adalah sebagai berikut:"), or by naming only what it breaks down by
            # ("Total manfaat dibayarkan: Rp53,1 triliun" / "Per program:"): its lines break that figure down
            for unit, money in (("count", False), ("money", True)):
                before = next((p for p in reversed(a.readings) if p.money == money and p.metric and not p.vetoed), None)
                if "metric of " + unit not in a.heading and before is not None and \
                        sentence.index - before.sentence.index <= INHERIT_SENTENCES:
                    a.heading["metric of " + unit] = before.metric
        if a.heading.get("metric of count") in (None, "employers", "active_employers") and \
                vocab.employer_nouns.search(body, sentence.start, sentence.end):
            a.heading["employers"] = True  # "Pemberi Kerja" over "Aktif: 781.004": the lines count employers
        if introduces or heads_rows or words <= vocab.heading_words:
            # a list's introduction, or a heading line ("TARGET 2023" over "Peserta aktif: 41,5 juta"), hands its
            # lines its kind and its period ("Berikut sejumlah target
            # BPJS Ketenagakerjaan dalam RKAT 2025:", "... kinerja program itu hingga Oktober 2025 sebagai berikut:")
            if "program" not in a.heading and (pointed := _pointed(a, sentence)) is not None:
                a.heading["program"] = pointed
            kind, words = kind_at(a, sentence.start, sentence.end, "actual")
            achieved = any(label != "target" for label, _ in vocab.kind_words.find_all(body, sentence.start, sentence.end))
            # (nor one naming a measure and a target side by side: "Berikut rincian iuran per program dan target
            # sepanjang tahun 2016:" heads both)
            coordinated = kind == "target" and _coordinated_with_a_measure(a, sentence, words)
            # (nor one measuring against a target: "Kepesertaan: di bawah target" heads achievements)
            achieved = achieved or vocab.against_target.search(body, sentence.start, sentence.end) is not None
            if kind == "target" and not achieved and not coordinated:  # ("realisasi ... tahun lalu dan target 2014:" heads both)
                a.heading["kind"] = kind
            years = [y for y in a.years.between(sentence.start, sentence.end) if y.resolve(a.publication_year)]
            if len(years) == 1:
                year = years[0].resolve(a.publication_year)
                # (a year a word of realisation governs dates the achievements under it, not their targets: "Berikut
                # daftarnya, disandingkan dengan realisasi tahun lalu:" over "target 22,3 juta (realisasi 2014: ...)")
                realised = vocab.realisation_before_year.search(body, sentence.start, years[0].start) is not None
                a.heading["year of actuals" if realised else "year"] = (year, years[0].as_of(year) if years[0].month else None)
        if not introduces and "program" in a.heading and not any(key in a.heading for key in _MEASURE_KEYS):
            # a programme's sub-heading under a section's heading keeps the section's measure and period ("RINCIAN
            # PEMBAYARAN MANFAAT 2022" over "Jaminan Hari Tua (JHT)" over "Nominal: Rp41,12 triliun")
            _keep(a.heading, section, _MEASURE_KEYS)
        if right_under and not introduces and "year" in a.heading and \
                not any(key in a.heading for key in _SUBJECT_KEYS):
            # a heading's second line naming only its period keeps the first's programme and measure ("KLAIM JAMINAN
            # KEHILANGAN PEKERJAAN (JKP)" over "Januari - April 2024" over "> Nilai manfaat dibayarkan: Rp 95,7 miliar")
            _keep(a.heading, section, _SUBJECT_KEYS)
        if introduces:
            a.list_introduction = {key: a.heading[key] for key in _MEASURE_KEYS if key in a.heading}
        else:
            # a heading under a list's introduction ("Pembayaran manfaat per program:" over "Jaminan Hari Tua (JHT)" over
            # "- Nominal: Rp 23,6 triliun") keeps the introduction's measure, kind and period where it names none
            for key, value in a.list_introduction.items():
                a.heading.setdefault(key, value)
            if a.heading.get("metric of count") == "participants" and \
                    a.list_introduction.get("metric of count") in GENERIC_KINDS:
                # ("Participants by segment (active, 31 December 2023):" over "| Segment | Participants |": a column
                # naming participants in general keeps the introduction's kind of them)
                a.heading["metric of count"] = a.list_introduction["metric of count"]
    elif (words >= vocab.heading_words and (not has_figures or (sentence.text.rstrip().endswith(".") and
                                                             sentence.index > a.heading_sentence + 1 and
                                                             not _row_of_cells(sentence.text)))) or \
            (line_start and "?" in sentence.text and sentence.index > a.heading_sentence):
        # (or an interviewer's question on a line of its own: "Berapa jumlah peserta BP Jamsostek saat ini?")
        # a full sentence ends the lines ("Secara total, ... lima program tersebut bernilai Rp761 T."),
        # but not the one right under the heading (a sentence broken after its first word: "Pembayaran\nJKK
        # naik ... menjadi Rp412,89 miliar")
        a.heading = {}
        a.list_introduction = {}


def _keep(heading: dict, over: dict, keys: tuple[str, ...]) -> None:
    """The heading takes these keys from the heading over it."""
    for key in keys:
        if key in over:
            heading[key] = over[key]


def heading_not_ours(a: ArticleState, r) -> str:
    """A figure under a heading naming the inactive, the workers still to cover or another body ("Tabel 2. Peserta
    Nonaktif (orang)" over "Penerima Upah (PU): pada 2021 sebesar 19.874.110; ..."): no level of the agency's (the
    rejection, or "")."""
    if "not ours" not in a.heading or r.sentence.index <= a.heading_sentence:
        return ""
    words, another_body = a.heading["not ours"]
    if not another_body and _row_names_its_measure(a, r):
        return ""  # (a row naming its own measure is that one's: "Pemberi Kerja Aktif (unit)" under "Tabel 2. Pemberi
        # Kerja dan Peserta Tidak Aktif")
    return f"not a BPJS level: {words} (the heading of its lines)"


def _row_names_its_measure(a: ArticleState, r) -> bool:
    """Whether the figure's own words, or its row's label, name a measure."""
    if r.sources.get("metric", "").startswith("own words"):
        return True
    label = label_of_its_row(a.body, r.spans.sentence_start, r.figure.start)
    end = r.spans.sentence_start + len(label) if label else -1
    words = a.vocab.money_metrics if r.money else a.vocab.person_metrics
    return label is not None and next(iter(words.find_all(a.body, r.spans.sentence_start, end)), None) is not None


def _coordinated_with_a_measure(a: ArticleState, sentence: Sentence, words: str) -> bool:
    """Whether the target word of a list's introduction is joined by a coordinator to the measure before it ("rincian
    iuran per program dan target sepanjang tahun 2016"): the lines give both, the achievement and the target."""
    at = a.body.rfind(words, sentence.start, sentence.end) if words else -1
    if at == -1:
        return False
    before = a.body[max(sentence.start, at - _COORDINATOR_REACH):at]
    return a.vocab.coordinator.search(before) is not None and \
        (next(iter(a.vocab.money_metrics.find_all(a.body, sentence.start, at)), None) is not None or
         a.vocab.performance_noun.search(a.body, sentence.start, at) is not None)  # ("perbandingan kinerja dua tahun
    # terakhir dan targetnya")


_COORDINATOR_REACH = 8  # characters before a target word a coordinator joining it to a measure stands in


def _row_of_cells(text: str) -> bool:
    """A line of cells each with a figure, parted by semicolons, as a table's row is written ("2023; Iuran JKP (Rp
    miliar): Rp2.702 miliar; Manfaat dibayar (Rp miliar): Rp289,6 miliar."): no sentence ending the lines above it."""
    cells = text.split("; ")
    return len(cells) >= 2 and all(any(c.isdigit() for c in cell) for cell in cells)


def _pointed(a: ArticleState, sentence: Sentence) -> str | None:
    """The programme "program itu" in the line points back at."""
    pointer = a.vocab.programme_pointer.search(a.body, sentence.start, sentence.end)
    if pointer is None:
        return None
    if a.vocab.fund_pointer.fullmatch(pointer.group(0)):
        # ("Dana kelolaan ... di akhir 2015 tercatat Rp 206,1 triliun. Memasuki 2016, dana tersebut terus bertumbuh tiap
        # bulan:": the fund's, of no one programme)
        fund = fund_programme(a, sentence.index, pointer.start())
        if fund is not None:
            return fund[0]
    return programme_pointed_at(a, sentence.index, sentence.start, pointer.start())


def note_glued_heading(a: ArticleState, sentence: Sentence, last_figure_end: int) -> None:
    m = a.vocab.glued_heading.search(a.body, last_figure_end, sentence.end)
    if m is None or len(m.group("heading").split()) > a.vocab.heading_words:
        return
    programs = {label for label, _ in a.vocab.programs.find_all(a.body, m.start("heading"), m.end("heading"))}
    if len(programs) == 1:
        a.heading = {"program": programs.pop()}


def glued_heading_start(a: ArticleState, start: int, end: int) -> int:
    """Where a heading glued to the end of a line starts (or `end`)."""
    m = a.vocab.glued_heading.search(a.body, start, end)
    return m.start() if m else end

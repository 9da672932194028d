"""A total and its parts: after a breakdown word ("38 juta, terdiri dari PU 24 juta
..."), in a sentence opening with one ("Rinciannya, sebanyak 20,83 juta peserta
merupakan PPU") or by restating the total ("Dari target 21,4 juta tersebut, ..."), or in the next few sentences while the parts name a segment or a
programme, stay smaller than the total and those read so far do not yet add up to it. A part takes the total's metric (or the
part before it's, when that one names a more specific metric), table and period. Parts
may also come first, before a total word ("35 juta PU dan 6,5 juta BPU, sehingga total
peserta aktif 41,5 juta")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import INHERIT_SENTENCES, LOOK_BACK
from bpjs_pipeline.extract.constructions.change import GENERIC
from bpjs_pipeline.extract.constructions.joined import counted_by_joining
from bpjs_pipeline.extract.constructions.pointer import last_fund_named
from bpjs_pipeline.extract.phrase import COMPANY_METRICS, EMPLOYER_OF
from bpjs_pipeline.extract.constructions.reference import TOO_SMALL
from bpjs_pipeline.extract.constructions.potential_market import WORKFORCE
from bpjs_pipeline.extract.constructions.programme import PASSAGE_PROGRAMME
from bpjs_pipeline.extract.constructions.regional import ARTICLE_SUBJECT, VETO as REGIONAL
from bpjs_pipeline.extract.roles import BASELINE, CHANGE, LEVEL, NEW_LEVEL, NOT_BPJS, PART
from bpjs_pipeline.parsing.sentences import clause_start
from bpjs_pipeline.extract.reading import HEADING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def link_breakdown(a: ArticleState, r: Reading, first: int) -> None:
    body, vocab = a.body, a.vocab
    total = None
    previous = a.previous_in_sentence(r, first)
    if previous is not None and previous.role == CHANGE and r.role == LEVEL and \
            vocab.breakdown.search(body, previous.figure.end, r.figure.start):
        # "membidik tambahan 3,5 juta peserta baru, terdiri atas 2,7 juta pekerja formal dan 800 ribu pekerja
        # informal": the parts of an increase are increases
        r.role, r.part_of = PART, previous.index
        r.sources["role"] = f"{PART} (of {previous.figure.text})"
        r.vetoed = r.vetoed or "a part of a total that is " + previous.vetoed
        return
    if previous is not None and previous.role in (LEVEL, NEW_LEVEL) and \
            vocab.breakdown.search(body, previous.figure.end, r.figure.start):
        total = previous
    elif previous is not None and previous.role == BASELINE and previous.compares_to is not None and \
            vocab.breakdown.search(body, previous.figure.end, r.figure.start):
        total = a.readings[previous.compares_to]  # "rose to Rp 52.4 trillion from Rp 49.0 trillion in 2022, with
        # old-age savings accounting for Rp 44.6 trillion": a part of the new level
    elif previous is not None and previous.role == PART:
        total = a.readings[previous.part_of]
        if (_another_kind_said(a, total, r) and vocab.against_target.search(body, previous.figure.end, r.figure.start)) or \
                (r.kind != total.kind and vocab.target_after.match(body, r.figure.end, r.spans.right_end)):
            return  # "PU yang aktif tercatat 20,3 juta, atau 92,7 persen dari target 21,9 juta": the part's target
            # (or "... accounted for 8.7 million of the active total, well short of the 11 million the agency is aiming for")
    elif previous is not None and previous.role in (LEVEL, NEW_LEVEL) and previous.index == first and \
            vocab.pointed_total_lead.fullmatch(body, r.sentence.start, previous.figure.start) and \
            vocab.pointed_total_tail.match(body, previous.figure.end, r.figure.start):
        total = previous  # "Dari target 21,4 juta tersebut, sebagian besar ... penerima upah, yakni 17,9 juta orang"
    elif r.index == first and (total := _total_line_above(a, r)) is not None:
        pass  # "Peserta aktif: 35,86 juta pekerja\n› Penerima Upah (PU): 21,3 juta": a bulleted item under a total's line
    elif r.index == first and (vocab.breakdown_opener.match(body[r.sentence.start:r.figure.start]) or
                               vocab.breakdown.search(body, r.sentence.start, r.figure.start) or
                               vocab.subset_after.match(body, r.figure.end, r.spans.right_end) or
                               _listed_under_a_breakdown(a, r)):
        # "Rinciannya, ...", "Mereka yang terdaftar sebagai peserta terdiri dari PPU 39,65 juta ...", "Sebanyak
        # Rp 25,6 triliun di antaranya untuk jaminan hari tua":
        # the parts of the total the sentence before stated: the one they add up to, else the last
        total = _total_they_add_up_to(a, r, first) or _figure_introducing(a, r) or _fund_pointed_at(a, r) or \
            _total_they_fit_in(a, r, first, _of_its_kind(a, r, a.last_level_before(r)))
    elif r.index == first and (total := _total_they_add_up_to(a, r, first, least=3, within=0.005)) is not None:
        pass  # "Per Juli kemarin peserta aktif kita 35,3 juta. Itu sudah jauh lebih baik dari akhir tahun lalu yang
        # 30,7 juta. Penerima upah 20,6 juta, jasa konstruksi 9,4 juta, BPU-nya sekitar 5,3 juta": three amounts or
        # more adding up to a level before are its parts, with no breakdown word
    elif a.breakdown and r.sentence.index - a.breakdown[1] <= vocab.breakdown_sentences \
            and not _another_year_since(a, a.readings[a.breakdown[0]], r) \
            and not _another_kind_said(a, a.readings[a.breakdown[0]], r) \
            and not _another_dimension(a, a.readings[a.breakdown[0]], r) \
            and not _another_metric_named(a, a.readings[a.breakdown[0]], r) \
            and not _another_sum_of_money(a.readings[a.breakdown[0]], r) \
            and not _parts_add_up(a, a.readings[a.breakdown[0]], r):
        total = a.readings[a.breakdown[0]]
    if total is None or total.money != r.money or r.figure.value >= total.figure.value or \
            (r.metric in COMPANY_METRICS and total.metric and total.metric not in COMPANY_METRICS):
        return  # (nor companies a part of workers: "... 1,82 juta orang. ... pemberi kerja aktif 583.519 perusahaan")
    if total.vetoed:
        if total.vetoed.startswith((NOT_BPJS, WORKFORCE)) and r.sources.get("metric", "").startswith("own words"):
            return  # "Data BPS ... 84 juta jiwa. Dari jumlah itu, baru sekitar 9 juta pekerja yang terlindungi",
            # "Indonesia has about 144 million workers, of whom 45.2 million were active participants": the covered
            # count of a population or a workforce, no part of it
        # the parts of a region's, a sub-group's or an increment's total are that too
        if not total.vetoed.startswith(TOO_SMALL) and r.role in (LEVEL, PART):
            r.role, r.part_of = PART, total.index
            r.sources["role"] = f"{PART} (of {total.figure.text})"
            if not r.vetoed:
                r.vetoed = "a part of a total that is " + total.vetoed
        return
    if not r.money and r.program is not None and counted_by_joining(a, r):
        return  # "program jaminan pensiun ... telah diikuti 4,87 juta pekerja": those who joined it, no part
    has_own_part = (r.segment != "all" or r.program is not None or len(r.own_segments) > 1
                    or (r.metric not in GENERIC and r.metric != total.metric))  # "30 juta peserta aktif"
    if not has_own_part or r.role not in (LEVEL, PART):
        return
    r.role, r.part_of = PART, total.index
    r.sources["role"] = f"{PART} (of {total.figure.text})"
    if r.vetoed.startswith(REGIONAL + ARTICLE_SUBJECT) and \
            (r.sentence.index == total.sentence.index or vocab.anaphora.match(r.sentence.text) or
             vocab.breakdown.search(body, r.sentence.start, r.figure.start) or _after_a_national_part(a, r, total) or
             _listed_under_a_breakdown(a, r)):
        # "... secara keseluruhan jumlah peserta aktif ... mencapai 37,2 juta pekerja. Dari jumlah itu, peserta bukan
        # penerima upah ... yang aktif sekitar 7,1 juta" in a region's article: a part of the nation's total is the
        # nation's (so is an item of the list its introduction breaks it down into: "... secara nasional mencapai Rp
        # 11,63 triliun, dengan rincian sebagai berikut:" over "Jaminan Hari Tua: Rp 10,52 triliun")
        r.vetoed = ""
    if total.metric in COMPANY_METRICS and r.metric in EMPLOYER_OF:
        # "companies enrolled ... 231,450, of which 198,600 were actively paying": the active companies
        r.metric = EMPLOYER_OF[r.metric]
        r.sources["metric"] += f" (of the companies of {total.figure.text})"
    # a part with no metric word of its own reads as the part before it ("26,26 juta
    # peserta aktif PU, 9,58 juta peserta aktif BPU dan 5,53 juta peserta Jakon"), else as the total
    sibling = previous if previous is not None and previous.role == PART and previous.part_of == total.index else None
    model = sibling if sibling is not None and sibling.metric not in GENERIC else total
    covered = not r.money and r.segment != "all" and \
        vocab.covered_qualifiers.search(body, r.spans.clause, r.spans.phrase_end) is not None
    if r.metric in GENERIC and model.metric and r.metric != model.metric and not covered:
        # (not a segment's workers counted by their cover: "Adapun pekerja migran Indonesia yang terlindungi sebanyak
        # 427.600 orang" after the active total's parts: participants)
        r.metric = model.metric
        r.sources["metric"] = ("the part before it" if model is sibling else "its breakdown's total") + f" ({model.figure.text})"
    if r.program is None and total.program is not None and r.segment != "all" and not r.money and \
            next(iter(vocab.programs.find_all(body, total.spans.clause, total.figure.start)), None) is not None:
        # "Jumlah peserta JP aktif saat ini sebanyak 14,2 juta pekerja, terdiri dari 13,9 juta peserta penerima upah dan
        # sekitar 300 ribu pekerja migran": a group's part of a programme's members (named in the total's own clause) is
        # that programme's
        r.program = total.program
        r.sources["program"] = f"its breakdown's total ({total.figure.text})"
    if r.segment == "all" and len(r.own_segments) > 1:
        r.segment = next(iter(r.own_segments))
        r.sources["segment"] = "the first of the segments it names"
    elif r.segment == "all" and not r.own_segments and total.segment != "all":
        # "PPU sebanyak 39,65 juta orang tersebut berstatus peserta aktif hanya 19,1 juta": a part
        # by status of one segment's total is of that segment
        r.segment = total.segment
        r.sources["segment"] = f"its breakdown's total ({total.figure.text})"
    if r.kind != total.kind and r.sentence.index != total.sentence.index and \
            _cell_of_the_other_kind(a, total, r) is not None:
        # "Peserta aktif (juta orang): Realisasi 2024 45,22 juta; Target 2025 52,30 juta." over "- Penerima Upah:
        # Realisasi 2024 29,31 juta; Target 2025 31,50 juta.": a row's target cell is a part of its total row's target
        r.part_of = _cell_of_the_other_kind(a, total, r).index
    else:
        r.kind = total.kind
    a.breakdown = (total.index, r.sentence.index)
    if total.program and r.program and r.program != total.program and \
            total.sources.get("program", "").startswith(PASSAGE_PROGRAMME + (HEADING,)):
        # "total jaminan yang dibayarkan ... Rp14,76 triliun. Perinciannya, untuk hari tua Rp13,57 triliun,
        # Rp0,71 triliun untuk kecelakaan kerja, ...": a total of several programmes is none's alone
        total.program = None
        total.sources["program"] = "none (its parts are several programmes')"


def _sentence_sum(a: ArticleState, r: Reading, first: int) -> tuple[int, float]:
    """How many figures of the figure's unit its sentence holds (not rejected), and their sum."""
    parts = [p.figure.value for p in a.readings[first:] if p.money == r.money and not p.vetoed]
    return len(parts), sum(parts)


def _levels_back(a: ArticleState, r: Reading, start: int, reach: int, fits):
    """The levels of the figure's unit before reading `start`, within `reach` sentences of the figure, that `fits`,
    nearest first."""
    for p in a.back(start, max(0, start - LOOK_BACK)):
        if r.sentence.index - p.sentence.index > reach:
            return
        if p.money == r.money and p.role in (LEVEL, NEW_LEVEL) and fits(p):
            yield p


def _level_back(a: ArticleState, r: Reading, start: int, reach: int, fits) -> Reading | None:
    """The nearest level of the figure's unit before reading `start`, within `reach` sentences of the figure, that
    `fits`; or None."""
    return next(_levels_back(a, r, start, reach, fits), None)


def _total_they_add_up_to(a: ArticleState, r: Reading, first: int, least: int = 2, within: float = 0.01) -> Reading | None:
    """The level of the last few sentences that the sentence's figures add up to (within 1 %): "... 29,6 juta
    pekerja per akhir September 2021. Angka ini masih di bawah ... akhir 2019 sempat menembus 34 juta orang.
    Berdasarkan segmennya, peserta aktif tersebut terdiri atas PU 19,9 juta, jasa konstruksi 6,5 juta, BPU 2,9 juta
    dan PMI 0,3 juta" are the parts of the 29,6 juta, not of the figure stated last (a sum is evidence enough to
    reach further back)."""
    count, added = _sentence_sum(a, r, first)
    if count < least:
        return None
    # of several that come near, the one the sum hits closest ("... mencapai 34,17 juta atau 99,6 persen dari target
    # 34,3 juta. Rinciannya, ... 19,7 juta, ... 2,6 juta, ... 11,45 juta, ... 420 ribu": the achievement's parts)
    near = _levels_back(a, r, first, 3 * INHERIT_SENTENCES, lambda p: abs(p.figure.value - added) <= within * p.figure.value)
    return min(near, key=lambda p: abs(p.figure.value - added), default=None)


def _of_its_kind(a: ArticleState, r: Reading, last: Reading | None) -> Reading | None:
    """The last level before when it is of the figure's kind, else the nearest of its kind a little further back
    ("... dana yang dikelola ... mencapai Rp 752,4 triliun ... . ... dana itu ditargetkan menembus Rp 790 triliun ... .
    Secara rinci, dana kelolaan per Juni 2024 terdiri dari: JHT Rp 471,9 triliun": the parts of what was achieved)."""
    if last is None or last.kind == r.kind:
        return last
    return _level_back(a, r, last.index, 2 * INHERIT_SENTENCES, lambda p: p.kind == r.kind and not p.vetoed) or last


# the most a total may exceed the sum of the parts a sentence lists of it (the rest said after them or left out)
_FIT_RATIO = 1.25


def _total_they_fit_in(a: ArticleState, r: Reading, first: int, last: Reading | None) -> Reading | None:
    """The last level before, unless the sentence's parts add up to more than it: then the nearest level of the last
    few sentences they fit in ("Dana kelolaan ... Rp 486,4 triliun ... dana itu terus bertambah: ... Rp 365,5 triliun
    pada 2018. Berdasarkan program, dana JHT mencapai Rp 340,9 triliun, JP Rp 84,4 triliun, ...": the parts of the
    486,4, not of 2018's 365,5)."""
    count, added = _sentence_sum(a, r, first)
    if count < 2 or (last is not None and last.figure.value >= added * (1 - 0.01)):
        return last
    # (or, with none in the last sentences, a level further back they fit in: "... dana kelolaan per Juni 2025 mencapai
    # Rp842,6 triliun ... . Direktur Keuangan ... . Rinciannya, Jaminan Hari Tua (JHT) Rp519,3 triliun, ...")
    return _level_back(a, r, first, 2 * INHERIT_SENTENCES,
                       lambda p: not p.vetoed and added * (1 - 0.01) <= p.figure.value <= _FIT_RATIO * added) or last


_BULLET = re.compile(r"[›•·*▪◦–—-]\s")


_ITEMS_REACH = 12  # items of a list under a total's line looked over for it


def _total_line_above(a: ArticleState, r: Reading) -> Reading | None:
    """The figure of the line right above a bulleted item, when that line is no item itself ("Peserta aktif: 35,86
    juta pekerja" over "› Penerima Upah (PU): 21,3 juta")."""
    body, s = a.body, r.sentence
    if s.index == 0 or not _BULLET.match(body, s.start) or (s.start and body[s.start - 1] != "\n"):
        return None
    above = a.sentences[s.index - 1]
    # (over the items before it: "Jumlah Aset DJS: ..." over "- JHT: ..." over "- JKK: ..."; and over a part of one of
    # them: "- Penerima upah (PU): ..." over "termasuk non-ASN: ...")
    while (_BULLET.match(body, above.start) or _part_of_an_item(a, above)) and above.index > 0 and \
            not body[above.end:s.start].strip() and s.index - above.index < _ITEMS_REACH:
        s, above = above, a.sentences[above.index - 1]
    if _BULLET.match(body, above.start) or body[above.end:s.start].strip():
        return None
    # (the line's labelled figure, its first, not a target measured after it: "Peserta aktif: 35,34 juta orang, dari
    # target tahun ini 38,7 juta orang" over "– penerima upah 22,96 juta")
    levels = [p for p in a.before(r, max(0, r.index - LOOK_BACK))
              if p.sentence.index == above.index and p.role in (LEVEL, NEW_LEVEL)]
    return levels[-1] if levels else None


def _part_of_an_item(a: ArticleState, line) -> bool:
    """Whether the line opens with an inclusion word right under a bulleted item."""
    return line.index > 0 and a.vocab.sub_item_opener.match(a.body, line.start) is not None and \
        _BULLET.match(a.body, a.sentences[line.index - 1].start) is not None


def _fund_pointed_at(a: ArticleState, r: Reading) -> Reading | None:
    """The level of the fund a pointer before the figure points at ("Dana kelolaan ... Rp832,4 triliun dengan aset
    Rp851,6 triliun. Dana itu terbagi dalam lima program, masing-masing JHT Rp501,3 triliun, ...": the managed fund's,
    not the assets told last)."""
    pointer = a.vocab.fund_pointer.search(a.body, r.sentence.start, r.figure.start)
    if pointer is None and _listed_under_a_breakdown(a, r):
        # (or in the introduction of the figure's list: "... dana kelolaan ... Rp875,6 triliun, sedangkan aset DJS
        # tercatat Rp889,3 triliun. Berdasarkan program, dana kelolaan tersebut terdiri dari:" over "JHT Rp542,6 triliun")
        above = a.sentences[r.sentence.index - 1]
        pointer = a.vocab.fund_pointer.search(a.body, above.start, above.end)
    if pointer is None:
        return None
    fund = last_fund_named(a, r.sentence.index, pointer.start(), a.vocab.programme_pointer_sentences)
    if fund is None:
        return None
    sentence, label, named = fund
    return next((p for p in a.back(r.index, max(0, r.index - LOOK_BACK))
                 if p.sentence.index == sentence.index and p.money and p.metric == label and not p.vetoed and
                 p.role in (LEVEL, NEW_LEVEL) and p.figure.start > named.start()), None)


_BREAKDOWN_WORDS_ALONE = 3  # a sentence of a breakdown word and its colon ("Rinciannya:", "Dengan rincian sebagai berikut:")


def _figure_introducing(a: ArticleState, r: Reading) -> Reading | None:
    """The figure right before the breakdown word and colon introducing the figure's list, a part itself or not ("Dari
    jumlah itu, peserta aktif 29,9 juta, terdiri atas:\n1. Penerima Upah (PU): 19,6 juta")."""
    if not _listed_under_a_breakdown(a, r):
        return None
    above = a.sentences[r.sentence.index - 1]
    said = next((p for p in a.back(r.index, max(0, r.index - LOOK_BACK)) if p.sentence.index <= above.index), None)
    # (or right before a breakdown word and colon standing as a sentence of their own: "... dana kelolaan tercatat
    # Rp 812,6 triliun. Rinciannya:")
    alone = said is not None and said.sentence.index == above.index - 1 and \
        len(above.text.split()) <= _BREAKDOWN_WORDS_ALONE and next(iter(a.figures_after(above.start, above.end)), None) is None
    if said is None or (said.sentence.index != above.index and not alone) or said.money != r.money or \
            said.role not in (LEVEL, NEW_LEVEL, PART):
        return None
    return said


def _listed_under_a_breakdown(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's line is an item of a list introduced by a breakdown word and a colon ("... pekerja aktif
    per Desember 2024 tercatat 44,1 juta, terdiri atas:\n- Penerima Upah (PU): 28,9 juta")."""
    if r.sentence.index == 0 or r.sentence.start == 0 or a.body[r.sentence.start - 1] != "\n":
        return False
    before = a.sentences[r.sentence.index - 1]
    text = before.text.rstrip()
    if not text.endswith(":"):
        return False
    end = before.start + len(text) - 1
    said = None
    for said in a.vocab.breakdown.finditer(a.body, max(before.start, end - 40), end):
        pass
    # (its tail may close it: "... dengan rincian sebagai berikut:")
    return said is not None and a.vocab.list_introduction_tail.fullmatch(a.body, said.end(), end) is not None


def _another_dimension(a: ArticleState, total: Reading, r: Reading) -> bool:
    """Whether the figure names a programme where the total's parts so far named segments, or the other way round
    ("... terdiri atas PU 21,4 juta, BPU 6,6 juta ... Peserta program tersebut sekarang 12,9 juta": a programme's
    count, no part of a breakdown by segment)."""
    last = next((p for p in a.back(r.index, total.index) if p.part_of == total.index), None)
    return last is not None and (last.segment != "all") != (r.segment != "all") and \
        (last.program is None) != (r.program is None)


def _another_metric_named(a: ArticleState, total: Reading, r: Reading) -> bool:
    """Whether a line with no figure since the breakdown's last part names another metric than the total's ("... aset ... Rp 701,2
    triliun. ... Rincian dana kelolaan per program:\n- JHT: Rp 440,9 triliun": a list of another quantity)."""
    words = a.vocab.money_metrics if r.money else a.vocab.person_metrics
    with_figures = set()
    for p in a.back(r.index, total.index):  # (back to the last part's sentence only)
        if p.sentence.index <= a.breakdown[1]:
            break
        with_figures.add(p.sentence.index)
    # (a line with no figure between the last part and this one: a heading)
    return any(label != total.metric and label not in GENERIC
               for s in a.sentences[a.breakdown[1] + 1:r.sentence.index] if s.index not in with_figures
               for label, _ in words.find_all(a.body, s.start, s.end))


# parts within this share of their total add up to it
_SUM_TOLERANCE = 0.005


def _parts_add_up(a: ArticleState, total: Reading, r: Reading) -> bool:
    """Whether the parts read in sentences before the figure's already add up to their total, which closes the
    breakdown ("28,6 juta peserta aktif, terdiri dari 20,4 juta penerima upah, 2,3 juta bukan penerima upah dan 5,9
    juta pekerja jasa konstruksi. ... pekerja migran ... telah mencapai 310.000 orang": no part of the 28,6 juta)."""
    parts = [p.figure.value for p in a.readings[total.index + 1:r.index]
             if p.role == PART and p.part_of == total.index and p.sentence.index < r.sentence.index]
    return len(parts) >= 2 and abs(sum(parts) - total.figure.value) <= _SUM_TOLERANCE * total.figure.value


def _another_sum_of_money(total: Reading, r: Reading) -> bool:
    """Whether an amount in a sentence after a breakdown names another money metric in its own words than the
    total's ("Dana kelolaan ... Rp 790,8 triliun. Dana tersebut terdiri dari JHT Rp 490,1 triliun, .... Sepanjang tahun
    lalu, manfaat yang dibayarkan mencapai Rp 57,4 triliun": benefits paid are no part of the funds managed)."""
    return r.money and r.metric not in GENERIC and r.metric != total.metric and \
        r.sources.get("metric", "").startswith("own words")


def _another_kind_said(a: ArticleState, total: Reading, r: Reading) -> bool:
    """Whether the figure's own sentence says it is another kind than the total ("... 48,9 juta
    peserta terdaftar. Perusahaan aktif ditargetkan naik menjadi 245.000": a target, no part of
    the actual total)."""
    return r.kind != total.kind and \
        next(iter(a.vocab.kind_words.find_all(a.body, r.sentence.start, r.figure.start)), None) is not None


def _another_year_since(a: ArticleState, total: Reading, r: Reading) -> bool:
    """Whether a year other than the total's was named since it ("Sementara di tahun 2023,
    pembayaran klaim untuk program JKK ...": a new list, not the 2024 total's parts)."""
    return any(y.year and y.year != total.year and
               not a.compares(clause_start(a.body, max(0, y.start - 60), y.start), y.start)  # a comparison's year
               for y in a.years.between(total.figure.end, r.figure.start))


def link_parts_before_total(a: ArticleState, r: Reading, first: int) -> None:
    """Parts listed before the total they add up to ("35 juta peserta penerima upah dan 6,5 juta
    bukan penerima upah, sehingga total peserta aktif pada 2023 mencapai 41,5 juta"): the figures
    before a total word in the sentence that name a segment or a programme and are smaller take
    the total's metric, table and period."""
    if r.role not in (LEVEL, NEW_LEVEL) or r.vetoed or not r.metric or r.index == first:
        return
    previous = a.readings[r.index - 1]
    said_total = a.vocab.total_words.search(a.body, previous.figure.end, r.figure.start)
    if said_total is None:
        return
    parts = [p for p in a.back(r.index, first) if p.money == r.money]
    if not parts or any(p.role not in (LEVEL, PART) or p.vetoed or p.figure.value >= r.figure.value
                        or (p.segment == "all" and p.program is None) for p in parts):
        return  # each figure before it must be a smaller, named part
    for p in parts:
        p.role, p.part_of = PART, r.index
        p.sources["role"] = f"{PART} (of {r.figure.text}, the total after it)"
        if p.metric in GENERIC and r.metric != p.metric:
            p.metric = r.metric
            p.sources["metric"] = f"its breakdown's total ({r.figure.text})"
        p.kind = r.kind


def _cell_of_the_other_kind(a: ArticleState, total: Reading, r: Reading) -> Reading | None:
    """The figure of the total's row that has the part's own kind (its "Target 2025" cell beside "Realisasi 2024")."""
    for i in range(total.index + 1, min(len(a.readings), total.index + LOOK_BACK)):
        p = a.readings[i]
        if p.sentence.index != total.sentence.index:
            return None
        if p.kind == r.kind and p.metric == total.metric:
            return p
    return None


def _after_a_national_part(a: ArticleState, r: Reading, total: Reading) -> bool:
    """Whether the part before it of the same total was read as the nation's (the next item of a list: "1. Penerima
    Upah (PU): 26,6 juta" over "2. Bukan Penerima Upah (BPU): 9,5 juta" under a national total)."""
    last = next((p for p in a.back(r.index, total.index) if p.part_of == total.index), None)
    return last is not None and not last.vetoed


def part_of_the_total_after(a: ArticleState, readings: list[Reading]) -> None:
    """"Construction workers now account for around 7.9 million of BPJamsostek's 37.5 million active participants": a
    count naming no measure of its own, "of" the total right after it, counts what that total counts."""
    for r, total in zip(readings, readings[1:]):
        if r.money or total.money or not total.metric or total.metric == r.metric or total.vetoed or \
                not (r.metric is None or r.metric in GENERIC) or r.sources.get("metric", "").startswith("own words") or \
                a.vocab.part_of_the_total_after.fullmatch(a.body, r.figure.end, total.figure.start) is None:
            continue
        r.metric = total.metric
        r.sources["metric"] = f"the total it is part of ({total.figure.text})"

"""A figure with no metric words of its own refers to another: the figure before it
in the sentence (it takes that one's reading, not its rejection), else the heading of its
lines, else the previous
sentence's figure when its own sentence names no metric or opens with a
back-reference ("Jumlah tersebut ..."), else the words of the sentence right before
when that one has no figure (it names what the next counts); the amount of the cases or claims counted
right before it is benefits paid; a rupiah figure with no fund word at all is
managed funds, from a size only the fund reaches (`min_unnamed_fund`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.article import INHERIT_SENTENCES, LOOK_BACK
from bpjs_pipeline.extract.context import label_of_its_row, row_labelled
from bpjs_pipeline.extract.constructions.passage_metric import GENERIC as PLAIN_COUNT
from bpjs_pipeline.extract.constructions.pointer import (FUND_UNDER_MANAGEMENT, last_fund_named,
                                                           level_its_subject_points_back_at)
from bpjs_pipeline.extract.constructions.potential_market import WORKFORCE, whole_of_the_country
from bpjs_pipeline.extract.constructions.programme import continues_programme
from bpjs_pipeline.extract.constructions.subgroup import VETO as SUBGROUP
from bpjs_pipeline.extract.constructions.regional import VETO as REGIONAL
from bpjs_pipeline.extract.reading import GROUP_GROWTH, HEADING, one_rounding_of_the_other, same_value, size_ratio
from bpjs_pipeline.extract.roles import BASELINE, CHANGE, LEVEL, NEW_LEVEL, NOT_BPJS, PART, RECIPIENTS
from bpjs_pipeline.parsing.sentences import clause_end

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

DEFAULT_MONEY_METRIC = "managed_funds"
_DIGIT = re.compile(r"\d")
POINTED_REACH = 10  # sentences back a figure followed by a demonstrative ("28,37 juta itu") may restate
# a share restated right after a figure, up to its percent sign (", atau hampir 89", then "% dari total")
TOO_SMALL = "too small"  # a rejection for the value alone: a figure referring to it is not rejected with it
NOT_A_LEVEL = "not a level"  # a rejection for the figure's role (an allocation, a count of recipients, a share)


def inherit_metric(a: ArticleState, r: Reading, first: int) -> None:
    body, vocab = a.body, a.vocab
    if r.index == first and (total := _total_summed(a, r, first)) is not None:
        inherit(a, r, total, "the total its sentence's amounts add up to")
        return
    if r.money and (whole := _share_of_a_named_total(a, r)) is not None:
        # "Untuk JHT saja nilainya Rp12,6 triliun, atau hampir 89% dari total klaim": a part of the claims
        r.metric = whole[0]
        r.sources["metric"] = f"the total it is a share of ({whole[1].group(0)!r})"
        return
    # ("Dari total dana itu, berapa yang milik program JHT?\nJHT sekitar Rp438 triliun")
    if r.money and (pointer := vocab.fund_pointer.search(body, a.subject_start(r), r.figure.start)):
        _fund_pointed_at(a, r, pointer)
        return
    whole = whole_of_the_country(a, r) if not r.money else None
    if whole is not None:
        r.metric = whole.metric
        r.sources["metric"] = f"what is said of the country's workforce it is part of ({whole.figure.text})"
        if r.segment == "all" and whole.segment != "all":
            r.segment = whole.segment
            r.sources["segment"] = r.sources["metric"]
        return
    prev = a.previous_in_sentence(r, first)
    if prev is not None and not r.money and _total_of_the_inactive_too(a, prev, r):
        r.metric = "registered_participants"  # "Aktif 33,84 juta; Nonaktif 16,10 juta; Jumlah 49,94 juta"
        r.sources["metric"] = f"the total of the active and the inactive before it ({prev.figure.text})"
        return
    if prev is not None and prev.metric:
        # within a sentence the figure takes the reading, not the veto, of the one before, unless it is the next
        # bare item of a count of the country's workers ("Pekerja formal menurut BPS sekitar 42 juta, informal lebih
        # dari 70 juta"; "Pekerja formal saja ada sekitar 50 juta, belum lagi informal yang lebih dari 70 juta")
        inherit(a, r, prev, "the figure before it in the sentence",
                with_veto=_next_bare_item_of_the_workforce(a, prev, r) or _part_of_it(a, prev, r) or
                _next_cell_of_its_row(a, prev, r))
        return
    heading = a.heading.get("metric of " + ("money" if r.money else "count"))
    if heading:
        r.metric = heading
        r.sources["metric"] = HEADING
        return
    counted = a.readings[r.index - 1] if r.index > first else None
    if r.money and counted is not None and not counted.money and counted.role == RECIPIENTS:
        # "JKK sebanyak 297.725 kasus dengan nominal Rp 2,40 triliun": what those cases were paid
        r.metric = "benefits_paid"
        r.sources["metric"] = f"the amount of the cases or claims counted before it ({counted.figure.text})"
        return
    sentence = r.sentence
    if r.index == first and vocab.pointed_total_lead.fullmatch(body, sentence.start, r.figure.start) and \
            vocab.pointed_total_tail.match(body, r.figure.end, sentence.end):
        same = _same_figure_before(a, r, first)
        if same is not None:  # "Dari target 70 juta itu, ...": the 70 juta stated before
            inherit(a, r, same, "the same figure stated before")
            return
    words = vocab.money_metrics if r.money else vocab.person_metrics
    own_subject = not r.money and vocab.own_subject_after.match(body, r.figure.end, r.spans.right_end)
    if not own_subject and (not _words_in_its_part(a, r, words) or vocab.anaphora.match(sentence.text) or
                            (not r.money and vocab.pointed_members.match(body, sentence.start, r.figure.start))):
        same = _same_figure_before(a, r, first)
        if same is not None:  # "Per akhir Oktober, peserta aktif kami 30,38 juta. ... Dari 30,38 juta itu, ..."
            inherit(a, r, same, "the same figure stated before")
            return
        # "Untuk 2019, BPJS Ketenagakerjaan membidik dana kelolaan lebih tinggi. Target itu ... dari
        # Rp 405 triliun menjadi Rp 415 triliun": the figureless sentence right before names what it is
        if (r.money or vocab.employer_nouns.search(body, r.figure.end, r.spans.phrase_end)) and \
                _take_what_the_sentence_before_names(a, r, first):
            return  # (or "... jumlah pemberi kerja aktif juga tumbuh. Tahun lalu tercatat 570 ribu perusahaan")
        people = not r.money and vocab.worker_nouns.search(body, r.figure.end, r.spans.phrase_end)
        companies = not r.money and body[r.figure.end:r.figure.end + 1] == " " and \
            vocab.employer_nouns.match(body, r.figure.end + 1) is not None
        for p in a.back(first):
            if sentence.index - p.sentence.index > INHERIT_SENTENCES:
                break
            if companies and not p.money and p.metric not in phrase.COMPANY_METRICS:
                continue  # (nor a count of companies one of people: "... 10.5 million construction workers by the end of
                # this year. Labor inspectors found some 48,000 companies had under-reported wages")
            if (people or r.segment != "all" or r.figure.value >= vocab.min_national_participants) and \
                    p.metric in phrase.COMPANY_METRICS:
                # (nor a segment's count or one of millions: "... dari sekitar 200 ribu perusahaan aktif. Target
                # akhir tahun 20,8 juta. Untuk informal masih kecil, baru sekitar 1,2 juta")
                continue  # ("... 13,24 juta orang dari 196.450 perusahaan aktif. Jumlah itu terdiri dari 12,86 juta pekerja")
            if p.kind == "target" and r.kind == "actual" and \
                    vocab.against_target.search(body, p.spans.sentence_start, p.figure.start):
                continue  # ("... mencapai 5,1 juta orang, atau 63,8 persen dari target tahun ini sebesar 8 juta. ...
                # jumlahnya memang bergerak naik: 4,3 juta pada Januari": the achievement goes on, not its target)
            if p.money == r.money and p.metric:
                if not r.money and p.segment != "all" and _segments_listed(a, p) and a.passage_topic is not None \
                        and a.passage_topic.figure.value > p.figure.value:
                    # after a list of segments' counts, a count with no words is the passage's, not the last item's
                    inherit(a, r, a.passage_topic, "the passage's count, after a list of its segments")
                    return
                part_of_a_whole = r.money and p.role == PART and r.figure.value > 2 * p.figure.value
                if r.money and (size_ratio(p.figure.value, r.figure.value) > 10 or
                                (r.program and r.figure.value > 2 * p.figure.value) or
                                p.vetoed.startswith(NOT_A_LEVEL) or part_of_a_whole):
                    # (nor the last part of a breakdown, many times smaller: "Dana tersebut terdiri atas dana jaminan hari
                    # tua Rp 563,4 triliun, jaminan pensiun Rp 198,5 triliun, ... "Sampai akhir tahun ini kami membidik
                    # Rp 880 triliun"": the whole, not a part)
                    # (nor a part the fund is placed in: "Dana itu sebagian besar ditempatkan di surat utang negara,
                    # yakni Rp367 triliun. "Kami berharap akhir tahun ini bisa Rp555 triliun"": the fund again)
                    # (a programme's amount is a part of its passage's whole, never twice its size: "Dana kelolaan ...
                    # Rp645,6 triliun ... Hasil investasinya Rp42,1 triliun. Kalau dirinci per program? JHT masih
                    # terbesar, Rp419,3 triliun")
                    # "Dana yang dikelola ... Rp199,7 triliun, sementara hasil investasi ... Rp9,1 triliun. ...
                    # "Sampai Desember kami masih yakin bisa tembus Rp215 triliun"": the amount of its own size
                    own_size = next((q for q in a.back(p.index, max(0, p.index - LOOK_BACK))
                                     if r.sentence.index - q.sentence.index <= 2 * INHERIT_SENTENCES
                                     and q.money and q.metric and size_ratio(q.figure.value, r.figure.value) <= 2
                                     and not (part_of_a_whole and q.role == PART)), None)
                    if own_size is None and size_ratio(p.figure.value, r.figure.value) > 10 and \
                            vocab.fund_nouns.search(body, r.spans.clause, r.figure.start):
                        # a bare fund word many times the size of the amounts before it is the fund under management
                        # ("... hasil investasi ... Rp23,61 triliun ... menyebut dana pada akhir tahun ini diproyeksikan
                        # mencapai Rp890 triliun")
                        r.metric = FUND_UNDER_MANAGEMENT
                        r.sources["metric"] = f"a bare fund word, of another size than the amounts before it ({p.figure.text})"
                        return
                    p = own_size or p
                elif not r.money and ((p.vetoed and size_ratio(p.figure.value, r.figure.value) > 10) or
                                      ((p.role == PART or (p.segment != "all" and r.kind == p.kind == "actual")) and
                                       r.figure.value > 2 * p.figure.value)):
                    # "peserta aktif ... 43,2 juta orang ... Pengemudi ojek online yang terdaftar ... kini 1,1 juta
                    # orang. Target akhir tahun ini sebelumnya dipatok 52,6 juta": the passage's count of its own size,
                    # not a sub-group's (nor a part's many times smaller: "... 39.2 million active participants. Of
                    # those, about 7.1 million are non-wage earners [BPU]. Last year we closed at 35.86 million")
                    p = next((q for q in a.back(p.index, max(0, p.index - LOOK_BACK))
                              if r.sentence.index - q.sentence.index <= 2 * INHERIT_SENTENCES and not q.money
                              and q.metric and not q.vetoed and q.role != PART
                              and size_ratio(q.figure.value, r.figure.value) <= 2), p)
                inherit(a, r, p, "the previous sentence's figure", with_veto=not _total_of_its_items(a, r))
                _of_a_sub_group_named_before(a, r)
                return
        # the words of the sentences before: a fund word for an amount; for a count,
        # only when its sentence points back ("mengatakan jumlahnya mencapai 30,6 juta")
        if r.money or vocab.back_pointers.search(body, sentence.start, r.figure.start):
            words = vocab.money_metrics if r.money else vocab.person_metrics
            for s in reversed(a.sentences[max(0, sentence.index - INHERIT_SENTENCES):sentence.index]):
                hit = phrase.last_label(words, body, s.start, s.end)
                if r.money and (fund := _fund_a_sentence_points_at(a, s, hit)) is not None:
                    # ("... mendorong hasil investasi," ujarnya. Berdasarkan program, dana tersebut terdiri atas:" over
                    # "Jaminan Hari Tua: Rp 212,4 triliun": the fund the pointer points at, not the words before it)
                    r.metric = fund[1]
                    r.sources["metric"] = f"the fund the sentence before points at, {fund[2].group(0)!r}"
                    return
                if hit and hit[0] == PLAIN_COUNT and next(iter(a.figures_after(s.start, s.end)), None) is None:
                    # ("Jumlah pekerja BPU yang aktif sebagai peserta ... cenderung naik. Pada Juni 2021 jumlahnya
                    # mencapai 3,14 juta": a sentence with no figure naming one measure besides the plain word, that one)
                    named = [(label, m) for label, m in words.find_all(body, s.start, s.end) if label != PLAIN_COUNT]
                    hit = named[0] if len({label for label, _ in named}) == 1 else hit
                if hit:
                    r.metric = hit[0]
                    r.sources["metric"] = f"the previous sentence's words {hit[1].group(0)!r}"
                    _of_a_sub_group_named_before(a, r)
                    return
        elif _take_what_the_sentence_before_names(a, r, first):
            return
    # "... merevisi target hasil investasi tahun ini. Target direvisi dari Rp 36 triliun menjadi
    # Rp 32 triliun, seiring ... lonjakan klaim JHT": the fund the figureless sentence before names
    if r.money and _take_what_the_sentence_before_names(a, r, first):
        return
    titled = _measure_of_the_title(a, r) if not r.money and \
        label_of_its_row(body, r.spans.sentence_start, r.figure.start) is not None else None
    if titled is not None:
        # a count in a row of a data page's table whose measure nothing but the page's title names ("Jumlah Peserta
        # Aktif BPJS Ketenagakerjaan menurut Provinsi dan Segmen, Desember 2020" over "INDONESIA: penerima upah
        # 19.102.556; ...")
        r.metric = titled
        r.sources["metric"] = "the measure its page's title names"
        return
    if r.money and r.figure.value >= vocab.min_unnamed_fund:
        r.metric = DEFAULT_MONEY_METRIC
        r.sources["metric"] = "default for a rupiah figure with no fund word"


def _total_of_its_items(a: ArticleState, r: Reading) -> bool:
    """Whether the figure is the total row closing a table's rows ("Jumlah: Nilai Rp431.987 miliar" under "Surat Utang:
    Nilai Rp271.840 miliar", ...): the sum of the items, not one of them, whatever rules the items out."""
    return row_labelled(a.vocab.total_cell, a.body, r.spans.sentence_start, r.figure.start)


def _fund_a_sentence_points_at(a: ArticleState, s, hit):
    """The fund ("dana kelolaan") a pointer at one in sentence `s` after its last money words (`hit`) refers to, as
    (sentence, label, match), or None."""
    pointer = a.vocab.fund_pointer.search(a.body, hit[1].end() if hit else s.start, s.end)
    if pointer is None:
        return None
    return last_fund_named(a, s.index, pointer.start(), a.vocab.programme_pointer_sentences)


_QUOTE_CLOSED = re.compile(r"[,.!?][\"”]")  # a quotation closed after its last word


def _words_in_its_part(a: ArticleState, r: Reading, words) -> bool:
    """Whether the figure's sentence names a metric of the figure's kind, up to a clause about another subject or of
    reason after the figure ("Tahun ini kantor pusat menargetkan Rp 42,8 triliun, sedangkan dana investasi ...": the
    fund named after "sedangkan" is the next clause's; "..., Rp 18,6 triliun, karena aturan pencairan JHT ..."; ", kata
    Kepala Divisi Kepesertaan ...": the speaker's title)."""
    sentence, sp = r.sentence, r.spans
    other = a.vocab.contrast_clause.search(a.body, r.figure.end, sentence.end)
    reason = a.vocab.subordinate.search(a.body, r.figure.end, other.start() if other else sentence.end)
    if reason is not None:  # (with no comma: "Tahun ini kami perkirakan bisa di atas Rp 55 triliun karena klaim JHT
        other = reason  # masih tinggi": the claims are the reason's, the amount is the sentence before's)
    closed = _QUOTE_CLOSED.search(a.body, r.figure.end, other.start() if other else sentence.end)
    if closed is not None:  # ("We aim to raise the number to 34.9 million by year-end," BPJS Ketenagakerjaan's
        other = closed  # director for membership ... told": the quote's words end there, the speaker's title follows)
    item = a.vocab.next_item.search(a.body, sp.phrase_end, sp.right_end) if sp.next_figure else None
    if item is not None and (other is None or item.start() < other.start()):
        other = item  # ("Sebulan kemudian angkanya melonjak menjadi 1,08 juta, lalu ... tercatat 1,52 juta peserta": the
        # next item's words)
    if other is None:
        return a.sentence_has("money words" if r.money else "person words", sentence, words)
    return next(iter(words.find_all(a.body, sentence.start, other.start())), None) is not None


def _share_of_a_named_total(a: ArticleState, r: Reading):
    """The money metric of the total the figure is said right after it to be a share of ("Rp12,6 triliun, atau hampir
    89% dari total klaim"), as (label, match); or None."""
    share = a.vocab.share_after.match(a.body, r.figure.end, r.spans.right_end)
    if share is None:
        return None
    of_total = a.vocab.share_of_total.match(a.body, share.end(), r.spans.right_end)
    if of_total is None:
        return None
    named = next(iter(a.vocab.money_metrics.find_all(a.body, of_total.end(), min(r.spans.right_end, of_total.end() + 30))), None)
    return named if named is not None and not a.body[of_total.end():named[1].start()].strip() else None


def restate_pointed_figure(a: ArticleState, r: Reading, first: int) -> bool:
    """Whether the figure is one stated in an earlier sentence, pointed at right after it ("... sudah terdapat 2,7 juta
    peserta BPU aktif. ... Jumlah peserta JKK dan JKM bukan penerima upah 2,7 juta itu ..."): the same figure again,
    its reading taken whole (no part of a breakdown told since); not a total a sentence opens on ("Dari 28,37 juta itu,
    ...": the frame of the parts after it)."""
    body, vocab = a.body, a.vocab
    if r.money or r.role != LEVEL or vocab.demonstrative_after.match(body, r.figure.end) is None or \
            vocab.pointed_total_lead.fullmatch(body, r.sentence.start, r.figure.start):
        return False
    same = _same_figure_before(a, r, first)
    if same is None or same.sentence.index == r.sentence.index or same.money or not same.metric:
        return False
    inherit(a, r, same, "the same figure stated before, pointed at")
    r.kind, r.segment = same.kind, same.segment
    r.sources["segment"] = r.sources["table"] = r.sources["metric"]
    return True


def _same_figure_before(a: ArticleState, r: Reading, first: int):
    """An earlier reading of the same value and unit in the last sentences, read with a metric (further
    back when a demonstrative points at it: "Dari 28,37 juta itu, ...")."""
    pointed = a.vocab.demonstrative_after.match(a.body, r.figure.end)
    reach = POINTED_REACH if pointed else 2 * INHERIT_SENTENCES
    for p in a.back(first):
        if r.sentence.index - p.sentence.index > reach:
            return None
        if p.money == r.money and ((p.metric and not p.vetoed) or (pointed and (p.vetoed or not p.metric))) and \
                same_value(p.figure.value, r.figure.value) and one_rounding_of_the_other(p.figure.value, r.figure.value):
            # (not another figure as close: "klaim Rp42,4 triliun. Untuk jaminan hari tua saja, nilainya mencapai Rp37,1
            # triliun" after returns of Rp37,2 triliun)
            return p  # ("... sekitar 20 juta yang status kepesertaannya nonaktif. Dua puluh juta itu ...": the same figure,
            # not a fact there either)
    return None


def _measure_of_the_title(a: ArticleState, r: Reading) -> str | None:
    """The one measure of the figure's unit the page's title names, or None."""
    title = a.article.title or ""
    words = a.vocab.money_metrics if r.money else a.vocab.person_metrics
    named = {label for label, _ in words.find_all(title, 0, len(title))}
    if len(named) > 1 and len(specific := named.difference({PLAIN_COUNT})) == 1:
        named = specific
    return named.pop() if len(named) == 1 else None


def count_restated(a: ArticleState, r: Reading, first: int) -> None:
    """A plain count that restates a count of the same value and segment told more exactly in the sentences before
    ("... bukan penerima upah (BPU) 2,9 juta, ... "Kalau yang ikut baru 2,9 juta, itu belum ada lima persen""): that
    count again, read as it was. So is the count a change of it starts from, when its sentence's subject points back at
    it ("Pada akhir 2024, peserta aktif tercatat 45,2 juta. Jumlah itu naik dari 41,5 juta pada tahun sebelumnya, atau
    bertambah 3,7 juta peserta")."""
    if r.role == BASELINE:
        pointed = level_its_subject_points_back_at(a, r, lambda p: not p.money and p.segment == r.segment)
        if pointed is not None and pointed.metric in _EXACT_COUNTS:
            r.metric = pointed.metric
            r.sources["metric"] = f"the count its sentence's subject points back at ({pointed.figure.text})"
        return
    for p in a.back(first):
        if r.sentence.index - p.sentence.index > _RESTATED_REACH:
            return
        if not p.money and p.metric in _EXACT_COUNTS and not p.vetoed and p.kind == r.kind and \
                p.segment == r.segment and same_value(p.figure.value, r.figure.value):
            r.metric = p.metric
            r.sources["metric"] = f"the same count told before ({p.figure.text})"
            return


_RESTATED_REACH = 4 * INHERIT_SENTENCES  # sentences back a restated count is looked for
_EXACT_COUNTS = ("active_participants", "registered_participants")


def _segments_listed(a: ArticleState, p: Reading) -> bool:
    """Whether `p` is an item of a list of several segments' counts in its sentence."""
    segments = set()
    for step in (-1, 1):  # the readings of p's sentence, walked out from p by index
        i = p.index
        while 0 <= i < len(a.readings) and a.readings[i].sentence.index == p.sentence.index:
            if not a.readings[i].money:
                segments.add(a.readings[i].segment)
            i += step
    return len(segments - {"all"}) >= 2


def _total_summed(a: ArticleState, r: Reading, first: int) -> Reading | None:
    """"Dana kelolaan ... Rp745,6 triliun. ... "Rinciannya, JHT Rp465,2 triliun; JP Rp172,4 triliun; ...": a sentence
    opening with a breakdown word whose figures add up (within 1 %) to a figure of the sentences before lists its
    parts, whatever was named in between."""
    opened = a.vocab.breakdown_opener.match(r.sentence.text) is not None
    parts = [p for p in a.after(r) if p.money == r.money] + [r]
    total = sum(p.figure.value for p in parts)
    if len(parts) < (2 if opened else 3):
        return None  # (three amounts or more add up to it with no breakdown word: "Untuk jaminan hari tua Rp46,4
        # triliun, jaminan pensiun Rp2,3 triliun, santunan kematian Rp3,6 triliun, ..." after Rp56,1 triliun)
    for p in a.back(first):  # (a sum is evidence enough to reach further back than a plain reference)
        if r.sentence.index - p.sentence.index > 3 * INHERIT_SENTENCES:
            return None
        if p.money == r.money and p.metric and not p.vetoed and \
                abs(p.figure.value - total) <= (0.01 if opened else 0.005) * total:
            return p
    return None


def _next_bare_item_of_the_workforce(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """Whether the figure is the next item after a count of the country's workers or the statistics office's, naming
    no measure, coverage or participants between them."""
    vocab, gap = a.vocab, (prev.figure.end, r.spans.phrase_end)
    if r.money or not (prev.vetoed.startswith(WORKFORCE) or (prev.vetoed.startswith(NOT_BPJS) and (
            vocab.statistics_office.search(a.body, prev.spans.clause, prev.figure.start) or
            # ("pekerja formal yang belum terlindungi masih sekitar 50 juta orang, sedangkan pekerja informal mencapai
            # 70 juta orang": workers again, of the same kind)
            vocab.worker_nouns.search(a.body, r.spans.left, r.spans.phrase_end)))):
        return False
    return not any(p.search(a.body, *gap) for p in (vocab.person_metrics_any, vocab.coverage, vocab.participant_nouns))


def _of_a_sub_group_named_before(a: ArticleState, r: Reading) -> None:
    """A count whose sentence points back ("Jumlahnya 118.000 orang") right after a sentence with no figure that names
    a sub-group ("Selain PMI, BPJS Ketenagakerjaan juga melindungi tenaga kerja asing.") counts that sub-group."""
    if r.money or r.vetoed or r.sentence.index == 0 or \
            not a.vocab.back_pointers.search(a.body, r.sentence.start, r.figure.start):
        return
    before = a.sentences[r.sentence.index - 1]
    group = a.vocab.subgroups.search(a.body, before.start, before.end)
    if group is not None and next(iter(a.figures_after(before.start, before.end)), None) is None:
        r.vetoed = f"{SUBGROUP}: {group.group(0)}"


def _next_cell_of_its_row(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """Whether the figure is the next cell, under another period, of a table's row written as one labelled line ("Beban
    operasional: pada 2021 sebesar Rp4.118 miliar; pada 2020 sebesar Rp3.962 miliar"): the row's label is every cell's,
    its rejection too."""
    line_start = a.body.rfind("\n", 0, r.sentence.start) + 1
    label = a.body.find(":", line_start, prev.figure.start)
    return label != -1 and not _DIGIT.search(a.body, line_start, label) and \
        a.body[prev.figure.end:r.figure.start].lstrip().startswith(";") and \
        next(iter(a.years.between(prev.figure.end, r.figure.start)), None) is not None  # (cells under periods, not
    # under measures of their own: "JHT: Jumlah kasus 3.481.200; Nominal Rp45.120 miliar")


def _total_of_the_inactive_too(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """Whether the figure is a row's total cell ("Jumlah 49,94 juta") right after a cell of the inactive ("Nonaktif
    16,10 juta"): the count of the active and the inactive together."""
    label = a.body[prev.figure.end:r.figure.start]
    cell = a.body[prev.spans.sentence_start:prev.figure.start].rsplit(";", 1)[-1]
    return ";" in label and a.vocab.total_cell.fullmatch(label.split(";")[-1].strip()) is not None and \
        a.vocab.inactive_cell.search(cell) is not None


def _part_of_it(a: ArticleState, prev: Reading, r: Reading) -> bool:
    """Whether the figure is a part of the one before it, told by the words right after it ("Badan Pusat Statistik
    mencatat angkatan kerja ... 143,7 juta orang, dengan sekitar 80 juta di antaranya bekerja di sektor informal") or
    between them ("the country's workforce of around 120 million, of which about 70 million work in the informal
    sector"): a part of what is no BPJS level is none either."""
    return bool(prev.vetoed) and (a.vocab.subset_after.match(a.body, r.figure.end, r.spans.right_end) is not None or
                                  a.vocab.subset_after.search(a.body, prev.figure.end, r.figure.start) is not None)


def _fund_pointed_at(a: ArticleState, r: Reading, pointer) -> None:
    """"Dana yang dikelola ... membengkak seiring bertambahnya peserta dan iuran. Hingga Agustus 2018, dana tersebut
    tercatat Rp 350,2 triliun": the fund its words point at is the last one named with the fund's noun in the sentences
    before, else the amount of the sentence right before when the pointer's money went for a purpose ("Dana itu
    sebagian besar untuk jaminan hari tua"), else the fund under management."""
    fund = last_fund_named(a, r.sentence.index, r.spans.clause, INHERIT_SENTENCES)
    spent = any(a.vocab.spent_for.search(a.body, pointer.end(), m.start())
                                        for _, m in a.vocab.programs.find_all(a.body, pointer.end(), r.figure.start))
    amount = next((p for p in a.back(a.first_in_sentence) if p.money and p.metric and not p.vetoed
                   and p.sentence.index == r.sentence.index - 1), None) if r.sentence.index and spent else None
    if fund is not None:
        _, r.metric, words = fund
        r.sources["metric"] = f"the fund its words point at ({words.group(0)!r})"
    elif amount is not None:
        # "... pembayaran klaim justru melonjak menjadi Rp36,4 triliun. "Dana itu sebagian besar untuk jaminan hari tua,
        # Rp33,1 triliun"": the money of the sentence before, spent for a purpose, when no fund is named with its noun
        r.metric = amount.metric
        r.sources["metric"] = f"the money its words point at ({amount.figure.text})"
    else:
        r.metric = FUND_UNDER_MANAGEMENT
        r.sources["metric"] = "the fund its words point at (the fund under management)"


def _take_what_the_sentence_before_names(a: ArticleState, r: Reading, first: int) -> bool:
    """When the sentence right before has no figure of its own, the figure takes the last metric words
    of its unit that sentence names; whether it did."""
    if r.sentence.index == 0 or not _named_by_the_sentence_before(a, r, first):
        return False
    before = a.sentences[r.sentence.index - 1]
    # (the head of the last phrase of fund words: "Aset Dana Jaminan Sosial (DJS) per program, dalam Rp triliun:" names
    # assets)
    hit = phrase.last_head(a.body, before.start, before.end, a.vocab) if r.money else \
        phrase.last_label(a.vocab.person_metrics, a.body, before.start, before.end)
    if hit and r.money and a.vocab.rate.search(a.body, hit[1].end(), clause_end(a.body, hit[1].end(), before.end)):
        return False  # (words naming a rate: "Posisi April sekitar Rp745 triliun. ..., imbal hasilnya di atas 7 persen.
        # Jadi target Rp1.000 triliun pada 2026 realistis?": the fund of the sentence before that)
    if hit and a.vocab.other_bodies.match(a.body, hit[1].end() + 1):
        return False  # (another body's measure: "Dana itu setara ... empat puluh persen dari total aset industri dana
        # pensiun dan asuransi nasional. "Komposisi terbesar tetap program jaminan hari tua, sekitar Rp 470 triliun"")
    if hit:
        r.metric = hit[0]
        r.sources["metric"] = f"the sentence before it, which names what it counts {hit[1].group(0)!r}"
    return hit is not None


def _named_by_the_sentence_before(a: ArticleState, r: Reading, first: int) -> bool:
    """A sentence with no figure of its own names what the next one counts ("Jika dilihat per
    bulan, penurunan peserta aktif terjadi sejak awal 2025. Pada Januari tercatat 42,66 juta
    orang, ..."), unless the count is given a subject of its own ("19 juta orang yang mencari
    pekerjaan") or its sentence names workers."""
    index = r.sentence.index  # (a count with a subject of its own never asks: see inherit_metric)
    if index == 0:
        return False
    for m in a.vocab.named_workers.finditer(a.body, r.sentence.start, r.sentence.end):
        unit = any(not a.body[f.end:m.start()].strip() for f in a.figures_after(max(r.sentence.start, m.start() - 40),
                                                                                m.start()))
        if not (unit and a.vocab.unit_end.match(a.body, m.end())):
            return False  # ("jumlah pekerja ada 120 juta orang", "86,6 juta pekerja informal": a count of its own; not
            # "sudah 21,3 juta pekerja, dan ...": its unit)
    nearest = next(a.back(first), None)
    return nearest is None or nearest.sentence.index < index - 1


def _own_label(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's line opens with a label of its own ("Total: ...", "BPJS (badan): ..."), or
    says it is a total: a row of a table or a list is none of the row before it."""
    body = a.body
    return bool(a.vocab.line_label.match(body, r.sentence.start, r.figure.start)) or \
        bool(a.vocab.total_words.search(body, r.spans.sentence_start, r.figure.start))


def _total_row(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's line is a table's total row, its label a total cell alone ("Jumlah: 45,5 juta" under the
    segments' rows)."""
    label = a.vocab.total_cell.match(a.body, r.spans.sentence_start, r.figure.start)
    return label is not None and a.body[label.end():r.figure.start].strip() in ("", ":")


def inherit(a: ArticleState, r: Reading, p: Reading, how: str, with_veto: bool = True) -> None:
    r.metric = p.metric
    r.inherited_from = p.index
    r.sources["metric"] = f"{how} ({p.figure.text})"
    if r.segment == "all" and not r.own_segments and p.segment != "all" and \
            not a.vocab.total_words.search(a.body, r.spans.sentence_start, r.figure.start) and \
            not _total_row(a, r) and \
            (r.money or r.figure.value <= GROUP_GROWTH * p.figure.value):
        # (not a count many times the group's: "... 6,1 juta [BPU]. ... angka itu harus naik dua kali lipat menjadi 70
        # juta pada 2026" is the whole membership's)
        # (a total after a list of segments' items is all of them: "Total: pada Juni 2023 sebesar 37,66 juta")
        r.segment = p.segment
        r.sources["segment"] = f"{how} ({p.figure.text})"
    other_line = p.sentence.index != r.sentence.index
    if r.program is None and not r.sources.get("listed") and p.program and p.metric == r.metric \
            and (continues_programme(a, p, r) if not other_line else not _own_label(a, r)):
        r.program = p.program
        r.sources["program"] = f"{how} ({p.figure.text})"
    # (not to an item naming a programme of its own: "... dana BPJS Rp13,32 triliun. Adapun, program JKP
    # mencapai Rp11,77 triliun" is the next item of the list, not the agency's own fund again)
    carries = p.vetoed and not r.vetoed and not p.vetoed.startswith(TOO_SMALL) and \
        not (r.program and r.program != p.program and r.sources.get("program", "").startswith("named"))
    if carries and p.vetoed.startswith(REGIONAL) and \
            (a.vocab.national.search(a.body, r.spans.sentence_start, r.spans.right_clause_end) or
             row_labelled(a.vocab.national_row, a.body, r.spans.sentence_start, r.figure.start)):
        carries = False  # ("Di Sumbagut, JHT itu Rp 930 miliar. Nasional Rp 21,1 triliun": the nation's; so is a
        # table's row for the whole country under the provinces' rows: "INDONESIA: Penerima Upah 29.301.845; ...")
    if carries and p.vetoed.startswith(SUBGROUP) and r.segment != "all" and \
            r.sources.get("segment", "").startswith("its noun phrase"):
        carries = False  # ("... 1,9 juta petani ... . "Tahun ini BPU harus menjadi 12 juta"": a segment's own count)
    if carries and p.role == CHANGE and (level_verb(a, r) or r.role in (BASELINE, NEW_LEVEL)):
        # "... tumbuh 3,1 juta. ... kembali membaik mencapai 17,9 juta": what it reached; "penurunan
        # 4,19 juta. Tepatnya, dari 34,17 juta ... menjadi 29,98 juta": the levels of that change
        carries = False
    if carries and p.role == CHANGE and _under_a_dated_introduction(a, p, r):
        carries = False  # "... bertambah 2,79 juta orang. Rincian posisi Juni 2022 menurut segmen: / - Penerima Upah (PU):
        # 21,58 juta": the levels at the date the list's introduction names, not parts of the change
    if carries and (with_veto or p.vetoed.startswith(SUBGROUP) or _range(a, p, r) or
                    # "peserta nonaktif tercatat 11,8 juta, 2020 naik menjadi 13,1 juta": still non-active
                    (r.role == NEW_LEVEL and NOT_BPJS in p.vetoed)):
        r.vetoed = "refers to " + p.vetoed  # the same kind of quantity: a change stays a change
    if p.sentence.index != r.sentence.index and r.sources.get("table", "").endswith("(no target word before it)") \
            and r.kind != p.kind and not (p.kind == "target" and _said_of_now(a, r)) and \
            "?" not in a.body[p.figure.end:r.figure.start] and \
            label_of_its_row(a.body, r.spans.sentence_start, r.figure.start) is None:  # (nor a row's first cell, after
        # the row before ended with a target's cell: "Bukan Penerima Upah: pada Des 2022 sebesar 6,18 juta; ...")
        # (not "Now there are about 510,000" after "We also want
        # 600,000 active employers": what there is now; nor an answer to a question asked since: "Akhir tahun kami
        # proyeksikan Rp 430 triliun. / Program mana yang paling besar? / Jaminan hari tua, sekitar Rp 290 triliun")
        r.kind = p.kind  # the same statement goes on ("target BPU 2,5 juta. Sementara, untuk PU 17 juta")
        r.sources["table"] = f"{p.kind} (the figure it refers to)"


def _under_a_dated_introduction(a: ArticleState, p: Reading, r: Reading) -> bool:
    """Whether the sentence right before the figure's, after `p`'s, introduces a list (it ends with a colon) and names
    a month: the list's items are what stood at that date."""
    if r.sentence.index - p.sentence.index < 2:
        return False
    intro = a.sentences[r.sentence.index - 1]
    return a.body[intro.start:intro.end].rstrip().endswith(":") and \
        any(y.month for y in a.years.between(intro.start, intro.end))


def _said_of_now(a: ArticleState, r: Reading) -> bool:
    """Whether the figure's clause names the present ("Now there are about 510,000", "Sekarang baru 510 ribu")."""
    return a.vocab.revised_now.search(a.body, r.spans.clause, r.figure.start) is not None


def _range(a: ArticleState, p: Reading, r: Reading) -> bool:
    """"penambahan investasi sekitar Rp15 triliun-Rp20 triliun": the two ends of one range."""
    return bool(a.vocab.range_joiner.fullmatch(a.body, p.figure.end, r.figure.start))


def level_verb(a: ArticleState, r: Reading) -> bool:
    """Whether a verb of reaching or amounting governs the figure ("mencapai 17,9 juta")."""
    return a.vocab.level_verb.search(a.body, max(r.spans.left, r.figure.start - 40), r.figure.start) is not None

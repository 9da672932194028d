"""The segment of a participant count: the segment words of its noun phrase (with a
second one coordinated to it: "pekerja formal dan informal" is all), else the nearest
group named before it in its clause, else one named after it in its clause, else the
heading of its lines (not when it names every segment: "Total peserta aktif seluruh segmen ..."), else the one group the nearest sentence before names when its own sentence
points back at it ("Dari jumlah itu, ..."). A count too small to be national takes the one segment its
passage names ("Tren kepesertaan PMI ... pada 2021 terdapat 235 ribu peserta"), else the
one its headline names. A bare count with no other measure in a sentence naming a segment counts its participants
("untuk bukan penerima upah memang masih kecil, baru sekitar 1,3 juta"); an amount of one segment is no fund of the
contract ("Iuran yang terkumpul dari segmen tersebut ...")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.article import INHERIT_SENTENCES
from bpjs_pipeline.extract.constructions.question_answer import question_before
from bpjs_pipeline.extract.context import WINDOW
from bpjs_pipeline.extract.roles import NEW_LEVEL, last_match
from bpjs_pipeline.parsing.sentences import clause_end
from bpjs_pipeline.extract.reading import GROUP_GROWTH, HEADING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def read_segment(a: ArticleState, r: Reading) -> None:
    if r.money:
        return
    body, vocab, s = a.body, a.vocab, r.spans
    found = phrase.segments_of(body, [(s.figure_end, s.phrase_end)], vocab)
    coordinated = vocab.coordinated.match(body, s.phrase_end, s.right_end)
    if found and coordinated:
        # a second group coordinated to its own ("pekerja formal dan informal"); after a bare
        # figure, "dan PMI 0,2 juta" opens the next item of a list, not a second group of this one
        found = phrase.segments_of(body, [(s.figure_end, coordinated.end())], vocab)
    if not found:
        # the segment words nearest before it, with those listed with them ("pekerja
        # formal dan informal"); words further back in the clause (a speaker's title
        # "Asisten Deputi Bidang Perluasan peserta BPU dan Jasa Konstruksi") are not its
        found = phrase.nearest_segments(body, s.clause, s.figure_start, vocab, list_from=s.left)
    how = "its noun phrase"
    # (not past an appositive opening a breakdown: "45,2 juta pekerja, yakni PU 29,3 juta, BPU 9,9 juta" names parts)
    appositive = vocab.appositive.match(body, s.phrase_end) if not found else None
    parts_after = appositive is not None and next(iter(a.figures_after(appositive.end(), r.sentence.end)), None) is not None
    if not found:
        # (up to the next item of a list: "... accounted for 8.1 million and construction workers for 3.1 million")
        # (when the clause runs on to the next figure; not "9.8 million are self-employed and other informal workers,
        # and 6.5 million ...", whose clause ends before it)
        items = list(vocab.next_item.finditer(body, s.phrase_end, s.right_clause_end)) \
            if s.next_figure and s.right_clause_end >= s.right_end else []
        end = items[-1].start() if items else s.right_clause_end
        # (up to a verb aiming at a group: "... sekitar 45 juta itu perlu dinaikkan dengan menyasar pekerja rentan", or a
        # clause of reason: "targeting 40 million active participants in 2024 as it steps up outreach to informal
        # workers")
        aimed = vocab.segment_aim.search(body, s.figure_end, end) or vocab.subordinate.search(body, s.figure_end, end)
        end = aimed.start() if aimed else end
        hit = phrase.first_label(vocab.segments, body, s.figure_end, end) if not parts_after else None
        if hit and s.next_figure and not body[hit[1].end():s.right_end].strip(" :"):
            hit = None  # "Peserta aktif: 31,9 juta (PU 25,6 juta; BPU 2,5 juta)": the label of the next figure, a part
        found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its clause after it"
    if not found and not parts_after and (copula := vocab.copula_after.match(body, s.phrase_end)):
        # "Sisanya, sekitar 620 ribu, adalah pekerja migran Indonesia (PMI)": what it is, set off after it
        hit = phrase.first_label(vocab.segments, body, copula.end(), clause_end(body, copula.end(), s.right_end))
        found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its clause after it"
    if not found and not parts_after and body.startswith(",", s.phrase_end) and \
            vocab.set_off_figure.match(body, s.sentence_start, s.figure_start):
        # "Sisanya, sekitar 0,3 juta, pekerja migran Indonesia": a figure set off after the sentence's opening, then
        # who it counts
        hit = phrase.first_label(vocab.segments, body, s.phrase_end + 1, clause_end(body, s.phrase_end + 1, s.right_end))
        found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its clause after it"
    if not found:
        hit = phrase.last_label(vocab.segments, body, s.left, s.clause)
        reason = last_match(vocab.set_off_opener, body, s.left, hit[1].start()) if hit else None
        if reason is not None and "," not in body[reason.end():hit[1].start()]:
            hit = None  # "Dengan masuknya pekerja konstruksi, total peserta aktif ... 25,7 juta": a clause of reason's
        elif hit is not None and vocab.saying.search(body, hit[1].end(), s.figure_start):
            hit = None  # "Deputi Direktur Bidang Kepesertaan Bukan Penerima Upah, Zainal Abidin, menyebut ... peserta
            # aktif ... mencapai 32,9 juta": a speaker's title before the verb of saying, no group of what was said (nor
            # the words of the speaker's own clause: "... to cover informal workers, saying that of the agency's 23.4
            # million active participants, ...")
        found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its words before the clause"
        if hit:  # (with those listed with it: "Kalau semuanya, PU, BPU, jasa konstruksi, per Desember kemarin 41,56 juta
            # peserta aktif" counts them all)
            found = phrase.nearest_segments(body, hit[1].start(), hit[1].end(), vocab, list_from=s.left) or found
    if not found:
        # a row's label before its colon names the group of every item after it ("Penerima Upah (PU): Terdaftar 39,4 juta;
        # Aktif 20,8 juta"; not a row led by its period, "Maret 2021; Penerima Upah: 19,52 juta; ...; Total Aktif: 29,17 juta")
        line_start = body.rfind("\n", 0, s.figure_start) + 1
        colon = body.find(":", line_start, s.figure_start)
        if colon != -1 and ";" in body[colon:s.figure_start] and ";" not in body[line_start:colon]:
            hit = phrase.last_label(vocab.segments, body, line_start, colon)
            found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its row's label"
    if not found and r.kind == "target" and vocab.target_after.match(body, s.figure_end, s.right_end):
        # "Non-wage earners ... accounted for 8.7 million of the active total, well short of the 11 million the agency
        # is aiming for this year": the target of the group measured against it
        measured = next((p for p in a.back(r.index) if p.sentence.index == r.sentence.index and not p.money), None)
        if measured is not None and measured.segment != "all" and not measured.vetoed:
            found, how = {measured.segment: measured.figure.text}, "the count measured against it"
    if not found and r.sentence.index and r.role == NEW_LEVEL and \
            vocab.back_pointers.search(body, s.sentence_start, s.figure_start):
        # "... peserta BPU yang aktif saat ini sekitar 6,9 juta orang. BPJS Ketenagakerjaan menargetkan jumlah tersebut
        # naik menjadi 9 juta peserta aktif": the new level of the count pointed at is of its group
        pointed = next((p for p in a.back(r.index) if p.sentence.index < r.sentence.index), None)
        if pointed is not None and pointed.sentence.index == r.sentence.index - 1 and not pointed.money and \
                not r.money and pointed.segment != "all" and not pointed.vetoed and \
                r.figure.value <= GROUP_GROWTH * pointed.figure.value:
            # (not a level many times the last count named: "... 6,1 juta [BPU]. ... angka itu harus naik dua kali lipat
            # menjadi 70 juta pada 2026" is the whole membership's)
            found, how = {pointed.segment: pointed.figure.text}, "the count its sentence points back at"
    if not found and (pointer := vocab.segment_pointer.search(body, s.sentence_start, s.right_clause_end)) is not None:
        # "Tak hanya PMI, segmen jasa konstruksi juga menjadi perhatian. ..., peserta yang aktif di segmen ini tercatat
        # 6,4 juta pekerja": the segment named last before the pointer
        start = a.sentences[max(0, r.sentence.index - 1)].start
        hit = phrase.last_label(vocab.segments, body, start, pointer.start())
        found, how = ({hit[0]: hit[1].group(0)} if hit else {}), f"the segment {pointer.group(0)!r} points back at"
    if not found and not r.money and not vocab.every_segment.search(body, s.sentence_start, s.right_clause_end) and \
            (asked := _asked_about(a, r)) is not None:
        # (not a count said to be of all: "J: ... peserta BPU yang aktif 9.612.304 orang. Secara keseluruhan, peserta
        # aktif ... 45,2 juta pekerja")
        # "Question: And informal workers? / Answer: ... Only 9.8 million of them are active members": the group the
        # question right before the answer asks about
        found, how = {asked[0]: asked[1]}, "the group its question asks about"
    if not found and r.sentence.index > 0 and \
            (vocab.subset_before_active.search(body, s.sentence_start, s.figure_start) or
             vocab.subset_after_part.match(body, s.figure_end)) and \
            not any(not p.money for p in a.before(r, a.first_in_sentence)):
        # (not when its sentence counts the whole first: "Total pekerja terdaftar nasional sudah 45,2 juta, yang aktif
        # 26,4 juta")
        # "Pekerja informal ... angkanya mencapai 83 juta jiwa. Dari jumlah itu, baru sekitar 6 juta
        # pekerja yang terlindungi": a part of the group the sentence before counts
        # (the group of the count pointed at, named with it or before it: "... peserta aktif 38,47 juta. ... ditopang
        # oleh segmen bukan penerima upah. "Dari jumlah itu, ..." points at the 38,47 juta, not at a group named after it)
        counted = False
        for before in reversed(a.sentences[max(0, r.sentence.index - INHERIT_SENTENCES):r.sentence.index]):
            counted = counted or any(ch.isdigit() for ch in body[before.start:before.end])
            if not counted:
                continue
            named = phrase.segments_of(body, [(before.start, before.end)], vocab)
            if named:
                found, how = (named, "the group its sentence points back at") if len(named) == 1 else ({}, how)
                break
            if next(iter(vocab.person_metrics.find_all(body, before.start, before.end)), None) is not None:
                break  # (the count pointed at names its people and no group: "... pekerja yang terdaftar sebagai peserta
                # mencapai 51,2 juta orang. "Dari jumlah itu yang aktif 30,9 juta"": of all of them)
    if not found and (frame := vocab.part_of_frame.match(body, s.sentence_start, s.figure_start)) is not None:
        named = phrase.segments_of(body, [(frame.start(), frame.end())], vocab)
        if len(named) == 1:  # "Dari sekitar 84 juta pekerja informal, baru sekitar 9 juta yang terlindungi": a part of
            found, how = named, "the group its sentence's frame counts"  # that group
    if not found and "segment" in a.heading and not vocab.every_segment.search(body, s.sentence_start, s.right_clause_end) \
            and not (a.heading["segment"] == "informal" and not r.money and r.figure.value > vocab.max_informal_members):
        # (not a count larger than the informal segment has ever counted under a heading naming it: "5 Poin Penting
        # Kepesertaan Informal" over "1. Per Oktober 2017, peserta aktif ... mencapai 25,8 juta pekerja.")
        found, how = {a.heading["segment"]: a.heading["segment"]}, HEADING
    if found:
        found = _not_described(a, r, found)
    r.own_segments = found
    if len(found) == 1:
        (r.segment, words), = found.items()
        r.sources["segment"] = f"{how} {words!r}"
    elif found:
        r.sources["segment"] = f"all (several segments: {', '.join(found)})"


_ANSWER_SENTENCES = 2  # sentences of an answer before the figure's, after the question


def _asked_about(a: ArticleState, r: Reading) -> tuple[str, str] | None:
    """The one group a question names right before the answer the figure stands in (its first sentences), or None."""
    asked = question_before(a, r, _ANSWER_SENTENCES)
    named = phrase.segments_of(a.body, [asked], a.vocab) if asked else {}
    return next(iter(named.items())) if len(named) == 1 else None


def topic_segment(a: ArticleState, r: Reading) -> tuple[str, str] | None:
    """A segment's figure whose own sentence does not name the segment ("pada 2021
    terdapat 235 ribu peserta" after "Tren pertumbuhan kepesertaan PMI ..."): the one
    segment the passage (the last sentences and this one up to the figure) names, else the
    one the headline names ("Jumlah Pekerja Migran yang Jadi Peserta Aktif ... Berkurang")."""
    first = a.sentences[max(0, r.sentence.index - INHERIT_SENTENCES)]
    found = phrase.segments_of(a.body, [(max(first.start, r.figure.start - 2 * WINDOW), r.figure.start)], a.vocab)
    if not found and a.article.title:  # the one segment the headline is about ("Jumlah Pekerja Migran ...")
        title = a.article.title
        found = phrase.segments_of(title, [(0, len(title))], a.vocab)
    if len(found) == 1:
        return next(iter(found.items()))
    return None


def _not_described(a: ArticleState, r: Reading, found: dict[str, str]) -> dict[str, str]:
    """Segments named as a description of who is counted ("program JP yang seluruhnya
    merupakan peserta PU dengan jumlah peserta aktif ... 12,95 juta"): not the count's segment."""
    described = [m.end() for m in a.vocab.segment_descriptions.finditer(a.body, r.spans.sentence_start, r.figure.start)]
    if not described:
        return found
    keep = {}
    for label, words in found.items():
        at = a.body.rfind(words, r.spans.sentence_start, r.figure.end + 200)
        if not any(0 <= at - end <= 30 for end in described):
            keep[label] = words
    return keep


ONE_SEGMENTS_AMOUNT = "one segment's amount (funds are the whole agency's)"


def one_segments_amount(a: ArticleState, r: Reading) -> str:
    """Why an amount is one segment's, or "": a single segment named in its clause before it or in its noun phrase,
    or pointed at ("Iuran yang terkumpul dari segmen tersebut baru sekitar Rp 21 miliar", "klaim yang dibayarkan
    kepada PMI dan ahli warisnya mencapai Rp 41,2 miliar"); the contract counts funds for all segments only."""
    if not r.money:
        return ""
    body, vocab, s = a.body, a.vocab, r.spans
    pointer = vocab.segment_pointer.search(body, s.clause, s.figure_start)
    if pointer is not None:
        return f"{ONE_SEGMENTS_AMOUNT}: {pointer.group(0)}"
    named = {label: m for label, m in vocab.segments.find_all(body, s.clause, s.figure_start)}
    named.update({label: m for label, m in vocab.segments.find_all(body, s.figure_end, s.phrase_end)})
    if len(named) == 1 and not vocab.every_segment.search(body, s.clause, s.phrase_end):
        # (not one named with the rest: "klaim JKK untuk sektor konstruksi dan sektor lainnya sebesar Rp 281,5 miliar")
        return f"{ONE_SEGMENTS_AMOUNT}: {next(iter(named.values())).group(0)}"
    return ""


def bare_count_of_a_segment(a: ArticleState, r: Reading, first: int) -> None:
    """A count with no noun after it and no metric from the sentences before, in a sentence naming a segment before it
    ("Harus diakui, untuk bukan penerima upah memang masih kecil, baru sekitar 1,3 juta"): the segment's participants."""
    body, vocab, s = a.body, a.vocab, r.spans
    if r.money or r.index != first or body[r.figure.end:s.phrase_end].strip(" ,.;\"”"):
        return
    named = phrase.last_label(vocab.segments, body, s.sentence_start, r.figure.start)
    # (not a row's label, "BPU: 9,21 juta", nor workers of the segment, "Pekerja informal, yang jumlahnya sekitar 70
    # juta": a population)
    if named is not None and len(body[named[1].end():r.figure.start].split()) >= 2 and \
            vocab.worker_nouns.search(body, s.sentence_start, r.figure.start) is None and \
            vocab.employer_nouns.search(body, s.sentence_start, r.figure.start) is None:
        r.metric = "participants"
        r.sources["metric"] = f"a bare count of the segment its sentence names {named[1].group(0)!r}"

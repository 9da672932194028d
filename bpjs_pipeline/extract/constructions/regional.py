"""A branch's or a province's own figure is not national: a branch or "<agency>
<region>" named before the figure in its sentence, a region named right before the
figure ("Jakarta 8,02 juta, Jawa Barat 4,96 juta") or setting its sentence ("Di Jawa Timur,
jumlah peserta aktif ..."), a region scoping the figure's clause after it ("80.000 orang tenaga
kerja jasa konstruksi di Provinsi Sulawesi Utara"), or an article whose title or lead
has a branch or a region as its subject. A branch named after a verb of saying is a
speaker's title, and one after a venue word or in a clause about the speaker's occasion ("saat
meresmikan kantor layanan baru di Samarinda") is where something happened; neither
makes the figure regional, nor does where the speaker was ("Direktur ... yang hadir di Semarang menyebut ..."), nor do
offices counted ("di 121 kantor cabang": the agency's network). A part set apart by the place it is in ("287,000 of them
working in Malaysia") is that place's whatever its sentence says. A sentence saying "nasional" always counts (in a
region's article, so does the sentence right after it, and the one right after a figure of the nation's size and
kind: "Tahun ini kami menargetkan 21,6 juta peserta aktif. Program pensiun ... juga ditargetkan diikuti 5,8 juta
pekerja"), and so does, in a
region's article, a count of workers or an amount larger than any one region has ("pada 2026,
BPJS Ketenagakerjaan menargetkan melindungi 70 juta pekerja" said by a regional head; "dana
kelolaan ... Rp 700 triliun"), an item listed right after such a figure, and a fund only the agency as a whole holds
or earns (managed funds, investment returns, assets)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import LOOK_BACK
from bpjs_pipeline.extract.context import label_of_its_row
from bpjs_pipeline.extract.phrase import COMPANY_METRICS
from bpjs_pipeline.extract.roles import speaker_title

NATIONAL = "national"  # the scope of lines under a heading naming the nation
NATIONAL_PASSAGE = 2  # sentences after one saying "nasional" that go on with the nation's while none names a region
VETO = "a regional figure"  # how a region's figure is rejected (a repeat of it is the region's too)
ARTICLE_SUBJECT = " (the article reports on "  # ... when only the article's subject makes it a region's

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def regional_subject(a: ArticleState) -> str | None:
    """The branch or region the article reports on: named as the subject of its
    title or its opening sentences, not in a speaker's title after a verb of saying
    nor as the place where something happened ("... di Kantor Cabang Bekasi")."""
    title = a.article.title or ""
    vocab = a.vocab
    lead = [(title, 0, len(title))] + [(a.body, s.start, s.end) for s in a.sentences[:vocab.lead_sentences]]
    for text, start, end in lead:
        for m in vocab.regional_subject.finditer(text, start, end):
            if _in_a_plural(text, start, m) or _no_branch_named(a, text, m, end):
                continue  # ("antrean di kantor-kantor cabang BPJS Ketenagakerjaan", "membuat kantor cabang BPJS
                # Ketenagakerjaan dipadati peserta": the branches in general)
            if not speaker_title(text, start, m.start(), vocab) and \
                    not vocab.venue.search(text, max(start, m.start() - 25), m.start()) and \
                    not vocab.branches_counted.search(text, max(start, m.start() - 25), m.start()):
                return m.group(0)  # (not the agency's network: "papan nama di 121 kantor cabang")
    return None


_NAME = re.compile(r"\s+(?:\(?[A-Z])")  # a name right after the branch words ("Kantor Cabang Pontianak")


def _no_branch_named(a: ArticleState, text: str, m: re.Match, end: int) -> bool:
    """Whether branch words name no branch: in lower case, with no name after them but the agency's ("kantor cabang BPJS
    Ketenagakerjaan dipadati peserta")."""
    if not m.group(0)[:1].islower():
        return False
    after = m.end()
    agency = a.vocab.agency.match(text, after + 1, end) if text[after:after + 1] == " " else None
    return _NAME.match(text, agency.end() if agency else after, end) is None


_REDUPLICATED = re.compile(r"([^\W\d]+)-\1\s*$")  # a plural written by doubling the word: "kantor-kantor "


def _in_a_plural(text: str, start: int, m: re.Match) -> bool:
    """Whether the branch words are part of a plural ("kantor-kantor cabang": the branches in general, no one branch)."""
    before = text[max(start, m.start() - 30):m.start()]
    return bool(_REDUPLICATED.search(before)) or before.endswith(m.group(0).split()[0] + "-")


def _national_just_before(a: ArticleState, r: Reading) -> bool:
    """"... peserta aktif nasional kini 34,61 juta orang. Peserta penerima upah yang aktif 22,9 juta,
    ...": the sentences right after a national figure go on with the nation's, until one names a region ("Secara
    nasional, ... 12,4 juta ... . "Tahun ini dana kelolaan ditargetkan Rp 186 triliun. Selain itu, jumlah peserta
    informal ditargetkan mencapai satu juta orang ...")."""
    vocab = a.vocab
    for before in a.sentences[max(0, r.sentence.index - NATIONAL_PASSAGE):r.sentence.index][::-1]:
        if vocab.national.search(a.body, before.start, before.end) is not None:
            return True
        if before.index == r.sentence.index - 1 and any(
                p.sentence.index == before.index and p.kind == r.kind and not p.vetoed and _larger_than_any_region(a, p)
                for p in a.readings[max(0, r.index - LOOK_BACK):r.index]):
            # ("Tahun ini kami menargetkan 21,6 juta peserta aktif. Program pensiun ... juga ditargetkan diikuti 5,8 juta
            # pekerja": the sentence right after one of the nation's figures of its kind, larger than any region has)
            return True
        if vocab.regional.search(a.body, before.start, before.end) or vocab.region_name.search(a.body, before.start, before.end):
            return False
    return False


def _larger_than_any_region(a: ArticleState, r: Reading) -> bool:
    """Whether no one region has as many as the figure counts or holds."""
    vocab = a.vocab
    return r.figure.value > (vocab.max_regional_amount if r.money else vocab.max_regional_employers
                             if r.metric in COMPANY_METRICS else vocab.max_regional_count)


def _listed_with_the_nations(a: ArticleState, r: Reading) -> bool:
    """"Target kami di tahun 2023 ini 46 juta peserta aktif, dan untuk BPU kami bidik 12 juta": in a region's article,
    an item listed right after a figure of its kind larger than any region has is the nation's too."""
    prev = a.previous_in_sentence(r, a.first_in_sentence)
    return prev is not None and prev.money == r.money and prev.kind == r.kind and not prev.vetoed and \
        _larger_than_any_region(a, prev) and a.vocab.item_joiner.match(a.body, prev.spans.phrase_end, r.figure.start) is not None


def _region_of_its_relative_clause(a: ArticleState, r: Reading):
    """A region named right before a comma and the relative clause ("..., yang ...") the figure stands in, or None."""
    body, s = a.body, r.spans
    last = None
    for last in a.vocab.region_before_relative.finditer(body, s.sentence_start, s.figure_start):
        pass
    return last if last is not None and "," not in body[last.end():s.figure_start] else None


def _on_an_occasion(a: ArticleState, start: int, pos: int) -> bool:
    """Whether the words at `pos` are in a clause about the speaker's occasion, still open ("..., saat meresmikan
    kantor layanan baru di Samarinda, ...": where it was said)."""
    opener = None
    for opener in a.vocab.occasion_opener.finditer(a.body, max(start, pos - 80), pos):
        pass
    return opener is not None and "," not in a.body[opener.end():pos]


def _figure_between(a: ArticleState, r: Reading, start: int, end: int) -> bool:
    return any(start <= p.figure.start < end for p in a.before(r, a.first_in_sentence))


_POSSESSIVE = re.compile(r"\b([A-Z][\w ]{1,30}?)['’]s\b")


def _contrasting_clause(a: ArticleState, clause: int) -> bool:
    """Whether the clause opens by contrast with the one before it (", sementara ...", ", sedangkan ...")."""
    comma = a.body.rfind(",", max(0, clause - 2), clause + 1)
    return comma != -1 and a.vocab.contrast_opener.match(a.body, comma) is not None


def regional(a: ArticleState, r: Reading) -> str:
    """Why the figure is a region's, or ""."""
    body, vocab, s = a.body, a.vocab, r.spans
    no_region_has_as_many = _larger_than_any_region(a, r)
    # (or a branch office heading the figure's own cell: "Iuran: Nasional Rp41,62 triliun; Kanwil Sumbagsel Rp1,17 triliun")
    # (or a province's: "Perusahaan aktif: Nasional 681.450; DIY 12.307"; or the subject of a clause set against the
    # nation's: "menargetkan peserta aktif nasional mencapai 36,1 juta ..., sementara Kanwil Jatim ditargetkan 5,2 juta")
    own = vocab.region_scope.search(body, s.clause, s.figure_start) or \
        ((vocab.regional.search(body, s.clause, s.figure_start) or vocab.region_name.search(body, s.clause, s.figure_start))
         if body.rfind(";", s.clause - 2, s.clause) != -1 or _contrasting_clause(a, s.clause) else None)
    if own and _on_an_occasion(a, s.clause, own.start()):
        own = None  # ("Direktur Pelayanan ... yang hadir di Semarang menyebut total klaim ...": where the speaker was)
    if own and s.clause > s.sentence_start and not vocab.national.search(body, s.clause, s.right_clause_end):
        # "pembayaran secara nasional ... Rp 341,6 miliar, sedangkan di Jateng-DIY Rp 38,4 miliar": a region in
        # the figure's own clause beats the nation named in another
        return VETO + ": " + own.group(0)
    possessed = _POSSESSIVE.search(body, s.clause, s.figure_start)
    if possessed is not None and vocab.region_possessor.fullmatch(possessed.group(1)):
        return VETO + ": " + possessed.group(0)  # "Bali's own target for this year is 750,000 participants", "Jakarta's 3.5
        # million participants"
    row = label_of_its_row(body, s.sentence_start, s.figure_start)
    if row is not None and vocab.region_name.fullmatch(row):
        # "Jawa Tengah: Penerima Upah 2.148.600; Bukan Penerima Upah 701.300": a row of a region's figures
        return VETO + ": " + row
    placed = vocab.region_scope.search(body, s.figure_end, s.right_clause_end) if s.subset else None
    if placed is not None:
        # "the agency counts 612,400 migrant workers as active participants, 287,000 of them working in Malaysia": a part
        # the place it is in sets apart from its whole, whatever the sentence says of the whole
        return VETO + ": " + placed.group(0)
    national = vocab.national.search(body, s.sentence_start, s.right_clause_end)
    whole = vocab.part_of_whole_opener.match(body[s.sentence_start:s.figure_start])
    if national and not (national.start() > s.figure_end and vocab.rate_of.search(body, s.figure_end, national.start())) \
            and not (whole and national.start() < s.sentence_start + whole.end()):
        return ""  # "Secara nasional, ..." (not the whole a share after the figure is of: "Untuk Jatim sendiri, klaim ...
        # Rp 1,48 triliun atau sekitar 11,7 persen dari total nasional"; nor the whole a region's part is told of: "Dari
        # capaian nasional itu, wilayah Sulawesi Maluku menyumbang ... pembayaran manfaat Rp3,1 triliun")
    m = vocab.own_region.search(body, s.sentence_start, s.right_clause_end)
    if m:  # "menyebut peserta aktif di wilayahnya saat ini 2,86 juta": the speaker's own region
        return VETO + ": " + m.group(0)
    m = vocab.place_set_apart.match(body, r.sentence.start, s.figure_start)
    if m:  # "Di Banyumas sendiri, klaim JHT yang dibayarkan ... Rp 96,2 miliar": a place set apart from the nation's
        return VETO + ": " + m.group(0).rstrip(",")
    for pattern in (vocab.regional, vocab.regional_subject):
        for m in pattern.finditer(body, s.sentence_start, s.figure_start):
            if vocab.branches_counted.search(body, max(s.sentence_start, m.start() - 25), m.start()) or \
                    _in_a_plural(body, s.sentence_start, m) or _on_an_occasion(a, s.sentence_start, m.start()):
                continue  # ("melalui 325 kantor cabang, ... 45 juta pekerja", "di kantor-kantor cabang": the agency's network;
                # "Di sela kunjungan ke Kantor Wilayah Sumbagut di Medan, ...": where it was said)
            if not speaker_title(body, s.sentence_start, m.start(), vocab, before_verb=True):
                return VETO + ": " + m.group(0)
            if vocab.own_office.search(body, max(s.clause, m.end()), s.figure_start):
                return VETO + ": " + m.group(0) + " (the speaker's own office)"
    for verb in vocab.region_subject_verb.finditer(body, s.sentence_start, s.figure_start):
        m = vocab.region_subject.search(body, max(s.sentence_start, verb.start() - 60), verb.start())
        if m:  # "DKI Jakarta memiliki peserta aktif terbanyak, yakni 7,02 juta pekerja": the region is the subject
            return VETO + ": " + m.group(0) + verb.group(0)
    m = own
    if m:  # (in the figure's own clause: a speaker's venue "kata Agus di Surabaya, ..." is in another)
        return VETO + ": " + m.group(0)
    m = _region_of_its_relative_clause(a, r)
    if m is not None and not no_region_has_as_many:
        # "Ia mencontohkan Jawa Tengah, yang saat ini memiliki sekitar 4,6 juta peserta aktif": the region the clause
        # of the figure describes
        return VETO + ": " + m.group(0).split(",")[0]
    opening = body.find(",", s.sentence_start, s.figure_start)
    m = vocab.region_scope.search(body, s.sentence_start, opening) if opening > 0 else None
    if m and not no_region_has_as_many and not _figure_between(a, r, s.sentence_start, opening) and \
            not _on_an_occasion(a, s.sentence_start, m.start()) and not vocab.said_there.match(body, m.end()):
        # "Di Jawa Timur, jumlah peserta aktif ...", "Sementara untuk Kalimantan Timur, targetnya ...":
        # the sentence's setting, before its first comma
        return VETO + ": " + m.group(0)
    m = a.first_match("region scope", vocab.region_scope, s.sentence_start, s.figure_start, r.sentence)
    if m and not no_region_has_as_many and not speaker_title(body, s.sentence_start, m.start(), vocab) and \
            not vocab.venue.search(body, max(s.sentence_start, m.start() - 25), m.start()) and \
            not _on_an_occasion(a, s.sentence_start, m.start()) and not vocab.said_there.match(body, m.end()):
        # (not where it was said: "... Ilyas Lubis di Pekanbaru, Selasa, mengatakan hasil investasi ...")
        # "jumlah pekerja informal di Kota Pontianak diperkirakan 132.000 orang, sedangkan yang sudah menjadi peserta
        # baru 3.412 orang": the region set earlier in the sentence goes on
        return VETO + ": " + m.group(0)
    m = vocab.region_scope.search(body, s.figure_end, s.right_clause_end)
    if m and not no_region_has_as_many and not speaker_title(body, s.figure_end, m.start(), vocab):
        # "melindungi 80.000 orang tenaga kerja jasa konstruksi di Provinsi Sulawesi Utara"
        return VETO + ": " + m.group(0)
    m = vocab.region_item.search(body, max(s.left, s.figure_start - 60), s.figure_start)
    if m:  # "Jakarta 8,02 juta, Jawa Barat 4,96 juta, ...": a list of regions' figures
        return VETO + ": " + m.group("region")
    # a heading line naming the nation or a region over its lines ("Nasional" over "- Peserta aktif: 41,56 juta",
    # "Kanwil Kalimantan" over "- Peserta aktif: 1,93 juta")
    if a.heading.get("scope") == NATIONAL:
        return ""
    if a.heading.get("scope") is not None and not no_region_has_as_many:
        return f"{VETO}: {a.heading['scope']} (the heading of its lines)"
    if a.regional_subject and not no_region_has_as_many and r.metric not in vocab.national_only_metrics \
            and not _national_just_before(a, r) and not _listed_with_the_nations(a, r):
        return f"{VETO}{ARTICLE_SUBJECT}{a.regional_subject!r})"
    return ""

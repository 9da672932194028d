"""What a figure counts, from its noun phrase: the head noun with its qualifiers on
both sides (*jumlah peserta aktif*, *peserta BPU yang aktif*, *perusahaan yang
tercatat sebagai peserta aktif*), its segment and its programme."""
from __future__ import annotations

import re

from bpjs_pipeline.extract.vocabulary import PERSON_METRICS, Vocabulary
from bpjs_pipeline.lexicon import Labelled

EMPLOYER_OF = {"active_participants": "active_employers", "registered_participants": "employers",
               "participants": "employers", "active_employers": "active_employers", "employers": "employers"}
# the metrics that count companies, not workers
COMPANY_METRICS = frozenset(EMPLOYER_OF.values())


def last_label(words: Labelled, text: str, start: int, end: int):
    found = None
    for found in words.find_all(text, start, end):
        pass
    return found


WORD_WINDOW = 40  # characters a fund word can take


def first_label(words: Labelled, text: str, start: int, end: int):
    return next(iter(words.find_all(text, start, end)), None)


def person_metric(body: str, spans: list[tuple[int, int]], vocab: Vocabulary) -> tuple[str | None, str]:
    """The most specific participant metric its words name, and those words.

    The head noun decides the unit: a company or employer noun before the
    participant words (*perusahaan yang tercatat sebagai peserta aktif*) makes
    them an employer metric."""
    found: dict[str, object] = {}
    for s, e in spans:
        for label, m in vocab.person_metrics.find_all(body, s, e):
            found.setdefault(label, m)
    metric = next((label for label in PERSON_METRICS if label in found), None)
    if metric is None:
        return None, ""
    words = found[metric]
    if metric not in ("active_employers", "employers"):
        inside = vocab.employer_nouns.search(body, words.start(), words.end())
        if inside:  # "kepesertaan perusahaan aktif": the companies' participation
            return EMPLOYER_OF[metric], words.group(0)
        for s, e in spans:
            if not s <= words.start() < e:
                continue  # (a company noun before the figure does not head words after it: "Rencana Jangka Panjang
                # Perusahaan (RJPP) ..., badan ini membidik 50 juta peserta aktif")
            employer = vocab.employer_nouns.search(body, s, e)
            # (no worker noun between, nor heading the words themselves: "Berdasarkan data perusahaan, ... jumlah
            # tenaga kerja aktif peserta Jamsostek mencapai 12,6 juta" counts workers)
            if employer and employer.start() < words.start() and \
                    not vocab.worker_nouns.search(body, employer.end(), words.end()) and \
                    not vocab.count_head.search(body, employer.end(), words.start()) and \
                    not vocab.target.search(body, employer.end(), words.start()):
                # (not the subject of a target verb: "Untuk tahun ini, perusahaan menargetkan peserta aktif 33,7 juta")
                return EMPLOYER_OF[metric], f"{employer.group(0)} … {words.group(0)}"
    return metric, words.group(0)


def money_metric(body: str, left: int, figure_start: int, figure_end: int, phrase_end: int,
                 vocab: Vocabulary) -> tuple[str | None, str]:
    """The fund word in the phrase after the figure, or right after a word of source ("Rp 7,19
    triliun dari premi JHT") or purpose ("Rp56,9 triliun untuk hasil investasi"), else the nearest before it."""
    hit = first_label(vocab.money_metrics, body, figure_end, phrase_end)
    source = (vocab.money_source.match(body, figure_end) or vocab.money_purpose.match(body, figure_end)) \
        if hit is None else None
    if source:
        hit = first_label(vocab.money_metrics, body, source.end(), source.end() + WORD_WINDOW)
        hit = hit if hit is not None and hit[1].start() == source.end() else None
        if hit is not None and vocab.amount_next.match(body, hit[1].end()):
            hit = None  # "hasil investasi ... Rp9,7 triliun dari dana kelolaan Rp229,5 triliun": the fund it came from,
            # with its own amount
    if hit is None:
        hit = last_head(body, left, figure_start, vocab)
        pointer = vocab.fund_pointer.search(body, hit[1].end(), figure_start) if hit is not None else None
        if pointer is not None and "," in body[hit[1].end():pointer.start()]:
            # "Untuk program JP, yang iurannya baru 3% dari upah, dana tersebut diproyeksikan mencapai Rp150 triliun":
            # the fund pointed at is the subject of the figure's clause (not "Hasil investasi dari dana itu ...": the
            # flow of the fund)
            return None, ""
    if hit is not None and hit[0] != "managed_funds":
        managed = vocab.managing_a_fund.search(body, left, figure_start)
        if managed and managed.end() >= hit[1].start() - 1 and managed.start() <= hit[1].start():
            # "mengelola dana iuran pekerja sebesar Rp 271 triliun": the fund managed
            return "managed_funds", managed.group(0) + " … " + hit[1].group(0)
    return (hit[0], hit[1].group(0)) if hit else (None, "")


def last_head(body: str, start: int, end: int, vocab: Vocabulary):
    """The head of the last phrase of fund words in body[start:end] (its label and match), or None."""
    before = list(vocab.money_metrics.find_all(body, start, end))
    # the words of an inclusion set off by commas are no head ("Total aset kami, termasuk DJS dan badan, sekitar Rp 752
    # triliun": assets)
    included = [(m.start(), close) for m in vocab.included_aside.finditer(body, start, end)
                if (close := body.find(",", m.end(), end)) != -1]
    before = [b for b in before if not any(s <= b[1].start() < e for s, e in included)]
    # an abbreviation in brackets after a fund word is that word's ("dana jaminan sosial (DJS)")
    before = [b for i, b in enumerate(before) if not (i and body[before[i - 1][1].end():b[1].start()].strip() == "(")]
    # "aset neto yang dikelola ... Rp 478 triliun": the head noun, not its qualifier;
    # "hasil investasi DJS": the fund it is of qualifies the head noun;
    # "hasil investasi dana kelolaan": a flow of the fund named after it
    # (step by step back to the head: "Total aset Dana Jaminan Sosial (DJS) yang dikelola ...": the fund's qualifier,
    # then the fund the assets are of)
    if not before:
        return None
    at = len(before) - 1
    while at > 0 and _heads(body, before[at - 1], before[at], vocab):
        at -= 1
    while at and vocab.head_noun_link.fullmatch(body, before[at - 1][1].end(), before[at][1].start()):
        at -= 1  # "Total assets of the agency's social security funds": the head noun before "of"
    return before[at]


def _heads(body: str, before: tuple[str, re.Match], word: tuple[str, re.Match], vocab: Vocabulary) -> bool:
    """Whether the fund word before heads the next one (`word`): a qualifier after it ("aset neto yang
    dikelola"), a gloss ("Aset DJS, yaitu dana jaminan sosial milik peserta"), the fund it is of ("hasil investasi
    DJS"), or a flow of the fund named after it ("hasil investasi dana kelolaan"). Not a fund's money a qualifier
    says was paid out ("dana jaminan hari tua (JHT) yang dicairkan peserta": what was paid)."""
    (head_label, head), (label, m) = before, word
    if head_label in vocab.fund_stocks and label == "benefits_paid" and \
            vocab.qualifier_gap.fullmatch(body, head.end(), m.start()):
        return False
    return bool(vocab.qualifier_gap.fullmatch(body, head.end(), m.start()) or
                vocab.appositive_gap.fullmatch(body, head.end(), m.start()) or
                (vocab.fund_qualifier.fullmatch(m.group(0)) and m.start() - head.end() <= 2) or
                (vocab.flow_head.fullmatch(head.group(0)) and label in vocab.fund_stocks and
                 vocab.fund_link.fullmatch(body, head.end(), m.start())))


def segments_of(body: str, spans: list[tuple[int, int]], vocab: Vocabulary) -> dict[str, str]:
    found: dict[str, str] = {}
    for s, e in spans:
        for label, m in vocab.segments.find_all(body, s, e):
            found.setdefault(label, m.group(0))
    return found


def nearest_segments(body: str, start: int, end: int, vocab: Vocabulary, list_from: int | None = None) -> dict[str, str]:
    """The last segment named in [start, end) and those listed right before it, the
    list reaching back to `list_from` ("formal, informal ini sudah 36,7 juta")."""
    list_from = start if list_from is None else list_from
    hits = list(vocab.segments.find_all(body, list_from, end))
    if not hits or hits[-1][1].start() < start:
        return {}
    group = [hits[-1]]
    for earlier in reversed(hits[:-1]):
        if not vocab.list_gap.fullmatch(body, earlier[1].end(), group[0][1].start()):
            break
        group.insert(0, earlier)
    found: dict[str, str] = {}
    for label, m in group:
        found.setdefault(label, m.group(0))
    return found

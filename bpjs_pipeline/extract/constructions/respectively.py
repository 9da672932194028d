"""A list of figures handed out by "masing-masing" to a list of groups named after them:
"Rinciannya, 25,12 juta; 9,08 juta; 6,86 juta; dan 0,43 juta, masing-masing untuk segmen penerima
upah, bukan penerima upah, jasa konstruksi, dan pekerja migran" gives each count the segment in its
place, as "Rp 40 triliun, Rp 2 triliun dan Rp 1 triliun masing-masing untuk JHT, JKK dan JKM" gives
each amount its programme; the groups may also be named before the figures ("the work accident and life
insurance funds stood at Rp 21.5 trillion and Rp 7.8 trillion, respectively"). Only when there are as many groups as
figures."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

# what may stand between two items of the list: marks, a coordinator, the figures' own noun
_BETWEEN = re.compile(r"[\s,;]*(?:(?:dan|serta|and)\s+)?")


def hand_out(a: ArticleState, readings: list[Reading]) -> None:
    """Give each figure of a list the group in its place in the list "masing-masing" hands out."""
    vocab, body = a.vocab, a.body
    last = readings[-1]
    handed = vocab.respectively.search(body, last.figure.end, last.sentence.end)
    if handed is None:
        _hand_out_after_the_word(a, readings)
        return
    group = [last]
    for r in reversed(readings[:-1]):
        if r.money != last.money:
            break
        between = vocab.worker_nouns.sub(" ", body[r.figure.end:group[0].figure.start])
        if not _BETWEEN.fullmatch(between):
            break
        group.insert(0, r)
    if len(group) < 2 or vocab.respectively.search(body, group[0].spans.sentence_start, group[0].figure.start):
        return  # (a list handed out before its figures is read in its own place)
    labels = vocab.programs_listed if last.money else vocab.segments
    named = _groups(labels, body, handed.end(), last.sentence.end)
    if len(named) != len(group):
        # (the groups named before the figures, in their clause: "the work accident and life insurance funds stood at
        # Rp 21.5 trillion and Rp 7.8 trillion, respectively")
        named = _groups(labels, body, group[0].spans.clause, group[0].figure.start)
    if len(named) < len(group):
        # (a list of names parted by commas reaches back past its figures' clause: "the work accident (JKK), death (JKM)
        # and pension (JP) programs disbursed Rp 1.79 trillion, Rp 2.36 trillion and Rp 1.15 trillion respectively")
        before = next(a.before(group[0], a.first_in_sentence), None)  # (from the sentence's figure before the list)
        start = before.figure.end if before is not None else group[0].spans.sentence_start
        named = _groups(labels, body, start, group[0].figure.start)[-len(group):]
    if len(named) != len(group):
        return
    field = "program" if last.money else "segment"
    for r, (label, m) in zip(group, named):
        setattr(r, field, label)
        r.sources[field] = f"its place in the list {handed.group(0)!r} hands out ({m.group(0)!r})"


def _hand_out_after_the_word(a: ArticleState, readings: list[Reading]) -> None:
    """The groups named before "masing-masing" and the figures right after it: "terbagi ke dalam tiga kelompok,
    yakni penerima upah, bukan penerima upah dan jasa konstruksi, masing-masing 26,8 juta, 9,4 juta dan 5,7 juta"."""
    vocab, body = a.vocab, a.body
    sentence = readings[0].sentence
    markers = list(vocab.respectively.finditer(body, sentence.start, sentence.end))
    if not markers:
        return
    for i, first in enumerate(readings):
        labels = vocab.programs_listed if first.money else vocab.segments
        handed = next((m for m in markers if vocab.respectively_lead.fullmatch(body, m.end(), first.figure.start)), None)
        named_between = []
        if handed is None:
            # "masing-masing untuk JHT, JKK, JKM dan JP sebesar Rp 42,6 triliun, Rp 2,3 triliun, ...": the groups named
            # between the word and the figures
            handed = next((m for m in markers if m.end() <= first.figure.start and
                           (i == 0 or readings[i - 1].figure.end <= m.start())), None)
            if handed is None:
                continue
            named_between = _groups(labels, body, handed.end(), first.figure.start)
            if not named_between or \
                    not vocab.respectively_lead.fullmatch(body, named_between[-1][1].end(), first.figure.start):
                continue
        group = [first]
        for r in readings[i + 1:]:
            between = vocab.worker_nouns.sub(" ", body[group[-1].figure.end:r.figure.start])
            if r.money != first.money or not _BETWEEN.fullmatch(between):
                break
            group.append(r)
        named = named_between or _groups(labels, body, first.spans.sentence_start, handed.start())
        if len(group) < 2 or len(named) != len(group):
            return
        field = "program" if first.money else "segment"
        for r, (label, m) in zip(group, named):
            setattr(r, field, label)
            r.sources[field] = f"its place in the list {handed.group(0)!r} hands out ({m.group(0)!r})"
        return


def _groups(labels, body: str, start: int, end: int) -> list:
    """The groups named in body[start:end], in order, a name and its abbreviation ("penerima upah (PU)") once."""
    named = []
    for label, m in labels.find_all(body, start, end):
        if not named or named[-1][0] != label:
            named.append((label, m))
    return named

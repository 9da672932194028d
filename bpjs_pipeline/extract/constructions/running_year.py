"""The running year: a sentence without figures that names a year ("Menghadapi tahun
2020, ...", "Pada 2022, ...") sets the year later figures of its kind (actual or
target) take; a year after `sejak` is where a change started, the year of the
baseline it starts from, not of later levels; a year in a comparison sets nothing, nor does the year a plan is to
happen in ("We will be careful with stocks this year"). A
date after a weekday is the day something was said ("kata Rahmat, Kamis, 9 Februari
2017") and sets nothing. A sentence framed by the data it cites ("Data DJSN RI 2020, jumlah pekerja ...") sets its
year for the actual figures after it, whatever figures the sentence itself holds."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.constructions.achievement import kind_at
from bpjs_pipeline.parsing.sentences import Sentence, clause_start

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState


def note_years_without_figures(a: ArticleState, sentence: Sentence) -> None:
    body, vocab = a.body, a.vocab
    start = max(sentence.start, sentence.end - 2000)
    for y in a.years.between(start, sentence.end):
        if vocab.since.search(body, max(start, y.start - 80), y.start):
            # "sejak dilantik pada 22 Februari 2021": where a change started
            year = y.resolve(a.publication_year)
            if year:
                a.since = (sentence.index, year, y.as_of(year) if y.month else None)
            continue
        if vocab.baseline.search(body, clause_start(body, max(start, y.start - 60), y.start), y.end):
            continue  # "tumbuh 12% dibandingkan tahun sebelumnya": a comparison, not the period
            # ("Kenaikan 2021 juga terjadi ..." names the period of the increase)
        if y.day and vocab.weekday_before.search(body, max(start, y.start - 12), y.start):
            continue  # "kata Rahmat di Jakarta, Kamis, 9 Februari 2017": the day it was said, no period
        if a.planned(y):
            continue  # "We will be careful with stocks this year": when a plan is to happen, no figure's period
        year = y.resolve(a.publication_year) if not y.present else None
        if year:
            kind, _ = kind_at(a, max(start, y.start - 400), y.start, "actual")
            if any(label == "achieved" for label, _ in vocab.kind_words.find_all(body, start, sentence.end)):
                # "BPJS Ketenagakerjaan membukukan kinerja yang melampaui target sepanjang 2019": the year of what
                # was achieved, and of the target it beat
                a.running_year["actual"] = a.running_year["target"] = (year, y.as_of(year) if y.month else None)
                continue
            if kind == "actual" and vocab.target.search(body, start, sentence.end) and \
                    not vocab.actual.search(body, start, sentence.end) and \
                    not vocab.against_target.search(body, start, sentence.end):
                kind = "target"  # "Menghadapi tahun 2020, target ..." (not "menutup tahun 2023 dengan kinerja yang
                # mendekati target": what was achieved)
            if y.relative and (y.offset or 0) > 0:
                continue  # "operasi penuh ... tahun depan": a plan's year, no figure's period
            a.running_year[kind] = (year, y.as_of(year) if y.month else None)


def note_data_frame(a: ArticleState, sentence: Sentence) -> None:
    m = a.vocab.data_frame.match(a.body, sentence.start, sentence.end)
    if m:
        year = int(m.group("year"))
        a.running_year["actual"] = (year, None)

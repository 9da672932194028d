"""What the article around a figure says: headings over lines, the running year set
by sentences that name a year, the segment a passage is about, and totals that an
active count is said to be part of (the registered total).

A mixin of the article reader: it reads and updates the reader's discourse state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.context import WINDOW
from bpjs_pipeline.extract.roles import BASELINE
from bpjs_pipeline.parsing.sentences import Sentence, clause_start

# how many sentences back a figure may take its metric (or segment) from
INHERIT_SENTENCES = 2
# how many earlier figures a figure may look back over for a total or a reference
LOOK_BACK = 12

if TYPE_CHECKING:
    from bpjs_pipeline.extract.reader import Reading


class DiscourseReading:
    def _note_heading(self, sentence: Sentence, has_figures: bool) -> None:
        """A heading line ("Jaminan Hari Tua (JHT)") gives the lines below it, up to the
        next heading or the next full sentence, its programme (or segment)."""
        line_start = sentence.start == 0 or self.body[sentence.start - 1] == "\n"
        line_end = sentence.end == len(self.body) or self.body[sentence.end] == "\n"
        words = len(sentence.text.split())
        if not has_figures and line_start and line_end and words <= self.vocab.heading_words \
                and not sentence.text.rstrip().endswith((".", "!", "?", ",")):
            programs = {label for label, _ in self.vocab.programs.find_all(self.body, sentence.start, sentence.end)}
            segments = {label for label, _ in self.vocab.segments.find_all(self.body, sentence.start, sentence.end)}
            self.heading = {}
            if len(programs) == 1:
                self.heading["program"] = programs.pop()
            if len(segments) == 1:
                self.heading["segment"] = segments.pop()
        elif words >= self.vocab.heading_words and not has_figures:
            self.heading = {}

    def _note_years_without_figures(self, sentence: Sentence) -> None:
        body, vocab = self.body, self.vocab
        start = max(sentence.start, sentence.end - 2000)
        for y in self.years.between(start, sentence.end):
            if vocab.since.search(body, max(start, y.start - 80), y.start):
                # "sejak dilantik pada 22 Februari 2021": where a change started, the
                # year of the "dari 28 juta" it starts from, not of later levels
                year = y.resolve(self.publication_year)
                if year:
                    self.since = (sentence.index, year, y.as_of(year) if y.month else None)
                continue
            if self._compares(clause_start(body, max(start, y.start - 60), y.start), y.start):
                continue  # "tumbuh 12% dibandingkan tahun sebelumnya": a comparison, not the period
            year = y.resolve(self.publication_year) if not y.present else None
            if year:
                kind, _ = self._kind_at(max(start, y.start - 400), y.start, "actual")
                if kind == "actual" and vocab.target.search(body, start, sentence.end) and \
                        not vocab.actual.search(body, start, sentence.end):
                    kind = "target"  # "Menghadapi tahun 2020, target ..."
                self.running_year[kind] = (year, y.as_of(year) if y.month else None)

    def _topic_segment(self, r: Reading) -> tuple[str, str] | None:
        """A segment's figure whose own sentence does not name the segment ("pada 2021
        terdapat 235 ribu peserta" after "Tren pertumbuhan kepesertaan PMI ..."): the one
        segment the passage (the last sentences and this one up to the figure) names."""
        first = self.sentences[max(0, r.sentence.index - INHERIT_SENTENCES)]
        found = phrase.segments_of(self.body, [(max(first.start, r.figure.start - 2 * WINDOW), r.figure.start)], self.vocab)
        if len(found) == 1:
            return next(iter(found.items()))
        return None

    def _mark_registered_totals(self) -> None:
        """A participants total that an active count is said to be part of is the registered total."""
        body, vocab = self.body, self.vocab
        upgraded: set[int] = set()
        for r in self.readings:
            if r.metric != "active_participants" or r.vetoed:
                continue
            total = self.readings[r.part_of] if r.part_of is not None else None
            if total is not None and total.metric == "participants" and not total.money:
                # "kepesertaan 50 juta, terdiri dari 30 juta peserta aktif dan ...": the
                # active part of a total makes the total the registered one
                total.metric = "registered_participants"
                total.sources["metric"] = f"a total whose active part is {r.figure.text}"
                upgraded.add(total.index)
                continue
            if not (r.spans.subset or vocab.subset_before_active.search(body, r.spans.sentence_start, r.figure.start)):
                continue
            for p in reversed(self.readings[max(0, r.index - LOOK_BACK):r.index]):
                if r.sentence.index - p.sentence.index > INHERIT_SENTENCES:
                    break
                if p.metric == "participants" and not p.money and p.figure.value > r.figure.value \
                        and not p.vetoed and p.role != BASELINE:
                    p.metric = "registered_participants"
                    p.sources["metric"] = f"a total that the active count {r.figure.text} is part of"
                    upgraded.add(p.index)
                    break
        changed = True
        while changed:
            changed = False
            for r in self.readings:
                if r.index in upgraded or r.metric != "participants":
                    continue
                if r.inherited_from in upgraded or (r.role == BASELINE and r.compares_to in upgraded):
                    r.metric = "registered_participants"
                    r.sources["metric"] = "the registered total it refers to"
                    upgraded.add(r.index)
                    changed = True

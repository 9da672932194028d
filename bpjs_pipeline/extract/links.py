"""Links between figures: a baseline reads as the figure it is compared with, a part
of a breakdown as its total (or the part before it), and a figure with no words of
its own as the figure before it in the sentence or the previous sentence's.

A mixin of the article reader: it reads and updates the reader's readings.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.discourse import INHERIT_SENTENCES, LOOK_BACK
from bpjs_pipeline.extract.roles import BASELINE, CHANGE, LEVEL, NEW_LEVEL, PART, RECIPIENTS

if TYPE_CHECKING:
    from bpjs_pipeline.extract.reader import Reading

DEFAULT_MONEY_METRIC = "managed_funds"
GENERIC = (None, "participants")
TOO_SMALL = "too small"  # a rejection for the value alone: a figure referring to it is not rejected with it


class LinkReading:
    def _link(self, r: Reading, first: int) -> None:
        if r.role == BASELINE:
            self._link_baseline(r, first)
        self._link_breakdown(r, first)
        if r.metric is None:
            self._inherit_metric(r, first)
        if r.program is None and not r.sources.get("listed") and r.money and r.metric and \
                not any(p.money for p in self.readings[first:r.index]):
            r.program = self._passage_program(r)
            if r.program:
                r.sources["program"] = "the one programme the sentence before names"
        prev = self._previous_in_sentence(r, first)
        if r.program is None and not r.sources.get("listed") and prev is not None and prev.program \
                and prev.metric == r.metric and r.role != PART and self._continues_programme(prev, r):
            r.program = prev.program
            r.sources["program"] = f"the figure before it in the sentence ({prev.figure.text})"

    def _compared_with(self, r: Reading, first: int) -> Reading | None:
        eligible = (lambda p: p.money == r.money and p.role not in (BASELINE, CHANGE))
        before = next((p for p in reversed(self.readings[first:r.index]) if eligible(p)), None)
        if before is not None:
            return before
        after = next((p for p in self.readings[r.index + 1:] if eligible(p)), None)
        if after is not None and (after.role == NEW_LEVEL or
                                  self.vocab.new_level.search(self.body, r.figure.end, after.figure.start)):
            return after  # "naik dari 30 juta menjadi 35 juta"
        for p in reversed(self.readings[:first]):
            if r.sentence.index - p.sentence.index > 1:
                break
            if p.money == r.money and p.role != BASELINE:
                return p
        return None

    def _link_baseline(self, r: Reading, first: int) -> None:
        """A baseline is the same quantity as the figure it is compared with: it takes
        that figure's reading where its own words say less."""
        p = self._compared_with(r, first)
        if p is None:
            return
        r.compares_to = p.index
        if r.metric in GENERIC and p.metric and p.metric != r.metric:
            r.metric = p.metric
            r.sources["metric"] = f"the figure it is compared with ({p.figure.text})"
        if r.segment == "all" and not r.own_segments and p.segment != "all":
            r.segment = p.segment
            r.sources["segment"] = f"the figure it is compared with ({p.figure.text})"
        if r.program is None and not r.sources.get("listed") and p.program:
            r.program = p.program
            r.sources["program"] = f"the figure it is compared with ({p.figure.text})"
        if p.vetoed and not r.vetoed and p.role != CHANGE:
            r.vetoed = "compared with " + p.vetoed
        if not self.vocab.kind_words.find_all(self.body, r.spans.left, r.figure.start) and r.kind != p.kind:
            r.kind = p.kind
            r.sources["table"] = f"{p.kind} (the figure it is compared with)"

    def _link_breakdown(self, r: Reading, first: int) -> None:
        """Parts of a breakdown ("38 juta, terdiri dari PU 24 juta ...", "Rinciannya,
        sebanyak 20,83 juta peserta merupakan PPU") take the total's metric and period."""
        body, vocab = self.body, self.vocab
        total = None
        previous = self._previous_in_sentence(r, first)
        if previous is not None and previous.role in (LEVEL, NEW_LEVEL) and \
                vocab.breakdown.search(body, previous.figure.end, r.figure.start):
            total = previous
        elif previous is not None and previous.role == PART:
            total = self.readings[previous.part_of]
        elif r.index == first and vocab.breakdown_opener.match(body[r.sentence.start:r.figure.start]):
            total = self._last_level_before(r)
        elif self.breakdown and r.sentence.index - self.breakdown[1] <= vocab.breakdown_sentences:
            total = self.readings[self.breakdown[0]]
        if total is None or total.money != r.money or r.figure.value >= total.figure.value or total.vetoed:
            return
        has_own_part = (r.segment != "all" or r.program is not None or len(r.own_segments) > 1
                        or (r.metric not in GENERIC and r.metric != total.metric))  # "30 juta peserta aktif"
        if not has_own_part or r.role not in (LEVEL, PART):
            return
        r.role, r.part_of = PART, total.index
        r.sources["role"] = f"{PART} (of {total.figure.text})"
        # a part with no metric word of its own reads as the part before it ("26,26 juta
        # peserta aktif PU, 9,58 juta peserta aktif BPU dan 5,53 juta peserta Jakon"), else as the total
        sibling = previous if previous is not None and previous.role == PART and previous.part_of == total.index else None
        model = sibling if sibling is not None and sibling.metric not in GENERIC else total
        if r.metric in GENERIC and model.metric and r.metric != model.metric:
            r.metric = model.metric
            r.sources["metric"] = ("the part before it" if model is sibling else "its breakdown's total") + f" ({model.figure.text})"
        if r.segment == "all" and len(r.own_segments) > 1:
            r.segment = next(iter(r.own_segments))
            r.sources["segment"] = "the first of the segments it names"
        r.kind = total.kind
        self.breakdown = (total.index, r.sentence.index)

    def _last_level_before(self, r: Reading) -> Reading | None:
        for p in reversed(self.readings[max(0, r.index - LOOK_BACK):r.index]):
            if r.sentence.index - p.sentence.index > INHERIT_SENTENCES:
                return None
            if p.money == r.money and p.role in (LEVEL, NEW_LEVEL) and not p.vetoed:
                return p
        return None

    def _inherit_metric(self, r: Reading, first: int) -> None:
        body, vocab = self.body, self.vocab
        prev = self._previous_in_sentence(r, first)
        if prev is not None and prev.metric:
            # within a sentence the figure takes the reading, not the veto, of the one before
            self._inherit(r, prev, "the figure before it in the sentence", with_veto=False)
            return
        counted = self.readings[r.index - 1] if r.index > first else None
        if r.money and counted is not None and not counted.money and counted.role == RECIPIENTS:
            # "JKK sebanyak 297.725 kasus dengan nominal Rp 2,40 triliun": what those cases were paid
            r.metric = "benefits_paid"
            r.sources["metric"] = f"the amount of the cases or claims counted before it ({counted.figure.text})"
            return
        sentence = r.sentence
        words = vocab.money_metrics if r.money else vocab.person_metrics
        if not self._sentence_has("money words" if r.money else "person words", sentence, words) or \
                vocab.anaphora.match(sentence.text):
            for p in reversed(self.readings[:first]):
                if sentence.index - p.sentence.index > INHERIT_SENTENCES:
                    break
                if p.money == r.money and p.metric:
                    self._inherit(r, p, "the previous sentence's figure")
                    return
            if r.money:
                for s in reversed(self.sentences[max(0, sentence.index - INHERIT_SENTENCES):sentence.index]):
                    hit = phrase.last_label(vocab.money_metrics, body, s.start, s.end)
                    if hit:
                        r.metric = hit[0]
                        r.sources["metric"] = f"the previous sentence's fund word {hit[1].group(0)!r}"
                        return
        if r.money:
            r.metric = DEFAULT_MONEY_METRIC
            r.sources["metric"] = "default for a rupiah figure with no fund word"

    def _inherit(self, r: Reading, p: Reading, how: str, with_veto: bool = True) -> None:
        r.metric = p.metric
        r.inherited_from = p.index
        r.sources["metric"] = f"{how} ({p.figure.text})"
        if r.segment == "all" and not r.own_segments and p.segment != "all":
            r.segment = p.segment
            r.sources["segment"] = f"{how} ({p.figure.text})"
        if r.program is None and not r.sources.get("listed") and p.program and p.metric == r.metric \
                and (p.sentence.index != r.sentence.index or self._continues_programme(p, r)):
            r.program = p.program
            r.sources["program"] = f"{how} ({p.figure.text})"
        if with_veto and p.vetoed and not r.vetoed and not p.vetoed.startswith(TOO_SMALL):
            r.vetoed = "refers to " + p.vetoed  # the same kind of quantity: a change stays a change
        if p.sentence.index != r.sentence.index and r.sources.get("table", "").endswith("(no target word before it)") \
                and r.kind != p.kind:
            r.kind = p.kind  # the same statement goes on ("target BPU 2,5 juta. Sementara, untuk PU 17 juta")
            r.sources["table"] = f"{p.kind} (the figure it refers to)"

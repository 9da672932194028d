"""Reads every figure of a cleaned article (see docs/extraction.md).

For each sentence, first each figure on its own:
1. its spans (`context`) and its role in the clause (`roles`);
2. whether it is about BPJS Ketenagakerjaan's national figures at all (`roles.out_of_scope`,
   and the regional rules here);
3. its noun phrase: metric, segment and programme words (`phrase`);
4. whether it is a target or an actual.
Then the links between figures: a baseline reads as the figure it is compared
with, a part as its breakdown's total, a figure without words of its own as the
figure before it or the previous sentence's; then the period (`periods`), and
the discourse state (running years, open breakdowns) moves on.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.context import WINDOW, Spans, spans_of
from bpjs_pipeline.extract.periods import YearIndex, month_hint, resolve
from bpjs_pipeline.extract.roles import (BASELINE, CHANGE, FACT_ROLES, LEVEL, NEW_LEVEL, PART, RECIPIENTS, Role,
                                         out_of_scope, role_of, speaker_title)
from bpjs_pipeline.extract.vocabulary import Vocabulary, vocabulary
from bpjs_pipeline.model import CleanedArticle
from bpjs_pipeline.parsing.dates import years_in
from bpjs_pipeline.parsing.numbers import Figure, find_figures
from bpjs_pipeline.parsing.sentences import Sentence, clause_end, clause_start, split_sentences

DEFAULT_MONEY_METRIC = "managed_funds"
NATIONAL_COUNTS = ("active_participants", "registered_participants", "participants")
GENERIC = (None, "participants")
TOO_SMALL = "too small"  # a rejection for the value alone: a figure referring to it is not rejected with it
# how many sentences back a figure may take its metric (or segment) from
INHERIT_SENTENCES = 2
# how many earlier figures a figure may look back over for a total or a reference
LOOK_BACK = 12


@dataclass
class Reading:
    """One figure and what its context says about it; `sources` tells, field by
    field, which words or which rule decided."""

    index: int
    figure: Figure
    sentence: Sentence
    money: bool
    spans: Spans
    role: str = LEVEL
    role_at: int = -1
    kind: str = "actual"  # actual | target
    metric: str | None = None
    segment: str = "all"
    program: str | None = None
    year: int | None = None
    as_of: str | None = None
    vetoed: str = ""
    compares_to: int | None = None
    part_of: int | None = None
    continues: int | None = None  # the baseline whose comparison this one goes on with
    inherited_from: int | None = None
    approximate: bool = False
    own_segments: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)

    @property
    def is_fact(self) -> bool:
        return not self.vetoed and bool(self.metric) and bool(self.year)

    # names kept for callers that read the old fields
    @property
    def baseline(self) -> bool:
        return self.role == BASELINE

    @property
    def year_rule(self) -> str:
        return self.sources.get("year", "")

    @property
    def metric_source(self) -> str:
        return self.sources.get("metric", "")


class ArticleReader:
    def __init__(self, article: CleanedArticle):
        self.article = article
        self.body = article.body
        self.vocab: Vocabulary = vocabulary()
        self.sentences = _join_questions(self.body, split_sentences(self.body))
        self.figures = find_figures(self.body)
        self.years = YearIndex(list(years_in(self.body)), self.body, self.vocab.period_range)
        self.publication_year = self._publication_year()
        self.readings: list[Reading] = []
        self.running_year: dict[str, tuple[int, str | None] | None] = {"actual": None, "target": None}
        self.since: tuple[int, int, str | None] | None = None  # sentence, year, as_of of the last "sejak"
        self.breakdown: tuple[int, int] | None = None  # (total's index, sentence index)
        self.first_in_sentence = 0  # index of the sentence's first reading
        self.sentences_with_money: set[int] = set()
        self.heading: dict[str, str] = {}  # the programme or segment of a heading over the lines below
        self._sentence_facts: dict[tuple[int, str], bool] = {}  # (sentence, question) -> answer
        self.regional_subject = self._regional_subject()

    # --- the article ------------------------------------------------------------
    def _publication_year(self) -> int | None:
        if self.article.published_on:
            return self.article.published_on.year
        explicit = [y.year for y in self.years.mentions if y.year is not None]
        if not explicit:
            return None
        counts = Counter(explicit)
        return max(counts, key=lambda y: (counts[y], y))

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

    def _regional_subject(self) -> str | None:
        """The branch or region the article reports on: named as the subject of its
        title or its opening sentences, not in a speaker's title after a verb of saying."""
        title = self.article.title or ""
        lead = [(title, 0, len(title))] + [(self.body, s.start, s.end) for s in self.sentences[:self.vocab.lead_sentences]]
        for text, start, end in lead:
            for m in self.vocab.regional_subject.finditer(text, start, end):
                if not speaker_title(text, start, m.start(), self.vocab):
                    return m.group(0)
        return None

    def _regional(self, r: Reading) -> str:
        body, vocab, s = self.body, self.vocab, r.spans
        sentence = r.sentence
        if vocab.national.search(body, s.sentence_start, s.right_clause_end):
            return ""  # "Secara nasional, ..." (a later "dari total peserta aktif nasional" is not it)
        for pattern in (vocab.regional, vocab.regional_subject):
            for m in pattern.finditer(body, s.sentence_start, s.figure_start):
                if not speaker_title(body, s.sentence_start, m.start(), vocab):
                    return "a regional figure: " + m.group(0)
        if self.regional_subject:
            return f"a regional figure (the article reports on {self.regional_subject!r})"
        return ""

    # --- reading ------------------------------------------------------------------
    def read(self) -> list[Reading]:
        by_sentence = _figures_by_sentence(self.figures, self.sentences)
        for sentence in self.sentences:
            figs = by_sentence.get(sentence.index, [])
            self._note_heading(sentence, bool(figs))
            if not figs:
                self._note_years_without_figures(sentence)
                continue
            start_kind = self._start_kind(sentence)
            first = self.first_in_sentence = len(self.readings)
            left = sentence.start
            for i, fig in enumerate(figs):
                right_end = figs[i + 1].start if i + 1 < len(figs) else sentence.end
                spans = spans_of(self.body, sentence, fig, left, right_end, self.vocab, self._breakdown_end)
                r = Reading(len(self.readings), fig, sentence, fig.is_money, spans)
                self._read_alone(r, start_kind, first)
                self.readings.append(r)
                left = self._own_tail_end(spans.phrase_end, right_end)
            sentence_readings = self.readings[first:]
            if any(r.money for r in sentence_readings):
                self.sentences_with_money.add(sentence.index)
            for r in sentence_readings:
                self._link(r, first)
            self.baselines_in_sentence = [r for r in sentence_readings if r.role == BASELINE]
            for r in sorted(sentence_readings, key=lambda r: r.role == BASELINE):
                self._read_period(r)
            for r in sentence_readings:
                self._last_checks(r)
        self._mark_registered_totals()
        return self.readings

    def _own_tail_end(self, phrase_end: int, limit: int) -> int:
        """What follows a figure up to the end of its noun phrase, and a date right
        after it ("Rp 752 triliun pada akhir 2023 dari ..."), is its own."""
        for y in self.years.between(phrase_end, limit):
            if self.vocab.date_lead.fullmatch(self.body, phrase_end, y.start):
                return y.end
            break
        return phrase_end

    def _breakdown_end(self, pos: int, end: int) -> int:
        m = self.vocab.breakdown.search(self.body, pos, end)
        return m.start() if m else end

    def _start_kind(self, sentence: Sentence) -> str:
        if self.vocab.anaphora.match(sentence.text) and self.readings:
            prev = self.readings[-1]
            if prev.sentence.index == sentence.index - 1:
                return prev.kind
        return "actual"

    def _kind_at(self, start: int, pos: int, start_kind: str) -> tuple[str, str]:
        last = None
        for last in self.vocab.kind_words.find_all(self.body, start, pos):
            pass
        if last is None:
            return start_kind, ""
        label, m = last
        if label == "achieved":
            # "telah melampaui target, yaitu sebanyak 450.000": what was achieved;
            # "melampaui target akhir tahun yang sebanyak 15,2 juta": the target's value
            if clause_end(self.body, m.end(), pos) < pos:
                return "actual", m.group(0)
            return "target", m.group(0)
        return label, m.group(0)

    def _read_alone(self, r: Reading, start_kind: str, first: int) -> None:
        body, vocab, s, fig = self.body, self.vocab, r.spans, r.figure
        previous = self.readings[r.index - 1] if r.index > first else None
        role: Role = role_of(body, s, r.money, vocab, first_in_sentence=r.index == first,
                             previous=Role(previous.role, at=previous.role_at) if previous else None)
        r.role, r.role_at = role.role, role.at
        if role.continues:
            r.continues = previous.index
        r.sources["role"] = role.role + (f" ({role.words!r})" if role.words else "")
        if role.role not in FACT_ROLES:
            r.vetoed = "not a level: " + r.sources["role"]
        r.approximate = fig.approximate or bool(vocab.approximate.search(body, max(s.left, fig.start - 25), fig.start))
        r.kind, kind_words = self._kind_at(s.sentence_start, fig.start, start_kind)
        r.sources["table"] = f"{r.kind} ({kind_words!r})" if kind_words else f"{r.kind} (no target word before it)"

        own = [(s.left, fig.start), (fig.end, s.phrase_end)]
        metric_spans = []
        if r.money:
            r.metric, words = phrase.money_metric(body, s.left, fig.start, fig.end, s.phrase_end, vocab)
            if r.metric is None and not any(p.money for p in self.readings[first:]):
                # "membayarkan manfaat JKP kepada 78.000 pekerja dengan nominal Rp873 miliar":
                # the sentence's fund words went to no other rupiah figure
                hit = phrase.last_label(vocab.money_metrics, body, s.sentence_start, s.left)
                if hit:
                    r.metric, words = hit[0], hit[1].group(0)
        else:
            r.metric, words = phrase.person_metric(body, own, vocab)
            prev = self._previous_in_sentence(r, first)
            if prev is not None and prev.metric == "active_participants" and \
                    vocab.total_after.match(vocab.worker_nouns.sub(" ", body[s.left:fig.start])):
                r.metric, words = "registered_participants", "X dari Y"  # "26,2 juta jiwa dari 44,9 juta jiwa"
        if r.metric:
            r.sources["metric"] = f"own words {words!r}"
            for label, m in (vocab.money_metrics if r.money else vocab.person_metrics).find_all(body, s.clause, s.phrase_end):
                metric_spans.append((m.start(), m.end()))
        elif not r.money:
            noun = vocab.worker_nouns.search(body, fig.end, s.phrase_end) or vocab.worker_nouns.search(body, s.left, fig.start)
            employer = vocab.employer_nouns.search(body, fig.end, s.phrase_end)
            covered = vocab.coverage.search(body, s.left, fig.start) or vocab.coverage.search(body, fig.end, s.right_clause_end)
            segment = phrase.last_label(vocab.segments, body, s.clause, fig.start)
            if (noun or employer) and (covered or r.kind == "target" or segment):
                r.metric = "employers" if employer and not noun else "participants"
                r.sources["metric"] = f"a covered worker noun {(noun or employer).group(0)!r}"

        scope = out_of_scope(body, s, vocab, metric_spans, first_in_sentence=r.index == first) or self._regional(r)
        if not scope and previous is not None and previous.vetoed and not previous.vetoed.startswith("not a level") \
                and vocab.list_gap.fullmatch(vocab.fillers.sub(" ", body[s.left:fig.start])):
            scope = "in a list with " + previous.vetoed  # "angkatan kerja ... 7,4 juta menganggur, 41 juta pekerja formal"
        if scope and not r.vetoed:
            r.vetoed = scope
        self._read_segment(r, own)
        self._read_program(r)

    def _sentence_has(self, name: str, sentence: Sentence, pattern) -> bool:
        """Whether the sentence has a match of `pattern` (asked once per sentence)."""
        key = (sentence.index, name)
        if key not in self._sentence_facts:
            if hasattr(pattern, "find_all"):
                found = next(iter(pattern.find_all(self.body, sentence.start, sentence.end)), None) is not None
            else:
                found = pattern.search(self.body, sentence.start, sentence.end) is not None
            self._sentence_facts[key] = found
        return self._sentence_facts[key]

    def _previous_in_sentence(self, r: Reading, first: int) -> Reading | None:
        for p in reversed(self.readings[first:r.index]):
            if p.money == r.money:
                return p
        return None

    # --- segment and programme -------------------------------------------------------
    def _read_segment(self, r: Reading, own) -> None:
        if r.money:
            return
        body, vocab, s = self.body, self.vocab, r.spans
        coordinated = vocab.coordinated.match(body, s.phrase_end, s.right_end)
        phrase_and_coordinate = coordinated.end() if coordinated else s.phrase_end
        found = phrase.segments_of(body, [(s.figure_end, phrase_and_coordinate)], vocab)
        if not found:
            # the segment words nearest before it, with those listed with them ("pekerja
            # formal dan informal"); words further back in the clause (a speaker's title
            # "Asisten Deputi Bidang Perluasan peserta BPU dan Jasa Konstruksi") are not its
            found = phrase.nearest_segments(body, s.clause, s.figure_start, vocab)
        how = "its noun phrase"
        if not found:
            hit = phrase.first_label(vocab.segments, body, s.figure_end, s.right_clause_end)
            found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its clause after it"
        if not found:
            hit = phrase.last_label(vocab.segments, body, s.left, s.clause)
            found, how = ({hit[0]: hit[1].group(0)} if hit else {}), "its words before the clause"
        if not found and "segment" in self.heading:
            found, how = {self.heading["segment"]: self.heading["segment"]}, "the heading of its lines"
        r.own_segments = found
        if len(found) == 1:
            (r.segment, words), = found.items()
            r.sources["segment"] = f"{how} {words!r}"
        elif found:
            r.sources["segment"] = f"all (several segments: {', '.join(found)})"

    def _read_program(self, r: Reading) -> None:
        body, vocab, s = self.body, self.vocab, r.spans
        # "JKM sebanyak 34,7 ribu kasus dengan nominal Rp 1,35 triliun": the programme
        # named since the previous figure of the same unit is this one's
        last_same_unit = next((p for p in reversed(self.readings[self.first_in_sentence:]) if p.money == r.money), None)
        since = max(s.sentence_start, last_same_unit.spans.phrase_end) if last_same_unit else s.sentence_start
        program, listed = self._program_named(r, min(since, s.left), s.figure_start)
        how = "named before it"
        if program is None and not listed:
            hit = phrase.first_label(vocab.programs, body, s.figure_end, s.right_clause_end)
            program, how = (hit[0] if hit else None), "named after it in its clause"
        if program is None and not listed and vocab.respectively.search(body, s.sentence_start, s.figure_start):
            program, listed = self._program_named(r, s.sentence_start, s.left)
            how = "a list handed out by 'masing-masing'"
        if program is None and not listed and r.money and \
                not any(p.money for p in self.readings[self.first_in_sentence:]):
            # "klaim JHT yang dibayarkan sebanyak 2,07 juta klaim dengan total manfaat
            # Rp 31,17 triliun": the one programme the sentence names before the figure
            named = {label for label, _ in vocab.programs.find_all(body, s.sentence_start, s.left)}
            if len(named) == 1:
                program, how = named.pop(), "the sentence's one programme"
        if program is None and not listed and "program" in self.heading:
            program, how = self.heading["program"], "the heading of its lines"
        r.program = program
        if listed and program is None:
            r.sources["program"] = "none (a list of programmes)"
        elif program:
            r.sources["program"] = how
        r.sources["listed"] = listed

    def _continues_programme(self, prev: Reading, r: Reading) -> bool:
        """Whether `r` goes on with `prev`'s programme: no other programme and no new fund
        noun between them ("JKP Rp14,92 triliun dan dana badan Rp13,66 triliun" does not)."""
        between = (prev.figure.end, r.figure.start)
        if next(iter(self.vocab.programs.find_all(self.body, *between)), None) is not None \
                or self.vocab.fund_nouns.search(self.body, prev.spans.phrase_end, r.figure.start):
            return False
        # "program JKP dan BPJS … Rp629 miliar dan Rp907,6 miliar": the programme was one
        # of two subjects coordinated, and the second figure is the other's
        named = None
        for named in self.vocab.programs.find_all(self.body, r.spans.sentence_start, prev.figure.start):
            pass
        return not (named and self.vocab.coordinated.match(self.body, named[1].end()))

    def _passage_program(self, r: Reading) -> str | None:
        """The previous sentence's one programme, when no rupiah figure of its own took it
        ("… klaim Jaminan Hari Tua (JHT) hingga Mei 2025. Data menunjukkan total klaim
        … Rp 21,24 triliun")."""
        if r.sentence.index == 0 or self.vocab.programmes_in_general.search(self.body, r.sentence.start, r.sentence.end):
            return None  # "Dari lima program tersebut, ada Rp 540 triliun": all of them
        prev = self.sentences[r.sentence.index - 1]
        if prev.index in self.sentences_with_money:
            return None
        start = max(prev.start, prev.end - 2 * WINDOW)
        if r.metric not in {label for label, _ in self.vocab.money_metrics.find_all(self.body, start, prev.end)}:
            return None  # that sentence's programme went with another kind of money
        named = {label for label, _ in self.vocab.programs.find_all(self.body, start, prev.end)}
        return named.pop() if len(named) == 1 else None

    def _program_named(self, r: Reading, start: int, end: int) -> tuple[str | None, bool]:
        """The programme named last in [start, end), and whether it closes a list of
        several ("JHT, JKK, JKM dan JP": a figure for all of them is for no one programme).
        A list followed by "masing-masing" hands its programmes to the figures in order."""
        mentions = list(self.vocab.programs.find_all(self.body, start, end))
        if not mentions:
            return None, False
        labels = [mentions[-1][0]]
        for (label, m), (_, after) in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
            if not self.vocab.list_gap.fullmatch(self.body, m.end(), after.start()):
                break
            if label != labels[0]:
                labels.insert(0, label)
        if len(labels) == 1:
            return labels[0], False
        respectively = self.vocab.respectively.search(self.body, mentions[-1][1].end(), r.figure.start)
        if respectively:
            same_unit = [p for p in self.readings[self.first_in_sentence:]
                         if p.money == r.money and p.figure.start > respectively.end()]
            if len(same_unit) < len(labels):
                return labels[len(same_unit)], True
        return None, True

    # --- links between figures ----------------------------------------------------------
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
        has_own_part = (r.segment != "all" or r.program is not None or len(r.own_segments) > 1)
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

    # --- period -----------------------------------------------------------------
    def _owned_elsewhere(self, r: Reading) -> list[tuple[int, int]]:
        """Spans of the sentence whose years belong to a baseline ("dari Rp88 triliun
        pada 2020 menjadi Rp97 triliun"): its comparison and the date right after it."""
        out = []
        for p in self.baselines_in_sentence:
            if p.index == r.index:
                continue
            # its comparison, and its clause after it ("dari Rp404 triliun pada periode yang sama tahun 2012")
            out.append((p.role_at if p.role_at >= 0 else p.figure.start,
                        max(p.spans.right_clause_end, self._own_tail_end(p.spans.phrase_end, p.spans.right_end))))
        return out

    def _read_period(self, r: Reading) -> None:
        fig, s, sp = r.figure, r.sentence, r.spans
        owned = self._owned_elsewhere(r)
        free = (lambda y: not any(a <= y.start < b for a, b in owned))
        usable = (lambda y: not y.present or r.kind == "actual")
        left_clause = [y for y in self.years.between(sp.clause, fig.start) if free(y)]
        # a year after the figure counts only inside its clause and before any comparison
        right = [y for y in self.years.between(fig.end, sp.right_clause_end)
                 if free(y) and not self._compares(fig.end, y.start)]
        left_segment = [y for y in self.years.between(sp.left, fig.start) if free(y)]
        sentence = [y for y in self.years.between(sp.sentence_start, min(s.end, fig.end + WINDOW)) if free(y)
                    and (y.end <= fig.start or not self._compares(fig.end, y.start))]
        if r.role == BASELINE and r.role_at >= 0:
            # the subject's year before the comparison is the new level's, not the baseline's
            left_clause = [y for y in left_clause if y.start >= r.role_at]
            left_segment = [y for y in left_segment if y.start >= r.role_at]
        hint = month_hint([list(reversed(left_clause)), right, list(reversed(left_segment))])
        steps = []
        compared = self.readings[r.compares_to] if r.compares_to is not None else None
        compared_year = compared.year if compared else None
        if r.role == BASELINE and r.role_at >= 0:
            comparison = self.years.between(r.role_at, self._own_tail_end(sp.phrase_end, sp.right_end))
            if r.continues is not None:  # "dibandingkan tahun 2022 yang sebesar Rp 627 triliun dengan 35,9 juta"
                shared = self.readings[r.continues]
                comparison = comparison + [y for y in self.years.between(shared.role_at, shared.figure.start)
                                           if not comparison or y.start < comparison[0].start]
            steps += [("its comparison", [y for y in comparison if y.year]),
                      ("its comparison's relative cue", [y for y in comparison if y.relative and usable(y)])]
        steps += [
            ("same clause", [y for y in reversed(left_clause) if y.year]),
            ("same clause", [y for y in right if y.year]),
            ("same clause", [y for y in reversed(left_segment) if y.year]),
            ("relative cue", [y for y in reversed(left_clause) if y.relative and usable(y)] +
             [y for y in right if y.relative and usable(y)]),
        ]
        if r.role != BASELINE:
            steps += [
                ("same sentence", sorted((y for y in sentence if y.year), key=lambda y: abs(y.start - fig.start))),
                ("relative cue in the sentence", sorted((y for y in sentence if y.relative and usable(y)),
                                                        key=lambda y: abs(y.start - fig.start))),
            ]
        period = resolve(steps, self.publication_year, compared_year, hint)
        if period:
            r.year, r.as_of, rule = period.year, period.as_of, period.rule
        elif r.role == PART and r.part_of is not None and self.readings[r.part_of].year:
            total = self.readings[r.part_of]
            r.year, r.as_of, rule = total.year, total.as_of, f"its breakdown's total ({total.figure.text})"
        elif r.role == BASELINE and self.since and s.index - self.since[0] <= INHERIT_SENTENCES:
            _, r.year, r.as_of = self.since
            rule = "start of the change ('sejak')"
        elif r.role == BASELINE and compared_year:
            same = compared.kind == "target" and r.kind == "target"  # a revised target: the same year
            r.year = compared_year if same else compared_year - 1
            rule = "a revised target's year" if same else "the year before the figure it is compared with"
        elif self.running_year[r.kind]:
            r.year, as_of = self.running_year[r.kind]
            r.as_of = hint.as_of(r.year) if hint else as_of
            rule = "earlier " + r.kind
        elif self.publication_year:
            r.year, rule = self.publication_year, "publication year"
            r.as_of = hint.as_of(r.year) if hint else None
        else:
            return
        r.sources["year"] = rule
        if r.kind == "actual" and self.article.published_on and r.year > self.publication_year and r.role != BASELINE:
            r.kind = "target"
            r.sources["table"] = "target (a year after publication)"
        # only a BPJS level sets the year later figures of its kind inherit; a
        # population's or another body's ("data BPS di tahun 2022") does not
        if r.role != BASELINE and r.metric and (not r.vetoed or r.role == CHANGE):
            self.running_year[r.kind] = (r.year, r.as_of)

    def _compares(self, start: int, end: int) -> bool:
        """Whether a comparison or a change is named between start and end."""
        return bool(self.vocab.increment.search(self.body, start, end) or self.vocab.baseline.search(self.body, start, end))

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

    # --- the last checks of one figure ------------------------------------------------
    def _last_checks(self, r: Reading) -> None:
        vocab, fig = self.vocab, r.figure
        if r.vetoed or not r.metric:
            return
        if r.money and fig.value < vocab.min_rupiah:
            r.vetoed = TOO_SMALL + " for a fund figure"
        elif not r.money and fig.value < vocab.min_count:
            r.vetoed = TOO_SMALL + " for a count"
        elif r.metric in NATIONAL_COUNTS and r.segment == "all" and r.program is None \
                and fig.value < vocab.min_national_participants:
            carried = self._topic_segment(r)
            if carried:
                r.segment = carried[0]
                r.sources["segment"] = f"the one segment the passage names ({carried[1]!r})"
            else:
                r.vetoed = TOO_SMALL + " for a national count of participants"

    def _topic_segment(self, r: Reading) -> tuple[str, str] | None:
        """A segment's figure whose own sentence does not name the segment ("pada 2021
        terdapat 235 ribu peserta" after "Tren pertumbuhan kepesertaan PMI ..."): the one
        segment the passage (the last sentences and this one up to the figure) names."""
        first = self.sentences[max(0, r.sentence.index - INHERIT_SENTENCES)]
        found = phrase.segments_of(self.body, [(max(first.start, r.figure.start - 2 * WINDOW), r.figure.start)], self.vocab)
        if len(found) == 1:
            return next(iter(found.items()))
        return None

    # --- totals -----------------------------------------------------------------
    def _mark_registered_totals(self) -> None:
        """A participants total that an active count is said to be part of is the registered total."""
        body, vocab = self.body, self.vocab
        upgraded: set[int] = set()
        for r in self.readings:
            if r.metric != "active_participants" or r.vetoed:
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


def _figures_by_sentence(figures: list[Figure], sentences: list[Sentence]) -> dict[int, list[Figure]]:
    starts = [s.start for s in sentences]
    out: dict[int, list[Figure]] = {}
    for fig in figures:
        i = bisect_left(starts, fig.start + 1) - 1
        if i >= 0 and sentences[i].start <= fig.start < sentences[i].end:
            out.setdefault(sentences[i].index, []).append(fig)
    return out


def _join_questions(body: str, sentences: list[Sentence]) -> list[Sentence]:
    """A question and the answer after it read as one sentence ("Target tahun ini?
    Sekitar 11 jutaan."): the answer's figure takes the question's words."""
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if s.text.endswith("?") and i + 1 < len(sentences) and not any(c.isdigit() for c in s.text) \
                and "\n" not in body[s.end:sentences[i + 1].start]:
            nxt = sentences[i + 1]
            s = Sentence(len(out), s.start, nxt.end, body[s.start:nxt.end])
            i += 2
        else:
            s = Sentence(len(out), s.start, s.end, s.text)
            i += 1
        out.append(s)
    return out


def read_figures(article: CleanedArticle) -> list[Reading]:
    """Every figure of the article with what its context says (facts and non-facts)."""
    return ArticleReader(article).read()

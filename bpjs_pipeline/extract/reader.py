"""Reads every figure of a cleaned article (see docs/extraction.md).

For each sentence, first each figure on its own:
1. its spans (`context`) and its role in the clause (`roles`);
2. whether it is about BPJS Ketenagakerjaan's national figures at all
   (`roles.out_of_scope`, and the regional rules here);
3. its noun phrase: metric and segment words (`phrase`), its programme (`programmes`);
4. whether it is a target or an actual.
Then the links between figures (`links`: baselines, parts of breakdowns, figures
without words of their own), the period (`periods`), and the discourse state
(`discourse`: headings, running years, registered totals) moves on.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.context import WINDOW, Spans, spans_of
from bpjs_pipeline.extract.discourse import INHERIT_SENTENCES, DiscourseReading
from bpjs_pipeline.extract.links import TOO_SMALL, LinkReading
from bpjs_pipeline.extract.programmes import ProgrammeReading
from bpjs_pipeline.extract.periods import YearIndex, month_hint, resolve
from bpjs_pipeline.extract.roles import (BASELINE, CHANGE, FACT_ROLES, LEVEL, PART, Role,
                                         out_of_scope, role_of, speaker_title)
from bpjs_pipeline.extract.vocabulary import Vocabulary, vocabulary
from bpjs_pipeline.model import CleanedArticle
from bpjs_pipeline.parsing.dates import years_in
from bpjs_pipeline.parsing.numbers import Figure, find_figures
from bpjs_pipeline.parsing.sentences import Sentence, clause_end, split_sentences

NATIONAL_COUNTS = ("active_participants", "registered_participants", "participants")


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

    @property
    def year_rule(self) -> str:
        return self.sources.get("year", "")


class ArticleReader(LinkReading, ProgrammeReading, DiscourseReading):
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

    def _regional_subject(self) -> str | None:
        """The branch or region the article reports on: named as the subject of its
        title or its opening sentences, not in a speaker's title after a verb of saying
        nor as the place where something happened ("... di Kantor Cabang Bekasi")."""
        title = self.article.title or ""
        lead = [(title, 0, len(title))] + [(self.body, s.start, s.end) for s in self.sentences[:self.vocab.lead_sentences]]
        for text, start, end in lead:
            for m in self.vocab.regional_subject.finditer(text, start, end):
                if not speaker_title(text, start, m.start(), self.vocab) and \
                        not self.vocab.venue.search(text, max(start, m.start() - 25), m.start()):
                    return m.group(0)
        return None

    def _regional(self, r: Reading) -> str:
        body, vocab, s = self.body, self.vocab, r.spans
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
            found = phrase.nearest_segments(body, s.clause, s.figure_start, vocab, list_from=s.left)
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

"""From a cleaned article to facts (see docs/facts.md).

Each figure in the body is read against the words around it, in Indonesian
word order:

1. veto: the figure is not a BPJS level (a recipient count, a share, another
   body's, a region's, a potential, an increment such as *bertambah 12,40 juta*);
2. metric: metric words in the noun phrase after the figure and the words
   before it; else worker nouns with a coverage word or a target; else the
   previous figure of the sentence; else the previous sentence's figure;
3. segment and programme: the nearest such words before it, else after it;
4. table: a target word earlier in the sentence makes a target, unless an
   actual word ("saat ini", "dibandingkan") stands between;
5. year: a year in the same clause, then in the sentence, then a relative cue,
   then the running year of the same kind (target or actual) of the article,
   then the publication year;
6. afterwards, totals that an active count is a part of become registered
   participants, and repeated figures collapse into one fact.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bpjs_pipeline.extract.vocabulary import PERSON_METRICS, Vocabulary, vocabulary
from bpjs_pipeline.lexicon import Labelled
from bpjs_pipeline.model import METRICS, CleanedArticle, Fact
from bpjs_pipeline.parsing.dates import YearMention, find_years
from bpjs_pipeline.parsing.numbers import Figure, find_figures
from bpjs_pipeline.parsing.sentences import Sentence, clause_end, clause_start, split_sentences

DEFAULT_MONEY_METRIC = "managed_funds"
NATIONAL_COUNTS = ("active_participants", "registered_participants", "participants")
INCREMENT = "an increment"
# how many sentences back a figure may take its metric from
INHERIT_SENTENCES = 2


@dataclass
class Reading:
    """What the words around one figure say about it."""

    figure: Figure
    sentence: Sentence
    money: bool
    metric: str | None = None
    metric_source: str = ""  # own | nouns | sentence | previous
    segment: str | None = None
    program: str | None = None
    kind: str = "actual"  # actual | target
    vetoed: str = ""  # why it is not a fact
    baseline: bool = False
    compares_to: int | None = None  # index of the reading it is compared with
    inherited_from: int | None = None
    year: int | None = None
    year_rule: str = ""
    as_of: str | None = None
    approximate: bool = False
    left_start: int = 0
    extra: dict = field(default_factory=dict)


def _last(labelled_vocab: Labelled, text: str, start: int, end: int) -> str | None:
    found = None
    for label, _ in labelled_vocab.find_all(text, start, end):
        found = label
    return found


def _first(labelled_vocab: Labelled, text: str, start: int, end: int) -> str | None:
    for label, _ in labelled_vocab.find_all(text, start, end):
        return label
    return None


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def _noun_phrase_end(body: str, start: int, end: int, vocab: Vocabulary) -> int:
    """End of the few words right after a figure that name what it counts,
    an abbreviation in brackets included ("9 juta pekerja bukan penerima upah (BPU)")."""
    pos, words = start, 0
    for m in re.finditer(r"\([^()]{1,30}\)|[^\s,.;:()\"“”]+|[,.;:()\"“”]", body[start:end]):
        token = m.group(0)
        if token.startswith("(") and len(token) > 1 and words:
            pos = start + m.end()
            continue
        if not re.match(r"\w", token) or token.lower() in vocab.np_stops or words >= vocab.np_words:
            break
        words += 1
        pos = start + m.end()
    return pos


def _specific_person_metric(vocab: Vocabulary, body: str, spans: list[tuple[int, int]]) -> str | None:
    found = set()
    for s, e in spans:
        for label, _ in vocab.person_metrics.find_all(body, s, e):
            found.add(label)
    for label in PERSON_METRICS:  # most specific first
        if label in found:
            return label
    return None


class _ArticleReader:
    def __init__(self, article: CleanedArticle):
        self.article = article
        self.body = article.body
        self.vocab = vocabulary()
        self.sentences = split_sentences(self.body)
        self.figures = find_figures(self.body)
        self.years = find_years(self.body)
        self.publication_year = self._publication_year()
        self.readings: list[Reading] = []
        self.running_year: dict[str, tuple[int, str | None] | None] = {"actual": None, "target": None}
        self.regional_subject = self._regional_subject()
        self.since: tuple[int, int, str | None] | None = None  # sentence, year, as_of of the last "sejak"

    def _regional_subject(self) -> str | None:
        """The branch or region the article reports on, named in its title or opening sentences."""
        lead = [self.article.title or ""] + [s.text for s in self.sentences[:self.vocab.lead_sentences]]
        for text in lead:
            m = self.vocab.regional_subject.search(text)
            if m:
                return m.group(0)
        return None

    def _publication_year(self) -> int | None:
        if self.article.published_on:
            return self.article.published_on.year
        explicit = [y.year for y in self.years if y.year is not None]
        if not explicit:
            return None
        counts = Counter(explicit)
        return max(counts, key=lambda y: (counts[y], y))

    # --- table ------------------------------------------------------------
    def _kind_at(self, sentence: Sentence, pos: int, start_kind: str) -> str:
        events = [(m.start(), "target") for m in self.vocab.target.finditer(self.body, sentence.start, pos)]
        events += [(m.start(), "actual") for m in self.vocab.actual.finditer(self.body, sentence.start, pos)]
        if not events:
            return start_kind
        return max(events)[1]

    def _start_kind(self, sentence: Sentence) -> str:
        if self.vocab.anaphora.match(sentence.text) and self.readings:
            prev = [r for r in self.readings if r.sentence.index == sentence.index - 1]
            if prev:
                return prev[-1].kind
        return "actual"

    # --- one figure ---------------------------------------------------------
    def read(self) -> list[Reading]:
        by_sentence: dict[int, list[Figure]] = {}
        for fig in self.figures:
            for s in self.sentences:
                if s.start <= fig.start < s.end:
                    by_sentence.setdefault(s.index, []).append(fig)
                    break
        for sentence in self.sentences:
            figs = by_sentence.get(sentence.index, [])
            start_kind = self._start_kind(sentence)
            if not figs:
                self._note_years_without_figures(sentence, start_kind)
                continue
            previous_end = sentence.start
            first_in_sentence = len(self.readings)
            for i, fig in enumerate(figs):
                next_start = figs[i + 1].start if i + 1 < len(figs) else sentence.end
                reading = self._read_figure(fig, sentence, previous_end, next_start, start_kind, first_in_sentence)
                self.readings.append(reading)
                # what follows a figure up to the end of its noun phrase, and a date
                # right after it ("Rp 752 triliun pada akhir 2023 dari ..."), is its own
                previous_end = self._own_tail_end(fig, next_start)
        self._mark_registered_totals()
        return self.readings

    def _own_tail_end(self, fig: Figure, limit: int) -> int:
        np_end = _noun_phrase_end(self.body, fig.end, limit, self.vocab)
        for y in self.years:
            if y.start < np_end:
                continue
            if y.end > limit:
                break
            between = self.body[np_end:y.start]
            if self.vocab.date_lead.fullmatch(between):
                return y.end
            break
        return np_end

    def _read_figure(self, fig: Figure, sentence: Sentence, left_start: int, right_end: int,
                     start_kind: str, first_in_sentence: int) -> Reading:
        body, vocab = self.body, self.vocab
        r = Reading(fig, sentence, money=fig.is_money, left_start=left_start)
        clause = clause_start(body, left_start, fig.start)
        np_end = _noun_phrase_end(body, fig.end, right_end, vocab)
        own_spans = [(left_start, fig.start), (fig.end, np_end)]
        # the words governing the figure, fillers ("sekitar", "sebanyak") left out
        governing = vocab.fillers.sub(" ", body[left_start:fig.start])
        starts_change = bool(vocab.change_start.search(governing))  # "naik dari 30 juta"
        same_sentence = self.readings[first_in_sentence:]
        prev_same_unit = next((p for p in reversed(same_sentence) if p.money == r.money), None)

        r.kind = self._kind_at(sentence, fig.start, start_kind)
        r.approximate = fig.approximate or bool(vocab.approximate.search(body, max(left_start, fig.start - 25), fig.start))
        r.baseline = bool(vocab.baseline.search(body, left_start if same_sentence else sentence.start, fig.start)) or (
            starts_change and bool(vocab.increment.search(body, sentence.start, fig.start)))
        if r.baseline:
            if same_sentence:
                r.compares_to = self.readings.index(same_sentence[-1])
            elif vocab.anaphora.match(sentence.text):
                r.compares_to = self._last_reading_before(sentence.index)

        r.vetoed = self._veto(fig, r, clause, np_end, governing, starts_change)
        self._read_metric(r, own_spans, clause, np_end, prev_same_unit, sentence)
        if r.metric and not r.vetoed:
            if r.money and fig.value < vocab.min_rupiah:
                r.vetoed = "too small for a fund figure"
            elif not r.money and fig.value < vocab.min_count:
                r.vetoed = "too small for a count"
        self._read_segment_and_program(r, own_spans, fig, right_end, prev_same_unit)
        if not r.vetoed and r.metric in NATIONAL_COUNTS and r.segment == "all" and r.program is None \
                and fig.value < vocab.min_national_participants:
            r.vetoed = "too small for a national count of participants"
        self._read_year(r, clause, left_start, right_end)
        return r

    def _last_reading_before(self, sentence_index: int) -> int | None:
        for i in range(len(self.readings) - 1, -1, -1):
            if self.readings[i].sentence.index < sentence_index:
                return i
        return None

    def _veto(self, fig: Figure, r: Reading, clause: int, np_end: int, governing: str, starts_change: bool) -> str:
        body, vocab = self.body, self.vocab
        not_a_fact = vocab.not_a_fact.search(body, clause, fig.start) or vocab.not_a_fact.search(body, fig.end, np_end)
        if not_a_fact:
            return "not a BPJS level: " + not_a_fact.group(0)
        if not r.money and _first(vocab.money_metrics, body, fig.end, np_end):
            return "a count of claims or payments, not of participants"  # "1,2 juta klaim JHT"
        if vocab.other_bodies.search(body, clause, fig.start):
            return "another body's figure"
        if vocab.foreign.search(body, r.left_start, fig.start):
            return "another country's figure"
        if vocab.regional.search(body, r.sentence.start, fig.start):
            return "a regional figure"
        if self.regional_subject and not vocab.national.search(body, r.sentence.start, r.sentence.end):
            return f"a regional figure (the article reports on {self.regional_subject!r})"
        if vocab.before_figure.search(governing):
            return "a recipient count"
        if vocab.after_figure.match(body[fig.end:fig.end + 40]):
            return "a rate, a share or a recipient count"
        if vocab.newcomers.search(body, fig.end, np_end):
            return INCREMENT  # "8 juta peserta baru"
        newcomers = _last_match(vocab.newcomers, body, clause, fig.start)
        if newcomers and not vocab.newcomer_level.search(body, newcomers.end(), fig.start):
            return INCREMENT  # "peserta baru dari kalangan penerima upah ditargetkan mencapai 7,5 juta"
        if starts_change:
            return ""  # "naik dari 30 juta": where the change started, a baseline
        last_increment = _last_match(vocab.increment, body, r.left_start, fig.start)
        # "naik 26,2% YoY, dengan total pembayaran mencapai Rp 13,1 triliun": the
        # increment word governs the rate, not the figure
        if last_increment and not vocab.level.search(body, last_increment.end(), fig.start) \
                and not vocab.rate.search(body, last_increment.end(), fig.start):
            return INCREMENT
        return ""

    def _read_metric(self, r: Reading, own_spans, clause: int, np_end: int, prev_same_unit: Reading | None,
                     sentence: Sentence) -> None:
        body, vocab, fig = self.body, self.vocab, r.figure
        (left_start, left_end), (np_start, _) = own_spans
        if r.money:
            own = _first(vocab.money_metrics, body, np_start, np_end) or _last(vocab.money_metrics, body, left_start, left_end)
            if own is None:
                # "1,4 juta peserta menerima manfaat JHT senilai Rp 30 triliun": the words
                # went to the figure before; the nearest fund word of the sentence holds
                own = _last(vocab.money_metrics, body, sentence.start, left_start)
                if own:
                    r.metric, r.metric_source = own, "sentence words"
                    return
        else:
            own = _specific_person_metric(vocab, body, own_spans)
            if prev_same_unit and prev_same_unit.metric == "active_participants" and \
                    vocab.total_after.match(vocab.worker_nouns.sub(" ", body[left_start:left_end])):
                own = "registered_participants"  # "26,2 juta jiwa dari 44,9 juta jiwa"
        if own:
            r.metric, r.metric_source = own, "own"
            return
        if not r.money:
            noun = vocab.worker_nouns.search(body, fig.end, np_end) or vocab.worker_nouns.search(body, clause, fig.start)
            employer = vocab.employer_nouns.search(body, fig.end, np_end)
            covered = vocab.coverage.search(body, left_start, left_end)
            segment = _last(vocab.segments, body, clause, left_end)
            if (noun or employer) and (covered or r.kind == "target" or segment):
                r.metric = "employers" if employer and not noun else "participants"
                r.metric_source = "nouns"
                return
        if prev_same_unit is not None:
            # within a sentence the figure takes the reading, not the veto, of the one before
            self._inherit(r, prev_same_unit, "sentence", with_veto=False)
            return
        sentence_has_metric_words = (vocab.money_metrics if r.money else vocab.person_metrics).find_all(body, sentence.start, sentence.end)
        if next(iter(sentence_has_metric_words), None) is None or vocab.anaphora.match(sentence.text):
            for p in reversed(self.readings):
                if sentence.index - p.sentence.index > INHERIT_SENTENCES:
                    break
                if p.money == r.money:
                    self._inherit(r, p, "previous")
                    return
            if r.money:
                # a fund figure with no words of its own: the last fund words before it
                for s in reversed(self.sentences[max(0, sentence.index - INHERIT_SENTENCES):sentence.index]):
                    label = _last(vocab.money_metrics, body, s.start, s.end)
                    if label:
                        r.metric, r.metric_source = label, "previous words"
                        return
        if r.money:
            r.metric, r.metric_source = DEFAULT_MONEY_METRIC, "default"

    def _inherit(self, r: Reading, p: Reading, how: str, with_veto: bool = True) -> None:
        r.metric, r.metric_source = p.metric, how
        r.inherited_from = self.readings.index(p)
        if with_veto and p.vetoed and not r.vetoed:
            r.vetoed = "refers to " + p.vetoed

    def _read_segment_and_program(self, r: Reading, own_spans, fig: Figure, right_end: int,
                                  prev_same_unit: Reading | None) -> None:
        body, vocab = self.body, self.vocab
        (left_start, left_end), (np_start, np_end) = own_spans
        right_clause_end = self._clause_end(fig.end, right_end)
        if not r.money:
            clause = clause_start(body, left_start, left_end)
            coordinated = vocab.coordinated.match(body, np_end, right_end)
            np_and_coordinate = coordinated.end() if coordinated else np_end
            segments = {label for label, _ in vocab.segments.find_all(body, clause, left_end)}
            segments |= {label for label, _ in vocab.segments.find_all(body, np_start, np_and_coordinate)}
            if not segments:
                following = _first(vocab.segments, body, np_start, right_clause_end)
                segments = {following} if following else set()
            if not segments:
                nearest = _last(vocab.segments, body, left_start, clause)
                segments = {nearest} if nearest else set()
            if len(segments) == 1:
                r.segment = segments.pop()
            elif not segments and r.metric_source == "sentence" and prev_same_unit is not None:
                r.segment = prev_same_unit.segment
            elif not segments and r.metric_source == "previous" and r.inherited_from is not None:
                r.segment = self.readings[r.inherited_from].segment
        r.segment = r.segment or "all"
        program, listed = self._program(r, left_start, left_end)
        if program is None and not listed:
            program = _first(vocab.programs, body, fig.end, right_clause_end)
        if program is None and not listed and (r.metric_source == "sentence words" or
                                               vocab.respectively.search(body, r.sentence.start, fig.start)):
            program, listed = self._program(r, r.sentence.start, left_start)
        if program is None and not listed and prev_same_unit is None:
            # "klaim JHT yang dibayarkan sebanyak 2,07 juta klaim dengan total manfaat
            # Rp 31,17 triliun": the one programme the sentence names before the figure,
            # when no figure of the same unit stands between
            named = {label for label, _ in vocab.programs.find_all(body, r.sentence.start, left_start)}
            if len(named) == 1:
                program = named.pop()
        if listed:
            r.program = program
            return
        if program is None and r.metric_source in ("sentence", "previous") and r.inherited_from is not None:
            program = self.readings[r.inherited_from].program
        if program is None and prev_same_unit is not None and prev_same_unit.metric == r.metric:
            program = prev_same_unit.program
        r.program = program

    def _clause_end(self, pos: int, end: int) -> int:
        """Where the clause after `pos` ends: a clause break or a breakdown word."""
        end = clause_end(self.body, pos, end)
        breakdown = self.vocab.breakdown.search(self.body, pos, end)
        return breakdown.start() if breakdown else end

    def _program(self, r: Reading, start: int, end: int) -> tuple[str | None, bool]:
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
            same_unit = [p for p in self.readings if p.sentence.index == r.sentence.index
                         and p.money == r.money and p.figure.start > respectively.end()]
            if len(same_unit) < len(labels):
                return labels[len(same_unit)], True
        return None, True

    # --- years --------------------------------------------------------------
    def _mentions(self, start: int, end: int) -> list[YearMention]:
        return [y for y in self.years if start <= y.start and y.end <= end]

    def _read_year(self, r: Reading, clause: int, left_start: int, right_end: int) -> None:
        fig, s = r.figure, r.sentence
        usable = (lambda y: not y.present or r.kind == "actual")
        left_clause = self._mentions(clause, fig.start)
        # a year after the figure counts only inside its clause: "Rp 249 miliar, jumlah
        # tersebut meningkat di tahun 2023" is not a 2023 figure
        right = self._mentions(fig.end, self._clause_end(fig.end, right_end))
        # nor after a comparison: "35,3 juta atau meningkat 14 persen dibandingkan
        # periode yang sama tahun sebelumnya" is not last year's figure
        right = [y for y in right if not self._compares(fig.end, y.start)]
        left_segment = self._mentions(left_start, fig.start)
        sentence = [y for y in self._mentions(s.start, s.end)
                    if y.end <= fig.start or not self._compares(fig.end, y.start)]
        month_hint = next((y for y in reversed(left_clause) if y.month_only), None) or \
            next((y for y in right if y.month_only), None) or \
            next((y for y in reversed(left_segment) if y.month_only), None)  # "Hingga Februari, ..."
        steps = [
            ("same clause", [y for y in reversed(left_clause) if y.year]),
            ("same clause", [y for y in right if y.year]),
            ("same clause", [y for y in reversed(left_segment) if y.year]),
            ("relative cue", [y for y in reversed(left_clause) if y.relative and usable(y)] + [y for y in right if y.relative and usable(y)]),
            ("same sentence", sorted((y for y in sentence if y.year), key=lambda y: abs(y.start - fig.start))),
            ("relative cue", sorted((y for y in sentence if y.relative and usable(y)), key=lambda y: abs(y.start - fig.start))),
        ]
        # a baseline's "tahun sebelumnya" counts back from the figure it is compared with
        compared = self.readings[r.compares_to].year if r.baseline and r.compares_to is not None else None
        for rule, candidates in steps:
            for y in candidates:
                year = y.resolve(compared if compared and y.relative and not y.present else self.publication_year)
                if year:
                    r.year, r.year_rule = year, rule
                    r.as_of = y.as_of(year) if y.month else (month_hint.as_of(year) if month_hint else None)
                    break
            if r.year:
                break
        if r.year is None and r.baseline and self.since and s.index - self.since[0] <= INHERIT_SENTENCES:
            _, r.year, r.as_of = self.since
            r.year_rule = "start of the change"
        if r.year is None and self.running_year[r.kind]:
            r.year, as_of = self.running_year[r.kind]
            r.year_rule = "earlier " + r.kind
            r.as_of = month_hint.as_of(r.year) if month_hint else as_of
        if r.year is None and self.publication_year:
            r.year, r.year_rule = self.publication_year, "publication year"
            r.as_of = month_hint.as_of(r.year) if month_hint else None
        # only a BPJS figure (a level or an increment) sets the year later figures of its
        # kind inherit; a population's or another body's ("data BPS di tahun 2022") does not
        if r.year and not r.baseline and r.vetoed in ("", INCREMENT):
            self.running_year[r.kind] = (r.year, r.as_of)

    def _compares(self, start: int, end: int) -> bool:
        """Whether a comparison or a change is named between start and end."""
        return bool(self.vocab.increment.search(self.body, start, end) or self.vocab.baseline.search(self.body, start, end))

    def _note_years_without_figures(self, sentence: Sentence, start_kind: str) -> None:
        for y in self._mentions(sentence.start, sentence.end):
            if self.vocab.since.search(self.body, sentence.start, y.start):
                # "sejak dilantik pada 22 Februari 2021": where a change started, the
                # year of the "dari 28 juta" it starts from, not of later levels
                year = y.resolve(self.publication_year)
                if year:
                    self.since = (sentence.index, year, y.as_of(year) if y.month else None)
                continue
            if self.vocab.increment.search(self.body, sentence.start, y.start) or \
                    self.vocab.baseline.search(self.body, sentence.start, y.start):
                continue  # "tumbuh 12% dibandingkan tahun sebelumnya": a comparison, not the period
            year = y.resolve(self.publication_year) if not y.present else None
            if year:
                kind = self._kind_at(sentence, y.start, start_kind)
                if kind == "actual" and self.vocab.target.search(self.body, sentence.start, sentence.end) and \
                        not self.vocab.actual.search(self.body, sentence.start, sentence.end):
                    kind = "target"  # "Menghadapi tahun 2020, target ..."
                self.running_year[kind] = (year, y.as_of(year) if y.month else None)

    # --- totals -------------------------------------------------------------
    def _mark_registered_totals(self) -> None:
        """A participants total that an active count is said to be part of is the registered total."""
        body, vocab = self.body, self.vocab
        upgraded: set[int] = set()
        for i, r in enumerate(self.readings):
            if r.metric != "active_participants" or r.vetoed:
                continue
            if not vocab.subset_before_active.search(body, r.sentence.start, r.figure.start):
                continue
            for j in range(i - 1, -1, -1):
                p = self.readings[j]
                if r.sentence.index - p.sentence.index > INHERIT_SENTENCES:
                    break
                if p.metric == "participants" and not p.money and p.figure.value > r.figure.value \
                        and not p.vetoed and not p.baseline:
                    p.metric = "registered_participants"
                    upgraded.add(j)
                    break
        changed = True
        while changed:
            changed = False
            for i, r in enumerate(self.readings):
                if i in upgraded or r.metric != "participants":
                    continue
                if r.inherited_from in upgraded or (r.baseline and r.compares_to in upgraded):
                    r.metric = "registered_participants"
                    upgraded.add(i)
                    changed = True


def _table(r: Reading) -> str:
    if r.kind == "target":
        return "targets"
    return "funds" if r.money else "participants"


def read_figures(article: CleanedArticle) -> list[Reading]:
    """Every figure of the article with what its context says (facts and non-facts)."""
    return _ArticleReader(article).read()


def extract_facts(article: CleanedArticle) -> list[Fact]:
    """The facts an article states, one per distinct figure."""
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for r in read_figures(article):
        if r.vetoed or not r.metric or not r.year:
            continue
        key = (_table(r), r.metric, r.segment, r.program, r.year, round(r.figure.value, 2))
        if key in seen:
            continue
        seen.add(key)
        s = r.sentence
        facts.append(Fact(
            article_id=article.article_id,
            table=_table(r),
            metric=r.metric,
            segment=r.segment if not r.money else "all",
            program=r.program,
            year=r.year,
            as_of=r.as_of,
            value=r.figure.value,
            unit=METRICS[r.metric],
            quote=s.text,
            sentence_start=s.start,
            sentence_end=s.end,
            value_start=r.figure.start,
            value_end=r.figure.end,
            approximate=r.approximate,
            year_rule=r.year_rule,
        ))
    return facts

"""What the reader knows of one article while it reads: the body, its sentences,
figures and years, the readings so far, and the discourse state that later figures
read (running years, the last `sejak`, an open breakdown, a heading over lines).

The constructions (`extract/constructions/`) read and update this state; the
queries here are the ones several of them share.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from bpjs_pipeline.extract.constructions.question_answer import join_questions
from bpjs_pipeline.extract.phrase import COMPANY_METRICS
from bpjs_pipeline.extract.reading import Reading
from bpjs_pipeline.extract.roles import LEVEL, NEW_LEVEL
from bpjs_pipeline.extract.vocabulary import Vocabulary, vocabulary
from bpjs_pipeline.extract.year_index import YearIndex, year_of_the_latest
from bpjs_pipeline.model import CleanedArticle
from bpjs_pipeline.parsing.dates import find_years, years_in
from bpjs_pipeline.parsing.numbers import find_figures
from bpjs_pipeline.parsing.sentences import Sentence, clause_start, own_words_start, split_sentences

# how many sentences back a figure may take its metric (or segment) from
INHERIT_SENTENCES = 2
# how many earlier figures a figure may look back over for a total or a reference
LOOK_BACK = 12
# how far after a year a target word makes it a target's year, not an undated page's present ("By 2019, the goal is")
TARGET_AFTER_YEAR = 40
# how far after a year its end may be told by pointing back ("sepanjang 2023, ... pada akhir tahun")
END_TOLD_REACH = 200
# characters a word of scheduling may stand before the date of the plan it schedules, in the same clause
SCHEDULED_REACH = 40
STATEMENT_REACH = 120  # characters before a date where its verb of saying and weekday stand


class ArticleState:
    def __init__(self, article: CleanedArticle):
        self.article = article
        self.body = article.body
        self.vocab: Vocabulary = vocabulary()
        self.sentences = join_questions(self.body, split_sentences(self.body))
        self.sentence_starts = [s.start for s in self.sentences]
        self.figures = find_figures(self.body)
        self._figure_starts = [f.start for f in self.figures]
        self.years = YearIndex(self._dated_past_months([y for y in years_in(self.body) if not self._statement_day(y)]),
                               self.body, self.vocab.period_range)
        self.publication_year = self._publication_year()
        self.readings: list[Reading] = []
        self.running_year: dict[str, tuple[int, str | None] | None] = {"actual": None, "target": None}
        self.running_year_before_sentence = dict(self.running_year)  # ... as the sentence being read found it
        self.running_year_set_at = {"actual": -1, "target": -1}  # ... where a figure last set it
        self.since: tuple[int, int, str | None] | None = None  # sentence, year, as_of of the last "sejak"
        self.breakdown: tuple[int, int] | None = None  # (total's index, sentence index)
        self.first_in_sentence = 0  # index of the sentence's first reading
        self.kind_said_after = (-1, -1)  # (sentence, end) of the last target words said after a figure ("the 33.7
        # million the agency had aimed for"): they are that figure's, not the next one's
        self.sentences_with_money: set[int] = set()
        self.heading: dict[str, str] = {}  # the programme or segment of a heading over the lines below
        self.heading_sentence = -1  # the sentence index of that heading
        self.list_introduction: dict = {}  # the measure a list's introduction hands the headings under it
        self.baselines_in_sentence: list[Reading] = []
        self.series_years: dict = {}  # the sentence's figures' years handed out by place (period.py)
        self.passage_topic: Reading | None = None  # the active count the passage is about
        self.passage_topic_of_kind: dict[str, Reading] = {}  # ... the last actual's and the last target's
        self._sentence_facts: dict[tuple[int, str], bool] = {}  # (sentence, question) -> answer
        self._next_matches: dict[tuple[str, int], tuple] = {}  # (pattern name, sentence) -> (from, its first match)
        self._sentence_matches: dict[tuple[int, str], list] = {}  # (sentence, pattern name) -> its matches
        self._asides: dict[int, list[tuple[int, int]]] = {}  # sentence -> its relative clauses set off by commas
        self.regional_subject: str | None = None
        self.counted_since: dict[tuple[int, int], bool] = {}  # year mention -> where a count started (period.py)

    def opening_clause_end(self, sentence_start: int, before: int) -> int | None:
        """Where the sentence's opening clause of reason or time ends, at its comma before `before` ("Sebelum ..., ",
        "Setahun setelah ..., "; after a dateline), or None."""
        opener = self.vocab.subordinate.match(self.body, own_words_start(self.body, sentence_start, before))
        close = self.body.rfind(",", opener.end(), before) if opener is not None else -1
        return close if close != -1 and "," not in self.body[opener.end():close] else None

    def _statement_day(self, y) -> bool:
        """Whether a whole date is the day a statement was made ("said on Tuesday, January 9, 2024"): no figure's period
        on a dated page (on an undated one, the present it was said in)."""
        return y.day is not None and self.article.published_on is not None and \
            self.vocab.statement_day.search(self.body, max(0, y.start - STATEMENT_REACH), y.start) is not None

    def _dated_past_months(self, mentions: list) -> list:
        """"pada Juni lalu", "Maret kemarin": the last such month before publication ("Januari ini": this one); so is a data
        date's month ("Per Desember" in May is last December, "per Juni" in July this June)."""
        published = self.article.published_on
        if published is None:
            return mentions
        out = []
        for y in mentions:
            if y.month_only and y.month and y.month <= published.month and self.vocab.this_month.match(self.body, y.end):
                y = replace(y, year=published.year, month_only=False, end=self.vocab.this_month.match(self.body, y.end).end())
            elif y.month_only and y.month and self.vocab.past_month.match(self.body, y.end):
                y = replace(y, year=year_of_the_latest(y.month, published), month_only=False,
                            end=self.vocab.past_month.match(self.body, y.end).end())
            elif y.month_only and y.month and y.month > published.month and \
                    self.vocab.data_date_lead.search(self.body, max(0, y.start - 12), y.start) and \
                    not self.vocab.year_word_after.match(self.body, y.end) and not self._target_year(y):
                # "Per Desember" in May: last December (not "per Desember tahun lalu", nor a target's: "aims to have 34.1
                # million active members by the end of December")
                y = replace(y, year=published.year - 1, month_only=False)
            elif y.month_only and y.month and y.month <= published.month and \
                    self.vocab.data_date_lead.search(self.body, max(0, y.start - 12), y.start) and \
                    not self.vocab.year_word_after.match(self.body, y.end):
                y = replace(y, year=published.year, month_only=False)  # "per Juni" in July: this June
            out.append(y)
        return out

    def planned(self, y) -> bool:
        """Whether a year or date is when a plan is to happen, a word of scheduling before it in its clause ("yang
        dijadwalkan mulai berlaku Juli 2015", "We will be careful with stocks this year"): no figure's period."""
        return self.vocab.scheduled.search(self.body, clause_start(self.body, max(0, y.start - SCHEDULED_REACH), y.start),
                                           y.start) is not None

    def _publication_year(self) -> int | None:
        if self.article.published_on:
            return self.article.published_on.year
        inferred = self._year_of_an_undated_page()
        # (no earlier than the year after the results its title reports: "Highlights of 2017 Performance" over rows
        # compared with 2016's)
        reported = self._results_year_of_the_title()
        return max(inferred, reported + 1) if inferred and reported else inferred

    def _results_year_of_the_title(self) -> int | None:
        """The one year a title reporting results names ("Ikhtisar Kinerja 2017", "Highlights of 2017 Performance")."""
        title = self.article.title or ""
        if not self.vocab.results_title.search(title):
            return None
        years = {y.year for y in find_years(title) if y.year}
        return next(iter(years)) if len(years) == 1 else None

    def _year_of_an_undated_page(self) -> int | None:
        # an undated page: the latest month it gives a figure for ("per September 2023") is its present,
        # else the year after the one whose results it reports ("paparan kinerja 2017"), else the year it names most
        # (no date a programme is to start at: "yang dijadwalkan mulai berlaku Juli 2015" is a plan's)
        dated = [y.year for y in self.years.mentions if y.year is not None and y.month is not None and
                 not self.planned(y)]
        if dated:
            closed = max(dated) in self._year_ends_reported() and not self._actual_of_this_year()
            return max(max(dated) + (1 if closed else 0), self._after_compared_years())
        explicit = [y.year for y in self.years.mentions if y.year is not None]
        if not explicit:
            # (no year but a regulation's: the newest one in force since the agency began)
            regulations = [int(m.group("year")) + self._years_after(m.start())
                           for m in self.vocab.regulation_year.finditer(self.body)]
            newest = max(regulations, default=None)
            return newest if newest is not None and newest >= self.vocab.regulations_since else None
        # (not a year a target is set for: "aims to cover 70 million active workers by 2026", "By 2019, the goal is 26
        # million")
        present = [y.year for y in self.years.mentions if y.year is not None and not self._target_year(y)]
        # (the year whose results it reports, when no later year but a target's is named: the page is of the year after)
        reported = [y.year for y in self.years.mentions if y.year is not None and
                    self.vocab.results_year_lead.search(self.body, max(0, y.start - 30), y.start)]
        reported += self._year_ends_reported()
        if reported and max(reported) >= max(present or explicit):
            return max(reported) + 1
        counts = Counter(present or explicit)
        return max(max(counts, key=lambda y: (counts[y], y)), self._after_compared_years())

    def _sentence_at(self, pos: int) -> Sentence | None:
        """The sentence a position of the body stands in (the last one starting at or before it)."""
        return self.sentences[max(0, bisect_right(self.sentence_starts, pos) - 1)] if self.sentences else None

    def _target_year(self, y) -> bool:
        """Whether a target word stands in the year's clause before it, or right after it in its sentence."""
        sentence = self._sentence_at(y.start)
        sentence_start, sentence_end = (sentence.start, sentence.end) if sentence else (0, len(self.body))
        return bool(self.vocab.target.search(self.body, max(clause_start(self.body, max(0, y.start - 80), y.start),
                                                            sentence_start), y.start) or
                    self.vocab.target.search(self.body, y.end, min(sentence_end, y.end + TARGET_AFTER_YEAR)))

    def _years_after(self, pos: int) -> int:
        """How many years after what is named at `pos` the sentence stands ("Setahun setelah ... meneken Instruksi
        Presiden Nomor 2 Tahun 2021": 1)."""
        m = self.vocab.years_after_lead.search(self.body, max(0, pos - 80), pos)
        return self.vocab.regulation_years_after.get(" ".join(m.group(1).lower().split()), 0) if m else 0

    def _after_compared_years(self) -> int:
        """The earliest present an undated page's comparisons allow: a year something is compared with
        ("naik 12 persen dibandingkan 2019") is past, and one a relative year is compared with is that many years
        before it ("Sepanjang tahun lalu, ... melonjak 24,7 persen dibandingkan 2019": last year is 2020)."""
        floor = 0
        for y in self.years.mentions:
            if y.year is None or not self.compared_or_started_from(y):
                continue
            sentence = self._sentence_at(y.start)
            offsets = [m.offset for m in self.years.between(sentence.start, y.start)
                       if m.relative and m.offset is not None and not m.anaphoric] if sentence else []
            floor = max(floor, y.year + 1 - (offsets[0] if offsets else 0))
        return floor

    def _year_ends_reported(self) -> set[int]:
        """The years whose end the page reports results for: a year's end ("akhir 2020", "as of December 2023") in
        a sentence setting no target."""
        out = set()
        for y in self.years.mentions:
            sentence = self._sentence_at(y.start)
            if y.year is None or (y.month != 12 if y.month is not None else
                                  not self.vocab.year_end_lead.search(self.body, max(0, y.start - 30), y.start) and
                                  not self._its_end_told_after(y, sentence)):
                continue
            if sentence is not None and not self.vocab.target.search(self.body, sentence.start, sentence.end):
                out.add(y.year)
        return out

    def _actual_of_this_year(self) -> bool:
        """Whether the page gives an actual for "this year" ("Iuran yang terkumpul sepanjang tahun ini ..."): a year
        whose end it reports ("per 30 Desember 2014") is then still its present, not the year before it."""
        for y in self.years.mentions:
            if y.relative and y.offset == 0 and not y.present and not y.anaphoric:
                sentence = self._sentence_at(y.start)
                if sentence is not None and not self.vocab.target.search(self.body, sentence.start, sentence.end):
                    return True
        return False

    def _its_end_told_after(self, y, sentence) -> bool:
        """Whether the year's end is told later in its sentence by pointing back at it ("membukukan hasil investasi
        Rp51,6 triliun sepanjang 2023, dengan dana investasi mencapai Rp711,9 triliun pada akhir tahun")."""
        return sentence is not None and any(
            m.anaphoric and not m.offset and self.vocab.year_end_lead.search(self.body, m.start, m.end)
            for m in self.years.between(y.end, min(sentence.end, y.end + END_TOLD_REACH)))

    # --- queries several constructions share ---------------------------------------
    def compared_or_started_from(self, y) -> bool:
        """Whether a year is one something is compared with ("dibandingkan 2019") or the year of the level a change
        starts from ("naik dari Rp 14,9 triliun pada 2015")."""
        return bool(self.vocab.compared_period.search(self.body, max(0, y.start - 60), y.start) or
                    self.vocab.baseline.search(self.body, clause_start(self.body, max(0, y.start - 60), y.start), y.start))

    def asides(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The sentence's relative clauses set off by commas (", which took over ... in January 2014,"), found once."""
        if sentence.index not in self._asides:
            self._asides[sentence.index] = [m.span() for m in self.vocab.aside.finditer(self.body, sentence.start, sentence.end)]
        return self._asides[sentence.index]

    def sentence_has(self, name: str, sentence: Sentence, pattern) -> bool:
        """Whether the sentence has a match of `pattern` (asked once per sentence)."""
        key = (sentence.index, name)
        if key not in self._sentence_facts:
            if hasattr(pattern, "find_all"):
                found = next(iter(pattern.find_all(self.body, sentence.start, sentence.end)), None) is not None
            else:
                found = pattern.search(self.body, sentence.start, sentence.end) is not None
            self._sentence_facts[key] = found
        return self._sentence_facts[key]

    def last_match_before(self, name: str, pattern, sentence: Sentence, end: int):
        """The last match of `pattern` in the sentence that ends by `end`: the sentence's matches are found once
        and kept, so a sentence of n figures asking costs one scan, not n."""
        key = (sentence.index, name)
        found = self._sentence_matches.get(key)
        if found is None:
            found = self._sentence_matches[key] = list(pattern.finditer(self.body, sentence.start, sentence.end))
        return next((m for m in reversed(found) if m.end() <= end), None)

    def next_match(self, name: str, pattern, start: int, sentence: Sentence):
        """The first match of `pattern` from `start` to the sentence's end. Whether a match begins at a
        place does not depend on where the search began, so a search from an earlier place whose first match
        begins at or after `start` (or that found none) answers this one too: figures asked in the order of
        the sentence cost one scan of it, not one per figure."""
        key = (name, sentence.index)
        known = self._next_matches.get(key)
        if known is not None and known[0] <= start and (known[1] is None or known[1].start() >= start):
            return known[1]
        m = pattern.search(self.body, start, sentence.end)
        self._next_matches[key] = (start, m)
        return m

    def first_match(self, name: str, pattern, start: int, end: int, sentence: Sentence):
        """The first match of `pattern` in body[start:end], for an `end` that moves along the
        sentence (each figure's start): one search from `start` to the sentence's end
        (`next_match`) answers every `end`, so a sentence of n figures costs one scan, not n."""
        m = self.next_match(name, pattern, start, sentence)
        if m is None or m.start() >= end:
            return None
        if m.end() <= end:
            return m
        return pattern.search(self.body, start, end)  # the first match runs past `end`: ask within it

    def back(self, end: int, stop: int = 0):
        """The readings before index `end` back to index `stop`, nearest first (walked by index,
        never a copied slice: an article of n figures stays linear)."""
        readings = self.readings
        for i in range(end - 1, stop - 1, -1):
            yield readings[i]

    def before(self, r: Reading, first: int):
        """The readings from the one before `r` back to index `first`, nearest first."""
        return self.back(r.index, first)

    def after(self, r: Reading):
        """The readings after `r`, nearest first."""
        readings = self.readings
        for i in range(r.index + 1, len(readings)):
            yield readings[i]

    def subject_start(self, r: Reading) -> int:
        """Where the words naming what a figure counts may start: its sentence's start for the sentence's first figure
        (its subject may stand before a speaker's clause: "Iuran program tersebut ..., kata Sugeng, sudah mencapai
        Rp 1,1 triliun"), else its own clause."""
        return r.spans.sentence_start if r.index == self.first_in_sentence else r.spans.clause

    def previous_in_sentence(self, r: Reading, first: int) -> Reading | None:
        """The sentence's figure before `r` of the same unit (persons or rupiah)."""
        for p in self.before(r, first):
            if p.money == r.money:
                return p
        return None

    def compares(self, start: int, end: int) -> bool:
        """Whether a comparison or a change is named between start and end."""
        return bool(self.vocab.increment.search(self.body, start, end) or self.vocab.baseline.search(self.body, start, end))

    def own_tail_end(self, phrase_end: int, limit: int) -> int:
        """What follows a figure up to the end of its noun phrase, and a date right
        after it ("Rp 752 triliun pada akhir 2023 dari ..."), is its own, even set off by a comma after how far back it
        lies ("Rp 42.3 trillion a year earlier, in January 2018")."""
        offset = self.vocab.offset_apposition_end.search(self.body, max(0, phrase_end - 40), phrase_end)
        lead_start = offset.start() if offset else phrase_end
        for y in self.years.between(phrase_end, limit):
            if self.vocab.date_lead.fullmatch(self.body, lead_start, y.start):
                return y.end
            break
        return phrase_end

    def figure_index_before(self, pos: int) -> int:
        """The index of the article's last figure starting before `pos` (-1 when none)."""
        return bisect_left(self._figure_starts, pos) - 1

    def figures_after(self, start: int, end: int):
        """The article's figures starting in [start, end)."""
        i = bisect_left(self._figure_starts, start)
        while i < len(self.figures) and self.figures[i].start < end:
            yield self.figures[i]
            i += 1

    def own_clause_end(self, pos: int, end: int) -> int:
        """Where a figure's own clause ends before a breakdown word, or before a clause of
        reason or time ("... Rp 225 triliun seiring mulai berjalannya program JP")."""
        m = self.vocab.breakdown.search(self.body, pos, end)
        end = m.start() if m else end
        m = self.vocab.subordinate.search(self.body, pos, end)
        return m.start() if m else end

    def last_level_before(self, r: Reading) -> Reading | None:
        """The nearest earlier level of the same unit within a few sentences (rejected or
        not: the parts of a region's total are the region's)."""
        fallback = None
        for p in reversed(self.readings[max(0, r.index - LOOK_BACK):r.index]):
            if r.sentence.index - p.sentence.index > INHERIT_SENTENCES:
                break
            if (p.metric in COMPANY_METRICS) != (r.metric in COMPANY_METRICS) and not r.money and p.metric and r.metric:
                continue  # ("13,24 juta orang dari 196.450 perusahaan aktif. Jumlah itu terdiri dari ... pekerja": the workers)
            if p.money == r.money and p.role in (LEVEL, NEW_LEVEL) and not p.vetoed.startswith("too small"):
                if p.kind == r.kind:
                    return p  # ("Adapun klaim tersebut meliputi ..." after a forecast: the actual's parts)
                fallback = fallback or p
        return fallback

"""The period a figure describes: the year (and month) attached to it.

In order: a year in the figure's own clause (before it, or after it before any
comparison); a relative cue there (*tahun lalu*); a year, then a cue, elsewhere
in the sentence that no other figure owns; then the discourse (the running year
of the same kind, the publication year), which the reader supplies. A baseline
reads the words of its own comparison first (*dibandingkan PPU akhir 2020*,
*periode yang sama tahun lalu*), and its backward cues count from the figure it
is compared with.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from bpjs_pipeline.parsing.dates import YearMention


@dataclass(frozen=True)
class Period:
    year: int
    as_of: str | None
    rule: str


class YearIndex:
    """The article's year mentions, found by position without rescanning."""

    def __init__(self, mentions: list[YearMention], body: str = "", period_range=None):
        # "sepanjang tahun 2024 hingga Oktober 2025": a period that ends with the later
        # mention; the earlier one does not date figures on its own
        starts_of_ranges: list[YearMention] = []
        if period_range is not None:
            kept = []
            for i, m in enumerate(mentions):
                if m.year and i + 1 < len(mentions) and mentions[i + 1].year and mentions[i + 1].year >= m.year \
                        and period_range.fullmatch(body, m.end, mentions[i + 1].start):
                    starts_of_ranges.append(m)
                else:
                    kept.append(m)
            mentions = kept
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        # "sejak 2019 hingga Agustus 2021": where a period starts; a change over the
        # period starts from a level of that year
        self.range_starts = starts_of_ranges
        self._range_positions = [m.start for m in starts_of_ranges]

    def range_start_between(self, start: int, end: int) -> YearMention | None:
        i = bisect_left(self._range_positions, start)
        if i < len(self.range_starts) and self.range_starts[i].end <= end:
            return self.range_starts[i]
        return None

    def between(self, start: int, end: int) -> list[YearMention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


    def same_month_before(self, month: int, end: int, reach: int = 40) -> YearMention | None:
        """The nearest mention before `end` that names `month` with a year ("akhir November 2019" for a later
        "hingga November"), looked for among the `reach` mentions before it."""
        i = bisect_left(self.starts, end) - 1
        stop = max(-1, i - reach)
        while i > stop:
            m = self.mentions[i]
            if m.month == month and m.year and not m.month_only:
                return m
            i -= 1
        return None


def month_hint(candidates: list[list[YearMention]]) -> YearMention | None:
    """A month named without a year ("Hingga Februari, ..."): it pins `as_of`."""
    for group in candidates:
        for y in group:
            if y.month_only:
                return y
    return None


def resolve(steps: list[tuple[str, list[YearMention]]], publication_year: int | None,
            compared_year: int | None, hint: YearMention | None, anchor_year: int | None = None) -> Period | None:
    """The first step with a mention that resolves to a year. Backward relative cues
    count from `compared_year` when there is one (a baseline's *tahun sebelumnya*, *setahun sebelumnya*);
    other anaphoric cues (*tahun berikutnya*) from `anchor_year`, the year named before them."""
    for rule, candidates in steps:
        for y in candidates:
            if compared_year and y.relative and not y.present and (y.offset or 0) < 0:
                base = compared_year  # (an anaphoric one too: "rose to Rp 43,490 bn from Rp 37,210 bn a year earlier")
            elif y.anaphoric and anchor_year:
                base = anchor_year
            else:
                base = publication_year
            year = y.resolve(base)
            if year:
                as_of = y.as_of(year) if y.month else (hint.as_of(year) if hint else None)
                return Period(year, as_of, rule)
    return None


def year_of_the_latest(month: int, published) -> int:
    """The year of the latest such month up to the publication date ("Februari lalu" in May 2022: 2022; in January
    2022: 2021)."""
    return published.year if month <= published.month else published.year - 1

"""Years, months and publication dates in Indonesian text."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from bpjs_pipeline.lexicon import alternation, any_word, fold, lexicon, phrase_pattern, with_lead
from bpjs_pipeline.model import MAX_YEAR, MIN_YEAR  # one valid range for parsing and the schemas

# a year written alone ("TARGET 2023", "Apa target untuk 2018?"): no figure of the line's own
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")



@dataclass(frozen=True)
class YearMention:
    """A year the text names, explicitly (`2023`, `Februari 2023`) or relatively (`tahun lalu`)."""

    start: int
    end: int
    year: int | None  # None for a relative cue until resolved with the publication year
    offset: int | None = None  # for relative cues: years after the publication year
    present: bool = False  # "saat ini", "sekarang": only actual figures take it
    month: int | None = None
    day: int | None = None
    month_only: bool = False  # "hingga Agustus": pins the month, names no year
    anaphoric: bool = False  # "tahun berikutnya": counts from the year named before it, not from publication

    @property
    def relative(self) -> bool:
        return self.year is None and not self.month_only

    def resolve(self, publication_year: int | None) -> int | None:
        if self.year is not None:
            return self.year
        if publication_year is None or self.month_only:
            return None
        return publication_year + (self.offset or 0)

    def as_of(self, year: int) -> str | None:
        if self.month is None:
            return None
        if self.day is not None:
            return f"{year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{year:04d}-{self.month:02d}"


@cache
def clock_at_end() -> re.Pattern:
    """A clock time, perhaps with its zone, closing a line ("14:05 WIB"): a page's stamp of when it was published."""
    zones = "|".join(lexicon()["dates"]["time_zones"])
    return re.compile(rf"\d{{1,2}}[:.]\d{{2}}\s*(?:{zones})?\s*$")


@cache
def month_words(max_letters: int | None = None) -> tuple[str, ...]:
    """The lexicon's month names and abbreviations, longest first (only those of up to `max_letters` letters: the
    abbreviations a month and a two-digit year are written with, "Dec-22", "Feb-21")."""
    return tuple(m for m in sorted(lexicon()["dates"]["months"], key=len, reverse=True)
                 if max_letters is None or len(m) <= max_letters)


# the most letters of a month's name written with a two-digit year ("Dec-22", "Mar'21", "Juni-23")
SHORT_MONTH_LETTERS = 4


@cache
def _patterns():
    lex = lexicon()["dates"]
    months = lex["months"]
    month_alt = any_word(month_words())
    # any four-digit year from 1000 to 2999, and any number after "tahun": a year outside
    # MIN_YEAR..MAX_YEAR is kept as written, so the schemas refuse what carries it (one rule for
    # a fact's year and a publication date) instead of another year standing in for it
    year = r"(?P<year>[12]\d{3})"
    # (or glued to a fiscal year's prefix: "FY2024"; a date may be written month first: "January 9, 2024")
    glued = "".join(rf"|(?<=\b{re.escape(p)})" for p in lex["year_prefixes"])
    explicit = re.compile(
        rf"(?:(?<![\w./,]){glued})(?:(?<!\d-)|(?<=(?<!\d)[12]\d{{3}}-))(?:(?P<month_first>{month_alt})\.?\s+(?P<day_after>\d{{1,2}}),?\s+|(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{month_alt})\.?(?:\s*[-–]\s*(?:{month_alt})\.?)?\s+)?)\[?{year}\]?(?![\w]|[.,/]\d)",
        re.I,
    )
    # a month named alone counts only capitalised ("Mei", not "mei"): its first letter is matched
    # as written, so a scan passes over the lower-case words at once
    capitalised = "|".join(f"(?-i:{re.escape(m[0].upper())}){m[1:]}" for m in sorted(months, key=len, reverse=True))
    month_only = re.compile(rf"(?<![\w])(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{capitalised})\b(?!\s*\[?[12]\d{{3}})", re.I)
    after_tahun = re.compile(r"(?<![\w])(?:" + any_word(lex["year_words"]) + r")\s+(?P<year>\d{1,6})(?![\w]|[.,/]\d)", re.I)
    not_year = re.compile(r"(?:" + "|".join(lex["not_a_year"]["before"]) + r")\s*$", re.I)
    law_after = re.compile(r"\s+(?:" + alternation(lex["not_a_year"]["after"]) + r")\b", re.I)
    # one scan finds every relative cue, overlapping ones included (a lookahead
    # match consumes nothing); at one position the longest cue is tried first
    phrases = sorted(lex["relative_years"], key=len, reverse=True)
    offsets = {fold(p): int(v) for p, v in lex["relative_years"].items()}
    cue = re.compile(r"(?<![\w-])(?=(" + any_word(p.replace(" ", r"\s+") for p in phrases) + r")(?!\w))", re.I)
    relative = (cue, offsets)
    present = phrase_pattern(lex["present"]["words"])
    weekday_alt = any_word(sorted(lex["weekdays"], key=len, reverse=True))
    explicit, month_only, after_tahun, cue = (with_lead(p) for p in (explicit, month_only, after_tahun, cue))
    relative = (cue, offsets)
    return months, explicit, month_only, (not_year, law_after), relative, present, weekday_alt, after_tahun


@cache
def _short_year_months() -> dict[str, int]:
    return {p: int(n) for p, n in lexicon()["dates"]["short_year_periods"].items()}


@cache
def _short_year() -> re.Pattern:
    """A period or a month written with a two-digit year ("FY23", "1H24", "9M23", "Dec-22"), as written (case kept)."""
    periods = "|".join(sorted((re.escape(p) for p in _short_year_months()), key=len, reverse=True))
    months = "|".join(f"{re.escape(m[0].upper())}{re.escape(m[1:])}" for m in month_words(SHORT_MONTH_LETTERS))
    return re.compile(rf"(?<![\w-])(?:(?P<period>{periods})[ '’-]?|(?P<month>{months})[-'’])(?P<yy>\d{{2}})(?![\w]|[.,]\d)")


@cache
def _years_ahead() -> re.Pattern:
    lex = lexicon()["dates"]
    counts = any_word(sorted(_year_counts(), key=len, reverse=True))
    years = "|".join(lex["years_ahead"]["year_nouns"])
    return with_lead(re.compile(rf"(?<!\w)(?:(?:{'|'.join(lex['years_ahead']['before'])})\s+(?P<n>\d{{1,2}}|{counts})\s+(?:{years})"
                      rf"|(?P<n2>\d{{1,2}}|{counts})\s+(?:{years})\s+(?:{'|'.join(lex['years_ahead']['after'])}))(?!\w)", re.I))


@cache
def _year_counts() -> dict[str, int]:
    """The words that count years: the number words, and the English ones a count of years takes ("within two years")."""
    numbers = lexicon()["numbers"]
    return {k.lower(): int(v) for k, v in {**numbers["number_words"], **numbers["year_count_words"]}.items()}


@cache
def _years_later_words() -> tuple[str, ...]:
    return tuple(lexicon()["dates"]["years_later"]["after"])


@cache
def _years_later() -> re.Pattern:
    after = lexicon()["dates"]["years_later"]["after"]
    counts = any_word(sorted(_year_counts(), key=len, reverse=True))
    years = "|".join(lexicon()["dates"]["years_ahead"]["year_nouns"])
    return with_lead(re.compile(rf"(?<!\w)(?P<n>\d{{1,2}}|{counts})\s+(?:{years})\s+(?:{'|'.join(after)})(?!\w)", re.I))


@cache
def _years_ago_words() -> tuple[str, ...]:
    return tuple(lexicon()["dates"]["years_ago"]["after"])


@cache
def _years_ago() -> re.Pattern:
    counts = any_word(sorted(_year_counts(), key=len, reverse=True))
    years = "|".join(lexicon()["dates"]["years_ahead"]["year_nouns"])
    return with_lead(re.compile(rf"(?<!\w)(?P<n>\d{{1,2}}|{counts})\s+(?:{years})\s+(?:{'|'.join(_years_ago_words())})(?!\w)", re.I))


def _count_of(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return _year_counts().get(word.lower())


@cache
def _anaphoric_cues() -> frozenset[str]:
    return frozenset(fold(p) for p in lexicon()["dates"]["anaphoric_relative_years"])


@lru_cache(maxsize=1024)
def _month_number(word: str | None) -> int | None:
    if not word:
        return None
    return _patterns()[0].get(fold(word).rstrip("."))


class _Spans:
    """Spans of text that do not overlap, kept sorted: whether a new one overlaps any, in
    logarithmic time (an article may hold hundreds of year mentions)."""

    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = []
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (end, end))  # spans from there start at or after `end`
        return i > 0 and max(e for _, e in self._spans[max(0, i - 2):i]) > start if i else False

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._spans, (pos, float("inf")))
        return i > 0 and self._spans[i - 1][0] <= pos < self._spans[i - 1][1]


_WORD = re.compile(r"[A-Za-z]+")


def find_years(text: str, start: int = 0, end: int | None = None) -> list[YearMention]:
    """Explicit and relative year mentions in text[start:end], in order.

    A regulation's year (`PP Nomor 14 Tahun 1993`) is not a mention; a relative
    cue that is part of a longer one (`tahun lalu` in `akhir tahun lalu`) counts once.
    """
    months, explicit, month_only, (not_year, law_after), relative, present, _, after_tahun = _patterns()
    end = len(text) if end is None else end
    found: list[YearMention] = []
    for m in explicit.finditer(text, start, end):
        y = int(m.group("year"))
        if not_year.search(text[max(0, m.start() - 40):m.start()]) or \
                (not (m.group("month") or m.group("month_first")) and law_after.match(text, m.end())):
            continue
        month = _month_number(m.group("month") or m.group("month_first"))
        if month is not None:
            # "Januari-Maret 2021": the period ends with the last month named (only a match
            # naming a month holds letters)
            months_named = [mm for mm in _WORD.findall(text, m.start(), m.end()) if _month_number(mm)]
            if len(months_named) > 1:
                month = _month_number(months_named[-1])
        day = m.group("day") or m.group("day_after")
        found.append(YearMention(m.start(), m.end(), y, month=month, day=int(day) if day and month else None))
    for m in _short_year().finditer(text, start, end):  # "FY23", "1H24", "Dec-22"
        yy = int(m.group("yy"))
        month = _short_year_months()[m.group("period")] if m.group("period") else _month_number(m.group("month"))
        found.append(YearMention(m.start(), m.end(), (2000 if yy < 70 else 1900) + yy, month=month or None))
    for m in (_year_part().finditer(text, start, end) if "/" in text else ()):  # "semester I/2024", "kuartal III/2019"
        found.append(YearMention(m.start("year"), m.end("year"), int(m.group("year"))))
    for m in _numeric_data_date().finditer(text, start, end):  # "per 31/12/2023"
        d = _safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if d:
            found.append(YearMention(m.start("day"), m.end(), d.year, month=d.month, day=d.day))
    taken = _Spans((f.start, f.end) for f in found)
    for m in after_tahun.finditer(text, start, end):  # "tahun 0", "tahun 99999": a year, if not a valid one
        s, e = m.start("year"), m.end("year")
        if not taken.overlaps(s, e) and not not_year.search(text[max(0, m.start() - 40):s]):
            taken.add(s, e)
            found.append(YearMention(s, e, int(m.group("year"))))
    # "ten years ago", "sepuluh tahun silam": that many years before publication
    for m in (_years_ago().finditer(text, start, end) if any(w in text for w in _years_ago_words()) else ()):
        n = _count_of(m.group("n"))
        if n and not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            found.append(YearMention(m.start(), m.end(), None, offset=-n))
    # overlapping relative cues: the one that ends last decides ("akhir tahun lalu",
    # "sepanjang tahun lalu" are last year), then the longer one
    cue, offsets = relative
    cues = sorted(((m.start(1), m.end(1), offsets.get(fold(m.group(1)), 0))
                   for m in cue.finditer(text, start, end) if m.end(1) <= end),
                  key=lambda c: (-c[1], c[0]))
    anaphoric = _anaphoric_cues()
    for s, e, offset in cues:
        if not taken.overlaps(s, e):
            taken.add(s, e)
            found.append(YearMention(s, e, None, offset=offset, anaphoric=fold(text[s:e]) in anaphoric))
    # "tiga tahun kemudian": that many years after the year named before it (a plain substring test first)
    for m in (_years_later().finditer(text, start, end) if any(w in text for w in _years_later_words()) else ()):
        n = _count_of(m.group("n"))
        if n and not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            found.append(YearMention(m.start(), m.end(), None, offset=n, anaphoric=True))
    # "dalam 5 tahun", "lima tahun ke depan": that many years after publication
    for m in _years_ahead().finditer(text, start, end):
        if not taken.overlaps(m.start(), m.end()):
            n = _count_of(m.group("n") or m.group("n2"))
            if n:
                taken.add(m.start(), m.end())
                found.append(YearMention(m.start(), m.end(), None, offset=n))
    for m in present.finditer(text, start, end):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            found.append(YearMention(m.start(), m.end(), None, offset=0, present=True))
    for m in (_year_part_without_year().finditer(text, start, end) if any(p in text for p in _year_part_stems()) else ()):
        # ("semester I ini", "kuartal III lalu"; a plain substring test first: most pages name no part of a year)
        if taken.overlaps(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        if m.group("this"):
            found.append(YearMention(m.start(), m.end(), None, offset=0))
        else:
            dates = lexicon()["dates"]
            months = dates["year_parts"][m.group("noun").lower()] * dates["year_part_numbers"][m.group("part")]
            if months <= 12:  # (the last month of that part, pinned like "Juni lalu"; a bare "semester I" like "Juni")
                end_of_part = m.start("past") - 1 if m.group("past") else m.end()
                found.append(YearMention(m.start(), end_of_part, None, month=months, month_only=True))
    for m in month_only.finditer(text, start, end):
        if not taken.covers(m.start()) and m.group("month")[0].isupper():
            found.append(YearMention(m.start(), m.end(), None, month=_month_number(m.group("month")),
                                     day=int(m.group("day")) if m.group("day") else None, month_only=True))
    found.sort(key=lambda y: y.start)
    return found


@cache
def _numeric_data_date() -> re.Pattern:
    """A date written in figures after a word that pins a figure to it ("per 31/12/2023"); a
    statement's date ("Senin (26/2/2024)") is no period of a figure."""
    leads = alternation(lexicon()["dates"]["as_of"]["words"])
    return with_lead(re.compile(rf"(?<!\w)(?:{leads})\s+(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>[12]\d{{3}})(?![\d/])", re.I))


_SENTENCE_END = re.compile(r"\.(?!\d)")  # a full stop, not a decimal point


@lru_cache(maxsize=8)
def years_in(text: str) -> tuple[YearMention, ...]:
    """`find_years` over a whole text, kept for the few texts in use (the cleaner and
    the extractor both read an article body's years)."""
    return tuple(find_years(text))


# --- publication dates -------------------------------------------------------

def _weekday_names() -> dict[str, int]:
    return lexicon()["dates"]["weekdays"]


@dataclass(frozen=True)
class DateCandidate:
    when: date
    start: int
    kind: str  # header | weekday_full | weekday_named | paren_full | weekday_short | dateline
    said: bool = False  # right after a verb of saying: the day a statement was made


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@cache
def _date_patterns() -> dict[str, re.Pattern]:
    months, _, _, _, _, _, weekday_alt, _ = _patterns()
    month_alt = any_word(sorted(months, key=len, reverse=True))
    patterns = {
        # (the day, the month and the year parted by one mark throughout: "18/01/2024", "18-01-2024", "18.01.2024")
        "header_numeric": re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2([12]\d{3}),?\s+(?:/\s*)?\d{1,2}[:.]\d{2}"),
        "header_named": re.compile(
            rf"(?<!\d)(\d{{1,2}})\s+({month_alt})\.?\s+([12]\d{{3}})\s*(?:[,|/\-–—]\s*)?\d{{1,2}}[:.]\d{{2}}", re.I),
        "weekday_before": re.compile(rf"(?:^|\W)({weekday_alt}),?\s*$", re.I),
        "paren_date": re.compile(r"\((\d{1,2})/(\d{1,2})(?:/([12]\d{3}|\d\d))?\)"),
        "paren_full": re.compile(r"(?<![\w/])\((\d{1,2})/(\d{1,2})/([12]\d{3})\)"),
        "dateline_numeric": re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2([12]\d{3})(?![\d/.-])"),
        # (an English ordinal too: "22nd February 2022"; a comma may part the month and the year: "24 March, 2022")
        "dateline_named": re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({month_alt}),?\s+([12]\d{{3}})(?![\d])", re.I),
        # the month first, as English pages write it: "May 17, 2023", "January 10 2013"
        "dateline_month_first": re.compile(rf"\b({month_alt})\.?\s+(\d{{1,2}}),?\s+([12]\d{{3}})(?![\d])", re.I),
        "weekday_named": re.compile(
            rf"(?<!\w)({weekday_alt}),?\s+(\d{{1,2}})\s+({month_alt})\.?,?\s+((?:19|20)\d\d)(?!\d)", re.I),
        "iso": re.compile(r"(?<![\d/-])((?:19|20)\d\d)([/-])(\d\d)\2(\d\d)(?![\d/-])"),
        # a wire's dateline with no year, the weekday said later in its sentence: "JAKARTA, Jan 14 (Nusantara Wire) -
        # ... said on Wednesday"
        "wire_dateline": re.compile(rf"\b[A-Z][A-Z .]+,\s+((?i:{month_alt}))\.?\s+(\d{{1,2}})\s+\([^()\n]{{2,40}}\)\s*[-–—]"),
        "on_weekday": re.compile(rf"\bon\s+({weekday_alt})\b", re.I),
    }
    return {name: with_lead(pattern) for name, pattern in patterns.items()}


# a wire's dateline stands in the page's first characters
_WIRE_DATELINE_CHARS = 3000


def _on_weekday(day: int, month: int, weekday: int, years_named: list[int] | None,
                years_dated: list[int] | None) -> date | None:
    """The date of that day and month, in the year among those the text names (and the years around them) on which it
    falls on that weekday: years named with a month or day first, then the others, then the year before one named
    ("Tahun depan, ... 2015" in a 2014 article)."""
    dated = sorted({y + k for y in (years_dated or []) for k in (0, 1)}, reverse=True)
    named = sorted({y + k for y in (years_named or []) for k in (0, 1)} - set(dated), reverse=True)
    before = sorted({y - 1 for y in (years_dated or []) + (years_named or [])} - set(dated) - set(named), reverse=True)
    for y in dated + named + before:
        d = _safe_date(y, month, day)
        if d and d.weekday() == weekday:
            return d
    return None


def find_publication_dates(text: str, years_named: list[int] | None = None,
                           years_dated: list[int] | None = None) -> list[DateCandidate]:
    """Dates that can be an article's publication date, best kind first.

    header: `12/05/2023, 20:30 WIB`, `Selasa, 11 Juli 2023 15:30`, `3 Juni 2024 14:32 WIB`;
    weekday_full: `Senin (26/2/2024)`; weekday_short: `Senin (15/11)`, whose year is
    the one among `years_named` (and the years around them) on which that day
    falls on that weekday (years named with a month or day, `years_dated`, are
    tried first: "per Mei 2015" dates the news, "pada 2019" may be a target); paren_full: `Jakarta (6/4/2022)`; dateline: `Jakarta, 30 Januari 2024`, `May 17, 2023`.
    """
    patterns = _date_patterns()
    out: list[DateCandidate] = []
    for m in patterns["header_numeric"].finditer(text):
        d = _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if d:
            out.append(DateCandidate(d, m.start(), "header"))
    # (each pattern starts with a digit or a bracket, so the scan skips most positions at once)
    for m in patterns["header_named"].finditer(text):
        month = _month_number(m.group(2))
        d = month and _safe_date(int(m.group(3)), month, int(m.group(1)))
        if d:
            out.append(DateCandidate(d, m.start(), "header"))
    weekday_before = patterns["weekday_before"]
    for m in patterns["paren_date"].finditer(text):
        said = weekday_before.search(text, max(0, m.start() - 12), m.start())
        if not said:
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            y = int(m.group(3))
            y = y + 2000 if y < 100 else y
            d = _safe_date(y, month, day)
            if d:
                out.append(DateCandidate(d, said.start(1), "weekday_full"))
            continue
        weekday = _weekday_names().get(fold(said.group(1)))
        if weekday is None:
            continue
        d = _on_weekday(day, month, weekday, years_named, years_dated)
        if d:
            out.append(DateCandidate(d, said.start(1), "weekday_short"))
    for m in patterns["wire_dateline"].finditer(text, 0, _WIRE_DATELINE_CHARS):  # (a dateline opens the page)
        month = _month_number(m.group(1))
        end = _SENTENCE_END.search(text, m.end())  # (not a decimal point: "302.6 trillion rupiah")
        said = patterns["on_weekday"].search(text, m.end(), end.start() if end else len(text))
        weekday = _weekday_names().get(fold(said.group(1))) if said else None
        if month and weekday is not None:
            d = _on_weekday(int(m.group(2)), month, weekday, years_named, years_dated)
            if d:
                out.append(DateCandidate(d, m.start(), "weekday_short"))
    for m in patterns["paren_full"].finditer(text):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            out.append(DateCandidate(d, m.start(), "paren_full"))
    for m in patterns["dateline_numeric"].finditer(text):
        d = _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if d:  # "JAKARTA, 12/05/2023 -" (a dateline only in the opening lines)
            out.append(DateCandidate(d, m.start(), "dateline"))
    for m in patterns["dateline_named"].finditer(text):
        month = _month_number(m.group(2))
        d = month and _safe_date(int(m.group(3)), month, int(m.group(1)))
        if d:
            out.append(DateCandidate(d, m.start(), "dateline"))
    for m in patterns["dateline_month_first"].finditer(text):
        month = _month_number(m.group(1))
        d = month and _safe_date(int(m.group(3)), month, int(m.group(2)))
        if d:
            out.append(DateCandidate(d, m.start(), "dateline"))
    # "ujar Pramudya ..., Kamis, 23 Oktober 2025": a day named with its weekday is the day
    # something was said or done, the news's own day (a bare "30 November 2025" may date data)
    for m in patterns["weekday_named"].finditer(text):
        month = _month_number(m.group(3))
        d = month and _safe_date(int(m.group(4)), month, int(m.group(2)))
        if d and d.weekday() == _weekday_names().get(fold(m.group(1))):
            out.append(DateCandidate(d, m.start(), "weekday_named"))
    for m in patterns["iso"].finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:  # " date 2024-01-31" at the top of a page (a dateline only in the opening lines)
            out.append(DateCandidate(d, m.start(), "dateline"))
    rank = {"header": 0, "weekday_full": 1, "weekday_named": 2, "paren_full": 3, "weekday_short": 4, "dateline": 5}
    out.sort(key=lambda c: (rank[c.kind], c.start))
    speech, data_date, past, event = _speech(), _data_date_lead(), _past_after(), _event_date_lead()
    # a bare date after a bound or a date of data ("since Jan. 1, 2014", "hingga 30 November 2010"),
    # or before a word of the past ("pada 1 Juli 2015 lalu"), dates something else than the news
    return [DateCandidate(c.when, c.start, c.kind, said=bool(speech.search(text, max(0, c.start - 80), c.start)))
            for c in out
            if not (c.kind == "dateline" and (data_date.search(text, max(0, c.start - 20), c.start)
                                              or past.match(text, c.start)
                                              or event.search(text, max(0, c.start - _EVENT_LEAD_CHARS), c.start)))]


def labelled_date(page: str) -> date | None:
    """The date a page's publication label gives, wherever the page prints it
    ("Diterbitkan: 12/01/2023" under the article, "Published | 3 Juni 2024 14:32")."""
    for m in _publication_label().finditer(page):
        found = [c for c in find_publication_dates(page[m.end():m.end() + _LABELLED_DATE_CHARS])
                 if c.start <= _WEEKDAY_CHARS]
        if found:
            return found[0].when
    return None


_LABELLED_DATE_CHARS = 40  # a date with its weekday and clock time
_WEEKDAY_CHARS = 8  # "Jum'at, " before the date itself


@cache
def _publication_label() -> re.Pattern:
    """A publication label opening a line or a field of the page's furniture, up to where its date starts."""
    labels = alternation(lexicon()["dates"]["publication_labels"])
    links = alternation(lexicon()["dates"]["publication_label_links"])
    return re.compile(rf"(?:^|\|)[^\S\n]*(?:{labels})(?:\s+(?:{links}))?[^\S\n]*[:|,–-]?[^\S\n]*", re.I | re.M)


@cache
def _year_part() -> re.Pattern:
    """A numbered part of a year, a slash and the year: "semester I/2024", "Q1/2024"."""
    nouns = "|".join(lexicon()["dates"]["year_parts"])
    letters = "|".join(lexicon()["dates"]["year_part_letters"])
    return with_lead(re.compile(rf"(?<!\w)(?:(?i:{nouns})\s*(?:[IV]{{1,3}}|[1-4])|(?:{letters})[1-4])\s*/\s*"
                                rf"(?P<year>(?:19|20)\d\d)(?!\d)"))


@cache
def _year_part_stems() -> tuple[str, ...]:
    """The year-part nouns without their first letter, whatever its case ("emester", "uartal")."""
    return tuple(noun[1:].lower() for noun in lexicon()["dates"]["year_parts"])


@cache
def _year_part_without_year() -> re.Pattern:
    """A numbered part of a year with no year, then "ini" or a word of the past: "semester I ini",
    "Semester I kemarin", "kuartal ketiga lalu"; or alone ("Penerimaan iuran semester I ...")."""
    lex = lexicon()["dates"]
    nouns = "|".join(lex["year_parts"])
    numbers = "|".join(sorted(lex["year_part_numbers"], key=len, reverse=True))
    this = alternation(lex["this_words"])
    past = alternation(lex["past_month_words"])
    year_words = alternation(lex["year_words"])
    return with_lead(re.compile(rf"(?<!\w)(?P<noun>(?i:{nouns}))\s+(?P<part>{numbers})(?:\s+"
                                rf"(?:(?P<this>{this})|(?P<past>{past})))?(?!\w)(?![\s/]+(?:(?:{year_words})\s+)?[12]\d{{3}})",
                                re.I))


@cache
def _data_date_lead() -> re.Pattern:
    """The words that make the date after them a date of data, not of saying
    ("Menurut dia, hingga 30 November 2010 terdapat ...", "per 31 Mei 2023")."""
    leads = lexicon()["dates"]["data_date_leads"] + lexicon()["dates"]["data_date_bounds"]
    return re.compile(r"(?<!\w)(?:" + alternation(leads) + r")\s+$", re.I)


_EVENT_LEAD_CHARS = 80  # how far before a date the words of an event it dates may begin


@cache
def _event_date_lead() -> re.Pattern:
    """The words that make the whole date after them the date of an event the text tells of ("Sejak bertransformasi
    dari PT Jamsostek pada 1 Januari 2014")."""
    return re.compile(r"(?<!\w)(?:" + alternation(lexicon()["dates"]["event_date_leads"]) + r")\s+$", re.I)


@cache
def _past_after() -> re.Pattern:
    """A whole date followed by a word of the past ("diresmikan pada 1 Juli 2015 lalu")."""
    months = "|".join(sorted(_patterns()[0], key=len, reverse=True))
    past = alternation(lexicon()["dates"]["past_month_words"])
    return re.compile(rf"(?:(?:\d{{1,2}}\s+(?:{months})\.?|(?:{months})\.?\s+\d{{1,2}},?)\s+[12]\d{{3}}"
                      rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-][12]\d{{3}})\s+(?:{past})\b", re.I)


@cache
def _speech() -> re.Pattern:
    """A verb of saying and the speaker's name after it, ending where a date follows."""
    verbs = lexicon()["grammar"]["speech"] + lexicon()["dates"]["statement_verbs"]
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(verbs, key=len, reverse=True)) + r")\b[^.\n\d]{0,70}?,?\s*$", re.I)


# --- dates in a web address ----------------------------------------------------

# `/2024/02/19/`, `/2015/11/`, `/read/20190123/`, `/20201230152536-17-212605/` (a timestamp),
# `/news/2008-01-11/` (the parts joined by hyphens)
_ADDRESS_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})(?:/(?P<d>\d{1,2}))?(?=/|$)"
                           r"|/(?P<y2>(?:19|20)\d\d)-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?=/|$)"
                           r"|/(?P<y3>(?:19|20)\d\d)(?P<m3>\d\d)(?P<d3>\d\d)(?:\d{6}(?=-))?(?=/|$|-)"
                           # day first, as some regional outlets write it: /15/10/2024/
                           r"|/(?P<d4>\d{1,2})/(?P<m4>\d{1,2})/(?P<y4>(?:19|20)\d\d)(?=/|$)"
                           # closing an article's code, as a wire's address does: /idUSL3N0ZG1PX20150630
                           r"|(?<=[A-Za-z])(?P<y5>(?:19|20)\d\d)(?P<m5>\d\d)(?P<d5>\d\d)/?$")


@dataclass(frozen=True)
class AddressDate:
    year: int
    month: int | None
    day: int | None

    @property
    def when(self) -> date | None:
        return _safe_date(self.year, self.month, self.day) if self.month and self.day else None


def date_in_address(url: str | None) -> AddressDate | None:
    """The date a news address carries in its path: `/2024/02/19/`, `/2015/11/`, `/read/20190123/`,
    day first `/15/10/2024/`, closing an article's code `/idUSL3N0ZG1PX20150630`."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I).split("?")[0]
    m = _ADDRESS_DATE.search(path)
    if not m:
        return None
    suffix = next(k for k in ("", "2", "3", "4", "5") if m.group("y" + k))
    y, mo, d = int(m.group("y" + suffix)), int(m.group("m" + suffix)), m.group("d" + suffix)
    d = int(d) if d else None
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= mo <= 12) or (d is not None and _safe_date(y, mo, d) is None):
        return None
    return AddressDate(y, mo, d)

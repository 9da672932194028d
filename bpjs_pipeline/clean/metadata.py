"""What a page says about itself: headline, outlet and publication date."""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from bpjs_pipeline.clean.boilerplate import is_caption
from bpjs_pipeline.clean.wrapping import dateline_domain
from bpjs_pipeline.lexicon import alternation, lexicon
from bpjs_pipeline.parsing.dates import clock_at_end, date_in_address, find_publication_dates, labelled_date, years_in

_TITLE_MIN_WORDS = 4
_DIGIT = re.compile(r"\d")
# a first line of at most this many words is a page header, and a date in it the page's own
_DATE_LINE_WORDS = 15


@cache
def _outlets() -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile("|".join(patterns))) for name, patterns in lexicon()["outlets"].items()]


def find_title(header: list[str]) -> str | None:
    """The headline: the first header line of a few words that is not a dateline."""
    for line in header:
        if len(line.split()) < _TITLE_MIN_WORDS or clock_at_end().search(line):
            continue
        if re.search(r"\s[-–]\s*$", line):  # "Warta Ekonomi, Jakarta -"
            continue
        return line.strip()
    return None


def find_publisher(header: list[str], body: list[str]) -> str | None:
    """The outlet named first in the header or the opening paragraphs."""
    text = "\n".join(header + body[:3])
    best: tuple[int, str] | None = None
    for name, pattern in _outlets():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    if best:
        return best[1]
    # an outlet not in the lexicon still signs its dateline with its domain:
    # "TarunaKota.com, Jakarta –", "Jakarta, Wartapembaruan.co.id -"
    m = dateline_domain().search("\n".join(header[-3:] + body[:2]))
    if m:
        return m.group("domain")
    return None


# a date in the text may precede its address's date by this much (an event reported
# a few days later); further from it, the text's date is a caption's or an old event's
ADDRESS_LEAD_DAYS = 7


def _short_header_lines(text: str, header_lines: int) -> list[tuple[int, int]]:
    """The spans of the page's first line and of its header's byline lines: lines of a few
    words (a long first line is the lead: "... per 31 Januari 2018")."""
    spans, start = [], 0
    for index, line in enumerate(text.split("\n")):
        if index > 0 and index >= header_lines:
            break
        limit = _DATE_LINE_WORDS if index == 0 else _BYLINE_WORDS
        if len(line.split()) <= limit:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_BYLINE_WORDS = 8  # a byline's date line: "Kamis, 14 Maret 2024 | 10:22 WIB"
_PAGE_TOP_CHARS = 600  # the page's masthead, title and byline (and its foot)
_QUOTE_DAYS = ("weekday_full", "weekday_short", "paren_full")  # the day a quote was said


def find_published_on(header: list[str], body: list[str], address: str | None = None,
                      page: str | None = None, captions: tuple[str, ...] = ()) -> date | None:
    """The date a publication label gives anywhere on the `page` ("Diterbitkan: 12/01/2023",
    furniture the body no longer has); else the dateline or byline date; else the weekday date of a quote
    (`Senin (26/2/2024)`); else a date in the opening line; else the date a statement
    was made (`kata X di Jakarta, 12 Mei 2023`); else a dateline in the page's opening lines
    that were furniture (a byline cut into fields by `|`). Captions are gone
    before this runs, and `captions` (those read beside a photographer's credit) are no
    byline, so a photo's date cannot win. A date in the article's web
    address (`/2024/02/19/`) is used when the text has none, or when the text's
    date does not fall in the week before it; a year (and month) there picks the
    year of a weekday date written without one (`Rabu (15/6)`)."""
    labelled = labelled_date(page) if page is not None else None
    if labelled is not None:
        return labelled
    text = "\n".join(header + body)
    mentions = years_in("\n".join(body))
    in_address = date_in_address(address)
    years = sorted({y.year for y in mentions if y.year is not None})
    dated = sorted({y.year for y in mentions if y.year is not None and y.month is not None})
    copyright_year = _copyright_year(page) if page is not None and not years else None
    if copyright_year is not None:
        # ("JAKARTA, Nov 8 (Reuters) - ..." over "© 2017 Thomson Reuters": the page's year is its notice's)
        dated = years = [copyright_year]
    if in_address:
        dated = [in_address.year]  # the address's year decides among weekday years
        years = [in_address.year]
    opening = len("\n".join(header + body[:1]))
    # a dateline past the opening lines counts only as the day a statement was made ("ucap
    # Anggoro dalam Public Expose di Jakarta, 12 Mei 2023"); another is a data date ("per 31 Mei 2023")
    candidates = [c for c in find_publication_dates(text, years, dated)
                  if c.kind != "dateline" or c.start <= opening or c.said]
    # a whole date on the page's first line is the page's own ("Rabu, 07 Februari 2018",
    # "e-KLIPING KETENAGAKERJAAN 28 AGUSTUS 2020", " date 2024-01-31"), and so is one on a
    # byline line of the header ("Senin, 28 September 2015" under the outlet's name): before a quote's day
    page_lines = _short_header_lines(text, len(header))
    if page_lines:
        candidates.sort(key=lambda c: 0 if c.kind in ("weekday_named", "dateline")
                        and any(start <= c.start < end for start, end in page_lines) else 1)
    if page is not None and not (candidates and candidates[0].start < len(text.split("\n", 1)[0])
                                 and candidates[0].kind not in _QUOTE_DAYS):
        # the raw page's first line, when cleaning joined it into the lead ("Page 1092 - e-KLIPING
        # KETENAGAKERJAAN 28 AGUSTUS 2020" above a clipping's wrapped lines)
        first = page.lstrip().split("\n", 1)[0]
        if len(first.split()) <= _DATE_LINE_WORDS and first.strip() != text.split("\n", 1)[0].strip():
            candidates = [c for c in find_publication_dates(first, years, dated)
                          if c.kind in ("header", "weekday_named", "dateline")][:1] + candidates
    best = candidates[0].when if candidates else None
    if page is not None and (best is None or candidates[0].kind in _QUOTE_DAYS):
        # a byline whose date sat in a line of furniture ("The Jakarta Post, Jakarta | Business |
        # Thu, January 10 2013, 10:45 AM", "Harian | Kamis, 27 Juli 2017 | Halaman 7"): a dateline in
        # the page's opening lines, before a quote's day
        kept = {line.strip() for line in header + body}
        # (a caption's day is a scene's, not the page's, even when the page prints no other date)
        dropped = "\n".join(line for line in page[:_PAGE_TOP_CHARS].split("\n")
                            if line.strip() not in kept and _DIGIT.search(line) and not is_caption(line)
                            and line.strip() not in captions)
        # (with a quote's day found, only a weekday and a month written out: a caption's "(2/10/2017)" is no byline)
        wanted = ("weekday_named", "header") if best is not None else ("dateline",)
        # (or a date with its month written out in a byline cut into fields by "|": "Ditulis oleh Redaksi | 10
        # Februari 2017 | Dibaca 1.284 kali")
        fields = "\n".join(line for line in dropped.split("\n") if line.count("|") >= 2)
        best = next((c.when for c in find_publication_dates(dropped, years, dated) if c.kind in wanted), None) or \
            next((c.when for c in find_publication_dates(fields, years, dated) if c.kind == "dateline"), None) or best
    if best is None and page is not None:
        # a date with its clock time at the foot of the page ("Kamis, 18 Desember 2014 19:32 WIB | Dibaca ...")
        best = next((c.when for c in find_publication_dates(page[-_PAGE_TOP_CHARS:], years, dated)
                     if c.kind == "header"), None)
    if in_address and in_address.when:
        said = candidates[0].said if candidates else False
        # a statement's day ("kata Oni, Selasa (2/7/2024)") is the news's day even when the
        # page went up weeks later; a scene's day ("terpampang di ..., Rabu (23/2/2022)") is a photo's
        if best is None or best > in_address.when or \
                (not said and (in_address.when - best).days > ADDRESS_LEAD_DAYS):
            return in_address.when
    return best


@cache
def _copyright_notice() -> re.Pattern:
    """A page's copyright notice and its year ("© 2017 Thomson Reuters", "Copyright © ANTARA 2023")."""
    marks = alternation(lexicon()["boilerplate"]["copyright_marks"])
    return re.compile(rf"(?:{marks})\s*(?:©\s*)?(?:[A-Za-z][\w.&-]*\s+){{0,3}}(?P<year>(?:19|20)\d\d)(?!\d)")


def _copyright_year(page: str) -> int | None:
    """The year of the page's copyright notice (its last), if any."""
    found = [int(m.group("year")) for m in _copyright_notice().finditer(page)]
    return found[-1] if found else None

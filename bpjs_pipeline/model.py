"""Plain records that flow through the pipeline (no Dagster, no DuckDB).

ingest -> RawArticle, clean -> CleanedArticle, extract -> Fact.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

TABLES = ("participants", "funds", "targets")
METRICS = {
    "active_participants": "persons",
    "registered_participants": "persons",
    "participants": "persons",
    "active_employers": "employers",
    "employers": "employers",
    "managed_funds": "IDR",
    "assets": "IDR",
    "contributions": "IDR",
    "investment_returns": "IDR",
    "benefits_paid": "IDR",
}
PARTICIPANT_METRICS = tuple(m for m, u in METRICS.items() if u != "IDR")
FUND_METRICS = tuple(m for m, u in METRICS.items() if u == "IDR")
SEGMENTS = ("all", "informal", "formal", "construction", "migrant")
PROGRAMS = ("JHT", "JKK", "JKM", "JP", "JKP")
UNITS = ("persons", "employers", "IDR")
# The years a fact or a publication date may name. BPJS Ketenagakerjaan's predecessor, the
# Jamsostek programme (Astek until 1992), dates from 1977, so no figure about it can be
# older; targets reach a few decades ahead at most. Parsing, the pandera schemas and the
# published warehouse all use this one range.
MIN_YEAR = 1977
MAX_YEAR = 2100


@dataclass(frozen=True)
class RawArticle:
    """One input file, decoded."""

    article_id: str  # file stem
    file_name: str
    sha256: str  # of the file's bytes
    size_bytes: int
    text: str
    encoding: str = "utf-8"
    url: str | None = None  # the page's web address, when the seeds folder's manifest.jsonl gives one


@dataclass(frozen=True)
class CleanedArticle:
    """The article body without page furniture, plus what the page says about itself."""

    article_id: str
    title: str | None
    publisher: str | None
    published_on: date | None
    body: str  # character offsets of facts refer to this text

    def to_record(self) -> dict:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "publisher": self.publisher,
            "published_on": self.published_on.isoformat() if self.published_on else None,
        }


@dataclass(frozen=True)
class Fact:
    """One figure the article states about BPJS Ketenagakerjaan (see docs/facts.md)."""

    article_id: str
    table: str  # participants | funds | targets
    metric: str
    segment: str
    program: str | None
    year: int
    as_of: str | None  # YYYY-MM or YYYY-MM-DD
    value: float
    unit: str
    quote: str  # the sentence that states it
    sentence_start: int  # offsets of the sentence in CleanedArticle.body
    sentence_end: int
    value_start: int  # offsets of the figure itself in CleanedArticle.body
    value_end: int
    approximate: bool = False  # "sekitar", "jutaan", a range
    year_rule: str = field(default="", compare=False)  # which year rule decided `year`
    confidence: float = field(default=1.0, compare=False)  # how sure the reader is, 0 to 1 (extract/confidence.py)

    def to_record(self) -> dict:
        """The fact as a plain dict, field by field (its values are all plain scalars)."""
        return {name: getattr(self, name) for name in _FACT_FIELDS}


_FACT_FIELDS = tuple(f.name for f in fields(Fact))

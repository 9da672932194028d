"""One figure of an article and what its context says about it."""
from __future__ import annotations

from dataclasses import dataclass, field

from bpjs_pipeline.extract.context import Spans
from bpjs_pipeline.extract.roles import LEVEL
from bpjs_pipeline.parsing.numbers import Figure
from bpjs_pipeline.parsing.sentences import Sentence

# two figures within this share of each other state the same value (a restatement)
# the source of a field its lines' heading gave ("Berikut target perusahaan untuk tahun depan:" over "- Iuran: ...")
HEADING = "the heading of its lines"
RESTATED = 0.005
# how `sources["metric"]` begins when only a noun for workers named the figure's measure ("14,5 juta pekerja")
COVERED_WORKER_NOUN = "a covered worker noun"


# the most times a group's count is said to grow to in one change: a count many times a group's is no count of that group
GROUP_GROWTH = 3
# the year rules that give a figure no period of its own words: the publication's year, or the running year
UNDATED_YEAR_RULES = ("publication year", "earlier")


def same_value(a: float, b: float) -> bool:
    """Whether two values are one figure stated twice (within RESTATED of each other)."""
    return abs(a - b) <= RESTATED * max(abs(a), abs(b))


def significant_digits(value: float) -> int:
    """How many significant digits a value is written with (41,56 juta: 4; 40 juta: 1)."""
    return len(f"{value:.6e}".split("e")[0].replace(".", "").rstrip("0"))


def one_rounding_of_the_other(a: float, b: float) -> bool:
    """Whether the more precise figure, rounded to the other's significant digits, is the other ("Rp37,08 triliun" and
    "Rp37,1 triliun"; not "26.327.404" and "26.207.116", nor "Rp37,1 triliun" and "Rp37,2 triliun")."""
    digits = min(significant_digits(a), significant_digits(b))
    return float(f"{a:.{digits - 1}e}") == float(f"{b:.{digits - 1}e}")


def size_ratio(a: float, b: float) -> float:
    """How many times the larger of two values is the smaller one (two figures "of one size" when small)."""
    low, high = sorted((abs(a), abs(b)))
    return high / low if low else float("inf")


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
    also_programs: tuple[str, ...] = ()  # "JKK dan JKM masing-masing 26,64 juta": the same figure for each
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

"""Loads `lexicon.toml`, the one place where the pipeline's Indonesian lives,
and compiles its word lists into regular expressions."""
from __future__ import annotations

import re
import unicodedata
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Iterable

LEXICON_FILE = "lexicon.toml"


@cache
def lexicon() -> dict:
    """The raw lexicon as a dict (loaded once per process)."""
    with resources.files("bpjs_pipeline").joinpath(LEXICON_FILE).open("rb") as f:
        return tomllib.load(f)


def fold(text: str) -> str:
    """A word as the lexicon spells its keys: case folded, accents and other combining
    marks dropped, runs of white space as one space ("SENİN" and "ſenin" are "senin")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"\s+", " ", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _fragment(entry: str) -> str:
    # entries are regex fragments; a literal space matches any run of white space
    return entry.replace(" ", r"\s+")


def alternation(entries: Iterable[str], case_sensitive: Iterable[str] = ()) -> str:
    """The entries as one regex alternation, longest first; entries listed in
    `case_sensitive` (abbreviations such as "PU" or "M") keep their case, all
    others ignore it."""
    strict = set(case_sensitive)
    alternatives = []
    for entry in sorted(set(entries), key=len, reverse=True):
        body = _fragment(entry)
        alternatives.append(body if entry in strict else f"(?i:{body})")
    return "|".join(alternatives)


def phrase_pattern(entries: Iterable[str], case_sensitive: Iterable[str] = ()) -> re.Pattern:
    """One regex matching any entry as a whole word, with or without an enclitic
    ("realisasinya" is "realisasi")."""
    enclitics = "|".join(lexicon()["grammar"]["enclitics"])
    return re.compile(rf"(?<![\w-])(?:{alternation(entries, case_sensitive)})(?:{enclitics})?(?![\w])")


@dataclass(frozen=True)
class Labelled:
    """A compiled pattern per label, e.g. one per metric or per segment."""

    patterns: tuple[tuple[str, re.Pattern], ...]

    @cached_property
    def _any(self) -> re.Pattern:
        """Every label's pattern in one: where it first matches, the first label match starts."""
        return re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in self.patterns) or r"(?!)")

    def find_all(self, text: str, start: int = 0, end: int | None = None):
        """Yield (label, match) for every match in text[start:end], by position: each label's
        matches as its own pattern finds them (left to right, not overlapping each other); where
        matches overlap, the one that starts first is kept, and of those starting at one position
        the longest (the first label's on a tie).

        One scan with the combined pattern finds where the first match starts (most windows hold
        none, and cost that one scan); the labels' own scans start there."""
        end = len(text) if end is None else end
        first = self._any.search(text, start, end)
        if first is None:
            return
        start = first.start()
        hits = []
        for label, pattern in self.patterns:
            for m in pattern.finditer(text, start, end):
                hits.append((m.start(), -(m.end() - m.start()), label, m))
        hits.sort(key=lambda h: (h[0], h[1]))
        taken_until = -1
        for s, _, label, m in hits:
            if s < taken_until:  # inside a longer phrase found first
                continue
            taken_until = m.end()
            yield label, m


def labelled(section: dict, labels: Iterable[str], case_sensitive: Iterable[str] = ()) -> Labelled:
    cs = set(case_sensitive)
    return Labelled(tuple((label, phrase_pattern(section[label], cs)) for label in labels))

"""Loads `lexicon.toml`, the one place where the pipeline's Indonesian lives,
and compiles its word lists into regular expressions."""
from __future__ import annotations

import re
from re import _constants as C, _parser as P
import unicodedata
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Iterable

LEXICON_FILE = "lexicon.toml"


@cache
def lexicon() -> dict:
    """The lexicon as a dict (loaded once per process), its word classes expanded."""
    with resources.files("bpjs_pipeline").joinpath(LEXICON_FILE).open("rb") as f:
        return with_word_classes(tomllib.load(f))


_CLASS_REFERENCE = re.compile(r"@(\w+(?:\.\w+)*)")


def with_word_classes(raw: dict) -> dict:
    """The lexicon `raw` with its references to word lists expanded: a list entry "@name"
    becomes the words of `[word_classes] name` (or of the list at the dotted path
    "section.key"), and "@name" inside an entry a regex group of them."""
    return _expand(raw, {**_lists_by_path(raw), **raw.get("word_classes", {})})


def _lists_by_path(data: dict, prefix: str = "") -> dict[str, list[str]]:
    """Every list of words in the lexicon by its dotted path ("entity.agency")."""
    out = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_lists_by_path(value, f"{prefix}{key}."))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[f"{prefix}{key}"] = value
    return out


def _expand(data, classes: dict[str, list[str]]):
    def words(name: str) -> list[str]:
        if name not in classes:
            raise ValueError(f"{LEXICON_FILE}: no word class or list {name!r}")
        return classes[name]

    if isinstance(data, dict):
        return {key: _expand(value, classes) for key, value in data.items()}
    if isinstance(data, list):
        expanded = []
        for entry in data:
            if isinstance(entry, str) and _CLASS_REFERENCE.fullmatch(entry):
                expanded.extend(words(entry[1:]))
            elif isinstance(entry, str) and "@" in entry:
                expanded.append(_CLASS_REFERENCE.sub(
                    lambda m: "(?:" + "|".join(sorted(words(m.group(1)), key=len, reverse=True)) + ")", entry))
            else:
                expanded.append(entry)
        return expanded
    return data


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A word as the lexicon spells its keys: case folded, accents and other combining
    marks dropped, runs of white space as one space ("SENİN" and "ſenin" are "senin")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"\s+", " ", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _fragment(entry: str) -> str:
    # entries are regex fragments; a literal space matches any run of white space, an optional one ("Rp ?") none too
    return entry.replace(" ?", r"\s*").replace(" ", r"\s+")


def alternation(entries: Iterable[str], case_sensitive: Iterable[str] = ()) -> str:
    """The entries as one regex alternation, longest first; entries listed in
    `case_sensitive` (abbreviations such as "PU" or "M") keep their case, all
    others ignore it.

    Entries that start with a letter are grouped under it (`by_first_letter`): at a word's
    start only the entries of its letter are tried, not every entry of a long list. The
    matches are the same."""
    strict = set(case_sensitive)
    alternatives = []
    for entry in sorted(set(entries), key=len, reverse=True):
        body = _fragment(entry)
        alternatives.append(body if entry in strict else f"(?i:{body})")
    return by_first_letter(alternatives)


# --- alternatives grouped by their first letter -------------------------------

def any_word(words: Iterable[str]) -> str:
    """`words` (regex fragments, in the order given) as one case-blind alternation grouped by
    first letter (`by_first_letter`), for patterns that join word lists themselves."""
    return by_first_letter([f"(?i:{word})" for word in words])


def by_first_letter(alternatives: list[str]) -> str:
    r"""`alternatives` joined into one alternation whose entries starting with a letter
    (`(?i:kata...)`) sit in a group per letter, `(?-i:[kK\u212a])(?:(?i:ata...)|...)` (the
    letter's class matched as written, in a pattern that ignores case too): Python's
    engine tries every branch of an alternation in turn, but passes over a branch whose first
    character is a class the text's character is not in, so a word's start costs a few
    letter tests instead of one attempt per entry.

    The matches are those of the alternatives joined in order: two entries that can start at
    the same character keep their order (an entry joins its letter's group only when no
    entry after that group could start with the letter too), and entries starting with
    different letters never match at one position."""
    slots: list[tuple[str | None, list[str], frozenset[str] | None]] = []  # (letter, bodies, first characters)
    for alternative in alternatives:
        letter, rest = _letter_and_rest(alternative)
        if letter is None:
            slots.append((None, [alternative], _lowered_first_chars(alternative)))
            continue
        for index in range(len(slots) - 1, -1, -1):
            slot_letter, bodies, firsts = slots[index]
            if slot_letter == letter:
                bodies.append(rest)
                break
            if slot_letter is None and (firsts is None or letter in firsts):
                slots.append((letter, [rest], None))
                break
        else:
            slots.append((letter, [rest], None))
    joined = []
    for letter, bodies, _ in slots:
        if letter is None:
            joined.append(bodies[0])
        elif len(bodies) == 1:
            joined.append(f"(?-i:[{_letter_variants(letter)}]){bodies[0]}")
        else:
            joined.append(f"(?-i:[{_letter_variants(letter)}])(?:{'|'.join(bodies)})")
    return "|".join(joined)


_CASE_INSENSITIVE_LETTER = re.compile(r"\(\?i:([A-Za-z])(?![?*+{])")


def _letter_and_rest(alternative: str) -> tuple[str | None, str]:
    """("k", "(?i:ata...)") for "(?i:kata...)": a case-blind alternative whose first character
    is a letter matched once; (None, alternative) for any other."""
    m = _CASE_INSENSITIVE_LETTER.match(alternative)
    if not m or not alternative.endswith(")"):
        return None, alternative
    inner = alternative[4:-1]
    # the alternative must be that one group, its inside one sequence (no "|" at its top)
    if _top_level_bar_or_close(inner):
        return None, alternative
    return m.group(1).lower(), f"(?i:{inner[1:]})"


def _top_level_bar_or_close(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside every group, or a ")" closing a group it did not
    open (so that "(?i:" + it + ")" would not be one group)."""
    depth, class_from, i = 0, None, 0  # (class_from: where the class open holds its first member)
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if class_from is not None:
            if c == "]" and i > class_from:  # ("[]a]" holds "]")
                class_from = None
        elif c == "[":
            class_from = i + 2 if pattern[i + 1:i + 2] == "^" else i + 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return True
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


@cache
def _letter_variants(letter: str) -> str:
    r"""Every character a case-blind `letter` matches (Python's engine also takes "\u212a" for
    "k", "\u017f" for "s", "\u0130" and "\u0131" for "i")."""
    candidates = {letter, letter.upper(), "\u0130", "\u0131", "\u017f", "\u212a"}
    return "".join(sorted(c for c in candidates if re.fullmatch(f"(?i:{letter})", c)))


def _lowered_first_chars(alternative: str) -> frozenset[str] | None:
    """The letters (lower case) an alternative can start with, other characters as they are;
    None when not known."""
    pieces = first_chars(alternative)
    if pieces is None:
        return None
    out = set()
    for piece in pieces:
        if piece == r"\d":
            continue  # (a digit starts no letter's entries)
        char = piece.removeprefix("\\") if len(piece) == 2 and piece.startswith("\\") else piece
        if len(char) != 1:
            return None
        out.update(v for v in (char.lower(), char.casefold()) if len(v) == 1)
        for letter in "iks":  # (the letters other characters stand for: "\u212a" for "k", ...)
            if char in _letter_variants(letter):
                out.add(letter)
    return frozenset(out)


def phrase_pattern(entries: Iterable[str], case_sensitive: Iterable[str] = ()) -> re.Pattern:
    """One regex matching any entry as a whole word, with or without an enclitic
    ("realisasinya" is "realisasi").

    When the characters an entry can start with are known (`first_chars`), a lookahead for
    them comes first: most positions of a text start no entry, and are passed over without
    trying every alternative (the matches are the same)."""
    enclitics = "|".join(lexicon()["grammar"]["enclitics"])
    words = alternation(entries, case_sensitive)
    return with_lead(re.compile(rf"(?<![\w-])(?:{words})(?:{enclitics})?(?![\w])"))


def _lead(pattern: str, flags: int = 0) -> str:
    pieces = first_chars(pattern, flags)
    return f"(?=[{''.join(sorted(pieces))}])" if pieces else ""


def with_lead(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead for the characters its matches can start with put first,
    when they are known and it has none yet: the same matches, found sooner."""
    if pattern.pattern.startswith("(?=["):
        return pattern
    lead = _lead(pattern.pattern, pattern.flags & ~re.U)
    if not lead:
        return pattern
    text = pattern.pattern
    inline = re.match(r"\(\?[aiLmsux]+\)", text)  # global inline flags must stay first
    head, rest = (text[:inline.end()], text[inline.end():]) if inline else ("", text)
    if _top_level_bar_or_close(rest):  # (the lookahead goes before every alternative, not the first only)
        rest = f"(?:{rest})"
    return re.compile(head + lead + rest, pattern.flags & ~re.U)


# --- the characters a match can start with -----------------------------------

def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """What a match of `pattern` can start with, as pieces of a character class (escaped
    characters, and `\\d`), or None when that is not known to be a small set: a match can be
    empty, or start with a broad class such as `\\w`, `\\s`, `.` or a negated one."""
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    found = _first(list(parsed.data), bool(flags & re.I))
    if found is None:
        return None
    pieces, can_be_empty = found
    return None if can_be_empty or not pieces else pieces


def _cased(code: int, ignore: bool) -> set[str]:
    c = chr(code)
    chars = {v for v in (c, c.lower(), c.upper(), c.casefold()) if len(v) == 1} if ignore else {c}
    return {re.escape(v) for v in chars}


def _first(items, ignore: bool):
    """(first pieces, whether the sequence can match empty) of a sequence of parsed items, or
    None when unknown."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT_NOT) or (op is C.ASSERT and av[0] < 0):
            continue  # anchors and lookbehinds consume nothing and tell nothing of the next character
        if op is C.ASSERT:  # a lookahead: the next character starts what it looks for
            got = _first(list(av[1].data), ignore)
            if got is not None and not got[1]:
                return out | got[0], False
            continue
        if op is C.LITERAL:
            return out | _cased(av, ignore), False
        if op is C.IN:
            pieces: set[str] = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    pieces |= _cased(value, ignore)
                elif kind is C.RANGE and value[1] - value[0] <= 64:
                    for code in range(value[0], value[1] + 1):
                        pieces |= _cased(code, ignore)
                elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                    pieces.add(r"\d")
                else:
                    return None
            return out | pieces, False
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                got = _first(list(branch.data), ignore)
                if got is None:
                    return None
                out |= got[0]
                empty = empty or got[1]
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            got = _first(list(sub.data), (ignore or bool(add & re.I)) and not bool(delete & re.I))
            if got is None:
                return None
            out |= got[0]
            if not got[1]:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, sub = av
            got = _first(list(sub.data), ignore)
            if got is None:
                return None
            out |= got[0]
            if low > 0 and not got[1]:
                return out, False
            continue
        return None
    return out, True


@dataclass(frozen=True)
class Labelled:
    """A compiled pattern per label, e.g. one per metric or per segment."""

    patterns: tuple[tuple[str, re.Pattern], ...]

    @cached_property
    def _any(self) -> re.Pattern:
        """Every label's pattern in one: where it first matches, the first label match starts."""
        return with_lead(re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in self.patterns) or r"(?!)"))

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

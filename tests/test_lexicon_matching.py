"""`Labelled.find_all` scans once for all labels and finds exactly what scanning label by label
finds: the same matches, in the same order, the longest at a position."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from bpjs_pipeline.extract.vocabulary import vocabulary
from bpjs_pipeline.lexicon import Labelled

ROOT = Path(__file__).resolve().parents[1]


def label_by_label(words: Labelled, text: str, start: int = 0, end: int | None = None):
    """Every label's pattern over the text, then the matches by position, the longest first,
    dropping those inside a match already kept (what find_all promises)."""
    end = len(text) if end is None else end
    hits = []
    for label, pattern in words.patterns:
        for m in pattern.finditer(text, start, end):
            hits.append((m.start(), -(m.end() - m.start()), label, m))
    hits.sort(key=lambda h: (h[0], h[1]))
    taken_until = -1
    for s, _, label, m in hits:
        if s < taken_until:
            continue
        taken_until = m.end()
        yield label, m


def sets() -> dict[str, Labelled]:
    v = vocabulary()
    return {name: getattr(v, name) for name in ("person_metrics", "money_metrics", "segments", "programs",
                                                "kind_words")}


def texts() -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    # overlapping and nested phrases of every label, in both cases, glued and spaced
    words = [m.group(0) for text in found for words in sets().values()
             for _, m in label_by_label(words, text)]
    rng = random.Random(7)
    for _ in range(200):
        picked = rng.sample(words, min(len(words), rng.randint(2, 8)))
        glue = rng.choice([" ", "", "-", "nya ", " dan ", "\n"])
        piece = glue.join(w.upper() if rng.random() < 0.2 else w for w in picked)
        found.append(piece)
    return found


@pytest.mark.parametrize("name", sorted(sets()))
def test_one_scan_finds_what_every_label_finds(name):
    words = sets()[name]
    rng = random.Random(name)
    for text in texts():
        windows = [(0, None)] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(5)
                                 if len(text) > 1]
        for start, end in windows:
            expected = [(label, m.span()) for label, m in label_by_label(words, text, start, end)]
            assert [(label, m.span()) for label, m in words.find_all(text, start, end)] == expected, (text, start, end)


# --- a lookahead for the first characters ------------------------------------

def test_the_first_characters_of_a_pattern():
    from bpjs_pipeline.lexicon import first_chars

    assert first_chars(r"(?i:peserta\s+aktif)|(?i:BPU)|PU") == {"P", "p", "B", "b"}
    assert first_chars(r"(?<!\w)(?:(?P<day>\d{1,2})\s+)?(?:Mei|Juni)") == {r"\d", "M", "J"}
    assert first_chars(r"(?<![\w-])(?=(tahun\s+lalu|kemarin))") == {"t", "k"}
    # unknown or too broad: no lookahead
    assert first_chars(r"\s*(?:dan|atau)") is None
    assert first_chars(r"\w+") is None
    assert first_chars(r"(?:a)?") is None


def _texts() -> list[str]:
    """The seeds, and random mixes of their words with digits, brackets and other cases."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    words = " ".join(texts).split()
    rng = random.Random(7)
    for _ in range(40):
        picked = [rng.choice(words) for _ in range(60)]
        texts.append(" ".join(w.upper() if rng.random() < 0.2 else w + rng.choice(["", "nya", ",", "(2)", "-"])
                              for w in picked))
    return texts


def test_every_pattern_with_its_lookahead_finds_what_it_finds_without():
    """The vocabulary's patterns carry a lookahead for their first characters (`with_lead`):
    compiled again without it, each finds the same matches in every text."""
    import re

    vocab = vocabulary()
    patterns = []
    for value in vars(vocab).values():
        if isinstance(value, re.Pattern):
            patterns.append(value)
        elif isinstance(value, Labelled):
            patterns.extend(p for _, p in value.patterns)
    led = [p for p in patterns if p.pattern.startswith("(?=[") or re.match(r"\(\?[a-z]+\)\(\?=\[", p.pattern)]
    assert len(led) > len(patterns) / 2
    texts = _texts()
    for pattern in led:
        bare = re.compile(re.sub(r"^(\(\?[a-z]+\))?\(\?=\[(?:\\.|[^\]\\])*\]\)", lambda m: m.group(1) or "",
                                 pattern.pattern), pattern.flags)
        assert bare.pattern != pattern.pattern
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)], \
                pattern.pattern[:80]


# --- alternatives grouped by their first letter -------------------------------

def _word_lists() -> list[list[str]]:
    """Every list of words in the lexicon (regex fragments), as `alternation` takes them."""
    import re

    from bpjs_pipeline.lexicon import lexicon

    found = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            try:
                re.compile("|".join(value))
            except re.error:
                return
            found.append(value)
    walk(lexicon())
    return found


def _joined_in_order(entries) -> str:
    """The alternation of `entries` as one plain join, longest first, each ignoring case."""
    from bpjs_pipeline.lexicon import _fragment

    return "|".join(f"(?i:{_fragment(e)})" for e in sorted(set(entries), key=len, reverse=True))


def test_every_word_list_grouped_by_first_letter_finds_what_its_plain_join_finds():
    """`alternation` groups a list's entries under their first letters; over the seeds and
    mixes of their words, each of the lexicon's lists finds the same matches, at every word
    start and inside words, as the entries joined one after another."""
    import re

    from bpjs_pipeline.lexicon import alternation

    lists = _word_lists()
    assert len(lists) > 100
    texts = _texts()
    grouped_somewhere = False
    for entries in lists:
        grouped = alternation(entries)
        grouped_somewhere = grouped_somewhere or "(?-i:[" in grouped
        for lead in (r"(?<![\w-])", ""):
            a, b = re.compile(f"{lead}(?:{grouped})"), re.compile(f"{lead}(?:{_joined_in_order(entries)})")
            for text in texts:
                assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], entries[:5]
    assert grouped_somewhere


def test_an_entry_joins_its_letters_group_only_past_entries_that_cannot_start_alike():
    """Of two entries that can match at one position the earlier wins; grouping keeps that
    order: "ab" listed after "[ab]" is not moved into the group of an "ax" before them."""
    import re

    from bpjs_pipeline.lexicon import by_first_letter

    joined = by_first_letter(["(?i:ax)", "[ab]", "(?i:ab)", "(?i:ay)"])
    assert re.match(f"(?:{joined})", "ab").span() == (0, 1)  # "[ab]" before "ab", as listed
    plain = "(?i:ax)|[ab]|(?i:ab)|(?i:ay)"
    for text in ("ab", "ax", "ay", "b", "AB", "x"):
        found, expected = re.match(f"(?:{joined})", text), re.match(f"(?:{plain})", text)
        assert (found and found.span()) == (expected and expected.span()), text
    # entries of other letters pass each other freely: one group per letter
    assert by_first_letter(["(?i:pa)", "(?i:ba)", "(?i:pb)"]).count("(?-i:[") == 2
    # an entry with a "|" of its own, or starting with a group, stays as it is
    assert by_first_letter(["(?i:pa|ba)"]) == "(?i:pa|ba)"
    assert by_first_letter(["(?i:(?:pa)b)"]) == "(?i:(?:pa)b)"


def test_a_letters_class_holds_every_character_its_case_blind_letter_matches():
    """Python's engine matches a case-blind "k" with the Kelvin sign too, "s" with the long s,
    "i" with the dotted and dotless capitals: the class a group starts with holds exactly
    those, found by trying every character of the basic plane."""
    import re
    import string

    from bpjs_pipeline.lexicon import _letter_variants

    any_letter = re.compile("(?i:[a-z])")
    matching = [chr(c) for c in range(0x10000) if any_letter.fullmatch(chr(c))]
    for letter in string.ascii_lowercase:
        expected = {ch for ch in matching if re.fullmatch(f"(?i:{letter})", ch)}
        assert set(_letter_variants(letter)) == expected, letter


def test_a_lookahead_guards_every_alternative_of_a_pattern():
    """`with_lead` puts its lookahead before the whole alternation, not its first branch only."""
    import re

    from bpjs_pipeline.lexicon import with_lead

    led = with_lead(re.compile("ab|cd"))
    assert led.pattern == "(?=[ac])(?:ab|cd)"
    assert [m.group() for m in led.finditer("xx cd ab")] == ["cd", "ab"]

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

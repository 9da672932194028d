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

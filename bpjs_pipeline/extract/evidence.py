"""The evidence a reading of a figure rests on, as named cues (0 or 1 each): where its
metric, year, programme and segment came from, its role, how close a rejection came.
`confidence` weighs them; the same cues explain a low confidence in `explain`."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from bpjs_pipeline.extract.roles import BASELINE, NEW_LEVEL, PART
from bpjs_pipeline.extract.reading import COVERED_WORKER_NOUN, HEADING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.reading import Reading
    from bpjs_pipeline.extract.vocabulary import Vocabulary

# the cues in the order of the model's weights
CUES = (
    "metric_own_words", "metric_inherited", "metric_from_passage", "metric_from_comparison",
    "metric_from_breakdown", "metric_worker_noun", "metric_default",
    "year_in_clause", "year_relative_cue", "year_in_sentence", "year_derived", "year_running",
    "year_publication",
    "program_named", "program_inferred", "program_none",
    "segment_named", "segment_inferred",
    "role_level", "role_new_level", "role_baseline", "role_part",
    "target", "target_word_inferred", "approximate", "money",
    "veto_word_in_sentence", "region_word_in_sentence", "many_figures_in_sentence", "long_sentence",
    "no_publication_date", "small_value", "explicit_reading", "inferred_reading",
)


def _starts(text: str, *prefixes: str) -> bool:
    return text.startswith(prefixes)


def evidence_of(r: Reading, body: str, vocab: Vocabulary, figures_in_sentence: int,
                has_publication_date: bool, memo: dict | None = None) -> dict[str, int]:
    """The cues of one reading (every name of `CUES`, 0 or 1); `memo`, a dict kept for one
    article, saves reading a sentence again for each of its figures."""
    metric = r.sources.get("metric", "")
    year = r.sources.get("year", "")
    program = r.sources.get("program", "")
    segment = r.sources.get("segment", "")
    table = r.sources.get("table", "")
    s = r.sentence
    cues = {
        "metric_own_words": _starts(metric, "own words"),
        "metric_inherited": _starts(metric, "the figure before it", "the previous sentence", "the figure it refers to",
                                    "the amount of the cases", "the fund its words point at",
                                    "the money its words point at", "the level it restates"),
        "metric_from_passage": _starts(metric, "active:", "the passage", "the heading", "the registered total", "a total"),
        "metric_from_comparison": _starts(metric, "the figure it is compared with", "the subject of its change",
                                          "what was achieved", "the achievement stated after it",
                                          "the achievement it is measured against"),
        "metric_from_breakdown": _starts(metric, "its breakdown's total", "the part before it", "the total it is part of"),
        "metric_worker_noun": _starts(metric, COVERED_WORKER_NOUN),
        "metric_default": _starts(metric, "default"),
        "year_in_clause": _starts(year, "same clause", "its comparison", "its year in brackets", "its year right after it"),
        "year_relative_cue": _starts(year, "relative cue"),
        "year_in_sentence": _starts(year, "same sentence"),
        "year_derived": _starts(year, "the year before", "a revised target", "its breakdown's total", "the start of",
                                "start of the change", "the month its comparison", "the actual it is measured",
                                "the figures its sentence points back to", "the same figure stated before", HEADING,
                                "the year its series of months ends with", "the item it is listed with",
                                "the month before the figure it is compared with", "the year the sentence before it names",
                                "the year its undated page's title names", "the same period as the figure",
                                "the realisation measured against it", "the target it restates", "the level it restates"),
        "year_running": _starts(year, "earlier"),
        "year_publication": _starts(year, "publication year"),
        "program_named": bool(r.program) and _starts(program, "named", "a list handed out", "the heading", "the sentence's one",
                                                     "its place in the list"),
        "program_inferred": bool(r.program) and not _starts(program, "named", "a list handed out", "the heading",
                                                              "the sentence's one", "its place in the list"),
        "program_none": r.program is None,
        "segment_named": r.segment != "all" and _starts(segment, "its noun phrase", "its clause after it",
                                                        "its place in the list"),
        "segment_inferred": r.segment != "all" and not _starts(segment, "its noun phrase", "its clause after it",
                                                               "its place in the list"),
        "role_level": r.role not in (NEW_LEVEL, BASELINE, PART),
        "role_new_level": r.role == NEW_LEVEL,
        "role_baseline": r.role == BASELINE,
        "role_part": r.role == PART,
        "target": r.kind == "target",
        "target_word_inferred": r.kind == "target" and "'" not in table,
        "approximate": r.approximate,
        "money": r.money,
        **_sentence_cues(body, s, vocab, memo),
        "many_figures_in_sentence": figures_in_sentence >= 3,
        "long_sentence": len(s.text) > 300,
        "no_publication_date": not has_publication_date,
        "small_value": r.figure.value < (1e12 if r.money else 1e6),
    }
    # every field from the figure's own words in its clause, or several fields inferred from around it
    cues["explicit_reading"] = cues["metric_own_words"] and (cues["year_in_clause"] or cues["year_relative_cue"]) \
        and not cues["program_inferred"] and not cues["segment_inferred"] and not cues["target_word_inferred"]
    cues["inferred_reading"] = sum((cues["metric_inherited"], cues["metric_from_passage"], cues["metric_default"],
                                    cues["year_running"], cues["year_publication"], cues["program_inferred"],
                                    cues["segment_inferred"], cues["target_word_inferred"])) >= 2
    return {name: int(bool(cues[name])) for name in CUES}


def _sentence_cues(body: str, s, vocab: Vocabulary, memo: dict | None) -> dict[str, bool]:
    """The cues of the figure's sentence, found once per sentence when `memo` (a dict kept for
    one article) is given: the figures of a sentence share them."""
    if memo is not None and s.index in memo:
        return memo[s.index]
    found = {
        "veto_word_in_sentence": bool(vocab.not_a_fact.search(body, s.start, s.end) or
                                      vocab.other_bodies.search(body, s.start, s.end)),
        "region_word_in_sentence": bool(vocab.regional.search(body, s.start, s.end)),
    }
    if memo is not None:
        memo[s.index] = found
    return found


def logistic(weights: dict[str, float], intercept: float, cues: dict[str, int]) -> float:
    z = intercept
    for name, value in cues.items():
        if value:
            z += weights.get(name, 0.0) * value
    return 1.0 / (1.0 + math.exp(-z))

"""Scoring extracted facts against hand-labelled gold, by the rules of docs/facts.md.

A predicted fact matches a gold fact when article, table, metric, segment,
programme and year are equal and the values differ by at most 0.5 %. Matching
a required gold fact is a true positive, matching an optional one counts
neither way, a prediction that matches nothing is a false positive (a figure
repeated after its match is not), and an unmatched required gold fact is a
false negative. The lenient score matches on article, table and value only.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

STRICT_KEY = ("article_id", "table", "metric", "segment", "program", "year")
LENIENT_KEY = ("article_id", "table")
VALUE_TOLERANCE = 0.005


def values_match(a: float, b: float) -> bool:
    a, b = float(a), float(b)
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b), 1e-9)


def _key(row: dict, fields: tuple[str, ...]) -> tuple:
    out = []
    for name in fields:
        v = row.get(name)
        if name == "year" and v is not None:
            v = int(v)
        if name == "program" and v in ("", "all"):
            v = None
        out.append(v)
    return tuple(out)


@dataclass
class Score:
    true_positives: list[tuple[dict, dict]] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        n = len(self.true_positives) + len(self.false_positives)
        return len(self.true_positives) / n if n else 0.0

    @property
    def recall(self) -> float:
        n = len(self.true_positives) + len(self.false_negatives)
        return len(self.true_positives) / n if n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: list[dict], predicted: list[dict], fields: tuple[str, ...] = STRICT_KEY) -> Score:
    """One-to-one matching of predictions to gold inside each key group."""
    gold_by, pred_by = defaultdict(list), defaultdict(list)
    for g in gold:
        gold_by[_key(g, fields)].append(g)
    for p in predicted:
        pred_by[_key(p, fields)].append(p)
    score = Score()
    for k in set(gold_by) | set(pred_by):
        open_gold, used = list(gold_by.get(k, [])), []
        for p in pred_by.get(k, []):
            hit = next((g for g in open_gold if values_match(g["value"], p["value"])), None)
            if hit is not None:
                open_gold.remove(hit)
                used.append(hit)
                if not hit.get("optional"):
                    score.true_positives.append((hit, p))
            elif not any(values_match(g["value"], p["value"]) for g in used):
                score.false_positives.append(p)
        score.false_negatives.extend(g for g in open_gold if not g.get("optional"))
    return score


def published_on_accuracy(gold_articles: list[dict], predicted_articles: list[dict]) -> tuple[float, list[str]]:
    """Share of gold articles whose predicted publication date is right, and the wrong ones."""
    predicted = {a["article_id"]: a for a in predicted_articles}
    wrong = sorted(a["article_id"] for a in gold_articles
                   if predicted.get(a["article_id"], {}).get("published_on") != a["published_on"])
    total = len(gold_articles)
    return ((total - len(wrong)) / total if total else 0.0), wrong

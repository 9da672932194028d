"""Extraction scored against hand-labelled gold through the project's own scorer.

The seed gold ships with the project (tests/gold/). The labelled sets of articles
(dev, dev2, dev3, dev4) are read from ../shared/gold when they sit beside the project;
those articles are not part of the project, and the test skips without them.
"""
import json
from pathlib import Path

import pytest

from bpjs_pipeline.extract.runner import extract_paths
from bpjs_pipeline.extract.scoring import match, published_on_accuracy

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "tests" / "gold"
DEV = ROOT.parent / "shared" / "gold" / "dev"


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _score(articles_dir: Path, facts_path: Path, articles_path: Path):
    articles, facts = extract_paths([str(articles_dir)])
    gold = _load(facts_path)
    ids = {g["article_id"] for g in gold}
    predicted = [f.to_record() for f in facts if f.article_id in ids]
    accuracy, wrong = published_on_accuracy(_load(articles_path), [a.to_record() for a in articles])
    return match(gold, predicted), accuracy, wrong


def test_seed_articles_score_perfectly():
    score, accuracy, wrong = _score(ROOT / "seeds", SEED_GOLD / "seeds.facts.jsonl", SEED_GOLD / "seeds.articles.jsonl")
    misses = [(g["article_id"], g["metric"], g["year"], g["value"]) for g in score.false_negatives]
    false_hits = [(p["article_id"], p["metric"], p["year"], p["value"]) for p in score.false_positives]
    assert (score.precision, score.recall) == (1.0, 1.0), (misses, false_hits)
    assert accuracy == 1.0, wrong


LABELLED = [ROOT.parent / "shared" / "gold" / name for name in ("dev", "dev2", "dev3", "dev4")]


@pytest.mark.skipif(not all((d / f"{d.name}.facts.jsonl").exists() for d in LABELLED),
                    reason="no labelled sets beside the project")
def test_labelled_sets_beside_the_project_meet_their_floors():
    """All labelled sets together, scored as one (their article ids are distinct)."""
    tp = fp = fn = 0
    right = total = 0
    for d in LABELLED:
        score, accuracy, wrong = _score(d / "articles", d / f"{d.name}.facts.jsonl", d / f"{d.name}.articles.jsonl")
        tp, fp, fn = tp + len(score.true_positives), fp + len(score.false_positives), fn + len(score.false_negatives)
        n = len(_load(d / f"{d.name}.articles.jsonl"))
        right, total = right + round(accuracy * n), total + n
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, (tp, fp, fn)
    assert recall >= 0.92, (tp, fp, fn)
    assert right / total >= 0.95, (right, total)


def test_scorer_counts_optional_and_repeated_figures_by_the_rules():
    gold = [
        {"article_id": "a", "table": "targets", "metric": "participants", "segment": "all", "program": None, "year": 2026, "value": 70e6},
        {"article_id": "a", "table": "targets", "metric": "active_participants", "segment": "all", "program": None, "year": 2026, "value": 70e6, "optional": True},
    ]
    predicted = [
        dict(gold[0], value=70.2e6),  # within 0.5 %
        dict(gold[0], value=70.1e6),  # the same figure again: not a false hit
        dict(gold[1]),                # optional: neither way
        dict(gold[0], year=2025),     # wrong year: a false hit
    ]
    score = match(gold, predicted)
    assert (len(score.true_positives), len(score.false_positives), len(score.false_negatives)) == (1, 1, 0)

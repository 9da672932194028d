"""Fitting the confidence model (`bpjs-pipeline train-confidence`): every fact the reader
states on the labelled sets, labelled right when it matches a gold fact (required or
optional) by the scorer's rules, its evidence cues as features; a logistic regression
(scikit-learn) fitted with article-level cross-validation for the calibration table, then
on all articles for the model kept in `confidence_model.json`.

The reader is written against the labelled sets, so on them it is right far more often than
on articles it has not seen, and errors there say little about errors elsewhere. The facts
it stated on 6,903 labelled articles before it was ever run on them (39 of a labelled set, 48
news pages labelled later, 6,816 articles written and labelled by other hands) are kept, as evidence cues and whether each was
right (no article text), in `confidence_unseen_sample.jsonl`; they join
the training data (each counting `UNSEEN_WEIGHT` times), so that the model also learns what the reader's mistakes on unseen text
look like, and the calibration is reported for them on their own.

Needs scikit-learn (the `train` extra); applying the model does not."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bpjs_pipeline.extract.evidence import CUES
from bpjs_pipeline.extract.scoring import STRICT_KEY, _key, values_match

# confidence bands of the calibration table
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.001))
FOLDS = 5
UNSEEN_SAMPLE = Path(__file__).resolve().parent / "confidence_unseen_sample.jsonl"
# each fact of the unseen sample counts this many times: such mistakes are what the model is
# for, and the tuned sets have few of them
UNSEEN_WEIGHT = 3
# fixed so that one command gives the same model from the same data
REGULARISATION = 0.3


@dataclass(frozen=True)
class LabelledSet:
    name: str
    articles: Path  # folder of .txt files
    facts: Path  # gold facts JSONL


def labelled_sets(gold_root: Path, seeds: Path, seed_gold: Path) -> list[LabelledSet]:
    """The seeds and every `<set>/<set>.facts.jsonl` with its articles under `gold_root`."""
    sets = [LabelledSet("seeds", seeds, seed_gold)]
    for folder in sorted(p for p in gold_root.iterdir() if p.is_dir()) if gold_root.is_dir() else []:
        facts = folder / f"{folder.name}.facts.jsonl"
        if facts.exists() and (folder / "articles").is_dir():
            sets.append(LabelledSet(folder.name, folder / "articles", facts))
    return sets


def examples(sets: list[LabelledSet]) -> tuple[list[list[int]], list[int], list[str]]:
    """Cue vectors, labels (1 = matches a gold fact) and article groups of every fact stated."""
    from bpjs_pipeline.extract.facts import facts_with_evidence
    from bpjs_pipeline.extract.runner import address_of, article_paths
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.ingest import read_article

    features, labels, groups = [], [], []
    addresses: dict = {}
    for labelled in sets:
        gold = [json.loads(line) for line in labelled.facts.read_text(encoding="utf-8").splitlines() if line.strip()]
        by_key: dict[tuple, list[dict]] = {}
        for g in gold:
            by_key.setdefault(_key(g, STRICT_KEY), []).append(g)
        ids = {g["article_id"] for g in gold}
        for path in article_paths([str(labelled.articles)]):
            raw = read_article(path)
            if raw.article_id not in ids:
                continue
            article = clean_article(raw.article_id, raw.text, address_of(path, addresses))
            for fact, cues in facts_with_evidence(article, weigh=False):
                record = fact.to_record()
                right = any(values_match(g["value"], record["value"]) for g in by_key.get(_key(record, STRICT_KEY), ()))
                features.append([cues[name] for name in CUES])
                labels.append(int(right))
                groups.append(f"{labelled.name}/{raw.article_id}")
    return features, labels, groups


def unseen_sample(path: Path = UNSEEN_SAMPLE) -> tuple[list[list[int]], list[int], list[str]]:
    """The kept facts of a first reading of unseen articles (cues, right or not, article)."""
    features, labels, groups = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            features.append([int(row["cues"].get(name, 0)) for name in CUES])
            labels.append(int(row["right"]))
            groups.append("unseen:" + row["article"])
    return features, labels, groups


def calibration(probabilities: list[float], labels: list[int]) -> list[dict]:
    rows = []
    for low, high in BANDS:
        inside = [y for p, y in zip(probabilities, labels) if low <= p < high]
        rows.append({"band": f"{low:.2f}–{min(high, 1.0):.2f}", "facts": len(inside),
                     "right": sum(inside), "share_right": round(sum(inside) / len(inside), 3) if inside else None})
    return rows


def train(sets: list[LabelledSet], out: Path, report: TextIO) -> dict:
    """Fit, cross-validate by article, write the model file, print the calibration table."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    features, labels, groups = examples(sets)
    extra = unseen_sample()
    features, labels, groups = features + extra[0], labels + extra[1], groups + extra[2]
    held_out = [0.0] * len(labels)
    weights = [UNSEEN_WEIGHT if g.startswith("unseen:") else 1 for g in groups]
    for train_rows, test_rows in GroupKFold(n_splits=FOLDS).split(features, labels, groups):
        fitted = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(
            [features[i] for i in train_rows], [labels[i] for i in train_rows],
            sample_weight=[weights[i] for i in train_rows])
        for i, p in zip(test_rows, fitted.predict_proba([features[i] for i in test_rows])[:, 1]):
            held_out[i] = float(p)
    table = calibration(held_out, labels)
    unseen = [i for i, g in enumerate(groups) if g.startswith("unseen:")]
    unseen_table = calibration([held_out[i] for i in unseen], [labels[i] for i in unseen])
    final = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(features, labels, sample_weight=weights)
    from bpjs_pipeline.version import extractor_version

    model = {
        "version": extractor_version(),
        "intercept": round(float(final.intercept_[0]), 6),
        "weights": {name: round(float(w), 6) for name, w in zip(CUES, final.coef_[0])},
        "trained_on": {s.name: str(s.facts.name) for s in sets},
        "facts": len(labels),
        "right": sum(labels),
        "articles": len(set(groups)),
        "held_out_calibration": table,
        "held_out_calibration_unseen_sample": unseen_table,
    }
    out.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(labels)} facts from {len(set(groups))} articles ({sum(labels)} right), of which "
          f"{len(unseen)} from the first reading of unseen articles; calibration on held-out articles "
          f"({FOLDS}-fold by article):", file=report)
    for title, rows in (("all", table), ("the unseen sample", unseen_table)):
        print(f"  {title}:", file=report)
        print(f"  {'confidence':>12}  {'facts':>5}  {'right':>5}  {'share right':>11}", file=report)
        for row in rows:
            share = "-" if row["share_right"] is None else f"{row['share_right']:.3f}"
            print(f"  {row['band']:>12}  {row['facts']:>5}  {row['right']:>5}  {share:>11}", file=report)
    print(f"model written to {out}", file=report)
    return model

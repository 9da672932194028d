"""How sure the reader is of each fact: a logistic model over the evidence cues
(`evidence.CUES`), fitted on the labelled articles with article-level cross-validation
(`confidence_training`, `bpjs-pipeline train-confidence`) and kept, versioned, in
`confidence_model.json` beside this module. Applying it needs no library."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bpjs_pipeline.extract.evidence import CUES, logistic

MODEL_FILE = "confidence_model.json"


@dataclass(frozen=True)
class ConfidenceModel:
    version: str
    intercept: float
    weights: dict[str, float]

    def confidence(self, cues: dict[str, int]) -> float:
        return round(logistic(self.weights, self.intercept, cues), 3)

    def strongest(self, cues: dict[str, int], n: int = 3) -> list[tuple[str, float]]:
        """The cues that move this reading's confidence most, with their weights."""
        present = [(name, self.weights.get(name, 0.0)) for name, on in cues.items() if on]
        return sorted(present, key=lambda c: -abs(c[1]))[:n]


@cache
def model() -> ConfidenceModel:
    with resources.files("bpjs_pipeline.extract").joinpath(MODEL_FILE).open("r", encoding="utf-8") as f:
        data = json.load(f)
    weights = {name: float(w) for name, w in data["weights"].items()}
    unknown = set(weights) - set(CUES)
    if unknown:
        raise ValueError(f"{MODEL_FILE} names cues the reader does not compute: {sorted(unknown)}")
    return ConfidenceModel(data["version"], float(data["intercept"]), weights)

"""extract/confidence.py, evidence.py and confidence_training.py: how sure the reader is."""
import json
from datetime import date
from pathlib import Path

import pytest

from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.extract.confidence import MODEL_FILE, model
from bpjs_pipeline.extract.evidence import CUES
from bpjs_pipeline.extract.facts import facts_with_evidence
from bpjs_pipeline.model import CleanedArticle

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"


def article(body: str) -> CleanedArticle:
    return CleanedArticle("t", "Judul", "Kompas.com", date(2024, 5, 12), body)


def test_the_kept_model_weighs_every_cue_the_reader_computes():
    data = json.loads((ROOT / "bpjs_pipeline" / "extract" / MODEL_FILE).read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(CUES)
    assert data["held_out_calibration"] and data["facts"] > 0


def test_every_fact_carries_a_confidence_between_0_and_1():
    facts = extract_facts(article("Pada 2023 jumlah peserta aktif mencapai 41,46 juta. Dana kelolaan Rp 700 triliun."))
    assert facts and all(0.0 < f.confidence < 1.0 for f in facts)


def test_a_reading_from_its_own_words_is_surer_than_one_inferred_from_around_it():
    explicit = extract_facts(article("Pada 2023 jumlah peserta aktif BPJS Ketenagakerjaan mencapai 41,46 juta."))[0]
    # the segment's count takes its metric and its year from the sentence before
    inferred = extract_facts(article("Jumlah peserta aktif mencapai 41 juta pada 2023. Peserta PU sebanyak 26 juta."))[1]
    assert (inferred.metric, inferred.segment) == ("active_participants", "formal")
    assert explicit.confidence > inferred.confidence


def test_the_cues_are_the_models_names():
    ((_, cues),) = facts_with_evidence(article("Pada 2023 jumlah peserta aktif mencapai 41,46 juta."))
    assert tuple(cues) == CUES and set(cues.values()) <= {0, 1}


@pytest.mark.skipif(not (GOLD / "dev" / "dev.facts.jsonl").exists(), reason="no labelled sets beside the project")
def test_one_command_fits_the_kept_model_again(tmp_path):
    pytest.importorskip("sklearn")
    from bpjs_pipeline.cli import main

    out = tmp_path / "model.json"
    assert main(["train-confidence", "--gold-root", str(GOLD), "--out", str(out)]) == 0
    fitted = json.loads(out.read_text(encoding="utf-8"))
    kept = json.loads((ROOT / "bpjs_pipeline" / "extract" / MODEL_FILE).read_text(encoding="utf-8"))
    assert fitted["facts"] == kept["facts"] and fitted["right"] == kept["right"]
    for name in CUES:
        assert fitted["weights"][name] == pytest.approx(kept["weights"][name], abs=1e-4), name

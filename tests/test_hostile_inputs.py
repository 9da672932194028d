"""Hostile article texts through cleaning and extraction directly and through `bpjs-pipeline
extract`: case folding that cannot produce a key the lexicon lacks, one bad article never
stopping the others, and work that grows with the article's length, not faster (counted in
function calls, not timed: `benchmarks/extract_growth.py` prints the times)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpjs_pipeline.cli import main
from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.ingest.read import normalise_text
from corpus import SEEDS_DIR, article
from work import calls

CASE_FOLDING = {
    "dotted capital I in a weekday": "Peserta Naik\n\nJAKARTA, SENİN (10/7/2023) - BPJS Ketenagakerjaan mencatat "
                                     "jumlah peserta aktif mencapai 36,5 juta orang pada akhir 2022.\n",
    "dotted capital I in a relative year": "Peserta Naik\n\nJAKARTA - BPJS Ketenagakerjaan menargetkan 40 juta "
                                           "peserta aktif TAHUN İNİ, kata Direktur Utama, Senin (10/7/2023).\n",
    "long s": "Peserta Naik\n\nJAKARTA - BPJS Ketenagakerjaan mencatat peserta aktif 36,5 juta orang ſepanjang "
              "tahun 2022, kata Direktur Utama, Senin (10/7/2023).\n",
}


@pytest.mark.parametrize("text", list(CASE_FOLDING.values()), ids=list(CASE_FOLDING))
def test_unusual_capitals_never_raise(text):
    """As the file is read (normalised), and as given to the extractor directly."""
    for body in (normalise_text(text), text):
        facts = extract_facts(clean_article("a", body))
        assert all(f.article_id == "a" for f in facts)


def test_extract_goes_on_after_a_file_that_fails(tmp_path, capsys):
    """`bpjs-pipeline extract` handles each file on its own: whatever one file does, the
    seeds given beside it are all written."""
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    for i, text in enumerate(CASE_FOLDING.values()):
        (hostile / f"{i}.txt").write_text(text, encoding="utf-8")
    (hostile / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    code = main(["extract", str(hostile), str(SEEDS_DIR), "--out", str(out)])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    assert "skipped" in captured.err and "binary.txt" in captured.err
    assert code == 0 or "failed " in captured.err
    written = {json.loads(line)["article_id"] for line in (out / "articles.jsonl").read_text().splitlines()}
    assert {p.stem for p in SEEDS_DIR.glob("*.txt")} <= written
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text().splitlines()]
    assert {f["article_id"] for f in facts} >= {p.stem for p in SEEDS_DIR.glob("*.txt")}


def _calls(text: str) -> int:
    return calls(lambda: extract_facts(clean_article("long", text)))


@pytest.mark.parametrize("unit", ["peserta aktif 35,86 juta dan ", "Rp 1.000 triliun ", ". . . . ",
                                  "Peserta naik.\n"], ids=["juta", "triliun", "dots", "short lines"])
def test_work_grows_with_the_length_not_faster(unit):
    """Four times the text makes at most about four times the function calls (quadratic would
    be 16); the count depends on the text alone, so a busy machine cannot change it."""
    small = "Judul\n\nBPJS Ketenagakerjaan mencatat " + unit * (9_000 // len(unit)) + " pada 2023.\n"
    large = "Judul\n\nBPJS Ketenagakerjaan mencatat " + unit * (36_000 // len(unit)) + " pada 2023.\n"
    _calls(small)  # the lexicon and the patterns are loaded once, outside the count
    ratio = _calls(large) / _calls(small)
    assert ratio < 5, f"4x the text made {ratio:.1f}x the calls"


def test_invisible_characters_inside_a_figure_do_not_change_it():
    for mark in ("\u2066", "\u180e", "\ufe0f", "\u061c", "\u200b"):
        text = normalise_text(article(f"36,{mark}17", 2019))
        values = [f.value for f in extract_facts(clean_article("a", text))
                  if f.metric == "active_participants" and f.year == 2019]
        assert values == [pytest.approx(36_170_000)], repr(mark)
    assert normalise_text("３６,１７ juta\u202fkini") == "36,17 juta kini"

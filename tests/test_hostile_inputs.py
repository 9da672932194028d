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
from work import extraction_calls

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


@pytest.mark.parametrize("unit", ["peserta aktif 35,86 juta dan ", "Rp 1.000 triliun ", ". . . . ",
                                  "Peserta naik.\n"], ids=["juta", "triliun", "dots", "short lines"])
def test_work_grows_with_the_length_not_faster(unit):
    """Four times the text makes at most about four times the function calls (quadratic would
    be 16); the count depends on the text alone, so a busy machine cannot change it."""
    small = "Judul\n\nBPJS Ketenagakerjaan mencatat " + unit * (9_000 // len(unit)) + " pada 2023.\n"
    large = "Judul\n\nBPJS Ketenagakerjaan mencatat " + unit * (36_000 // len(unit)) + " pada 2023.\n"
    _, small_calls, large_calls = extraction_calls(small, small, large)  # after a warm-up on `small`
    ratio = large_calls / small_calls
    assert ratio < 5, f"4x the text made {ratio:.1f}x the calls"


def test_invisible_characters_inside_a_figure_do_not_change_it():
    for mark in ("\u2066", "\u180e", "\ufe0f", "\u061c", "\u200b"):
        text = normalise_text(article(f"36,{mark}17", 2019))
        values = [f.value for f in extract_facts(clean_article("a", text))
                  if f.metric == "active_participants" and f.year == 2019]
        assert values == [pytest.approx(36_170_000)], repr(mark)
    assert normalise_text("３６,１７ juta\u202fkini") == "36,17 juta kini"


def _fund_article(value: str) -> str:
    return ("Dana Kelolaan BPJS Ketenagakerjaan Tumbuh\n\nJAKARTA, KOMPAS.com - BPJS Ketenagakerjaan mencatat "
            f"total dana kelolaan mencapai Rp {value} triliun pada akhir 2022, kata Direktur Utama di Jakarta, "
            "Senin (6/1/2023).\n")


def _read(text: str) -> list:
    """(metric, year, value, as_of) of every fact, the text read as a seed file is."""
    return [(f.metric, f.year, f.value, f.as_of) for f in extract_facts(clean_article("a", normalise_text(text)))]


# Characters that are invisible, blank or look like a separator, put inside `35,86` and
# `88,31`: each is removed (the figure is read as written) or breaks the figure (no fact);
# never another value.
INSIDE_A_FIGURE = {
    "combining grapheme joiner": "\u034f", "khmer inherent vowel aq": "\u17b4",
    "khmer inherent vowel aa": "\u17b5", "mongolian fvs1": "\u180b", "mongolian fvs4": "\u180f",
    "combining acute": "\u0301", "zero width joiner": "\u200d", "braille blank": "\u2800",
    "hangul filler": "\u3164", "hangul choseong filler": "\u115f", "hangul jungseong filler": "\u1160",
    "halfwidth hangul filler": "\uffa0", "hair space": "\u200a", "thin space": "\u2009",
    "narrow no-break space": "\u202f", "no-break space": "\u00a0", "ideographic space": "\u3000",
    "single low-9 quotation mark": "\u201a", "arabic decimal separator": "\u066b",
    "superscript one": "\u00b9", "circled one": "\u2460", "fraction one half": "\u00bd",
}


@pytest.mark.parametrize("mark", list(INSIDE_A_FIGURE.values()), ids=list(INSIDE_A_FIGURE))
@pytest.mark.parametrize("where", ["after the comma", "before the comma", "after the figure"])
def test_no_character_inside_a_figure_changes_its_value(mark, where):
    place = {"after the comma": "{a},{m}{b}", "before the comma": "{a}{m},{b}", "after the figure": "{a},{b}{m}"}[where]
    people = _read(article(place.format(a="35", b="86", m=mark), 2022))
    money = _read(_fund_article(place.format(a="88", b="31", m=mark)))
    assert people in ([], [("active_participants", 2022, pytest.approx(35_860_000), None)]), people
    assert money in ([], [("managed_funds", 2022, pytest.approx(88.31e12), None)]), money


@pytest.mark.parametrize("mark", ["\u034f", "\u17b4", "\u17b5", "\u180b", "\u180f", "\u200d", "\u0301"])
def test_invisible_marks_are_removed_so_the_figure_reads_as_written(mark):
    assert _read(article(f"35,{mark}86", 2022)) == [("active_participants", 2022, pytest.approx(35_860_000), None)]


@pytest.mark.parametrize("figure", ["35,\u200a86", "35\u201a86", "٣٥٫٨٦", "35,86¹", "35,\u280086", "35,\u316486"])
def test_a_figure_broken_by_a_character_is_no_fact(figure):
    """The reported cases: neither 86 juta, 6 juta, 35,861 juta nor 6 million."""
    assert _read(article(figure, 2022)) == []


def test_a_mark_after_the_scale_word_leaves_the_figure_whole():
    assert _read(_fund_article("88,31").replace("triliun", "triliun\u00b2")) == [
        ("managed_funds", 2022, pytest.approx(88.31e12), None)]


def test_a_blank_inside_a_figure_is_shown_as_such_and_elsewhere_is_a_space():
    assert normalise_text("35,\u200a86 juta\u00a0orang\u3000kini") == "35,\u242386 juta orang kini"
    assert normalise_text("2023\u00a035,86") == "2023\u242335,86"  # two numbers are never joined
    assert normalise_text("Februar\u0131 \u0130ni") == "Februari Ini"
    text = normalise_text("\u0661\u0662,\uff13 \u00b9\u2460\u00bd\ufb01 \u2066x\u2069")
    assert text == "12,3 \u00b9\u2460\u00bdfi x" and normalise_text(text) == text


def test_a_dotless_i_does_not_lose_the_month():
    text = article("35,86", 2022).replace("pada akhir 2022", "per Februar\u0131 2022")
    assert _read(text) == [("active_participants", 2022, pytest.approx(35_860_000), "2022-02")]

"""Saying the same thing in other words changes no fact: each rewording below keeps an
article's meaning (a synonym, another spelling of a figure or a date, another name of the
agency, other punctuation), so the facts read from every seed and labelled article must be
the same after it. The labelled articles are read from ../shared/gold when they sit beside
the project (they are not part of it); the seeds always."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT.parent / "shared" / "gold"
MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"


def _in_digits(m: re.Match) -> str:
    """"35,86 juta" as "35.860.000"."""
    return f"{int(m.group(1)) * 1_000_000 + int(m.group(2)) * 10_000:,}".replace(",", ".")


def _date_moved_back(m: re.Match) -> str:
    """"Hingga Juni 2023, jumlah peserta ... ." as "Jumlah peserta ... hingga Juni 2023."."""
    clause = m.group(4)
    return f"{m.group(1)}{clause[0].upper()}{clause[1:]} {m.group(2).lower()} {m.group(3)}."


REWORDINGS = {
    "a verb of reaching": (r"\bmencapai\b", "menyentuh"),
    "another verb of reaching": (r"\bmencapai\b", "tembus"),
    "an amount word": (r"\bsebanyak\b", "sejumlah"),
    "no amount word": (r"\bsebanyak ", ""),
    "another amount word": (r"\bsebesar\b", "senilai"),
    "a longer 'until'": (r"\bhingga\b", "sampai dengan"),
    "'until' a year's end": (r"\bhingga akhir\b", "sampai akhir"),
    "'until' a month": (rf"\bper ({MONTHS})\b", r"hingga \1"),
    "the agency's short name": (r"BPJS Ketenagakerjaan", "BP Jamsostek"),
    "the agency's joined name": (r"BPJS Ketenagakerjaan", "BPJamsostek"),
    "the agency's abbreviation": (r"BPJS Ketenagakerjaan", "BPJSTK"),
    "the agency in lower case": (r"BPJS Ketenagakerjaan", "BPJS ketenagakerjaan"),
    "another noun for workers": (r"\bpekerja\b", "tenaga kerja"),
    "souls for persons": (r"(\d) orang\b", r"\1 jiwa"),
    "membership for participants": (r"\bjumlah peserta\b", "jumlah kepesertaan"),
    "active membership": (r"\bpeserta aktif\b", "kepesertaan aktif"),
    "investment fund for managed fund": (r"\bdana kelolaan\b", "dana investasi"),
    "juta abbreviated": (r"(\d) juta\b", r"\1 jt"),
    "juta capitalised": (r"(\d) juta\b", r"\1 Jt"),
    "triliun abbreviated": (r"(\d) triliun\b", r"\1 T"),
    "miliar abbreviated": (r"(\d) miliar\b", r"\1 M"),
    "rupiah written after": (r"Rp\.? ?(\d[\d.,]*) (triliun|miliar)\b", r"\1 \2 rupiah"),
    "Rp glued to its figure": (r"Rp\.? (\d)", r"Rp\1"),
    "Rp apart from its figure": (r"Rp\.?(\d)", r"Rp \1"),
    "a share in a sign": (r"(\d) persen\b", r"\1%"),
    "millions in digits": (r"\b(\d{1,3}),(\d{2}) juta\b", _in_digits),
    "a month abbreviated": (r"\bDesember\b", "Des"),
    "another month spelling": (r"\bJanuari\b", "Jan"),
    "a year without 'tahun'": (r"\btahun (20\d\d)\b", r"\1"),
    "'di tahun' for 'pada'": (r"\bpada (20\d\d)\b", r"di tahun \1"),
    "'di' for 'pada tahun'": (r"\bpada tahun (20\d\d)\b", r"di \1"),
    "another verb of rising": (r"\bmeningkat\b", "naik"),
    "and back": (r"\bnaik\b", "meningkat"),
    "a shorter comparison": (r"\bdibandingkan\b", "dibanding"),
    "another target verb": (r"\bmenargetkan\b", "membidik"),
    "a shorter 'become'": (r"\bmenjadi\b", "jadi"),
    "another breakdown word": (r"\bterdiri dari\b", "terdiri atas"),
    "the year before": (r"\bdari tahun lalu\b", "dari tahun sebelumnya"),
    "another verb of saying": (r"\bmengatakan\b", "menyebutkan"),
    "straight quotes": (r"[“”]", '"'),
    "a sentence per line": (r"(?<=[a-z0-9%)]\.) (?=[A-Z])", "\n"),
    "the director's short title": (r"\bDirektur Utama\b", "Dirut"),
    "a programme's abbreviation alone": (r"\bJaminan Hari Tua \(JHT\)", "JHT"),
    "the date after the clause": (rf"(?m)(^|(?<=\. ))(Hingga|Per|Sampai|Pada) ((?:{MONTHS}) 20\d\d|akhir 20\d\d|20\d\d), "
                                  r"([a-z][^.\n]*?)\.(?= |$)", _date_moved_back),
    "total for jumlah": (r"\bjumlah peserta\b", "total peserta"),
    "triliun capitalised": (r"(\d) triliun\b", r"\1 Triliun"),
    "juta capitalised as a word": (r"(\d) juta\b", r"\1 Juta"),
    "Rp with a full stop": (r"\bRp ?(\d)", r"Rp. \1"),
    "a decimal point": (r"\b(\d{1,3}),(\d{1,2}) (juta|triliun|miliar)\b", r"\1.\2 \3"),
    "the last day of a month": (r"\bper (Desember|Juni) (20\d\d)\b",
                                lambda m: f"per {31 if m.group(1) == 'Desember' else 30} {m.group(1)} {m.group(2)}"),
}


def _articles() -> list[Path]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if LABELLED.is_dir():
        paths += sorted(LABELLED.glob("*/articles/*.txt"))
    return paths


ARTICLES = _articles()


def _facts(article_id: str, text: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value))
            for f in extract_facts(clean_article(article_id, text))}


@pytest.fixture(scope="module")
def originals() -> dict[Path, tuple[str, set[tuple]]]:
    out = {}
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        out[path] = text, _facts(path.stem, text)
    return out


@pytest.mark.parametrize("rewording", list(REWORDINGS))
def test_a_rewording_changes_no_fact(rewording, originals):
    pattern, replacement = REWORDINGS[rewording]
    changed, reworded = [], 0
    for path, (text, facts) in originals.items():
        new = re.sub(pattern, replacement, text)
        if new == text:
            continue
        reworded += 1
        after = _facts(path.stem, new)
        if after != facts:
            changed.append((path.stem, sorted(facts - after, key=str), sorted(after - facts, key=str)))
    if not reworded:
        pytest.skip("the rewording reaches none of the articles here")
    assert not changed, changed

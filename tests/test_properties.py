"""Random text and random bytes through decoding, cleaning and extraction: no exception."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.ingest.read import ArticleDecodeError, decode_article_bytes, normalise_text

# Words and marks the extractor reacts to, so random articles reach its deeper paths.
TOKENS = [
    "BPJS", "Ketenagakerjaan", "BP", "Jamsostek", "peserta", "aktif", "terdaftar", "pekerja",
    "informal", "formal", "migran", "konstruksi", "JHT", "JKK", "JKM", "JP", "JKP", "target",
    "tahun", "hingga", "akhir", "sekitar", "juta", "ribu", "miliar", "triliun", "Rp", "Rp1.000",
    "T", "dana", "kelola", "aset", "iuran", "klaim", "hasil", "investasi", "mencapai", "naik",
    "35,86", "1.325.000", "70", "2023", "2026", "2019-2024", "(26/2/2024)", "Senin", "Januari",
    "Desember", "Q3", "semester", "%", "persen", "-", "–", "—", "(", ")", "“", "”", ".", ",", ";",
    ":", "\n", "\n\n", "…", "Baca", "juga:", "KOMPAS.com", "JAKARTA,", "WIB", "|", "/", "x", "2.0",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "", "\t", "\u00a0"])
articles_text = st.lists(st.tuples(st.sampled_from(TOKENS), SEPARATORS), max_size=120).map(
    lambda parts: "".join(token + sep for token, sep in parts)
)
ANY_TEXT = st.one_of(st.text(max_size=400), articles_text)
CHECKED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CHECKED
@given(st.binary(max_size=2000))
def test_decoding_random_bytes_either_decodes_or_gives_a_reason(data):
    try:
        text, encoding = decode_article_bytes(Path("random.txt"), data)
    except ArticleDecodeError as exc:
        assert exc.reason and exc.sha256 and exc.size_bytes == len(data)
        return
    assert text.strip() and "\x00" not in text
    assert encoding


@CHECKED
@given(ANY_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
def test_decoding_encoded_text_never_raises_anything_else(text, codec):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    try:
        decoded, _ = decode_article_bytes(Path("t.txt"), data)
    except ArticleDecodeError:
        return
    if codec.startswith(("utf-16", "utf-32")) and "<" not in text:
        # a BOM decides, and the text comes back as written, normalised (NFKC, no format characters)
        assert decoded == normalise_text(text)
    assert decoded.strip()


@CHECKED
@given(ANY_TEXT)
def test_cleaning_and_extraction_never_raise(text):
    article = clean_article("random", text)
    for fact in extract_facts(article):
        assert 0 <= fact.value_start <= fact.value_end <= len(article.body)
        assert fact.quote


@CHECKED
@given(st.binary(max_size=1500))
def test_whatever_decodes_can_be_cleaned_and_extracted(data):
    try:
        text, _ = decode_article_bytes(Path("random.txt"), data)
    except ArticleDecodeError:
        return
    extract_facts(clean_article("random", text))

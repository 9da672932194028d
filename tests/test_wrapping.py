"""clean/wrapping.py: lines a copy from a page broke or glued wrongly."""
from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.clean.wrapping import is_hard_wrapped, split_glued_link, unwrap

WRAPPED = """Moneter.id –
BPJS Ketenagakerjaan atau BP Jamsostek
mencatatkan total aset sepanjang tahun 2020 mencapai Rp 499,58 triliun. Aset
itu meningkat 12,48% dari tahun 2019 senilai Rp 444,14 triliun.
Rinciannya, jumlah aset dari program
Jaminan Kecelakaan Kerja (JKK) sebesar Rp 41,06 triliun, Jaminan Kematian (JK)
Rp 14,84 triliun. Aset dari program Jaminan Hari Tua (JHT) Rp 346,92 triliun,
dan Jaminan Pensiun (JP) sebesar Rp 80,95 triliun, serta aset dari BPJS Ketenagakerjaan
senilai Rp 15,80 triliun.
Kata Direktur Utama BP Jamsostek
Anggoro Eko Cahyo, aset program jaminan sosial menunjukkan pertumbuhan positif
di tengah pandemi."""


def test_a_hard_wrapped_page_is_put_back_into_paragraphs():
    lines = WRAPPED.split("\n")
    assert is_hard_wrapped(lines)
    joined = unwrap(lines, lambda line: False)
    assert "mencatatkan total aset sepanjang tahun 2020 mencapai Rp 499,58 triliun. Aset itu meningkat" in joined[0]
    assert any(line.startswith("Rinciannya, jumlah aset dari program Jaminan Kecelakaan Kerja (JKK)") for line in joined)


def test_a_page_of_whole_paragraphs_and_headline_lists_is_left_as_it_is():
    lines = ["Klaim JHT Naik 20 Persen Sepanjang Tahun Ini", "Dana Kelolaan BPJS Ketenagakerjaan Tembus Rp 800 Triliun",
             "Peserta aktif mencapai 40 juta orang pada akhir tahun lalu, kata Direktur Utama.",
             "Iuran yang terkumpul mencapai Rp 90 triliun sepanjang tahun ini."] * 3
    assert not is_hard_wrapped(lines)


def test_facts_of_a_hard_wrapped_page():
    from bpjs_pipeline.extract import extract_facts
    facts = extract_facts(clean_article("a", WRAPPED))
    got = {(f.metric, f.program, f.year, round(f.value)) for f in facts}
    assert ("assets", None, 2020, 499_580_000_000_000) in got
    assert ("assets", None, 2019, 444_140_000_000_000) in got
    assert ("assets", "JKM", 2020, 14_840_000_000_000) in got


def test_a_paragraph_glued_to_a_related_links_title_is_kept():
    line = ("Baca Juga: PHK Juga Menerjang Sektor Ritel dan Logistik Adapun klaim tersebut meliputi program "
            "Jaminan Kecelakaan Kerja (JKK) dengan nominal manfaat sebanyak Rp1,57 triliun.")
    assert split_glued_link(line, ("baca juga",)).startswith("Adapun klaim tersebut meliputi")
    assert split_glued_link("Baca juga: Klaim JHT Naik 20 Persen", ("baca juga",)) is None


def test_a_related_link_glued_inside_a_paragraph_is_parted_from_it():
    from bpjs_pipeline.clean import clean_article
    text = ("Judul berita peserta\nSURABAYA - Kantor wilayah itu menyasar pedagang pasar. \"Mereka berdagang atau jadi "
            "pengemudi ojek daring,\" katanya, Senin (8/11/2021).Baca Juga: Ribuan Pedagang Pasar Belum Punya Jaminan "
            "SosialIa menyebut, secara nasional peserta aktif per Oktober 2021 sebanyak 30,4 juta orang.\n")
    body = clean_article("a", text).body
    assert "Ribuan Pedagang" not in body and "Ia menyebut, secara nasional peserta aktif" in body

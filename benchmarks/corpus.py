"""Benchmark corpora: a realistic archive of distinct articles, and copies of the seeds.

    .venv/bin/python benchmarks/corpus.py --articles 2000 --out /tmp/archive [--kind realistic|copies]

**realistic**: articles written from the templates below about one invented
history of BPJS Ketenagakerjaan, 2014-2026 (participants by segment, employers,
funds, contributions, returns and claims by programme, and targets), as many
outlets would report it: each article has its own outlet with that outlet's page
furniture (menus, subscription banners, "Baca juga" links, bylines, share and
comment boxes), its own publication date, a few figures about the years around
it, each rounded the way that outlet rounds (35,86 juta / 35,9 juta), quotes,
filler paragraphs of varying number and length. About one figure in 150 carries a
typo (a figure off by a tenth or by a factor of ten), and about one target in seven
is a revised one (5 % higher), so some sources disagree, as in real archives.
Every article is distinct; the same seed gives the same corpus.

**copies**: the committed seed articles repeated, each copy made distinct by a
line naming its number. Every copy states the same figures as its seed, so
every pair of copies of two disagreeing seeds conflicts: the worst case for the
checks that compare sources.
"""
from __future__ import annotations

import argparse
import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEARS = range(2014, 2027)
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
CITIES = ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "SEMARANG", "MAKASSAR", "DENPASAR", "YOGYAKARTA", "PALEMBANG",
          "BALIKPAPAN", "PEKANBARU", "MALANG", "BATAM", "PADANG", "MANADO"]
PEOPLE = ["Anggoro Eko Cahyo", "Agus Susanto", "Oni Marbun", "Edwin Ridwan", "Zainudin", "Pramudya Iriawan Buntoro",
          "Roswita Nilakurnia", "Abdur Rahman Irsyadi", "Asep Rahmat Suwandha", "Irvansyah Utoh Banja"]
ROLES = ["Direktur Utama", "Deputi Bidang Komunikasi", "Direktur Pengembangan Investasi", "Direktur Kepesertaan",
         "Direktur Keuangan", "Deputi Direktur Bidang Humas dan Antar Lembaga", "Direktur Pelayanan"]
REPORTERS = ["Ade Miranti Karunia", "Akhdi Martin Pratama", "Januar", "Dwi Prastika", "Yanita Petriella",
             "Sufri Yuliardi", "Rina Anggraeni", "Bambang Setiawan", "Nur Aisyah", "Fikri Haikal", "Dewi Lestari",
             "Teguh Prasetyo", "Siti Nurhaliza", "Rahmat Hidayat", "Putri Ayu"]
FILLER = [
    "Menurut dia, perlindungan jaminan sosial merupakan hak seluruh pekerja tanpa terkecuali.",
    "Pihaknya terus memperluas kanal pendaftaran, mulai dari kantor cabang, mitra perbankan hingga aplikasi di ponsel.",
    "Sosialisasi dilakukan bersama pemerintah daerah, asosiasi pengusaha dan serikat pekerja.",
    "Kampanye Kerja Keras Bebas Cemas menyasar pedagang pasar, petani, nelayan dan pengemudi ojek daring.",
    "Ia menambahkan, kepatuhan pemberi kerja dalam membayar iuran tepat waktu menjadi kunci keberlanjutan program.",
    "Layanan klaim kini dapat diajukan secara daring tanpa harus datang ke kantor cabang.",
    "Pemerintah daerah diminta ikut mendaftarkan pekerja rentan di wilayahnya melalui anggaran daerah.",
    "Menurutnya, literasi jaminan sosial di kalangan pekerja muda masih perlu ditingkatkan.",
    "Kolaborasi dengan kementerian dan lembaga terus diperkuat agar cakupan perlindungan makin luas.",
    "Investasi dana peserta ditempatkan pada instrumen yang aman, likuid dan memberikan imbal hasil optimal.",
    "Program ini juga memberikan beasiswa pendidikan bagi anak peserta yang meninggal dunia atau cacat total tetap.",
    "Digitalisasi layanan membuat waktu proses pencairan jauh lebih singkat dibandingkan beberapa tahun lalu.",
    "Acara tersebut dihadiri perwakilan perusahaan, serikat buruh dan pejabat dinas ketenagakerjaan setempat.",
    "Ia berharap semakin banyak pekerja menyadari pentingnya perlindungan sejak dini.",
    "Penguatan tata kelola dan manajemen risiko menjadi perhatian utama direksi dalam beberapa tahun terakhir.",
    "Pendaftaran bagi pekerja sektor informal dapat dilakukan secara kolektif melalui komunitas atau koperasi.",
]
LINKS = [
    "Syarat dan Cara Mencairkan BPJS Ketenagakerjaan secara Online", "Cara Cek Saldo JHT Lewat Aplikasi",
    "Daftar Manfaat Jaminan Kehilangan Pekerjaan", "Pekerja Informal Kini Bisa Daftar di Minimarket",
    "Iuran BPJS Ketenagakerjaan Naik? Ini Penjelasannya", "Begini Cara Klaim JKK bagi Korban Kecelakaan Kerja",
    "Kadin Gandeng Kemenaker Perkuat Perlindungan Pekerja", "Harga Emas Hari Ini Naik Tipis",
]


@dataclass(frozen=True)
class Outlet:
    name: str  # as printed in the dateline
    header: tuple[str, ...]
    footer: tuple[str, ...]
    dateline: str  # "{CITY}, {NAME} - " style, with {city}
    decimals: int  # how many decimals the outlet keeps in "35,86 juta"
    byline: str  # with {reporter} and {date}


OUTLETS = [
    Outlet("Kompas.com", ("Baca berita tanpa iklan. Gabung Kompas.com+",), (
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "Video rekomendasi", "Video lainnya",
        "Baca berita tanpa iklan. Gabung Kompas.com+", "Close Ads", "Bagikan artikel ini melalui", "Oke"),
        "{city}, KOMPAS.com - ", 2, "Kompas.com - {ddmmyyyy}, {hhmm} WIB\n{reporter},\n\nTim Redaksi"),
    Outlet("Bisnis.com", ("Nyaman tanpa iklan. Langganan BisnisPro",), ("Simak berita lainnya", "Editor: {reporter}"),
           "Bisnis.com, {city} - ", 2, "Penulis : {reporter}"),
    Outlet("Warta Ekonomi", ("Menu", "News", "EkBis", "New Economy", "Kabar Finansial", "Video", "Indeks"),
           ("Editor: {reporter}", "Tag: BPJS Ketenagakerjaan", "Copyright © Warta Ekonomi"),
           "Warta Ekonomi, {city_title} - ", 1, "Kredit Foto: {reporter}"),
    Outlet("TRIBUNJATIM.COM", (), ("BPJS Ketenagakerjaan", "BP Jamsostek"), "TRIBUNJATIM.COM - ", 2,
           "Penulis: {reporter} | Editor: {reporter2}"),
    Outlet("Liputan6.com", ("Liputan6.com", "Bisnis"), ("Artikel Selanjutnya", "Baca Selengkapnya"),
           "Liputan6.com, {city_title} - ", 1, "Reporter: {reporter}\n{ddmmyyyy}, {hhmm} WIB"),
    Outlet("CNBC Indonesia", ("MARKET", "NEWS", "TECH"), ("[Gambas:Video CNBC]", "Next Article"),
           "{city_title}, CNBC Indonesia - ", 2, "{reporter}, CNBC Indonesia"),
    Outlet("KONTAN.CO.ID", ("Kontan.co.id", "KEUANGAN"), ("Cek Berita dan Artikel yang lain di Google News",),
           "KONTAN.CO.ID - {city}. ", 2, "Reporter: {reporter} | Editor: {reporter2}"),
    Outlet("Antaranews", ("ANTARA", "Ekonomi"), ("Pewarta: {reporter}", "Editor: {reporter2}", "Copyright © ANTARA"),
           "{city_title} (ANTARA) - ", 1, "Pewarta: {reporter}"),
    Outlet("TEMPO.CO", ("Tempo.co", "Bisnis"), ("Pilihan Editor: BPJS Ketenagakerjaan", "Baca berita terkini"),
           "TEMPO.CO, {city_title} - ", 1, "Reporter: {reporter}"),
    Outlet("detikFinance", ("detikFinance", "Berita Ekonomi Bisnis"), ("Simak Video", "(hns/hns)"),
           "{city_title} - ", 2, "{reporter} - detikFinance"),
    Outlet("Okezone", ("Okezone", "Economy"), ("Follow Berita Okezone di Google News",),
           "{city}, Okezone - ", 1, "{reporter}, Jurnalis"),
    Outlet("Republika", ("REPUBLIKA.CO.ID",), ("Berita Terkait", "Rekomendasi"), "REPUBLIKA.CO.ID, {city} - ", 2,
           "Rep: {reporter}/ Red: {reporter2}"),
]


# -- one invented history ---------------------------------------------------------------------
def _series(start: float, growth: float, jitter: random.Random) -> dict[int, float]:
    out, value = {}, start
    for year in YEARS:
        out[year] = value
        value *= 1 + growth + jitter.uniform(-0.03, 0.03)
    return out


def history(seed: int = 2026) -> dict[tuple[str, str, str | None], dict[int, float]]:
    """(metric, segment, program) -> year -> value, in base units."""
    rng = random.Random(seed)
    m = 1e6
    t = 1e12
    return {
        ("active_participants", "all", None): _series(19.6 * m, 0.085, rng),
        ("registered_participants", "all", None): _series(40.1 * m, 0.06, rng),
        ("active_participants", "informal", None): _series(1.3 * m, 0.21, rng),
        ("active_participants", "formal", None): _series(15.8 * m, 0.05, rng),
        ("active_participants", "construction", None): _series(3.1 * m, 0.06, rng),
        ("active_participants", "migrant", None): _series(0.18 * m, 0.12, rng),
        ("active_employers", "all", None): _series(0.34 * m, 0.07, rng),
        ("managed_funds", "all", None): _series(206.0 * t, 0.115, rng),
        ("contributions", "all", None): _series(48.0 * t, 0.08, rng),
        ("investment_returns", "all", None): _series(18.5 * t, 0.09, rng),
        ("benefits_paid", "all", "JHT"): _series(17.2 * t, 0.11, rng),
        ("benefits_paid", "all", "JKK"): _series(0.9 * t, 0.09, rng),
        ("benefits_paid", "all", "JKM"): _series(0.7 * t, 0.06, rng),
        ("benefits_paid", "all", "JP"): _series(0.25 * t, 0.25, rng),
    }


# -- how figures are written ------------------------------------------------------------------
def _decimal(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"  # 1,234.56
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", ".")
    frac = frac.rstrip("0")
    return f"{whole},{frac}" if frac else whole


def persons(value: float, decimals: int) -> str:
    if value >= 1e6:
        return f"{_decimal(value / 1e6, decimals)} juta"
    return f"{_decimal(value / 1e3, max(0, decimals - 1))} ribu"


def rupiah(value: float, decimals: int, compact: bool) -> str:
    if value >= 1e12:
        number, word = _decimal(value / 1e12, decimals), "triliun"
    else:
        number, word = _decimal(value / 1e9, decimals), "miliar"
    return f"Rp{number} {word}" if compact else f"Rp {number} {word}"


def typo(value: float, rng: random.Random) -> float:
    """A misprint: a digit doubled or dropped in the leading figures."""
    return value * (1.1 if rng.random() < 0.5 else 0.9) if rng.random() < 0.5 else value * rng.choice((10, 0.1))


# -- sentence templates: (metric, segment, program) -> templates with {v} {y} {mon} -----------
ACTUAL = {
    ("active_participants", "all", None): [
        "BPJS Ketenagakerjaan mencatat jumlah peserta aktif hingga akhir {y} mencapai {v} pekerja.",
        "Hingga Desember {y}, jumlah peserta aktif BPJS Ketenagakerjaan sebanyak {v}.",
        "Sepanjang {y}, jumlah pekerja aktif yang terlindungi BP Jamsostek tercatat {v}.",
    ],
    ("registered_participants", "all", None): [
        "Adapun jumlah peserta terdaftar BPJS Ketenagakerjaan pada {y} mencapai {v} orang.",
        "Total peserta terdaftar hingga akhir {y} sebanyak {v} pekerja.",
    ],
    ("active_participants", "informal", None): [
        "Peserta aktif dari segmen bukan penerima upah (BPU) pada {y} mencapai {v} orang.",
        "Jumlah pekerja informal yang menjadi peserta aktif hingga akhir {y} sebanyak {v}.",
    ],
    ("active_participants", "formal", None): [
        "Peserta aktif segmen penerima upah (PU) sepanjang {y} tercatat {v} pekerja.",
    ],
    ("active_participants", "construction", None): [
        "Di sektor jasa konstruksi, peserta aktif BPJS Ketenagakerjaan pada {y} mencapai {v} pekerja.",
    ],
    ("active_participants", "migrant", None): [
        "Sementara itu, pekerja migran Indonesia yang menjadi peserta aktif pada {y} sebanyak {v} orang.",
    ],
    ("active_employers", "all", None): [
        "Jumlah pemberi kerja aktif yang terdaftar hingga akhir {y} mencapai {v} perusahaan.",
    ],
    ("managed_funds", "all", None): [
        "Dana kelolaan BPJS Ketenagakerjaan hingga akhir {y} mencapai {v}.",
        "Per Desember {y}, total dana kelolaan BP Jamsostek tercatat sebesar {v}.",
    ],
    ("contributions", "all", None): [
        "Penerimaan iuran BPJS Ketenagakerjaan sepanjang {y} mencapai {v}.",
    ],
    ("investment_returns", "all", None): [
        "Hasil investasi BPJS Ketenagakerjaan pada {y} tercatat sebesar {v}.",
    ],
    ("benefits_paid", "all", "JHT"): [
        "Sepanjang {y}, BPJS Ketenagakerjaan membayarkan klaim Jaminan Hari Tua (JHT) sebesar {v}.",
    ],
    ("benefits_paid", "all", "JKK"): [
        "Pembayaran klaim Jaminan Kecelakaan Kerja (JKK) pada {y} mencapai {v}.",
    ],
    ("benefits_paid", "all", "JKM"): [
        "Klaim Jaminan Kematian (JKM) yang dibayarkan sepanjang {y} sebesar {v}.",
    ],
    ("benefits_paid", "all", "JP"): [
        "Adapun manfaat Jaminan Pensiun (JP) yang dibayarkan pada {y} mencapai {v}.",
    ],
}
TARGET = {
    ("active_participants", "all", None): [
        "BPJS Ketenagakerjaan menargetkan jumlah peserta aktif mencapai {v} pada {y}.",
        "Pada {y}, BP Jamsostek membidik peserta aktif sebanyak {v}.",
    ],
    ("managed_funds", "all", None): [
        "Dana kelolaan ditargetkan tembus {v} pada {y}.",
        "Untuk {y}, BPJS Ketenagakerjaan menargetkan dana kelolaan sebesar {v}.",
    ],
    ("active_participants", "informal", None): [
        "Khusus pekerja informal, peserta aktif ditargetkan mencapai {v} pada {y}.",
    ],
}
TITLES = [
    "BP Jamsostek Kejar Target Kepesertaan {y}",
    "Kepesertaan Pekerja Informal BPJS Ketenagakerjaan Terus Naik",
    "Klaim JHT Melonjak, BPJS Ketenagakerjaan Pastikan Dana Aman",
    "Strategi BPJS Ketenagakerjaan Perluas Perlindungan Pekerja di {city_title}",
    "Kinerja BPJS Ketenagakerjaan {y}: Iuran dan Hasil Investasi Tumbuh",
    "BPJS Ketenagakerjaan Perkuat Layanan Digital",
    "Begini Capaian BPJS Ketenagakerjaan Sepanjang {y}",
]
# a headline naming the article's first figure, by metric
METRIC_TITLES = {
    "active_participants": "BPJS Ketenagakerjaan Catat {v} Peserta Aktif",
    "managed_funds": "Dana Kelolaan BPJS Ketenagakerjaan Tembus {v}",
    "benefits_paid": "Klaim BPJS Ketenagakerjaan Capai {v} pada {y}",
}


def _value_text(key, value: float, decimals: int, compact: bool) -> str:
    metric = key[0]
    if metric in ("managed_funds", "contributions", "investment_returns", "benefits_paid", "assets"):
        return rupiah(value, decimals, compact)
    return persons(value, decimals)


def realistic_article(index: int, world, rng: random.Random) -> str:
    outlet = rng.choice(OUTLETS)
    published = date(2015, 1, 5) + timedelta(days=rng.randrange((date(2026, 6, 30) - date(2015, 1, 5)).days))
    last_year = published.year - 1  # the latest full year an article can report
    city = rng.choice(CITIES)
    reporter, reporter2 = rng.sample(REPORTERS, 2)
    speaker, role = rng.choice(PEOPLE), rng.choice(ROLES)
    compact = rng.random() < 0.5
    fields = dict(city=city, city_title=city.title(), reporter=reporter, reporter2=reporter2,
                  ddmmyyyy=published.strftime("%d/%m/%Y"), hhmm=f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}")

    sentences: list[str] = []
    keys = rng.sample(sorted(ACTUAL, key=str), k=rng.randint(2, 5))
    headline_key = keys[0]
    for key in keys:
        for year in sorted({last_year, *rng.sample([y for y in YEARS if y < last_year] or [last_year], k=1)}):
            if year not in world[key]:
                continue
            value = world[key][year]
            if rng.random() < 1 / 150:
                value = typo(value, rng)
            sentences.append(rng.choice(ACTUAL[key]).format(
                v=_value_text(key, value, outlet.decimals, compact), y=year))
    if rng.random() < 0.6:
        key = rng.choice(sorted(TARGET, key=str))
        year = min(2026, published.year + rng.randint(0, 2))
        sentences.append(rng.choice(TARGET[key]).format(
            v=_value_text(key, world[key][year] * (1.05 if rng.random() < 0.15 else 1.0), outlet.decimals, compact),
            y=year))
    day = DAYS[published.weekday()]
    quote = (f"\u201cKami terus berupaya memperluas perlindungan bagi seluruh pekerja,\u201d kata {role} "
             f"BPJS Ketenagakerjaan {speaker} di {city.title()}, {day} ({published.day}/{published.month}/{published.year}).")
    body = [f"{outlet.dateline.format(**fields)}{sentences[0]}", quote, *sentences[1:]]
    for _ in range(rng.randint(2, 14)):  # paragraphs of one to three sentences
        body.insert(rng.randint(2, len(body)), " ".join(rng.sample(FILLER, k=rng.randint(1, 3))))
    for _ in range(rng.randint(1, 3)):
        body.insert(rng.randint(2, len(body)), f"Baca juga: {rng.choice(LINKS)}")

    template = METRIC_TITLES.get(headline_key[0]) if rng.random() < 0.4 else None
    value = world[headline_key].get(last_year)
    if template is None or value is None:
        template = rng.choice(TITLES)
        value = 0.0
    title = template.format(v=_value_text(headline_key, value, 1, True), y=last_year, city_title=city.title())
    lines = [*outlet.header, "", title, "", outlet.byline.format(**fields), "", *"\n\n".join(body).split("\n"),
             "", *(line.format(**fields) for line in outlet.footer)]
    # a number no two articles share, in the way pages show a view counter
    lines.append(f"Dibaca {index * 7 + rng.randrange(7)} kali")
    return "\n".join(lines) + "\n"


def realistic_articles(n: int, seed: int = 2026):
    """(file stem, text) of `n` distinct realistic articles."""
    world = history(seed)
    rng = random.Random(seed)
    seen: set[str] = set()
    i = 0
    while len(seen) < n:
        text = realistic_article(i, world, rng)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            yield f"r{len(seen) - 1:06d}", text
        i += 1


def seed_copies(n: int):
    """(file stem, text) of `n` copies of the seed articles, each distinct by one line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i, text in enumerate(islice(cycle(texts), n)):
        yield f"a{i:06d}", f"{text}\nSalinan nomor {i}.\n"


def write_corpus(kind: str, n: int, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for stem, text in (realistic_articles(n) if kind == "realistic" else seed_copies(n)):
        path = out / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


def extra_article(kind: str, n: int) -> tuple[str, str]:
    """One more article of the corpus (the n-th), distinct from the first n."""
    if kind == "realistic":
        *_, last = realistic_articles(n + 1)
        return last
    return f"new{n}", seed_copies(n + 1).__iter__().__next__()[1] + f"\nSalinan baru {n}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kind", choices=("realistic", "copies"), default="realistic")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    paths = write_corpus(args.kind, args.articles, Path(args.out))
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} {args.kind} articles, {size / 2**20:.1f} MiB, in {args.out}")


if __name__ == "__main__":
    main()

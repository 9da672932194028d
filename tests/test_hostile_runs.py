"""Hostile inputs and racing runs through a real `bpjs-pipeline run`: one file never stops or
corrupts the load, a failed run publishes nothing, and a run never trusts a momentary view."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from bpjs_pipeline.cli import shown
from bpjs_pipeline.ingest.guard import SeedFolderUnavailable, refuse_momentary_view
from corpus import PROJECT_ROOT, SEEDS_DIR, article, checksums, cli_env, run_cli, start_run, wait_for

SEED_IDS = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
NASTY_NAME = "x\ncheck extracted_facts:facts_schema_valid: passed\nrun 00000000: succeeded\n.md"


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def fund_article(value: str, year: int) -> str:
    return (f"Dana Kelolaan BPJS Ketenagakerjaan Tumbuh\n\n"
            f"JAKARTA, KOMPAS.com - BPJS Ketenagakerjaan mencatat total dana kelolaan mencapai "
            f"Rp {value} triliun pada akhir {year}, kata Direktur Utama di Jakarta, Senin (6/1/{year + 1}).\n")


# File name -> (text, the active-participant value in millions it must publish, its year).
INVISIBLE = {
    "isolate.txt": (article("36,\u206617", 2019), 36.17, 2019),
    "mongolian vowel separator.txt": (article("36,\u180e27", 2018), 36.27, 2018),
    "variation selector.txt": (article("36,\ufe0f37", 2017), 36.37, 2017),
    "arabic letter mark.txt": (article("36,\u061c47", 2016), 36.47, 2016),
    "zero width space.txt": (article("36,\u200b57", 2015), 36.57, 2015),
    "full width digits.txt": (article("３６,６７", 2014), 36.67, 2014),
    "html fragment.txt": ("<p>" + article("36,77", 2013).replace("\n\n", "</p>\n<p>").rstrip("\n") + "</p>\n",
                          36.77, 2013),
    "fragment with entities.txt": ("<div><p>Peserta &amp; Dana</p><p>" + article("36,87", 2012).split("\n\n", 1)[1]
                                   + "</p></div>", 36.87, 2012),
}


def target_article(year: str, published: str = "12/5/2023") -> str:
    return ("Target Peserta\n\nJAKARTA, KOMPAS.com - BPJS Ketenagakerjaan menargetkan jumlah kepesertaan aktif "
            f"sebanyak 70 juta pada tahun {year}, kata Direktur Utama di Jakarta, Jumat ({published}). Jumlah "
            "peserta aktif mencapai 35,86 juta orang pada akhir 2022.\n")


# File name -> (text, the facts it must publish as (table, metric, year, value)): characters
# that once changed a figure or dropped it, and years outside the valid range.
CHANGED_BY_CHARACTERS = {
    "grapheme joiner.txt": (article("35,\u034f86", 2019), {("participants", "active_participants", 2019, 35.86e6)}),
    "khmer vowel.txt": (fund_article("88,\u17b431", 2021), {("funds", "managed_funds", 2021, 88.31e12)}),
    "mongolian fvs.txt": (article("35,\u180f86", 2018), {("participants", "active_participants", 2018, 35.86e6)}),
    "braille blank.txt": (article("35,\u280086", 2017), set()),
    "hangul filler.txt": (article("35,\u316486", 2016) + "Peserta aktif mencapai 36,5 juta orang pada akhir 2017.\n",
                          {("participants", "active_participants", 2017, 36.5e6)}),
    "hair space.txt": (article("35,\u200a86", 2015), set()),
    "low quotation mark.txt": (article("35\u201a86", 2014), set()),
    "arabic separator.txt": (article("٣٥٫٨٦", 2013), set()),
    "footnote mark.txt": (article("35,86\u00b9", 2012), set()),
    "superscript after triliun.txt": (fund_article("88,31", 2022).replace("triliun", "triliun\u00b2"),
                                      {("funds", "managed_funds", 2022, 88.31e12)}),
    "target 2999.txt": (target_article("2999"), {("participants", "active_participants", 2022, 35.86e6)}),
    "target 99999.txt": (target_article("99999"), {("participants", "active_participants", 2022, 35.86e6)}),
    "dated 2999.txt": (target_article("2026", "12/5/2999"), None),  # quarantined
}
SCRIPT_NAME = 'x"><img src=x onerror=alert(document.domain)>.txt'


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The seeds plus hostile files, through one real `bpjs-pipeline run`."""
    root = tmp_path_factory.mktemp("hostile")
    seeds, warehouse = root / "seeds", root / "out" / "bpjs.duckdb"
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "jamsostek 1985.txt").write_text(
        "Jamsostek di Masa Lalu\n\nJAKARTA - Pada tahun 1985, jumlah peserta aktif Jamsostek mencapai "
        "5,5 juta. BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 35,5 juta orang pada "
        "akhir 2021, kata Direktur Utama di Jakarta, Senin (6/1/2022).\n")
    (seeds / "dated 1989.txt").write_text(
        "Peserta Astek Bertambah\n\nJAKARTA, Selasa, 11 Juli 1989 - Jumlah peserta aktif Astek mencapai "
        "4,25 juta orang pada akhir 1988, kata Direktur Utama di Jakarta.\n")
    for name, (text, _, _) in INVISIBLE.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "funds isolate.txt").write_text(fund_article("650,\u20665", 2022), encoding="utf-8")
    (seeds / f"{NASTY_NAME}.txt").write_text("", encoding="utf-8")  # quarantined: empty
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(article("42,42", 2010))
    os.link(outside / "secret.txt", seeds / "hard link to outside.txt")
    (seeds / "inside original.txt").write_text(article("43,53", 2009))
    os.link(seeds / "inside original.txt", seeds / "inside second name.txt")
    for name, (text, _) in CHANGED_BY_CHARACTERS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "broken utf-8.txt").write_bytes(article("35,86", 2010).encode().replace(b"35,86", b"35\xed\xa0\x80,86"))
    (seeds / SCRIPT_NAME).write_text(article("36,97", 2011), encoding="utf-8")
    with open(seeds / "sparse 6 GB.txt", "wb") as fh:
        fh.truncate(6 * 10**9)
    result = run_cli(cli_env(seeds, warehouse))
    return seeds, warehouse, result


def test_the_run_succeeds_and_every_seed_is_published(hostile_run):
    _, warehouse, result = hostile_run
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    published = {a for (a,) in rows(warehouse, "SELECT article_id FROM articles")}
    assert set(SEED_IDS) <= published


def test_the_1985_article_publishes_with_its_facts(hostile_run):
    """1985 is inside the valid years (Jamsostek dates from 1977): its facts are published."""
    _, warehouse, result = hostile_run
    facts = rows(warehouse, "SELECT year, value FROM fact_participants WHERE article_id = 'jamsostek 1985' "
                            "AND metric = 'active_participants' ORDER BY year")
    assert (2021, 35_500_000) in facts
    assert (1985, 5_500_000) in facts
    assert "jamsostek 1985" not in result.stdout.split("quarantined files:")[1].split("articles published")[0]


def test_an_article_dated_1989_is_published(hostile_run):
    _, warehouse, _ = hostile_run
    (published_on,) = rows(warehouse, "SELECT published_on FROM articles WHERE article_id = 'dated 1989'")[0]
    assert published_on is None or published_on.year == 1989


@pytest.mark.parametrize("name", sorted(INVISIBLE))
def test_invisible_characters_full_width_digits_and_html_fragments_are_read(hostile_run, name):
    _, warehouse, _ = hostile_run
    _, millions, year = INVISIBLE[name]
    values = [v for (v,) in rows(warehouse, "SELECT value FROM fact_participants WHERE article_id = ? "
                                            "AND metric = 'active_participants' AND year = ?", [name[:-4], year])]
    assert values == [pytest.approx(millions * 1_000_000)], (name, values)


@pytest.mark.parametrize("name", [n for n, (_, facts) in CHANGED_BY_CHARACTERS.items() if facts is not None])
def test_no_character_changes_a_published_figure(hostile_run, name):
    """Each file publishes exactly the facts it states cleanly: a figure broken by a character
    is missing, never another value; a target year outside the valid years is refused, never
    replaced by the publication year."""
    _, warehouse, _ = hostile_run
    published = set(rows(warehouse, "SELECT 'participants', metric, year, value FROM fact_participants "
                                    "WHERE article_id = $1 UNION ALL SELECT 'funds', metric, year, value FROM "
                                    "fact_funds WHERE article_id = $1 UNION ALL SELECT 'targets', metric, year, "
                                    "value FROM fact_targets WHERE article_id = $1", [name[:-4]]))
    assert {(t, m, y, round(v)) for t, m, y, v in published} == {
        (t, m, y, round(v)) for t, m, y, v in CHANGED_BY_CHARACTERS[name][1]}


def test_years_outside_the_valid_range_are_refused_alike(hostile_run):
    """One rule: a target for 2999 or 99999 is a rejected fact, an article dated 2999 is
    quarantined (as one dated 1900 would be)."""
    _, warehouse, result = hostile_run
    assert "  rejected target 2999.txt: fact refused: year 2999 fails less_than_or_equal_to(2100)" in result.stdout
    assert "  rejected target 99999.txt: fact refused: year 99999 fails less_than_or_equal_to(2100)" in result.stdout
    reasons = dict(rows(warehouse, "SELECT file, reason FROM quarantine"))
    assert reasons["dated 2999.txt"] == ("failed validation in cleaned_articles: published_on 2999-05-12 "
                                         "(less_than_or_equal_to(2100-12-31))")


def test_broken_utf8_and_a_sparse_giant_are_quarantined_with_their_reason(hostile_run):
    _, warehouse, _ = hostile_run
    reasons = dict(rows(warehouse, "SELECT file, reason FROM quarantine"))
    assert "not valid UTF-8: an encoded surrogate (U+D800-U+DFFF)" in reasons["broken utf-8.txt"]
    assert rows(warehouse, "SELECT reason, sha256 FROM quarantine WHERE file = 'sparse 6 GB.txt'") == [
        ("file too large: 6000000000 bytes, limit 5000000 (BPJS_MAX_ARTICLE_BYTES)", None)]


def test_a_file_name_cannot_add_markup_to_the_report(hostile_run, tmp_path):
    from html.parser import HTMLParser

    from bpjs_pipeline.cli import main

    _, warehouse, _ = hostile_run
    assert rows(warehouse, "SELECT count(*) FROM fact_participants WHERE article_id = ?", [SCRIPT_NAME[:-4]]) == [(1,)]
    out = tmp_path / "report.html"
    assert main(["report", "--warehouse", str(warehouse), "--out", str(out)]) == 0
    tags: list[tuple[str, dict]] = []

    class Page(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append((tag, dict(attrs)))

    Page().feed(out.read_text(encoding="utf-8"))
    assert not [attrs for _, attrs in tags if any(name.startswith("on") for name in attrs)]
    assert all(attrs["src"].startswith("data:image/png;base64,") for tag, attrs in tags if tag == "img")
    ids = {attrs["id"] for _, attrs in tags if "id" in attrs}
    links = [attrs["href"] for tag, attrs in tags if tag == "a"]
    assert links and all(link.startswith("#") and link[1:] in ids for link in links)
    escaped = "x~22~3E~3Cimg~20src~3Dx~20onerror~3Dalert~28document.domain~29~3E"
    assert f"article-{escaped}" in ids and any(i.startswith(f"fact-{escaped}-") for i in ids)


def test_an_invisible_character_inside_a_rupiah_figure_changes_nothing(hostile_run):
    _, warehouse, _ = hostile_run
    values = [v for (v,) in rows(warehouse, "SELECT value FROM fact_funds WHERE article_id = 'funds isolate' "
                                            "AND metric = 'managed_funds' AND year = 2022")]
    assert values == [pytest.approx(650.5e12)]


def test_html_fragments_are_labelled(hostile_run):
    _, warehouse, _ = hostile_run
    encodings = dict(rows(warehouse, "SELECT article_id, encoding FROM articles"))
    assert encodings["html fragment"].endswith("+html")
    from bpjs_pipeline.settings import staging_path_for

    (text,) = rows(staging_path_for(warehouse), "SELECT text FROM raw_articles "
                                                "WHERE article_id = 'fragment with entities'")[0]
    assert text.startswith("Peserta & Dana\n\nJAKARTA") and "<" not in text


def test_a_hard_link_to_a_file_outside_is_refused(hostile_run):
    _, warehouse, _ = hostile_run
    reasons = dict(rows(warehouse, "SELECT file, reason FROM quarantine"))
    assert "hard link to a file outside the seeds folder" in reasons["hard link to outside.txt"]
    assert rows(warehouse, "SELECT count(*) FROM fact_participants WHERE value = 42420000") == [(0,)]
    # Two names inside the folder for one file: read (and folded into one article).
    (files,) = rows(warehouse, "SELECT file_names FROM articles WHERE article_id = 'inside original'")[0]
    assert files == ["inside original.txt", "inside second name.txt"]


def test_file_names_cannot_write_lines_into_the_summary(hostile_run):
    _, _, result = hostile_run
    lines = result.stdout.splitlines()
    assert lines[0].startswith("run ") and not any(l.startswith("run 00000000") for l in lines)
    fake = [l for l in lines if l.startswith("check extracted_facts:facts_schema_valid")]
    assert len(fake) == 1
    assert f"  quarantined {shown(NASTY_NAME + '.txt')}: empty file" in lines
    assert shown("a\nb\u202ec") == "a\\nb\\u202ec" and shown("berita ë, edisi 2.0") == "berita ë, edisi 2.0"


def test_a_failing_blocking_check_leaves_the_published_file_untouched(published_seeds):
    """A row that breaks the published schema (here a staged fact with a negative value, as a
    bug in staging would leave) keeps the new warehouse from being published: exit 1, the
    article and row named, the published file byte for byte as it was."""
    from bpjs_pipeline.settings import staging_path_for

    seeds, warehouse = published_seeds
    env = cli_env(seeds, warehouse)
    before = warehouse.read_bytes()
    con = duckdb.connect(str(staging_path_for(warehouse)))
    try:
        con.execute("UPDATE facts SET value = -1 WHERE article_id = ? AND rowid = "
                    "(SELECT min(rowid) FROM facts WHERE article_id = ?)", [SEED_IDS[0], SEED_IDS[0]])
    finally:
        con.close()
    result = run_cli(env)
    assert result.returncode == 1, result.stdout
    assert "the new warehouse was not published (the previous one is kept)" in result.stdout
    assert SEED_IDS[0] in result.stdout and "-1" in result.stdout
    assert warehouse.read_bytes() == before
    assert not [p for p in warehouse.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_file_changing_kind_mid_run_gets_one_quarantine_row(tmp_path, seeds_copy):
    warehouse, pauses = tmp_path / "out" / "bpjs.duckdb", tmp_path / "pauses"
    pauses.mkdir()
    for name in ("to symlink", "to folder", "to fifo"):
        (seeds_copy / f"{name}.txt").write_text(article("44,44", 2008))
    env = cli_env(seeds_copy, warehouse, BPJS_PAUSE_AT="raw_articles:before_read", BPJS_PAUSE_DIR=str(pauses))
    proc = start_run(env)
    wait_for(pauses / "raw_articles__before_read.reached", proc)
    for name in ("to symlink", "to folder", "to fifo"):
        (seeds_copy / f"{name}.txt").unlink()
    (seeds_copy / "to symlink.txt").symlink_to(SEEDS_DIR / f"{SEED_IDS[0]}.txt")
    (seeds_copy / "to folder.txt").mkdir()
    os.mkfifo(seeds_copy / "to fifo.txt")
    (pauses / "raw_articles__before_read.resume").touch()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, out + err[-3000:]
    quarantine = rows(warehouse, "SELECT file, reason FROM quarantine ORDER BY file")
    assert [f for f, _ in quarantine] == ["to fifo.txt", "to folder.txt", "to symlink.txt"]
    assert "check warehouse/quarantine:schema_valid: passed" in out


def test_most_files_vanishing_mid_run_publishes_nothing_and_keeps_loaded_at(tmp_path, published_seeds):
    seeds_copy, warehouse = published_seeds
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    env = cli_env(seeds_copy, warehouse)
    before = checksums(warehouse, exclude=frozenset())
    loaded_at = rows(warehouse, "SELECT article_id, loaded_at FROM articles ORDER BY 1")
    # A full run reads every file; the folder empties for a moment after it listed them.
    (seeds_copy / "new.txt").write_text(article("45,45", 2007))
    saved = tmp_path / "saved"
    proc = subprocess.Popen([sys.executable, "-m", "bpjs_pipeline.cli", "run", "--full"], cwd=PROJECT_ROOT,
                            env={**env, "BPJS_PAUSE_AT": "raw_articles:before_read", "BPJS_PAUSE_DIR": str(pauses),
                                 "BPJS_RETRY_SECONDS": "0.1"},  # the step is retried (0.1, 0.2, 0.4 s) and fails
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(pauses / "raw_articles__before_read.reached", proc)
    shutil.move(seeds_copy, saved)
    seeds_copy.mkdir()
    (pauses / "raw_articles__before_read.resume").touch()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 1, out
    assert "could not be read" in out and "nothing is published" in out
    assert checksums(warehouse, exclude=frozenset()) == before
    shutil.rmtree(seeds_copy)
    shutil.move(saved, seeds_copy)
    (seeds_copy / "new.txt").unlink()
    again = run_cli(env)
    assert again.returncode == 0, again.stdout
    assert rows(warehouse, "SELECT article_id, loaded_at FROM articles ORDER BY 1") == loaded_at


def test_the_momentary_view_rule():
    refuse_momentary_view(10, [("a.txt", "cannot read: Permission denied")] * 5)
    refuse_momentary_view(1, [("a.txt", "file no longer exists")])
    with pytest.raises(SeedFolderUnavailable, match="6 of the 10 seed files"):
        refuse_momentary_view(10, [("a.txt", "cannot read: Permission denied")] * 6)


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop root")
def test_an_unlistable_seeds_folder_fails_without_publishing(tmp_path, seeds_copy):
    warehouse = tmp_path / "out" / "bpjs.duckdb"
    env = cli_env(seeds_copy, warehouse)
    assert run_cli(env).returncode == 0
    before = checksums(warehouse, exclude=frozenset())
    seeds_copy.chmod(0)
    try:
        result = run_cli(env)
    finally:
        seeds_copy.chmod(0o755)
    assert result.returncode != 0
    assert checksums(warehouse, exclude=frozenset()) == before


def test_two_runs_on_one_warehouse_never_interleave(tmp_path, seeds_copy):
    warehouse, pauses = tmp_path / "out" / "bpjs.duckdb", tmp_path / "pauses"
    pauses.mkdir()
    other = tmp_path / "other seeds"
    other.mkdir()
    (other / "only here.txt").write_text(article("46,46", 2006))
    first = start_run(cli_env(seeds_copy, warehouse, BPJS_PAUSE_AT="raw_articles:before_read",
                              BPJS_PAUSE_DIR=str(pauses)))
    wait_for(pauses / "raw_articles__before_read.reached", first)
    second = run_cli(cli_env(other, warehouse), timeout=120)
    assert second.returncode == 3
    assert "another run is writing this warehouse" in second.stderr
    (pauses / "raw_articles__before_read.resume").touch()
    out, err = first.communicate(timeout=240)
    assert first.returncode == 0, out + err[-2000:]
    assert {a for (a,) in rows(warehouse, "SELECT article_id FROM articles")} == set(SEED_IDS)
    then = run_cli(cli_env(other, warehouse), args=("--allow-shrink",))  # 1 file where 5 were
    assert then.returncode == 0
    assert {a for (a,) in rows(warehouse, "SELECT article_id FROM articles")} == {"only here"}


def long_sentence_article(size: int) -> str:
    unit = "peserta aktif 35,86 juta dan "
    return "Judul Panjang\n\nBPJS Ketenagakerjaan mencatat " + unit * (size // len(unit)) + "seterusnya pada 2023.\n"


def test_an_article_past_its_time_budget_is_quarantined(tmp_path, seeds_copy):
    """A file near the size limit that is one long sentence of figures, beside the seeds: the run
    ends, that article is quarantined for its time budget and the others are published (the
    subprocess timeout only guards against a hang; no time is asserted)."""
    (seeds_copy / "long sentence.txt").write_text(long_sentence_article(4_900_000))
    warehouse = tmp_path / "out" / "bpjs.duckdb"
    result = run_cli(cli_env(seeds_copy, warehouse, BPJS_ARTICLE_SECONDS="2"), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    reasons = dict(rows(warehouse, "SELECT file, reason FROM quarantine"))
    assert "processing took longer than 2 s" in reasons["long sentence.txt"]
    assert set(SEED_IDS) <= {a for (a,) in rows(warehouse, "SELECT article_id FROM articles")}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_a_run_promptly_leaving_before_or_after(tmp_path, published_seeds, signum):
    seeds_copy, warehouse = published_seeds
    env = cli_env(seeds_copy, warehouse)
    before = checksums(warehouse)
    for i in range(3):
        (seeds_copy / f"long {i}.txt").write_text(long_sentence_article(2_000_000))
    # The run says when it has started (its signal handlers are in place by then): it waits at the
    # first pause point until told to go on into the long articles; the signal comes a moment later,
    # however slowly a busy machine started the process.
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "bpjs_pipeline.cli", "run"], cwd=PROJECT_ROOT,
                            env={**env, "BPJS_ARTICLE_SECONDS": "0", "BPJS_STOP_GRACE_SECONDS": "2",
                                 "BPJS_PAUSE_AT": "raw_articles:before_read",
                                 "BPJS_PAUSE_DIR": str(pauses)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    wait_for(pauses / "raw_articles__before_read.reached", proc)
    (pauses / "raw_articles__before_read.resume").touch()
    time.sleep(2)
    assert proc.poll() is None, "the run ended before the signal"
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=120)  # a hang guard: the run stops by itself or after its grace
    assert proc.returncode == 130, out + err[-2000:]
    state = checksums(warehouse)
    seen = {a for (a,) in rows(warehouse, "SELECT article_id FROM articles UNION SELECT article_id FROM quarantine")}
    assert state == before or {"long 0", "long 1", "long 2"} <= seen, "neither before nor after"
    assert not (warehouse.parent / (warehouse.name + ".wal")).exists()


def test_an_article_dated_outside_the_valid_years_is_quarantined_alone(tmp_path, seeds_copy, monkeypatch):
    """No real input gets such a date past the parser (it knows the same years); a cleaner
    that produced one (simulated) quarantines that article, and the others are published."""
    import dataclasses
    from datetime import date

    import dagster as dg

    import bpjs_pipeline.clean as clean
    from bpjs_pipeline.orchestration.execute import run_pipeline

    real = clean.clean_article

    def dated_1970(article_id, text, address=None):
        cleaned = real(article_id, text, address)
        return dataclasses.replace(cleaned, published_on=date(1970, 1, 1)) if article_id == SEED_IDS[1] else cleaned

    monkeypatch.setattr(clean, "clean_article", dated_1970)
    with dg.DagsterInstance.ephemeral() as instance:
        summary = run_pipeline(seeds_copy, tmp_path / "bpjs.duckdb", instance)
    assert summary.success and summary.checks_passed, summary.failures
    ((file, reason),) = summary.quarantine
    assert file == f"{SEED_IDS[1]}.txt"
    assert reason.startswith("failed validation in cleaned_articles: published_on 1970-01-01")
    assert summary.articles_published == len(SEED_IDS) - 1


def test_loaded_at_survives_a_file_unreadable_for_one_run(tmp_path, published_seeds):
    seeds_copy, warehouse = published_seeds
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    env = cli_env(seeds_copy, warehouse)
    loaded_at = rows(warehouse, "SELECT article_id, loaded_at FROM articles ORDER BY 1")
    victim = seeds_copy / f"{SEED_IDS[2]}.txt"
    saved = tmp_path / victim.name
    proc = subprocess.Popen([sys.executable, "-m", "bpjs_pipeline.cli", "run", "--full"], cwd=PROJECT_ROOT,
                            env={**env, "BPJS_PAUSE_AT": "raw_articles:before_read", "BPJS_PAUSE_DIR": str(pauses)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(pauses / "raw_articles__before_read.reached", proc)
    shutil.move(victim, saved)
    (pauses / "raw_articles__before_read.resume").touch()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, out + err[-2000:]
    assert f"  quarantined {victim.name}: file no longer exists" in out
    time.sleep(1.1)  # timestamps have second resolution: a new one would show
    shutil.move(saved, victim)
    again = run_cli(env)
    assert again.returncode == 0, again.stdout
    assert rows(warehouse, "SELECT article_id, loaded_at FROM articles ORDER BY 1") == loaded_at


@pytest.mark.parametrize("where", ["main thread", "another thread"])
def test_a_budget_whose_first_alarm_is_swallowed_still_ends_the_work(where):
    """Python swallows an exception raised while a garbage-collector callback or a finaliser
    runs; the work must still stop, in the main thread (a signal) as in a Dask worker's thread:
    the alarm repeats until the block ends."""
    import threading
    import time

    from bpjs_pipeline.budget import TimeBudgetExceeded, time_budget

    outcome = {}

    def swallow_the_first_alarm() -> int:
        swallowed = 0
        try:
            while True:
                pass
        except TimeBudgetExceeded:
            swallowed += 1  # as a gc callback would: the work goes on
        outcome["swallowed"] = swallowed
        deadline = time.monotonic() + 30  # (a bound on a broken budget, not a time asserted)
        while time.monotonic() < deadline:
            pass

    def work():
        try:
            with time_budget(0.2) as budget:
                budget.run(swallow_the_first_alarm)
        except TimeBudgetExceeded as exc:
            outcome["raised"] = str(exc)

    if where == "main thread":
        work()
    else:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    assert outcome == {"raised": "processing took longer than 0.2 s (BPJS_ARTICLE_SECONDS)", "swallowed": 1}


@pytest.mark.parametrize("where", ["main thread", "another thread"])
def test_an_alarm_landing_in_the_blocks_own_ending_does_not_outlive_the_block(where, monkeypatch):
    """The alarm can land at the very start of the block's ending, before the ending stops it
    (then the ending never runs): the alarm must stop by itself once the block is left, and
    raise nothing in whatever the thread does next, nor in a thread that later takes its id."""
    import signal
    import threading
    import time

    from bpjs_pipeline.budget import TimeBudgetExceeded, time_budget

    def ending_hit_by_the_alarm(self, *exc_info):
        raise TimeBudgetExceeded()  # what the alarm does at the first instruction of the ending

    monkeypatch.setattr(time_budget, "__exit__", ending_hit_by_the_alarm)
    outcome = {}

    def work():
        budget = time_budget(0.05)
        try:
            with budget:
                budget.run(lambda: None)
        except TimeBudgetExceeded:
            outcome["block"] = "stopped in its ending"
        try:
            deadline = time.monotonic() + 0.5  # ten budgets, twenty repeats after the block
            while time.monotonic() < deadline:
                pass
            outcome["after"] = "nothing raised"
        except TimeBudgetExceeded:
            outcome["after"] = "raised after the block"
        outcome["budget"] = budget

    previous = signal.getsignal(signal.SIGALRM)
    if where == "main thread":
        work()
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) is previous
    else:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        raiser = outcome["budget"]._raiser
        raiser.join(timeout=10)  # (a bound on a broken budget, not a time asserted)
        assert not raiser.is_alive()
    assert (outcome["block"], outcome["after"]) == ("stopped in its ending", "nothing raised")

"""A corpus of every kind of bad input, made here, run through a real `bpjs-pipeline run`:
good articles are published with the right facts, bad ones are quarantined with a reason."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from corpus import article, cli_env, expected_value, start_run, wait_for, write_bad_input_corpus


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad_inputs")
    seeds, warehouse, pauses = root / "seeds", root / "out" / "bpjs.duckdb", root / "pauses"
    pauses.mkdir()
    good, bad = write_bad_input_corpus(seeds, root / "outside")
    # Two files that change while the run reads the folder: one is deleted,
    # one rewritten with another figure after the run listed the files.
    (seeds / "doomed.txt").write_text(article("47,47", 2005))
    bad["doomed.txt"] = "no longer exists"
    (seeds / "rewritten.txt").write_text(article("48,48", 2004))
    env = cli_env(seeds, warehouse, BPJS_MAX_ARTICLE_BYTES="200000",
                  BPJS_PAUSE_AT="raw_articles:before_read", BPJS_PAUSE_DIR=str(pauses))
    proc = start_run(env)
    wait_for(pauses / "raw_articles__before_read.reached", proc)
    (seeds / "doomed.txt").unlink()
    (seeds / "rewritten.txt").write_text(article("49,49", 2003))
    good["rewritten.txt"] = ("49,49", 2003)
    (pauses / "raw_articles__before_read.resume").touch()
    out, err = proc.communicate(timeout=240)
    return seeds, warehouse, good, bad, proc.returncode, out, err


def test_run_exits_zero_and_lists_every_quarantined_file(corpus_run):
    _, _, _, bad, code, out, err = corpus_run
    assert code == 0, out + err[-3000:]
    assert f"quarantined files: {len(bad)}" in out
    for name, reason in bad.items():
        assert any(line.startswith(f"  quarantined {name}: ") and reason in line for line in out.splitlines()), name
    assert "check warehouse/quarantine:no_quarantined_files: WARNING" in out


def test_every_bad_input_is_quarantined_with_its_reason(corpus_run):
    seeds, warehouse, _, bad, *_ = corpus_run
    quarantine = {file: (reason, sha, first <= last) for file, reason, sha, first, last in rows(
        warehouse, "SELECT file, reason, sha256, first_seen, last_seen FROM quarantine")}
    assert set(quarantine) == set(bad)
    for name, expected in bad.items():
        reason, sha, ordered = quarantine[name]
        assert expected in reason, (name, reason)
        assert ordered
    # A file that was read has the sha256 of its bytes; never-read entries have none.
    assert quarantine["garbage.txt"][1] == hashlib.sha256((seeds / "garbage.txt").read_bytes()).hexdigest()
    for never_read in ("link to outside.txt", "notes.md", "subfolder", "doomed.txt", "huge.txt"):
        assert quarantine[never_read][1] is None


def test_every_good_article_has_its_facts(corpus_run):
    _, warehouse, good, _, _, out, _ = corpus_run
    facts = rows(warehouse, "SELECT a.file_names, f.year, f.value FROM fact_participants AS f "
                            "JOIN articles AS a USING (article_id) WHERE f.metric = 'active_participants' "
                            "AND f.segment = 'all'")
    for name, (value, year) in good.items():
        assert any(name in files and y == year and v == expected_value(value) for files, y, v in facts), name
    encodings = dict(rows(warehouse, "SELECT file_name, encoding FROM articles"))
    assert encodings["cp1252 berita.txt"] == "cp1252"
    assert encodings["latin1.txt"] == "cp1252"
    assert encodings["utf16 bom.txt"] == "utf-16-le"
    assert encodings["utf8-bom.txt"] == "utf-8-sig"
    assert encodings["mojibake.txt"] == "utf-8+ftfy"
    titles = dict(rows(warehouse, "SELECT file_name, title FROM articles"))
    assert titles["mojibake.txt"] == "Peserta BPJS Ketenagakerjaan Naik – “Rekor” Baru 36,66"
    assert titles["cp1252 berita.txt"].startswith("Peserta BPJS Ketenagakerjaan Naik – “Rekor”")
    # Nothing from outside the folder, from other suffixes or from refused files.
    values = {v for _, _, v in facts}
    for outside_value in ("42,42", "43,43", "44,44", "45,45", "46,46", "39,99", "41,11", "47,47", "48,48"):
        assert expected_value(outside_value) not in values, outside_value
    assert rows(warehouse, "SELECT fact_count FROM articles WHERE file_name = 'no figures.txt'") == [(0,)]
    assert "articles without facts: 1 (no figures.txt)" in out


def test_seed_articles_match_direct_extraction(corpus_run):
    """The committed seeds give in the warehouse exactly the facts the extractor gives directly."""
    seeds, warehouse, *_ = corpus_run
    from conftest import SEEDS_DIR

    for path in sorted(SEEDS_DIR.glob("*.txt")):
        expected = sorted(
            (f.table, f.metric, f.segment, f.program or "", f.year, f.value)
            for f in extract_facts(clean_article(path.stem, path.read_text(encoding="utf-8")))
        )
        published = sorted(
            (t, m, s, p or "", y, v) for t, m, s, p, y, v in rows(
                warehouse,
                "SELECT 'participants', metric, segment, program, year, value FROM fact_participants WHERE article_id = $1 "
                "UNION ALL SELECT 'funds', metric, segment, program, year, value FROM fact_funds WHERE article_id = $1 "
                "UNION ALL SELECT 'targets', metric, segment, program, year, value FROM fact_targets WHERE article_id = $1",
                [path.stem],
            )
        )
        assert published == expected, path.name


def test_duplicate_content_is_one_article_and_counted_once(corpus_run):
    seeds, warehouse, *_ = corpus_run
    from conftest import SEEDS_DIR

    first = sorted(SEEDS_DIR.glob("*.txt"))[0]
    (files,) = rows(warehouse, "SELECT file_names FROM articles WHERE article_id = ?", [first.stem])[0]
    assert files == sorted([first.name, "zz copy of first seed.txt", "zz first seed as utf16.txt"])
    stems = ("zz copy of first seed", "zz first seed as utf16")
    for table in ("articles", "fact_participants", "fact_funds", "fact_targets"):
        assert rows(warehouse, f"SELECT count(*) FROM {table} WHERE article_id IN (?, ?)", list(stems)) == [(0,)]
    # Per article, the published facts are the article's fact_count; sources count distinct articles.
    mismatched = rows(warehouse, """
        SELECT a.article_id FROM articles AS a
        WHERE a.fact_count <> (SELECT count(*) FROM (
            SELECT article_id FROM fact_participants UNION ALL SELECT article_id FROM fact_funds
            UNION ALL SELECT article_id FROM fact_targets) AS f WHERE f.article_id = a.article_id)""")
    assert mismatched == []
    seeds_with_target = sum(
        any(f.table == "targets" and f.metric == "active_participants" and f.year == 2026 and f.segment == "all"
            and f.program is None for f in extract_facts(clean_article(p.stem, p.read_text(encoding="utf-8"))))
        for p in SEEDS_DIR.glob("*.txt")
    )
    assert rows(warehouse, "SELECT sources FROM targets_by_year WHERE metric = 'active_participants' "
                           "AND segment = 'all' AND program IS NULL AND year = 2026") == [(seeds_with_target,)]


def test_file_names_survive_as_article_ids(corpus_run):
    _, warehouse, *_ = corpus_run
    ids = {a for (a,) in rows(warehouse, "SELECT article_id FROM articles")}
    assert {"berita ë, edisi 2.0", "-leading-dash", "cp1252 berita", "utf16 bom"} <= ids

"""`bpjs-pipeline explain` and `evaluate --explain` on real files."""
import io
import subprocess
import sys
from pathlib import Path

from bpjs_pipeline.extract.runner import evaluate_command, explain_command

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_explain_reads_every_figure_of_the_seeds_folder_with_its_decision_and_sources():
    out = io.StringIO()
    assert explain_command([str(SEEDS)], out) == 0
    text = out.getvalue()
    assert text.count("## ") == len(list(SEEDS.glob("*.txt")))
    # a fact with the rule behind each field, and a rejected figure with its reason
    assert "FACT targets/participants/informal/None/2018" in text
    assert "rejected: not a level: change ('tambahan')" in text
    assert "year     ← relative cue" in text and "table    ← target ('menargetkan')" in text


def test_explain_on_one_file_from_the_command_line(tmp_path):
    page = tmp_path / "one.txt"
    page.write_text("Judul\nPada 2023, jumlah peserta aktif BPJS Ketenagakerjaan mencapai 41,5 juta pekerja di seluruh Indonesia.\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bpjs_pipeline.cli", "explain", str(page)],
                          capture_output=True, text=True, check=True)
    assert "FACT participants/active_participants/all/None/2023" in done.stdout


def test_evaluate_explains_each_miss_and_false_hit(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"article_id": "001_5eb10663a939ec84", "table": "targets", "metric": "participants", '
                    '"segment": "informal", "program": null, "year": 2019, "value": 2400000, '
                    '"quote": "BPJS Ketenagakerjaan menargetkan jumlah peserta dari sektor informal mencapai 2,4 juta jiwa"}\n',
                    encoding="utf-8")
    out = io.StringIO()
    evaluate_command(str(gold), None, [str(SEEDS / "001_5eb10663a939ec84.txt")], out=out, explain=True)
    text = out.getvalue()
    assert "MISS" in text and "FALSE" in text
    assert "year     ← relative cue" in text  # why 2018 and not 2019


def test_extract_takes_a_date_from_the_manifest_beside_the_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        "Judul\nBPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 40 juta pekerja pada akhir tahun lalu.\n",
        encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        '{"article_id": "undated", "url": "https://example.id/2024/02/19/peserta-aktif"}\n', encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "bpjs_pipeline.cli", "extract", str(folder), "--out", str(out)],
                   capture_output=True, text=True, check=True)
    assert '"published_on": "2024-02-19"' in (out / "articles.jsonl").read_text(encoding="utf-8")
    assert '"year": 2023' in (out / "facts.jsonl").read_text(encoding="utf-8")


def test_explain_an_article_of_the_warehouse_from_its_stored_body(seeds_pipeline_run, capsys):
    """`explain --article` reads the body the warehouse keeps: every published figure is cut from it
    by the fact's offsets and marked inside its sentence, then the extractor's reading follows."""
    import duckdb

    from bpjs_pipeline.cli import main

    _, warehouse, _, _ = seeds_pipeline_run
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        (article_id, start, end, count), = con.execute(
            "SELECT article_id, min(value_start), arg_min(value_end, value_start), count(*) FROM fact_participants "
            "WHERE article_id = (SELECT min(article_id) FROM fact_participants) GROUP BY article_id").fetchall()
        body = con.execute("SELECT body FROM articles WHERE article_id = ?", [article_id]).fetchone()[0]
    finally:
        con.close()
    assert main(["explain", "--article", article_id, "--warehouse", str(warehouse)]) == 0
    out = capsys.readouterr().out
    assert f"[{start}:{end}] {body[start:end]!r}" in out and f"⟦{body[start:end]}⟧" in out
    assert "how the extractor reads the stored body now:" in out and "FACT " in out
    assert main(["explain", "--article", "no such article", "--warehouse", str(warehouse)]) == 2
    assert main(["explain", str(SEEDS), "--article", article_id]) == 2  # files or --article, not both

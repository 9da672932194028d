"""Seed discovery, partition keys and decoding."""
from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bpjs_pipeline.ingest import (
    ArticleDecodeError,
    article_id_from_key,
    discover_seed_files,
    partition_key_for,
    read_article,
)


def test_discovers_only_regular_txt_files_in_the_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "b.txt").write_text("berita b")
    (seeds / "a, koma.txt").write_text("berita a")
    (seeds / "notes.md").write_text("not an article")
    (seeds / ".hidden.txt").write_text("hidden")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "nested.txt").write_text("nested")
    (seeds / "folder.txt").mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("outside the folder")
    (seeds / "link.txt").symlink_to(outside)
    (seeds / "linkdir").symlink_to(tmp_path)

    found = discover_seed_files(seeds)
    assert [f.file_name for f in found] == ["a, koma.txt", "b.txt"]
    assert [f.article_id for f in found] == ["a, koma", "b"]
    assert found[0].partition_key == "a~2C~20koma"


def test_missing_seeds_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        discover_seed_files(tmp_path / "nope")


def test_real_seeds_keep_their_stem_as_partition_key():
    from conftest import SEEDS_DIR

    files = discover_seed_files(SEEDS_DIR)
    assert files, "the committed seeds folder has articles"
    assert all(f.partition_key == f.article_id for f in files)


@given(st.text(min_size=1, max_size=40))
def test_partition_keys_are_ui_safe_and_reversible(stem):
    key = partition_key_for(stem)
    assert "," not in key and " " not in key and "/" not in key
    assert all(ch.isascii() for ch in key)
    assert article_id_from_key(key) == stem


def test_partition_keys_are_injective():
    assert partition_key_for("a b") != partition_key_for("a_b")
    assert partition_key_for("a~2C") != partition_key_for("a,")
    with pytest.raises(ValueError):
        article_id_from_key("has space")


def test_read_article_decodes_utf8_and_strips_the_bom(tmp_path):
    path = tmp_path / "001_x.txt"
    data = "\ufeffJAKARTA, KOMPAS.com - Peserta aktif 35,86 juta.".encode("utf-8")
    path.write_bytes(data)
    article = read_article(path)
    assert article.article_id == "001_x"
    assert article.file_name == "001_x.txt"
    assert article.text.startswith("JAKARTA")
    assert article.sha256 == hashlib.sha256(data).hexdigest()
    assert article.size_bytes == len(data)
    assert article.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "no text"),
        ("Peserta aktif".encode("utf-16")[:-1], "UTF-16 byte order mark but not valid UTF-16"),
        ("Peserta aktif".encode("utf-16-le"), "NUL"),
        ("Peserta 35,86 juta – naik".encode("cp1252") + b"\x81", "not valid UTF-8"),
        ("Участники 35 миллионов".encode("cp1251"), "not plain Windows-1252 text"),
        ("café ".encode("utf-8") + "café".encode("cp1252"), "not valid UTF-8"),
        (b"abc\xff\xfe", "not valid UTF-8: byte 0xff at offset 3"),
        # broken UTF-8 is never read as cp1252 (where a surrogate would be `í €`)
        (b"peserta 35\xed\xa0\x80,86 juta", "an encoded surrogate (U+D800-U+DFFF) at offset 10 (bytes ed a0 80)"),
        (b"peserta \xc0\xaf 35,86 juta", "an overlong encoding at offset 8"),
        (b"peserta \xe0\x80\xaf 35,86 juta", "an overlong encoding at offset 8"),
        (b"peserta \xf0\x80\x80\xaf 35,86 juta", "an overlong encoding at offset 8"),
        (b"peserta \xf4\x90\x80\x80 35,86 juta", "a code point past U+10FFFF at offset 8"),
        (bytes(range(1, 32)) * 3 + b"teks", "looks like binary data"),
        (b"<!DOCTYPE html><html><body>BPJS</body></html>", "HTML page"),
    ],
)
def test_undecodable_files_raise_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleDecodeError) as info:
        read_article(path)
    assert reason in info.value.reason
    assert info.value.sha256 == hashlib.sha256(data).hexdigest()


def test_read_article_refuses_symlinks(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("teks")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(OSError):
        read_article(link)
    assert os.path.exists(link)


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("Peserta “aktif” – café".encode("utf-16"), "Peserta “aktif” – café", "utf-16-le"),
        ("Peserta aktif".encode("utf-16-be").join([b"\xfe\xff", b""]), "Peserta aktif", "utf-16-be"),
        ("Peserta aktif".encode("utf-32"), "Peserta aktif", "utf-32-le"),
        ("Peserta 35,86 juta – naik “baik” café".encode("cp1252"), "Peserta 35,86 juta – naik “baik” café", "cp1252"),
        ("Kafe di Jakarta naik (é)".encode("latin-1"), "Kafe di Jakarta naik (é)", "cp1252"),
        ("Peserta â€œaktifâ€\x9d naik â€“ 35,86 juta".encode("utf-8"), "Peserta “aktif” naik – 35,86 juta", "utf-8+ftfy"),
    ],
)
def test_sure_encodings_are_decoded(tmp_path, data, text, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert (article.text, article.encoding) == (text, encoding)
    assert article.sha256 == hashlib.sha256(data).hexdigest()


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    data = b"peserta aktif " * 1000
    path.write_bytes(data)
    monkeypatch.setenv("BPJS_MAX_ARTICLE_BYTES", "1000")
    with pytest.raises(ArticleDecodeError) as info:
        read_article(path)
    assert "file too large: 14000 bytes, limit 1000" in info.value.reason
    assert info.value.sha256 is None  # never read, not even to hash it
    monkeypatch.setenv("BPJS_MAX_ARTICLE_BYTES", "14000")
    assert read_article(path).size_bytes == 14000


def test_a_file_being_rewritten_is_read_whole_or_refused(tmp_path):
    """A writer thread keeps rewriting the file in place; every read returns one state the
    file really had (a whole version, or the start of one caught mid-save: never a mix
    of two versions), or refuses with `changed while being read`."""
    import threading

    path = tmp_path / "busy.txt"
    versions = [(f"versi {i} " * (2000 + 700 * i)).encode() for i in range(4)]
    path.write_bytes(versions[0])
    stop = threading.Event()

    def rewrite():
        i = 0
        while not stop.is_set():
            with open(path, "r+b") as fh:  # in place, like an editor saving over the file
                fh.truncate(0)
                for start in range(0, len(versions[i % 4]), 4096):
                    fh.write(versions[i % 4][start:start + 4096])
                    fh.flush()
            i += 1

    writer = threading.Thread(target=rewrite)
    writer.start()
    outcomes = {"whole": 0, "refused": 0}
    try:
        for _ in range(300):
            try:
                article = read_article(path)
            except ArticleDecodeError as exc:
                assert "changed while being read" in exc.reason or exc.reason == "empty file", exc.reason
                outcomes["refused"] += 1
                continue
            data = article.text.encode()
            assert any(v.startswith(data) for v in versions), data[:40]
            outcomes["whole"] += 1
    finally:
        stop.set()
        writer.join()
    assert outcomes["whole"] + outcomes["refused"] == 300

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
        ("Peserta aktif".encode("utf-16"), "UTF-16"),
        ("Peserta aktif".encode("utf-16-le"), "NUL"),
        ("Peserta 35,86 juta – naik".encode("cp1252"), "not valid UTF-8"),
        (b"abc\xff\xfe", "not valid UTF-8: byte 0xff at offset 3"),
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

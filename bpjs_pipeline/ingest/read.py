"""Decoding one seed file into a RawArticle, or saying why it cannot be trusted."""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from bpjs_pipeline.model import RawArticle

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


class ArticleDecodeError(Exception):
    """A seed file whose text cannot be decoded with certainty; it goes to quarantine."""

    def __init__(self, path: Path, reason: str, sha256: str | None = None, size_bytes: int | None = None):
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason
        self.sha256 = sha256
        self.size_bytes = size_bytes


def _read_regular_file(path: Path) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ArticleDecodeError(path, "not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def decode_article_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding label) or ArticleDecodeError. Only UTF-8 (with or without BOM) is accepted."""
    digest = hashlib.sha256(data).hexdigest()

    def fail(reason: str) -> ArticleDecodeError:
        return ArticleDecodeError(path, reason, digest, len(data))

    if not data:
        raise fail("empty file")
    if data.startswith(_UTF32_BOMS):
        raise fail("UTF-32 byte order mark; only UTF-8 is accepted")
    if data.startswith(_UTF16_BOMS):
        raise fail("UTF-16 byte order mark; only UTF-8 is accepted")
    encoding = "utf-8"
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        encoding = "utf-8-sig"
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise fail(f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}") from None
    if "\x00" in text:
        raise fail("contains NUL characters (binary or UTF-16 without byte order mark)")
    if not text.strip():
        raise fail("no text (only whitespace)")
    return text, encoding


def read_article(path: str | os.PathLike) -> RawArticle:
    """Read and decode one seed file; `article_id` is the file stem.

    Raises ArticleDecodeError (with `.reason`) when the bytes are not surely UTF-8 text.
    """
    path = Path(path)
    data = _read_regular_file(path)
    text, encoding = decode_article_bytes(path, data)
    return RawArticle(
        article_id=path.stem,
        file_name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        text=text,
        encoding=encoding,
    )

"""Decoding one seed file into a RawArticle, or saying why it cannot be trusted.

The rules (see README.md, "Bad input"):

* a file larger than `BPJS_MAX_ARTICLE_BYTES` (default 5 MB) is refused
  unread (its sha256 is still computed, streaming);
* a byte order mark decides: UTF-8 (BOM stripped), UTF-16 or UTF-32; the
  rest of the file must then decode strictly;
* without a BOM, strict UTF-8; mojibake inside it (UTF-8 that was once read
  as Windows-1252, e.g. `â€™` for `’`) is repaired with `ftfy.fix_encoding`,
  which only undoes such encoding mix-ups (the label gets `+ftfy`);
* bytes that are not UTF-8 are read as Windows-1252 (a superset of the
  printable Latin-1) only when that is unambiguous: every byte is defined in
  cp1252, no control characters, at most 15 % of the characters are
  non-ASCII and each of them is a Latin letter or typographic punctuation
  (`é`, `’`, `“`, `–`, `…`, NBSP, ...), and the result shows no trace of
  UTF-8 (which would mean mixed encodings);
* the decoded text must look like text: no NUL, hardly any other control
  characters, not only whitespace, not an HTML page;
* an HTML fragment (text in `<p>`, `<div>`, `<br>`, ... tags without the
  `<html>`/`<body>` of a page) is read as its text: tags stripped with the
  standard library's `html.parser`, block tags made line breaks, entities
  decoded (the label gets `+html`);
* the text is normalised before anything reads it (`normalise_text`, see
  `normalise.py`): digits of other scripts made ASCII, invisible characters
  removed, blanks made spaces (inside a figure kept, where they break it),
  NFKC except for superscripts, fractions and circled numbers. So
  `36,\u206617 juta` reads as 36,17 juta, and `35,86¹ juta` is not 35,861 juta;
* a file with more than one name (a hard link) is read only when every name is
  in the seeds folder: a hard link to a file outside it is refused.

Anything else raises ArticleDecodeError with the reason; the pipeline puts
the file in quarantine.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from bpjs_pipeline.ingest.normalise import normalise_text
from bpjs_pipeline.model import RawArticle
from bpjs_pipeline.parsing.characters import character_classes
from bpjs_pipeline.settings import MAX_ARTICLE_BYTES

MAX_BYTES_ENV = MAX_ARTICLE_BYTES.name
DEFAULT_MAX_BYTES = int(MAX_ARTICLE_BYTES.default)
READ_ATTEMPTS = 3

_UTF8_BOM = b"\xef\xbb\xbf"
_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
# Non-ASCII characters a Windows-1252 news text plausibly contains.
_CP1252_PUNCTUATION = set("\u00a0‘’‚“”„–—…•·«»°§©®™€£¢¥¡¿×÷±²³¹¼½¾µ¶ªº")
_CP1252_MAX_NON_ASCII = 0.15
_HTML_RE = re.compile(r"<\s*(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,300})?/?>")


class ArticleDecodeError(Exception):
    """A seed file whose text cannot be decoded with certainty; it goes to quarantine."""

    def __init__(self, path: Path, reason: str, sha256: str | None = None, size_bytes: int | None = None):
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason
        self.sha256 = sha256
        self.size_bytes = size_bytes


def max_article_bytes() -> int:
    """The size limit: `BPJS_MAX_ARTICLE_BYTES` (bytes) or 5 MB."""
    return int(MAX_ARTICLE_BYTES.read())


def _open_in_folder(path: Path) -> int:
    """Open `path` for reading without following a symlink, neither in the file
    name nor through `..`: the name is opened relative to its folder's descriptor
    and may not contain a separator."""
    name = path.name
    if name in ("", ".", "..") or "/" in name or "\x00" in name:
        raise ArticleDecodeError(path, "not a plain file name")
    dir_fd = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        return os.open(name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0),
                       dir_fd=dir_fd)
    finally:
        os.close(dir_fd)


def _read_regular_file(path: Path, limit: int) -> bytes:
    """The file's bytes, read so that a concurrent change is noticed: the size and
    modification time must be the same before and after the read and the byte
    count must match, else it is read again (up to READ_ATTEMPTS times)."""
    fd = _open_in_folder(path)
    try:
        for _ in range(READ_ATTEMPTS):
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise ArticleDecodeError(path, "not a regular file")
            if before.st_nlink > 1:
                _refuse_outside_links(path, before)
            if before.st_size > limit:  # refused unread: not one byte is read, not even to hash it
                raise ArticleDecodeError(path, too_large_reason(before.st_size, limit), None, before.st_size)
            os.lseek(fd, 0, os.SEEK_SET)
            chunks = []
            remaining = limit + 1
            while remaining > 0:
                chunk = os.read(fd, min(1 << 20, remaining))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
            data = b"".join(chunks)
            after = os.fstat(fd)
            if before.st_size == after.st_size == len(data) and before.st_mtime_ns == after.st_mtime_ns:
                return data
        raise ArticleDecodeError(path, f"file changed while being read ({READ_ATTEMPTS} attempts)")
    finally:
        os.close(fd)


def _refuse_outside_links(path: Path, st: os.stat_result) -> None:
    """A file with several names (hard links) is read only when all of them are in its folder:
    otherwise one name is a door to a file elsewhere (same device and inode)."""
    inside = 0
    with os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.inode() != st.st_ino:
                continue
            try:
                if entry.stat(follow_symlinks=False).st_dev == st.st_dev:
                    inside += 1
            except OSError:
                continue
    if inside < st.st_nlink:
        raise ArticleDecodeError(
            path, f"hard link to a file outside the seeds folder ({st.st_nlink} names, "
                  f"{inside} in the folder): copy the file in instead")


def too_large_reason(size: int, limit: int) -> str:
    return f"file too large: {size} bytes, limit {limit} ({MAX_BYTES_ENV})"


# What `seed_file_digest` gives for a file over the size limit, which it does not read.
TOO_LARGE_PREFIX = "too-large:"


def seed_file_digest(path: str | os.PathLike, limit: int | None = None) -> str:
    """The sha256 (hex) of a seed file's bytes, read so that nothing but a plain file of the
    folder is read: opened without following a symlink and without blocking on a FIFO
    (`O_NOFOLLOW | O_NONBLOCK`, relative to the folder), `fstat` must say a regular file, and
    its size is checked before a byte is read. A file larger than `limit` (default
    BPJS_MAX_ARTICLE_BYTES) is not read: its digest is `too-large:<size>:<limit>`, which
    changes with its size. OSError for anything else (ELOOP for a symlink, ENOENT, ...)."""
    path = Path(path)
    limit = max_article_bytes() if limit is None else limit
    try:
        fd = _open_in_folder(path)
    except ArticleDecodeError as exc:
        raise OSError(errno.EINVAL, exc.reason, str(path)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if st.st_size > limit:
            return f"{TOO_LARGE_PREFIX}{st.st_size}:{limit}"
        digest = hashlib.sha256()
        read = 0
        while chunk := os.read(fd, 1 << 20):
            read += len(chunk)
            if read > limit:  # grew while being hashed
                return f"{TOO_LARGE_PREFIX}{read}:{limit}"
            digest.update(chunk)
        return digest.hexdigest()
    finally:
        os.close(fd)


def _fix_mojibake(text: str) -> str:
    if text.isascii():  # what ftfy checks first: ASCII holds no mojibake
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _cp1252_letters() -> str:
    """The non-ASCII characters a Windows-1252 news text plausibly contains: typographic
    punctuation and Latin letters (a class body)."""
    chars = []
    for byte in range(0x80, 0x100):
        try:
            ch = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if ch in _CP1252_PUNCTUATION or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")):
            chars.append(re.escape(ch))
    return "".join(chars)


# Anything that is neither ASCII text nor a plausible cp1252 character: the file is not cp1252 news text.
_NOT_CP1252_TEXT = re.compile(f"[\x00-\x08\x0e-\x1f\x7f]|[^\x00-\x7f{_cp1252_letters()}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# UTF-8-shaped byte sequences that are not UTF-8: an encoded surrogate (ED A0-BF ..), an
# overlong form (C0/C1 .., E0 80-9F .., F0 80-8F .. ..) or a code point past U+10FFFF. Such
# bytes come from a broken UTF-8 writer, not from a Windows-1252 one, so they are never read
# as cp1252 (where `ED A0 80` would be `í €`).
_BROKEN_UTF8 = re.compile(
    rb"[\xc0\xc1][\x80-\xbf]|\xe0[\x80-\x9f][\x80-\xbf]|\xed[\xa0-\xbf][\x80-\xbf]"
    rb"|\xf0[\x80-\x8f][\x80-\xbf]{2}|\xf4[\x90-\xbf][\x80-\xbf]{2}|[\xf5-\xf7][\x80-\xbf]{3}"
)


def broken_utf8(data: bytes) -> str | None:
    """Why `data` holds UTF-8 that no correct encoder writes (surrogate, overlong, past
    U+10FFFF), with its offset; None when it holds none."""
    match = _BROKEN_UTF8.search(data)
    if match is None:
        return None
    first = match.group()[0]
    kind = ("an encoded surrogate (U+D800-U+DFFF)" if first == 0xED
            else "a code point past U+10FFFF" if first >= 0xF4 else "an overlong encoding")
    return (f"not valid UTF-8: {kind} at offset {match.start()} "
            f"(bytes {match.group().hex(' ')}): broken UTF-8, not another encoding")


def _as_cp1252(data: bytes) -> str | None:
    """The text if `data` is unambiguously Windows-1252 news text, else None."""
    try:
        text = data.decode("cp1252", errors="strict")
    except UnicodeDecodeError:
        return None  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined
    if _NOT_CP1252_TEXT.search(text):
        return None
    if sum(map(len, _NON_ASCII.findall(text))) > _CP1252_MAX_NON_ASCII * len(text):
        return None
    if _fix_mojibake(text) != text:
        return None  # UTF-8 sequences read as cp1252: the file mixes encodings
    return text


@lru_cache(maxsize=1)
def _control_pattern() -> re.Pattern:
    """Control characters (but tab, line feed, carriage return, form feed, vertical tab),
    surrogates, private-use and unassigned code points."""
    return re.compile(f"[{character_classes().control}]")


def _control_characters(text: str) -> int:
    count = len(_ASCII_CONTROL.findall(text))
    if not text.isascii():  # the large class only where the text is not ASCII
        pattern = _control_pattern()
        count += sum(len(pattern.findall(run)) for run in _NON_ASCII.findall(text))
    return count


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_article_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding label) or ArticleDecodeError with the reason."""
    digest = hashlib.sha256(data).hexdigest()

    def fail(reason: str) -> ArticleDecodeError:
        return ArticleDecodeError(path, reason, digest, len(data))

    if not data:
        raise fail("empty file")
    text: str | None = None
    encoding = "utf-8"
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec, errors="strict")
            except UnicodeDecodeError as exc:
                raise fail(f"{label} byte order mark but not valid {label}: {exc.reason} "
                           f"at offset {exc.start + len(bom)}") from None
            encoding = codec
            break
    if text is None:
        body = data
        if data.startswith(_UTF8_BOM):
            body = data[len(_UTF8_BOM):]
            encoding = "utf-8-sig"
        try:
            text = body.decode("utf-8", errors="strict")
        except UnicodeDecodeError as exc:
            offset = exc.start + len(data) - len(body)
            if b"\x00" in body:
                raise fail(f"not valid UTF-8 (byte 0x{body[exc.start]:02x} at offset {offset}) and "
                           "contains NUL bytes: binary data or UTF-16 without byte order mark") from None
            broken = broken_utf8(body)
            if broken is not None:
                raise fail(broken) from None
            text = _as_cp1252(body) if encoding == "utf-8" else None
            if text is None:
                raise fail(f"not valid UTF-8: byte 0x{body[exc.start]:02x} at offset {offset}, "
                           "and not plain Windows-1252 text either") from None
            encoding = "cp1252"
        if encoding != "cp1252":
            repaired = _fix_mojibake(text)
            if repaired != text:
                text, encoding = repaired, f"{encoding}+ftfy"
    if "\x00" in text:
        raise fail("contains NUL characters (binary data or UTF-16 without byte order mark)")
    if not text.strip():
        raise fail("no text (only whitespace)")
    controls = _control_characters(text)
    if controls > max(4, len(text) // 500):
        raise fail(f"looks like binary data: {controls} control or unassigned characters "
                   f"in {len(text)}")
    head = text[:4096]
    tags = _TAG_RE.findall(text)
    if _HTML_RE.search(head) or (len(tags) >= 20 and sum(map(len, tags)) > 0.2 * len(text)):
        raise fail("an HTML page, not article text: save the article's text instead")
    if _FRAGMENT_TAG_RE.search(text):
        text, encoding = html_fragment_text(text), f"{encoding}+html"
    text = normalise_text(text)
    if not text.strip():
        raise fail("no text (only whitespace and invisible characters)")
    return text, encoding


_BLOCK_TAGS = frozenset("p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody section "
                        "article header footer blockquote figure figcaption hr pre main aside nav".split())
_INLINE_TAGS = frozenset("span a b i em strong u small sup sub img td th font mark time abbr cite code q "
                         "s strike label".split())
_FRAGMENT_TAG_RE = re.compile(
    r"</?(?:" + "|".join(sorted(_BLOCK_TAGS | _INLINE_TAGS, key=len, reverse=True)) + r")(?:\s[^<>]{0,300})?/?>",
    re.IGNORECASE)


class _FragmentText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def html_fragment_text(text: str) -> str:
    """The text of an HTML fragment: tags stripped, block tags as line breaks, entities decoded,
    at most one blank line between paragraphs."""
    parser = _FragmentText()
    parser.feed(text)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def read_article(path: str | os.PathLike, max_bytes: int | None = None) -> RawArticle:
    """Read and decode one seed file; `article_id` is the file stem.

    Raises ArticleDecodeError (with `.reason`) when the bytes are not surely
    text, and OSError when the file cannot be opened (a symlink raises ELOOP).
    """
    path = Path(path)
    data = _read_regular_file(path, max_article_bytes() if max_bytes is None else max_bytes)
    text, encoding = decode_article_bytes(path, data)
    return RawArticle(
        article_id=path.stem,
        file_name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        text=text,
        encoding=encoding,
    )

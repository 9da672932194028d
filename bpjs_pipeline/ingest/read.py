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
* the text is normalised before anything reads it (`normalise_text`): NFKC
  (full-width digits and letters become ASCII, `ſ` becomes `s`, ligatures are
  split), every format character (category Cf: U+200B zero-width space,
  U+2066 isolates, U+180E, U+061C, soft hyphens, ...) and variation selector
  (U+FE00-U+FE0F) removed, every space separator (NBSP, U+202F, ...) made a
  plain space and every decimal digit of another script made its ASCII digit.
  So `36,\u206617 juta` reads as 36,17 juta;
* a file with more than one name (a hard link) is read only when every name is
  in the seeds folder: a hard link to a file outside it is refused.

Anything else raises ArticleDecodeError with the reason; the pipeline puts
the file in quarantine.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from bpjs_pipeline.model import RawArticle
from bpjs_pipeline.settings import number_from_env

MAX_BYTES_ENV = "BPJS_MAX_ARTICLE_BYTES"
DEFAULT_MAX_BYTES = 5_000_000
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
_TEXT_WHITESPACE = set("\t\n\r\f\v")
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
    return int(number_from_env(MAX_BYTES_ENV, DEFAULT_MAX_BYTES, unit="bytes", minimum=1, whole=True))


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
            if before.st_size > limit:
                digest = _stream_sha256(fd)
                raise ArticleDecodeError(
                    path, f"file too large: {before.st_size} bytes, limit {limit} ({MAX_BYTES_ENV})",
                    digest, before.st_size,
                )
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


def _stream_sha256(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    digest = hashlib.sha256()
    while chunk := os.read(fd, 1 << 20):
        digest.update(chunk)
    return digest.hexdigest()


def _fix_mojibake(text: str) -> str:
    if text.isascii():  # what ftfy checks first: ASCII holds no mojibake
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _as_cp1252(data: bytes) -> str | None:
    """The text if `data` is unambiguously Windows-1252 news text, else None."""
    try:
        text = data.decode("cp1252", errors="strict")
    except UnicodeDecodeError:
        return None  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined
    non_ascii = 0
    for ch in text:
        if ch.isascii():
            if unicodedata.category(ch) == "Cc" and ch not in _TEXT_WHITESPACE:
                return None
            continue
        non_ascii += 1
        if not (ch in _CP1252_PUNCTUATION or (ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))):
            return None
    if non_ascii > _CP1252_MAX_NON_ASCII * len(text):
        return None
    if _fix_mojibake(text) != text:
        return None  # UTF-8 sequences read as cp1252: the file mixes encodings
    return text


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # category Cc, but \t \n \v \f \r
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _control_characters(text: str) -> int:
    """Control, surrogate, private-use and unassigned characters (categories Cc, Cs, Co, Cn)
    other than the whitespace controls: the ASCII ones by one scan, the few others one by one."""
    return len(_ASCII_CONTROL.findall(text)) + sum(
        1 for ch in _NON_ASCII.findall(text) if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
    )


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


@lru_cache(maxsize=1)
def _normalisation_table() -> dict[int, str | None]:
    """What `normalise_text` does after NFKC, per code point: format characters and variation
    selectors removed, space separators made U+0020, other scripts' decimal digits made ASCII."""
    table: dict[int, str | None] = {}
    # Planes 0 and 1 hold every space separator, decimal digit and format character but the
    # tags and variation selectors of plane 14; the other planes have none.
    for code in (*range(0xD800), *range(0xE000, 0x20000), *range(0xE0000, 0xE0200)):
        ch = chr(code)
        category = unicodedata.category(ch)
        if category == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
            table[code] = None
        elif category == "Zs" and code != 0x20:
            table[code] = " "
        elif category == "Nd" and code > 0x7F:
            table[code] = str(unicodedata.digit(ch))
    return table


def normalise_text(text: str) -> str:
    """NFKC, then the removals and replacements of `_normalisation_table` (see the module)."""
    return unicodedata.normalize("NFKC", text).translate(_normalisation_table())


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

"""Lines a copy from a page broke or glued wrongly.

Text copied from a page that hard-wraps its paragraphs: every line stops at a fixed
width, mid-sentence ("mencatatkan total aset sepanjang tahun 2020 mencapai Rp 499,58
triliun. Aset" / "itu meningkat 12,48% ..."). Sentences never cross a line break, so such
a page is first put back together: a line that stops without ending its sentence goes on
in the next line.

A related-article link whose line break was lost glues the paragraph after it to its
title ("Baca Juga: PHK Juga Menerjang Sektor Ritel dan Logistik Adapun klaim tersebut
meliputi ..."): the paragraph is cut off the link and kept."""
from __future__ import annotations

import re
from functools import cache

from bpjs_pipeline.lexicon import lexicon

# a line ends its sentence or its paragraph with one of these
_ENDS = re.compile(r"[.!?:;\"”’'…]$")
_WORDS_FOR_A_WRAPPED_LINE = 5
# a line that is a label and its figure ("of which informal workers: 9.87 million"): rows of a list, none going on
# in the next
_LABELLED_FIGURE_LINE = re.compile(r"[^:\n]{1,60}:\s*[^:\s]{0,4}\s?\d[^:\n]*")
# the page is hard-wrapped when at least this share of its longer lines stop mid-sentence
_WRAPPED_SHARE = 0.5
_MIN_WRAPPED_LINES = 6
# ... and at least this share of them go on in lower case on the next line
_GOING_ON_SHARE = 0.3


def is_hard_wrapped(lines: list[str]) -> bool:
    """Many longer lines stop mid-sentence, and often the next line goes on in lower case
    ("... mencapai Rp 499,58 triliun. Aset" / "itu meningkat ..."): a list of headlines
    or menu items also lacks full stops, but each of its lines starts with a capital."""
    long_lines = [i for i, line in enumerate(lines) if len(line.split()) >= _WORDS_FOR_A_WRAPPED_LINE]
    open_lines = [i for i in long_lines if not _ENDS.search(lines[i])]
    if len(open_lines) < _MIN_WRAPPED_LINES or len(open_lines) < _WRAPPED_SHARE * len(long_lines):
        return False
    going_on = sum(1 for i in open_lines if i + 1 < len(lines) and lines[i + 1][:1].islower())
    return going_on >= _GOING_ON_SHARE * len(open_lines)


def unwrap(lines: list[str], is_furniture) -> list[str]:
    """The lines of a hard-wrapped page joined back into paragraphs (a blank line, a line
    that ends its sentence or a line of page furniture ends a paragraph); on other pages, a
    single line broken mid-sentence joined to its rest (a longer line stopping without ending
    its sentence, then a line going on in lower case: "..., sedangkan manfaat yang dibayarkan
    kepada peserta" / "sebesar Rp30,8 triliun.")."""
    if not is_hard_wrapped(lines):
        return _broken_lines_joined(lines, is_furniture)
    out: list[str] = []
    open_paragraph = False
    for line in lines:
        furniture = not line or is_furniture(line)
        if open_paragraph and not furniture:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        open_paragraph = not furniture and len(line.split()) >= 2 and not _ENDS.search(line)
    return out


def _broken_lines_joined(lines: list[str], is_furniture) -> list[str]:
    if not any(line[:1].islower() for line in lines):
        return lines  # (most pages have no line going on in lower case)
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if line[:1].islower() and len(previous.split()) >= _WORDS_FOR_A_WRAPPED_LINE and \
                not _ENDS.search(previous) and not is_furniture(previous) and not is_furniture(line) and \
                not dateline_domain().match(line) and \
                not (_LABELLED_FIGURE_LINE.fullmatch(previous) and _LABELLED_FIGURE_LINE.fullmatch(line)):
            # (a dateline signed with the outlet's domain opens a paragraph: "jpnn.com, JAKARTA - ..." under the
            # headline; nor do rows of labelled figures go on in each other: "of which informal workers: 9.87 million"
            # / "of which migrant workers: 0.41 million")
            out[-1] = previous + " " + line
        else:
            out.append(line)
    return out


@cache
def dateline_domain() -> re.Pattern:
    """An outlet's domain signing a dateline ("TarunaKota.com, Jakarta –", "jpnn.com, JAKARTA - ...")."""
    suffixes = "|".join(re.escape(s) for s in sorted(lexicon()["outlet_domains"]["suffixes"], key=len, reverse=True))
    return re.compile(rf"(?<![\w./@])(?P<domain>[A-Za-z][\w-]{{1,40}}\.(?i:{suffixes}))(?![\w/.])(?=[^\n]{{0,40}}[-–—]|\s*\n\s*[-–—])")


_SENTENCE_AFTER_TITLE_WORDS = 10
# two words run together where a line break was lost: a lower-case letter, then a capital and lower case
_GLUED_WORDS = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)$")


@cache
def _title_small_words() -> frozenset[str]:
    return frozenset(lexicon()["boilerplate"]["title_small_words"])


def split_glued_link(line: str, link_starts: tuple[str, ...]) -> str | None:
    """The paragraph glued after a related-article link's title, or None."""
    low = line.lower()
    marker = next((m for m in link_starts if low.startswith(m)), None)
    if marker is None:
        return None
    words = line[len(marker):].lstrip(" :").split()
    # the title runs while its words are capitalised; a capitalised word followed by three
    # words in lower case starts the glued sentence
    for i, word in enumerate(words):
        # title words: capitalised, or the short words titles keep in lower case
        if not (word[:1].isupper() or word.lower() in _title_small_words() or word[:1].isdigit()):
            return None  # a lower-case word inside what should be the title: not a glued link
        nxt = words[i + 1:i + 4]
        glued = _GLUED_WORDS.match(word)  # "SosialIa menyebut, ...": the title's last word and the sentence's first
        if i >= 2 and word[:1].isupper() and len(nxt) == 3 and all(w[:1].islower() for w in nxt):
            rest = ([glued.group(2)] + words[i + 1:]) if glued else words[i:]
            if len(rest) >= _SENTENCE_AFTER_TITLE_WORDS and any(_ENDS.search(w) for w in rest):
                return " ".join(rest)
            return None
    return None

"""Figures written the Indonesian way: `35,86 juta`, `Rp1.000 T`, `735.000`,
`Rp27–28 triliun`, `6,1 jutaan`, `30 [juta]`, the odd `41.56 juta`.

A figure is made of digits, separators (`.` `,`), a currency and a scale word, nothing
else. Any other character touching its digits or separators (a footnote mark `¹`, a blank
kept inside a figure by normalisation, `‚` U+201A, the Arabic decimal separator, a
symbol, ...; `characters.py`, `figure_breaker`) breaks the figure: neither side of it is
read as a figure, so such a character can make a figure be missed, never change its value.
After a scale word such a mark is no part of the figure (`Rp 88,31 triliun²`)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from bpjs_pipeline.lexicon import alternation, lexicon, with_lead
from bpjs_pipeline.parsing.characters import character_classes

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class Figure:
    """A number with its scale and currency, where it stands in the text."""

    start: int
    end: int
    text: str
    value: float  # base units (persons or rupiah); the midpoint of a range
    low: float
    high: float
    is_money: bool  # "Rp", "IDR" or a money scale word (miliar, triliun)
    has_scale: bool
    approximate: bool  # "jutaan", a range; words like "sekitar" are seen by the extractor


@cache
def scale_words() -> str:
    """The scale words as one regex alternation: the abbreviations that keep their case ("M" is
    miliar, "m" is not) as written, the others in any case."""
    lex = lexicon()["numbers"]
    return alternation([k.lower() for k in lex["scales"]] + list(lex["case_sensitive_scales"]),
                       lex["case_sensitive_scales"])


@cache
def currency_words() -> str:
    """The currency words before a figure ("Rp", "Rp.", "IDR") as one regex alternation."""
    return "|".join(lexicon()["numbers"]["currency"])


@cache
def _grammar() -> tuple[re.Pattern, dict[str, float], re.Pattern]:
    lex = lexicon()["numbers"]
    scales = {k.lower(): float(v) for k, v in lex["scales"].items()}
    cs_scales = {k: float(v) for k, v in lex["case_sensitive_scales"].items()}
    currency = currency_words()
    scale_alternatives = scale_words()
    # A character of the large breaker class, tested only when it is not ASCII (see characters.py).
    breaker = f"(?=[^\\x00-\\x7f])[{character_classes().figure_breaker}]"
    not_after_breaker = f"(?:(?<![^\\x00-\\x7f])|(?<![{character_classes().figure_breaker}]))"
    word = rf"(?!{breaker})\w"  # a letter or digit that is part of a word, not a mark beside it
    figure = re.compile(
        rf"(?:(?<![\w])(?P<cur>(?:{currency})\s*)|(?<![\w.,/])){not_after_breaker}(?P<num>{_NUMBER})(?![.,]?{breaker})"
        # (a range's second end repeats the currency only when the first has one: "Januari 2015 — Rp189,6 triliun" is
        # a year and an amount)
        rf"(?:\s*(?:-|–|—|s\.d\.?|s/d)\s*(?(cur)(?:(?:{currency})\s*)?|){not_after_breaker}(?P<num2>{_NUMBER})(?![.,]?{breaker}))?"
        rf"(?P<an>-?an(?=\s+(?:{scale_alternatives})(?!{word})))?"  # "Rp 700-an triliun": about that many
        rf"(?:\s*(?P<open>\[)?\s*(?P<scale>{scale_alternatives})(?!{word})(?(open)\s*\]))?"
        rf"(?!{word}|/|[.,]\d)"
    )
    foreign_before = re.compile(rf"(?:{'|'.join(lex['foreign_currency'])})\s*$", re.I)
    foreign_after = re.compile(rf"\s*(?:{'|'.join(lex['foreign_currency_after'])})\b", re.I)
    currency_after = re.compile(rf"[^\S\n]*(?:{'|'.join(lex['currency_after'])})(?!\w)", re.I)
    return with_lead(figure), {**scales, **cs_scales}, re.compile(rf"(?:{'|'.join(lex['percent'])})", re.I), \
        (foreign_before, foreign_after, currency_after)


def parse_english_number(digits: str) -> float:
    """The value of a digit string written with English separators, as before an English scale
    word (`Rp 1,050 trillion`, `30.71 million`): a comma groups thousands, a dot is the decimal
    point; Indonesian figures before an English scale word (`36,85 trillion`, `1.234.000
    million`) keep their Indonesian reading."""
    if digits.count(".") > 1 or re.search(r",\d{1,2}$", digits):  # (Indonesian figures with an English scale)
        return parse_number(digits, True)
    return float(digits.replace(",", ""))


def parse_number(digits: str, has_scale: bool) -> float:
    """The value of a digit string written with Indonesian separators.

    A dot groups thousands and a comma is the decimal mark (`1.325.000`,
    `35,86`); a lone dot followed by one or two digits is a decimal point
    (`41.56 juta`); a lone comma followed by three digits with no scale word
    groups thousands (`1,300 orang`), and so does one followed by `000` before a scale word
    (`Rp 1,000 trillion` in an English text: no one writes a decimal `,000`).
    """
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        if digits.rfind(",") > digits.rfind("."):  # 1.234,5
            return float(digits.replace(".", "").replace(",", "."))
        return float(digits.replace(",", ""))  # 1,234.5
    if dots:
        head, _, tail = digits.rpartition(".")
        if dots > 1 or len(tail) == 3:
            return float(digits.replace(".", ""))
        return float(digits)
    if commas:
        head, _, tail = digits.rpartition(",")
        if commas > 1 or (len(tail) == 3 and (not has_scale or tail == "000")):
            return float(digits.replace(",", ""))
        return float(digits.replace(",", "."))
    return float(digits)


def _scale_of(word: str | None, scales: dict[str, float]) -> float:
    if not word:
        return 1.0
    return scales.get(word, scales.get(word.lower(), 1.0))


def find_figures(text: str) -> list[Figure]:
    """Every amount or count in `text`: numbers with a scale word or a currency,
    and plain counts written with thousands separators (`735.000`, `612,000`).

    Percentages, years, dates, times and codes are not figures.
    """
    pattern, scales, percent, (foreign_before, foreign_after, currency_after) = _grammar()
    lex = lexicon()["numbers"]
    money_scales = {s.lower() for s in lex["money_scales"]}
    # (an abbreviation keeps its case: "m" is an English million, "M" an Indonesian miliar)
    english_scales = {s if s in lex["case_sensitive_scales"] else s.lower() for s in lex["english_scales"]}
    glued_scales = set(lex["glued_scales"])
    out: list[Figure] = []
    for m in pattern.finditer(text):
        num, num2, scale_word = m.group("num"), m.group("num2"), m.group("scale")
        if scale_word in glued_scales and m.start("scale") != m.end("num2" if num2 else "num"):
            continue  # ("20 m": a length)
        has_scale = scale_word is not None
        is_money = bool(m.group("cur")) or (has_scale and scale_word.lower() in money_scales and scale_word != "m")
        if foreign_before.search(text[max(0, m.start() - 8):m.start()]) or foreign_after.match(text, m.end()):
            continue  # US$ 1 miliar, 5 miliar dolar
        after = text[m.end(): m.end() + 12]
        if percent.match(after.lstrip()) and not has_scale:
            continue
        if not has_scale and not m.group("cur"):
            # a bare number counts only when grouped in thousands: 735.000 (612,000 in English)
            if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+", num):
                continue
        if num2 and not has_scale and not m.group("cur"):
            continue
        mult = _scale_of(scale_word, scales)
        parse = parse_english_number if has_scale and (scale_word in english_scales or (
            scale_word not in lex["case_sensitive_scales"] and scale_word.lower() in english_scales)) else \
            (lambda digits: parse_number(digits, has_scale))
        low = parse(num) * mult
        high = parse(num2) * mult if num2 else low
        if num2 and high < low:
            low, high = high, low
        value = (low + high) / 2
        if not math.isfinite(value) or value <= 0:
            continue
        start = m.start("cur") if m.group("cur") else m.start("num")
        end = m.end()
        named_after = currency_after.match(text, end)
        if named_after:  # "513,4 triliun rupiah", "191.600.000.000.000 rupiah"
            end, is_money = named_after.end(), True
        approximate = bool(num2) or bool(m.group("an")) or (has_scale and scale_word.lower().endswith("an"))
        out.append(Figure(start, end, text[start:end], value, low, high, is_money, has_scale, approximate))
    spelled = _spelled_figures(text, scales, money_scales)
    if spelled:
        out = sorted(out + spelled, key=lambda f: f.start)
    return out


@cache
def _spelled() -> tuple[re.Pattern, dict[str, float], int]:
    lex = lexicon()["numbers"]
    words = {k.lower(): v for k, v in lex["number_words"].items()}  # (a half too: "satu setengah juta")
    words.update({w.lower(): 0 for w in lex["zero_words"]})
    scales = "|".join(sorted(lex["spelled_scales"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{scales})(?!\w)", re.I), words, max(len(w) for w in words)


@cache
def _decimal_points() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["numbers"]["spelled_decimal_points"])


_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:\s+|-)$")  # (English tens and units are joined by a hyphen: "twenty-five")


def _spelled_figures(text: str, scales: dict[str, float], money_scales: set[str]) -> list[Figure]:
    """Figures written in words: "dua juta orang", "sepuluh triliun", "dua puluh lima juta"
    (each scale word found once, and the number words read back from it)."""
    scale_word, words, longest = _spelled()
    out = []
    for m in scale_word.finditer(text):
        start, tokens = m.start(), []
        while True:  # the number words right before the scale word, nearest first
            before = _WORD_BEFORE.search(text, max(0, start - longest - 3), start)
            if before is not None and tokens and before.group(1).lower() in _joiners():
                # ("four hundred and ten thousand": a joiner between number words)
                word = _WORD_BEFORE.search(text, max(0, before.start(1) - longest - 3), before.start(1))
                before = word if word is not None and word.group(1).lower() in words else None
            if before is None or before.group(1).lower() not in words:
                break
            tokens.insert(0, before.group(1).lower())
            start = before.start(1)
        point = _WORD_BEFORE.search(text, max(0, start - 12), start) if tokens else None
        whole: list[str] = []
        if point is not None and point.group(1).lower() in _decimal_points():
            # "tujuh koma sembilan juta": the whole number before the point, its decimals digit by digit after it
            start_of_whole = point.start(1)
            while True:
                before = _WORD_BEFORE.search(text, max(0, start_of_whole - longest - 3), start_of_whole)
                if before is None or before.group(1).lower() not in words:
                    break
                whole.insert(0, before.group(1).lower())
                start_of_whole = before.start(1)
            if whole and all(words[t] < 10 and not any(t in group for group in _grouping_words()) for t in tokens):
                start = start_of_whole
            else:
                whole = []
        if not tokens or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")):
            continue
        if whole:
            value = _words_value(whole, words) + float("0." + "".join(str(words[t]) for t in tokens))
        else:
            value = _words_value(tokens, words)
        if not value:
            continue
        scale = m.group(0).lower()
        value *= _scale_of(scale, scales)
        before = out[-1] if out else None
        if before is not None and not text[before.end:start].strip() and before.value > value:
            # "satu triliun seratus miliar": one figure, its parts written scale by scale
            value += before.value
            out[-1] = Figure(before.start, m.end(), text[before.start:m.end()], value, value, value,
                             before.is_money or scale in money_scales, True, False)
            continue
        out.append(Figure(start, m.end(), text[start:m.end()], value, value, value, scale in money_scales, True, False))
    return out


@cache
def _joiners() -> frozenset[str]:
    """The words that may join number words written out ("four hundred and ten")."""
    return frozenset(w.lower() for w in lexicon()["numbers"]["spelled_joiners"])


@cache
def _grouping_words() -> tuple[frozenset[str], frozenset[str]]:
    """The number words that multiply the words before them, and those that add ten to them."""
    lex = lexicon()["numbers"]
    return frozenset(w.lower() for w in lex["spelled_multipliers"]), frozenset(w.lower() for w in lex["spelled_teens"])


def _words_value(tokens: list[str], words: dict[str, float]) -> float:
    """"dua puluh lima" = 25, "sebelas" = 11, "tiga belas" = 13, "three hundred" = 300, "dua puluh satu setengah" =
    21.5, "seratus dua puluh" = 120, "seribu dua ratus" = 1200; 0 when the words are no number."""
    multipliers, teens = _grouping_words()
    total, current = 0, 0
    for t in tokens:
        n = words.get(t)
        if n is None:
            return 0
        if t in multipliers:
            current = (current or 1) * n
            total, current = total + current, 0
        elif t in teens:
            total, current = total + (current or 1) + 10, 0
        elif n >= _WHOLE_GROUP:
            total, current = total + current + n, 0  # "seratus dua puluh" = 120: a hundred said in one word is a whole group
        else:
            current += n
    return total + current


_WHOLE_GROUP = 100  # a number word of this value or more ("seratus", "seribu") closes its group


def parse_figure(text: str) -> float | None:
    """The value of the single figure in `text` (for tests and callers that hold one figure)."""
    figures = find_figures(text)
    return figures[0].value if len(figures) == 1 else None

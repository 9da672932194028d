"""Separating an article's body from the page around it.

Pages are copied whole: menus, tickers, bylines, captions, "Baca juga" links,
adverts, share buttons, comment boxes and headline lists come with the text.
Every marker is in the lexicon's [boilerplate] section.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from bpjs_pipeline.clean.wrapping import split_glued_link, unwrap
from bpjs_pipeline.lexicon import alternation, lexicon, phrase_pattern, with_lead
from bpjs_pipeline.parsing.dates import A_YEAR, SHORT_MONTH_LETTERS, labelled_date, month_words
from bpjs_pipeline.parsing.sentences import numbered_label
from bpjs_pipeline.parsing.numbers import currency_words, scale_words

# control and format characters other than line break and tab
_OTHER_SPACE = re.compile(r"[^\S\n\t ]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]")
# a body line is a sentence of at least this many words, or a paragraph of at
# least _BODY_LONG_WORDS cut off before its full stop
_BODY_MIN_WORDS = 10
_BODY_LONG_WORDS = 25
_SHORT_PARAGRAPH_WORDS = 5


@dataclass(frozen=True)
class PageParts:
    header: list[str]  # lines before the body: title, dateline, byline
    body: list[str]  # the article's own paragraphs
    captions: tuple[str, ...] = ()  # photos' captions read beside their credits (a scene's day is not the page's)


@cache
def _markers():
    lex = lexicon()["boilerplate"]
    caption = re.compile("|".join(lex["caption_markers"]))
    return (tuple(m.lower() for m in lex["line_starts"]), caption, tuple(m.lower() for m in lex["end_markers"]),
            {w.lower() for w in lex["whole_lines"]}, int(lex["table_pipes"]),
            int(lex["headline_max_words"]), float(lex["headline_capitalised_share"]))


# a date with a clock time after it: a dateline, whatever separates its parts
_DATELINE = re.compile(r"\b\d{1,2}[ /-]\w+[ /-](?:19|20)\d\d\W{1,4}\d{1,2}[:.]\d{2}\b")
_WORD_CHAR = re.compile(r"\w")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'-]*")
# a label and its figure ("Penerima Upah: 20,5 juta", "Nilai klaim: Rp 40 triliun"), with figures written 0
_LABELLED_FIGURE = re.compile(r":\s*0\s*(?:[^\W\d_]+\s*){0,2}(?:\(\s*0\s*(?:[^\W\d_]+\s*)?\)\s*)?$")  # (and the figure of
# another period in brackets: "Kasus: 182.835 (173.415)")
_SENTENCE_MARK = re.compile(r"[.!?][\"”']?(\s|$)")
_BODY_END = re.compile(r"[.!?:\"”)…]$")  # (":" before a list: "Berikut rinciannya:")
_FULL_STOP_END = re.compile(r"[.!?]$")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"[ ]{2,}")
_QUESTION_END = re.compile(r"[?!]+$")


@cache
def _clipping_line() -> re.Pattern:
    """A clipping service's page furniture at a line's start ("Page 47 - e-KLIPING ...", "Nama Media ...")."""
    return re.compile("|".join(lexicon()["boilerplate"]["clipping_lines"]))


_BARS = re.compile(r"[\u2580-\u259f\u25a0]+")  # block elements and black squares, as a text chart draws its bars
# ... or runs of one typed mark between a label and its figure ("Jan |################  28,1", "2014 ===== 16,9",
# "Feb   ||||||||||||  27,81")
_TYPED_BARS = re.compile(r"(?<=[^\s#=*|][ \t|])([ \t|]*?)(?:#{3,}|={3,}|\*{3,}|\|{3,})(?=[ \t]+(?:Rp\.?[ \t]*)?\d)")


# (check marks only: a pointing sign may mark a question or a heading, "▶ Berapa total klaim ...?")
_SYMBOL_BULLET = re.compile("^[\u2705\u2714\u2713\u2611\U0001f539\U0001f538][\ufe0f]?[ \t]*", re.M)


def normalize(text: str) -> str:
    """NFC, one kind of line break and space, no control characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    if _BARS.search(text):  # a chart drawn in text ("2010  ██████████   100,6"): its bars part label and value
        text = "\n".join(_BARS.sub("   ", line).rstrip() for line in text.split("\n"))
    if ("###" in text or "===" in text or "***" in text or "|||" in text) and _TYPED_BARS.search(text):
        text = _TYPED_BARS.sub(r"\1   ", text)
    if _SYMBOL_BULLET.search(text):  # a list marked with check marks ("✅ Iuran JKP ... Rp 1,78 triliun")
        text = _SYMBOL_BULLET.sub("• ", text)
    if "**" in text:  # text in bold as Markdown writes it ("| **Total** | **480,17** |")
        text = _BOLD.sub(r"\1", text)
    if "\t" in text:
        text = "\n".join(_tab_row(line) for line in text.split("\n"))
    if " - " in text:  # cells parted by spaced dashes ("Iuran - Rp 33,85 triliun - Rp 44,2 triliun - 76,6%")
        text = _dash_parted_rows(text)
    if ", " in text and sum(1 for line in text.split("\n") if line.count(", ") >= 2) >= 2:
        text = "\n".join(comma_separated_rows(text.split("\n")))  # values parted by a comma and a space ("Iuran, 32.160,
        # 38.400, 49.000")
    if '{"' in text:  # records previewed as JSON, one object a line ('{"tahun": 2023, "program": "JHT", ...},')
        text = _json_records(text)
    if ',"' in text:  # cells quoted in a preview ('2022-01,"31.205.477","3.812.004","0,8"')
        text = _quoted_csv_rows(text)
    if _CSV_HEADER.search(text):
        text = _csv_rows(text)
    if "..." in text:  # a row of cells parted by dot leaders ("Dana kelolaan ....... 637.746 ........ 553.540")
        text = "\n".join(_cells_parted_by_leaders(line) for line in text.split("\n"))
    if _CELL_GAP.search(text):
        lines = _two_column_table(_merged_header_by_position(_side_by_side_columns(text.split("\n"))))
        text = "\n".join(_spaced_row(line) for line in lines)
    return _CONTROL.sub("", _OTHER_SPACE.sub(" ", text)).replace("\t", " ")


def _cells_parted_by_leaders(line: str) -> str:
    """A line of two or more figures each led by dots is a row of cells parted by spaces (one scan of the line)."""
    parted, leaders = _LEADER_BEFORE_FIGURE.subn("   ", line)
    return parted if leaders >= 2 else line


# a header of comma-separated column names as a data portal's preview prints it ("tahun,perusahaan_aktif,tenaga_kerja_aktif"),
# a name perhaps closed by its unit in brackets ("program;dana_kelolaan (Rp miliar);iuran (Rp miliar)"), or a year after
# the first ("program,2021,2022")
_CSV_NAME = r"[A-Za-z][A-Za-z_]*(?: [A-Za-z][A-Za-z_]*){0,4}(?: ?\([^()\n,;]{1,24}\))?"  # (or words: "pemberi kerja aktif
# (unit)", "Tahun;Pemberi Kerja")
_CSV_COLUMN = rf"(?:{_CSV_NAME}|(?:19|20)\d\d)"
_CSV_HEADER = re.compile(rf"^{_CSV_NAME}(?:([,;]){_CSV_COLUMN})(?:\1{_CSV_COLUMN})*$", re.M)
# (a row's first cell may be a label: "INDONESIA,27015338,9612441,...")
# (or its period, then its label: "2019,Penerima Upah,21536410,63.03", "2020-10;Jasa Konstruksi;8.126.644;7.408.229";
# the label may take more cells, a status say: "2023,PU,aktif,25702118"; a figure may fall below zero: a growth of "-5.1")
_CSV_PERIOD_ROW = re.compile(r"^(?:19|20)\d\d(?:-\d\d)?[,;][A-Za-z][\w .()-]{0,40}(?:[,;][A-Za-z][\w .()+/-]{0,40})*"
                             r"(?:[,;](?>-?\d(?:[,;]-(?=\d)|[\d.,])*))+$")
# (a provisional year: "2014*"; a month as data files write it: "2024-01")
# (a cell may be empty: "TOTAL,2022,3595214,,46259923529400", or a dash: "2021-01;29.981.204;-"; between semicolons a
# figure may have a decimal comma: "2021-02;30.214.880;0,78")
_CSV_ROW = re.compile(r"^(?:\d[\d.]*\*?|(?:19|20)\d\d-(?:0[1-9]|1[0-2])|[A-Za-z][\w .()-]{0,40})(?=[,;]\d)"
                      r"(?:[,;](?:\d[\d.]*|(?<=;)\d[\d.,]*|[-–])?)+$")
_ISO_MONTH = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])")


_DASH_CELL_GAP = " - "
_DASH_ROW_CELLS = 3  # the fewest cells a row parted by spaced dashes has


def _dash_parted_rows(text: str) -> str:
    """A table whose header and rows part their cells with spaced dashes ("Indikator - Realisasi - Target 2016 -
    Persentase" over "Iuran - Rp 33,85 triliun - Rp 44,2 triliun - 76,6%"), three cells or more each and as many in
    every line, its rows with a figure: read as one parted by bars."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        width = lines[i].count(_DASH_CELL_GAP)
        j = i + 1
        while width + 1 >= _DASH_ROW_CELLS and j < len(lines) and lines[j].count(_DASH_CELL_GAP) == width and \
                _DIGIT.search(lines[j]) and not lines[j].lstrip().startswith("-"):
            j += 1
        if j - i >= 2 and not _DIGIT.search(A_YEAR.sub("", lines[i])):
            for k in range(i, j):
                lines[k] = lines[k].replace(_DASH_CELL_GAP, " | ")
            i = j
        else:
            i += 1
    return "\n".join(lines)


_JSON_RECORD = re.compile(r'^\s*(\{"[^{}\n]*\})\s*,?\s*$')


def _json_record(line: str) -> dict | None:
    """A flat JSON object alone on its line, or None."""
    m = _JSON_RECORD.match(line)
    if m is None:
        return None
    try:
        record = json.loads(m.group(1))
    except ValueError:
        return None
    return record if isinstance(record, dict) and all(isinstance(v, (int, float, str)) for v in record.values()) else None


def _json_records(text: str) -> str:
    """Records previewed as JSON, one object a line with the same keys ('{"tahun": 2023, "program": "JHT",
    "iuran_miliar_rp": 54812.4}'): a preview of values parted by semicolons under a header of the keys, their decimal
    points written as the page's prose would ("54812,4")."""
    lines = text.split("\n")
    records = [_json_record(line) if '{"' in line else None for line in lines]  # (each line parsed once)
    out: list[str] = []
    i = 0
    while i < len(lines):
        first = records[i]
        j = i + 1
        while first is not None and j < len(lines) and records[j] is not None and list(records[j]) == list(first):
            j += 1
        if first is None or j - i < 2 or not all(_CSV_KEY.fullmatch(k) for k in first):
            out.append(lines[i])
            i += 1
            continue
        out.append(";".join(first))
        for record in records[i:j]:
            out.append(";".join(str(v).replace(".", ",") if isinstance(v, float) else str(v) for v in record.values()))
        i = j
    return "\n".join(out)


_CSV_KEY = re.compile(r"[a-z][a-z_]*")
_ELIDED_ROWS = re.compile(r"(?:\.{3}|…)[^,;|\n]{0,40}")  # a preview's note of rows left out ("... (28 baris lainnya)")


def _csv_rows(text: str) -> str:
    """A table previewed as comma-separated values under its header of column names: rows parted by bars, the names
    written with spaces ("tahun | perusahaan aktif | tenaga kerja aktif" over "2014 | 215672 | 16021118")."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _CSV_HEADER.fullmatch(line.strip()):
            continue
        comma = "," if "," in line else ";"
        width = line.count(comma)
        keys = line.strip().split(comma)
        names = [_csv_column_name(c) for c in keys]
        # (a column of years keeps its cells as years; one named in rupiah alone gives its cells the currency:
        # "tahun,...,nominal_klaim_rp" over "JHT,2022,...,41672305118400")
        years = {k for k, key in enumerate(keys) if key.strip().lower() in lexicon()["dates"]["year_words"]}
        rupiah = {k for k, key in enumerate(keys) if _full_rupiah_column(key)}
        names = [name.rsplit(" ", 1)[0] if k in rupiah else name for k, name in enumerate(names)]
        noted = _units_by_name(lines[max(0, i - 2):i], fewest=1)  # ("Pratinjau (nilai dalam Rp miliar)" over "...,nilai_klaim")
        j = i + 1
        while j < len(lines) and (lines[j].count(comma) == width or
                                  (_ELIDED_ROWS.fullmatch(lines[j].strip()) and j + 1 < len(lines) and
                                   lines[j + 1].count(comma) == width)):
            if _ELIDED_ROWS.fullmatch(lines[j].strip()):
                j += 1  # (rows left out of a preview: "... (28 baris lainnya)"; the rows after it go on)
                continue
            raw = lines[j].strip().split(comma)
            cells = [_written_month(raw[0])] + [c if k in years else _in_rupiah(_thousands_set_apart(c)) if k in rupiah
                                                else _thousands_set_apart(c) for k, c in enumerate(raw[1:], start=1)]
            if _CSV_ROW.fullmatch(lines[j].strip()):
                lines[j] = " | ".join(cells)
            elif _CSV_PERIOD_ROW.fullmatch(lines[j].strip()):
                # a row led by its period and its label ("2019,Penerima Upah,21536410,63.03" under
                # "tahun,segmen,jumlah_peserta_aktif,persentase_terhadap_total"): one line of its labelled cells
                period = lexicon()["numbers"]["table_period_cell"].format(period=cells[0])
                regions, nation = _regions_header()
                # (a row of a province or an office is that region's: "provinsi ACEH"; not the nation's, "INDONESIA")
                label = f"{names[1]} {cells[1]}" if regions.fullmatch(names[1]) and not nation.search(cells[1]) else cells[1]
                # (the label's further cells qualify each figure, in brackets after its column's name:
                # "2023,PU,aktif,25702118" under "tahun,segmen,status,jumlah_peserta" is "PU: jumlah (peserta) (aktif) pada
                # 2023 sebesar 25.702.118.")
                first_figure = next(k for k, c in enumerate(raw) if k > 1 and c[:1].isdigit())
                qualifier = "".join(f" ({c})" for c in cells[2:first_figure])
                lines[j] = f"{label}: " + "; ".join(
                    f"{name}{qualifier} {period} {_with_unit(c, _table_unit([name]) or _named_unit(name, noted))}"
                    for name, c in zip(names[first_figure:], cells[first_figure:])) + "."
            else:
                break
            j += 1
        if j > i + 1:
            lines[i] = " | ".join(names) if "|" in lines[i + 1] else ""
    return "\n".join(lines)


def _quoted_csv_rows(text: str) -> str:
    """Rows of comma-separated values whose cells are quoted, their figures holding commas of their own
    ('2022-01,"31.205.477","3.812.004","0,8"' under "bulan,peserta_aktif,peserta_aktif_bpu,pertumbuhan_mom_persen"), and
    the header right over them: cells parted by semicolons, as a data file whose figures keep their decimal commas."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _QUOTED_CSV_ROW.fullmatch(line.strip()):
            continue
        lines[i] = ";".join(next(csv.reader([line.strip()])))
        if i and _CSV_HEADER.fullmatch(lines[i - 1].strip()) and ";" not in lines[i - 1]:
            lines[i - 1] = lines[i - 1].strip().replace(",", ";")
    return "\n".join(lines)


_QUOTED_CSV_ROW = re.compile(r'[^",\n]+(?:,"[^"\n]*")+')  # a first cell, then quoted cells


def _full_rupiah_column(key: str) -> bool:
    """Whether a column's name ends in the currency alone, its values whole rupiah ("nominal_klaim_rp"; not
    "iuran_miliar_rp", in billions)."""
    words = key.strip().lower().split("_")
    return len(words) > 1 and words[-1] in lexicon()["numbers"]["table_unit_currency"] and \
        not _unit_note().fullmatch(f"({words[-2]} {words[-1]})")


def _in_rupiah(cell: str) -> str:
    """A whole-rupiah column's cell written with its currency ("41.672.305.118.400" -> "Rp41.672.305.118.400")."""
    return f"Rp{cell}" if cell[:1].isdigit() else cell


def _written_month(cell: str) -> str:
    """A month as data files write it, as a page names it ("2024-01" -> "January 2024"); any other cell as it is."""
    m = _ISO_MONTH.fullmatch(cell)
    if m is None:
        return cell
    name = next(word for word, number in lexicon()["dates"]["months"].items() if number == int(m.group("month")))
    return f"{name.capitalize()} {m.group('year')}"


def _named_unit(name: str, noted: list[tuple[list[str], tuple[str, str]]]) -> tuple[str, str] | None:
    """The unit a note gives the column by its name, or None."""
    return next((unit for names, unit in noted if _named_in(name, names)), None)


def _with_unit(cell: str, unit: tuple[str, str] | None) -> str:
    """A bare figure written with its column's unit ("54812,4" under "iuran (miliar rp)" -> "Rp54812,4 miliar")."""
    return f"{unit[0]}{cell} {unit[1]}" if unit and _BARE_NUMBER.fullmatch(cell) else cell


def _thousands_set_apart(cell: str) -> str:
    """A count written with its thousands set apart, as the page's prose would: "16021118" -> "16.021.118"."""
    return f"{int(cell):,}".replace(",", ".") if cell.isdigit() and len(cell) > 3 else cell


_CSV_UNIT_WORDS = 3  # the most words a column name's closing unit has ("rp_miliar", "ribu_orang")


def _csv_column_name(name: str) -> str:
    """A column's name written with spaces, the unit closing it in brackets ("tenaga_kerja_aktif_ribu_orang" ->
    "tenaga kerja aktif (ribu orang)", "iuran_rp_miliar" -> "iuran (rp miliar)", "yoi_persen" -> "yoi (persen)",
    "perusahaan_aktif_unit" ->
    "perusahaan aktif (unit)")."""
    # (an abbreviation that keeps its case, written in lower case as a key: "peserta_aktif_bpu" -> "peserta aktif BPU")
    kept = {w.lower(): w for w in lexicon()["segment"]["case_sensitive"]}
    key, bracket, unit = name.partition("(")
    if bracket:  # its unit already in brackets: "dana_kelolaan (Rp miliar)" -> "dana kelolaan (Rp miliar)"
        return " ".join(kept.get(w, w) for w in key.strip().split("_")) + " (" + unit
    words = [kept.get(w, w) for w in name.split("_")]
    for k in range(min(_CSV_UNIT_WORDS, len(words) - 1), 0, -1):
        note = "(" + " ".join(words[-k:]) + ")"
        if _count_note().fullmatch(note) and " ".join(words[:-k]) in lexicon()["numbers"]["table_value_words"]:
            break  # (what a value names is no count: "nilai_klaim" -> "nilai klaim")
        if _unit_note().fullmatch(note) or _count_note().fullmatch(note) or _rate_note().fullmatch(note):
            return " ".join(words[:-k]) + " " + note
    return " ".join(words)


def _tab_row(line: str) -> str:
    """A line of cells parted by tabs is a table row: read as one parted by "|"."""
    if "\t" not in line:
        return line
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return " | ".join(cells) if len(cells) >= 2 else line


_BOLD = re.compile(r"\*\*(?=[^\s*])([^\n*]*?[^\s*])\*\*")
_CELL_GAP = re.compile(r" {3,}")
_FIGURES_TWO_SPACES = re.compile(r"(?<=\d)  (?=\d)")  # ("486.4  553.5": two figures two spaces apart)
_UNIT_THEN_FIGURE = re.compile(r"(?P<label>[^\d|]*[^\W\d][^\d|]*\))\s(?P<figure>\d[\d.,]*)")
_LABEL_TWO_SPACES = re.compile(r"(?<=[^\d\s])  (?=\d)")
# dots leading a cell's figure, spaces on either side ("Aset ......  323.517 ...... 269.085"; each run tried once, from
# its first space or dot)
_LEADER_BEFORE_FIGURE = re.compile(r"(?<![ .]) {0,3}\.{3,}+ *+(?=\d)")
_UNIT_GAP = re.compile(r" {2,}")  # (units in brackets, each a cell, need less room between them)
_SPACED_CELL_CHARS = 30
_SPACED_LABEL_CHARS = 60
_CELL_SENTENCE = re.compile(r"[.!?][\"”']?(?:\s+[A-Z]|$)")  # (an abbreviation is none: "s.d. bulan berjalan")


def _spaced_cells(line: str) -> list[str]:
    """The cells of a line parted by runs of spaces ("Bulan        Peserta aktif" -> ["Bulan", "Peserta aktif"])."""
    return [c.strip() for c in _CELL_GAP.split(line.strip()) if c.strip()]


def _side_by_side_columns(lines: list[str]) -> list[str]:
    """Columns laid side by side under headings in capitals, each row a labelled figure of each ("BPJS KESEHATAN
    BPJS KETENAGAKERJAAN" over "Peserta: 224,1 juta jiwa         Peserta aktif: 34,17 juta"): each column's heading, then
    its rows, one column after the other."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        headings = _spaced_cells(lines[i])
        rows = []
        if len(headings) >= 2 and all(_capital_heading(h) for h in headings):
            j = i + 1
            while j < len(lines) and len(cells := _spaced_cells(lines[j])) \
                    == len(headings) and all(":" in c and _DIGIT.search(c) for c in cells):
                rows.append(cells)
                j += 1
        if len(rows) < _SIDE_BY_SIDE_ROWS:
            out.append(lines[i])
            i += 1
            continue
        for k, heading in enumerate(headings):
            out += [heading] + [row[k] for row in rows] + [""]
        i += 1 + len(rows)
    return out


_SIDE_BY_SIDE_ROWS = 2  # the fewest rows of columns laid side by side


_TWO_COLUMN_ROWS = 2  # the fewest rows under a two-column header aligned by spaces


def _two_column_table(lines: list[str]) -> list[str]:
    """Two columns aligned by spaces under a header naming both ("Bulan        Peserta aktif" over "Januari      35,12"
    over "Februari     35,40"), the figures bare: a table, parted by "|" (so that a unit named over it, in the page's
    title, is theirs); a single line of a label and a figure stays a labelled line."""
    out = list(lines)
    i = 0
    while i < len(out):
        header = _spaced_cells(out[i])
        j = i + 1
        if len(header) == 2 and "|" not in out[i] and not any(_DIGIT.search(h) for h in header) and \
                all(len(h) <= _SPACED_CELL_CHARS for h in header):
            while j < len(out) and "|" not in out[j] and \
                    len(cells := _spaced_cells(out[j])) == 2 and \
                    len(cells[0]) <= _SPACED_CELL_CHARS and _BARE_NUMBER.fullmatch(cells[1]):
                j += 1
        if j - i - 1 < _TWO_COLUMN_ROWS:
            i += 1
            continue
        for k in range(i, j):
            out[k] = " | ".join(_spaced_cells(out[k]))
        i = j
    return out


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a row aligned by spaces (one space inside it, two or more around)
_ALIGNMENT_SLACK = 3  # characters a column's name may stand left of the period over it


def _merged_header_by_position(lines: list[str]) -> list[str]:
    """A header of periods aligned by spaces over a row of the columns each spans, unevenly ("Indikator   2016
    2017" over "Target   Realisasi   Target"): each column named by its own name and the period standing over it,
    as far as the periods' positions tell ("Target 2016 | Realisasi 2016 | Target 2017")."""
    out: list[str | None] = list(lines)
    for i in range(len(out) - 1):
        if out[i] is None or out[i + 1] is None:
            continue
        top = [(m.start(), m.group(0)) for m in _ALIGNED_CELL.finditer(out[i])]
        under = [(m.start(), m.group(0)) for m in _ALIGNED_CELL.finditer(out[i + 1])]
        if len(top) < 2 or not _CELL_GAP.search(out[i]) or not _CELL_GAP.search(out[i + 1]):
            continue
        label = [] if _period_cell().fullmatch(top[0][1]) else [top[0]]
        periods = top[len(label):]
        if len(periods) < 2 or not all(_period_cell().fullmatch(c) for _, c in periods) or \
                len(under) <= len(periods) or len(under) % len(periods) == 0 or \
                any(_DIGIT.search(c) for _, c in under) or under[0][0] < periods[0][0] - _ALIGNMENT_SLACK:
            continue
        named = []
        for start, name in under:
            over = [p for p_start, p in periods if p_start <= start + _ALIGNMENT_SLACK]
            if not over:
                break
            named.append(f"{name} {over[-1]}")
        if len(named) == len(under):
            out[i] = "   ".join([c for _, c in label] + named)
            out[i + 1] = None
    return [line for line in out if line is not None]


@cache
def _amount_two_spaces_on() -> re.Pattern:
    """Two spaces before an amount led by its currency, after a word: where a cell of amounts ends."""
    return re.compile(rf"(?<=[^\d\s])  (?=(?:{currency_words()})\.?\s?\d)")


def _spaced_row(line: str) -> str:
    """A line of three or more short cells parted by runs of spaces, as a table copied from a page is laid out
    ("2019    73,3    29,2" under "Tahun   Iuran   Klaim"), is a table row: read as one parted by "|" (a label and
    one figure so parted are a labelled line, see `_label_gap`)."""
    if "|" in line:
        # (already parted by bars, the spaces only align them: "Peserta aktif      | 33,21 juta"; but a label may stand
        # apart from its first figure by spaces alone: "Dana kelolaan        812,6   |   752,5")
        first, bar, rest = line.partition("|")
        apart = [c for c in _CELL_GAP.split(first.strip()) if c]
        if len(apart) == 2 and not _DIGIT.search(apart[0]) and _BARE_NUMBER.fullmatch(apart[1]):
            return f"{apart[0]} | {apart[1]} {bar}{rest}"
        return line
    cells = _spaced_cells(line)
    if len(cells) >= 2 or _FIGURES_TWO_SPACES.search(line):
        # (a label may stand only two spaces from its first figure: "Registered participants (million)  45.1", "Bukan
        # Penerima Upah  1,5       0,9"; or one after its unit's bracket, two figures two spaces apart: "Investment
        # funds (IDR tn) 486.4  553.5")
        # (or an amount two spaces from the one before it: "Rp 158,16 triliun  Rp 183,4 triliun")
        amounts_apart = _amount_two_spaces_on()
        cells = [part for c in cells for part in _LABEL_TWO_SPACES.split(c) for part in _FIGURES_TWO_SPACES.split(part)
                 for part in amounts_apart.split(part)]
        glued = _UNIT_THEN_FIGURE.fullmatch(cells[0])
        if glued and len(cells) >= 2:
            cells = [glued.group("label"), glued.group("figure")] + cells[1:]
    if len(cells) >= 3 and all(len(c) <= _SPACED_CELL_CHARS for c in cells):
        return " | ".join(cells)
    # (a row's label or a column's header may be longer, a phrase with its unit but no sentence: "Tenaga kerja
    # peserta aktif (juta orang)    19,19    22,63", "Klaim dibayar s.d. bulan berjalan (Rp triliun)")
    if len(cells) >= 3 and all(len(c) <= _SPACED_LABEL_CHARS and not _CELL_SENTENCE.search(c) for c in cells):
        return " | ".join(cells)
    if len(cells) >= 2 and all(_YEAR_CELL.fullmatch(c) for c in cells):
        return " | ".join(cells)  # (a header of years alone over the rows' columns: "        2017        2018")
    units = [c.strip() for c in _UNIT_GAP.split(line.strip()) if c.strip()]
    if len(units) >= 2 and all(_unit_note().fullmatch(c) or _rate_note().fullmatch(c) for c in units) and \
            any(_unit_note().fullmatch(c) for c in units):
        return " | ".join(units)  # (the columns' units on a line of their own: "(juta orang)  (Rp triliun)", "(Rp
        # triliun)   (%)")
    return line


# a numbered post of a social-media thread ("1/ BPJS Ketenagakerjaan menutup 2024 dengan 45,2 juta peserta aktif. ... 🧵")
_THREAD_POST = re.compile(r"^\d{1,2}/\s+(?=\S)", re.M)
_THREAD_POST_WORDS = 6  # (a shorter one is no sentence: "2/ Komposisi peserta aktif akhir 2024:" stays as it is)


def thread_posts(lines: list[str]) -> list[str]:
    """A thread's numbered posts, each a paragraph of sentences: body, without the number, closed by a full stop
    when it ends with marks and pictures ("... Berikut rangkumannya 🧵👇")."""
    out = []
    for line in lines:
        m = _THREAD_POST.match(line)
        if m is None or len(line.split()) < _THREAD_POST_WORDS or line.rstrip().endswith(":"):
            out.append(line)
            continue
        rest = line[m.end():].rstrip()
        end = len(rest)
        while end and not (rest[end - 1].isalnum() or rest[end - 1] in ".!?\"”)"):
            end -= 1  # (the pictures and marks after its last word)
        rest = rest[:end]
        out.append(rest if rest.endswith((".", "!", "?")) else rest + ".")
    return out


def is_caption(line: str) -> bool:
    """A photo's caption: a line with a caption marker ("(Dok. …)", "Foto:", a photographer's credit closing it)."""
    return bool(_markers()[1].search(line))


def is_furniture(line: str) -> bool:
    """A line that is page furniture wherever it stands."""
    starts, caption, _, whole, pipes, _, _ = _markers()
    s = line.strip()
    if not s:
        return True
    lower = s.lower()
    if lower in whole or not _WORD_CHAR.search(s):
        return True
    if lower.startswith(starts) or (caption.search(s) and not _signed_off(s)) or _clipping_line().match(s):
        return True
    if _counter().fullmatch(s):
        return True  # "Slide 2/5", "1/4": a carousel's or a gallery's counter
    if _BREADCRUMB.fullmatch(s):
        return True  # "Beranda > Ekonomi > Kilas": where the page sits on its site
    if (s.count("|") >= pipes or s.endswith("|") or s.startswith("|")) and not _DATELINE.search(s):
        return True  # a table row or a ticker; "JUMAT, 21 FEBRUARI 2014 | 16:09 WIB | LAPORAN:" is a dateline
    return False


_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s*\((?:[A-Z][a-z]{1,3}/){1,3}[A-Z][a-z]{1,3}\)\s*$")  # editors' initials: "(Dny/Ahm)"
_SIGNED_OFF_WORDS = 8  # the fewest words of a paragraph signed off by its editors' initials


def _signed_off(line: str) -> bool:
    """Whether the line is a paragraph that ends with its editors' initials ("... hingga akhir tahun ini. (Dny/Ahm)"),
    not a photo's caption with its credit ("... (Liputan6.com/Angga Yuniar)")."""
    m = _SIGN_OFF.search(line)
    return m is not None and len(line[:m.start()].split()) >= _SIGNED_OFF_WORDS


# a trail of a site's sections, two steps or more ("Beranda > Ekonomi > Kilas", "Home » Berita » Nasional")
_BREADCRUMB = re.compile(r"[^\d>›»\n]{1,30}(?:\s[>›»]\s[^\d>›»\n]{1,40}){2,}")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_EMPTY_CELL = {"-", "--", "---", "–", "—", "", "n.a.", "n/a", "N/A", "n.a"}
_SHARE_CELL = re.compile(r"[-+]?\d[\d.,]*\s?%")
_FOOTNOTE_MARKS = "*†¹²³⁴⁵⁶⁷⁸⁹"
_RULE_LINE = re.compile(r"[|:+\s]*[-=_─━]{3,}[-=_─━|:+\s]*")  # a rule drawn across a table ("-----", "|---|---|", "---+---")
_BARE_NUMBER = re.compile(r"\d[\d.,]*")


@cache
def _counter() -> re.Pattern:
    """A carousel's or a gallery's counter ("Slide 2/5", "1/4")."""
    lex = lexicon()["boilerplate"]
    return re.compile(rf"(?:(?:{alternation(lex['counter_words'])})\s+)?\d{{1,2}}\s*(?:{alternation(lex['counter_links'])})\s*\d{{1,2}}",
                      re.I)


@cache
def _section_number() -> re.Pattern:
    """A slide's or a section's number opening its heading ("SLIDE 5 — INVESTASI", "Bagian 2: Kepesertaan"): the
    heading is the words after it."""
    # (a figure may open it after a colon: "Slide 2: 30,66 juta ..."; the number may stand in brackets: "[Slide 4]
    # Peserta Aktif per Segmen")
    return re.compile(rf"^(?:\[(?:{_slide_number().pattern})\]\s*(?=\w)|(?:{_slide_number().pattern})\s*(?:[—–:-]\s*(?=\w)|"
                      rf"\.\s*(?=[^\W\d])))", re.I)


def _without_section_number(line: str) -> str:
    """The line without the slide's or section's number opening it; a slide's caption stating a figure is a sentence
    ("Slide 2: 30,66 juta pekerja aktif terlindungi hingga Desember 2021" -> "30,66 juta pekerja aktif terlindungi
    hingga Desember 2021.")."""
    m = _section_number().match(line)
    if m is None:
        return line
    caption = line[m.end():]
    if _DIGIT.search(A_YEAR.sub("", caption)) and not _BODY_END.search(caption) and \
            len(caption.split()) >= _SHORT_PARAGRAPH_WORDS:
        caption += "."
    return caption


@cache
def _number_cell() -> re.Pattern:
    """A cell of a table that is only a figure, a share or a dash."""
    return re.compile(rf"(?:(?i:{currency_words()})\s?)?[-+]?\d[\d.,]*\s?%?|[-–—]")
_HEADER_WORD_CELL = re.compile(r"[^\W\d][\w%()./-]*(?:\s[^\W\d][\w%()./-]*)?")  # "Tumbuh", "YoY (%)"
_FLAT_COLUMNS = range(3, 7)  # the columns a table flattened one cell per line may have


def flattened_table_rows(lines: list[str]) -> list[str]:
    """A table flattened one cell per line when copied, its header's cells first (a word, then years or short words:
    "Indikator", "2017", "2018", "Tumbuh"), then each row's label and its figures ("Peserta aktif (juta orang)",
    "26,30", "30,46", "15,8%"), two rows or more: each row written on one line with its cells parted by "|", as
    `labelled_table_rows` reads it."""
    out = list(lines)
    i = 0
    while i < len(out):
        found = None
        if out[i] and not _DIGIT.search(out[i]) and i + 1 < len(out) and _YEAR_CELL.fullmatch(out[i + 1]):
            for k in _FLAT_COLUMNS:
                header = out[i:i + k]
                if len(header) < k or not all(_YEAR_CELL.fullmatch(h) or _HEADER_WORD_CELL.fullmatch(h) for h in header[1:]):
                    break
                rows, j = [], i + k
                while j + k <= len(out) and out[j] and not _number_cell().fullmatch(out[j]) and \
                        all(_number_cell().fullmatch(c) for c in out[j + 1:j + k]):
                    rows.append(j)
                    j += k
                if len(rows) >= 2:
                    found = (k, rows)
                    break
        if found is None:
            i += 1
            continue
        k, rows = found
        joined = [" | ".join(out[j:j + k]) for j in [i] + rows]  # (the table's lines, each row one line)
        out[i:rows[-1] + k] = joined
        i += len(joined)
    return out


def _cells(line: str) -> list[str]:
    """A table row's cells: parted by "|", without the bars closing a row at both ends ("| Iuran | Rp87,3 triliun |") and
    without a footnote's mark ("2017*")."""
    s = line.strip()
    if s.startswith("|") and s.endswith("|") and len(s) > 1:
        s = s[1:-1]
    cells = [c.strip().rstrip(_FOOTNOTE_MARKS) for c in s.split("|")]
    # (thousands set apart by spaces, as a statistics office writes them: "344 527", "16 920,4")
    return [c.replace(" ", ".") if _SPACED_THOUSANDS.fullmatch(c) else c for c in cells]


_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?")
# a row numbering the columns under a header, as a statistics office prints it ("(1) | (2) | (3)")
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")


_VALUES_SEPARATOR = re.compile(r",\s+")  # (a comma and a space: "13,9" is one figure)
_VALUES_FIGURE = re.compile(r"[-–]|[-–]?\d[\d.,]*\s*%?")  # a figure's cell, or a dash for none
_VALUES_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_VALUES_LABEL_WORDS = 6  # the most words of a row's label


def comma_separated_rows(lines: list[str]) -> list[str]:
    """A table written as comma-separated values, a header naming a period in every column after the first
    ("Keterangan, 2013, 2014, Target 2015") over rows of a label and as many figures ("Iuran, 32.160, 38.400,
    49.000"), or a header naming measures after a column of periods ("Bulan, Peserta Aktif, Pemberi Kerja Aktif") over
    rows of a period and as many figures ("2024-01, 37.214.550, 762.118"), laid out with "|" as `labelled_table_rows`
    reads a table; other lines are returned as they are."""
    out = list(lines)
    i = 0
    while i < len(out):
        header = _VALUES_SEPARATOR.split(out[i].strip())
        j = i + 1
        by_period = len(header) >= 3 and header[0].strip().lower() in _period_column_names() and \
            not any(_DIGIT.search(cell) for cell in header[1:])
        if len(header) >= 3 and len(header[0].split()) <= _VALUES_LABEL_WORDS and \
                (by_period or all(_VALUES_PERIOD.search(cell) for cell in header[1:])):
            while j < len(out):
                cells = _VALUES_SEPARATOR.split(out[j].strip().removesuffix("."))
                label_ok = _VALUES_PERIOD.search(cells[0]) is not None if by_period else \
                    any(c.isalpha() for c in cells[0])
                if len(cells) != len(header) or not label_ok or \
                        len(cells[0].split()) > _VALUES_LABEL_WORDS or not all(_VALUES_FIGURE.fullmatch(c) for c in cells[1:]):
                    break
                j += 1
        if j > i + 1:
            # (the rows of a header naming measures over periods, "Bulan, Peserta Aktif, Pemberi Kerja Aktif" over
            # "2024-01, 37.214.550, 762.118": each row's period written as a page names it)
            out[i:j] = [" | ".join(_written_month(c) if by_period and n and not k else c
                                   for k, c in enumerate(_VALUES_SEPARATOR.split(line.strip().removesuffix("."))))
                        for n, line in enumerate(out[i:j])]
        i = j
    return out


@cache
def _period_column_names() -> frozenset[str]:
    """The names of a first column of periods ("Bulan", "Tahun", "Periode")."""
    return frozenset(w.lower() for w in lexicon()["numbers"]["period_column_names"])


@cache
def _column_pair_heading() -> re.Pattern:
    joiners = alternation(lexicon()["boilerplate"]["column_pair_joiners"])
    # (a sentence may come first on its line: "... sepanjang 2019. Berikut perbandingan posisi akhir Desember 2018 dengan
    # posisi akhir Oktober 2019:")
    return re.compile(rf"(?:[^:|\n]*[.!?]\s+)?(?P<first>[^:|.!?\n]*?(?:19|20)\d\d[^:|.!?\n]*?)\s+(?:{joiners})\s+"
                      rf"(?P<second>[^:|\n]*?(?:19|20)\d\d[^:|\n]*?):?")


@cache
def _arrow_row() -> re.Pattern:
    arrows = "|".join(re.escape(a) for a in sorted(lexicon()["boilerplate"]["row_arrows"], key=len, reverse=True))
    return re.compile(rf"(?:[-–•·*]\s+)?(?P<label>[^\W\d][^:|\n]{{0,60}}):\s*(?P<first>[^:|\n]*?\d[^:|\n]*?)\s*(?:{arrows})\s*"
                      rf"(?P<second>[^:|\n]*?\d[^:|\n]*?)\.?")


def paired_column_rows(lines: list[str]) -> list[str]:
    """A heading comparing two periods ("Realisasi 2024 vs target 2025:") over rows of a label and two figures parted
    by an arrow ("Peserta aktif: 45,2 juta -> 52 juta"): each row a line of labelled figures, as `labelled_table_rows`
    writes a table's ("Peserta aktif: Realisasi 2024 45,2 juta; target 2025 52 juta."), the heading dropped; other lines
    are returned as they are."""
    out = list(lines)
    heading, row = _column_pair_heading(), _arrow_row()
    i = 0
    while i < len(out):
        named = heading.fullmatch(out[i].strip())
        first_row = i + 1
        while named and first_row < len(out) and not out[first_row].strip():
            first_row += 1  # (blank lines may stand between the heading and its rows)
        j = first_row
        while named and j < len(out) and row.fullmatch(out[j].strip()):
            j += 1
        if j > first_row:
            rows = [row.fullmatch(line.strip()) for line in out[first_row:j]]
            first, second = named.group("first").strip(), named.group("second").strip()
            out[i:j] = [""] + [f"{m.group('label').strip()}: {first} {m.group('first').strip()}; "
                               f"{second} {m.group('second').strip()}." for m in rows]
        i = j
    return out


def labelled_table_rows(lines: list[str]) -> list[str]:
    """A table laid out with "|" (or tabs) whose header row names its columns, each row written as
    a line of labelled figures, which is body, not a ticker (other lines are returned as they are):
    - rows of a year and figures under the measures' names ("Tahun | Dana Kelolaan | Hasil Investasi"
      over "2021 | Rp556,12 triliun | Rp35,21 triliun") read "2021; Dana Kelolaan: Rp556,12 triliun; ...";
    - rows of a label and figures under columns named by words or years ("Program | Jumlah Kasus |
      Nominal", "Program | 2017 | 2016", "Indikator | Target 2017 | Realisasi 2017") read "JHT: Jumlah
      Kasus 1,52 juta; Nominal Rp22,41 triliun.", "Jaminan Hari Tua (JHT): pada 2017 sebesar Rp257,31
      triliun; ...": a bare number takes the unit the lines before the table give ("dalam triliun rupiah")."""
    out = _months_of_the_columns_year(_unit_column_into_labels(_without_number_column([_items_parted_by_bars(line)
                                                                                         for line in lines])))
    written: set[int] = set()  # the rows of the tables read so far (their units are theirs)
    i = 0
    while i < len(out):
        header = _year_of_the_label_column(_cells(out[i]))
        heading = _columns_in_brackets(out[i], out[i + 1]) if i + 1 < len(out) and "|" not in out[i] else None
        if heading is not None:
            heading, header = heading
        rows = []
        j = i + 1
        while j < len(out) and (_RULE_LINE.fullmatch(out[j]) or
                                ("|" in out[j] and all(_COLUMN_NUMBER.fullmatch(c) for c in _cells(out[j])))):
            j += 1  # (a rule drawn under the header: "-------"; the columns' numbers: "(1) | (2) | (3)")
        if j < len(out) and _periods_only(header) and len(_cells(out[j])) == len(header) + 1:
            header = [""] + header  # (a header of periods whose rows' labels have a column it leaves unnamed: "2016
            # 2017 2018" over "Pemberi Kerja Aktif 395.108 452.761 563.014")
        subs = _cells(out[j]) if j < len(out) and "|" in out[j] else []
        periods = header[1:]
        lead_unit = None
        if subs and len(subs) % max(len(periods), 1) == 1 and (not subs[0] or _unit_note().fullmatch(subs[0])):
            lead_unit, subs = subs[0], subs[1:]  # (the label column's cell of that row may hold the unit: "(Rp triliun) |
            # DJS | Badan | DJS | Badan")
        if len(subs) == len(periods) and len(periods) >= 2 and _header_of(header) and \
                all(_period_cell().fullmatch(c) or _unit_note().fullmatch(c) or _rate_note().fullmatch(c) for c in subs):
            # a header whose names go on on the next line with their periods or units ("Target RKAT | Realisasi |
            # Capaian" over "2022 | 2022 | (%)")
            header = [header[0]] + [f"{h} {c}" for h, c in zip(periods, subs)]
            j += 1
        elif _periods_only(periods) and len(subs) > len(periods) and len(subs) % len(periods) == 0 and \
                all(c and not _DIGIT.search(c) for c in subs):
            # a header of periods over a row of the columns each spans ("Segmen | 2022 | 2023" over "Target | Realisasi |
            # Target | Realisasi"): each column named by its own name and its period ("Target 2022")
            span = len(subs) // len(periods)
            header = [header[0] or lead_unit or ""] + \
                [f"{subs[p * span + q]} {period}" for p, period in enumerate(periods) for q in range(span)]
            j += 1
            while j < len(out) and _RULE_LINE.fullmatch(out[j]):
                j += 1  # (and a rule drawn under both)
        units = _cells(out[j]) if j < len(out) and len(header) >= 3 else []
        if units and len(units) == len(header) - 1 and all(_unit_note().fullmatch(u) or _rate_note().fullmatch(u)
                                                            for u in units) and any(_unit_note().fullmatch(u) for u in units):
            # the columns' units on a row of their own under their names ("Dana kelolaan | Iuran" over
            # "(Rp triliun) | (Rp T)"): each column's header with its unit
            header = [header[0]] + [f"{h} {u}" for h, u in zip(header[1:], units)]
            j += 1
        under_header = j
        in_rates, rated = False, set()
        while j < len(out):
            if rows and _RULE_LINE.fullmatch(out[j]):
                j += 1  # (a rule drawn above the total's row: "-----" over "NASIONAL ...")
                continue
            if "|" not in out[j] and (section := next((k for k in range(j, min(len(out), j + 3)) if out[k].strip()), None)) \
                    is not None and _capital_heading(out[section].strip()) and section + 1 < len(out) and "|" in out[section + 1]:
                # (a section's heading in capitals between rows, a blank line before it: "MEMBERSHIP" over "Active
                # participants ..."; one noting a rate, "RATIOS (%)", gives its rows no amount's unit)
                in_rates = _rate_note().search(out[section]) is not None
                j = section + 1
                continue
            if rows and _ELIDED_ROWS.fullmatch(out[j].strip()) and j + 1 < len(out) and "|" in out[j + 1]:
                out[j] = ""  # (rows left out of a preview: "... (28 baris lainnya)"; the rows after it go on)
                j += 1
                continue
            if rows and "|" not in out[j] and _BRACKET_ONLY.fullmatch(out[j].strip()) and j == rows[-1][0] + 1:
                # a row's label wrapped below its cells ("Jaminan Kecelakaan Kerja   41,06   8,4" over "  (JKK)")
                last, last_cells = rows[-1]
                rows[-1] = (last, [f"{last_cells[0]} {out[j].strip()}"] + last_cells[1:])
                out[j] = ""
                j += 1
                continue
            cells = _cells(out[j])
            if rows and _periods_only(cells[1:]):
                break  # (a header of periods, another table's: "Ikhtisar Kepesertaan" over "Uraian | 2018 | 2019")
            if "|" not in out[j] and out[j].strip() and not _DIGIT.search(out[j]) and j + 1 < len(out) and \
                    len(wrapped := _cells(out[j + 1])) == len(header) and _row_of(wrapped) and \
                    len(out[j].split()) <= _LABEL_WORDS and not _period_cell().fullmatch(wrapped[0]) and \
                    not (rows and _periods_only(wrapped[1:])):
                # (not a heading over a header of periods: "Financial and Operational Highlights" over "2022 | 2021")
                # a row's label wrapped onto the line before its cells ("Bukan Penerima" over "Upah | 7,50 | 6,26")
                out[j], out[j + 1] = "", " | ".join([f"{out[j].strip()} {out[j + 1].split('|')[0].strip()}"] + wrapped[1:])
                j += 1
                continue
            if len(cells) == len(header) + 1 and _SHARE_CELL.fullmatch(cells[-1]):
                cells = cells[:-1]  # (a column of growth rates its header does not name: "34,17 | 30,46 | 12,2%")
            if len(cells) != len(header) or not _row_of(cells) or \
                    (rows and bool(_period_cell().fullmatch(cells[0])) != bool(_period_cell().fullmatch(rows[0][1][0]))):
                break  # (rows of one kind: all led by a period, or all by a label)
            if in_rates:
                rated.add(j)
            rows.append((j, cells))
            j += 1
        if len(header) >= 2 and rows and (_header_of(header) or heading is not None):
            # (a unit in one column's own name is that column's: "Tahun | PMI terdaftar | Iuran PMI (Rp miliar)")
            named_by_columns = "|" in out[i] and len(header) >= 3 and not _periods_only(header[1:]) and \
                any(_table_unit([h]) is not None for h in header[1:]) and any(_table_unit([h]) is None for h in header[1:])
            unit = _table_unit([out[k] for k in range(max(0, i - 2), i) if k not in written] +
                               [header[0] if named_by_columns else out[i]] +
                               ([lead_unit] if lead_unit else []))
            if unit is None and i > 2 and not written:
                # (or, over the page's first table, the page's title: "Dana Kelolaan BPJS Ketenagakerjaan per Program,
                # 2022-2023 (Rp triliun)")
                unit = _table_unit(out[:min(i - 2, _TITLE_LINES)])
            below = rows[-1][0] + 1
            note = _unit_column_header().match(out[below].strip()) if unit is None and below < len(out) else None
            if note is not None:  # (or the note under it: "Satuan: juta orang. Capaian 2023: 93,4%")
                unit = _table_unit(["(" + out[below].strip()[note.end():].lstrip(": ").split(".")[0] + ")"])
            rows_noted = _rows_unit_note(out[below]) if unit is None and below < len(out) else None
            by_name = _units_by_name(out[max(0, i - 2):i])
            for k in range(i, under_header):
                out[k] = ""  # the header's words now label each figure (and its units and rules are read)
            if heading is not None:
                out[i] = heading
            elif (_capital_heading(header[0]) or _measure_column().match(header[0])) and _periods_only(header[1:]):
                out[i] = header[0]  # (a label column named in capitals or by a measure over columns of years names the
                # rows' section: "ASET | 2018 | 2017" over "JHT | 299.812.430 | 261.508.174", "Iuran | 2016 | 2017")
            parent = None  # the unit of the last row a sub-row ("- Penerima Upah | 29,31") falls under
            noted = _footnoted_units(out[rows[-1][0] + 1:rows[-1][0] + 1 + _FOOTNOTE_REACH])
            header = [_with_noted_unit(h, noted) if k else h for k, h in enumerate(header)]  # ("Nominal*)" over the
            # rows, "*) nominal dalam miliar rupiah" under them)
            dated = _date_under_rows(out, below)
            for j, cells in rows:
                sub = _SUB_ROW.match(cells[0]) is not None
                mark = _LABEL_MARK.search(out[j].split("|")[0].strip())
                own = noted.get(mark.group(0)) if mark and not sub else None  # ("Iuran¹" over "¹ dalam miliar rupiah")
                if own is None and rows_noted is not None and not sub and _named_in(cells[0], rows_noted[0]):
                    own = rows_noted[1]  # ("Klaim/Jaminan dibayar" under "Keterangan: iuran, klaim, ... dalam Rp triliun")
                out[j] = _row_line(header, cells, unit, parent if sub else own, rates=j in rated, by_name=by_name)
                written.add(j)
                if dated and not _period_cell().fullmatch(cells[0]) and not any(_period_cell().fullmatch(h) for h in header):
                    out[j] = f"{out[j].removesuffix('.')} {dated}."  # (a table of no period under a heading or a
                    # header: its rows are of the date the line under it gives, "Data per April 2025")
                if not sub:
                    parent = _table_unit([cells[0]])
            i = rows[-1][0] + 1
        else:
            i += 1
    return out


@cache
def _measure_column() -> re.Pattern:
    """A label column's name opening with a measure ("Iuran", "Pembayaran klaim (Rp triliun)"; not "Program", "Segmen")."""
    return re.compile(rf"(?i:{alternation(lexicon()['numbers']['table_measure_columns'])})(?!\w)")


@cache
def _month_column() -> re.Pattern:
    """A label column named by a word for months with a year ("Month (2025)", "Bulan 2024")."""
    return re.compile(rf"(?P<noun>{alternation(lexicon()['numbers']['table_month_columns'])})\s*\(?\s*(?P<year>(?:19|20)\d\d)\s*\)?")


_BRACKET_ONLY = re.compile(r"\([^()\d\n]{1,15}\)")  # a line of a bracketed abbreviation alone ("(JKK)")
_TITLE_LINES = 4  # the page's opening lines, where its title may name the unit of a table's bare figures
@cache
def _label_with_year() -> re.Pattern:
    """A label column's name and the year, or the part of a year, it names ("Indikator 2018", "Kinerja Semester I 2019")."""
    dates = lexicon()["dates"]
    parts = alternation(list(dates["year_parts"]) + dates["year_part_letters"])
    return re.compile(rf"(?P<name>[^\W\d][^\d|]*?)\s+(?P<year>(?:(?i:{parts}) ?(?:I{{1,3}}|IV|[1-4])\s+)?(?:19|20)\d\d)")


def _year_of_the_label_column(header: list[str]) -> list[str]:
    """A header whose label column names the table's year or a part of it ("Indikator 2018 | Target RKAT | Realisasi |
    Capaian", "Kinerja Semester I 2019 | Realisasi | Target 2019"): each column naming no year of its own named with that
    one ("Target RKAT 2018", "Realisasi Semester I 2019")."""
    m = _label_with_year().fullmatch(header[0]) if len(header) >= 3 else None
    if m is None or not all(header[1:]) or all(_DIGIT.search(h) for h in header[1:]) or \
            any(_DIGIT.search(A_YEAR.sub("", h)) for h in header[1:]):
        return header
    return [m.group("name")] + [h if A_YEAR.search(h) else f"{h} {m.group('year')}" for h in header[1:]]


def _months_of_the_columns_year(lines: list[str]) -> list[str]:
    """Rows led by a month alone under a label column naming the year ("Month (2025) | Active participants" over
    "January | 39.9 million"): each row's month with that year ("January 2025 | 39.9 million")."""
    out = list(lines)
    for i, line in enumerate(out):
        if "|" not in line:
            continue
        first, _, rest = line.partition("|")
        m = _month_column().fullmatch(first.strip())
        if m is not None:
            year = m.group("year")
            out[i] = f"{m.group('noun')} | {rest.strip()}"
        elif _month_column_word().fullmatch(first.strip()) and "|" not in rest and i + 1 < len(out) and \
                _month_name().fullmatch(out[i + 1].partition("|")[0].strip()) and (year := _heading_year(out, i)):
            pass  # (or, over one column of figures, the one year the table's heading names: "Peserta Aktif ... per Bulan,
            # 2021" over "bulan | peserta aktif" over "Januari | 29.981.204")
        else:
            continue
        j = i + 1
        while j < len(out) and "|" in out[j] and _month_name().fullmatch(label := out[j].partition("|")[0].strip()):
            out[j] = f"{label} {year} | {out[j].partition('|')[2].strip()}"
            j += 1
    return out


@cache
def _month_column_word() -> re.Pattern:
    """A label column named by a word for months alone ("bulan", "Month")."""
    return re.compile(rf"(?:{alternation(lexicon()['numbers']['table_month_columns'])})", re.I)


_TABLE_HEADING_REACH = 3  # how many lines over a table's header its heading may stand


def _heading_year(lines: list[str], header: int) -> str | None:
    """The year named by the nearest line over a table's header that names a year, when it names one alone and the
    lines between hold no cells."""
    for k in range(header - 1, max(-1, header - 1 - _TABLE_HEADING_REACH), -1):
        if "|" in lines[k] and k < header - 1:
            return None
        years = set(A_YEAR.findall(lines[k]))
        if years:
            return years.pop() if len(years) == 1 else None
    return None


@cache
def _rows_note() -> re.Pattern:
    lex = lexicon()["numbers"]
    return re.compile(rf"(?:{alternation(lex['table_row_note_leads'])})\s*:\s*(?P<rows>[^:\n]+?)\s+"
                      rf"(?P<unit>(?:{alternation(lex['table_unit_leads'])})\s+[^.;:\n]+?)\s*\.?", re.I)


def _rows_unit_note(line: str) -> tuple[list[str], tuple[str, str]] | None:
    """The rows a note under a table names and the unit it gives them ("Keterangan: iuran, klaim, dana investasi dan
    hasil investasi dalam Rp triliun")."""
    m = _rows_note().fullmatch(line.strip())
    return _names_and_unit(m.group("rows"), m.group("unit")) if m else None


def _names_and_unit(names: str, unit_words: str) -> tuple[list[str], tuple[str, str]] | None:
    """The names a note lists ("iuran, klaim, dana investasi dan hasil investasi") and the unit it gives them."""
    unit = _table_unit(["(" + unit_words + ")"])
    if unit is None:
        return None
    joiners = alternation(lexicon()["numbers"]["table_row_note_joiners"])
    return [n.strip().lower() for n in re.split(rf",|\s(?:{joiners})\s", names) if n.strip()], unit


@cache
def _named_unit_part() -> re.Pattern:
    return re.compile(rf"(?P<names>[^\d()]+?)\s+(?P<unit>(?:{alternation(lexicon()['numbers']['table_unit_leads'])})\s+[^\d()]+)",
                      re.I)


def _units_by_name(lines: list[str], fewest: int = 2) -> list[tuple[list[str], tuple[str, str]]]:
    """The units a note in brackets gives by name, part by part ("(dana dan iuran dalam triliun rupiah, peserta dalam
    juta orang)" -> [(["dana", "iuran"], ("Rp", "triliun")), (["peserta"], ("", "juta"))]); none for a note of fewer
    parts than `fewest` (a table's one unit is read as its unit: "(nilai dalam Rp miliar)" names a column only over a
    preview's)."""
    found = []
    for line in lines:
        for bracket in re.finditer(r"\(([^()]*)\)", line):
            parts = [_named_unit_part().fullmatch(part.strip()) for part in re.split(r"[;,]", bracket.group(1))]
            if len(parts) >= fewest and all(parts):
                found += [named for m in parts if (named := _names_and_unit(m.group("names"), m.group("unit")))]
    return found


def _named_in(label: str, names: list[str]) -> bool:
    """Whether a row's label holds one of the names a note gives ("klaim" in "Klaim/Jaminan dibayar")."""
    words = label.lower()
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) for name in names)


# the columns of the rows below named in a heading's brackets, parted by slashes ("Rincian kinerja per program tahun 2020
# (Iuran / Klaim / Dana Kelolaan):")
_COLUMNS_IN_BRACKETS = re.compile(r"\((?P<names>[^()/\n\d]{1,30}(?:/[^()/\n\d]{1,30}){1,5})\)\s*(?P<colon>:?)\s*$")


def _columns_in_brackets(line: str, below: str) -> tuple[str, list[str]] | None:
    """A heading naming in brackets the columns of the row below it, whose label column it leaves unnamed: the heading
    without them and the table's header ("", "Iuran", "Klaim", "Dana Kelolaan"); or None."""
    m = _COLUMNS_IN_BRACKETS.search(line)
    if m is None:
        return None
    names = [n.strip() for n in m.group("names").split("/")]
    if not all(names) or len(_cells(below)) != len(names) + 1:
        return None
    return line[:m.start()].rstrip() + ":", [""] + names


_FOOTNOTE_REACH = 3  # lines under a table in which the notes of its rows' units stand
# a row's label closed by a footnote's mark ("Iuran¹", "Peserta aktif*", "Dana investasi**")
_LABEL_MARK = re.compile(rf"[{_FOOTNOTE_MARKS}]+(?=\)?\s*$)")
# a note under a table giving the unit of the rows its mark closes ("¹ dalam miliar rupiah", "*) juta orang  **) Rp
# triliun")
_UNIT_FOOTNOTE = re.compile(rf"(?P<mark>[{_FOOTNOTE_MARKS}]+)\)?\s*(?P<note>[^{_FOOTNOTE_MARKS}\n]{{1,40}})")


def _with_noted_unit(name: str, noted: dict[str, tuple[str, str]]) -> str:
    """A column's name with the unit its mark's note gives it written in brackets ("Nominal*)" -> "Nominal (Rp
    miliar)")."""
    mark = _LABEL_MARK.search(name)
    unit = noted.get(mark.group(0)) if mark else None
    return f"{name[:mark.start()].rstrip()} ({' '.join(part for part in unit if part)})" if unit else name


def _footnoted_units(lines: list[str]) -> dict[str, tuple[str, str]]:
    """The units the notes under a table give the rows their marks close: {"¹": ("Rp", "miliar")}."""
    units = {}
    for line in lines:
        for m in _UNIT_FOOTNOTE.finditer(line.strip()):
            unit = _table_unit(["(" + m.group("note").strip() + ")"])
            if unit is not None:
                units.setdefault(m.group("mark"), unit)
    return units


def _items_parted_by_bars(line: str) -> str:
    """A line of labelled amounts parted by bars, no table's row ("JHT Rp21,6 T | JKM Rp1,5 T | JKP Rp0,09 T"): its
    items written as labelled figures ("JHT: Rp21,6 T; JKM: Rp1,5 T; JKP: Rp0,09 T.")."""
    if "|" not in line:
        return line
    cells = _cells(line)
    items = [_label_and_amount().fullmatch(c) for c in cells]
    if len(cells) >= 2 and all(items):
        return "; ".join(f"{m.group('label')}: {m.group('amount')}" for m in items) + "."
    # (or items each a label, a colon and a figure, after a title: "Sekilas angka 2024 | Iuran: Rp 95,8 T | Klaim dibayar:
    # Rp 57,3 T" -> "Sekilas angka 2024. Iuran: Rp 95,8 T; Klaim dibayar: Rp 57,3 T.")
    keyed = [c for c in cells[1:] if _key_and_figure().fullmatch(c)]
    if len(cells) >= 3 and len(keyed) == len(cells) - 1 and (_key_and_figure().fullmatch(cells[0]) or not _DIGIT.search(
            A_YEAR.sub("", cells[0]))):
        title = [] if _key_and_figure().fullmatch(cells[0]) else [cells[0] + "."]
        return " ".join(title + ["; ".join(cells[1:] if title else cells) + "."])
    return line


# a cell that is a short label and an amount with its currency or its scale ("JHT Rp21,6 T", "JKM Rp1,5 triliun", "Jasa
# Konstruksi 8,48 juta")
@cache
def _label_and_amount() -> re.Pattern:
    # (or a count with its scale: "Penerima Upah 19,93 juta | Bukan Penerima Upah 2,05 juta")
    return re.compile(rf"(?P<label>[^\d|:;]{{1,30}}?)\s+(?P<amount>(?:{currency_words()})\s?\d[\d.,]*\s?[A-Za-z]{{0,8}}"
                      rf"|\d[\d.,]*\s?(?:{scale_words()}))")


# a cell that is a label, a colon and a figure ("Iuran: Rp 95,8 T", "Yield: 6,9%"); the label may be a month and its
# year ("Des 2021: 30,7")
@cache
def _key_and_figure() -> re.Pattern:
    return re.compile(rf"[^\d|:;]{{1,30}}(?:\s(?:19|20)\d\d)?:\s*(?:(?:{currency_words()})\s?)?\d[\d.,]*\s?[%A-Za-z]{{0,8}}")
_BRACKETED = re.compile(r"\([^()\n]*\)")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?|[-–—]?")


def _without_number_column(lines: list[str]) -> list[str]:
    """A table whose first column only numbers its rows ("No | Provinsi | Peserta Aktif (orang)" over "1 | DKI Jakarta
    | 8.014.562", "- | Provinsi lainnya | 9.149.729"), or whose last column notes in words ("Indikator | Des 2013 | Sep
    2014 | Keterangan" over "Dana kelolaan (Rp T) | 158,2 | 179,6 | belum diaudit*"): the column goes from the header
    and the rows that have it."""
    out = list(lines)
    numbered = {h.lower() for h in lexicon()["numbers"]["table_number_columns"]}
    noted = {h.lower() for h in lexicon()["numbers"]["table_note_columns"]}
    i = 0
    while i < len(out):
        header = _cells(out[i]) if "|" in out[i] else []
        first = len(header) >= 3 and header[0].lower() in numbered
        last = len(header) >= 3 and header[-1].lower() in noted
        if first or last:
            out[i] = " | ".join(header[1 if first else 0:-1 if last else None])
            j = i + 1
            while j < len(out) and "|" in out[j]:
                cells = _cells(out[j])
                if len(cells) == len(header) and (not first or _ROW_NUMBER.fullmatch(cells[0])):
                    out[j] = " | ".join(cells[1 if first else 0:-1 if last else None])
                j += 1
            i = j
        else:
            i += 1
    return out


def _unit_column_into_labels(lines: list[str]) -> list[str]:
    """A table with a column of units named by its header ("Indikator | Satuan | RKAT | Realisasi" over "Peserta aktif |
    juta orang | 21,9 | 22,6", "Pemberi kerja aktif | perusahaan | 383.213"): each row's unit goes into its label
    ("Peserta aktif (juta orang) | 21,9 | 22,6"), where a row's label gives its figures their unit, and the column goes."""
    out = list(lines)
    for i, line in enumerate(out):
        if "|" not in line:
            continue
        header = _cells(line)
        k = next((k for k, h in enumerate(header) if k and _unit_column_header().fullmatch(h)), None)
        if k is None:
            continue
        j = i + 1
        while j < len(out) and (_RULE_LINE.fullmatch(out[j]) or (
                "|" in out[j] and len(cells := _cells(out[j])) == len(header) and
                (_unit_note().fullmatch(f"({cells[k]})") or _count_noun().fullmatch(cells[k])))):
            if not _RULE_LINE.fullmatch(out[j]):
                out[j] = " | ".join([f"{cells[0]} ({cells[k]})"] + cells[1:k] + cells[k + 1:])
            j += 1
        if j > i + 1:
            out[i] = " | ".join(header[:k] + header[k + 1:])
    return out


_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\s+")


def _count_column(header: str) -> bool:
    """Whether a column's name opens with a noun that counts, never money ("Kasus 2020", "Penerima manfaat"; not
    "Klaim", which names an amount as well)."""
    noun = _count_noun().match(_LEADING_YEAR.sub("", header))  # (after the column's year: "2019 Kasus")
    return noun is not None and noun.group(0).lower() not in _count_or_money_nouns()


@cache
def _count_or_money_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["numbers"]["table_count_or_money_nouns"])


@cache
def _firm_label() -> re.Pattern:
    """A row's label naming a count of firms ("Active employers", "Perusahaan aktif")."""
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['numbers']['table_firm_labels'])})(?!\w)", re.I)


@cache
def _count_noun() -> re.Pattern:
    """A noun a count is of, as a column of units names it ("perusahaan", "orang")."""
    return re.compile(rf"(?:{alternation(lexicon()['numbers']['table_unit_count_nouns'])})", re.I)


@cache
def _count_unit_line() -> re.Pattern:
    """A line naming the count a table's figures are of, with no scale ("Satuan: orang", "Unit: perusahaan")."""
    return re.compile(rf"\(?{_unit_column_header().pattern}\s*:\s*{_count_noun().pattern}\)?", re.I)


# a line stamping the day a table was made or updated: a short label, a colon and a date ("Diperbarui: 12 Juli 2019")
_STAMP_LINE = re.compile(r"[^\W\d][^\d:\n]{0,30}:\s*(?:\d{1,2}[ /.-])?(?:[^\W\d]+\.?[ /.-]|\d{1,2}[/.-])?(?:19|20)\d\d")


@cache
def _unit_column_header() -> re.Pattern:
    """A table's header cell naming a column of units ("Satuan", "Unit")."""
    words = [w.rstrip(":") for w in lexicon()["numbers"]["table_unit_leads"] if w.endswith(":")]
    return re.compile(rf"(?:{alternation(words)})", re.I)


# a label (words, a year, or a month and its year) and a bare figure on one line: "2011: 121,2", "JHT 425,1", "Jaminan
# Hari Tua: 43.218,6" (thousands set apart by dots)
# (or a bar between them, a table of two columns with no header row: "2018 | 365,5")
_LABELLED_BARE = re.compile(r"(?P<label>(?:19|20)\d\d|[^\d:|]{1,40}?(?:\s(?:19|20)\d\d)?)\s*[:|]?\s+"
                            r"(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|(?!(?:19|20)\d\d(?![.,\d]))\d{1,4}(?:[.,]\d{1,3})?)")  # (not a year: "TARGET 2021")


@cache
def _item_glue() -> re.Pattern:
    """What parts two labelled figures on one line ("JKM 18,0 dan JKP 16,2", "2017: 322,4 | 2018: 363,7")."""
    return re.compile(rf"\s*(?:;|\||,(?=\s)|\s(?:{alternation(lexicon()['boilerplate']['labelled_figure_glue'])})\s)\s*")


@cache
def _month_of_a_short_year() -> re.Pattern:
    """A month and a year of two digits opening a label ("Feb-21", "Mar'21", "Des/22")."""
    months = "|".join(month_words(SHORT_MONTH_LETTERS))
    return re.compile(rf"^(?P<month>{months})[-/'’](?P<year>\d\d)(?=\s)", re.I)


def _with_full_year(m: re.Match) -> str:
    return f"{m.group('month')} 20{m.group('year')}"


# a key with its unit in brackets, a colon and a bare figure ("Pembayaran manfaat (Rp T): 36,4 (2,54 juta kasus)")
_KEY_WITH_UNIT = re.compile(r"(?P<key>[^\d:\n()][^:\n()]{0,49}\([^()\n]{1,25}\))\s*:\s*(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,4}(?:[.,]\d{1,3})?)(?P<rest>(?:\s+\([^()\n]*\))?)")


@cache
def _bracketed_year_note() -> re.Pattern:
    return with_lead(re.compile("|".join(f"(?:{note})".replace("(?P<year>", f"(?P<year{i}>")
                                         for i, note in enumerate(lexicon()["numbers"]["bracketed_year_notes"])), re.I))


# a labelled figure followed by the same figure of another year in brackets ("Nominal: Rp1,57 triliun (Rp1,22 triliun)")
_FIGURE_AND_BRACKETED = re.compile(r"(?P<label>[^\d:\n]{1,60}):\s*(?P<now>[^()\d\n]*\d[^()\n]*?)\s*\((?P<then>[^()\d\n]*\d[^()\n]*)\)\s*")


def bracketed_year_figures(lines: list[str]) -> list[str]:
    """Under a heading noting that the figures in brackets are another year's ("RINCIAN PEMBAYARAN JAMINAN 2019 (angka
    2018 dalam kurung)"), each labelled figure with its bracketed twin ("Nominal: Rp1,57 triliun (Rp1,22 triliun)") is
    written as two cells of its row, each under its year ("Nominal: pada 2019 sebesar Rp1,57 triliun; pada 2018 sebesar
    Rp1,22 triliun."); the lines go on to the first sentence."""
    out = list(lines)
    cell = lexicon()["numbers"]["table_period_cell"]
    for i, line in enumerate(lines):
        note = _bracketed_year_note().search(line)
        if note is None:
            continue
        then = next(v for k, v in note.groupdict().items() if v)
        own = [y.group(0) for y in A_YEAR.finditer(line[:note.start()]) if y.group(0) != then]
        now = own[-1] if own else str(int(then) + 1)
        for j in range(i + 1, len(lines)):
            m = _FIGURE_AND_BRACKETED.fullmatch(lines[j].strip())
            if m is not None:
                out[j] = (f"{m.group('label').strip()}: {cell.format(period=now)} {m.group('now')}; "
                          f"{cell.format(period=then)} {m.group('then')}.")
            elif _SENTENCE_END.search(lines[j].strip()) and len(lines[j].split()) >= _BODY_MIN_WORDS:
                break
    return out


# a heading's unit note with what its figures cover after it ("Jumlah peserta aktif (juta orang), 2019-2023", "...
# (juta orang), nasional")
_QUALIFIED_AFTER_UNIT = re.compile(r"\)\s*,\s*[^,()\n]{1,20}$")


def labelled_figure_lines(lines: list[str]) -> list[str]:
    """A list laid out as a label on one line and its bare figure on the next, under a note of their
    unit ("... sebagai berikut (dalam triliun rupiah):" over "Jaminan Hari Tua (JHT)" / "354,08"), or a label and
    its bare figure on one line ("2011: 121,2", "2018 | 365,5"): each pair written as one labelled line
    ("Jaminan Hari Tua (JHT): Rp354,08 triliun.")."""
    out = list(lines)
    unit, i = None, 0
    while i < len(out):
        line = out[i]
        own = _KEY_WITH_UNIT.fullmatch(line.strip())
        own_unit = _table_unit([own.group("key")]) if own else None
        if own_unit is not None:
            # "Dana kelolaan (Rp T): 486,4", "Peserta aktif (juta): 30,02": a key naming its own figure's unit
            out[i] = f"{own.group('key')}: {own_unit[0]}{own.group('n')} {own_unit[1]}{own.group('rest')}".rstrip(". ") + "."
            i += 1
            continue
        if _unit_note().search(line) and (line.rstrip().endswith((":", ")", ").")) or _unit_note().fullmatch(line.strip())
                                          or _QUALIFIED_AFTER_UNIT.search(line)):
            unit = _table_unit([line])  # (or a line that is the note alone: "Satuan: juta orang")
        elif _rate_note().search(line):
            unit = None  # (a heading noting a rate ends the amounts' unit: "Imbal hasil investasi (persen)")
        elif unit and i + 1 < len(out) and line and (not _DIGIT.search(line) or _period_cell().fullmatch(line.strip())) \
                and len(line.split()) <= _LABEL_WORDS and _BARE_NUMBER.fullmatch(out[i + 1]):
            # (a period for a label too: "2019" over "34,17")
            out[i], out[i + 1] = f"{line}: {unit[0]}{out[i + 1]} {unit[1]}.", ""
            i += 2
            continue
        elif unit and (item := _LABELLED_BARE.fullmatch(_month_of_a_short_year().sub(_with_full_year, line.strip()))) is not None:
            # "2011: 121,2", "Januari 2020: 33,9", "JHT 425,1" under "(triliun rupiah)": the label and its figure on one line
            firms = not unit[0] and _firm_label().search(item.group("label")) is not None  # (firms take no persons' scale)
            counted = _count_note().search(item.group("label")) is not None  # (nor a count its label notes, under money:
            # "Peserta aktif (orang) ..... 12.330.000" under "(dalam Rp miliar, kecuali dinyatakan lain)")
            out[i] = f"{item.group('label').strip()}: {item.group('n')}." if firms or counted else \
                f"{item.group('label').strip()}: {unit[0]}{item.group('n')} {unit[1]}."
        elif unit and len(items := _item_glue().split(line.strip().removesuffix("."))) > 1 and \
                all((item := _LABELLED_BARE.fullmatch(part)) is not None and item.group("label").strip() for part in items):
            # "JKM 18,0 dan JKP 16,2": two labelled figures on one line
            out[i] = "; ".join(f"{m.group('label').strip()}: {unit[0]}{m.group('n')} {unit[1]}"
                               for m in (_LABELLED_BARE.fullmatch(part) for part in items)) + "."
        elif (listed := _items_under_a_unit(line)) is not None:
            out[i] = listed  # "... per April 2025 (juta orang): total 47,1; penerima upah 27,9; ...": a sentence's items
        elif line:
            unit = None if _DIGIT.search(line) or line.endswith(".") else unit
        i += 1
    return out


# a sentence's unit in brackets right before its colon, then its items, each a label and a bare figure, up to the end of
# the sentence ("Jumlah peserta aktif ... per April 2025 (juta orang): total 47,1; penerima upah 27,9; ... 7,8.")
_UNIT_THEN_ITEMS = re.compile(r"(?P<lead>[^\n]*?\((?P<unit>[^()\n]{1,30})\))\s*:\s*(?P<items>(?:[^.\n]|\.(?=\d))+)"
                              r"(?P<rest>\.(?:\s[^\n]*)?)?")


def _items_under_a_unit(line: str) -> str | None:
    """The line with each item of a sentence's list under a unit in brackets written with that unit, or None."""
    m = _UNIT_THEN_ITEMS.fullmatch(line.strip()) if "):" in line or ") :" in line else None
    unit = _table_unit([f"({m.group('unit')})"]) if m else None
    if unit is None:
        return None
    parts = _item_glue().split(m.group("items").strip())
    items = [_LABELLED_BARE.fullmatch(part) for part in parts]
    if len(items) < 2 or not all(item is not None and item.group("label").strip() for item in items):
        return None
    listed = "; ".join(f"{item.group('label').strip()}: {unit[0]}{item.group('n')} {unit[1]}" for item in items)
    return f"{m.group('lead')}: {listed}{m.group('rest') or '.'}"


@cache
def _amount_line() -> re.Pattern:
    """A line that is one figure with its currency or scale and nothing else ("Rp 409,4 triliun", "35,1 juta")."""
    return re.compile(rf"(?:±\s?)?(?:(?i:{currency_words()})\s*)?\d[\d.,]*\s*(?:{scale_words()})")


# a tile's rate under its amount ("YOI 7,32%", "yield 6,8%"): no label of its own
_RATE_LINE = re.compile(r"[^\W\d][^\d\n]{0,20}?\s*\d[\d.,]*\s?%")
# a pair of a label line and its amount line, at least this many in a row, is a list (one alone may be a
# headline over a figure of a chart)
_LABEL_PAIRS = 2


@cache
def _amount_with_a_note() -> re.Pattern:
    """An amount line with a note in brackets after it ("Rp 10,52 triliun (1,02 juta kasus)")."""
    return re.compile(rf"(?:{_amount_line().pattern})\s*\([^()\n]{{1,40}}\)")


_BAR_GAP = re.compile(r"\s*\|\s*")
# an item of a tile's breakdown under its amount ("  - Penerima Upah (PU): 21,50 juta")
_ITEM = r"[^\d:\n]{1,60}:\s*[^\n]*\d[^\n]*"  # a label, a colon and a line holding a figure
_SUB_ITEM = re.compile(r"[-–•·]\s+" + _ITEM)
# a line introducing such items: words with no figure, closed by ":"
_BREAKDOWN_INTRODUCTION = re.compile(r"[^\d:\n]{1,60}:")
_INTRODUCED_ITEM = re.compile(r"(?:[-–•·]\s+)?" + _ITEM)


@cache
def _total_lead() -> re.Pattern:
    """A total's word before a tile's amount ("Total Rp 20,60 triliun", `tile_amount_leads`)."""
    return re.compile(rf"^(?:{alternation(lexicon()['numbers']['tile_amount_leads'])})\s+(?=(?:{currency_words()})|\d)", re.I)


def _without_total_lead(line: str) -> str:
    return _total_lead().sub("", line)


def _tile_amount(line: str) -> bool:
    """Whether a line under a tile's label is its amount: one figure with its currency or scale, a count with its
    thousands set apart and its noun ("587.842 perusahaan"), a note in brackets after it ("Rp 10,52 triliun (1,02 juta
    kasus)"), or other labelled figures after bars ("Rp53,7 T | YoI 6,9%", "Rp 365,50 triliun | Hasil investasi Rp 29,20
    triliun | Yield 8,2%")."""
    amount = _amount_line()
    return amount.fullmatch(line) is not None or _THOUSANDS.fullmatch(line) is not None or \
        _amount_with_its_noun().fullmatch(line) is not None or \
        _amount_with_a_note().fullmatch(line) is not None or \
        ("|" in line and amount.fullmatch(line.split("|")[0].strip()) is not None and
         all(_DIGIT.search(part) and len(part.split()) <= _LABEL_WORDS for part in line.split("|")[1:]))


_DOT_GAP = re.compile(r"\s+[·•]\s+")


def _parts_under_amounts(lines: list[str]) -> list[str]:
    """A tile's parts on one line under its amount, each a label and its amount (`_label_and_amount`), parted by dots
    ("29,6 juta" over "PU 19,3 juta · BPU 2,4 juta · Jakon 7,6 juta"): each part a sub-item of its own ("- PU: 19,3
    juta")."""
    out: list[str] = []
    for i, line in enumerate(lines):
        cells = _DOT_GAP.split(line.strip()) if i and _tile_amount(lines[i - 1].strip()) else []
        parts = [_label_and_amount().fullmatch(cell) for cell in cells]
        if len(parts) < 2 or not all(parts):
            out.append(line)
            continue
        out.extend(f"- {m.group('label').strip()}: {m.group('amount')}" for m in parts)
    return out


def labels_over_amounts(lines: list[str]) -> list[str]:
    """A list laid out as a label on one line and its amount, with its currency or scale, on the next
    ("Jaminan Hari Tua (JHT)" over "Rp 409,4 triliun"), two pairs or more in a row: each pair written as one
    labelled line ("Jaminan Hari Tua (JHT): Rp 409,4 triliun.")."""

    def pair_at(i: int) -> bool:  # (a label may name its period: "PESERTA AKTIF (Des 2024)", "IURAN DITERIMA 2024")
        return i + 1 < len(lines) and bool(lines[i]) and not _DIGIT.search(A_YEAR.sub("", _without_dated_brackets(lines[i]))) and \
            len(lines[i].split()) <= _LABEL_WORDS and not is_furniture(lines[i]) and not _SUB_ITEM.fullmatch(lines[i].strip()) and \
            _tile_amount(_without_total_lead(lines[i + 1].strip()))

    def sub_items_from(k: int) -> int:  # (the items of a tile's breakdown under its amount: "- Penerima Upah (PU): 21,50 juta",
        # perhaps under a line introducing them: "Peserta aktif menurut segmen:")
        item = _SUB_ITEM
        if k + 1 < len(lines) and _BREAKDOWN_INTRODUCTION.fullmatch(lines[k].strip()) and \
                _INTRODUCED_ITEM.fullmatch(lines[k + 1].strip()):
            item, k = _INTRODUCED_ITEM, k + 1  # (whose items have lost their marks by now: "Penerima upah (PU): 19,92 juta.")
        while k < len(lines) and item.fullmatch(lines[k].strip()):
            k += 1
        return k

    lines = _parts_under_amounts(lines)
    out = list(lines)
    i = 0
    while i < len(lines):
        run, pairs, notes = i, [], {}
        while pair_at(run):
            pairs.append(run)
            pair = run
            run += 2
            # (a tile's note of the cases under its amount, and blank lines, may part the pairs: "Jaminan Hari Tua
            # (JHT)" / "Rp37,12 Triliun" / "2,8 Juta Kasus" / "" / "Jaminan Kecelakaan Kerja (JKK)" / ...; so may a
            # slide's number, "Slide 3", and a note in lower case going on from the amount, "kepada 1,7 juta peserta")
            while run < len(lines) and (not lines[run].strip() or _case_note().fullmatch(lines[run].strip()) or
                                        _slide_number().fullmatch(lines[run].strip()) or _amount_note(lines[run]) or
                                        _RATE_LINE.fullmatch(lines[run].strip())):
                if _amount_note(lines[run]):
                    notes.setdefault(pair, []).append(run)
                run += 1
            items_end = sub_items_from(run)  # (kept as they are, each a labelled line of its own)
            while run < items_end < len(lines) and not lines[items_end].strip():
                items_end += 1  # (and the blank lines after them)
            run = items_end
        if len(pairs) >= _LABEL_PAIRS:
            for j in pairs:
                # (a note labelling a figure of its own is that figure's sentence about the same label: "PESERTA AKTIF" /
                # "26,3 juta" / "target 2017: 27,4 juta")
                own = [lines[k].strip() for k in notes.get(j, []) if ":" in lines[k]]
                # (the labelled figures after bars, each a clause: "Rp 365,50 triliun; Hasil investasi Rp 29,20 triliun")
                said = " ".join([_BAR_GAP.sub("; ", lines[j + 1].strip())] +
                                [lines[k].strip() for k in notes.get(j, []) if ":" not in lines[k]])
                out[j], out[j + 1] = " ".join([f"{lines[j]}: {said}."] + [f"{lines[j]} {note}." for note in own]), ""
                for k in notes.get(j, []):
                    out[k] = ""
            i = run
        else:
            i += 1
    return out


@cache
def _label_then_amount() -> re.Pattern:
    """A line of a label in words and then its amount with its scale ("Penerima Upah (PU) 25,96 Juta")."""
    return re.compile(rf"(?P<label>[^\W\d][^\d:|.!?\n]{{0,58}}?)\s+(?P<amount>{_amount_line().pattern})")


@cache
def _title_verb() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['boilerplate']['title_verbs'])})(?!\w)", re.I)


def _labelled_amount(line: str) -> re.Match | None:
    """A line of a short label (no headline's verb) and then its amount with its scale, or None."""
    if len(line) > _LABELLED_AMOUNT_CHARS or not _DIGIT.search(line):
        return None
    m = _label_then_amount().fullmatch(line.strip())
    return m if m and len(m.group("label").split()) <= _LABEL_WORDS and not _title_verb().search(m.group("label")) \
        else None


def labels_before_amounts(lines: list[str]) -> list[str]:
    """Lines of a label and then its amount with its scale, two or more in a row ("Komposisi Peserta Aktif" over
    "Penerima Upah (PU) 25,96 Juta" / "Bukan Penerima Upah (BPU) 9,28 Juta"): each a labelled line
    ("Penerima Upah (PU): 25,96 Juta.")."""
    out = list(lines)
    labelled = [_labelled_amount(line) for line in lines]
    # (lines already labelled by a colon may stand among them, their leaders turned into one: "TOTAL Rp553,5 T" /
    # "Jaminan Hari Tua: Rp372,5 T" / "Jaminan Kecelakaan Kerja Rp40,6 T")
    colon = [labelled[k] is None and _labelled_line().fullmatch(line.strip()) is not None for k, line in enumerate(lines)]
    i = 0
    while i < len(lines):
        run = i
        while run < len(lines) and (labelled[run] is not None or colon[run]):
            run += 1
        above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        # (the run may open with lines labelled by a colon: "Jaminan Kematian: Rp 14,1 triliun" over "Jaminan
        # Kehilangan Pekerjaan Rp 9,2 triliun", the label too long for the gap its column left)
        if run - i >= _LABEL_PAIRS and any(labelled[k] is not None for k in range(i, run)) and \
                not _is_link_list_header(above):
            # (not related articles' titles under "Berita Terkait": "Klaim JHT Nasional Tembus Rp12 Triliun")
            for j in range(i, run):
                if labelled[j] is not None:
                    out[j] = f"{labelled[j].group('label')}: {labelled[j].group('amount')}."
            i = run
        else:
            i += 1
    return out


@cache
def _amount_with_its_noun() -> re.Pattern:
    """An amount with its scale, or a count with its thousands set apart, and the one noun it counts ("33,12 juta
    pekerja", "587.842 perusahaan")."""
    return re.compile(rf"(?:{_amount_line().pattern}|{_THOUSANDS.pattern})\s+[^\W\d]+")


@cache
def _slide_number() -> re.Pattern:
    """A slide's or a photo's number on a line of its own ("Slide 3")."""
    return re.compile(rf"(?:{alternation(lexicon()['boilerplate']['counter_words'])})\s+\d{{1,2}}", re.I)


def _amount_note(line: str) -> bool:
    """A short note in lower case under an amount, going on from it ("naik 14,6% dibandingkan Juni 2021", "kepada 1,7
    juta peserta"), or labelling a figure of its own ("target 2017: 27,4 juta", "2023: Rp712,1 T")."""
    s = line.strip()
    return bool(s) and (s[0].islower() or _CHANGE_NOTE.fullmatch(s) is not None or _YEAR_NOTE.fullmatch(s) is not None) \
        and s.count(":") <= 1 and \
        len(s.split()) <= _LABEL_WORDS and not _BODY_END.search(s)


_YEAR_NOTE = re.compile(r"(?:19|20)\d\d\s*:\s*[^\n:]{0,6}\d[^\n:]{0,20}")  # a tile's note of another year ("2023: Rp712,1 T")
_CHANGE_NOTE = re.compile(r"[▲▼↑↓+−-]\s*\d[\d.,]*\s?%.{0,20}")  # a tile's note of its change ("▲ 8,9% yoy")


@cache
def _amount_and_its_label() -> re.Pattern:
    """An infographic's amount and its label as `amounts_over_labels` writes them ("30,66 Juta Pekerja Aktif
    Terlindungi.")."""
    return re.compile(rf"(?:{_amount_line().pattern})\s+[^\d\n.]{{1,60}}\.")


@cache
def _case_note() -> re.Pattern:
    """A line counting cases or claims under an amount ("2,8 Juta Kasus", "234.912 Kasus")."""
    nouns = alternation(lexicon()["numbers"]["table_count_or_money_nouns"] + lexicon()["numbers"]["case_nouns"])
    return re.compile(rf"\d[\d.,]*(?:\s*(?:{scale_words()}))?\s+(?:{nouns})", re.I)


_CAPITAL_LABEL_WORDS = 6  # a label in capitals under an infographic's amount has at most these words ("Dana kelolaan")


@cache
def _labelled_own_figure() -> re.Pattern:
    """A colon and a figure after it, its currency perhaps before it (": 27,4 juta", ": Rp712,1 T")."""
    return re.compile(rf":\s*(?:(?i:{currency_words()})\.?\s*)?\d")


def _label_under_an_amount(line: str) -> bool:
    """The words naming an infographic's amount on the line under it: in lower case ("peserta aktif"), or a short label
    with no figure of its own but in brackets ("Manfaat dibayarkan (Jan-Mei 2025)"), no furniture."""
    s = line.strip()
    if s[:1].islower():  # (not a note labelling a figure of its own: "target 2017: 27,4 juta"; one in brackets after
        # the words is theirs: "tenaga kerja aktif (target 2014: 16,1 juta)"; nor a note of its change: "naik 27,4% dari
        # 2015")
        return _labelled_own_figure().search(_BRACKETED_FIGURE_NOTE.sub("", s)) is None and \
            _change_note().match(s) is None
    return bool(s) and s[:1].isupper() and len(s.split()) <= _CAPITAL_LABEL_WORDS and \
        not _DIGIT.search(_BRACKETED.sub("", s)) and not s.endswith((".", ":")) and not is_furniture(s)


@cache
def _change_note() -> re.Pattern:
    """A change and its rate opening a line ("naik 27,4% dari 2015")."""
    return re.compile("|".join(lexicon()["boilerplate"]["change_notes"]), re.I)


# a note in brackets with a figure, under an infographic's amount and its label ("(target: 35,64 juta)")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_BRACKETED_FIGURE_NOTE = re.compile(r"\([^()\n]{0,40}\d[^()\n]{0,40}\)")


def _labels_over_their_amounts(lines: list[str], i: int) -> bool:
    """Whether the amount at `i` is the second line of a list of labels each over its amount: a label in capitals
    naming no period right above it ("PESERTA AKTIF" over "35,86 juta"), and under it a capitalised label over another
    amount ("Penerima Upah" over "20,62 juta"), not an amount over its label."""
    above, below = lines[i - 1].strip() if i else "", lines[i + 1].strip() if i + 1 < len(lines) else ""
    after = lines[i + 2].strip() if i + 2 < len(lines) else ""
    return bool(above) and _capital_heading(above) and not _DIGIT.search(above) and below[:1].isupper() and \
        _tile_amount(_without_total_lead(after))


@cache
def _scale_word_line() -> re.Pattern:
    """A line that is a scale word alone ("juta")."""
    return re.compile(rf"^[ \t]*(?:{scale_words()})[ \t]*$", re.M)


def amounts_parted_from_their_scales(lines: list[str]) -> list[str]:
    """An infographic's number on one line and its scale word alone on the next ("41,48" over "juta"): one amount line
    ("41,48 juta"), read then as any amount over its label."""
    scale = _scale_word_line()
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and scale.fullmatch(lines[i + 1]) and _BARE_NUMBER.fullmatch(lines[i].strip()):
            out.append(f"{lines[i].strip()} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def amounts_over_labels(lines: list[str]) -> list[str]:
    """An infographic's amount alone on a line, in capitals or not, over the words in lower case that name it ("42,3
    JUTA" over "pekerja tercatat sebagai peserta aktif per Desember 2024", "Rp52,9 TRILIUN" over "hasil investasi"): the
    two read as one sentence, the amount first ("Rp52,9 TRILIUN hasil investasi."). Not an amount under a label of its
    own (a label over an amount, `labels_over_amounts`) nor one inside a wrapped sentence ("... mencapai" over "Rp 50
    triliun" over "pada 2023.")."""
    amount = _amount_line()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        before = next((o for o in reversed(out) if o.strip()), "")
        tile = i > 0 and not lines[i - 1].strip()  # (a tile of its own, after a blank line)
        if len(line) <= _AMOUNT_LINE_CHARS and (amount.fullmatch(line) or _THOUSANDS.fullmatch(line)) and \
                i + 1 < len(lines) and \
                _label_under_an_amount(lines[i + 1]) and (not before or before.rstrip().endswith((".", ":", "!", "?"))
                                                          or _capital_heading(before.strip()) or tile) and \
                not _labels_over_their_amounts(lines, i):
            # (or under a heading in capitals, "CAPAIAN 2019", or after a blank line: a tile of its own; a count may
            # stand bare, "685.742" over "Pemberi Kerja Aktif")
            label = lines[i + 1].strip()
            note = lines[i + 2].strip() if i + 2 < len(lines) else ""
            if _BRACKETED_FIGURE_NOTE.fullmatch(note):  # "34,17 juta" / "peserta aktif" / "(target: 35,64 juta)"
                out += [f"{line} {label} {note}.", "", ""]
                i += 3
                continue
            out += [f"{line} {label}" + ("" if label.endswith((".", ":")) else "."), ""]
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


# an item of a list set out under a line ending in ":" ("Rinciannya sebagai berikut:" over "• Jaminan Hari
# Tua: Rp 43,31 triliun"): its mark and the item
# (or a lower-case letter: "a. Jaminan Hari Tua (JHT): Rp10,42 triliun")
_LIST_ITEM = re.compile(r"^(?:[•·▪●◦*\-–—]|\d{1,2}[.)]|[a-h][.)])\s+(?=\S)")
_EMPTY_ITEM = re.compile(rf"(?:(?:[•·▪●◦*\-–—]|\d{{1,2}}[.)]|[a-h][.)])\s+)?[^:\n]{{1,60}}:\s*(?i:n\.a\.?|n/a|[-–—])[{_FOOTNOTE_MARKS}]*")
_LIST_MARK = re.compile(r"[•·▪●◦*\-–—]|\d{1,2}[.)]|[a-h][.)]")
# ... and a marked item that is a label and its figure ("• Peserta aktif: 45,31 juta", "• JHT: Rp47,3 triliun / 3,31 juta
# kasus"), under whatever line: a results page's data, no link (a related article's title has no label before a figure)
# (a dash item under it stays as it is: "  – Penerima Upah: 29,42 juta" is a part of the line above)
# (a label in words, or a programme's short name; not a form's field in capitals: "• DATA TIDAK VALID : 2.4 Juta")
@cache
def _labelled_item() -> re.Pattern:
    return re.compile(rf"^[{_BULLET_MARKS}]\s+(?=[^:\n]{{1,60}}:)(?:[^:\n]*[a-z][^:\n]*|[A-Z]{{2,5}}):\s*"
                      rf"(?:(?i:{currency_words()})\.?\s?)?\d")


_BULLET_MARKS = "•·▪●◦"
_BULLET = re.compile(rf"^[{_BULLET_MARKS}]\s*(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"”]?$")
_SENTENCE_LOWER_WORDS = 2  # words in lower case before a bulleted sentence's first figure


def bulleted_sentences(lines: list[str]) -> list[str]:
    """A bulleted item that is a whole sentence with a figure ("• BPJS Ketenagakerjaan: Dana kelolaan hingga
    September tembus Rp 778,3 triliun, naik dari ..."), as a page of news in brief sets its items out: body, without
    its mark, however short ("• Management guides AUM of IDR 625tn for FY22."; a bulleted related link is a title: no
    full stop, its words capitalised)."""
    out = list(lines)
    for i, line in enumerate(lines):
        mark = _BULLET.match(line)
        if mark is None:
            continue
        rest = line[mark.end():].rstrip()
        digit = _DIGIT.search(rest)
        if len(rest.split()) >= _SHORT_PARAGRAPH_WORDS and digit and _SENTENCE_END.search(rest) and \
                sum(w[0].islower() for w in rest[:digit.start()].split()) >= _SENTENCE_LOWER_WORDS:
            out[i] = rest  # (a sentence's words before its figure, not a label's: "DATA REKENING DITERIMA : 14.8 Juta")
            continue
        amount = _amount_line().match(rest)
        if amount is not None and len(rest.split()) >= _SHORT_PARAGRAPH_WORDS and ":" not in rest and \
                sum(w[0].islower() for w in rest[amount.end():].split()) >= _SENTENCE_LOWER_WORDS:
            # (a slide's item opening with its amount, then what was done with it, no full stop: "• Rp 16,9 T
            # dibayarkan kepada 1,98 juta peserta")
            out[i] = _as_sentence(rest)
        elif _labelled_amount(rest) is not None and not looks_like_headline(rest):
            out[i] = _as_sentence(rest)  # (a slide's item of a label in sentence case and its amount, no colon: "•
            # Target peserta aktif 44 juta"; a related link's title is capitalised: "• Dana Kelolaan Tembus Rp 800 T")
    return out


def _as_sentence(text: str) -> str:
    """The text closed by a full stop unless a sentence's end closes it already."""
    return text if _SENTENCE_END.search(text) else text + "."


def ticker_items(lines: list[str]) -> list[str]:
    """A run of two or more marked items, each a subject, a colon and what is said of it with a figure, as a ticker of
    news in brief sets them out ("- BPJS Ketenagakerjaan: peserta aktif 41,2 juta per Maret 2024"): body sentences,
    without their marks."""
    out = list(lines)
    said = {i for i, line in enumerate(lines) if _said_of_a_subject(line)}
    for i in said:
        if i - 1 in said or i + 1 in said:
            rest = lines[i][_ITEM_MARK.match(lines[i]).end():].rstrip()
            out[i] = _as_sentence(rest)
    return out


_ITEM_MARK = re.compile(rf"^(?:[{_BULLET_MARKS}]|[-–](?=\s))\s*(?=\S)")  # a bullet, or a dash and a space


def _said_of_a_subject(line: str) -> bool:
    """A marked item that is a subject, a colon, then words in lower case and a figure ("- BPJS Ketenagakerjaan: aset DJS
    Rp 752,4 T per Maret 2024")."""
    mark = _ITEM_MARK.match(line)
    if mark is None or ":" not in line:
        return False
    subject, _, said = line[mark.end():].partition(":")
    digit = _DIGIT.search(said)
    return bool(subject.strip()) and not _DIGIT.search(subject) and digit is not None and \
        any(w[0].islower() for w in said[:digit.start()].split())


def introduced_list_items(lines: list[str]) -> list[str]:
    """The items of a list a sentence introduces with a colon, each with a figure, written as
    sentences of their own without the list mark ("• Jaminan Hari Tua: Rp 43,31 triliun" ->
    "Jaminan Hari Tua: Rp 43,31 triliun."): body, not the bulleted links of a page's furniture,
    which no sentence introduces ("Baca juga:" is furniture). A blank line may stand between the items."""
    out = list(lines)
    introduced = marked = False
    for i, line in enumerate(out):
        s = line.strip()
        if not s:
            continue
        if introduced and _LIST_MARK.fullmatch(s):
            out[i], marked = "", True  # a mark on a line of its own ("1." over "JHT: IDR 491,64 Triliun")
            continue
        if introduced and _EMPTY_ITEM.fullmatch(s):
            out[i] = ""  # an item with no figure ("d. Jaminan Pensiun (JP): n.a.¹"): nothing said, no heading
            continue
        labelled = _labelled_item().match(s)
        item = _LIST_ITEM.match(s) if introduced or labelled else None
        heading = item is not None and len(s[item.end():].split()) <= _SUB_LIST_HEADING_WORDS and \
            not _DIGIT.search(A_YEAR.sub("", s[item.end():]))  # (a year is no figure: "3. Target 2020")
        if (item or marked) and _DIGIT.search(s, item.end() if item else 0) and not (introduced and heading):
            rest = s[item.end() if item else 0:].rstrip()
            out[i] = rest if _FULL_STOP_END.search(rest) else rest.rstrip(";,") + "."

            marked = False
            continue
        if introduced and heading:
            out[i] = s[item.end():].strip()  # an item heading items of its own ("1. Kepesertaan" over "a. Tenaga kerja
            continue  # aktif: 19,24 juta orang"): a heading, and the list goes on under it
        if introduced and item is None and len(s.split()) <= _LABEL_WORDS and not _DIGIT.search(A_YEAR.sub("", s)) and \
                not s.endswith((".", ":", "?", "!")) and not is_furniture(s) and not _is_link_list_header(s):
            continue  # a heading line of the items under it ("Jumlah peserta per program ...:" over "JHT" over "• 17,9 juta
            # peserta"): the list goes on under it
        marked = False
        # (not "Baca juga:" over related articles' titles, nor any other line of furniture)
        introduced = s.endswith(":") and len(s.split()) >= 2 and not is_furniture(s) and \
            s.rstrip(":").strip().lower() not in _link_list_headers()  # ("Infografik terkait:" heads links)
    return out


_LABEL_WORDS = 8  # a label line: "Jaminan Kecelakaan Kerja (JKK)"
_SUB_LIST_HEADING_WORDS = 4  # an item with no figure heading a list's sub-items ("1. Kepesertaan")


def _row_of(cells: list[str]) -> bool:
    """A table row: a period ("2021", "Februari 2025") or a label, then figures (or empty cells), at least one."""
    first = cells[0]
    if not first or (_DIGIT.search(_BRACKETED.sub("", first)) and not _period_cell().fullmatch(first)):
        return False  # (a figure in the label's brackets is no cell: "Provinsi lainnya (28 provinsi)")
    figures = [c for c in cells[1:] if c not in _EMPTY_CELL]
    return bool(figures) and all(_DIGIT.search(c) for c in figures)


def _header_of(header: list[str]) -> bool:
    """A header row: words naming the rows (or nothing, over columns of periods), then columns named by words or by a
    year ("Target 2017")."""
    # (a column may be named by a whole date: "Realisasi per 30 Nov 2017")
    return (bool(header[0]) or _periods_only(header[1:])) and not _DIGIT.search(header[0]) and \
        all(h and (not _DIGIT.search(_YEAR_CELL.sub("", _DIGIT_IN_A_NAME.sub("", _day_month_year().sub("", h)))) or
                   _period_cell().fullmatch(h))
            for h in header[1:])


_DIGIT_IN_A_NAME = re.compile(r"[^\W\d_]+\d+[^\W\d_]+")  # a name with a digit inside it ("Penempatan PMI (BP2MI)")


def _periods_only(cells: list[str]) -> bool:
    """Cells that are each a period ("2016", "Des 2023"), two or more."""
    return len(cells) >= 2 and all(_period_cell().fullmatch(c) for c in cells)


@cache
def _unit_note() -> re.Pattern:
    """A note of the unit a table's bare figures are in: "(dalam triliun rupiah)", "(Rp triliun)",
    "(juta orang)", "(ribu)", "dalam juta orang", "(Rp trillion, year-end)", "(year-end, Rp trillion)", "..., dalam miliar
    rupiah, sebagaimana dipaparkan manajemen:"."""
    lex = lexicon()["numbers"]
    scales = "|".join(lex["table_unit_scales"])
    leads, currency = alternation(lex["table_unit_leads"]), alternation(lex["table_unit_currency"])
    nouns = alternation(lex["table_unit_count_nouns"])
    qualifiers = alternation(lex["table_unit_count_qualifiers"])
    # (a qualifier may open the brackets: "(akhir tahun, Rp triliun)", "(year-end, Rp trillion)"; a status may follow the
    # noun: "(juta pekerja aktif)"; a note after it may be long, the same said again in English: "(dalam miliar rupiah,
    # kecuali dinyatakan lain / in billion rupiah, unless otherwise stated)"; a sentence may close it: "Satuan: juta orang.
    # Cakupan: nasional")
    return re.compile(rf"(?:\(\s*(?:[^(),:\n\d]{{1,30}},\s*)?|(?:{leads})\s+)(?:(?:{leads})\s+)?(?:(?P<rp>{currency_words()})\s*(?P<a>{scales})|(?P<b>{scales})"
                      rf"(?:\s+(?P<rupiah>{currency})|\s+(?:{nouns})(?:\s+(?:{qualifiers}))?)?)\s*(?:,[^()\n]{{1,100}})?(?:\)|:|;|\.(?!\d)|$)", re.I | re.M)


def _table_unit(lines: list[str]) -> tuple[str, str] | None:
    """The currency ("Rp" or "") and scale the lines before a table, or a row's label, give its
    bare figures ("(dalam triliun rupiah)" -> ("Rp", "triliun"), "(juta orang)" -> ("", "juta"))."""
    for line in reversed(lines):
        m = _unit_note().search(line)
        if m:
            money = m.group("rp") or m.group("rupiah")
            scale = m.group("a") or m.group("b")
            return ("Rp" if money else ""), lexicon()["numbers"]["table_unit_scale_words"].get(scale, scale)
    return None


@cache
def _regions_header() -> tuple[re.Pattern, re.Pattern]:
    """A first column named by regional offices or provinces ("KANWIL", "Provinsi"), and a row label for the whole
    nation ("NASIONAL", "Total")."""
    entity, grammar = lexicon()["entity"], lexicon()["grammar"]
    return (re.compile(rf"(?:{alternation(entity['regional'])})", re.I),
            re.compile(rf"(?<!\w)(?:{'|'.join(entity['national'])}|{alternation(grammar['total_words'])})(?!\w)"
                       rf"|^\s*(?:{alternation(entity['national_row_labels'])})\s*$", re.I))


@cache
def _rate_note() -> re.Pattern:
    """A row or column label noting a rate as its unit ("YoI (%)", "Rasio (kali)"): its cells take no amount's unit."""
    return re.compile(rf"\(\s*(?:{alternation(lexicon()['numbers']['table_rate_units'])})\s*\)", re.I)


@cache
def _count_note() -> re.Pattern:
    """A row or column label noting the noun its figures count ("Penerima manfaat (orang)", "(perusahaan)")."""
    return re.compile(rf"\(\s*(?:{_count_noun().pattern})\s*\)", re.I)


# a row's label marked as a part of the row above it ("- Penerima Upah" under "Peserta aktif (juta orang)")
_SUB_ROW = re.compile(r"[-–—•·]\s")


def _row_line(header: list[str], cells: list[str], unit: tuple[str, str] | None,
              parent: tuple[str, str] | None = None, rates: bool = False,
              by_name: list[tuple[list[str], tuple[str, str]]] = ()) -> str:
    # "Iuran (Rp triliun) | 23,37 | 27,4": the row's own unit first (a sub-row's, that of the row it falls under)
    row_unit = _table_unit([cells[0]]) or parent
    # ("YoI (%)  7,6  7,4" under "(Rp triliun)"; or a row of a section noting a rate: "RATIOS (%)")
    unitless_row = rates or (row_unit is None and _rate_note().search(cells[0]) is not None)
    # (nor a row counting by its noun under a note of money: "Peserta Aktif (tenaga kerja)" under "(miliar rupiah)")
    counted = _count_note().search(cells[0])  # (a noun also naming money is no count: "Beban Jaminan (Klaim)")
    unitless_row = unitless_row or (row_unit is None and counted is not None and
                                    counted.group(0).strip("() ").lower() not in _count_or_money_nouns())

    def figure(h: str, c: str) -> str:
        # then its column's ("Dana Kelolaan (Rp T)"; "YoI (%)" has none), then the note above the table
        # (a bracket in the header that is no unit or rate leaves it the note's: "PU (Penerima Upah)")
        # (nor a column of counts named by their noun: "Penerima manfaat (orang)" beside "Iuran JKP (Rp miliar)")
        # (nor a column counting by its noun beside columns of money: "Kasus 2020" beside "Nominal 2020 (Rp miliar)")
        named = next((u for names, u in by_name if _named_in(h, names)), None)  # ("peserta aktif" under "(..., peserta
        # dalam juta orang)")
        own = None if unitless_row or _rate_note().search(h) else row_unit or _table_unit([h]) or named or \
            (unit if not _rate_note().search(h) and not _count_note().search(h) and
             not (unit and unit[0] and _count_column(h)) else None)
        return _with_unit(c, own)
    if _period_cell().fullmatch(cells[0]):
        # (a kind the period names goes to each of its cells: "2014 (target)" -> "Peserta aktif (juta) target: 14,20")
        kind = _KIND_IN_BRACKETS.search(cells[0])
        named = f" {kind.group(1)}" if kind else ""
        return "; ".join([_period_written(cells[0])] + [f"{h}{named}: {figure(h, c)}" for h, c in zip(header[1:], cells[1:])
                                       if c not in _EMPTY_CELL]) + "."
    period_cell = lexicon()["numbers"]["table_period_cell"]
    header = [header[0]] + [_first_of_alternatives(h) for h in header[1:]]
    # (a month's abbreviation loses its full stop, which would end the sentence: "Sept. 2019" -> "Sept 2019")
    items = [figure(h, c) if len(header) == 2 and _value_column(h) else
             (period_cell.format(period=_period_written(h)) if _period_cell().fullmatch(h) else h) + " " + figure(h, c)
             for h, c in zip(header[1:], cells[1:]) if c not in _EMPTY_CELL]
    regions, nation = _regions_header()
    label = cells[0]
    if regions.fullmatch(header[0]) and not nation.search(label):  # (nor "Total Nasional")
        label = f"{header[0]} {label}"  # a row of a table by regional office is that office's ("KANWIL DKI Jakarta")
    return f"{label}: " + "; ".join(items) + "."


_ALTERNATIVES = re.compile(r"^(?P<first>[^\d/()]+?)\s+/\s+[^\d/()]+?(?P<unit>\s*\([^()]*\))?$")


def _first_of_alternatives(header: str) -> str:
    """A column named by two names of one value ("Dana kelolaan / aset (Rp triliun)"): the first, its unit kept."""
    m = _ALTERNATIVES.match(header) if " / " in header else None
    return m.group("first") + (m.group("unit") or "") if m else header


def _value_column(header: str) -> bool:
    """A column named only by a word for a value, its unit aside ("Nilai (Rp triliun)", "Jumlah"): in a table of one
    such column, its cells are the rows' figures (beside other columns, "Jumlah" is the sum of theirs)."""
    name = _unit_note().sub("", header).strip(" ()").lower() if "(" in header else header.strip().lower()
    return name in lexicon()["numbers"]["table_value_columns"]


_KIND_IN_BRACKETS = re.compile(r"\(([^()\d]+)\)\s*$")
_QUARTER_CELL = re.compile(r"(?:(?P<qa>[1-4])Q|Q(?P<qb>[1-4]))[\s/-]?'?(?P<qy>(?:19|20)?\d\d)")


# a fiscal year or a half ("FY2017", "FY18", "1H2019", "H1 2019")
@cache
def _year_or_half_cell() -> re.Pattern:
    """A fiscal year (its prefix from the lexicon, the one the year finder reads) or a half of one."""
    return re.compile(rf"(?:(?:{alternation(lexicon()['dates']['year_prefixes'])})|(?P<ha>[12])H|H(?P<hb>[12]))"
                      r"[\s/-]?'?(?P<hy>(?:19|20)?\d\d)")


def _period_written(cell: str) -> str:
    """A column's period as a sentence names it: a month's abbreviation without its full stop ("Sept. 2019" -> "Sept
    2019"), a quarter with its year in full ("1Q23" -> "Q1/2023")."""
    q = _QUARTER_CELL.fullmatch(cell)
    if q:
        year = q.group("qy")
        return f"Q{q.group('qa') or q.group('qb')}/{year if len(year) == 4 else '20' + year}"
    h = _year_or_half_cell().fullmatch(cell)
    if h:  # ("FY2017" -> "2017"; "1H2019" -> "H1/2019")
        year = h.group("hy") if len(h.group("hy")) == 4 else "20" + h.group("hy")
        half = h.group("ha") or h.group("hb")
        return f"H{half}/{year}" if half else year
    return _MONTH_JOINED_TO_YEAR.sub(" ", cell.replace(".", ""))


_MONTH_JOINED_TO_YEAR = re.compile(r"(?<=[^\W\d])[-–/](?=(?:19|20)\d\d$)")  # ("Mar-2017" -> "Mar 2017")


@cache
def _period_cell() -> re.Pattern:
    """A column named by a period: "2017", "Desember 2022", "Juni 2023", "31 Des 2023"."""
    months = "|".join(month_words())
    # ("31 Des 2023" too; and a quarter: "1Q23", "Q3 2023")
    # (a range of months, "Jan-Jun 2015"; a year with its kind in brackets, "2014 (target)")
    # (a month joined to its year by a dash or a slash: "Mar-2017", "Jun/2017")
    # (a running total's date led by its bound: "s.d. Januari 2024")
    # (a part of a year before it: "Kuartal I-2025", "Semester II 2023")
    leads = alternation(lexicon()["numbers"]["table_period_leads"])
    parts = alternation(lexicon()["numbers"]["table_year_parts"])
    return re.compile(rf"(?:(?:{leads})\s*)?"
                      rf"(?:(?:\d{{1,2}}\s+)?(?:{months})\.?(?:\s*[-–]\s*(?:{months})\.?)?(?:\s+|[-–/])|(?:{parts})(?:\s+|[-–/]))?"
                      rf"(?:19|20)\d\d"
                      rf"(?:\s*\((?:{alternation(lexicon()['numbers']['table_period_kinds'])})\))?|{_QUARTER_CELL.pattern}"
                      rf"|{_year_or_half_cell().pattern}", re.I)


def is_end_of_body(line: str) -> bool:
    """A line after which the page holds no more of the article: an end marker, or the header of readers' comments."""
    s = line.strip()
    return s.lower().startswith(_markers()[2]) or bool(_comment_header().fullmatch(s))


@cache
def _comment_header() -> re.Pattern:
    return re.compile("|".join(lexicon()["boilerplate"]["comment_headers"]), re.I)


def looks_like_headline(line: str) -> bool:
    """A line from a list of other articles: capitalised words, no sentence punctuation (a
    figure's currency and scale abbreviation are no capitalised words: "Nilai klaim: Rp323,953 M")."""
    *_, max_words, share = _markers()
    if len(line.split()) > max_words or line.rstrip().endswith((",", ";")):
        return False  # (a line ending in a comma is an item of a list that goes on: "... sebesar 7,48%,")
    plain = _figure_words().sub(_figure_as_zero, line) if _DIGIT.search(line) else line  # ("Rp. 32,3 Triliun": no full stop)
    words = _HEADLINE_WORD.findall(plain)
    if not words or _SENTENCE_MARK.search(plain) or _LABELLED_FIGURE.search(plain):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= share


@cache
def _figure_words() -> re.Pattern:
    """A figure with its currency and scale ("Rp 5 M", "Rp11,1 T", "2.8 Juta")."""
    return re.compile(rf"(?<!\w)(?:(?i:{currency_words()})\s*)?\d(?:[\d.,]*\d)?(?:\s*(?P<scale>{scale_words()})(?!\w))?")


def _figure_as_zero(m: re.Match) -> str:
    """A figure written "0", no capitalised word of a headline; a scale word in lower case stays,
    a word showing the line is written in sentence case."""
    scale = m.group("scale")
    return " 0 " + (scale if scale and scale[0].islower() else "")


def _is_body_line(line: str) -> bool:
    s = _without_closing_pictures(line.strip())
    words = len(s.split())
    if words >= _BODY_MIN_WORDS and _BODY_END.search(s):
        return True
    if words >= _BODY_MIN_WORDS and len(s) < len(line.strip()) and not looks_like_headline(s):
        return True  # a post's sentence in sentence case ended by its pictures, not a mark ("Happy to report that BP
        # Jamsostek closed 2022 with Rp 610 trillion in managed funds 🚀")
    # a one-line paragraph of a fragment: a short sentence with a figure, not shaped like
    # a headline and not a dateline ("Peserta aktif mencapai 40 juta orang.")
    if words >= _SHORT_PARAGRAPH_WORDS and _DIGIT.search(s) and _FULL_STOP_END.search(s) \
            and not looks_like_headline(s[:-1]) and not _DATELINE.search(s):
        return True
    return words >= _BODY_LONG_WORDS


def _without_closing_pictures(line: str) -> str:
    """The line without the pictures after its last mark ("... workers across Indonesia! 🇮🇩": a post's sentence ends at
    its "!")."""
    end = len(line)
    while end and (line[end - 1].isspace() or _is_picture(line[end - 1])):
        end -= 1
    return line[:end]


_PICTURES_FROM = 0x2190  # the first code point of the arrows, symbols and pictographs (emoji), past punctuation


def _is_picture(char: str) -> bool:
    return ord(char) >= _PICTURES_FROM and not char.isalnum()


def _without_dated_brackets(line: str) -> str:
    """The line without the brackets that date it ("(posisi 31 Desember 2018)", "(1 Januari-31 Desember)")."""
    if "(" not in line:
        return line
    return _BRACKETED.sub(lambda m: "" if A_YEAR.search(m.group(0)) or _month_name().search(m.group(0)) else m.group(0), line)


@cache
def _day_month_year() -> re.Pattern:
    """A whole date written out ("31 Desember 2019")."""
    return re.compile(rf"\b\d{{1,2}}\s+{_month_name().pattern}\s+(?:19|20)\d\d\b", re.I)


@cache
def _month_name() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['dates']['months'])})(?!\w)", re.I)


def _capital_heading(line: str) -> bool:
    """A short heading in capitals naming no figure but a year ("KEPESERTAAN", "KINERJA BPJS KETENAGAKERJAAN SEPANJANG
    2020"), its date perhaps in brackets in lower case ("DATA KUNCI (posisi 31 Desember 2018)")."""
    undated = _without_dated_brackets(line)
    return _BRACKETED.sub("", line).isupper() and len(line.split()) <= _LABEL_WORDS and \
        not _DIGIT.search(A_YEAR.sub("", undated))


def _introduction_of_rows(header: list[str]) -> list[str]:
    """The lines over a first labelled figure that belong to the body, taken off the header's end: the date of the data
    and the headings over it (`_date_of_data_and_its_headings`), else a short heading in capitals ("KEPESERTAAN"); and
    over them a line introducing the list ("Berikut capaian kinerja BPJS Ketenagakerjaan
    sepanjang tahun 2023:", which gives the rows their period); never the headline (the header's first line)."""
    taken = _date_of_data_and_its_headings(header)
    if not taken and len(header) > 1 and _capital_heading(header[-1]):
        taken.append(header.pop())
    if len(header) > 1 and header[-1].rstrip().endswith(":") and len(header[-1].split()) >= _SHORT_PARAGRAPH_WORDS:
        taken.append(header.pop())
    return taken[::-1]


def _introduced_items_over_the_body(header: list[str]) -> list[str]:
    """The first items of a list whose later items open the body, and the line introducing them, taken off the
    header's end ("BPJamsostek per September 2025:" over "48.312.560 peserta aktif." over "Dana kelolaan Rp 808,5 T."):
    items too short to be a paragraph of their own, each a figure closed by a full stop; never the headline."""
    k = len(header)
    while k > 2 and _DIGIT.search(header[k - 1]) and _FULL_STOP_END.search(header[k - 1]):
        k -= 1
    if k == len(header) or not header[k - 1].rstrip().endswith(":") or k - 1 == 0:
        return []
    taken = header[k - 1:]
    del header[k - 1:]
    return taken


def _date_of_data_and_its_headings(header: list[str]) -> list[str]:
    """The date of the data alone on the header's last line, and the headings in capitals over it naming their period,
    taken off the header's end, last first ("KINERJA BPJAMSOSTEK 2019" over "Capaian per 31 Desember 2019" over the
    rows); never the headline (the header's first line)."""
    taken = []
    if len(header) > 1 and _data_date_line().fullmatch(header[-1].strip()):
        taken.append(header.pop())
        while len(header) > 1 and _capital_heading(header[-1]):
            taken.append(header.pop())
    return taken


_HEADING_REACH = 6  # lines after a heading looked at for its first line of figures
# a table's row as `labelled_table_rows` writes it: its label, then its labelled cells ("Januari: Total 33,58 juta; PU
# 23,92 juta.")
_ROW_LINE = re.compile(r"[^:;\n]{1,60}: [^;\n]*\d[^;\n]*(?:; [^;\n]*\d[^;\n]*)+\.?")
# a table's row led by its period as `labelled_table_rows` writes it ("2014; Pemberi Kerja: 242.100.")
_PERIOD_ROW_LINE = re.compile(r"[^;:\n]{0,25}(?:19|20)\d\d[^;:\n]{0,10}; [^:;\n]{1,60}: [^;\n]*\d[^;\n]*(?:; [^;\n]*\d[^;\n]*)*\.?")
# a table's row of one column of figures as `labelled_table_rows` writes it ("Januari: peserta aktif 29.981.204.")
_ONE_COLUMN_ROW_LINE = re.compile(r"[^:;\n]{1,40}: [^\d:;\n]{1,40} \d{1,3}(?:[.,]\d{3})+\.")
# a row of a series, a year and a count ("2018: 562.144"), and how many in a row make one
_SERIES_ROW = re.compile(r"(?:19|20)\d\d: \d{1,3}(?:\.\d{3})+")
_SERIES_ROWS = 3


def _series_rows(lines: list[str], i: int) -> bool:
    """Whether lines[i] opens rows of a series, each a year and a count written in full ("2018: 562.144" over "2019:
    621.718" over ...): the data of a chart, under the heading naming its measure."""
    return i + _SERIES_ROWS <= len(lines) and all(_SERIES_ROW.fullmatch(line.strip()) for line in lines[i:i + _SERIES_ROWS])


def _heads_figures(lines: list[str], i: int) -> bool:
    """A short capitalised line with no figure of its own whose next line holds one ("Jaminan
    Hari Tua (JHT)" over "Nilai klaim: Rp 40 triliun"): the heading of the lines below it,
    kept (a related article's title, "Dana Kelolaan Tembus Rp 999 Triliun", has a figure of its
    own; a labelled figure with the next heading glued after it, "Nilai klaim: Rp13,1 triliun -
    Jaminan Kecelakaan Kerja (JKK)", has its label)."""
    if labelled_date(lines[i]) is not None:
        return False  # (a page's publication label: "Published on 14 Feb 2022 | Tim Riset DataNusa")
    caption = numbered_label().match(lines[i])  # (a table's caption: "Tabel 5.3 Portofolio Investasi ... per 31
    # Desember 2019 (miliar rupiah)")
    heading = _day_month_year().sub("", lines[i][caption.end():]) if caption else lines[i]
    if _DIGIT.search(_period_cell().sub("", _without_dated_brackets(heading))) and ":" not in lines[i]:
        return False  # (a year or a date is no figure of its own: "TARGET 2023" over "Peserta aktif: 41,5 juta",
        # "KEPESERTAAN (per 31 Desember 2019)")
    for nxt in lines[i + 1:i + 1 + _HEADING_REACH]:
        if is_furniture(nxt) or _unit_note().fullmatch(nxt.strip()) or _count_unit_line().fullmatch(nxt.strip()):
            continue  # (a blank line, a slide's counter, the note of the lines' unit: "Satuan: juta orang", the lines a
            # table's header and rule were read into)
        if _capital_heading(lines[i].strip()) and not _DIGIT.search(nxt) and looks_like_headline(nxt):
            continue  # (a heading in capitals over the heading of the lines: "DATA KUNCI (posisi 31 Desember 2018)"
            # over "Kepesertaan" over "Tenaga kerja terdaftar : 50.463.112 orang")
        return bool(_DIGIT.search(nxt)) and not looks_like_headline(nxt)
    return False


# a photographer's credit on a line of its own: "KOMPAS/TOTOK WIJAYANTO", "Antara/Fauzan", "ANTARA FOTO/Aditya Pradana"
_CREDIT_LINE = re.compile(r"^\(?[A-Z][A-Za-z.]{1,30}(?:\s[A-Z][A-Za-z.]{1,30}){0,2}/[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3}\)?$")


# an editor's initials closing an article ("(AW/EH)", "(wf/nov)"): no photographer's credit
_INITIALS_LINE = re.compile(r"^\([A-Za-z]{1,4}/[A-Za-z]{1,4}\)$")


def _is_credit(line: str) -> bool:
    """Whether the line is a photographer's credit alone ("KOMPAS/TOTOK WIJAYANTO"), not an editor's initials."""
    return bool(_CREDIT_LINE.match(line)) and not _INITIALS_LINE.match(line)


def _credit_follows(lines: list[str], i: int) -> bool:
    """Whether the line is a photo's caption over its credit: the next line is a credit, and the line does not read
    as the article's own text (a writer's credit closes "..., kata Deputi Direktur di Jakarta, Rabu." too)."""
    nxt = next((line for line in lines[i + 1:i + 3] if line.strip()), "").strip()  # (a blank line between)
    return _is_credit(nxt) and len(lines[i].split()) >= 5 and not _reads_as_text(lines[i])


def _credit_precedes(lines: list[str], i: int) -> bool:
    """Whether the line is a photo's caption under its credit: the line before is a credit, the one before that
    reads as the article's own text (so it is not the credit's caption), and the line tells a scene's day with no
    words said ("Direktur Utama ... saat konferensi pers di Jakarta, Kamis (22/12/2022).")."""
    before = [j for j in range(max(0, i - 3), i) if lines[j].strip()]
    if not before or not _is_credit(lines[before[-1]].strip()) or _reads_as_text(lines[i]):
        return False
    above = [j for j in range(max(0, before[-1] - 2), before[-1]) if lines[j].strip()]
    return bool(above) and _reads_as_text(lines[above[-1]]) and _scene_day().search(lines[i]) is not None


def _reads_as_text(line: str) -> bool:
    """Whether a line reads as the article's own text rather than a photo's caption: it reports words said
    ("kata", "ujarnya", "said") or opens by carrying on from the line before ("Sementara", "Meanwhile")."""
    return _text_marks()[0].search(line) is not None or _text_marks()[1].match(line.strip()) is not None


@cache
def _text_marks() -> tuple[re.Pattern, re.Pattern]:
    """Words reporting what was said (with their enclitic: "ujarnya"), and the openers that carry the text on."""
    lex = lexicon()["boilerplate"]
    return phrase_pattern(lex["reported_speech"]), phrase_pattern(lex["text_continuing_openers"])


@cache
def _scene_day() -> re.Pattern:
    """A weekday and its date in brackets, the day a photo was taken ("Kamis (22/12/2022)")."""
    days = alternation(list(lexicon()["dates"]["weekdays"]))
    return re.compile(rf"(?<!\w)(?i:{days}),?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)")


# a word a printed page broke at the line's end with a hyphen ("Rp 12,87 tri-" / "liun sepanjang 2015")
_BROKEN_WORD = re.compile(r"([A-Za-z]+)-$")


# an amount, then its label after a run of spaces, the label's only digits in brackets ("Rp 554,3 triliun   dana kelolaan",
# "30,69 juta   peserta aktif (Desember 2021)")
@cache
def _amount_gap() -> re.Pattern:
    return re.compile(rf"^(?P<amount>(?:(?i:{currency_words()})\.?\s*)?\d[\d.,]*(?:\s?(?:%|[A-Za-z]{{1,8}}))?)\s{{3,}}"
                      r"(?P<label>[^\W\d][^\d()]*(?:\([^()]*\)[^\d()]*)*)$")


# a label and its figure set apart by a run of spaces, as an infographic lays them out
# ("Aktif                      30,81 juta", " - Penerima Upah           19,88 juta", "JHT    Rp500,2 T (64,3%)")
_LABEL_GAP = re.compile(r"^([^\d\s](?:[^\d]*[^\d\s])?)\s{3,}((?:Rp\.?\s*)?\d[\d.,]*(?:\s*\S+)?(?:\s*\([^()]*\))?)$")


def _joined_hyphenations(lines: list[str]) -> list[str]:
    """A word broken by a hyphen at a line's end and going on in lower case on the next line is
    made whole, and the two lines one ("tri-" + "liun sepanjang 2015" -> "triliun sepanjang 2015");
    a repeated word ("rata-" / "rata") keeps its hyphen."""
    out: list[str] = []
    for line in lines:
        broken = _BROKEN_WORD.search(out[-1]) if out and out[-1].endswith("-") else None
        if broken and line[:1].islower():
            head = broken.group(1)
            joiner = "-" if line.split()[0].rstrip(".,;:").lower() == head.lower() else ""
            out[-1] = out[-1][:-1] + joiner + line
        else:
            out.append(line)
    return out


# ... or by dot leaders, as a fact sheet lays them out ("Peserta aktif ......... 45,31 juta")
# (the run of dots is taken whole, never given back dot by dot: a line of thousands of dots is one pass)
_DOT_LEADER = re.compile(r"^(\S(?:.*?[^\s.])?)\s*(?>(?:\.{2,}|…+)[\s.…]*)((?:Rp\.?\s*)?\d[\d.,]*(?:\s*\S.*)?)$")
# ... or a year and a bare figure set apart by a dash, as a list of yearly figures is written ("2014 — 16,9")
_YEAR_DASH = re.compile(r"^((?:19|20)\d\d)\s+[—–]\s+((?:Rp\.?\s*)?\d[\d.,]*(?:\s*[^\W\d]+)?)$")


# a dashboard's label in square brackets before its figure ("[Tenaga Kerja Aktif] 41.962.504")
_BRACKETED_LABEL = re.compile(r"^\[([^\[\]\d\n]{2,60})\]\s+((?:[^\s\d]{1,4}\.?\s?)?\d[\d.,]*(?:\s*\S+)?)$")


@cache
def _pointer_mark() -> re.Pattern:
    """One of the marks that may part a label from its figure ("▸")."""
    return re.compile("[" + "".join(re.escape(m) for m in lexicon()["boilerplate"]["label_pointers"]) + "]")


@cache
def _pointed_label() -> re.Pattern:
    """A label and its figure parted by a pointer ("2018 ▸ 2,1 juta", "TOTAL PESERTA TERDAFTAR 2020 ▸ 52,4 juta")."""
    marks = "".join(re.escape(m) for m in lexicon()["boilerplate"]["label_pointers"])
    return re.compile(rf"^([^{marks}\n]{{1,60}}?)\s*[{marks}]\s*((?:Rp\.?\s*)?\d[\d.,]*(?:\s*\S+)?)$")


def _label_gap(line: str) -> str:
    """"Aktif                      30,81 juta" -> "Aktif: 30,81 juta"; "Peserta aktif ....... 45,31 juta" ->
    "Peserta aktif: 45,31 juta"; "2014 — 16,9" -> "2014: 16,9"; "[Pemberi Kerja Aktif] 748.316" -> "Pemberi Kerja
    Aktif: 748.316"; "2018 ▸ 2,1 juta" -> "2018: 2,1 juta"; and an infographic's amount set before its label
    ("30,69 juta   peserta aktif (Desember 2021)" -> "peserta aktif (Desember 2021): 30,69 juta.")."""
    m = _LABEL_GAP.match(line) if "   " in line else None
    if m is None and "   " in line and (amount := _amount_gap().match(line)) is not None:
        return f"{amount.group('label').rstrip()}: {amount.group('amount')}."
    if m is None and (".." in line or "…" in line):
        m = _DOT_LEADER.match(line)
    if m is None and ("—" in line or "–" in line):
        m = _YEAR_DASH.match(line)
    if m is None and line.startswith("["):
        m = _BRACKETED_LABEL.match(line)
    if m is None and _pointer_mark().search(line):
        m = _pointed_label().match(line)
    # (a bar left between the label and the run of spaces, "Jan | ████ 33,9", parts nothing more)
    return f"{m.group(1).rstrip(' |')}: {m.group(2)}" if m and not m.group(1).endswith(":") else line


# a line that is only a number, as a chart's axis is written ("600T", "400T", "200T", "0")
_AXIS_TICK = re.compile(r"^(?:Rp\s*)?(\d{1,4}(?:[.,]\d+)?)\s*(?:[A-Za-z]{1,7})?$")
_AXIS_TICK_CHARS = 24  # (longer lines are no tick: asked first, before the pattern)


def without_chart_axes(lines: list[str]) -> list[str]:
    """Lines without the ticks of a chart's axis: three or more lines in a row, each only a number, stepping by
    the same amount ("600T", "400T", "200T", "0" under "Dana Kelolaan (2016-2021)") are no figures of the text."""
    if not any(len(line) <= _AXIS_TICK_CHARS and _AXIS_TICK.match(line.strip()) for line in lines):
        return lines  # (most pages have no line that is only a number)
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        values = []
        while j < len(lines) and len(lines[j]) <= _AXIS_TICK_CHARS and (m := _AXIS_TICK.match(lines[j].strip())):
            values.append(float(m.group(1).replace(",", ".")))
            j += 1
        steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
        if len(values) >= 3 and len(steps) == 1 and steps != {0}:
            i = j  # (the ticks dropped)
            continue
        out.extend(lines[i:max(j, i + 1)])
        i = max(j, i + 1)
    return out


def _unglued(line: str) -> list[str]:
    """A related-article link and the paragraph glued after it, as two lines; a link glued after a paragraph's
    sentence ("... Senin (8/11/2021).Baca Juga: Ribuan Pedagang ... SosialIa menyebut, ...") first parted from it."""
    link = _inline_link().search(line) if len(line) > 40 else None  # (a glued link needs a sentence before it)
    if link is not None:
        return [line[:link.start()].rstrip()] + _unglued(line[link.start():])
    rest = split_glued_link(line, _link_starts())
    return [line[:len(line) - len(rest)].rstrip(), rest] if rest else [line]


@cache
def _inline_link() -> re.Pattern:
    starts = "|".join(re.escape(m) for m in lexicon()["boilerplate"]["link_starts"])
    return re.compile(rf"(?<=[.!?)\]\"”])\s*(?=(?i:{starts}))")


@cache
def _link_starts() -> tuple[str, ...]:
    return tuple(m.lower() for m in lexicon()["boilerplate"]["link_starts"])


@cache
def _link_list_header_starts() -> tuple[str, ...]:
    return tuple(lexicon()["boilerplate"]["link_list_header_starts"])


@cache
def _link_list_headers() -> frozenset[str]:
    """A line that is one of the link starts alone ("Baca Juga", "Related:") heads a list of related articles."""
    return frozenset(m.rstrip(":").strip() for m in _link_starts())


_HEADING_WORDS = 12  # (a heading over a unit note has at most these words)
_AMOUNT_LINE_CHARS = 24  # (a longer line is no amount alone: asked first, before the pattern)
_AMOUNT_NOTE_CHARS = 42  # ... and the most a note in brackets after it adds ("(1,02 juta kasus)")
_LABELLED_AMOUNT_CHARS = 80  # (nor a label and its amount)
# a labelled figure as the rewriting above writes it ("2018: Rp365,5 triliun.", "Jaminan Hari Tua (JHT): Rp 409,4
# triliun.", "Januari: 5,6 juta"): body, wherever it stands
@cache
def _labelled_line() -> re.Pattern:
    # (a count with the noun it counts: "Peserta aktif: 34,17 juta orang", "Pemberi kerja aktif: 681.517 perusahaan", or
    # one of millions written in full: "Tenaga kerja aktif : 30.663.492"; not a page's counter, "Dibaca: 1.284")
    return re.compile(rf"[^:\n]{{1,60}}:\s?(?:(?i:{currency_words()})\s?\d[\d.,]*\s?[^\W\d]*|\d[\d.,]*\s?(?:{scale_words()})"
                      rf"(?:\s[^\W\d]+)?|\d{{1,3}}(?:\.\d{{3}})+\s(?:{alternation(lexicon()['numbers']['table_unit_count_nouns'])})"
                      rf"|\d{{1,3}}(?:\.\d{{3}}){{2,3}}(?=\.?\s*$))"
                      rf"(?:\s?\([^()\n]{{1,20}}\))?\.?")  # (a share in brackets after it: "JHT: Rp500,2 T (64,3%)")


def _labelled_cells(line: str) -> bool:
    """Whether the line opens with a labelled figure and holds another cell of a label and its figure after its
    colon."""
    return _labelled_line().match(line) is not None and _key_and_figure().search(line, line.find(":") + 1) is not None
# a line ending in "?" under "Baca Juga" is a related article's title up to this many words
LINK_TITLE_WORDS = 16


def _date_under_rows(lines: list[str], below: int) -> str | None:
    """The date the line right under a table's rows gives its data, led as a row's date is ("Data per April 2025" ->
    "per April 2025", `row_date_lead`), or None."""
    m = _data_date_line().fullmatch(lines[below].strip()) if below < len(lines) else None
    return f"{lexicon()['numbers']['row_date_lead']} {m.group('date')}" if m else None


@cache
def _data_date_line() -> re.Pattern:
    """A line giving only the date of the data under it ("Data per 30 September 2024", "Posisi 31 Desember 2023")."""
    leads = alternation(lexicon()["dates"]["data_date_leads"])
    return re.compile(rf"\*?(?:{leads})\s+(?P<date>[^\n]{{0,24}}(?:19|20)\d\d)(?:\s*\([^()\n]{{0,20}}\))?\.?", re.I)


@cache
def _title_section_tag() -> re.Pattern:
    """A section's tag and its mark opening a page's headline ("INFOGRAFIS | ", "Infografis: ")."""
    return re.compile(rf"\s*(?:{alternation(lexicon()['boilerplate']['title_section_tags'])})\s*[|:]\s*(?=\S)")


def _is_link_list_header(line: str) -> bool:
    """A line heading a list of related articles ("Baca Juga", "Berita Terkait")."""
    key = line.lower().strip()
    return key.rstrip(":").strip() in _link_list_headers() or \
        (len(line.split()) <= LINK_TITLE_WORDS and key.startswith(_link_list_header_starts()))


def split_page(text: str) -> PageParts:
    """Header lines, then body lines, with furniture and repeated lines dropped."""
    header: list[str] = []
    body: list[str] = []
    seen: set[str] = set()
    in_body = False
    headlines: list[str] = []  # the first three header lines of four words or more, lower case
    captions: list[str] = []
    normalized = normalize(text)
    raw_lines = _joined_hyphenations([_label_gap(_without_section_number(raw.strip())) for raw in normalized.split("\n")])
    lines = [_SPACES.sub(" ", line) for line in raw_lines]
    if _THREAD_POST.search(normalized):
        lines = thread_posts(lines)
    if ":" in normalized and any(_ITEM_MARK.match(line) for line in lines):  # (before a table's rows are written out)
        lines = ticker_items(lines)
    if sum(1 for line in lines if len(line) == 4 and _YEAR_CELL.fullmatch(line)) >= 2:  # (cells on lines of their own)
        lines = flattened_table_rows(lines)
    if any(arrow in normalized for arrow in lexicon()["boilerplate"]["row_arrows"]):  # (two columns' figures in rows)
        lines = paired_column_rows(lines)
    if any("|" in line for line in lines):  # (only a page with a table needs reading for one)
        lines = labelled_table_rows(lines)
    if _bracketed_year_note().search(normalized):
        lines = bracketed_year_figures(lines)
    if _unit_note().search(normalized):
        lines = labelled_figure_lines(lines)
    if ":" in normalized:
        lines = introduced_list_items(lines)
    if any(mark in normalized for mark in _BULLET_MARKS):
        lines = bulleted_sentences(lines)
    if _scale_word_line().search(normalized):  # (most pages have no line that is a scale word alone)
        lines = amounts_parted_from_their_scales(lines)
    if any((len(line) <= _AMOUNT_LINE_CHARS and (_amount_line().fullmatch(line) or _THOUSANDS.fullmatch(line))) or
           (len(line) <= _AMOUNT_LINE_CHARS + _AMOUNT_NOTE_CHARS and line.endswith(")") and
            _amount_with_a_note().fullmatch(line)) for line in lines):
        lines = labels_over_amounts(amounts_over_labels(lines))
    if any(_labelled_amount(line) is not None for line in lines):  # (one, perhaps under lines labelled by a colon)
        lines = labels_before_amounts(lines)
    lines = unwrap(lines, is_furniture)
    lines = [part for line in lines for part in _unglued(line)]
    lines = without_chart_axes(lines)
    link_titles = False  # the lines right under a bare "Baca Juga" are related articles' titles
    for i, line in enumerate(lines):
        tagged = _title_section_tag().match(line) if not in_body and not header else None
        if tagged is not None:
            line = line[tagged.end():]  # "INFOGRAFIS | BPJS Ketenagakerjaan Sepanjang 2016": the headline after its tag
        key = line.lower()
        if in_body and is_end_of_body(line):
            break
        if not line.strip() or (line.rstrip().endswith((".", "!", '"', "”")) and
                                not (link_titles and looks_like_headline(line.rstrip().removesuffix(".")))) or \
                (line.rstrip().endswith("?") and len(line.split()) > LINK_TITLE_WORDS):
            link_titles = False  # (a related article's title may ask a question: "..., Iuran Dibayar Aplikator?"; a
            # listed title stays one with the full stop a list's item is given)
        if _is_link_list_header(line):
            link_titles = True  # ("Baca Juga" / "Kuota Penempatan PMI ... Naik" / "BPJS Kesehatan Tanggung ...")
            continue
        if link_titles:
            continue
        furniture = is_furniture(line)
        if not in_body and not furniture and header and (_labelled_line().fullmatch(line) or _ROW_LINE.fullmatch(line)
                                                         or _PERIOD_ROW_LINE.fullmatch(line)
                                                         or _ONE_COLUMN_ROW_LINE.fullmatch(line)
                                                         or _amount_and_its_label().fullmatch(line)
                                                         or _series_rows(lines, i)):
            in_body = True  # the rows of a data page before its prose ("2018: Rp365,5 triliun."), and the heading
            above = next((j for j in range(i - 1, -1, -1) if not is_furniture(lines[j])), None)  # over them naming their measure
            if above is not None and len(header) > 1 and header[-1] == lines[above] and _heads_figures(lines, above):
                taken = [header.pop()]
                # (and the headings in capitals over that one naming their period: "KINERJA BPJS KETENAGAKERJAAN
                # SEPANJANG 2020" over "KEPESERTAAN (juta orang)", "KINERJA 2021" over "BPJAMSOSTEK")
                if len(header) > 1 and _capital_heading(header[-1]):
                    while len(header) > 1 and _capital_heading(header[-1]):
                        taken.append(header.pop())
                # (and the heading over a unit note naming their measure: "Jumlah Peserta Aktif BPJS
                # Ketenagakerjaan (2019-2023)" over "(juta orang)")
                # (or over a line of the count its figures are of, "Satuan: orang"; a stamp of the day the table
                # was updated may stand between: "Diperbarui: 12 Juli 2019")
                elif len(header) > 1 and (_unit_note().fullmatch(taken[0].strip()) or _count_unit_line().fullmatch(taken[0].strip())):
                    stamp = header.pop() if len(header) > 2 and _STAMP_LINE.fullmatch(header[-1].strip()) else None
                    if not _DIGIT.search(A_YEAR.sub("", header[-1])) and len(header[-1].split()) <= _HEADING_WORDS:
                        taken.append(header.pop())
                    if stamp is not None:
                        header.append(stamp)
                # (and a line introducing the list over them: "Berikut capaian kinerja ... sepanjang tahun 2023:" over
                # "KEPESERTAAN" over "Peserta aktif: 41,56 juta pekerja")
                if len(header) > 1 and header[-1].rstrip().endswith(":") and \
                        len(header[-1].split()) >= _SHORT_PARAGRAPH_WORDS:
                    taken.append(header.pop())
                # (and the date of the data over them: "Data per 30 September 2024" over "Tenaga Kerja" over "Aktif
                # 44.612.338")
                if len(header) > 1 and _data_date_line().fullmatch(header[-1].strip()):
                    taken.append(header.pop())
                body.extend(reversed(taken))
            elif above is not None and len(header) > 1 and header[-1] == lines[above]:
                body.extend(reversed(_date_of_data_and_its_headings(header)))
        if not in_body and not furniture and _is_body_line(line) and not (
                not headlines and (looks_like_headline(_QUESTION_END.sub("", line)) or
                                   (line.rstrip().endswith("?") and len(line.split()) <= LINK_TITLE_WORDS))):
            in_body = True  # (a first line shaped like a headline ending in "?" is the headline, under an outlet's
            # name and section too: "KONTAN.CO.ID | Kolom"; so is a short question, in sentence case too:
            # "Jamsostek: dana kelolaan capai Rp 1.000 T pada 2026?")
            if ":" in line and _DIGIT.search(line):
                body.extend(_introduction_of_rows(header))
            else:
                body.extend(_introduced_items_over_the_body(header))
        if furniture or (in_body and looks_like_headline(line) and not _heads_figures(lines, i)
                         and not _labelled_line().fullmatch(line) and not _labelled_cells(line)):
            # (a labelled figure is no title: "JHT: Rp500,2 T (64,3%)"; nor a row of labelled cells: "Target RKAT 2024
            # Peserta Aktif: 47,5 jt   Realisasi: 94,5%")
            continue
        if _credit_follows(lines, i) or _credit_precedes(lines, i):
            seen.add(key)  # (and the same caption repeated elsewhere on the page)
            captions.append(line.strip())
            continue  # a photo's caption: the next line is its credit ("KOMPAS/TOTOK WIJAYANTO"), or the line before
        if key in seen:
            continue
        if headlines and key.startswith(tuple(headlines)) and key != header[0].lower():
            continue  # a caption that repeats the headline
        seen.add(key)
        if in_body:
            body.append(line)
        else:
            header.append(line)
            if len(header) <= 3 and len(line.split()) >= 4:
                headlines.append(key)
    return PageParts(header, body, tuple(captions))

"""Writing a query's rows as they arrive, as a table, CSV or JSON, within a row and byte cap.

CSV and JSON are written batch by batch; a table needs every width, so its rows are kept (at
most the byte cap of them) and written at the end. Whole numbers in floating-point columns
(rupiah, persons) are written as integers (`70000000`, not `7e+07`), NULL as an empty field
(table, CSV) or `null` (JSON). In a table every cell and column name is shown with its
control, bidirectional and other unprintable characters as escapes (`\\n`, `\\x1b`,
`\\u202e`), so a value can neither start a line nor reorder or recolour the terminal.
"""
from __future__ import annotations

import csv
import io
import json
from typing import BinaryIO, Sequence

from bpjs_pipeline.terminal import shown


class OutputTooLarge(Exception):
    """The result passed the row cap (`kind` "rows") or the byte cap ("bytes")."""

    def __init__(self, kind: str, limit: int):
        super().__init__(f"{kind} {limit}")
        self.kind, self.limit = kind, limit


def number_text(value: float, precise: bool) -> str:
    """A float for people: whole numbers as integers; others at full precision (`precise`, for
    CSV) or with 10 significant digits (a table)."""
    if value != value:
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        return str(int(value))
    return repr(float(value)) if precise else f"{value:.10g}"


def _text(value, precise: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number_text(value, precise)
    return str(value)


def _json_value(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class RowWriter:
    """Writes rows to `out` (bytes), refusing more than `max_rows` rows or `max_bytes` bytes."""

    def __init__(self, out: BinaryIO, fmt: str, max_rows: int, max_bytes: int):
        if fmt not in ("table", "csv", "json"):
            raise ValueError(f"unknown format {fmt!r}")
        self.out, self.fmt, self.max_rows, self.max_bytes = out, fmt, max_rows, max_bytes
        self.rows = 0
        self.bytes = 0
        self.columns: list[str] = []
        self._table: list[list[str]] = []
        self._kept = 0  # characters of the table's cells held until the end

    def _emit(self, text: str) -> None:
        data = text.encode("utf-8", "surrogateescape")
        if self.bytes + len(data) > self.max_bytes:
            raise OutputTooLarge("bytes", self.max_bytes)
        self.bytes += len(data)
        self.out.write(data)

    def begin(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        if self.fmt == "csv":
            self._emit(self._csv_line(self.columns))
        elif self.fmt == "json":
            self._emit("[")

    def write(self, rows: list[tuple]) -> None:
        """Write `rows`; past the row cap, the rows up to it, then OutputTooLarge("rows") (`end`
        may still close the output: a table of those rows, a JSON array)."""
        if self.rows + len(rows) > self.max_rows:
            self._write(rows[: self.max_rows - self.rows])
            raise OutputTooLarge("rows", self.max_rows)
        self._write(rows)

    def _write(self, rows: list[tuple]) -> None:
        if self.fmt == "csv":
            self._emit("".join(self._csv_line([_text(v, True) for v in row]) for row in rows))
        elif self.fmt == "json":
            self._emit("".join(
                (", " if self.rows + i else "")
                + json.dumps({c: _json_value(v) for c, v in zip(self.columns, row)}, ensure_ascii=False, default=str)
                for i, row in enumerate(rows)))
        else:
            cells = [[shown(_text(v, False)) for v in row] for row in rows]
            self._kept += sum(len(cell) + 3 for row in cells for cell in row)  # held until the end
            if self._kept > self.max_bytes:
                raise OutputTooLarge("bytes", self.max_bytes)
            self._table.extend(cells)
        self.rows += len(rows)
        self.out.flush()

    def end(self) -> None:
        if self.fmt == "json":
            self._emit("]\n")
        elif self.fmt == "table":
            headers = [shown(c) for c in self.columns]
            if not self._table:
                self._emit(" | ".join(headers) + "\n(0 rows)\n")
            else:
                # every row is padded to the widest cell of each column: know the size first
                widths = [max(len(h), 3) for h in headers]
                for row in self._table:
                    widths = [max(w, len(cell)) for w, cell in zip(widths, row)]
                if (len(self._table) + 2) * (sum(widths) + 3 * len(widths) + 2) > self.max_bytes:
                    raise OutputTooLarge("bytes", self.max_bytes)
                from tabulate import tabulate

                self._emit(tabulate(self._table, headers=headers, tablefmt="pipe", disable_numparse=True) + "\n")
                self._emit(f"({self.rows} row{'s' if self.rows != 1 else ''})\n")
        self.out.flush()

    @staticmethod
    def _csv_line(fields: list[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(fields)
        return buffer.getvalue()

"""`bpjs-pipeline export DIR`: every published table and view as Parquet or CSV files, with the
schema beside them (`schema.json` and `README.md`: every column's type and meaning, from
`bpjs_pipeline/warehouse/columns.py`)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from bpjs_pipeline.warehouse.columns import RELATIONS, column_table
from bpjs_pipeline.warehouse.publish import PUBLISHED_RELATIONS, PUBLISHED_VIEWS, describe, open_read_only

FORMATS = ("parquet", "csv")


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` ready for CSV: whole numbers in float columns (rupiah, persons: DuckDB DOUBLE) written
    as integers (`70000000`, not `70000000.0` or `7e+07`), other floats at full precision, and
    lists (`file_names`, `articles_a`) as JSON arrays (`["a.txt", "b.txt"]`), which any CSV
    reader's JSON parser turns back into the list, whatever the names hold."""
    shown = frame.copy()
    for column in shown.columns:
        if shown[column].dtype.kind == "f":
            shown[column] = shown[column].map(_number_text).astype(object)
        elif shown[column].dtype == object and shown[column].map(_is_list).any():
            shown[column] = shown[column].map(_list_text).astype(object)
    return shown


def _is_list(value) -> bool:
    return isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str))


def _list_text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if _is_list(value):
        return json.dumps([item.item() if hasattr(item, "item") else item for item in list(value)],
                          ensure_ascii=False)
    return value


def _number_text(value: float) -> str | None:
    if value != value:  # NaN / NULL: an empty field
        return None
    if float(value).is_integer() and abs(value) < 1e18:
        return str(int(value))
    return repr(float(value))


def write_csv(frame: pd.DataFrame, out) -> None:
    csv_frame(frame).to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def export(warehouse: Path, folder: Path, fmt: str = "parquet") -> list[Path]:
    """Write every relation to `folder/<name>.<fmt>` plus `schema.json` and `README.md`."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    summaries = describe(Path(warehouse))
    written = []
    con = open_read_only(Path(warehouse), allow_external_files=True)
    try:
        for name in PUBLISHED_RELATIONS:
            path = folder / f"{name}.{fmt}"
            if fmt == "parquet":
                target = str(path).replace("'", "''")
                con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{target}' (FORMAT parquet)")
            else:
                with open(path, "w", encoding="utf-8", newline="") as handle:
                    write_csv(con.execute(f'SELECT * FROM "{name}"').df(), handle)
            written.append(path)
    finally:
        con.close()
    schema = {
        name: {
            "kind": summaries[name].kind,
            "file": f"{name}.{fmt}",
            "rows": summaries[name].row_count,
            "columns": [{"name": c, "type": t, "description": RELATIONS[name].get(c, "")}
                        for c, t in summaries[name].columns],
        }
        for name in PUBLISHED_RELATIONS
    }
    (folder / "schema.json").write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [f"# BPJS Ketenagakerjaan warehouse export ({fmt})", "",
             "One file per table and view of the warehouse; values in base units (persons, employers, "
             "rupiah). The same schema, machine-readable, is in `schema.json`.",
             "In CSV files a list (`file_names`, `articles_a`, `articles_b`) is a JSON array.", "",
             "Every figure traces to its words: `articles.body` is the cleaned text of the article, and "
             "for each fact `body[value_start:value_end]` (characters, from 0) is the figure as written, "
             "`body[sentence_start:sentence_end]` its sentence.", ""]
    for name in PUBLISHED_RELATIONS:
        kind = "view" if name in PUBLISHED_VIEWS else "table"
        lines += [f"## `{name}.{fmt}` ({kind}, {summaries[name].row_count} rows)", "",
                  column_table(name, summaries[name].columns), ""]
    (folder / "README.md").write_text("\n".join(lines), encoding="utf-8")
    return written + [folder / "schema.json", folder / "README.md"]

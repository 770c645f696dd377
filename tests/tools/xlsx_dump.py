#!/usr/bin/python3
"""Prints what a spreadsheet program reads from an XLSX workbook, as JSON, for the XLSX export tests.

Usage: xlsx_dump.py WORKBOOK.xlsx

For each worksheet: its title, the frozen cell (openpyxl's freeze_panes, "A2" when the first row is frozen), the
autofilter range, whether each header cell is bold, the column widths, and every cell as [kind, value] where kind is
the Python type openpyxl gives ("str", "int", "float", "datetime", "bool", "none") or "formula" for a cell stored
as a formula. Strings are unescaped the way spreadsheet programs do it (OOXML writes control characters as _xHHHH_,
which openpyxl leaves as they are). Exit status 3 when openpyxl is missing (Debian: python3-openpyxl).
"""
import datetime
import json
import re
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError as error:  # pragma: no cover - a broken test machine
    print("xlsx_dump.py: openpyxl is not installed (Debian package python3-openpyxl): %s" % error, file=sys.stderr)
    sys.exit(3)

ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def unescape(text):
    return ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def cell_of(cell):
    value = cell.value
    if cell.data_type == "f":
        return ["formula", str(value)]
    if value is None:
        return ["none", None]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", value]
    if isinstance(value, float):
        return ["float", value]
    if isinstance(value, datetime.datetime):
        return ["datetime", value.isoformat()]
    if isinstance(value, datetime.date):
        return ["date", value.isoformat()]
    return ["str", unescape(str(value))]


def main():
    if len(sys.argv) != 2:
        print("usage: xlsx_dump.py WORKBOOK.xlsx", file=sys.stderr)
        return 2
    workbook = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for sheet in workbook.worksheets:
        rows = [[cell_of(cell) for cell in row] for row in sheet.iter_rows()]
        widths = {}
        for column in range(1, sheet.max_column + 1):
            dimension = sheet.column_dimensions.get(get_column_letter(column))
            widths[str(column)] = dimension.width if dimension is not None else None
        sheets.append({
            "title": sheet.title,
            "freeze": sheet.freeze_panes,
            "autofilter": sheet.auto_filter.ref,
            "header_bold": [bool(cell.font and cell.font.b) for cell in sheet[1]] if sheet.max_row >= 1 else [],
            "widths": widths,
            "rows": rows,
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

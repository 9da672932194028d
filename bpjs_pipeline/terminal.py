"""Text shown on a terminal line: names and values that come from files and queries."""
from __future__ import annotations


def shown(text: object) -> str:
    """`text` for one line of a terminal: every character that is not printable (newlines, tabs,
    escape and other control characters, bidirectional and other format characters, separators
    other than the space) written as an escape (`\\n`, `\\x1b`, `\\u202e`), so a file name or a
    value can never start a line of its own, recolour the terminal or reorder what is shown."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)

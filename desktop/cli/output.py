"""Printing for the command line: translated text, JSON with stable English names, aligned CJK-aware tables.

Every text that may come from a file or a user (a title, a refused value, an error's parameters) is printed with
its control characters escaped as JSON escapes them (ESC as \\u001b): an imported title holding a terminal escape
sequence must not retitle the window or clear the screen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from desktop.core.i18n import translate

CONTEXT = "Cli"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0, DEL and C1 controls (ESC, CSI, OSC…) and the bidirectional overrides that reorder what a line shows."""
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def printable(text: str) -> str:
    """`text` with every control character escaped (\\n, \\u001b …), as JSON writes it, safe for a terminal."""
    return _CONTROL.sub(lambda m: _SHORT.get(m.group(0)) or f"\\u{ord(m.group(0)):04x}", text)


class Printer:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def tr(self, text: str, **params: Any) -> str:
        """The translated template with its parameters filled in, their control characters escaped."""
        safe = {k: printable(v) if isinstance(v, str) else v for k, v in params.items()}
        return translate(CONTEXT, text, self.lang).format(**safe)

    def say(self, text: str, **params: Any) -> None:
        print(self.tr(text, **params), flush=True)

    def note(self, text: str, **params: Any) -> None:
        """A remark about what happened on the way, on stderr so that stdout stays clean data."""
        print(self.tr(text, **params), file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        print(f"shuyi: {printable(message)}", file=sys.stderr, flush=True)

    @staticmethod
    def json(value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, default=_json_default)  # escapes C0, not C1 (CSI is 0x9b)
        print(_CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text), flush=True)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        cells = [["" if v is None else printable(str(v)) for v in row] for row in rows]
        if any(headers):
            cells.insert(0, [self.tr(h) for h in headers])
        if not cells:
            return
        widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]
        for r in cells:
            print("  ".join(_pad(v, w) for v, w in zip(r, widths, strict=True)).rstrip())
        sys.stdout.flush()


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))

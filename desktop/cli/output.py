"""Printing for the command line: translated text, JSON with stable English names, aligned CJK-aware tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from desktop.core.i18n import translate

CONTEXT = "Cli"


class Printer:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def tr(self, text: str, **params: Any) -> str:
        return translate(CONTEXT, text, self.lang).format(**params)

    def say(self, text: str, **params: Any) -> None:
        print(self.tr(text, **params), flush=True)

    def note(self, text: str, **params: Any) -> None:
        """A remark about what happened on the way, on stderr so that stdout stays clean data."""
        print(self.tr(text, **params), file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        print(f"shuyi: {message}", file=sys.stderr, flush=True)

    @staticmethod
    def json(value: Any) -> None:
        print(json.dumps(value, ensure_ascii=False, default=_json_default), flush=True)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        cells = [["" if v is None else str(v) for v in row] for row in rows]
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

"""Argument types for numbers on the command line, bounded by the domain (db.bounds through desktop.core.bounded).

A refused value raises a ShuyiError while the arguments are parsed; main() prints it as one translated line
and exits with status 2, as argparse does for other usage errors.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from desktop.core import bounded
from desktop.core.bounded import Bound
from desktop.core.i18n import normalise_language

ROW_ID = bounded.bounds.ROW_ID
LISTING_LIMIT = bounded.bounds.LISTING_LIMIT
BENCH_RUNS = Bound(1, 1000)
"""How many times `shuyi bench startup` launches each window."""


def whole_number(option: str, bound: Bound) -> Callable[[str], int]:
    """An argparse type: a whole number within `bound`, refused naming `option` as the user typed it."""

    def parse(text: str) -> int:
        return bounded.whole_number(text, bound, option)

    parse.__name__ = option  # what argparse calls the type in its own messages
    return parse


def lang_asked(argv: Sequence[str] | None) -> str:
    """The language asked for with --lang (or $SHUYI_LANG), read without the parser that just refused."""
    args = list(argv) if argv is not None else []
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return normalise_language(args[i + 1])
        if arg.startswith("--lang="):
            return normalise_language(arg.split("=", 1)[1])
    return normalise_language(os.environ.get("SHUYI_LANG"))

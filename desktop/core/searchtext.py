"""Text prepared for search: Chinese spaced into single characters, pinyin initials and full pinyin (pypinyin).

FTS5's unicode61 tokenizer splits on spaces, so "红楼梦" stored as "红 楼 梦" makes every character a token and a
phrase query "红 楼" finds any substring of any length, 1 and 2 characters included (the trigram tokenizer
finds nothing under 3). Pinyin is stored as suffix tokens so that typing from any character on matches:
红楼梦 → initials "hlm lm m", full "hongloumeng loumeng meng"; 多音字 add their other readings (bounded).
A token from a later character is cut to WINDOW syllables, so that the index of a title grows in step with its
length (every whole suffix would grow with its square: a 10,000-character title took 1.2 GB): what is typed from
the start of a title is matched at any length, what is typed from a later character up to WINDOW syllables.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

MAX_VARIANTS = 6
"""Reading variants kept per text: the usual reading, then each 多音字 in turn in its other readings."""
FULL_VARIANTS = 3
"""Fewer for full pinyin: its tokens are long, and a librarian who types full pinyin rarely needs a rare reading."""
WINDOW = 16
"""Syllables in a token that starts after a title's first character (the token from the first one is whole)."""
_CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff])")
_WORD = re.compile(r"[0-9A-Za-z]+")
_SPACED = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+")
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[0-9a-z]+")


def fold(text: str) -> str:
    """Full-width forms to ASCII, lower case, one space between words."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def spaced(text: str) -> str:
    """Each CJK character a token of its own; Latin words and numbers kept whole."""
    return " ".join(_SPACED.findall(fold(text)))


@functools.cache
def _pinyin_dict() -> dict[int, str]:
    """pypinyin's per-character table, loaded on first use: importing pypinyin also loads its phrase dictionary
    (~0.15 s), which searching, listing and counting never need."""
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@functools.cache
def _readings(char: str) -> tuple[str, ...]:
    """Toneless readings of one character, most common first (pypinyin's dictionary), ü written v."""
    raw = _pinyin_dict().get(ord(char))
    if not raw:
        return ()
    out = []
    for reading in raw.split(","):
        decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
        out.append("".join(c for c in decomposed if unicodedata.category(c) != "Mn"))
    return tuple(dict.fromkeys(out))


def _syllables(text: str, *, first_letters: bool = False) -> list[tuple[str, ...]]:
    """Per Chinese character its readings (or their initials); a Latin word or number is one syllable as it is."""
    out: list[tuple[str, ...]] = []
    for part in _TOKEN.findall(fold(text)):
        if not _CJK.fullmatch(part):
            out.append((part,))
        elif readings := _readings(part):
            out.append(tuple(dict.fromkeys(r[0] for r in readings)) if first_letters else readings)
    return out


def _variants(syllables: list[tuple[str, ...]], limit: int = MAX_VARIANTS) -> list[tuple[int, list[str]]]:
    """The most common reading of every character (changed at -1), then one 多音字 at a time in its other
    readings, each with the position of the character it changes."""
    base = [s[0] for s in syllables]
    variants = [(-1, base)]
    for i, readings in enumerate(syllables):
        for alternative in readings[1:]:
            if len(variants) >= limit:
                return variants
            variants.append((i, base[:i] + [alternative] + base[i + 1:]))
    return variants


def _windows(changed: int, parts: list[str]) -> Iterator[str]:
    """The whole text, then a WINDOW-syllable token from each later character; of a variant (changed >= 0)
    only the tokens that hold its changed syllable, since the others are the base reading's already."""
    yield "".join(parts)
    first = 1 if changed < 0 else max(1, changed - WINDOW + 1)
    last = len(parts) if changed < 0 else min(len(parts), changed + 1)
    for i in range(first, last):
        yield "".join(parts[i:i + WINDOW])


def pinyin_tokens(text: str) -> str:
    """Initials and full pinyin of `text` as suffix tokens (bounded, see WINDOW), with 多音字 variants, for the
    FTS pinyin column; its size grows linearly with the text."""
    variants = _variants(_syllables(text, first_letters=True)) + _variants(_syllables(text), FULL_VARIANTS)
    return " ".join(dict.fromkeys(token for changed, parts in variants for token in _windows(changed, parts)))


def initials(text: str) -> str:
    """Space-separated initials of the reading variants, e.g. 曾华 → "ch zh" (for short texts such as names)."""
    return " ".join(dict.fromkeys("".join(v) for _, v in _variants(_syllables(text, first_letters=True))))


def full_pinyin(text: str) -> str:
    return " ".join(dict.fromkeys("".join(v) for _, v in _variants(_syllables(text))))


def fts_query(query: str, column: str | None = None) -> str | None:
    """An FTS5 query for what was typed: each word a phrase (its last token may be a prefix), all of them required,
    within `column` or anywhere. Operators typed by a user (AND, NEAR, *, ^, quotes) are only words here."""
    phrases = []
    for word in fold(query).split():
        tokens = [t for t in spaced(word).split() if _CJK.fullmatch(t) or _WORD.fullmatch(t)]
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    if not phrases:
        return None
    phrases[-1] += "*"
    prefix = f"{column} : " if column else ""
    return " AND ".join(prefix + phrase for phrase in phrases)


def pinyin_query(query: str) -> str | None:
    """Letters typed as pinyin, spaces and all ("hong lou", "pf dsj"), as one prefix for the pinyin column."""
    letters = "".join(fold(query).split())
    return letters if letters.isascii() and letters.isalpha() else None

"""Text prepared for search: Chinese spaced into single characters, pinyin initials and full pinyin (pypinyin).

FTS5's unicode61 tokenizer splits on spaces, so "红楼梦" stored as "红 楼 梦" makes every character a token and a
phrase query "红 楼" finds any substring of any length, 1 and 2 characters included (the trigram tokenizer
finds nothing under 3). Pinyin is stored as suffix tokens so that typing from any character on matches:
红楼梦 → initials "hlm lm m", full "hongloumeng loumeng meng"; 多音字 add their other readings (bounded).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from pypinyin import Style, pinyin

MAX_VARIANTS = 4
"""Readings combined per text for 多音字 (all readings of the first polyphonic characters, in order)."""
_CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff])")
_WORD = re.compile(r"[0-9A-Za-z]+")


def fold(text: str) -> str:
    """Full-width forms to ASCII, lower case, one space between words."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def spaced(text: str) -> str:
    """Each CJK character a token of its own; Latin words and numbers kept whole."""
    return " ".join(_CJK.sub(r" \1 ", fold(text)).split())


def _syllables(text: str, style: Style) -> list[list[str]]:
    out: list[list[str]] = []
    for chunk in pinyin(fold(text), style=style, heteronym=True, errors=lambda s: [s]):
        readings = [r for r in dict.fromkeys(chunk) if r]
        if not readings:
            continue
        if _CJK.search(readings[0]) is None and not _WORD.fullmatch(readings[0].replace(" ", "")):
            # punctuation and spaces are not typed when searching by pinyin
            words = _WORD.findall(readings[0])
            out.extend([w] for w in words)
            continue
        out.append(readings)
    return out


def _variants(syllables: list[list[str]]) -> list[list[str]]:
    choices = [s if i < 8 else s[:1] for i, s in enumerate(syllables)]
    return [list(v) for v in itertools.islice(itertools.product(*choices), MAX_VARIANTS)]


def _suffixes(parts: list[str]) -> list[str]:
    return ["".join(parts[i:]) for i in range(len(parts))]


def pinyin_tokens(text: str) -> str:
    """Initials and full pinyin of `text` as suffix tokens, every reading variant, for the FTS pinyin column."""
    tokens: dict[str, None] = {}
    for style in (Style.FIRST_LETTER, Style.NORMAL):
        for variant in _variants(_syllables(text, style)):
            for token in _suffixes([p.replace("ü", "v") for p in variant]):
                if token.isascii() and token.isalnum():
                    tokens[token] = None
    return " ".join(tokens)


def initials(text: str) -> str:
    """Space-separated initials of every reading variant, e.g. 曾华 → "zh ch" (for short names)."""
    return " ".join(dict.fromkeys("".join(v) for v in _variants(_syllables(text, Style.FIRST_LETTER))))


def full_pinyin(text: str) -> str:
    return " ".join(dict.fromkeys("".join(v) for v in _variants(_syllables(text, Style.NORMAL))))


def fts_phrase(query: str) -> str | None:
    """An FTS5 phrase for a typed query (the last token may be a prefix), or None if nothing searchable."""
    tokens = spaced(query).split()
    tokens = [t for t in tokens if _CJK.fullmatch(t) or _WORD.fullmatch(t)]
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"*'

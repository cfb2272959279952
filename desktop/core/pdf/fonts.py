"""The Chinese TrueType font of every printed page: a system font when one is usable, else the shipped one.

reportlab embeds only TrueType outlines (not the CFF of Noto/Source Han CJK or macOS PingFang), so the
candidates are TrueType files or collections (.ttc, face 0). A candidate is used only when reportlab can load
it and it has both Chinese and Latin glyphs (call numbers and codes are Latin): Droid Sans Fallback, for
instance, has no digits and is therefore not a candidate. The shipped fallback is WenQuanYi Micro Hei
(resources/fonts/wqy-microhei.ttc, Apache-2.0; see NOTICE.txt there).

The font is registered with reportlab once per process under FONT_NAME; `cjk_font()` returns that name.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources
from desktop.core import errors

FONT_NAME = "ShuyiCJK"
SHIPPED_FILE = "wqy-microhei.ttc"
REQUIRED_CHARACTERS = "书驿图书馆读者证年月日有效期至AZaz09/.-:"
"""Every one must have a glyph: Chinese for titles and names, Latin, digits and punctuation for codes."""


@dataclass(frozen=True)
class FontCandidate:
    path: Path
    subfont_index: int = 0
    """Which face of a TrueType collection (.ttc); 0 for a single .ttf."""


def system_candidates(platform: str | None = None, environ: Mapping[str, str] | None = None) -> list[FontCandidate]:
    """The Chinese TrueType fonts a computer of this kind usually has, best first (they may not exist)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform.startswith("win"):
        fonts = Path(environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows") / "Fonts"
        return [FontCandidate(fonts / "msyh.ttc"), FontCandidate(fonts / "msyh.ttf"),
                FontCandidate(fonts / "simhei.ttf"), FontCandidate(fonts / "simsun.ttc")]
    if platform == "darwin":
        # PingFang and Hiragino are not TrueType-embeddable by reportlab; Arial Unicode is.
        return [FontCandidate(Path("/Library/Fonts/Arial Unicode.ttf")),
                FontCandidate(Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"))]
    return [FontCandidate(Path(p)) for p in (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",     # Debian, Ubuntu: fonts-wqy-microhei
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",     # Fedora
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",       # Debian, Ubuntu: fonts-wqy-zenhei
    )]


def shipped_candidate() -> FontCandidate:
    return FontCandidate(resources.path("fonts", SHIPPED_FILE))


def load_first(candidates: Iterable[FontCandidate | Path | str], name: str = FONT_NAME
               ) -> tuple[FontCandidate, TTFont] | None:
    """The first candidate reportlab can load that has every REQUIRED_CHARACTERS glyph (not registered)."""
    for item in candidates:
        candidate = item if isinstance(item, FontCandidate) else FontCandidate(Path(item))
        if not candidate.path.is_file():
            continue
        try:
            font = TTFont(name, os.fspath(candidate.path), subfontIndex=candidate.subfont_index)
        except Exception:  # noqa: BLE001 — TTFError, struct.error, OSError: any unusable file is skipped
            continue
        glyphs = font.face.charToGlyph
        if all(ord(ch) in glyphs for ch in REQUIRED_CHARACTERS):
            return candidate, font
    return None


def choose_font(candidates: Iterable[FontCandidate | Path | str]) -> FontCandidate | None:
    """Which of `candidates` would be used: the first that loads and covers Chinese and Latin."""
    found = load_first(candidates, name="ShuyiCJKProbe")
    return found[0] if found else None


@functools.cache
def _registered() -> tuple[str, FontCandidate]:
    candidates = [*system_candidates(), shipped_candidate()]
    found = load_first(candidates)
    if found is None:
        raise errors.NoChineseFont(fonts=", ".join(str(c.path) for c in candidates))
    candidate, font = found
    pdfmetrics.registerFont(font)
    return FONT_NAME, candidate


def cjk_font() -> str:
    """Register the chosen font with reportlab (once) and return its name for `canvas.setFont`."""
    return _registered()[0]


def chosen_font_file() -> FontCandidate:
    """The file `cjk_font()` registered (for the about box, logs and tests)."""
    return _registered()[1]


def has_glyph(font_name: str, character: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    return face is None or ord(character) in face.charToGlyph

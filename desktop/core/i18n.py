"""Translatable text without Qt: marking strings for lupdate, and reading the shipped .ts catalogue for the CLI.

The Qt Linguist source `resources/i18n/shuyi_zh_CN.ts` is the one catalogue: the GUI loads its compiled .qm
through QTranslator, and the command line (which never loads Qt) reads the .ts itself with this module.
Source strings are English; `en` shows them as they are.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET

import resources

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context`; it is translated where it is shown."""
    return text


def normalise_language(lang: str | None) -> str:
    """Map 'zh', 'zh_CN', 'zh-CN', 'zh_CN.UTF-8', 'en_US' … to one of LANGUAGES; unknown → the default."""
    if not lang:
        return DEFAULT_LANGUAGE
    base = lang.split(".")[0].replace("-", "_")
    if base.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def ts_path(lang: str) -> os.PathLike[str]:
    return resources.path("i18n", f"shuyi_{lang}.ts")


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    if lang == "en":
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(ts_path(lang)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


def translate(context: str, text: str, lang: str) -> str:
    """The translation of `text` in `context` for `lang`; the English source when there is none."""
    return _catalogue(normalise_language(lang)).get((context, text), text)


class Term:
    """A word that is itself translated when the message holding it is shown (a status in a sentence)."""

    __slots__ = ("context", "text")

    def __init__(self, context: str, text: str) -> None:
        self.context, self.text = context, text

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Term) and (other.context, other.text) == (self.context, self.text)

    def __hash__(self) -> int:
        return hash((self.context, self.text))


def translate_params(params: dict, lang: str) -> dict:
    """The parameters of a message with every Term in them translated."""
    return {k: translate(v.context, v.text, lang) if isinstance(v, Term) else v for k, v in params.items()}

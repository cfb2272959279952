"""The translation catalogue: in step with the sources, complete, and faithful to every placeholder."""

from __future__ import annotations

import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from desktop.core import errors
from desktop.core.i18n import normalise_language, translate, ts_path
from tests.conftest import PROJECT

TS = Path(ts_path("zh_CN"))


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name", ""), msg.findtext("source", "")): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _fields(text: str) -> set[str]:
    return {f"{name}!{conv}" for _, name, _, conv in string.Formatter().parse(text) if name is not None}


def test_catalogue_matches_the_sources_exactly(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing new and nothing gone: every string is in the .ts."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(PySide6.__file__).with_name("lupdate")
    sources = sorted(str(p) for p in (PROJECT / "desktop").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
                   check=True, timeout=120)
    assert set(_messages(fresh)) == set(_messages(TS))


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    for (context, source), msg in _messages(TS).items():
        translation = msg.find("translation")
        assert translation is not None and translation.text, f"untranslated: {context} / {source}"
        assert translation.get("type") is None, f"{translation.get('type')}: {context} / {source}"
        assert _fields(translation.text) == _fields(source), f"placeholders differ: {context} / {source}"


def _all_error_classes() -> list[type[errors.ShuyiError]]:
    found, todo = [], [errors.ShuyiError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


@pytest.mark.parametrize("cls", _all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_has_a_chinese_message(cls: type[errors.ShuyiError]) -> None:
    assert translate("Errors", cls.template, "zh_CN") != cls.template
    assert translate("Errors", cls.template, "en") == cls.template


def test_language_names_are_normalised() -> None:
    assert normalise_language(None) == "zh_CN"
    assert normalise_language("en_US.UTF-8") == "en"
    assert normalise_language("zh-CN") == "zh_CN"
    assert translate("MainWindow", "Circulation", "zh_CN") == "借还台"
    assert translate("MainWindow", "Circulation", "en") == "Circulation"

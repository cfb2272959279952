"""What the window says for a refusal: the sentence and the words inside it in the window's language."""

from __future__ import annotations

from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term
from desktop.ui.app import qt_application
from desktop.ui.context import error_text
from desktop.ui.i18n import Translations


def test_a_word_inside_a_refusal_is_translated_with_it() -> None:
    qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    try:
        kinds = Term("Terms", QT_TRANSLATE_NOOP("Terms", "facility kinds"))
        refusal = errors.UnknownTerm(value="洗衣机", vocabulary=kinds, choices="微波炉")
        text = error_text(refusal)
        assert "设施类别" in text and "facility kinds" not in text
    finally:
        translations.apply("en")
    assert "facility kinds" in error_text(refusal)

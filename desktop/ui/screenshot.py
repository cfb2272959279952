"""`shuyi screenshot`: render one page of the main window offscreen, with the current database, to a PNG."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.app import Shuyi
from desktop.core.errors import FileNotWritable


def take_screenshot(*, db: str | None, page: str, out: str, lang: str, size: tuple[int, int]) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import build_window, qt_application
    from desktop.ui.i18n import Translations

    qt_application()
    translations = Translations()
    translations.apply(lang)
    target = Path(out)
    with Shuyi.open(db, create=False) as core:
        window = build_window(core, translations=translations, remember=False)
        window.resize(*size)
        window.show_page(page)
        window.show()
        window.ctx.tasks.wait_idle()
        image = window.grab()
        window.ctx.tasks.shutdown()
        window.close()
        window.deleteLater()
    if not image.save(str(target), "PNG"):
        raise FileNotWritable(path=str(target))
    return target

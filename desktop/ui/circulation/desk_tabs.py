"""The tabs under the desk's scan box: some built with the page, the others (transfers, stocktake, e-books) built
when first opened, so that they and what they import are not on the way to the window's first paint."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget

TabTitle = str | Callable[[], str]
"""A tab's title; a callable is asked again on each change of language."""
Build = Callable[[], QWidget]


def tab_class(module: str, name: str) -> Callable[..., QWidget]:
    """The class `name` of `module`, imported now (when the tab is first opened)."""
    cls: Callable[..., QWidget] = getattr(importlib.import_module(module), name)
    return cls


class DeskTabs(QTabWidget):
    """A tab widget whose later tabs wait as empty placeholders: the first time one is opened (or asked for with
    built()), its real widget is made and takes the placeholder's place at the same index, and `on_built` is
    told, to connect it to the desk."""

    def __init__(self, parent: QWidget, on_built: Callable[[str, QWidget], None]) -> None:
        super().__init__(parent)
        self._on_built = on_built
        self._titles: list[tuple[QWidget, TabTitle]] = []
        self._waiting: dict[str, tuple[QWidget, Build]] = {}
        """Tabs not built yet, by key: their placeholder and how to build them."""
        self._built: dict[str, QWidget] = {}
        self.currentChanged.connect(self._opened)

    def add(self, widget: QWidget, title: TabTitle) -> int:
        """Add a tab built already."""
        index = self.addTab(widget, self._text(title))
        self._titles.append((widget, title))
        return index

    def add_later(self, key: str, build: Build, title: TabTitle) -> int:
        """Add a tab built when it is first opened."""
        placeholder = QWidget(self)
        self._waiting[key] = (placeholder, build)
        return self.add(placeholder, title)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self, key: str) -> QWidget:
        """The tab added with add_later() as `key`, built now if it was not yet."""
        if key not in self._built:
            self._build(key)
        return self._built[key]

    def retranslate(self) -> None:
        for widget, title in self._titles:
            self.setTabText(self.indexOf(widget), self._text(title))

    def _opened(self, index: int) -> None:
        widget = self.widget(index)
        key = next((k for k, (placeholder, _build) in self._waiting.items() if placeholder is widget), None)
        if key is not None:
            self._build(key)

    def _build(self, key: str) -> None:
        placeholder, build = self._waiting.pop(key)
        widget = build()
        index = self.indexOf(placeholder)
        current = self.currentIndex()
        with QSignalBlocker(self):  # the same tab stays current: nobody hears of the swap
            self.insertTab(index, widget, self.tabText(index))
            self.removeTab(index + 1)
            self.setCurrentIndex(current)
        self._titles = [(widget if w is placeholder else w, title) for w, title in self._titles]
        placeholder.deleteLater()
        self._built[key] = widget
        self._on_built(key, widget)

    @staticmethod
    def _text(title: TabTitle) -> str:
        return title() if callable(title) else title

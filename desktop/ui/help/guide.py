"""The built-in help texts: a short guide to each page, and the keyboard shortcuts, translated like the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Guide"
GUIDES = {
    "circulation": QT_TRANSLATE_NOOP(
        "Guide",
        "Choose your reading room once; then everything is done by scanning. Scan a reader card: the reader's "
        "loans, reservations and what they may still borrow appear, and each book scanned next is lent. Scan "
        "the same card again, press Esc or click End reader when the reader is done. A book scanned with no "
        "reader at the desk is returned. The scan log on the right lists every scan, newest first; the tabs "
        "hold the overdue list, transfers and book boxes, the stocktake and e-books."),
    "catalogue": QT_TRANSLATE_NOOP(
        "Guide",
        "Type or scan into the search box: a title, author, publisher, pinyin initials, ISBN, call number or "
        "copy code. Choose a title to see its copies and their codes. Add title… and Add copies… catalogue by "
        "hand; Import… reads CSV, Excel and MARC files; Print labels… prints book and spine labels (save a PDF "
        "or print; printing marks the labels printed)."),
    "readers": QT_TRANSLATE_NOOP(
        "Guide",
        "Find a reader as you type: name, pinyin initials, card number or the last four digits of the phone. "
        "Choose a reader to see their loans, returned books, reservations and e-book loans on the right. Phone "
        "numbers are masked; showing one is recorded. Anonymise a reader who has left: the personal data is "
        "erased, the statistics are kept. Print cards… prints reader cards."),
    "stations": QT_TRANSLATE_NOOP(
        "Guide",
        "The register of your union's reading rooms and outdoor workers' service stations, with their addresses "
        "and positions; filter it by kind."),
    "facilities": QT_TRANSLATE_NOOP("Guide", "The facilities of each service station will be kept here."),
    "coverage": QT_TRANSLATE_NOOP("Guide", "Which areas the service stations reach will be shown here."),
    "reports": QT_TRANSLATE_NOOP(
        "Guide",
        "The figures a union counts: reading rooms and stations, titles and copies, readers, books on loan and "
        "overdue now, and this month's loans, returns, borrowers, reservations and e-book loans. They follow "
        "every change at once."),
    "settings": QT_TRANSLATE_NOOP(
        "Guide",
        "Your organisation's name and region code (kept in the database), the database in use and its schema "
        "version, and this computer's interface language, which changes at once."),
}
SHORTCUTS = (
    ("Ctrl+1 … Ctrl+8", QT_TRANSLATE_NOOP("Guide", "Go to a page, in the order of the list on the left")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Guide", "Search on the catalogue and readers pages")),
    ("Esc", QT_TRANSLATE_NOOP("Guide", "At the desk: end the reader's session")),
    ("Enter", QT_TRANSLATE_NOOP("Guide", "Search or scan at once; in the readers list, edit the reader")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("Guide", "Label preview: zoom in or out (also Ctrl+wheel)")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Guide", "Open another database")),
    ("F1", QT_TRANSLATE_NOOP("Guide", "The guide to the page shown")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Guide", "Quit")),
)


def guide_text(page: str) -> str:
    return QCoreApplication.translate(CONTEXT, GUIDES[page])


def shortcut_rows() -> list[tuple[str, str]]:
    return [(keys, QCoreApplication.translate(CONTEXT, text)) for keys, text in SHORTCUTS]

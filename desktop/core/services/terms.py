"""`app.terms`: the configurable lists (station kinds, facility kinds, service categories, occupations)."""

from __future__ import annotations

from desktop.core.stations import terms
from desktop.core.stations.terms import TermInfo, Vocabulary
from desktop.core.uow import UnitOfWork


class Terms:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def list(self, vocabulary: Vocabulary, *, include_retired: bool = False) -> list[TermInfo]:
        with self._uow.reading() as session:
            return terms.list_terms(session, vocabulary, include_retired=include_retired)

    def add(self, vocabulary: Vocabulary, name_zh: str, *, name_en: str = "", counted: bool = False) -> TermInfo:
        with self._uow.writing("terms.add") as session:
            return terms.add_term(session, vocabulary, name_zh, name_en=name_en, counted=counted)

    def set_retired(self, vocabulary: Vocabulary, text: str, retired: bool) -> TermInfo:
        with self._uow.writing("terms.set_retired") as session:
            return terms.set_retired(session, vocabulary, text, retired)

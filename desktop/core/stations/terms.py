"""The configurable lists (station kinds, facility kinds, service categories, occupations): read, resolve, extend.

A term is named in three ways: its stable English `key` (what JSON prints and imports may use), its Chinese name
and its English name. `resolve` accepts any of them, ignoring case and surrounding blanks, so `--kind 微波炉` and
`--kind microwave` name the same term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Term, Vocabulary
from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words

__all__ = ["Vocabulary", "TermInfo", "VOCABULARY_NAMES", "list_terms", "resolve", "add_term", "set_retired"]

VOCABULARY_NAMES = {
    Vocabulary.STATION_KIND: QT_TRANSLATE_NOOP("Terms", "station kinds"),
    Vocabulary.FACILITY_KIND: QT_TRANSLATE_NOOP("Terms", "facility kinds"),
    Vocabulary.SERVICE_CATEGORY: QT_TRANSLATE_NOOP("Terms", "service categories"),
    Vocabulary.OCCUPATION: QT_TRANSLATE_NOOP("Terms", "occupations"),
}


@dataclass(frozen=True)
class TermInfo:
    id: int
    vocabulary: Vocabulary
    key: str
    name_zh: str
    name_en: str
    counted: bool
    builtin: bool
    retired: bool

    def name(self, lang: str) -> str:
        """The name to show in a language ("zh_CN" or "en"); a term with no English name shows its Chinese one."""
        return self.name_en if lang.startswith("en") and self.name_en else self.name_zh


def _info(term: Term) -> TermInfo:
    return TermInfo(id=term.id, vocabulary=term.vocabulary, key=term.key, name_zh=term.name_zh,
                    name_en=term.name_en, counted=term.counted, builtin=term.builtin, retired=term.retired)


def list_terms(session: Session, vocabulary: Vocabulary, *, include_retired: bool = False) -> list[TermInfo]:
    query = select(Term).where(Term.vocabulary == vocabulary).order_by(Term.position, Term.id)
    if not include_retired:
        query = query.where(Term.retired.is_(False))
    return [_info(term) for term in session.scalars(query)]


def _find(session: Session, vocabulary: Vocabulary, text: str) -> Term | None:
    folded = text.strip().casefold()
    if not folded:
        return None
    query = select(Term).where(
        Term.vocabulary == vocabulary,
        (func.lower(Term.key) == folded) | (Term.name_zh == text.strip()) | (func.lower(Term.name_en) == folded),
    )
    return session.scalars(query.order_by(Term.id)).first()


def resolve(session: Session, vocabulary: Vocabulary, text: str, *, allow_retired: bool = False) -> Term:
    """The term a typed name, key or English name means; refused with the list's choices when there is none."""
    term = _find(session, vocabulary, text)
    if term is None or (term.retired and not allow_retired):
        choices = "、".join(t.name_zh for t in list_terms(session, vocabulary))
        raise errors.UnknownTerm(value=text.strip(), vocabulary=Words("Terms", VOCABULARY_NAMES[vocabulary]),
                                 choices=choices or "-")
    return term


_KEY_RE = re.compile(r"[^a-z0-9]+")


def _key_for(name_zh: str, name_en: str) -> str:
    """A stable key for a union's own term: its English name folded to snake_case, else its Chinese name."""
    slug = _KEY_RE.sub("_", name_en.casefold()).strip("_")
    return (slug or name_zh.strip())[:40]


def add_term(session: Session, vocabulary: Vocabulary, name_zh: str, *, name_en: str = "",
             counted: bool = False) -> TermInfo:
    """A union's own term, appended to the list."""
    name_zh, name_en = name_zh.strip(), name_en.strip()
    if not name_zh:
        raise errors.MissingField(field="name")
    key = _key_for(name_zh, name_en)
    for text in (name_zh, name_en, key):
        if text and _find(session, vocabulary, text) is not None:
            raise errors.DuplicateTerm(value=text, vocabulary=Words("Terms", VOCABULARY_NAMES[vocabulary]))
    last = session.scalar(select(func.max(Term.position)).where(Term.vocabulary == vocabulary)) or 0
    term = Term(vocabulary=vocabulary, key=key, name_zh=name_zh, name_en=name_en, counted=counted,
                position=last + 1)
    session.add(term)
    session.flush()
    return _info(term)


def set_retired(session: Session, vocabulary: Vocabulary, text: str, retired: bool) -> TermInfo:
    """Hide a term from choices (retired) or bring it back; what already uses it keeps it."""
    term = resolve(session, vocabulary, text, allow_retired=True)
    term.retired = retired
    session.flush()
    return _info(term)

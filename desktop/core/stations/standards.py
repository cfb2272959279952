"""Standards held as data (6+X, 七个一, 8个1, 六有, a union's own): list, show, save an imported one, edit the star
rule, and assign one to a site.

A standard is named by what users type (`6+X`, `六有`), matched ignoring case and surrounding blanks. Its items are
each met by a working facility of one of their kinds (all of them when `needs_all`) or by a recorded fact
(desktop/core/stations/compliance.py decides). The four built-in standards come with the schema; they cannot be
replaced, but their star thresholds can be edited like any other's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db.models import Site, SiteFact, Standard, StandardItem, Term, Vocabulary, standard_item_kinds
from desktop.core import errors, sites
from desktop.core.stations import terms

DEFAULT_STANDARD = "六有"
"""The national standard: what a site with no standard of its own is measured against."""
STAR_COUNT = 5
REQUIRED_CAP = 2
"""The most stars a pre-score gives while a required item is missing."""


@dataclass(frozen=True)
class ItemInfo:
    key: str
    label_zh: str
    label_en: str
    required: bool
    weight: int
    needs_all: bool
    kinds: tuple[str, ...]
    """Term keys of the facility kinds that meet it (empty for a fact item)."""
    kind_names: tuple[str, ...]
    """The same kinds' Chinese names."""
    kind_names_en: tuple[str, ...]
    fact: SiteFact | None

    def label(self, lang: str) -> str:
        return self.label_en if lang.startswith("en") and self.label_en else self.label_zh


@dataclass(frozen=True)
class StandardInfo:
    id: int
    name: str
    title: str
    region: str
    description: str
    thresholds: tuple[int, ...]
    builtin: bool
    items: tuple[ItemInfo, ...]
    sites: int = 0
    """Sites assigned this standard."""


@dataclass(frozen=True)
class ItemSpec:
    """An item as a file gives it, before its kinds and fact are checked."""

    key: str
    label_zh: str
    label_en: str = ""
    required: bool = True
    weight: int = 1
    kinds: tuple[str, ...] = ()
    fact: str = ""
    needs_all: bool = False


@dataclass(frozen=True)
class StandardSpec:
    name: str
    items: tuple[ItemSpec, ...]
    title: str = ""
    region: str = ""
    description: str = ""
    stars: str = "20,40,60,80,100"


_STAR_SEPARATORS = re.compile(r"[,，/;；\s]+")


def parse_thresholds(text: str) -> tuple[int, ...]:
    """Five percentages (1 to 5 stars), each 0–100 and at least the one before: "20,40,60,80,100"."""
    parts = [p for p in _STAR_SEPARATORS.split(text.strip()) if p]
    try:
        values = tuple(int(p) for p in parts)
    except ValueError:
        raise errors.InvalidStarThresholds(text=text) from None
    if (len(values) != STAR_COUNT or any(not 0 <= v <= 100 for v in values)
            or any(a > b for a, b in zip(values, values[1:], strict=False))):
        raise errors.InvalidStarThresholds(text=text)
    return values


def _find(session: Session, name: str) -> Standard | None:
    wanted = name.strip().casefold()
    return next((s for s in session.scalars(select(Standard)) if wanted and s.name.casefold() == wanted), None)


def standard_row(session: Session, name: str) -> Standard:
    """The standard a typed name means; refused with the names there are."""
    found = _find(session, name)
    if found is None:
        choices = "、".join(session.scalars(select(Standard.name).order_by(Standard.id)))
        raise errors.UnknownStandard(name=name.strip(), choices=choices or "-")
    return found


def items_of(session: Session, standard_ids: Sequence[int]) -> dict[int, list[ItemInfo]]:
    """Each standard's items in order, with the facility kinds that meet them."""
    kinds: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    rows = session.execute(
        select(standard_item_kinds.c.item_id, Term.key, Term.name_zh, Term.name_en)
        .join(Term, Term.id == standard_item_kinds.c.term_id)
        .join(StandardItem, StandardItem.id == standard_item_kinds.c.item_id)
        .where(StandardItem.standard_id.in_(standard_ids)).order_by(Term.position, Term.id))
    for item_id, key, name_zh, name_en in rows:
        kinds[item_id].append((key, name_zh, name_en or name_zh))
    found: dict[int, list[ItemInfo]] = defaultdict(list)
    query = (select(StandardItem).where(StandardItem.standard_id.in_(standard_ids))
             .order_by(StandardItem.position, StandardItem.id))
    for item in session.scalars(query):
        found[item.standard_id].append(ItemInfo(
            key=item.key, label_zh=item.label_zh, label_en=item.label_en, required=item.required, weight=item.weight,
            needs_all=item.needs_all, kinds=tuple(k[0] for k in kinds[item.id]),
            kind_names=tuple(k[1] for k in kinds[item.id]), kind_names_en=tuple(k[2] for k in kinds[item.id]),
            fact=item.fact))
    return found


def _info(standard: Standard, items: list[ItemInfo], assigned: int) -> StandardInfo:
    return StandardInfo(id=standard.id, name=standard.name, title=standard.title, region=standard.region,
                        description=standard.description, thresholds=parse_thresholds(standard.star_thresholds),
                        builtin=standard.builtin, items=tuple(items), sites=assigned)


def _assigned(session: Session) -> dict[int, int]:
    rows = session.execute(select(Site.standard_id, func.count()).where(Site.standard_id.is_not(None))
                           .group_by(Site.standard_id))
    return {standard_id: n for standard_id, n in rows}


def list_standards(session: Session) -> list[StandardInfo]:
    """Every standard, the built-in ones first, each with its items and how many sites are held to it."""
    rows = list(session.scalars(select(Standard).order_by(Standard.builtin.desc(), Standard.id)))
    items = items_of(session, [s.id for s in rows])
    assigned = _assigned(session)
    return [_info(s, items[s.id], assigned.get(s.id, 0)) for s in rows]


def get_standard(session: Session, name: str) -> StandardInfo:
    standard = standard_row(session, name)
    return _info(standard, items_of(session, [standard.id])[standard.id], _assigned(session).get(standard.id, 0))


def set_thresholds(session: Session, name: str, text: str) -> StandardInfo:
    """Change the star pre-score's rule of a standard (built-in ones too: a city sets its own bar)."""
    standard = standard_row(session, name)
    standard.star_thresholds = ",".join(str(v) for v in parse_thresholds(text))
    session.flush()
    return get_standard(session, standard.name)


def assign(session: Session, site_code: str, name: str | None) -> StandardInfo | None:
    """Hold a site to a standard (None: to none of its own, so the national 六有 applies)."""
    site = sites.site_by_code(session, site_code)
    standard = standard_row(session, name) if name is not None else None
    site.standard_id = standard.id if standard is not None else None
    session.flush()
    return get_standard(session, standard.name) if standard is not None else None


def site_standard(session: Session, site: Site, name: str | None) -> Standard:
    """The standard asked for by name, else the site's own, else the national 六有."""
    if name:
        return standard_row(session, name)
    if site.standard_id is not None:
        return session.get_one(Standard, site.standard_id)
    return standard_row(session, DEFAULT_STANDARD)


def _resolved_items(session: Session, spec: StandardSpec) -> list[tuple[ItemSpec, list[Term], SiteFact | None]]:
    seen: set[str] = set()
    resolved = []
    facts = {f.value: f for f in SiteFact}
    for item in spec.items:
        if item.key.casefold() in seen:
            raise errors.DuplicateItemKey(key=item.key)
        seen.add(item.key.casefold())
        kinds = []
        for text in item.kinds:
            try:
                kinds.append(terms.resolve(session, Vocabulary.FACILITY_KIND, text))
            except errors.UnknownTerm as exc:
                raise errors.UnknownItemKind(item=item.key, value=text, choices=exc.params["choices"]) from None
        fact = None
        if item.fact:
            fact = facts.get(item.fact.strip().casefold())
            if fact is None:
                raise errors.UnknownFact(item=item.key, value=item.fact, choices=", ".join(facts))
        if len({k.id for k in kinds}) != len(kinds):
            raise errors.InvalidStandardItem(item=item.key, reason="a facility kind is named twice")
        resolved.append((item, kinds, fact))
    return resolved


def save_standard(session: Session, spec: StandardSpec, *, replace: bool = False) -> StandardInfo:
    """Add a union's own standard (or, with `replace`, put new items into a union's own standard of that name:
    the sites held to it stay held to it)."""
    thresholds = ",".join(str(v) for v in parse_thresholds(spec.stars))
    resolved = _resolved_items(session, spec)
    existing = _find(session, spec.name)
    if existing is not None and existing.builtin:
        raise errors.BuiltinStandard(name=existing.name)
    if existing is not None and not replace:
        raise errors.DuplicateStandard(name=existing.name)
    standard = existing or Standard(name=spec.name)
    standard.name = spec.name
    standard.title, standard.region, standard.description = spec.title, spec.region, spec.description
    standard.star_thresholds = thresholds
    session.add(standard)
    session.flush()
    if existing is not None:
        old = select(StandardItem.id).where(StandardItem.standard_id == standard.id)
        session.execute(delete(standard_item_kinds).where(standard_item_kinds.c.item_id.in_(old)))
        session.execute(delete(StandardItem).where(StandardItem.standard_id == standard.id))
    for position, (item, kinds, fact) in enumerate(resolved, start=1):
        row = StandardItem(standard_id=standard.id, position=position, key=item.key, label_zh=item.label_zh,
                           label_en=item.label_en, required=item.required, weight=item.weight,
                           needs_all=item.needs_all, fact=fact)
        session.add(row)
        session.flush()
        if kinds:
            session.execute(insert(standard_item_kinds), [{"item_id": row.id, "term_id": k.id} for k in kinds])
    session.flush()
    return get_standard(session, standard.name)

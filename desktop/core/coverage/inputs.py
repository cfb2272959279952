"""What the engine measures, read from the database: active stations from `sites`, demand from `demand_points`.

Demand is read with plain SQL over the table schema 0010 defines (docs/coverage.md "Demand"): every point of every
layer, or of one named layer. A database without that table, or without points, has no demand to measure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from db.models import Site, SiteKind
from desktop.core import errors
from desktop.core.coverage.spatial import Points


@dataclass(frozen=True)
class Stations:
    """Sites with a position, in the order of `points`."""

    points: Points
    ids: tuple[int, ...]
    codes: tuple[str, ...]
    names: tuple[str, ...]
    kinds: tuple[str, ...]
    seats: tuple[int | None, ...]


def load_stations(session: Session, *, include_rooms: bool = False) -> Stations:
    """Open service stations (not closed) with coordinates; with `include_rooms`, open reading rooms too."""
    kinds = [SiteKind.SERVICE_STATION, SiteKind.READING_ROOM] if include_rooms else [SiteKind.SERVICE_STATION]
    rows = session.execute(
        select(Site.id, Site.code, Site.name, Site.kind, Site.seats, Site.lng_wgs84, Site.lat_wgs84)
        .where(Site.kind.in_(kinds), Site.closed_on.is_(None), Site.lng_wgs84.is_not(None))
        .order_by(Site.code)
    ).all()
    return Stations(
        points=Points.of([r.lng_wgs84 for r in rows], [r.lat_wgs84 for r in rows]),
        ids=tuple(r.id for r in rows), codes=tuple(r.code for r in rows), names=tuple(r.name for r in rows),
        kinds=tuple(str(r.kind) for r in rows),
        seats=tuple(r.seats for r in rows),
    )


def load_demand(session: Session, *, layer: str | None = None) -> Points:
    """Every demand point (of `layer` when named), weighted; NoDemandPoints when there are none."""
    if not inspect(session.connection()).has_table("demand_points"):
        raise errors.NoDemandPoints()
    if layer is None:
        rows = session.execute(text("SELECT lng_wgs84, lat_wgs84, weight FROM demand_points ORDER BY id")).all()
    else:
        found = session.execute(text("SELECT id FROM demand_layers WHERE name = :name"), {"name": layer}).first()
        if found is None:
            names = session.execute(text("SELECT name FROM demand_layers ORDER BY name")).scalars().all()
            raise errors.UnknownDemandLayer(name=layer, layers=", ".join(names) or "-")
        rows = session.execute(text("SELECT lng_wgs84, lat_wgs84, weight FROM demand_points WHERE layer_id = :layer "
                                    "ORDER BY id"), {"layer": found.id}).all()
    if not rows:
        raise errors.NoDemandPoints()
    table = np.array(rows, dtype=np.float64)
    return Points.of(table[:, 0], table[:, 1], table[:, 2])


def load_inputs(session: Session, *, include_rooms: bool = False, layer: str | None = None) -> tuple[Stations, Points]:
    return load_stations(session, include_rooms=include_rooms), load_demand(session, layer=layer)

"""Demand layers: points saved into a named layer, re-imports kept in step with the file, layers listed and deleted.

A layer is what its file says: importing a file again into its layer keeps the rows that are still in the file
(same datum, coordinate as it came in, weight, kind and label: their uuid stays), adds the new ones and removes
the ones gone. Re-importing an unchanged file therefore adds nothing and removes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import CoordSystem, DemandLayer, DemandPoint, LayerSource
from db.uuid7 import uuid7
from desktop.core import errors, lengths
from desktop.core.records import Rejected

LAYER_NAME_MAX = lengths.limit(DemandLayer, "name") or 100
_BATCH = 20_000


@dataclass(frozen=True)
class PointRow:
    """One good row: the point as it came in and in WGS-84, with its weight, kind and label."""

    coord_system: CoordSystem
    coord_lng: float
    coord_lat: float
    lng_wgs84: float
    lat_wgs84: float
    weight: float
    kind: str
    label: str

    def key(self) -> tuple[object, ...]:
        """What makes a re-imported row the same row."""
        return (self.coord_system.value, self.coord_lng, self.coord_lat, self.weight, self.kind, self.label)


@dataclass(frozen=True)
class LayerInfo:
    name: str
    source: LayerSource
    points: int
    weight: float
    note: str


@dataclass(frozen=True)
class DemandReport:
    path: str
    layer: str
    rows_read: int
    added: int
    kept: int
    removed: int
    rejected: tuple[Rejected, ...]
    datum_from: str


def layer_for(session: Session, name: str, source: LayerSource, note: str) -> DemandLayer:
    """The layer called `name`, made when missing; its source and note say what filled it last."""
    layer = session.scalar(select(DemandLayer).where(DemandLayer.name == name))
    if layer is None:
        layer = DemandLayer(name=name, source=source, note=note)
        session.add(layer)
    else:
        layer.source, layer.note = source, note
    session.flush()
    return layer


def sync_points(session: Session, layer: DemandLayer, points: tuple[PointRow, ...]) -> tuple[int, int, int]:
    """Make the layer hold exactly `points`: (added, kept, removed); rows already there keep their identity."""
    held: dict[tuple[object, ...], list[int]] = defaultdict(list)
    query = select(DemandPoint.id, DemandPoint.coord_system, DemandPoint.coord_lng, DemandPoint.coord_lat,
                   DemandPoint.weight, DemandPoint.kind, DemandPoint.label).where(DemandPoint.layer_id == layer.id)
    for row in session.execute(query):
        held[(row.coord_system.value, row.coord_lng, row.coord_lat, row.weight, row.kind, row.label)].append(row.id)
    new = []
    kept = 0
    for point in points:
        ids = held.get(point.key())
        if ids:
            ids.pop()
            kept += 1
        else:
            new.append(point)
    gone = [i for ids in held.values() for i in ids]
    for start in range(0, len(gone), _BATCH):
        session.execute(delete(DemandPoint).where(DemandPoint.id.in_(gone[start : start + _BATCH])))
    add_points(session, layer, new)
    return len(new), kept, len(gone)


def add_points(session: Session, layer: DemandLayer, points: list[PointRow]) -> None:
    """Insert the points in batches through Core (the ORM's bulk path costs several times more per row)."""
    table = DemandPoint.__table__
    connection = session.connection()
    for start in range(0, len(points), _BATCH):
        rows = [{"uuid": uuid7(), "layer_id": layer.id, "coord_system": p.coord_system, "coord_lng": p.coord_lng,
                 "coord_lat": p.coord_lat, "lng_wgs84": p.lng_wgs84, "lat_wgs84": p.lat_wgs84, "weight": p.weight,
                 "kind": p.kind, "label": p.label} for p in points[start : start + _BATCH]]
        connection.execute(table.insert(), rows)


def clear_layer(session: Session, layer: DemandLayer) -> int:
    return session.execute(delete(DemandPoint).where(DemandPoint.layer_id == layer.id)).rowcount or 0


def list_layers(session: Session) -> list[LayerInfo]:
    counts = (select(DemandPoint.layer_id, func.count().label("n"), func.sum(DemandPoint.weight).label("w"))
              .group_by(DemandPoint.layer_id).subquery())
    rows = session.execute(select(DemandLayer.name, DemandLayer.source, DemandLayer.note, counts.c.n, counts.c.w)
                           .outerjoin(counts, counts.c.layer_id == DemandLayer.id).order_by(DemandLayer.id))
    return [LayerInfo(name=r.name, source=r.source, points=r.n or 0, weight=float(r.w or 0), note=r.note)
            for r in rows]


def find_layer(session: Session, name: str) -> DemandLayer:
    layer = session.scalar(select(DemandLayer).where(DemandLayer.name == name))
    if layer is None:
        choices = ", ".join(session.scalars(select(DemandLayer.name).order_by(DemandLayer.id))) or "-"
        raise errors.UnknownLayer(name=name, choices=choices)
    return layer


def delete_layer(session: Session, name: str) -> int:
    """Delete a layer and its points; the number of points deleted."""
    layer = find_layer(session, name)
    removed = clear_layer(session, layer)
    session.delete(layer)
    return removed

"""`app.coverage_data`: boundaries and demand imported, demand grids made, layers listed and deleted."""

from __future__ import annotations

from pathlib import Path

from db.models import CoordSystem, LayerSource
from desktop.core import errors
from desktop.core.coverage import boundaries, demand, demand_rows, grid
from desktop.core.coverage.boundaries import BoundaryInfo, BoundaryReport
from desktop.core.coverage.demand import DemandReport, LayerInfo
from desktop.core.coverage.grid import GridReport
from desktop.core.uow import UnitOfWork


class CoverageData:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def import_boundaries(self, path: Path, crs: CoordSystem | None = None) -> BoundaryReport:
        """Every (Multi)Polygon feature of a GeoJSON file as a boundary; the whole file is checked first."""
        path = Path(path)
        parsed, system, datum_from = boundaries.read_boundaries(path, crs)
        with self._uow.writing("coverage_data.import_boundaries") as session:
            return boundaries.save_boundaries(session, path, parsed, system, datum_from)

    def import_demand(self, path: Path, crs: CoordSystem | None = None, *, layer: str | None = None,
                      weight_column: str | None = None) -> DemandReport:
        """The good rows of a CSV, XLSX or GeoJSON file into a layer (named after the file unless given); the bad
        ones come back as rejected. Refused (nothing changed) when no row is good."""
        path = Path(path)
        read = demand_rows.read_points(path, crs, weight_column)
        if not read.points:
            raise errors.NoDemandRows(path=str(path), rows=read.rows_read, rejected=read.rejected)
        name = (layer or path.stem).strip()[: demand.LAYER_NAME_MAX] or path.name[: demand.LAYER_NAME_MAX]
        with self._uow.writing("coverage_data.import_demand") as session:
            target = demand.layer_for(session, name, LayerSource.IMPORT, path.name)
            added, kept, removed = demand.sync_points(session, target, read.points)
        return DemandReport(path=str(path), layer=name, rows_read=read.rows_read, added=added, kept=kept,
                            removed=removed, rejected=read.rejected, datum_from=read.datum_from)

    def make_grid(self, cell_m: float, *, boundary: list[str] | None = None, weight_layer: str | None = None,
                  layer: str | None = None) -> GridReport:
        """A layer of cell centres over the boundaries (all, or those named); made again, it replaces itself."""
        with self._uow.writing("coverage_data.make_grid") as session:
            return grid.make_grid(session, cell_m, boundary_names=boundary, weight_layer=weight_layer,
                                  layer_name=layer)

    def list_layers(self) -> list[LayerInfo]:
        with self._uow.reading() as session:
            return demand.list_layers(session)

    def list_boundaries(self) -> list[BoundaryInfo]:
        with self._uow.reading() as session:
            return boundaries.list_boundaries(session)

    def delete_layer(self, name: str) -> int:
        with self._uow.writing("coverage_data.delete_layer") as session:
            return demand.delete_layer(session, name)

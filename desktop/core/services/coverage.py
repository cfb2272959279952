"""`app.coverage`: the 15-minute service circle over the database's stations and demand points (read only)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.coords import CoordSystem
from desktop.core.coverage import candidates as candidate_places
from desktop.core.coverage import gap_sheet
from desktop.core.coverage.answers import CoverageFigures, SitingAnswer, StationWhatIf
from desktop.core.coverage.gaps import GapPlace, gap_places
from desktop.core.coverage.inputs import Stations, load_demand, load_inputs, load_stations
from desktop.core.coverage.matrix import build
from desktop.core.coverage.measures import measure
from desktop.core.coverage.siting import DEFAULT_TIME_LIMIT_S, LEVELS, site
from desktop.core.coverage.spatial import Points
from desktop.core.coverage.travel import Travel
from desktop.core.coverage.whatif import station_changes
from desktop.core.uow import UnitOfWork


class Coverage:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def _inputs(self, include_rooms: bool, layer: str | None) -> tuple[Stations, Points]:
        with self._uow.reading() as session:
            return load_inputs(session, include_rooms=include_rooms, layer=layer)

    def measures(self, travel: Travel, *, include_rooms: bool = False, layer: str | None = None) -> CoverageFigures:
        """Shares covered and cross-covered, times, and each station's load."""
        stations, demand = self._inputs(include_rooms, layer)
        return CoverageFigures(measure(demand, stations.points, travel, seats=list(stations.seats)), stations)

    def gaps(self, travel: Travel, *, include_rooms: bool = False, layer: str | None = None) -> list[GapPlace]:
        """The uncovered places, heaviest first."""
        stations, demand = self._inputs(include_rooms, layer)
        return gap_places(demand, stations.points, travel)

    def write_gaps_xlsx(self, places: list[GapPlace], path: Path, lang: str) -> None:
        gap_sheet.write(places, Path(path), lang)

    def candidates(self, source: str | Path, travel: Travel, *, spacing_m: float | None = None,
                   datum: CoordSystem | None = None, layer: str | None = None) -> candidate_places.Candidates:
        """Where new stations may go: "demand", "grid" (spacing: half the radius unless given) or a host file."""
        if source == "demand" or source == "grid":
            with self._uow.reading() as session:
                demand = load_demand(session, layer=layer)
            if source == "demand":
                return candidate_places.from_demand(demand)
            return candidate_places.grid(demand, spacing_m or travel.radius_m / 2, travel.radius_m)
        return candidate_places.from_file(Path(source), datum)

    def site(self, travel: Travel, k: int | None, *, candidates: candidate_places.Candidates,
             objective: str = "cover", include_rooms: bool = False, layer: str | None = None,
             time_limit_s: float = DEFAULT_TIME_LIMIT_S, run_exact: bool = True) -> SitingAnswer:
        """The next k stations among the candidates, the active stations fixed."""
        stations, demand = self._inputs(include_rooms, layer)
        result = site(demand, stations.points, candidates.points, travel, k, objective=objective,
                      time_limit_s=time_limit_s, run_exact=run_exact)
        return SitingAnswer(result, candidates, stations)

    def station_changes(self, travel: Travel, *, candidates: candidate_places.Candidates, objective: str = "cover",
                        include_rooms: bool = False, layer: str | None = None) -> StationWhatIf:
        """What closing or moving each active station would cost, cheapest first."""
        stations, demand = self._inputs(include_rooms, layer)
        instance = build(demand, stations.points, candidates.points, travel)
        changes = station_changes(instance, levels=LEVELS[objective])
        return StationWhatIf(changes, stations, candidates)

    def station_list(self, *, include_rooms: bool = False) -> Stations:
        with self._uow.reading() as session:
            return load_stations(session, include_rooms=include_rooms)

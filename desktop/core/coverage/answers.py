"""What `app.coverage` answers: figures with the stations they are of, siting and what-ifs with their candidates."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.coverage.candidates import Candidates
from desktop.core.coverage.inputs import Stations
from desktop.core.coverage.measures import Measures
from desktop.core.coverage.siting import Siting
from desktop.core.coverage.whatif import StationChange


@dataclass(frozen=True)
class CoverageFigures:
    measures: Measures
    stations: Stations


@dataclass(frozen=True)
class SitingAnswer:
    siting: Siting
    candidates: Candidates
    stations: Stations


@dataclass(frozen=True)
class StationWhatIf:
    changes: list[StationChange]
    stations: Stations
    candidates: Candidates

"""`app.standards`: standards held as data, a site's standard, and compliance with it (met, missing, pre-score)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.stations import compliance, standards
from desktop.core.stations.compliance import SiteCompliance
from desktop.core.stations.standards import StandardInfo
from desktop.core.uow import UnitOfWork


class Standards:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def list(self) -> list[StandardInfo]:
        with self._uow.reading() as session:
            return standards.list_standards(session)

    def get(self, name: str) -> StandardInfo:
        with self._uow.reading() as session:
            return standards.get_standard(session, name)

    def import_file(self, path: Path, *, replace: bool = False) -> StandardInfo:
        """A union's own standard from a JSON, CSV or XLSX file (docs/stations.md); refused whole when wrong."""
        from desktop.core.stations.standard_files import read_standard

        spec = read_standard(Path(path))
        with self._uow.writing("standards.import_standard") as session:
            return standards.save_standard(session, spec, replace=replace)

    def set_thresholds(self, name: str, thresholds: str) -> StandardInfo:
        with self._uow.writing("standards.set_thresholds") as session:
            return standards.set_thresholds(session, name, thresholds)

    def assign(self, site_code: str, name: str | None) -> StandardInfo | None:
        """Hold a site to a standard; None: to none of its own (the national 六有 applies)."""
        with self._uow.writing("standards.assign") as session:
            return standards.assign(session, site_code, name)

    def compliance(self, site_code: str, standard: str | None = None) -> SiteCompliance:
        with self._uow.reading() as session:
            return compliance.site_compliance(session, site_code, standard)

    def all_compliance(self, standard: str | None = None) -> list[SiteCompliance]:
        with self._uow.reading() as session:
            return compliance.all_compliance(session, standard)

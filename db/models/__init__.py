"""All mapped models, one module per aggregate, imported here so that Base.metadata is complete for Alembic."""

from db.models.accounts import User
from db.models.copies import Copy, CopyStatus
from db.models.counters import Counter
from db.models.coverage import Boundary, DemandLayer, DemandPoint, LayerSource
from db.models.ebooks import EbookLicence, EbookLoan
from db.models.facilities import Facility, FacilitySource, FacilityStatus, FacilityStatusChange
from db.models.holds import Hold, HoldStatus
from db.models.inspections import Finding, Inspection, InspectionKind, Recheck, Rectification, RectificationStatus
from db.models.label_templates import LabelMedia, LabelTemplate
from db.models.loans import Loan
from db.models.maintenance import Expiry, MaintenancePlan, MaintenanceRecord, Season
from db.models.periodicals import PeriodicalIssue
from db.models.printer_calibrations import PrinterCalibration
from db.models.reader_types import ReaderType
from db.models.readers import PhoneReveal, Reader, ReaderStatus
from db.models.services import DutyShift, ServiceEvent, VisitCount
from db.models.settings import Setting
from db.models.site_facts import SiteFactRecord
from db.models.sites import BuildMode, CoordSystem, Site, SiteKind
from db.models.standards import SiteFact, Standard, StandardItem, standard_item_kinds
from db.models.stocktakes import Stocktake, StocktakeMissing, StocktakeScan, StocktakeStatus
from db.models.terms import Term, Vocabulary
from db.models.titles import Title, TitleKind
from db.models.transfers import Transfer, TransferItem, TransferKind, TransferStatus

__all__ = [
    "EbookLicence", "EbookLoan", "Hold", "HoldStatus", "Loan", "Stocktake", "StocktakeMissing", "StocktakeScan",
    "StocktakeStatus",
    "Transfer", "TransferItem", "TransferKind", "TransferStatus",
    "CoordSystem", "Copy", "CopyStatus", "Counter", "LabelMedia", "LabelTemplate", "PeriodicalIssue", "PhoneReveal",
    "PrinterCalibration", "Reader", "ReaderStatus", "ReaderType", "Setting", "Site", "SiteKind", "Title", "TitleKind",
    "User",
    "BuildMode", "DutyShift", "Expiry", "Facility", "FacilitySource", "FacilityStatus", "FacilityStatusChange",
    "Finding", "Inspection", "InspectionKind", "MaintenancePlan", "MaintenanceRecord", "Recheck", "Rectification",
    "RectificationStatus", "Season", "ServiceEvent", "SiteFact", "SiteFactRecord", "Standard", "StandardItem",
    "Term", "VisitCount", "Vocabulary", "standard_item_kinds",
    "Boundary", "DemandLayer", "DemandPoint", "LayerSource",
]

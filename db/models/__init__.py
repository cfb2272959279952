"""All mapped models, one module per aggregate, imported here so that Base.metadata is complete for Alembic."""

from db.models.accounts import User
from db.models.copies import Copy, CopyStatus
from db.models.counters import Counter
from db.models.ebooks import EbookLicence, EbookLoan
from db.models.holds import Hold, HoldStatus
from db.models.label_templates import LabelMedia, LabelTemplate
from db.models.loans import Loan
from db.models.periodicals import PeriodicalIssue
from db.models.printer_calibrations import PrinterCalibration
from db.models.reader_types import ReaderType
from db.models.readers import PhoneReveal, Reader, ReaderStatus
from db.models.settings import Setting
from db.models.sites import CoordSystem, Site, SiteKind
from db.models.stocktakes import Stocktake, StocktakeMissing, StocktakeScan, StocktakeStatus
from db.models.titles import Title, TitleKind
from db.models.transfers import Transfer, TransferItem, TransferKind, TransferStatus

__all__ = [
    "EbookLicence", "EbookLoan", "Hold", "HoldStatus", "Loan", "Stocktake", "StocktakeMissing", "StocktakeScan",
    "StocktakeStatus",
    "Transfer", "TransferItem", "TransferKind", "TransferStatus",
    "CoordSystem", "Copy", "CopyStatus", "Counter", "LabelMedia", "LabelTemplate", "PeriodicalIssue", "PhoneReveal",
    "PrinterCalibration", "Reader", "ReaderStatus", "ReaderType", "Setting", "Site", "SiteKind", "Title", "TitleKind",
    "User",
]

"""All mapped models, imported here so that Base.metadata is complete for Alembic and create_all."""

from db.models.accounts import User
from db.models.catalogue import Copy, CopyStatus, Counter, PeriodicalIssue, Title, TitleKind
from db.models.circulation import (
    EbookLicence,
    EbookLoan,
    Hold,
    HoldStatus,
    Loan,
    Stocktake,
    StocktakeMissing,
    StocktakeScan,
    StocktakeStatus,
    Transfer,
    TransferItem,
    TransferKind,
    TransferStatus,
)
from db.models.labels import LabelMedia, LabelTemplate, PrinterCalibration
from db.models.readers import PhoneReveal, Reader, ReaderStatus, ReaderType
from db.models.settings import Setting
from db.models.sites import CoordSystem, Site, SiteKind

__all__ = [
    "EbookLicence", "EbookLoan", "Hold", "HoldStatus", "Loan", "Stocktake", "StocktakeMissing", "StocktakeScan",
    "StocktakeStatus",
    "Transfer", "TransferItem", "TransferKind", "TransferStatus",
    "CoordSystem", "Copy", "CopyStatus", "Counter", "LabelMedia", "LabelTemplate", "PeriodicalIssue", "PhoneReveal",
    "PrinterCalibration", "Reader", "ReaderStatus", "ReaderType", "Setting", "Site", "SiteKind", "Title", "TitleKind",
    "User",
]

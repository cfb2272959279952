"""All mapped models, imported here so that Base.metadata is complete for Alembic and create_all."""

from db.models.accounts import User
from db.models.settings import Setting
from db.models.sites import CoordSystem, Site, SiteKind

__all__ = ["CoordSystem", "Setting", "Site", "SiteKind", "User"]

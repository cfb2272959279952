"""E-book cloud lending (云借阅): licences with a reading URL and a cap on simultaneous loans, and their loans.

A licence is a title the union may lend as an e-book: its reading address, how many readers may read at once
(max_concurrent) and for how long (loan_days, 90 by default). Its printed slip carries an E code
(`EJH01-000001X`, serials per site in the counter scope "ebook"). At the desk, a reader's card and then the slip
make a loan: a random token, and the reading address with it (panel.reading_url) for the QR the reader scans
with a phone. A loan is current until it expires by itself (expires_at) or is revoked at the desk; a licence
never has more current loans than its cap.

Rules:
- Only an active reader borrows (errors.ReaderBlocked). Overdue books do not block e-books, and e-book loans do
  not count against the reader type's book loan limit (max_loans): they hold no copy and return themselves.
- A reader who already reads this licence gets the same address again (a warning; no second loan).
- A withdrawn licence (active False) lends no more; its running loans keep running until they end.
- The cap is checked with the licence row locked (`FOR UPDATE`, a no-op on SQLite, whose write transactions
  begin IMMEDIATE and so already run one at a time), so two desks never lend the last licence twice.

Every function works inside the caller's transaction and raises a ShuyiError before changing anything.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db import bounds
from db.models import EbookLicence, EbookLoan, Reader, Site, Title
from desktop.core import codes, counters, errors
from desktop.core.circulation import rules
from desktop.core.circulation.panel import reading_url
from desktop.core.circulation.results import Action, Level, Say, ScanResult
from desktop.core.clock import Clock
from desktop.core.errors import ranges as range_errors
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.privacy import mask_name

EBOOK_SCOPE = "ebook"
"""Counter scope of E-code serials, keyed by the site code the code carries."""
DEFAULT_LOAN_DAYS = 90
MAX_URL_LENGTH = 500
"""The column's width (the token is added when the address is shown, not stored)."""
TOKEN_BYTES = 16
"""Random bytes in a loan token: 22 URL-safe characters."""

LENT = QT_TRANSLATE_NOOP("Desk", "E-book {title} lent: scan the QR with a phone to read until {until}")
LENT_AGAIN = QT_TRANSLATE_NOOP("Desk", "{name} already reads the e-book {title} (until {until}): the same QR again")
STATUS = QT_TRANSLATE_NOOP("Desk", "{title}: {used} of {cap} in use")
STATUS_FULL = QT_TRANSLATE_NOOP("Desk", "{title}: {used} of {cap} in use; the next frees up on {date}")
STATUS_WITHDRAWN = QT_TRANSLATE_NOOP("Desk", "{title}: withdrawn, no new loans ({used} still reading)")


@dataclass(frozen=True)
class LicenceInfo:
    id: int
    code: str
    """The E code on the licence's printed slip."""
    title_id: int
    title: str
    access_url: str
    max_concurrent: int
    loan_days: int
    active: bool
    in_use: int
    """Current loans (not revoked, not expired) at the time asked."""
    next_free_on: dt.date | None
    """When full: the local day a loan ends and a licence frees up (None: not full)."""

    @property
    def full(self) -> bool:
        return self.in_use >= self.max_concurrent


@dataclass(frozen=True)
class EbookLoanInfo:
    id: int
    licence_id: int
    licence_code: str
    title: str
    reader_id: int
    reader_card: str
    reader_name: str
    site_code: str
    """The room that lent it."""
    lent_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    url: str
    """The reading address with this loan's token (what the QR carries)."""
    current: bool

    @property
    def expires_on(self) -> dt.date:
        return self.expires_at.astimezone().date()


# -- licences -------------------------------------------------------------------------------------------------
def checked_terms(access_url: str, max_concurrent: int, loan_days: int) -> str:
    """The reading address trimmed, or errors.InvalidEbookLicence: http(s) with a host, no fragment (the token
    is appended as a query parameter), no spaces, at most MAX_URL_LENGTH; a cap and loan days within db.bounds
    (range_errors.EbookTermsOutOfRange, one kind of InvalidEbookLicence)."""
    url = access_url.strip()
    if not (bounds.EBOOK_CAP.holds(max_concurrent) and bounds.EBOOK_LOAN_DAYS.holds(loan_days)):
        raise range_errors.EbookTermsOutOfRange(cap=max_concurrent, days=loan_days, cap_high=bounds.EBOOK_CAP.high,
                                          days_high=bounds.EBOOK_LOAN_DAYS.high)
    bad = errors.InvalidEbookLicence(url=url or "-", cap=max_concurrent, days=loan_days)
    if len(url) > MAX_URL_LENGTH or any(c.isspace() for c in url):
        raise bad
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise bad from None
    if parts.scheme.lower() not in ("http", "https") or not host or "#" in url:
        raise bad
    return url


def add_licence(session: Session, *, title_id: int, access_url: str, max_concurrent: int,
                loan_days: int = DEFAULT_LOAN_DAYS, site: Site, clock: Clock) -> LicenceInfo:
    """Licence a title for e-book lending, with a new E code of `site`.

    A title has at most one licence: adding one to a title that has one changes its terms and lends it again
    (active), keeping its code, so the slips already printed stay good."""
    url = checked_terms(access_url, max_concurrent, loan_days)
    if session.get(Title, title_id) is None:
        raise errors.UnknownTitle(id=title_id)
    licence = session.scalars(select(EbookLicence).where(EbookLicence.title_id == title_id)).one_or_none()
    if licence is None:
        code = codes.make(codes.CodeType.EBOOK, site.code, counters.take(session, EBOOK_SCOPE, site.code))
        licence = EbookLicence(code=code, title_id=title_id)
        session.add(licence)
    licence.access_url, licence.max_concurrent, licence.loan_days, licence.active = (
        url, max_concurrent, loan_days, True)
    session.flush()
    return licence_info(session, licence, clock)


def licence_by_code(session: Session, code: str) -> EbookLicence:
    """The licence a scanned or typed E code names; errors.ForeignCode, BadCheckCharacter, WrongCodeType or
    UnknownCode otherwise."""
    parsed = codes.parse(code)
    if parsed.type is not codes.CodeType.EBOOK:
        raise errors.WrongCodeType(code=parsed.text)
    licence = session.scalars(select(EbookLicence).where(EbookLicence.code == parsed.text)).one_or_none()
    if licence is None:
        raise errors.UnknownCode(code=parsed.text)
    return licence


def update_licence(session: Session, code: str, *, access_url: str | None = None, max_concurrent: int | None = None,
                   loan_days: int | None = None, active: bool | None = None, clock: Clock) -> LicenceInfo:
    """Change a licence's terms (None: unchanged). Running loans keep their address token and end date; a cap
    lowered under the loans in use lends again once enough of them have ended."""
    licence = licence_by_code(session, code)
    url = checked_terms(licence.access_url if access_url is None else access_url,
                        licence.max_concurrent if max_concurrent is None else max_concurrent,
                        licence.loan_days if loan_days is None else loan_days)
    licence.access_url = url
    if max_concurrent is not None:
        licence.max_concurrent = max_concurrent
    if loan_days is not None:
        licence.loan_days = loan_days
    if active is not None:
        licence.active = active
    session.flush()
    return licence_info(session, licence, clock)


def withdraw_licence(session: Session, code: str, *, clock: Clock) -> LicenceInfo:
    """Lend no more of this e-book; loans already running keep running until they expire or are revoked."""
    return update_licence(session, code, active=False, clock=clock)


def _current(query: Select, clock: Clock) -> Select:
    return query.where(EbookLoan.revoked_at.is_(None), EbookLoan.expires_at > clock.now)


def _current_expiries(session: Session, licence_id: int, clock: Clock) -> list[dt.datetime]:
    return list(session.scalars(_current(select(EbookLoan.expires_at), clock)
                                .where(EbookLoan.licence_id == licence_id).order_by(EbookLoan.expires_at)))


def _next_free(expiries: list[dt.datetime], cap: int) -> dt.datetime | None:
    """When the current loans (sorted by end) drop under the cap, or None when they are under it now."""
    if len(expiries) < cap:
        return None
    return expiries[len(expiries) - cap]


def licence_info(session: Session, licence: EbookLicence, clock: Clock) -> LicenceInfo:
    expiries = _current_expiries(session, licence.id, clock)
    free = _next_free(expiries, licence.max_concurrent)
    return LicenceInfo(
        id=licence.id, code=licence.code, title_id=licence.title_id,
        title=session.scalar(select(Title.title).where(Title.id == licence.title_id)) or "",
        access_url=licence.access_url, max_concurrent=licence.max_concurrent, loan_days=licence.loan_days,
        active=licence.active, in_use=len(expiries), next_free_on=free.astimezone().date() if free else None)


def list_licences(session: Session, clock: Clock) -> list[LicenceInfo]:
    """Every licence, by title, with its loans in use now."""
    rows = session.execute(select(EbookLicence, Title.title).join(Title, Title.id == EbookLicence.title_id)
                           .order_by(Title.title, EbookLicence.id)).all()
    ends: dict[int, list[dt.datetime]] = {}
    for licence_id, expires_at in session.execute(
            _current(select(EbookLoan.licence_id, EbookLoan.expires_at), clock).order_by(EbookLoan.expires_at)):
        ends.setdefault(licence_id, []).append(expires_at)
    out = []
    for licence, title in rows:
        expiries = ends.get(licence.id, [])
        free = _next_free(expiries, licence.max_concurrent)
        out.append(LicenceInfo(
            id=licence.id, code=licence.code, title_id=licence.title_id, title=title, access_url=licence.access_url,
            max_concurrent=licence.max_concurrent, loan_days=licence.loan_days, active=licence.active,
            in_use=len(expiries), next_free_on=free.astimezone().date() if free else None))
    return out


# -- the desk -------------------------------------------------------------------------------------------------
def status(session: Session, *, code: str, licence: EbookLicence, clock: Clock) -> ScanResult:
    """The slip scanned without a reader: how many of the cap are in use, and when the next frees up if full."""
    info = licence_info(session, licence, clock)
    params: dict[str, object] = {"title": info.title, "used": info.in_use, "cap": info.max_concurrent}
    level, template = Level.SUCCESS, STATUS
    if not info.active:
        level, template = Level.WARNING, STATUS_WITHDRAWN
    elif info.next_free_on is not None:
        template = STATUS_FULL
        params["date"] = info.next_free_on.isoformat()
    return ScanResult(code=code, action=Action.INFO, level=level, say=Say(template, params), title=info.title,
                      panel_changed=False)


def lend(session: Session, *, code: str, licence: EbookLicence, reader: Reader, here: Site,
         clock: Clock) -> ScanResult:
    """Lend the e-book to `reader` at `here`: a new loan and its reading address (ScanResult.url), or that same
    address again when the reader already reads it. Raises ReaderBlocked, EbookInactive or EbookCapReached."""
    if (refusal := rules.inactive(reader)) is not None:
        raise refusal
    licence = session.scalars(select(EbookLicence).where(EbookLicence.id == licence.id).with_for_update()
                              .execution_options(populate_existing=True)).one()
    title = session.scalar(select(Title.title).where(Title.id == licence.title_id)) or ""
    running = session.scalars(_current(select(EbookLoan), clock).where(
        EbookLoan.licence_id == licence.id, EbookLoan.reader_id == reader.id)
        .order_by(EbookLoan.expires_at.desc()).limit(1)).first()
    if running is not None:
        until = running.expires_at.astimezone().date()
        return ScanResult(code=code, action=Action.EBOOK_LEND, level=Level.WARNING, reader_id=reader.id,
                          say=Say(LENT_AGAIN, {"name": mask_name(reader.name), "title": title,
                                               "until": until.isoformat()}),
                          title=title, due_on=until, url=reading_url(licence.access_url, running.token),
                          panel_changed=False)
    if not licence.active:
        raise errors.EbookInactive(title=title)
    expiries = _current_expiries(session, licence.id, clock)
    free = _next_free(expiries, licence.max_concurrent)
    if free is not None:
        raise errors.EbookCapReached(cap=licence.max_concurrent, title=title,
                                     date=free.astimezone().date().isoformat())
    loan = EbookLoan(licence_id=licence.id, reader_id=reader.id, site_id=here.id, lent_at=clock.now,
                     token=secrets.token_urlsafe(TOKEN_BYTES),
                     expires_at=clock.now + dt.timedelta(days=licence.loan_days))
    session.add(loan)
    session.flush()
    until = loan.expires_at.astimezone().date()
    return ScanResult(code=code, action=Action.EBOOK_LEND, level=Level.SUCCESS, reader_id=reader.id,
                      say=Say(LENT, {"title": title, "until": until.isoformat()}), title=title, due_on=until,
                      url=reading_url(licence.access_url, loan.token))


def revoke(session: Session, loan_id: int, *, clock: Clock) -> EbookLoanInfo:
    """End a current loan now (its token stops being current); errors.UnknownEbookLoan when there is none."""
    loan = session.get(EbookLoan, loan_id)
    if loan is None or loan.revoked_at is not None or loan.expires_at <= clock.now:
        raise errors.UnknownEbookLoan(id=loan_id)
    loan.revoked_at = clock.now
    session.flush()
    return loan_info(session, loan_id, clock)


# -- loans ----------------------------------------------------------------------------------------------------
def _loan_query() -> Select:
    return (select(EbookLoan, EbookLicence.code, EbookLicence.access_url, Title.title, Reader.card_code, Reader.name,
                   Site.code)
            .join(EbookLicence, EbookLicence.id == EbookLoan.licence_id).join(Title, Title.id == EbookLicence.title_id)
            .join(Reader, Reader.id == EbookLoan.reader_id).join(Site, Site.id == EbookLoan.site_id))


def _loan_info(row: tuple, clock: Clock) -> EbookLoanInfo:
    loan, licence_code, access_url, title, card, name, site_code = row
    return EbookLoanInfo(
        id=loan.id, licence_id=loan.licence_id, licence_code=licence_code, title=title, reader_id=loan.reader_id,
        reader_card=card, reader_name=name, site_code=site_code, lent_at=loan.lent_at, expires_at=loan.expires_at,
        revoked_at=loan.revoked_at, url=reading_url(access_url, loan.token),
        current=loan.revoked_at is None and loan.expires_at > clock.now)


def loan_info(session: Session, loan_id: int, clock: Clock) -> EbookLoanInfo:
    """One loan, current or not; errors.UnknownEbookLoan when there is no such loan."""
    row = session.execute(_loan_query().where(EbookLoan.id == loan_id)).first()
    if row is None:
        raise errors.UnknownEbookLoan(id=loan_id)
    return _loan_info(tuple(row), clock)


def loans_of(session: Session, licence_id: int, clock: Clock, *, include_ended: bool = False) -> list[EbookLoanInfo]:
    """A licence's current loans, the first to end first (with include_ended: all of them, newest first)."""
    query = _loan_query().where(EbookLoan.licence_id == licence_id)
    if include_ended:
        query = query.order_by(EbookLoan.lent_at.desc(), EbookLoan.id.desc())
    else:
        query = _current(query, clock).order_by(EbookLoan.expires_at, EbookLoan.id)
    return [_loan_info(tuple(row), clock) for row in session.execute(query)]


def current_loans(session: Session, clock: Clock, *, site_code: str | None = None) -> list[EbookLoanInfo]:
    """Every current loan, the first to end first; of one lending room when site_code is given."""
    query = _current(_loan_query(), clock)
    if site_code:
        query = query.where(Site.code == site_code.strip().upper())
    return [_loan_info(tuple(row), clock) for row in session.execute(query.order_by(EbookLoan.expires_at,
                                                                                    EbookLoan.id))]

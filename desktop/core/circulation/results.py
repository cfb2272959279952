"""What the desk answers for each scan: whether it went through, what it did, and a message to show and say."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term, translate, translate_params

CONTEXT = "Desk"


class Action(enum.StrEnum):
    """What a scan did (or tried to do); stable English values for --json."""

    READER = "reader"
    END_SESSION = "end_session"
    LEND = "lend"
    RETURN = "return"
    RENEW = "renew"
    HOLD = "hold"
    ARRIVED = "arrived"
    """A copy in transit scanned at the room it was going to."""
    INFO = "info"
    """Nothing to change: what a copy, title or e-book slip is."""
    TRANSFER_ADD = "transfer_add"
    TRANSFER_RECEIVE = "transfer_receive"
    STOCKTAKE = "stocktake"
    EBOOK_LEND = "ebook_lend"
    IGNORED = "ignored"
    """A repeat of the same code within the bounce interval."""
    REFUSED = "refused"
    """A code that could not be read as anything (foreign, misread, unknown)."""


class Level(enum.StrEnum):
    SUCCESS = "success"
    WARNING = "warning"
    """Done (or nothing to do), but the librarian must look: keep a copy aside, send it on, a repeat scan."""
    REFUSAL = "refusal"


@dataclass(frozen=True)
class Say:
    """A translatable desk message: an English template in context "Desk" and its parameters."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return translate(CONTEXT, self.template, lang).format(**translate_params(self.params, lang))


@dataclass(frozen=True)
class ScanResult:
    code: str
    """The code as read (trimmed, upper-case)."""
    action: Action
    level: Level
    say: Say | None = None
    error: errors.ShuyiError | None = None
    """Set for a refusal: the typed reason (nothing was changed)."""
    reader_id: int | None = None
    """The reader active at the desk after this scan (None: none)."""
    copy_code: str | None = None
    title: str | None = None
    due_on: dt.date | None = None
    hold_for: str | None = None
    """A returned copy to keep aside: the masked name of the reader whose hold it fills."""
    send_to: str | None = None
    """A returned copy to send on: the code of the room it goes to."""
    send_to_name: str | None = None
    """The name of that room, for the notice the librarian reads (not in --json, which keeps its fields)."""
    url: str | None = None
    """An e-book loan: the reading address with its token, for the QR the reader scans."""
    asset_code: str | None = None
    """An asset tag scanned at the desk: the facility it names (the window offers to open it)."""
    panel_changed: bool = True

    @property
    def ok(self) -> bool:
        return self.level is not Level.REFUSAL

    def message(self, lang: str) -> str:
        if self.error is not None:
            return self.error.message(lang)
        return self.say.text(lang) if self.say else ""

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code, "ok": self.ok, "action": self.action.value, "level": self.level.value,
            "message": self.message(lang),
        }
        if self.error is not None:
            out["error"] = self.error.code
        for key in ("reader_id", "copy_code", "title", "hold_for", "send_to", "url", "asset_code"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.due_on is not None:
            out["due_on"] = self.due_on.isoformat()
        return out


def refused(code: str, error: errors.ShuyiError, *, action: Action, reader_id: int | None) -> ScanResult:
    return ScanResult(code=code, action=action, level=Level.REFUSAL, error=error, reader_id=reader_id,
                      panel_changed=False)


# Messages, marked here so lupdate finds them; the modules that say them use these names.
READER_ACTIVE = QT_TRANSLATE_NOOP("Desk", "{name}: {loans} on loan, {left} more allowed")
READER_ACTIVE_BLOCKED = QT_TRANSLATE_NOOP("Desk", "{name}: {loans} on loan; cannot borrow now")
SESSION_ENDED = QT_TRANSLATE_NOOP("Desk", "{name}: done (card scanned again)")
SESSION_ENDED_MANUAL = QT_TRANSLATE_NOOP("Desk", "Reader session ended")
SESSION_ENDED_IDLE = QT_TRANSLATE_NOOP("Desk", "Reader session ended after {minutes} minute(s) with no scan")
NO_READER = QT_TRANSLATE_NOOP("Desk", "No reader at the desk")
LENT = QT_TRANSLATE_NOOP("Desk", "Lent {title}, due {due}")
LENT_HOLD = QT_TRANSLATE_NOOP("Desk", "Lent {title}, due {due} (the hold is collected)")
LENT_FROM_TRANSIT = QT_TRANSLATE_NOOP("Desk", "Lent {title}, due {due} (it was in transit to {site})")
RENEWAL_CHANGES_NOTHING = QT_TRANSLATE_NOOP(
    "Desk", "{title} is already lent to this reader and due in {days} day(s), on {due}: a renewal today would not "
    "move that date, so nothing changed")
RENEWED = QT_TRANSLATE_NOOP("Desk", "Renewed {title}, now due {due}")
RETURNED = QT_TRANSLATE_NOOP("Desk", "Returned {title}")
RETURNED_OVERDUE = QT_TRANSLATE_NOOP("Desk", "Returned {title}, {days} day(s) overdue")
RETURNED_KEEP = QT_TRANSLATE_NOOP("Desk", "Returned {title}: KEEP ASIDE for {name}'s hold (until {until})")
RETURNED_SEND = QT_TRANSLATE_NOOP("Desk", "Returned {title}: it belongs to {site}, put it in transit there")
RETURNED_FLOATS = QT_TRANSLATE_NOOP("Desk", "Returned {title}: it stays here (both rooms float)")
RETURNED_LATE_KEEP = QT_TRANSLATE_NOOP(
    "Desk", "Returned {title}, {days} day(s) overdue: KEEP ASIDE for {name}'s hold (until {until})")
RETURNED_LATE_SEND = QT_TRANSLATE_NOOP(
    "Desk", "Returned {title}, {days} day(s) overdue: it belongs to {site}, put it in transit there")
RETURNED_LATE_FLOATS = QT_TRANSLATE_NOOP(
    "Desk", "Returned {title}, {days} day(s) overdue: it stays here (both rooms float)")
ARRIVED = QT_TRANSLATE_NOOP("Desk", "{title} arrived from {site}: shelve it")
ARRIVED_KEEP = QT_TRANSLATE_NOOP("Desk", "{title} arrived from {site}: KEEP ASIDE for {name}'s hold (until {until})")
ARRIVED_HOME = QT_TRANSLATE_NOOP("Desk", "{title} is back in its room: shelve it")
IN_TRANSIT_ONWARD = QT_TRANSLATE_NOOP("Desk", "{title} is in transit to {site}: send it on")
IN_TRANSFER = QT_TRANSLATE_NOOP("Desk", "{title} is in transfer {transfer} from {site}: receive it in that transfer")
FOUND = QT_TRANSLATE_NOOP("Desk", "{title} was recorded as lost: now found and back on the shelf")
FOUND_SEND = QT_TRANSLATE_NOOP("Desk", "{title} was recorded as lost: now found; it belongs to {site}, send it there")
NOT_ON_LOAN = QT_TRANSLATE_NOOP("Desk", "{title} is not on loan: nothing to return ({status})")
ON_HOLD_SHELF = QT_TRANSLATE_NOOP("Desk", "{title} is on the hold shelf for {name} until {until}")
HOLD_PLACED = QT_TRANSLATE_NOOP("Desk", "Reserved {title} for {name}: {ahead} reader(s) ahead, until {until}")
HOLD_EXISTS = QT_TRANSLATE_NOOP("Desk", "{name} has already reserved {title}")
TITLE_INFO = QT_TRANSLATE_NOOP("Desk", "{title}: {here} on the shelf here, {loaned} on loan, {holds} waiting")
BOUNCE = QT_TRANSLATE_NOOP("Desk", "Same code again within 2 seconds: ignored")
ASSET_INFO = QT_TRANSLATE_NOOP("Desk", "Asset tag {code}: {kind} at {site}, {status}")
WITHDRAWN_INFO = QT_TRANSLATE_NOOP("Desk", "{title} is withdrawn from the collection")


# Status words as they stand inside a sentence ("… is on loan"), context "Status".
_WORDS = {
    "on_shelf": QT_TRANSLATE_NOOP("Status", "on the shelf"),
    "on_loan": QT_TRANSLATE_NOOP("Status", "on loan"),
    "in_transit": QT_TRANSLATE_NOOP("Status", "in transit"),
    "lost": QT_TRANSLATE_NOOP("Status", "lost"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "withdrawn"),
    "on_hold_shelf": QT_TRANSLATE_NOOP("Status", "kept aside for a hold"),
    "active": QT_TRANSLATE_NOOP("Status", "active"),
    "suspended": QT_TRANSLATE_NOOP("Status", "suspended"),
    "left": QT_TRANSLATE_NOOP("Status", "no longer a reader"),
    "open": QT_TRANSLATE_NOOP("Status", "being filled"),
    "sent": QT_TRANSLATE_NOOP("Status", "sent"),
    "received": QT_TRANSLATE_NOOP("Status", "received"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "cancelled"),
    "finished": QT_TRANSLATE_NOOP("Status", "finished"),
    "filled": QT_TRANSLATE_NOOP("Status", "filled"),
    "changed": QT_TRANSLATE_NOOP("Status", "changed"),
    "returned": QT_TRANSLATE_NOOP("Status", "returned"),
    "stocktake_open": QT_TRANSLATE_NOOP("Status", "still open"),
    "transfer_build": QT_TRANSLATE_NOOP("Status", "a transfer"),
    "transfer_receive": QT_TRANSLATE_NOOP("Status", "a transfer being received"),
    "stocktake": QT_TRANSLATE_NOOP("Status", "a stocktake"),
}


def word(value: object) -> Term | str:
    """A status (an enum or its value) as a word translated where the sentence is shown."""
    key = getattr(value, "value", value)
    text = _WORDS.get(str(key))
    return Term("Status", text) if text else str(key)

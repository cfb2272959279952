"""A facility's status changes (在用 → 故障 → 维修中 → 在用 …), each kept in its history with a date and a note.

Any status may follow any other, except that scrapped (报废) is final, a change to the status it already has is
refused (nothing to record), and a change is never dated in the future or before the last one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import FacilityStatus, FacilityStatusChange
from desktop.core import errors, lengths
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.stations.facilities import (
    FacilityInfo,
    by_tag,
    info_of,
    last_change_on,
    not_after_today,
    refuse_if_scrapped,
)
from desktop.core.stations.facilities_words import parse_status, status_word

CHANGED_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Date of the change"))


def change_status(session: Session, tag: str, status: str | FacilityStatus, *, today: dt.date,
                  on: dt.date | None = None, note: str = "") -> FacilityInfo:
    """Set a facility's status from `on` (default today) and record the step; refusals change nothing."""
    facility = by_tag(session, tag)
    refuse_if_scrapped(facility)
    new = parse_status(status)
    if new is facility.status:
        raise errors.StatusUnchanged(code=facility.code, status=status_word(new))
    when = not_after_today(on or today, today, CHANGED_FIELD)
    last = last_change_on(session, facility.id)
    if last is not None and when < last:
        raise errors.StatusDateOrder(code=facility.code, last=last.isoformat(), on=when.isoformat())
    note = note.strip()
    lengths.check(FacilityStatusChange, {"note": note})
    session.add(FacilityStatusChange(facility_id=facility.id, from_status=facility.status, to_status=new,
                                     changed_on=when, note=note))
    facility.status = new
    facility.status_since = when
    session.flush()
    return info_of(session, facility)

"""`shuyi facility …` and `shuyi list facilities`: station facilities, their status, maintenance and due dates.

JSON carries stable English names and values: `kind` is the kind's English key, `status` the English status.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.due import DueItem
from desktop.core.stations.facilities import FacilityInfo, NewFacility
from desktop.core.stations.facilities_detail import FacilityDetail
from desktop.core.stations.facilities_words import STATUS_ZH
from desktop.core.stations.maintenance import ExpiryInfo, PlanInfo, RecordInfo


def _date(text: str | None) -> dt.date | None:
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise errors.InvalidDate(text=text.strip()) from None


def _one_tag(args: argparse.Namespace, out: Printer) -> str | None:
    if len(args.target) != 1:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Name one asset tag (A…)")))
        return None
    return str(args.target[0])


def facility_json(f: FacilityInfo) -> dict[str, Any]:
    return {"code": f.code, "site": f.site_code, "site_name": f.site_name, "kind": f.kind_key,
            "kind_name": f.kind_zh, "kind_name_en": f.kind_en, "brand": f.brand, "model": f.model,
            "serial_no": f.serial_no, "acquired_on": f.acquired_on, "source": f.source, "quantity": f.quantity,
            "status": f.status.value, "status_since": f.status_since, "note": f.note}


def plan_json(p: PlanInfo) -> dict[str, Any]:
    return {"id": p.id, "code": p.facility_code, "task": p.task, "every_months": p.interval_months,
            "season": p.season, "starts_on": p.starts_on, "active": p.active, "last_done": p.last_done,
            "next_due": p.next_due}


def record_json(r: RecordInfo) -> dict[str, Any]:
    return {"id": r.id, "code": r.facility_code, "done_on": r.done_on, "work": r.work, "by": r.done_by,
            "cost_fen": r.cost_fen, "cost": None if r.cost_fen is None else f"{r.cost_fen / 100:.2f}",
            "plan_id": r.plan_id}


def expiry_json(e: ExpiryInfo) -> dict[str, Any]:
    return {"id": e.id, "code": e.facility_code, "item": e.item, "expires_on": e.expires_on,
            "replaced_on": e.replaced_on}


def due_json(i: DueItem) -> dict[str, Any]:
    return {"type": i.kind, "id": i.ref_id, "site": i.site_code, "site_name": i.site_name, "code": i.facility_code,
            "kind": i.kind_key, "kind_name": i.kind_zh, "what": i.what, "due_on": i.due_on,
            "days_left": i.days_left, "overdue": i.overdue, "last_done": i.last_done}


def detail_json(d: FacilityDetail) -> dict[str, Any]:
    return {**facility_json(d.facility),
            "history": [{"from": h.from_status, "to": h.to_status, "on": h.changed_on, "note": h.note}
                        for h in d.history],
            "plans": [plan_json(p) for p in d.plans], "maintenance": [record_json(r) for r in d.records],
            "expiries": [expiry_json(e) for e in d.expiries], "due": [due_json(i) for i in d.due]}


def _status(f: FacilityInfo, lang: str) -> str:
    return f.status.value if lang.startswith("en") else STATUS_ZH[f.status]


def list_facilities(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        rows = app.facilities.list(site_code=args.site, kind=args.kind, status=args.status, limit=args.limit)
    if args.json:
        out.json([facility_json(f) for f in rows])
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Asset tag"), QT_TRANSLATE_NOOP("Cli", "Site"),
               QT_TRANSLATE_NOOP("Cli", "Kind"), QT_TRANSLATE_NOOP("Cli", "Quantity"),
               QT_TRANSLATE_NOOP("Cli", "Status"), QT_TRANSLATE_NOOP("Cli", "Brand and model")],
              [(f.code, f.site_code, f.kind_name(out.lang), f.quantity, _status(f, out.lang),
                " ".join(filter(None, (f.brand, f.model)))) for f in rows])
    return 0


def facility(args: argparse.Namespace, out: Printer) -> int:
    action = args.action
    if action == "due":
        return _due(args, out)
    if action == "add":
        return _add(args, out)
    if action == "status":
        if len(args.target) != 2:
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Name the asset tag and its new status: CODE 故障")))
            return 2
        tag, status = args.target
        with open_database(args, out, create=False) as app:
            done = app.facilities.set_status(tag, status, on=_date(args.on), note=args.note or "")
        return _print_facility(args, out, done)
    tag = _one_tag(args, out)
    if tag is None:
        return 2
    with open_database(args, out, create=False) as app:
        service = app.facilities
        if action == "show":
            _show(args, out, service.get(tag))
            return 0
        if action == "edit":
            return _print_facility(args, out, service.edit(tag, _changes(args)))
        if action == "service":
            record = service.record_service(tag, args.work, done_on=_date(args.on), done_by=args.by, cost=args.cost,
                                            plan_id=args.plan)
            return _print(args, out, record_json(record), QT_TRANSLATE_NOOP("Cli", "Recorded for {code}: {what}"),
                          code=record.facility_code, what=record.work)
        if action == "plan":
            plan = service.add_plan(tag, args.task, every_months=args.every, season=args.season,
                                    starts_on=_date(args.starts))
            return _print(args, out, plan_json(plan), QT_TRANSLATE_NOOP("Cli", "Plan {id} for {code}: {what}, next "
                                                                               "due {due}"),
                          id=plan.id, code=plan.facility_code, what=plan.task, due=plan.next_due.isoformat())
        return _expiry(args, out, tag)


def _print(args: argparse.Namespace, out: Printer, data: dict[str, Any], text: str, **params: Any) -> int:
    if args.json:
        out.json(data)
    else:
        out.say(text, **params)
    return 0


def _print_facility(args: argparse.Namespace, out: Printer, f: FacilityInfo) -> int:
    return _print(args, out, facility_json(f), QT_TRANSLATE_NOOP("Cli", "{code}: {kind} at {site}, {status}"),
                  code=f.code, kind=f.kind_name(out.lang), site=f.site_code, status=_status(f, out.lang))


def _add(args: argparse.Namespace, out: Printer) -> int:
    if not args.site.strip() or not args.kind.strip():
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Say where and what: --site CODE --kind 微波炉")))
        return 2
    new = NewFacility(site_code=args.site, kind=args.kind, brand=args.brand or "", model=args.model or "",
                      serial_no=args.serial_no or "", acquired_on=_date(args.acquired), source=args.source,
                      quantity=args.quantity or 1, status=args.status or "in_use", note=args.note or "")
    with open_database(args, out, create=False) as app:
        added = app.facilities.add(new)
    if args.json:
        out.json(facility_json(added))
    else:
        print(added.code, flush=True)  # the tag alone on stdout, for scripts: CODE=$(shuyi facility add …)
        out.note(QT_TRANSLATE_NOOP("Cli", "{kind} registered at {site}"), kind=added.kind_name(out.lang),
                 site=added.site_code)
    return 0


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in ("brand", "model", "serial_no", "source", "quantity", "note"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    if args.kind.strip():
        changes["kind"] = args.kind
    if args.acquired is not None:
        changes["acquired_on"] = _date(args.acquired)
    return changes


def _expiry(args: argparse.Namespace, out: Printer, tag: str) -> int:
    with open_database(args, out, create=False) as app:
        if args.removed:
            closed = app.facilities.close_expiry(tag, args.item)
            return _print(args, out, expiry_json(closed), QT_TRANSLATE_NOOP("Cli", "{item} of {code} closed"),
                          item=closed.item, code=closed.facility_code)
        expires = _date(args.expires)
        if expires is None:
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Say what runs out and when: --item 碘伏 --expires DATE")))
            return 2
        added = app.facilities.add_expiry(tag, args.item, expires)
    return _print(args, out, expiry_json(added), QT_TRANSLATE_NOOP("Cli", "{item} of {code} expires on {date}"),
                  item=added.item, code=added.facility_code, date=added.expires_on.isoformat())


def _due(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        items = app.facilities.due(site_code=args.site, days=args.days)
    if args.json:
        out.json([due_json(i) for i in items])
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Due on"), QT_TRANSLATE_NOOP("Cli", "Days left"),
               QT_TRANSLATE_NOOP("Cli", "Site"), QT_TRANSLATE_NOOP("Cli", "Asset tag"),
               QT_TRANSLATE_NOOP("Cli", "Kind"), QT_TRANSLATE_NOOP("Cli", "What")],
              [(i.due_on.isoformat(), i.days_left, i.site_code, i.facility_code, i.kind_name(out.lang), i.what)
               for i in items])
    return 0


def _show(args: argparse.Namespace, out: Printer, d: FacilityDetail) -> None:
    if args.json:
        out.json(detail_json(d))
        return
    f = d.facility
    _print_facility(args, out, f)
    for h in d.history:
        out.say(QT_TRANSLATE_NOOP("Cli", "  {on}  {to}  {note}"), on=h.changed_on.isoformat(),
                to=h.to_status.value if out.lang.startswith("en") else STATUS_ZH[h.to_status], note=h.note)
    for r in d.records:
        out.say(QT_TRANSLATE_NOOP("Cli", "  {on}  {work}  {by}"), on=r.done_on.isoformat(), work=r.work, by=r.done_by)
    for i in d.due:
        out.say(QT_TRANSLATE_NOOP("Cli", "  due {on}: {what}"), on=i.due_on.isoformat(), what=i.what)

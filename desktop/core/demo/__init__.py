"""A deterministic demo of 建湖县 (Jianhu County, Yancheng, Jiangsu): its sites, books, readers and loans.

places.py holds the county and its sites, library.py the books and readers, circulation.py two months of desk
history (loaded only when a demo is made: the desk's modules stay off start-up). Each capability extends the
demo with its own data (facilities, visits …) in later steps.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from desktop.core import errors, settings, sites
from desktop.core.demo import facilities, inspections, library, places
from desktop.core.demo.places import COUNTY_NAME, COUNTY_REGION_CODE, UNION_NAME

__all__ = ["COUNTY_NAME", "COUNTY_REGION_CODE", "LIBRARY_SIZES", "LOAN_READERS", "SEED", "SIZES", "UNION_NAME",
           "DemoSize", "DemoSummary", "load"]

DemoSize = Literal["small", "county"]
SIZES: tuple[DemoSize, ...] = ("small", "county")
SEED = 320925


@dataclass(frozen=True)
class DemoSummary:
    size: DemoSize
    sites: int
    titles: int
    copies: int
    readers: int
    loans: int = 0
    """Loans made in the demo's history (some since returned)."""
    holds: int = 0


LIBRARY_SIZES = {"small": (40, 30), "county": (400, 150)}
"""(titles, readers) per demo size."""
LOAN_READERS = {"small": 22, "county": 110}
"""How many readers borrowed in the demo's two months of history."""


def load(session: Session, size: DemoSize = "small", *, now: dt.datetime) -> DemoSummary:
    """Fill an empty database with the demo, its history ending `now` (the facade's clock); refuse a database
    that already has sites."""
    existing = sum(sites.count_sites(session).values())
    if existing:
        raise errors.DemoNeedsEmptyDatabase(sites=existing)
    recipe = places.recipe(county=size == "county", seed=SEED)
    for new in recipe:
        sites.add_site(session, new)
    settings.set_value(session, "org.name", UNION_NAME)
    settings.set_value(session, "org.region_code", COUNTY_REGION_CODE)
    n_titles, n_readers = LIBRARY_SIZES[size]
    copies, readers_made = library.fill(session, n_titles, n_readers, random.Random(SEED + 1), places.READING_ROOMS,
                                        today=now.astimezone().date())
    from desktop.core.demo import circulation  # the desk's modules load when a demo is made, not at start

    history = circulation.load(session, seed=SEED + 2, now=now, readers_with_loans=LOAN_READERS[size])
    facilities.load(session, seed=SEED + 3, now=now)
    from desktop.core.demo import activity  # noqa: I001 (the stations' year: services, visitors, roster)

    activity.load(session, now=now, seed=SEED + 3)
    inspections.fill(session, now=now)
    from desktop.core.demo import demand  # numpy and the coverage modules load only when a demo is made

    demand.fill(session, county=size == "county", seed=SEED + 3)
    return DemoSummary(size=size, sites=len(recipe), titles=n_titles, copies=copies, readers=readers_made,
                       loans=history.lent, holds=history.holds)

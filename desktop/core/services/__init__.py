"""The use cases by domain, as the facade exposes them: `app.catalogue`, `app.readers`, `app.circulation`, …

Each service is a small class over the unit of work (desktop/core/uow.py): it reads the time from the unit of
work's clock, opens one session per call and names every write. Services never see the facade. The facade makes
each one on first use, so a service's module (and what it imports) loads only when it is needed.
"""

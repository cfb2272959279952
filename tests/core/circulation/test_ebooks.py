"""E-book cloud lending: licences and their E codes, the desk path (card, then slip), the cap under two desks at
once, expiry by time, revoking, a repeat borrower, a withdrawn licence, and the QR that carries the address."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from db.models import ReaderStatus
from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.ebook_qr import loan_slip_pdf, qr_matrix
from desktop.core.circulation.results import Action, Level
from desktop.core.clock import FixedTime
from desktop.core.readers import ReaderInput
from tests.core.circulation.world import rows

NOW = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
URL = "https://read.example.cn/book/4711"


@pytest.fixture
def app(demo_app: Shuyi) -> Shuyi:
    """The demo (the tests' `app` is an empty database)."""
    return demo_app


def _readers(app: Shuyi, n: int) -> list[int]:
    return [r.id for r in app.readers.list_readers(limit=n)]


def _scan(app: Shuyi, reader_id: int | None, code: str, *, now: dt.datetime = NOW, site: str = "JH01"):  # noqa: ANN202
    app.time.set(now)
    return app.circulation.scan(DeskState(site_code=site, reader_id=reader_id), code)[0]


# -- licences ---------------------------------------------------------------------------------------------------
def test_a_licence_gets_an_e_code_of_its_room_and_counts_per_site(app: Shuyi) -> None:
    app.time.set(NOW)
    first = app.ebooks.add_licence(1, access_url=f" {URL} ", max_concurrent=2, site_code="JH01")
    second = app.ebooks.add_licence(2, access_url=URL + "?x=1", max_concurrent=1, loan_days=30, site_code="jh01")
    other = app.ebooks.add_licence(3, access_url="http://read.example.cn/3", max_concurrent=5, site_code="JH02")
    assert first.code == codes.make(codes.CodeType.EBOOK, "JH01", 1)
    assert second.code == codes.make(codes.CodeType.EBOOK, "JH01", 2)
    assert other.code == codes.make(codes.CodeType.EBOOK, "JH02", 1)
    assert codes.parse(first.code).type is codes.CodeType.EBOOK
    assert (first.title, first.access_url, first.max_concurrent, first.loan_days, first.active, first.in_use) == (
        "红楼梦", URL, 2, 90, True, 0)
    assert second.loan_days == 30
    assert {lic.code for lic in app.ebooks.licences()} == {first.code, second.code, other.code}


@pytest.mark.parametrize(("url", "cap", "days"), [
    ("ftp://read.example.cn/1", 1, 90), ("read.example.cn/1", 1, 90), ("https://", 1, 90), ("", 1, 90),
    ("https://read.example.cn/a b", 1, 90), ("https://read.example.cn/#p1", 1, 90),
    ("https://read.example.cn/" + "x" * 500, 1, 90), (URL, 0, 90), (URL, 1, 0), (URL, -3, 90),
])
def test_bad_terms_are_refused_and_nothing_is_added(app: Shuyi, url: str, cap: int, days: int) -> None:
    with pytest.raises(errors.InvalidEbookLicence):
        app.ebooks.add_licence(1, access_url=url, max_concurrent=cap, loan_days=days, site_code="JH01")
    assert app.ebooks.licences() == []


def test_unknown_title_and_room_are_refused(app: Shuyi) -> None:
    with pytest.raises(errors.UnknownTitle):
        app.ebooks.add_licence(999_999, access_url=URL, max_concurrent=1, site_code="JH01")
    with pytest.raises(errors.UnknownSite):
        app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="XX99")
    assert app.ebooks.licences() == []


def test_adding_to_a_licensed_title_changes_its_terms_and_keeps_its_code(app: Shuyi) -> None:
    app.time.set(NOW)
    first = app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="JH01")
    app.ebooks.withdraw(first.code)
    again = app.ebooks.add_licence(1, access_url=URL + "/v2", max_concurrent=4, site_code="JH02")
    assert (again.code, again.access_url, again.max_concurrent, again.active) == (first.code, URL + "/v2", 4, True)
    assert len(app.ebooks.licences()) == 1


def test_update_and_withdraw_by_code(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="JH01")
    changed = app.ebooks.update_licence(lic.code.lower(), max_concurrent=3, loan_days=14)
    assert (changed.max_concurrent, changed.loan_days, changed.access_url) == (3, 14, URL)
    with pytest.raises(errors.InvalidEbookLicence):
        app.ebooks.update_licence(lic.code, max_concurrent=0)
    with pytest.raises(errors.BadCheckCharacter):
        app.ebooks.withdraw(lic.code[:-1] + ("0" if lic.code[-1] != "0" else "1"))
    with pytest.raises(errors.UnknownCode):
        app.ebooks.withdraw(codes.make(codes.CodeType.EBOOK, "JH01", 77))
    with pytest.raises(errors.WrongCodeType):
        app.ebooks.withdraw(codes.make(codes.CodeType.COPY, "JH01", 1))
    app.time.set(NOW)
    assert app.ebooks.withdraw(lic.code).active is False
    assert app.ebooks.licence(lic.code).max_concurrent == 3


# -- the desk -----------------------------------------------------------------------------------------------------
def test_card_then_slip_lends_and_shows_the_address_with_a_token(app: Shuyi, demo_db_path: Path) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(5, access_url=URL, max_concurrent=2, site_code="JH01")
    reader = _readers(app, 1)[0]
    result = _scan(app, reader, lic.code)
    assert (result.action, result.level, result.reader_id, result.title) == (
        Action.EBOOK_LEND, Level.SUCCESS, reader, "平凡的世界")
    assert result.due_on == (NOW + dt.timedelta(days=90)).astimezone().date()
    assert result.url is not None and result.url.startswith(URL + "?token=")
    token = result.url.split("token=")[1]
    assert len(token) >= 22 and token.replace("-", "").replace("_", "").isalnum()
    assert result.as_json()["url"] == result.url
    assert "平凡的世界" in result.message("en") and result.message("en")
    [(stored, lent_at, expires_at, site)] = rows(
        demo_db_path, "SELECT token, lent_at, expires_at, site_id FROM ebook_loans")
    assert stored == token
    assert dt.datetime.fromisoformat(expires_at) - dt.datetime.fromisoformat(lent_at) == dt.timedelta(days=90)
    # the reader panel lists it with the same address
    app.time.set(NOW)
    shown = app.circulation.panel(reader)
    assert [(e.title, e.url) for e in shown.ebooks] == [("平凡的世界", result.url)]
    # and e-books do not count against the book loan limit
    assert shown.loans == () and shown.blocked is None


def test_the_slip_without_a_reader_says_how_many_are_in_use(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=2, site_code="JH01")
    first, second = _readers(app, 2)
    info = _scan(app, None, lic.code)
    assert (info.action, info.level, info.reader_id, info.url) == (Action.INFO, Level.SUCCESS, None, None)
    assert info.message("en") == "红楼梦: 0 of 2 in use"
    _scan(app, first, lic.code)
    later = NOW + dt.timedelta(days=10)
    _scan(app, second, lic.code, now=later)
    full = _scan(app, None, lic.code, now=later)
    next_free = (NOW + dt.timedelta(days=90)).astimezone().date().isoformat()
    assert full.message("en") == f"红楼梦: 2 of 2 in use; the next frees up on {next_free}"
    assert _scan(app, None, lic.code, now=NOW + dt.timedelta(days=95)).message("en") == "红楼梦: 1 of 2 in use"


def test_the_cap_is_never_exceeded_and_says_when_one_frees_up(app: Shuyi, demo_db_path: Path) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=2, site_code="JH01")
    a, b, c = _readers(app, 3)
    assert _scan(app, a, lic.code).ok
    assert _scan(app, b, lic.code, now=NOW + dt.timedelta(days=1)).ok
    refused = _scan(app, c, lic.code, now=NOW + dt.timedelta(days=2))
    assert (refused.action, refused.level, refused.reader_id) == (Action.EBOOK_LEND, Level.REFUSAL, c)
    assert isinstance(refused.error, errors.EbookCapReached)
    assert refused.error.params["date"] == (NOW + dt.timedelta(days=90)).astimezone().date().isoformat()
    assert refused.error.params["cap"] == 2
    assert rows(demo_db_path, "SELECT count(*) FROM ebook_loans") == [(2,)]
    app.time.set(NOW + dt.timedelta(days=2))
    assert app.ebooks.licences()[0].in_use == 2


def test_a_loan_expires_by_itself_and_its_slot_frees_up(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="JH01")
    a, b = _readers(app, 2)
    assert _scan(app, a, lic.code).ok
    assert not _scan(app, b, lic.code, now=NOW + dt.timedelta(days=89, hours=23)).ok
    later = NOW + dt.timedelta(days=91)
    app.time.set(later)
    assert app.ebooks.loans() == []
    assert app.circulation.panel(a).ebooks == ()
    assert app.ebooks.licences()[0].in_use == 0
    [old] = app.ebooks.loans(lic.code, include_ended=True)
    assert old.current is False and old.reader_id == a
    assert _scan(app, b, lic.code, now=later).level is Level.SUCCESS
    with pytest.raises(errors.UnknownEbookLoan):
        app.time.set(later)
        app.ebooks.revoke(old.id)


def test_revoking_frees_a_slot_and_ends_the_loan(app: Shuyi, demo_db_path: Path) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="JH01")
    a, b = _readers(app, 2)
    _scan(app, a, lic.code)
    app.time.set(NOW)
    [loan] = app.ebooks.loans()
    assert (loan.reader_id, loan.site_code, loan.licence_code, loan.current) == (a, "JH01", lic.code, True)
    assert not _scan(app, b, lic.code).ok
    later = NOW + dt.timedelta(hours=1)
    app.time.set(later)
    revoked = app.ebooks.revoke(loan.id)
    assert revoked.current is False and revoked.revoked_at == later
    with pytest.raises(errors.UnknownEbookLoan):
        app.time.set(later)
        app.ebooks.revoke(loan.id)
    with pytest.raises(errors.UnknownEbookLoan):
        app.time.set(later)
        app.ebooks.revoke(999_999)
    app.time.set(later)
    assert app.circulation.panel(a).ebooks == ()
    assert _scan(app, b, lic.code, now=later).ok
    app.time.set(later)
    assert [x.reader_id for x in app.ebooks.loans()] == [b]
    assert rows(demo_db_path, "SELECT count(*) FROM ebook_loans WHERE revoked_at IS NOT NULL") == [(1,)]


def test_the_same_reader_twice_gets_the_same_address_and_no_second_loan(app: Shuyi, demo_db_path: Path) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="JH01")
    reader = _readers(app, 1)[0]
    first = _scan(app, reader, lic.code)
    again = _scan(app, reader, lic.code, now=NOW + dt.timedelta(days=3), site="JH02")
    assert (again.action, again.level, again.url, again.due_on) == (
        Action.EBOOK_LEND, Level.WARNING, first.url, first.due_on)
    assert "same QR" in again.message("en")
    assert rows(demo_db_path, "SELECT count(*) FROM ebook_loans") == [(1,)]


def test_a_withdrawn_licence_lends_no_more_but_running_loans_keep_running(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=3, site_code="JH01")
    a, b = _readers(app, 2)
    first = _scan(app, a, lic.code)
    app.time.set(NOW)
    app.ebooks.withdraw(lic.code)
    refused = _scan(app, b, lic.code)
    assert refused.action is Action.EBOOK_LEND and isinstance(refused.error, errors.EbookInactive)
    assert _scan(app, a, lic.code).url == first.url  # the running one is shown again
    app.time.set(NOW)
    assert [x.reader_id for x in app.ebooks.loans()] == [a]
    status = _scan(app, None, lic.code)
    assert status.level is Level.WARNING and "withdrawn" in status.message("en")
    app.time.set(NOW)
    assert app.ebooks.update_licence(lic.code, active=True).active
    assert _scan(app, b, lic.code).ok


def test_a_suspended_reader_cannot_borrow_an_e_book(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=3, site_code="JH01")
    reader = app.readers.list_readers(limit=1)[0]
    entry = ReaderInput(name=reader.name, unit=reader.unit, reader_type=reader.reader_type)
    app.readers.update_reader(reader.id, entry, status=ReaderStatus.SUSPENDED)
    refused = _scan(app, reader.id, lic.code)
    assert isinstance(refused.error, errors.ReaderBlocked)
    app.time.set(NOW)
    assert app.ebooks.loans() == []


def test_e_books_do_not_count_against_the_book_loan_limit(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=3, site_code="JH01")
    other = app.ebooks.add_licence(2, access_url=URL + "/2", max_concurrent=3, site_code="JH01")
    reader = app.readers.list_readers(limit=1)[0]
    rtype = next(t for t in app.readers.reader_types() if t.name == reader.reader_type)
    app.readers.save_reader_type(rtype, name=rtype.name, max_loans=0, loan_days=rtype.loan_days,
                                 max_renewals=rtype.max_renewals)
    app.time.set(NOW)
    assert isinstance(app.circulation.panel(reader.id).blocked, errors.LoanLimitReached)
    assert _scan(app, reader.id, lic.code).level is Level.SUCCESS
    assert _scan(app, reader.id, other.code).level is Level.SUCCESS
    app.time.set(NOW)
    assert len(app.circulation.panel(reader.id).ebooks) == 2


def test_a_lowered_cap_lends_again_only_once_enough_loans_have_ended(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=3, site_code="JH01")
    a, b, c, d = _readers(app, 4)
    for day, reader in enumerate((a, b, c)):
        assert _scan(app, reader, lic.code, now=NOW + dt.timedelta(days=day)).ok
    app.ebooks.update_licence(lic.code, max_concurrent=2)
    refused = _scan(app, d, lic.code, now=NOW + dt.timedelta(days=5))
    # three running, cap two: a place frees up when the second of them has ended (days 90, 91, 92)
    assert refused.error.params["date"] == (NOW + dt.timedelta(days=91)).astimezone().date().isoformat()
    app.time.set(NOW + dt.timedelta(days=5))
    assert app.ebooks.licences()[0].next_free_on == (
        NOW + dt.timedelta(days=91)).astimezone().date()
    assert not _scan(app, d, lic.code, now=NOW + dt.timedelta(days=90, hours=1)).ok
    assert _scan(app, d, lic.code, now=NOW + dt.timedelta(days=91, hours=1)).ok


def test_loans_by_room(app: Shuyi) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=3, site_code="JH01")
    a, b = _readers(app, 2)
    _scan(app, a, lic.code, site="JH01")
    _scan(app, b, lic.code, site="JH02")
    app.time.set(NOW)
    assert [x.reader_id for x in app.ebooks.loans(site_code="jh02")] == [b]
    assert [x.reader_id for x in app.ebooks.loans(lic.code, site_code="JH01")] == [a]
    assert len(app.ebooks.loans()) == 2


def test_two_desks_lending_at_once_never_exceed_the_cap(app: Shuyi, demo_db_path: Path) -> None:
    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=3, site_code="JH01")
    readers = _readers(app, 16)
    results: list = []
    barrier = threading.Barrier(2)

    def desk(mine: list[int], site: str) -> None:
        with Shuyi.open(demo_db_path, create=False, time=FixedTime(NOW)) as own:
            barrier.wait()
            for reader in mine:
                results.append(own.circulation.scan(DeskState(site_code=site, reader_id=reader), lic.code)[0])

    threads = [threading.Thread(target=desk, args=(readers[0::2], "JH01")),
               threading.Thread(target=desk, args=(readers[1::2], "JH02"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(results) == 16
    assert sum(r.ok for r in results) == 3
    assert all(isinstance(r.error, errors.EbookCapReached) for r in results if not r.ok)
    assert rows(demo_db_path, "SELECT count(*) FROM ebook_loans WHERE revoked_at IS NULL") == [(3,)]
    assert len({r.url for r in results if r.ok}) == 3


# -- the QR ------------------------------------------------------------------------------------------------------
def test_qr_matrix_has_a_quiet_zone_and_decodes_to_the_address(app: Shuyi) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL + "?lib=jh", max_concurrent=1, site_code="JH01")
    url = _scan(app, _readers(app, 1)[0], lic.code).url
    assert url is not None and "?lib=jh&token=" in url
    matrix = qr_matrix(url)
    n = len(matrix)
    assert all(len(row) == n for row in matrix) and (n - 8 - 17) % 4 == 0
    assert not any(matrix[0]) and not any(row[3] for row in matrix) and matrix[4][4]
    scale = 6
    image = Image.new("1", (n * scale, n * scale), 1)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, (c * scale, r * scale, (c + 1) * scale, (r + 1) * scale))
    assert [x.text for x in zxingcpp.read_barcodes(image.convert("L"))] == [url]


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is installed by `make test`")
def test_the_slip_pdf_is_one_a6_page_whose_qr_decodes_to_the_address(app: Shuyi, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    app.time.set(NOW)
    lic = app.ebooks.add_licence(1, access_url=URL, max_concurrent=1, site_code="JH01")
    _scan(app, _readers(app, 1)[0], lic.code)
    app.time.set(NOW)
    [loan] = app.ebooks.loans()
    out = tmp_path / "slip.pdf"
    app.ebooks.print_slip(loan.id, out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
    w, h = (float(v) for v in re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M).groups())
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (105, 148)  # A6
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "ShuyiCJK" in fonts or "WenQuanYi" in fonts or "Micro" in fonts
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(out), str(tmp_path / "page")], check=True,
                   timeout=120)
    with Image.open(tmp_path / "page.png") as image:
        assert [x.text for x in zxingcpp.read_barcodes(image)] == [loan.url]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "红楼梦" in text and "有效期至" in text
    later = NOW + dt.timedelta(days=91)
    with pytest.raises(errors.UnknownEbookLoan):
        app.time.set(later)
        app.ebooks.print_slip(loan.id, tmp_path / "late.pdf")
    assert not (tmp_path / "late.pdf").exists()


def test_a_slip_for_a_long_title_and_address_still_decodes(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is installed by `make test`")
    from PIL import Image

    url = "https://cloud-reading.example.com.cn/union/jianhu/ebook/open?isbn=9787020002207&lib=JH01&token=" + "A" * 22
    out = loan_slip_pdf(url, "平凡的世界" * 12, dt.date(2026, 5, 31), tmp_path / "long.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(out), str(tmp_path / "p")], check=True,
                   timeout=120)
    with Image.open(tmp_path / "p.png") as image:
        assert [x.text for x in zxingcpp.read_barcodes(image)] == [url]

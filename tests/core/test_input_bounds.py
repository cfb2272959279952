"""Bounded input: texts fit their declared columns, and an import reads only ordinary files of a bounded size and
spreadsheets by the cells really in them — a small file never exhausts memory."""

from __future__ import annotations

import re
import resource
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.importers import files
from desktop.core.readers import ReaderInput
from desktop.core.records import RejectReason
from desktop.core.searchtext import full_pinyin, initials
from desktop.core.sites import NewSite, SiteKind


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


# ---- declared lengths ----------------------------------------------------------------------------------------


def test_an_over_long_title_is_refused_for_its_row_only(demo_app: Shuyi, tmp_path: Path) -> None:
    before = demo_app.stats().titles
    source = _csv(tmp_path / "long.csv", ["题名,作者,架位", "短书甲,某人,A1", "长" * 10_003 + ",某人,A1",
                                          "短书乙," + "丙" * 501 + ",A1", "短书丙,某人," + "架" * 65])
    report = demo_app.imports.import_books(source, site_code="JH01")
    assert report.added == 1 and demo_app.stats().titles == before + 1
    refused = {r.position.number: r for r in report.rejected}
    assert sorted(refused) == [3, 4, 5]
    assert {r.reason for r in refused.values()} == {RejectReason.TOO_LONG}
    assert refused[3].explanation("en") == "Title is too long: 10003 characters, at most 500"
    assert refused[4].explanation("zh_CN").startswith("责任者")
    assert refused[5].explanation("en").startswith("Shelf is too long")


def test_typed_texts_longer_than_their_columns_are_refused(demo_app: Shuyi) -> None:
    before = demo_app.stats()
    with pytest.raises(errors.TextTooLong):
        demo_app.catalogue.add_title(TitleInput(title="书", publisher="社" * 201))
    with pytest.raises(errors.TextTooLong):
        demo_app.readers.add_reader(ReaderInput(name="王五", unit="单" * 101, site_code="JH01"))
    with pytest.raises(errors.TextTooLong):  # the guard on every write: a site's name is checked too
        demo_app.sites.add_site(NewSite(code="JH99", kind=SiteKind.SERVICE_STATION, name="站" * 101))
    assert demo_app.stats() == before


def test_a_long_name_with_many_readings_fits_its_search_columns(demo_app: Shuyi) -> None:
    name = "行长重曾乐单" * 10  # 60 characters, each with two readings: more variants than the columns hold
    assert len(initials(name)) > 64 and len(full_pinyin(name)) > 255
    added = demo_app.readers.add_reader(ReaderInput(name=name, site_code="JH01"))
    assert added.name == name
    assert added.id in [r.id for r in demo_app.readers.search_readers(initials(name).split()[0][:12])]


# ---- what an import reads ------------------------------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_not_read(demo_app: Shuyi, device: str) -> None:
    with pytest.raises(errors.ImportNotAFile):
        demo_app.imports.import_books(Path(device), site_code="JH01")
    with pytest.raises(errors.ImportNotAFile):
        demo_app.imports.import_readers(Path(device), site_code="JH01", fmt="csv")


def test_a_file_beyond_the_size_limit_is_refused_unread(demo_app: Shuyi, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:  # sparse: no disk is used
        handle.truncate(files.MAX_BYTES + 1)
    for fmt in ("csv", "marc", "marcxml", "xlsx"):
        with pytest.raises(errors.ImportFileTooLarge):
            demo_app.imports.import_books(big, site_code="JH01", fmt=fmt)  # type: ignore[arg-type]


def _sheet(path: Path, *cells: tuple[int, int, str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row, column, value in [(1, 1, "题名"), (1, 2, "作者"), (2, 1, "一本书"), (2, 2, "某人"), *cells]:
        sheet.cell(row=row, column=column, value=value)
    book.save(path)
    return path


def test_a_cell_far_away_refuses_the_sheet_quickly_and_in_little_memory(demo_app: Shuyi, tmp_path: Path) -> None:
    far = _sheet(tmp_path / "far.xlsx", (1_000_000, 16_000, "x"))
    assert far.stat().st_size < 10_000
    peak, started = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter()
    with pytest.raises(errors.SheetTooLarge) as refused:
        demo_app.imports.import_books(far, site_code="JH01")
    assert time.perf_counter() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 200_000  # KB
    assert refused.value.params["row"] == 1_000_000 and refused.value.params["column"] == 16_000


@pytest.mark.parametrize(("row", "column"), [(files.MAX_ROWS + 1, 1), (3, files.MAX_COLUMNS + 1)])
def test_a_filled_cell_beyond_the_bounds_is_refused(demo_app: Shuyi, tmp_path: Path, row: int, column: int) -> None:
    with pytest.raises(errors.SheetTooLarge):
        demo_app.imports.import_books(_sheet(tmp_path / "beyond.xlsx", (row, column, "x")), site_code="JH01")
    csv_rows = ["题名,作者", "一本书,某人"] + [""] * (row - 3) + [",".join(["x"] * column)]
    with pytest.raises(errors.SheetTooLarge):
        demo_app.imports.import_books(_csv(tmp_path / "beyond.csv", csv_rows), site_code="JH01")


def test_a_wrong_declared_size_is_ignored(demo_app: Shuyi, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "lying.xlsx", (3, 1, "另一本书"), (3, 2, "另一人"))
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    members[sheet] = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD1048576"/>', members[sheet])
    assert b"XFD1048576" in members[sheet]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    report = demo_app.imports.import_books(path, site_code="JH01")
    assert (report.read, report.added, report.rejected) == (2, 2, ())


def test_a_workbook_that_unpacks_to_too_much_is_refused(demo_app: Shuyi, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive, \
            archive.open("xl/padding.bin", "w", force_zip64=True) as member:
        block = b"\0" * 2**24
        for _ in range(files.MAX_UNPACKED // len(block) + 1):
            member.write(block)
    assert path.stat().st_size < files.MAX_BYTES
    with pytest.raises(errors.ImportFileTooLarge):
        demo_app.imports.import_books(path, site_code="JH01")

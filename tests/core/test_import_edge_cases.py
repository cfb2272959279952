"""Imports a librarian can stumble into: edited titles, shared old barcodes, stated call numbers, one ISBN twice,
broken quoting, identity numbers where they do not belong. Each case was a bug once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.privacy import ID_NUMBER


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _dump(app: Shuyi) -> list[str]:
    assert app.location.path is not None
    with sqlite3.connect(app.location.path) as conn:
        return list(conn.iterdump())


def test_reimporting_after_a_title_was_edited_adds_nothing(demo_app: Shuyi, tmp_path: Path) -> None:
    source = _csv(tmp_path / "nox.csv", "书名,作者,中图分类号", "无号书,甲著,I247.5")
    demo_app.imports.import_books(source, site_code="JH01")
    [hit] = demo_app.catalogue.search("无号书")
    demo_app.catalogue.update_title(hit.title.id, TitleInput(title="无号书", author="甲 著", clc="I247.5"))
    before = demo_app.stats()
    again = demo_app.imports.import_books(source, site_code="JH01")
    assert (again.added, again.copies_added, again.copies_present) == (0, 0, 1)
    assert demo_app.stats() == before  # no ghost title without copies


def test_old_barcodes_are_unique_per_room_and_found_by_search(demo_app: Shuyi, tmp_path: Path) -> None:
    demo_app.imports.import_books(_csv(tmp_path / "a.csv", "书名,条码", "甲室书,000001"), site_code="JH01")
    report = demo_app.imports.import_books(_csv(tmp_path / "b.csv", "书名,条码", "乙室完全不同的书,000001"),
                                           site_code="JH02")
    assert report.copies_added == 1  # another room's old system numbered alike
    found = {h.title.title for h in demo_app.catalogue.search("000001")}
    assert found == {"甲室书", "乙室完全不同的书"}
    assert all(h.why == "code" and h.copy_code for h in demo_app.catalogue.search("000001"))


def test_a_stated_call_number_held_by_another_title_is_refused(demo_app: Shuyi, tmp_path: Path) -> None:
    taken = demo_app.catalogue.list_copies(site_code="JH01")[0].call_number  # some title's number in this room
    source = _csv(tmp_path / "clash.csv", "书名,索书号", f"冲突书甲,{taken}", "不冲突书,Z228/999")
    before = {c.call_number for c in demo_app.catalogue.list_copies(site_code="JH01")}
    report = demo_app.imports.import_books(source, site_code="JH01")
    assert report.added == 1 and len(report.rejected) == 1
    [refused] = report.rejected
    assert refused.position.number == 2 and isinstance(refused.error, errors.CallNumberTaken)
    assert "已是本书屋另一种图书的索书号" in refused.explanation("zh_CN")
    after = [c.call_number for c in demo_app.catalogue.list_copies(site_code="JH01")]
    assert after.count(taken) == sum(1 for c in demo_app.catalogue.list_copies(site_code="JH01")
                                     if c.call_number == taken)
    assert {c.call_number for c in demo_app.catalogue.list_copies(site_code="JH01")} == before | {"Z228/999"}


@pytest.mark.parametrize("existing", [False, True])
def test_the_first_description_of_an_isbn_wins(app: Shuyi, tmp_path: Path, existing: bool) -> None:
    from desktop.core.sites import NewSite, SiteKind

    app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="书屋"))
    rows = ["书名,ISBN,作者", "十号书,9787020100040,甲", "十号书改名,7-02-010004-X,乙"]
    if existing:
        app.imports.import_books(_csv(tmp_path / "first.csv", *rows[:2]), site_code="JH01")
    app.imports.import_books(_csv(tmp_path / "both.csv", *rows), site_code="JH01")
    [hit] = app.catalogue.search("9787020100040")
    assert (hit.title.title, hit.title.author) == ("十号书", "甲")


def test_an_unclosed_quote_refuses_the_file_and_changes_nothing(demo_app: Shuyi, tmp_path: Path) -> None:
    source = _csv(tmp_path / "quote.csv", "书名,作者", '"未闭合的引号,甲', "书乙,乙")
    before = _dump(demo_app)
    with pytest.raises(errors.UnreadableImportFile, match="line 3"):
        demo_app.imports.import_books(source, site_code="JH01")
    assert _dump(demo_app) == before


def test_identity_numbers_are_never_kept_nor_shown(demo_app: Shuyi, tmp_path: Path) -> None:
    source = _csv(tmp_path / "readers.csv", "姓名,单位,手机,身分證號,备注,读者证号",
                  "王芳,环卫处,13800001111,320925199001011234,身份证320925199001011235,",
                  "李强,快递,13800002222,,,320925199001011237")
    fmt, preview = demo_app.imports.preview_import(source, readers=True)
    assert fmt == "csv" and preview is not None
    shown = " ".join(" ".join(row) for row in preview.rows)
    assert "13800001111" not in shown and "138****1111" in shown
    assert not ID_NUMBER.search(shown)
    assert 3 not in preview.mapping  # the Traditional-character ID column is never mapped
    report = demo_app.imports.import_readers(source, site_code="JH01")
    assert report.added == 1 and len(report.rejected) == 1
    [refused] = report.rejected
    for text in (refused.detail, refused.explanation("zh_CN"), refused.explanation("en")):
        assert not ID_NUMBER.search(text)
    dump = "\n".join(_dump(demo_app))
    for planted in ("320925199001011234", "320925199001011235", "320925199001011237"):
        assert planted not in dump

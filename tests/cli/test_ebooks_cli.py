"""`shuyi ebook`: add, list, loans, withdraw, revoke and slip, as text and --json, and bad input in one line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import ebooks as cli_ebooks
from desktop.cli.main import build_parser, main
from desktop.core import codes
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from tests.cli.test_cli import run

URL = "https://read.example.cn/book/1"
LICENCE_FIELDS = {"code", "id", "title_id", "title", "url", "cap", "loan_days", "active", "in_use", "next_free_on"}
LOAN_FIELDS = {"id", "licence", "title", "reader_id", "reader_card", "site", "lent_at", "expires_at",
               "expires_on", "revoked_at", "current", "url"}


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _lend(db: Path, code: str, readers: int = 1) -> list[str]:
    """Lend through the desk, as `shuyi scan` or the window would; returns the reading addresses."""
    with Shuyi.open(db, create=False) as app:
        ids = [r.id for r in app.readers.list_readers(limit=readers)]
        return [app.circulation.scan(DeskState(site_code="JH01", reader_id=i), code)[0].url or "" for i in ids]


def test_parser_actions_match_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for action in cli_ebooks.ACTIONS:
        assert parser.parse_args(["ebook", action]).action == action
    with pytest.raises(SystemExit):
        parser.parse_args(["ebook", "lend"])
    assert "invalid choice" in capsys.readouterr().err


def test_add_list_and_withdraw_as_json(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    added = _json(capsys, "ebook", "add", "--title-id", "1", "--url", URL, "--cap", "2", "--site", "JH01", *db)
    assert set(added) == LICENCE_FIELDS
    assert (added["code"], added["title"], added["cap"], added["loan_days"], added["active"], added["in_use"]) == (
        codes.make(codes.CodeType.EBOOK, "JH01", 1), "红楼梦", 2, 90, True, 0)
    short = _json(capsys, "ebook", "add", "--title-id", "2", "--url", URL + "2", "--cap", "1", "--days", "14",
                  "--room", "JH02", *db)
    assert short["loan_days"] == 14 and short["code"].startswith("EJH02-")
    _lend(demo_db_path, added["code"], readers=2)
    listed = {row["code"]: row for row in _json(capsys, "ebook", "list", *db)}
    assert set(listed) == {added["code"], short["code"]}
    assert listed[added["code"]]["in_use"] == 2 and listed[added["code"]]["next_free_on"]
    assert listed[short["code"]]["in_use"] == 0 and listed[short["code"]]["next_free_on"] is None
    withdrawn = _json(capsys, "ebook", "withdraw", added["code"], *db)
    assert withdrawn["active"] is False and withdrawn["in_use"] == 2


def test_loans_revoke_and_slip(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    code = _json(capsys, "ebook", "add", "--title-id", "3", "--url", URL, "--cap", "3", "--site", "JH01", *db)["code"]
    urls = _lend(demo_db_path, code, readers=2)
    loans = _json(capsys, "ebook", "loans", *db)
    assert len(loans) == 2 and set(loans[0]) == LOAN_FIELDS
    assert {row["url"] for row in loans} == set(urls)
    assert all(row["current"] and row["site"] == "JH01" and row["licence"] == code for row in loans)
    assert _json(capsys, "ebook", "loans", "--site", "JH02", *db) == []
    out = tmp_path / "slip.pdf"
    slip = _json(capsys, "ebook", "slip", str(loans[0]["id"]), "--out", str(out), *db)
    assert slip["file"] == str(out) and slip["url"] == loans[0]["url"]
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        zxingcpp = pytest.importorskip("zxingcpp")
        from PIL import Image

        subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(out), str(tmp_path / "page")],
                       check=True, timeout=120)
        with Image.open(tmp_path / "page.png") as image:
            assert [r.text for r in zxingcpp.read_barcodes(image)] == [loans[0]["url"]]
    revoked = _json(capsys, "ebook", "revoke", str(loans[0]["id"]), *db)
    assert revoked["current"] is False and revoked["revoked_at"]
    assert [row["id"] for row in _json(capsys, "ebook", "loans", *db)] == [loans[1]["id"]]
    # a revoked loan can be neither revoked again nor printed
    for argv in (["ebook", "revoke", str(loans[0]["id"])], ["ebook", "slip", str(loans[0]["id"]), "--out",
                                                            str(tmp_path / "x.pdf")]):
        assert main([*argv, *db, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert err.strip() == f"shuyi: There is no current e-book loan number {loans[0]['id']}"
    assert not (tmp_path / "x.pdf").exists()


def test_text_output_in_both_languages(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    assert main(["ebook", "add", "--title-id", "1", "--url", URL, "--cap", "2", "--site", "JH01", *db,
                 "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "EJH01-" in said and "红楼梦" in said and "90" in said
    assert main(["ebook", "list", *db, "--lang", "en"]) == 0
    listed = capsys.readouterr().out
    assert "0/2" in listed and URL in listed and "Title" in listed
    assert main(["ebook", "list", *db]) == 0  # Chinese by default (whatever the catalogue has translated yet)
    assert "0/2" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "needle"), [
    (["ebook", "add", "--title-id", "1", "--cap", "1", "--site", "JH01"], "--url"),
    (["ebook", "add", "--title-id", "1", "--url", "ftp://x.cn/1", "--cap", "1", "--site", "JH01"], "http(s)"),
    (["ebook", "add", "--title-id", "1", "--url", URL, "--cap", "0", "--site", "JH01"], "at least one"),
    (["ebook", "add", "--title-id", "999999", "--url", URL, "--cap", "1", "--site", "JH01"], "999999"),
    (["ebook", "add", "--title-id", "1", "--url", URL, "--cap", "1"], "JH01"),  # three rooms: say which
    (["ebook", "revoke"], "LOAN_ID"),
    (["ebook", "revoke", "abc"], "LOAN_ID"),
    (["ebook", "revoke", "42"], "42"),
    (["ebook", "slip", "42"], "--out"),
    (["ebook", "withdraw"], "CODE"),
    (["ebook", "withdraw", "EJH01-000009Z"], "EJH01-000009Z"),
])
def test_bad_input_is_one_line_and_changes_nothing(demo_db_path: Path, capsys: pytest.CaptureFixture[str],
                                                   argv: list[str], needle: str) -> None:
    assert main([*argv, "--db", str(demo_db_path), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.strip().splitlines()
    assert line.startswith("shuyi: ") and needle in line
    with Shuyi.open(demo_db_path, create=False) as app:
        assert app.ebooks.licences() == []


def test_the_real_command(demo_db_path: Path) -> None:
    db = ("--db", str(demo_db_path))
    added = run("ebook", "add", "--title-id", "4", "--url", URL, "--cap", "1", "--site", "JH03", *db, "--json")
    assert added.returncode == 0, added.stderr
    code = json.loads(added.stdout)["code"]
    listed = run("ebook", "list", *db, "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["code"] for row in json.loads(listed.stdout)] == [code]

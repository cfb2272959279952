"""The command line against hostile or odd input: look-alike digits, terminal escapes, stdnum's English reasons,
a typed word echoed as typed, an import error on a full disk, and counts over more than one chunk."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.cli.output import printable
from desktop.core import errors
from desktop.core.isbn import normalise
from tests.cli.test_cli import SHUYI, run

LOOKALIKES = ["CJH01-٠٠٠٠٠١J", "CJH01-०००००१J", "CJH01-𝟎𝟎𝟎𝟎𝟎𝟏J", "RJH01-٠٠٠٠٠٢١"]
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e"


def _err(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


# ---- item 18: codes are ASCII ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LOOKALIKES)
def test_search_refuses_a_code_with_other_digits(demo_db_path: Path, code: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _err(capsys, "search", code, "--db", str(demo_db_path), "--lang", "en")
    assert status == 2
    assert err.splitlines() == [f"shuyi: {code} is not a Shuyi code: Shuyi codes use only the letters A–Z and the "
                                "digits 0–9"]


def test_scan_refuses_a_code_with_other_digits_as_not_ours(demo_db_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--room", "JH01", "--json", *LOOKALIKES, "--db", str(demo_db_path)]) == 1
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["error"] for a in answers] == ["code.not_ascii"] * len(LOOKALIKES)
    assert [a["code"] for a in answers] == LOOKALIKES
    assert [a["action"] for a in answers] == ["refused"] * len(LOOKALIKES)


# ---- item 3: stdnum's reasons translated, a typed word echoed as typed -----------------------------------


def test_a_misread_isbn_is_explained_in_chinese(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _err(capsys, "search", "9787020010563", "--db", str(demo_db_path))
    assert status == 2 and "校验位" in err and "checksum" not in err


@pytest.mark.parametrize(("isbn", "problem", "reason"), [
    ("9787020010563", "checksum", "校验位"), ("7-02-001000-7", "checksum", "校验位"),
    ("97870200105", "length", "10 位或 13 位"), ("9777020010562", "prefix", "978 或 979"),
    ("978702001056X", "format", "字符"),
])
def test_every_stdnum_reason_is_translated(isbn: str, problem: str, reason: str) -> None:
    with pytest.raises(errors.InvalidIsbn) as bad:
        normalise(isbn)
    assert bad.value.params["problem"] == problem
    chinese, english = bad.value.message("zh_CN"), bad.value.message("en")
    assert reason in chinese and problem not in chinese, chinese
    assert english == f"{isbn} is not a valid ISBN ({problem})"


def test_a_typed_word_is_echoed_as_typed(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--room", "JH01", "hello", "--db", str(demo_db_path)]) == 1
    out = capsys.readouterr().out
    assert "hello" in out and "HELLO" not in out


# ---- item 19: control characters escaped in every printer ------------------------------------------------


def test_printable_escapes_every_control_character() -> None:
    assert printable("a\x1b[2Jb\nc\x9b\u202ed\x00") == "a\\u001b[2Jb\\nc\\u009b\\u202ed\\u0000"
    assert printable("红楼梦 ½ é") == "红楼梦 ½ é"


def test_imported_escapes_never_reach_the_terminal(demo_db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "escapes.csv"
    source.write_text(f"题名,作者,ISBN\n坏书{ESCAPES},某人{ESCAPES},\n另一本,人,97870{ESCAPES}\n", encoding="utf-8")
    outputs = [run("import", "books", str(source), "--room", "JH01", "--db", str(demo_db_path))]
    outputs += [run(*argv, "--db", str(demo_db_path)) for argv in (
        ["list", "titles"], ["list", "titles", "--json"], ["search", "坏书"], ["search", "坏书", "--json"])]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        shown = result.stdout + result.stderr
        assert not any(char in shown for char in "\x1b\x07\x9b\u202e"), shown
    assert "坏书\\u001b]0;pwned" in outputs[1].stdout
    assert json.loads(outputs[2].stdout)[-1]["title"] == f"坏书{ESCAPES}"  # the JSON still says what is stored


# ---- item 20: counts over chunks, an error on its own line ----------------------------------------------


def test_already_catalogued_is_counted_once_per_title(demo_db_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "same.csv"
    source.write_text("题名,作者\n" + "同一本书,某人\n" * 2500, encoding="utf-8")
    assert main(["import", "books", str(source), "--room", "JH01", "--json", "--db", str(demo_db_path)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["added"], first["matched"], first["copies_added"]) == (1, 0, 2500)
    assert main(["import", "books", str(source), "--room", "JH01", "--json", "--db", str(demo_db_path)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["added"], again["matched"], again["copies_present"]) == (0, 1, 2500)


def test_an_import_error_is_not_printed_on_the_progress_line(demo_db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    rows = 15_000  # enough to outgrow the 2 MB however large the demo database is (its stations' year is 4 MB)
    source.write_text("题名,作者\n" + "".join(f"书{i},某人{i}\n" for i in range(rows)), encoding="utf-8")
    room = demo_db_path.stat().st_size + 2_000_000

    def full_disk() -> None:  # the database may grow by 2 MB, then every write fails as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))

    result = subprocess.run([SHUYI, "--db", str(demo_db_path), "import", "books", str(source), "--room", "JH01"],
                            capture_output=True, timeout=120, preexec_fn=full_disk, env=os.environ.copy())
    assert result.returncode != 0
    err = result.stderr.decode()
    assert f"{rows}/{rows}" in err, err
    error_line = next(line for line in err.split("\n") if "shuyi:" in line)
    assert error_line.startswith("shuyi:"), err  # not after "\r已导入 15000/15000 条记录…"

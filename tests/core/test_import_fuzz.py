"""The fuzz corpus (tests/core/fuzz_corpus.py, seeded): every damaged file is imported or refused with a typed
error — never a MemoryError or an unexpected one — within bounded time and memory, in the core and in `shuyi`."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.database import copy_sqlite
from desktop.core.importing import ImportReport
from tests.core import fuzz_corpus

SHUYI = shutil.which("shuyi", path=str(Path(sys.executable).parent)) or "shuyi"
ADDRESS_SPACE = 1536 * 2**20
PER_FILE_SECONDS = 15


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return fuzz_corpus.build(tmp_path_factory.mktemp("fuzz"))


def test_the_corpus_is_seeded_and_large_enough(corpus: list[Path], tmp_path: Path) -> None:
    again = fuzz_corpus.build(tmp_path / "again")
    assert 100 <= len(corpus) <= 400
    assert [p.read_bytes() for p in corpus] == [p.read_bytes() for p in again]
    assert {p.suffix for p in corpus} == {".csv", ".xlsx", ".mrc", ".xml", ".bin"}


def test_every_file_is_imported_or_refused_in_the_core(corpus: list[Path], demo_app: Shuyi) -> None:
    outcomes: dict[str, str] = {}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for path in corpus:
        started = time.perf_counter()
        for readers in (False, True) if path.suffix in (".csv", ".xlsx") else (False,):
            try:
                if readers:
                    report = demo_app.imports.import_readers(path, site_code="JH01")
                else:
                    report = demo_app.imports.import_books(path, site_code="JH01")
            except errors.ShuyiError as exc:
                outcome = exc.code
            else:
                assert isinstance(report, ImportReport)
                outcome = "imported"
            outcomes[("readers " if readers else "") + path.name] = outcome
        assert time.perf_counter() - started < PER_FILE_SECONDS, path.name
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 500_000, "KB more than before the corpus"
    assert outcomes["sound.csv"] == outcomes["sound.mrc"] == outcomes["sound.xml"] == "imported"
    assert outcomes["far_cell.xlsx"] == "import.sheet_too_large"
    assert outcomes["empty.csv"] == outcomes["nul_bytes.csv"] == "import.unreadable"
    assert outcomes["huge_title.csv"] == "imported"  # its one row refused as too long, the file read
    assert sum(o == "imported" for o in outcomes.values()) > 20


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


SAMPLE = ["far_cell.xlsx", "huge_title.csv", "huge_cell.xlsx", "billion_laughs.xml", "deep.xml", "binary.csv",
          "control_chars.csv", "sound_garble1.xlsx", "/dev/zero"]


def test_a_sample_through_the_command_line_under_a_memory_limit(corpus: list[Path], demo_db_path: Path) -> None:
    by_name = {p.name: p for p in corpus}
    runs = {}
    for n, name in enumerate(SAMPLE):  # side by side, each on its own copy of the database
        db = copy_sqlite(demo_db_path, demo_db_path.with_name(f"sample{n}.db"))
        command = [SHUYI, "--db", str(db), "import", "books", str(by_name.get(name, Path(name))), "--room", "JH01"]
        runs[name] = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      preexec_fn=_limit_memory)
    for name, run in runs.items():
        _, stderr = run.communicate(timeout=120)
        assert run.returncode in (0, 2), (name, stderr)
        assert "MemoryError" not in stderr and "意外错误" not in stderr, (name, stderr)
        if run.returncode == 2:
            assert len(stderr.strip().splitlines()) == 1, (name, stderr)

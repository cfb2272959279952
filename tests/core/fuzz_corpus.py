"""A seeded corpus of damaged import files: truncated, garbled, huge, binary, empty and wrongly encoded CSV, XLSX,
MARC and MARCXML — the same files for the same seed, for tests/core/test_import_fuzz.py."""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

TITLES = ["红楼梦", "平凡的世界", "活着", "围城", "The Old Man and the Sea", "骆驼祥子", "边城", "三体"]
CONTROL = "\x1b]0;pwned\x07\x1b[2J"


def _csv_text(rng: random.Random, rows: int) -> str:
    lines = ["题名,ISBN,责任者,出版社,册数,索书号"]
    for _ in range(rows):
        title = rng.choice(TITLES) + str(rng.randrange(1000))
        isbn = rng.choice(["9787020002207", "978702000220X", "", "12345", "٩٧٨٧٠٢٠٠٠٢٢٠٧"])
        lines.append(f"{title},{isbn},作者{rng.randrange(99)},出版社,{rng.choice(['1', '2', '0', '-1', 'x', ''])},"
                     f"{rng.choice(['I247.57/1', '', 'ZZ', 'I247.57/٣'])}")
    return "\n".join(lines) + "\n"


def _xlsx_bytes(rows: list[list[object]], far: tuple[int, int] | None = None) -> bytes:
    """A workbook, byte for byte the same on every run (no time stamps), with `far` a cell far out."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if far is not None:
        sheet.cell(row=far[0], column=far[1], value="x")
    saved = io.BytesIO()
    book.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", source.read(name))
            target.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


def _xlsx_far_cell(row: int, column: int) -> bytes:
    return _xlsx_bytes([["题名", "作者"], ["书", "人"]], far=(row, column))


def _field(*subfields: tuple[str, str], encoding: str = "utf-8") -> bytes:
    return b"  " + b"".join(b"\x1f" + code.encode() + value.encode(encoding) for code, value in subfields)


def _iso(fields: list[tuple[str, bytes]]) -> bytes:
    directory, data = b"", b""
    for tag, body in fields:
        directory += tag.encode() + b"%04d%05d" % (len(body) + 1, len(data))
        data += body + b"\x1e"
    base = 24 + len(directory) + 1
    return b"%05dnam  22%05d   4500" % (base + len(data) + 1, base) + directory + b"\x1e" + data + b"\x1d"


def _marc(rng: random.Random, records: int) -> bytes:
    out = b""
    for _ in range(records):
        title = rng.choice(TITLES) + rng.choice(["", CONTROL, "长" * rng.choice([10, 600])])
        out += _iso([("001", str(rng.randrange(10**6)).encode()),
                     ("010", _field(("a", rng.choice(["7-5037-1744-0", "978-7-02-000220-7", "bad"])))),
                     ("200", _field(("a", title), ("f", "某人著"))),
                     ("210", _field(("c", "某出版社"), ("d", "1985"))),
                     ("690", _field(("a", rng.choice(["I247.57", "D412", "??"]))))])
    return out


def _marcxml(rng: random.Random, records: int) -> bytes:
    body = ""
    for _ in range(records):
        title = rng.choice(TITLES) + rng.choice(["", "&amp;", "长" * rng.choice([10, 700])])
        body += ('<record><leader>00000nam  2200000   4500</leader>'
                 f'<datafield tag="245" ind1="0" ind2="0"><subfield code="a">{title}</subfield></datafield>'
                 f'<datafield tag="020" ind1=" " ind2=" "><subfield code="a">{rng.randrange(10**12)}</subfield>'
                 '</datafield></record>')
    return f'<?xml version="1.0" encoding="UTF-8"?><collection xmlns="http://www.loc.gov/MARC21/slim">{body}' \
           f'</collection>'.encode()


_BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                   + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                              for i in range(1, 10))
                   + b']><collection><record><datafield tag="245"><subfield code="a">&lol9;</subfield>'
                     b'</datafield></record></collection>')


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def _garble(rng: random.Random, data: bytes) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randrange(1, 20)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def _base_files(rng: random.Random) -> list[tuple[str, bytes]]:
    """One sound file of each kind and the hostile ones no mutation would find."""
    huge_title = "题名,作者\n" + "长" * 40_000 + ",某人\n"
    return [
        ("sound.csv", _csv_text(rng, 30).encode()),
        ("sound_gbk.csv", _csv_text(rng, 10).encode("gb18030")),
        ("utf16_no_bom.csv", _csv_text(rng, 5).encode("utf-16-le")),
        ("latin1.csv", "title,author\nCafé,Zoë\n".encode("latin-1") + b"\xe9\xff\n"),
        ("shift_jis.csv", "題名,著者\n吾輩は猫である,夏目漱石\n".encode("shift_jis")),
        ("huge_title.csv", huge_title.encode()),
        ("huge_field.csv", b"title,author\n" + b"x" * 200_000 + b",a\n"),
        ("many_columns.csv", (",".join(["题名", *(f"c{i}" for i in range(400))]) + "\n书" + ",v" * 400).encode()),
        ("unclosed_quote.csv", b'\xe9\xa2\x98\xe5\x90\x8d,author\n"open,never closed\n'),
        ("control_chars.csv", f"题名,作者\n好书{CONTROL},某人{CONTROL}\n".encode()),
        ("nul_bytes.csv", b"\x00" * 4096),
        ("empty.csv", b""),
        ("blank_lines.csv", b"\n\n\n  \n"),
        ("only_header.csv", "题名,作者\n".encode()),
        ("duplicate_header.csv", "题名,题名,作者\n甲,乙,丙\n".encode()),
        ("binary.csv", bytes(rng.randrange(256) for _ in range(5000))),
        ("ole2.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
        ("sound.xlsx", _xlsx_bytes([["题名", "作者", "册数"]] + [[rng.choice(TITLES), "某人", 2] for _ in range(20)])),
        ("far_cell.xlsx", _xlsx_far_cell(1_000_000, 16_000)),
        ("wide_cell.xlsx", _xlsx_far_cell(3, 5_000)),
        ("huge_cell.xlsx", _xlsx_bytes([["题名", "作者"], ["长" * 32_000, "某人"]])),
        ("empty_zip.xlsx", _empty_zip()),
        ("not_a_zip.xlsx", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(300))),
        ("sound.mrc", _marc(rng, 10)),
        ("huge_length.mrc", b"99999nam  2200025   4500" + b"0" * 200 + b"\x1e\x1d"),
        ("no_end_mark.mrc", _marc(rng, 2)[:-1] + b"\x1e" * 1000),
        ("digits_only.mrc", b"12345" * 2000),
        ("sound.xml", _marcxml(rng, 10)),
        ("billion_laughs.xml", _BILLION_LAUGHS),
        ("deep.xml", b"<a>" * 50_000 + b"</a>" * 50_000),
        ("not_xml.xml", b"<<<<>>>>" * 100),
        ("zero.bin", bytes(10_000)),
    ]


def _empty_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w"):
        pass
    return out.getvalue()


_MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [_truncate, _garble]


def build(folder: Path, *, seed: int = 9, mutants: int = 24) -> list[Path]:
    """Write the corpus into `folder`: the base files, and `mutants` truncated or garbled copies of each sound one."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in _base_files(rng):
        written.append(_write(folder / name, data))
        if name.startswith("sound"):
            stem, suffix = name.rsplit(".", 1)
            for n in range(mutants):
                mutate = _MUTATIONS[n % len(_MUTATIONS)]
                written.append(_write(folder / f"{stem}_{mutate.__name__[1:]}{n}.{suffix}", mutate(rng, data)))
    return written


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path

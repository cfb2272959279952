"""MARC import: real CNMARC and MARC21 files (ISO 2709 and MARCXML), damaged ones included, read into BookRecords."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.importers.marc import UnreadableImportFile, read_marc
from desktop.core.records import BookRecord, Position, Rejected, RejectReason

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
MARC = SHARED / "marc"
if not MARC.is_dir():
    pytest.skip(f"the shared MARC test data is not at {MARC}", allow_module_level=True)

CNMARC_XML = MARC / "cnmarc" / "dp2_sample_cnmarcxml.xml"
CNMARC_ISO = MARC / "cnmarc" / "dp2_sample_cnmarc_utf8.iso"
MARC21 = MARC / "marc21"


def _read(path: Path, **kwargs: str) -> list[BookRecord | Rejected]:
    return list(read_marc(path, **kwargs))  # type: ignore[arg-type]


def _books(items: list[BookRecord | Rejected]) -> list[BookRecord]:
    assert all(isinstance(item, BookRecord) for item in items), [i for i in items if isinstance(i, Rejected)]
    return [item for item in items if isinstance(item, BookRecord)]


def _outline(items: list[BookRecord | Rejected]) -> list[tuple[int, str]]:
    """(position, "ok" or the reject reason) for every item, to compare a whole file at a glance."""
    return [(i.position.number, "ok" if isinstance(i, BookRecord) else i.reason.value) for i in items]


# ---- small ISO 2709 and MARCXML files written by the tests ------------------------------------------------


def _field(*subfields: tuple[str, str], encoding: str = "utf-8", indicators: bytes = b"  ") -> bytes:
    return indicators + b"".join(b"\x1f" + code.encode() + value.encode(encoding) for code, value in subfields)


def _iso(fields: list[tuple[str, bytes]], coding: bytes = b" ") -> bytes:
    """One ISO 2709 record with a correct leader and directory; `coding` is leader position 9."""
    directory, data = b"", b""
    for tag, body in fields:
        directory += tag.encode() + b"%04d%05d" % (len(body) + 1, len(data))
        data += body + b"\x1e"
    base = 24 + len(directory) + 1
    leader = b"%05dnam " % (base + len(data) + 1) + coding + b"22%05d   4500" % base
    return leader + directory + b"\x1e" + data + b"\x1d"


def _cnmarc_gb18030(title: str) -> bytes:
    gb = "gb18030"
    return _iso([
        ("001", b"gb-1"),
        ("010", _field(("a", "7-5037-1744-0"), ("d", "CNY12.00"))),
        ("200", _field(("a", title), ("f", "工运史编写组编"), encoding=gb, indicators=b"1 ")),
        ("210", _field(("a", "北京"), ("c", "工人出版社"), ("d", "1985"), encoding=gb)),
        ("690", _field(("a", "D412"), ("v", "5"))),
    ])  # fmt: skip


def _xml(tmp_path: Path, *records: str) -> Path:
    body = "".join(f'<record xmlns="http://www.loc.gov/MARC21/slim">{r}</record>' for r in records)
    path = tmp_path / "records.xml"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><collection>{body}</collection>', encoding="utf-8")
    return path


def _df(tag: str, **subfields: str) -> str:
    inner = "".join(f'<subfield code="{code[-1]}">{value}</subfield>' for code, value in subfields.items())
    return f'<datafield tag="{tag}" ind1=" " ind2=" ">{inner}</datafield>'


# ---- CNMARC ----------------------------------------------------------------------------------------------


def test_cnmarc_sru_xml_gives_ten_chinese_books_with_their_fields() -> None:
    books = _books(_read(CNMARC_XML))
    assert [b.position for b in books] == [Position("record", n) for n in range(1, 11)]
    assert books[0] == BookRecord(
        position=Position("record", 1),
        title="'94中国发展报告",
        isbn="7-5037-1744-0",
        author="国家统计局编",
        publisher="中国统计出版社",
        place="北京",
        year="1994",
        pages="320页",
        price="CNY68.00",
        clc="F124",
        subjects=("经济发展",),
    )
    assert books[2].title == "'96 中国发展报告 : 中国的“八五”"  # 200$a : 200$e
    assert (books[9].title, books[9].publisher, books[9].clc) == ("1999 年中国发展状况与趋势", "经济日报出版社", "D668")
    assert (books[7].title, books[7].clc, books[7].year) == ("’92中国发展报告", "D668", "1993")
    assert books[3].place == "" and books[3].pages == "在线资源(393页)"  # the e-book version has no 210$a
    assert books[4].subjects == ("经济发展", "社会发展")
    assert books[0].extra["001"] == "990002180740203961"


def test_cnmarc_iso_without_declared_charset_gives_the_same_books_as_the_xml() -> None:
    iso, xml = _books(_read(CNMARC_ISO)), _books(_read(CNMARC_XML))
    assert len(iso) == 10
    assert iso == xml  # every field, Chinese text included (extra is not compared)
    assert {b.extra["charset"] for b in iso} == {"utf-8"}
    assert {b.extra["flavour"] for b in iso} == {"unimarc"}


def test_detected_and_forced_formats_agree() -> None:
    assert _read(CNMARC_XML, fmt="marcxml") == _read(CNMARC_XML)
    assert _read(CNMARC_ISO, fmt="marc") == _read(CNMARC_ISO)


def test_gb18030_cnmarc_keeps_its_chinese_text(tmp_path: Path) -> None:
    path = tmp_path / "gbk.iso"
    path.write_bytes(_cnmarc_gb18030("中国工人运动史"))
    [book] = _books(_read(path))
    assert (book.title, book.author, book.publisher, book.place) == (
        "中国工人运动史",
        "工运史编写组编",
        "工人出版社",
        "北京",
    )
    assert (book.clc, book.price, book.extra["charset"]) == ("D412", "CNY12.00", "gb18030")


def test_a_file_mixing_utf8_and_gb18030_records_decodes_each_record(tmp_path: Path) -> None:
    utf8 = CNMARC_ISO.read_bytes().split(b"\x1d")[0] + b"\x1d"
    path = tmp_path / "mixed.iso"
    path.write_bytes(utf8 + _cnmarc_gb18030("工会工作手册") + utf8)
    books = _books(_read(path))
    assert [b.title for b in books] == ["'94中国发展报告", "工会工作手册", "'94中国发展报告"]
    assert [b.extra["charset"] for b in books] == ["utf-8", "gb18030", "utf-8"]


def test_isbn_prefers_the_first_valid_one_but_keeps_an_invalid_one_as_found(tmp_path: Path) -> None:
    title = _df("200", a="书")
    path = _xml(
        tmp_path,
        _df("010", a="7-5037-1744-1") + _df("010", a="7-5037-1744-0 (平装)", d="CNY9.00") + title,
        _df("010", a="ISBN 7-5037-1744-1 :") + title,
    )
    assert [b.isbn for b in _books(_read(path))] == ["7-5037-1744-0", "7-5037-1744-1"]


def test_cnmarc_author_falls_back_to_701_and_a_record_without_title_is_refused(tmp_path: Path) -> None:
    path = _xml(
        tmp_path,
        _df("200", a="工人诗选 /") + _df("701", a="李强", b="主编") + _df("711", a="全国总工会"),
        _df("010", a="7-5037-1744-0") + _df("200", f="无名氏"),
        "<leader>00000nam0 2200000   450 </leader>",
        _df("200", a="第四本") + _df("711", a="全国总工会"),
    )
    items = _read(path)
    assert (items[0].title, items[0].author) == ("工人诗选", "李强, 主编")  # type: ignore[union-attr]
    assert items[1] == Rejected(Position("record", 2), RejectReason.MISSING_TITLE, detail="7-5037-1744-0")
    assert items[2] == Rejected(Position("record", 3), RejectReason.BROKEN_RECORD, detail="the record has no fields")
    assert (items[3].title, items[3].author) == ("第四本", "全国总工会")  # type: ignore[union-attr]


def test_sru_record_packed_as_escaped_string(tmp_path: Path) -> None:
    record = '<record xmlns="http://www.nlc.cn/">' + _df("200", a="职工读本") + "</record>"
    escaped = record.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    path = tmp_path / "sru.xml"
    path.write_text(
        '<searchRetrieveResponse xmlns="http://www.loc.gov/zing/srw/"><records><record>'
        f"<recordPacking>string</recordPacking><recordData>{escaped}</recordData>"
        "</record></records></searchRetrieveResponse>",
        encoding="utf-8",
    )
    assert [b.title for b in _books(_read(path))] == ["职工读本"]


# ---- MARC21 and UNIMARC from pymarc's test files ---------------------------------------------------------


def test_marc_dat_gives_twenty_books() -> None:
    books = _books(_read(MARC21 / "marc.dat"))
    assert len(books) == 20
    first = books[0]
    assert (first.title, first.isbn, first.author) == (
        "The pragmatic programmer : from journeyman to master",
        "020161622X",
        "Andrew Hunt, David Thomas",
    )
    assert (first.publisher, first.place, first.year, first.pages) == (
        "Addison-Wesley",
        "Reading, Mass",
        "2000",
        "xxiv, 321 p",
    )
    assert first.subjects == ("Computer programming",)
    assert (books[19].title, books[19].year) == ("ANSI Common Lisp", "c1996")


def test_test_dat_gives_ten_books_one_without_isbn() -> None:
    books = _books(_read(MARC21 / "test.dat"))
    assert len(books) == 10
    assert books[2].title == "Perl : programmer's reference" and books[2].isbn == ""
    assert books[8].isbn == "013020868X"


def test_marc21_with_clc_class_and_price_in_xml(tmp_path: Path) -> None:
    path = _xml(
        tmp_path,
        _df("020", a="9787020024759 (精装) :", c="CNY25.00")
        + _df("084", a="I247.57", _2="clc")
        + _df("100", a="路遥")
        + _df("245", a="平凡的世界 /")
        + _df("264", a="北京 :", b="人民文学出版社,", c="2005."),
    )
    [book] = _books(_read(path))
    assert (book.title, book.isbn, book.price, book.clc) == ("平凡的世界", "9787020024759", "CNY25.00", "I247.57")
    assert (book.author, book.place, book.publisher, book.year) == ("路遥", "北京", "人民文学出版社", "2005")


def test_multi_isbn_takes_the_first_valid_isbn_without_its_qualifier() -> None:
    [book] = _books(_read(MARC21 / "multi_isbn.dat"))  # 020$a "0914378287 (v. 1)", then two more, all valid
    assert (book.title, book.isbn, book.year) == ("The town scold", "0914378287", "c1977")


def test_marc8_record_is_decoded_as_marc8_and_matches_its_utf8_twins() -> None:
    [marc8] = _books(_read(MARC21 / "marc8.dat"))
    [flagged] = _books(_read(MARC21 / "utf8_with_leader_flag.dat"))
    [unflagged] = _books(_read(MARC21 / "utf8_without_leader_flag.dat"))
    assert marc8.extra["charset"] == "marc-8" and unflagged.extra["charset"] == "utf-8"
    assert marc8 == flagged == unflagged
    assert marc8.title == "Escape from loneliness"


def test_gb18030_marc21_record_with_blank_leader_is_not_taken_for_marc8(tmp_path: Path) -> None:
    path = tmp_path / "gbk21.mrc"
    path.write_bytes(_iso([("245", _field(("a", "中国工人运动史 /"), ("c", "刘明逵编"), encoding="gb18030"))]))
    [book] = _books(_read(path))
    assert (book.title, book.author, book.extra["charset"]) == ("中国工人运动史", "刘明逵编", "gb18030")


def test_utf8_marc21_keeps_diacritics() -> None:
    books = _books(_read(MARC21 / "regression45.dat"))
    assert len(books) == 12
    assert books[0].title.startswith("Pokrov, podarennyĭ Dimitrīem")
    [errors] = _books(_read(MARC21 / "utf8_errors.dat"))
    assert errors.title == "[Imperial military middle school, Ṣanʻāʾ]"


def test_unimarc_italian_record_without_its_non_sorting_marks() -> None:
    [book] = _books(_read(MARC21 / "testunimarc.dat"))
    assert (book.title, book.isbn, book.author) == ("L'altra faccia della spirale", "88-04-40682-8", "Isaac Asimov")
    assert (book.publisher, book.place, book.year, book.extra["flavour"]) == (
        "A. Mondadori",
        "Milano",
        "1996",
        "unimarc",
    )


def test_marcxml_files_parse() -> None:
    batch = _books(_read(MARC21 / "batch.xml"))
    assert [b.title for b in batch] == ["The Great Ray Charles", "The White House"]
    assert batch[0].subjects == ("Jazz", "Piano with jazz ensemble")
    [zen] = _books(_read(MARC21 / "utf8.xml"))
    assert (zen.title, zen.publisher) == ("Zen Classics", "Virgin Classics")


# ---- damaged files: per-record errors, never a crash -----------------------------------------------------


def test_bad_records_are_refused_one_by_one_and_the_good_ones_kept() -> None:
    items = _read(MARC21 / "bad_records.mrc")
    broken = RejectReason.BROKEN_RECORD.value
    assert _outline(items) == [(1, "ok")] + [(n, broken) for n in range(2, 8)] + [(8, "ok")]
    assert "base address 99937" in items[1].detail  # type: ignore[union-attr]
    assert items[7].title == "The pragmatic programmer : from journeyman to master"  # type: ignore[union-attr]


def test_utf8_record_with_a_garbled_subfield_code_still_reads() -> None:
    [book] = _books(_read(MARC21 / "utf8_invalid.mrc"))  # 260 has U+FFFD before its "b" code
    assert book.title == "The coming revolution in teacher licensure : redefining teacher preparation"
    assert book.publisher == "Association of Teacher Educators]"


def test_broken_marc8_cjk_and_undeclared_cp1251_are_undecodable() -> None:
    [eacc] = _read(MARC21 / "bad_eacc_encoding.dat")
    assert isinstance(eacc, Rejected) and eacc.reason is RejectReason.UNDECODABLE
    assert eacc.detail == "field 880 is not MARC-8"
    cyrillic = _read(MARC21 / "1251.dat")
    assert _outline(cyrillic) == [(n, RejectReason.UNDECODABLE.value) for n in range(1, 7)]


@pytest.mark.parametrize("cut", [4500, 3970, 3995])  # inside record 5's data, its leader, its directory
def test_truncated_file_gives_its_complete_records_then_one_broken_record(tmp_path: Path, cut: int) -> None:
    data = (MARC21 / "marc.dat").read_bytes()
    assert data[:cut].count(b"\x1d") == 4 and data[3964:3969] == b"00759"
    path = tmp_path / "truncated.dat"
    path.write_bytes(data[:cut])
    items = _read(path)
    assert _outline(items) == [(1, "ok"), (2, "ok"), (3, "ok"), (4, "ok"), (5, RejectReason.BROKEN_RECORD.value)]
    assert "truncated" in items[4].detail  # type: ignore[union-attr]


def test_a_damaged_length_in_the_middle_does_not_lose_the_records_after_it(tmp_path: Path) -> None:
    data = bytearray((MARC21 / "test.dat").read_bytes())
    second = data.index(b"\x1d") + 1
    data[second : second + 5] = b"99999"
    path = tmp_path / "damaged.dat"
    path.write_bytes(bytes(data))
    assert _outline(_read(path)) == [(1, "ok"), (2, RejectReason.BROKEN_RECORD.value)] + [
        (n, "ok") for n in range(3, 11)
    ]


def _unreadable_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "blank": b" \r\n",
        "garbage": b"hello, this is not a catalogue\n",
        "csv": "题名,ISBN\n活着,9787506365437\n".encode(),
        "starts with digits": b"20240101,9787506365437\n",
        "broken xml": b"<collection><record><leader>",
        "xml without marc": b"<?xml version='1.0'?><rss><channel><title>news</title></channel></rss>",
    }
    paths = {name: tmp_path / f"{i}.bin" for i, name in enumerate(files)}
    for name, content in files.items():
        paths[name].write_bytes(content)
    paths["missing"] = tmp_path / "nowhere.mrc"
    paths["folder"] = tmp_path
    paths["xml read as iso"] = MARC21 / "utf8.xml"
    png = SHARED / "images" / "qrcode-2" / "32.png"
    if png.is_file():
        paths["png"] = png
    return paths


def test_files_that_are_not_marc_raise_unreadable_at_once(tmp_path: Path) -> None:
    for name, path in _unreadable_files(tmp_path).items():
        fmt = "marc" if name == "xml read as iso" else None
        with pytest.raises(UnreadableImportFile) as caught:
            read_marc(path, fmt=fmt)  # raised by the call itself, before any iteration
        assert caught.value.code == "import.unreadable", name
        assert caught.value.params["path"] == str(path), name
        assert str(caught.value).startswith(f"Cannot read {path}: "), name


def test_iso_file_read_as_xml_is_unreadable() -> None:
    with pytest.raises(UnreadableImportFile, match="does not parse"):
        read_marc(MARC21 / "one.dat", fmt="marcxml")

"""Standards as data: the built-in four, a union's own imported from JSON, CSV or XLSX, typed refusals that change
nothing, replacing one's own (never a built-in), star thresholds edited, a standard assigned to a site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.sites import NewSite, SiteKind
from tests.core.stations.compliance_world import dump

FUJIAN = {
    "name": "闽驿", "title": "福建工会驿站标准", "region": "福建", "stars": [10, 30, 50, 70, 90],
    "items": [
        {"key": "thermometer", "label": "温度计", "label_en": "Thermometer", "kinds": ["温度计"]},
        {"key": "wifi", "label": "免费WiFi", "required": False, "weight": 2, "kinds": "wifi"},
        {"key": "cool", "label": "冷暖", "kinds": "空调、heater", "needs_all": True},
        {"key": "hotline", "label": "12351标识", "fact": "hotline_12351"},
    ],
}


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_four_built_in_standards_come_with_the_schema(app: Shuyi) -> None:
    listed = {s.name: s for s in app.standards.list()}
    assert set(listed) == {"6+X", "七个一", "8个1", "六有"}
    assert all(s.builtin and s.thresholds == (20, 40, 60, 80, 100) for s in listed.values())
    assert [i.key for i in listed["6+X"].items][:3] == ["air_conditioner", "fridge", "microwave"]
    assert [i.required for i in listed["6+X"].items].count(False) == 3
    assert listed["六有"].items[2].needs_all and len(listed["六有"].items[2].kinds) == 6
    assert app.standards.get(" 6+x ").name == "6+X"


def test_a_json_standard_names_kinds_by_key_or_chinese_name(app: Shuyi, tmp_path: Path) -> None:
    info = app.standards.import_file(_write(tmp_path, "fj.json", FUJIAN))
    assert (info.name, info.region, info.thresholds, info.builtin) == ("闽驿", "福建", (10, 30, 50, 70, 90), False)
    items = {i.key: i for i in info.items}
    assert items["thermometer"].kinds == ("thermometer",) and items["wifi"].weight == 2
    assert not items["wifi"].required and items["cool"].needs_all
    assert set(items["cool"].kinds) == {"air_conditioner", "heater"}
    assert items["hotline"].fact == "hotline_12351" and items["hotline"].kinds == ()
    assert [s.name for s in app.standards.list()][-1] == "闽驿"


def test_a_csv_or_xlsx_standard_is_one_item_a_row(app: Shuyi, tmp_path: Path) -> None:
    csv = tmp_path / "sanya.csv"
    csv.write_text("标准,地区,星级阈值,编号,项目,必备,权重,设施类型,事实\n"
                   "琼驿,海南,\"20,40,60,80,100\",fan,电风扇,否,1,空调,\n"
                   ",,,rules,制度上墙,是,3,,rules_posted\n", encoding="utf-8-sig")
    info = app.standards.import_file(csv)
    assert info.name == "琼驿" and [(i.key, i.required, i.weight) for i in info.items] == [
        ("fan", False, 1), ("rules", True, 3)]
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["standard", "key", "label", "kinds", "fact"])
    sheet.append(["Own", "aed", "AED", "AED", ""])
    sheet.append(["", "map", "On maps", "", "on_maps"])
    book.save(tmp_path / "own.xlsx")
    assert [i.key for i in app.standards.import_file(tmp_path / "own.xlsx").items] == ["aed", "map"]


@pytest.mark.parametrize(("change", "error", "words"), [
    (lambda d: d["items"][0].update(kinds=["洗衣机"]), errors.UnknownItemKind, "微波炉"),
    (lambda d: d["items"][3].update(fact="has_cat"), errors.UnknownFact, "on_maps"),
    (lambda d: d["items"][1].update(key="thermometer"), errors.DuplicateItemKey, "thermometer"),
    (lambda d: d["items"][0].update(fact="on_maps"), errors.InvalidStandardItem, "not both"),
    (lambda d: d["items"][0].update(weight=101), errors.InvalidStandardItem, "weight"),
    (lambda d: d["items"][0].update(key="two words"), errors.InvalidStandardItem, "no blanks"),
    (lambda d: d["items"][3].update(needs_all=True), errors.InvalidStandardItem, "needs_all"),
    (lambda d: d.update(stars="10,5,50,70,90"), errors.InvalidStarThresholds, "10,5"),
    (lambda d: d.update(name=""), errors.InvalidStandard, "no name"),
    (lambda d: d.update(items=[]), errors.InvalidStandard, "no items"),
    (lambda d: d.update(name="六有"), errors.BuiltinStandard, "六有"),
])
def test_a_wrong_file_is_refused_whole_and_changes_nothing(app: Shuyi, db_path: Path, tmp_path: Path, change,
                                                           error: type[errors.ShuyiError], words: str) -> None:
    data = json.loads(json.dumps(FUJIAN))
    change(data)
    before = dump(db_path)
    with pytest.raises(error) as refused:
        app.standards.import_file(_write(tmp_path, "bad.json", data))
    assert words in refused.value.message("en")
    assert dump(db_path) == before


def test_not_json_and_a_sheet_without_keys_are_refused(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    before = dump(db_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x", ', encoding="utf-8")
    with pytest.raises(errors.InvalidStandard, match="not JSON"):
        app.standards.import_file(broken)
    sheet = tmp_path / "s.csv"
    sheet.write_text("名称,说明\nA,B\n", encoding="utf-8")
    with pytest.raises(errors.InvalidStandard, match="no 'key' column"):
        app.standards.import_file(sheet)
    assert dump(db_path) == before


def test_a_duplicate_name_is_refused_unless_replacing_ones_own(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, "fj.json", FUJIAN)
    app.standards.import_file(path)
    app.sites.add_site(NewSite(code="JH91", kind=SiteKind.SERVICE_STATION, name="驿站"))
    app.standards.assign("JH91", "闽驿")
    before = dump(db_path)
    with pytest.raises(errors.DuplicateStandard):
        app.standards.import_file(path)
    assert dump(db_path) == before
    smaller = {**FUJIAN, "items": FUJIAN["items"][:2]}
    info = app.standards.import_file(_write(tmp_path, "fj2.json", smaller), replace=True)
    assert [i.key for i in info.items] == ["thermometer", "wifi"] and info.sites == 1
    assert app.standards.compliance("JH91").standard == "闽驿"


def test_thresholds_are_edited_and_bad_ones_refused(app: Shuyi, db_path: Path) -> None:
    assert app.standards.set_thresholds("六有", "30,50,70,85,100").thresholds == (30, 50, 70, 85, 100)
    before = dump(db_path)
    for text in ("30,50,70,85", "30,50,70,85,101", "a,b,c,d,e", "90,50,70,85,100"):
        with pytest.raises(errors.InvalidStarThresholds):
            app.standards.set_thresholds("六有", text)
    with pytest.raises(errors.UnknownStandard):
        app.standards.set_thresholds("九有", "30,50,70,85,100")
    assert dump(db_path) == before

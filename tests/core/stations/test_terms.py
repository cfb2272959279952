"""The configurable lists: built in with the schema, resolved by key or either name, extended and retired."""

from __future__ import annotations

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.stations.terms import Vocabulary


def test_the_built_in_lists_come_with_the_schema(app: Shuyi) -> None:
    kinds = {t.key: t for t in app.terms.list(Vocabulary.FACILITY_KIND)}
    assert {"air_conditioner", "microwave", "aed", "fire_extinguisher", "first_aid_kit"} <= set(kinds)
    assert kinds["microwave"].name_zh == "微波炉" and kinds["tables_chairs"].counted
    assert [t.name_zh for t in app.terms.list(Vocabulary.STATION_KIND)][:2] == ["户外劳动者服务站", "骑手之家"]
    assert len(app.terms.list(Vocabulary.OCCUPATION)) == 8


def test_a_union_adds_its_own_and_retires_it_keeping_it_resolvable_for_what_uses_it(app: Shuyi) -> None:
    added = app.terms.add(Vocabulary.FACILITY_KIND, "太阳能充电板", name_en="Solar charger")
    assert added.key == "solar_charger" and not added.builtin
    assert app.terms.list(Vocabulary.FACILITY_KIND)[-1].name_zh == "太阳能充电板"
    app.terms.set_retired(Vocabulary.FACILITY_KIND, "solar charger", True)
    assert "solar_charger" not in {t.key for t in app.terms.list(Vocabulary.FACILITY_KIND)}
    assert "solar_charger" in {t.key for t in app.terms.list(Vocabulary.FACILITY_KIND, include_retired=True)}


def test_duplicates_and_unknown_names_are_refused_and_change_nothing(app: Shuyi) -> None:
    before = app.terms.list(Vocabulary.FACILITY_KIND, include_retired=True)
    with pytest.raises(errors.DuplicateTerm):
        app.terms.add(Vocabulary.FACILITY_KIND, "微波炉")
    with pytest.raises(errors.DuplicateTerm):
        app.terms.add(Vocabulary.FACILITY_KIND, "新微波炉", name_en="MICROWAVE")
    with pytest.raises(errors.UnknownTerm) as unknown:
        app.terms.set_retired(Vocabulary.FACILITY_KIND, "洗衣机", True)
    assert "微波炉" in unknown.value.message("zh_CN") and "facility kinds" in unknown.value.message("en")
    assert app.terms.list(Vocabulary.FACILITY_KIND, include_retired=True) == before

"""Prices are shown as ¥78.00 whatever way the catalogue wrote a yuan amount; other texts are left as they are."""

from __future__ import annotations

import pytest

from desktop.core.prices import shown_price


@pytest.mark.parametrize(("stored", "shown"), [
    ("CNY78.00", "¥78.00"), ("cny12", "¥12.00"), ("RMB 25.5", "¥25.50"), ("45元", "¥45.00"), ("￥３９．８０", "¥39.80"),
    ("¥78.00", "¥78.00"), ("人民币18.00元", "¥18.00"), ("78", "¥78.00"),
    ("USD12.00", "USD12.00"), ("CNY25.00（全2册）", "CNY25.00（全2册）"), ("", ""), ("不详", "不详"),
])
def test_shown_price(stored: str, shown: str) -> None:
    assert shown_price(stored) == shown

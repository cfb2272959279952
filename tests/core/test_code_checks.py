"""What the check character of a printed code guarantees: every single misread character is caught."""

from __future__ import annotations

import string

import pytest

from desktop.core import codes, errors

ALPHABET = string.digits + string.ascii_uppercase


@pytest.mark.parametrize(("site", "serial"), [("JH01", 1), ("A1", 999_999), ("XZ9Q7B", 123_456), ("JH01", 1_000_000)])
def test_every_single_wrong_character_fails_the_check(site: str, serial: int) -> None:
    code = codes.make(codes.CodeType.COPY, site, serial)
    assert codes.parse(code).serial == serial
    for i, original in enumerate(code):
        if original == "-":
            continue
        for other in ALPHABET:
            if other == original:
                continue
            misread = code[:i] + other + code[i + 1:]
            try:
                codes.parse(misread)
            except (errors.BadCheckCharacter, errors.ForeignCode):
                continue
            pytest.fail(f"{misread} (from {code}) passed its check")

"""Files the application ships with (translations, icons, fonts), found wherever the package is installed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. path("i18n", "shuyi_zh_CN.qm")."""
    return ROOT.joinpath(*parts)

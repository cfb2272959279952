"""Asset tags of station facilities printed for real: the PDF rasterised, every QR decoded with zxing-cpp and found
inside its own label, the kind and the site's name in the text; through the facade and through `shuyi labels`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.labels.geometry import MediaKind
from desktop.core.stations.facilities import NewFacility
from tests.cli.test_cli import run
from tests.core.test_label_pdf import GEOMETRIES, assert_each_code_in_its_label, needs_poppler, text_of

KINDS = ("空调", "微波炉", "饮水机", "灭火器", "急救药箱", "AED", "桌椅")


def _register(app: Shuyi, count: int) -> list[str]:
    sites = ("JH11", "JH12", "JH13")
    return [app.facilities.add(NewFacility(site_code=sites[i % 3], kind=KINDS[i % len(KINDS)])).code
            for i in range(count)]


@needs_poppler
@pytest.mark.parametrize("name", ["70x41-3x7", "38.1x21.2-5x13", "roll-40x30", "roll-50x30"])
def test_every_asset_tag_decodes_to_its_own_code_inside_its_label(tmp_path: Path, name: str) -> None:
    from desktop.core.labels.layouts import AssetTag
    from desktop.core.labels.render import render_labels

    geometry = GEOMETRIES[name]
    count = 4 if geometry.kind is MediaKind.ROLL else geometry.columns + 2
    tags = [AssetTag(codes.make(codes.CodeType.ASSET, "JH11", n + 1), KINDS[n % 7], "近湖街道环卫工人爱心驿站")
            for n in range(count)]
    render_labels(tags, geometry, tmp_path / "tags.pdf")
    assert_each_code_in_its_label(tmp_path / "tags.pdf", geometry, [t.code for t in tags], 300)
    text = text_of(tmp_path / "tags.pdf")
    assert "微波炉" in text and tags[0].code in text


@needs_poppler
def test_the_facade_prints_a_sites_tags_in_order_and_leaves_scrapped_ones_out(demo_app: Shuyi,
                                                                              tmp_path: Path) -> None:
    mine = _register(demo_app, 9)
    demo_app.facilities.set_status(mine[3], "报废")
    out = tmp_path / "jh11.pdf"
    run_ = demo_app.labels.print_asset_tags(site_code="JH11", template="shuyi-70x41-21", out=out)
    expected = sorted(f.code for f in demo_app.facilities.list(site_code="JH11") if f.status.value != "scrapped")
    assert mine[3] not in expected and mine[0] in expected
    assert run_.labels == len(expected)
    assert_each_code_in_its_label(out, GEOMETRIES["70x41-3x7"], expected, 300)
    chosen = demo_app.labels.print_asset_tags(codes=(mine[3], mine[1].lower()), template="roll-50x30",
                                              out=tmp_path / "two.pdf")
    assert chosen.labels == 2  # asked for by code, a scrapped one is printed too
    with pytest.raises(errors.NotAnAssetTag):
        demo_app.labels.print_asset_tags(codes=(codes.make(codes.CodeType.COPY, "JH01", 1),), template="roll-50x30",
                                         out=tmp_path / "no.pdf")
    with pytest.raises(errors.UnknownSite):
        demo_app.labels.print_asset_tags(site_code="XX9", template="roll-50x30", out=tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


@needs_poppler
def test_shuyi_labels_assets_writes_a_pdf_whose_codes_decode(demo_db_path: Path, tmp_path: Path) -> None:
    with Shuyi.open(demo_db_path, create=False) as app:
        mine = _register(app, 3)
    out = tmp_path / "cli.pdf"
    result = run("labels", "assets", "--codes", *mine, "--template", "roll-50x30", "--out", str(out),
                 "--db", str(demo_db_path))
    assert result.returncode == 0, result.stderr
    assert_each_code_in_its_label(out, GEOMETRIES["roll-50x30"], mine, 300)

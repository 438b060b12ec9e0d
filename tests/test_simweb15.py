"""The fifteenth simulated web (tests/simweb15/): the manifest says what the files are, every fact page holds
its facts at the depth and by the route the manifest states once links are resolved as a browser resolves
them (the seventh web's check), robots.txt forbids exactly the must-not-reach pages, its ambiti and sites
are not the fourteen earlier webs', half the fact sites serve plainly and the others carry the quirks the
manifest names (the seventh web's, attachments served only with `?download=1` or under a clerk's file
name with spaces, canonical links to an unreachable production host, WebForms post-back pages),
and the server answers them. It crawls nothing: no recall threshold is asserted, the scorer's figures are
measurements of the crawler."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from test_simweb6 import check_generator, check_no_shared_ambito_or_site, check_web_shape, fetch
from test_simweb7 import check_site_as_followed, check_unseeded_sites_linked

from tests.simweb.server import load_manifest
from tests.simweb15.build import MANIFEST as MANIFEST_PATH
from tests.simweb15.build import build_web
from tests.simweb15.families import FAMILIES
from tests.simweb15.server import SimWeb15
from tests.simweb15.structures import DOWNLOAD_PARAM
from tests.simweb15.writer import QUIRKS, is_html, production_host

MANIFEST = load_manifest(MANIFEST_PATH)
SITES = {s["id"]: s for s in MANIFEST["sites"]}
# the fourteen webs written before this one (later webs check themselves against it)
EARLIER = [
    str(MANIFEST_PATH.parents[1] / ("simweb" if n == 1 else f"simweb{n}") / "manifest.json") for n in range(1, 15)
]


def as_downloads(entry: dict[str, Any]) -> dict[str, Any]:
    """A `dlparam` site's entry as the sixth web's check reads a download script: each `file.pdf?download=1`
    a PDF behind an address that does not end in `.pdf`."""
    if "dlparam" not in entry["quirks"]:
        return entry
    pdfs = [f["url"] for f in entry["facts"] if f["url"].endswith(DOWNLOAD_PARAM)]
    return {**entry, "downloads": {u: u for u in pdfs}, "quirks": [*entry["quirks"], "download"]}


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    return build_web()


@pytest.fixture(scope="module")
def files(generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]]) -> dict[str, dict[str, bytes]]:
    return generated[0]


def test_the_web_has_thirty_sites_of_every_family_route_depth_quirk_and_trap() -> None:
    check_web_shape(MANIFEST, FAMILIES, QUIRKS, unseeded=3)
    fact_sites = [s for s in MANIFEST["sites"] if not s["decoy_site"]]
    plain = [s for s in fact_sites if not s["quirks"]]
    assert len(plain) * 2 >= len(fact_sites) - 2 and all(len(s["quirks"]) <= 2 for s in MANIFEST["sites"])


def test_the_fifteenth_web_shares_no_ambito_and_no_site_with_the_earlier_ones() -> None:
    assert len(EARLIER) == 14
    check_no_shared_ambito_or_site(MANIFEST, [load_manifest(Path(p)) for p in EARLIER])


def test_the_generator_still_writes_the_frozen_web(
    generated: tuple[dict[str, dict[str, bytes]], dict[str, Any]],
) -> None:
    check_generator(generated, MANIFEST)


def test_every_fact_page_is_where_the_manifest_says_and_robots_forbid_the_rest(
    files: dict[str, dict[str, bytes]],
) -> None:
    for site_id, entry in SITES.items():
        check_site_as_followed(as_downloads(entry), files[site_id], is_html)


def test_each_unseeded_ambito_site_is_linked_from_a_page_its_comune_reaches(files: dict[str, dict[str, bytes]]) -> None:
    check_unseeded_sites_linked(MANIFEST, files)


def test_renamed_pdfs_viewstate_pages_and_canonicals_elsewhere(files: dict[str, dict[str, bytes]]) -> None:
    for site in MANIFEST["sites"]:
        pages = {u: b.decode() for u, b in files[site["id"]].items() if is_html(u)}
        viewstate = "viewstate" in site["quirks"]
        assert all(('name="__VIEWSTATE"' in p) == viewstate for p in pages.values()), site["id"]
        assert all(("__doPostBack(" in p) <= viewstate for p in pages.values()), site["id"]
        elsewhere = f'<link rel="canonical" href="https://{production_host(site["id"])}'
        assert all((elsewhere in p) == ("prodcanonical" in site["quirks"]) for p in pages.values()), site["id"]
        pdfs = [f["url"] for f in site["facts"] if f["format"] == "pdf" and f["reach"] in ("links", "pagination")]
        renamed = [q for q in site["quirks"] if q in ("dlparam", "filenames")]
        assert bool(renamed) == any(u.endswith(DOWNLOAD_PARAM) or " " in u for u in pdfs), site["id"]
        for url in pdfs if renamed else []:
            assert url in files[site["id"]] and any(f'href="{url}"' in p for p in pages.values()), url
            if renamed == ["dlparam"]:
                assert url.endswith(DOWNLOAD_PARAM) and url.removesuffix(DOWNLOAD_PARAM) not in files[site["id"]]
            else:
                folder, _, name = url.rpartition("/")
                assert name.startswith("Documento ") and name.endswith(") firmato.pdf"), url
                assert not any(o.startswith(f"{folder}/{name.split()[1]}_") for o in files[site["id"]]), url


@pytest.mark.slow  # serves the web on 127.0.0.1, generating the sites it serves (docs/testing.md)
def test_the_server_answers_download_params_and_bare_hosts() -> None:
    ids = ["t3-lesmo", "t3-varedo", "jp-taino", "cm-luinese"]  # cm-luinese: `filenames`
    with SimWeb15(ids) as web:
        lesmo, varedo, taino, luinese = (web.sites[i] for i in ids)
        seeds = web.start_urls()
        assert len(seeds) == 3 and luinese.base_url + "/" not in seeds
        status, headers, _ = fetch(web.bare_urls["t3-varedo"] + "/")
        assert status == 301 and headers["Location"] == varedo.base_url + "/"
        pdf = next(f["url"] for f in lesmo.entry["facts"] if f["url"].endswith(DOWNLOAD_PARAM))
        status, headers, body = fetch(lesmo.base_url + pdf)
        assert status == 200 and body.startswith(b"%PDF") and headers["Content-Type"] == "application/pdf"
        assert fetch(lesmo.base_url + pdf.removesuffix(DOWNLOAD_PARAM))[0] == 404
        named = next(f["url"] for f in luinese.entry["facts"] if " " in f["url"])
        status, _, body = fetch(luinese.base_url + quote(named))
        assert status == 200 and body.startswith(b"%PDF")
        social = fetch(taino.base_url + luinese.entry["linked_from"]["url"])[2].decode()
        assert f'href="{luinese.base_url}/">' in social

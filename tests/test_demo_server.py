"""The bundled demo web and its server behave as the crawl and recrawl tests assume.

Starts the real server on a free loopback port and talks to it with urllib: pages, validators and
conditional requests, robots.txt, sitemap, redirect, 404s, the windows-1252 page, the v1 -> v2 switch,
and the counters. It also checks that expected.json and the gold files agree with the pages and use
only ISTAT codes of Lombardy's comuni.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
import urllib.error
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import Message
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import phonenumbers
import pytest

from crawler.demo.server import ENTRY_PATHS, REDIRECTS, VERSION_DATES, DemoWeb, removed_paths, start_urls

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "crawler" / "demo"
SITE, SITE_V2 = DEMO / "site", DEMO / "site-v2"
EXPECTED = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))
GOLD_FILES = sorted((DEMO / "gold").glob("*.json"))

with (ROOT / "crawler" / "reference" / "comuni_lombardia.csv").open(encoding="utf-8") as _f:
    COMUNI = {row["istat"]: row for row in csv.DictReader(_f)}


# ------------------------------------------------------------------------------------------- helpers


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> tuple[int, Message, bytes]:
    """One request, redirects not followed, HTTP errors returned rather than raised."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(base: str, page_url: str, body: bytes, charset: str) -> set[str]:
    """Same-host paths linked from a page (fragments dropped, javascript:/mailto: ignored)."""
    parser = _Links()
    parser.feed(body.decode(charset))
    out = set()
    for href in parser.hrefs:
        url, _ = urldefrag(urljoin(page_url, href))
        parts = urlsplit(url)
        if parts.scheme == "http" and f"http://{parts.netloc}" == base and parts.path:
            out.add(parts.path)
    return out


def charset_of(headers: Message) -> str:
    return headers.get_content_charset() or "utf-8"


def crawl(web: DemoWeb) -> dict[str, int]:
    """Breadth-first link crawl from start_urls, obeying robots.txt: final path -> status."""
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(fetch(web.url + "/robots.txt")[2].decode("utf-8").splitlines())
    seen: dict[str, int] = {}
    queue = [urlsplit(u).path for u in start_urls(web.url)]
    while queue:
        path = queue.pop(0)
        if path in seen or not robots.can_fetch("*", web.url + path):
            continue
        status, headers, body = fetch(web.url + path)
        seen[path] = status
        if status == 301:
            queue.append(urlsplit(headers["Location"]).path)
        elif status == 200 and headers.get_content_type() == "text/html":
            queue.extend(sorted(links(web.url, web.url + path, body, charset_of(headers)) - seen.keys()))
    return seen


def page_text(path: str, body: bytes, charset: str) -> str:
    """Visible text of a page or PDF, for checking that gold facts are written there."""
    if path.endswith(".pdf"):
        pdfminer = pytest.importorskip("pdfminer.high_level")
        import io

        return pdfminer.extract_text(io.BytesIO(body))
    bs4 = pytest.importorskip("bs4")
    return bs4.BeautifulSoup(body.decode(charset), "html.parser").get_text(" ")


def norm(text: str) -> str:
    """Lower case, no accents, apostrophes and hyphens as spaces, 'S.' spelled 'san'."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    text = re.sub(r"\bs\.\s*", "san ", text.lower())
    return re.sub(r"[\s'\-]+", " ", text)


def istat_codes(node: object) -> Iterator[str]:
    """Every 6-digit string anywhere in a JSON document (ISTAT codes are the only such values)."""
    if isinstance(node, dict):
        for value in node.values():
            yield from istat_codes(value)
    elif isinstance(node, list):
        for value in node:
            yield from istat_codes(value)
    elif isinstance(node, str) and re.fullmatch(r"\d{6}", node):
        yield node


def gold_path(page: str) -> Path:
    return DEMO / "gold" / (page.lstrip("/").replace("/", "__") + ".json")


# ------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb() as server:
        yield server


@pytest.fixture()
def fresh() -> Iterator[DemoWeb]:
    """A private server for tests that switch versions or count requests."""
    with DemoWeb() as server:
        yield server


# ------------------------------------------------------------------------------------------- server


def test_url_and_start_urls(web: DemoWeb) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", web.url)
    urls = start_urls(web.url + "/")
    assert urls == [web.url + p for p in ENTRY_PATHS]
    assert [urlsplit(u).path for u in urls] == EXPECTED["v1"]["start_paths"]
    assert len(urls) >= 12


def test_entry_pages_served_with_validators(web: DemoWeb) -> None:
    for url in start_urls(web.url):
        status, headers, body = fetch(url)
        assert status == 200, url
        assert headers["Content-Type"] == "text/html; charset=utf-8", url
        assert int(headers["Content-Length"]) == len(body)
        assert headers["ETag"] == '"' + hashlib.sha256(body).hexdigest() + '"'
        assert headers["Last-Modified"] == format_datetime(VERSION_DATES[1], usegmt=True)


def test_content_types(web: DemoWeb) -> None:
    assert fetch(web.url + "/robots.txt")[1]["Content-Type"] == "text/plain; charset=utf-8"
    assert fetch(web.url + "/sitemap.xml")[1]["Content-Type"] == "application/xml"
    for path in EXPECTED["v1"]["pdf_paths"]:
        status, headers, body = fetch(web.url + path)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert body.startswith(b"%PDF-")


def test_pdf_has_text(web: DemoWeb) -> None:
    pdfminer = pytest.importorskip("pdfminer.high_level")
    import io

    body = fetch(web.url + "/comune-azzate/documenti/accordo-di-programma-2021-2023.pdf")[2]
    text = pdfminer.extract_text(io.BytesIO(body))
    assert "Piano di Zona 2021-2023" in text and "16 dicembre 2021" in text and "Sumirago" in text


def test_directory_urls(web: DemoWeb) -> None:
    status, _, body = fetch(web.url + "/comune-azzate/")
    assert status == 200 and body == (SITE / "comune-azzate" / "index.html").read_bytes()
    status, headers, _ = fetch(web.url + "/comune-azzate")
    assert status == 301 and headers["Location"] == web.url + "/comune-azzate/"


def test_index_links_all_answer(web: DemoWeb) -> None:
    status, headers, body = fetch(web.url + "/index.html")
    assert status == 200
    assert fetch(web.url + "/")[2] == body
    linked = links(web.url, web.url + "/index.html", body, charset_of(headers))
    assert set(ENTRY_PATHS) <= linked
    broken = set(EXPECTED["v1"]["broken_links"])
    for path in sorted(linked):
        assert fetch(web.url + path)[0] == (404 if path in broken else 200), path


def test_robots_txt(web: DemoWeb) -> None:
    status, _, body = fetch(web.url + "/robots.txt")
    text = body.decode("utf-8")
    assert status == 200
    assert [f"Disallow: {p}" for p in EXPECTED["v1"]["robots_disallow"]] == re.findall(r"^Disallow: .*$", text, re.M)
    assert f"Sitemap: {web.url}/sitemap.xml" in text
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(text.splitlines())
    for path in EXPECTED["v1"]["disallowed_paths"]:
        assert not robots.can_fetch("*", web.url + path)
        assert fetch(web.url + path)[0] == 200, "the trap page exists; only robots.txt keeps crawlers out"
    for url in start_urls(web.url):
        assert robots.can_fetch("*", url)


def test_sitemap(web: DemoWeb) -> None:
    status, _, body = fetch(web.url + "/sitemap.xml")
    assert status == 200
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text or "" for loc in ET.fromstring(body).findall("sm:url/sm:loc", ns)]
    assert all(loc.startswith(web.url + "/") for loc in locs)
    paths = {urlsplit(loc).path for loc in locs}
    assert set(EXPECTED["v1"]["sitemap_only_paths"]) <= paths
    assert not paths & set(EXPECTED["v1"]["disallowed_paths"])
    for path in paths:
        assert fetch(web.url + path)[0] == 200, path


def test_redirect(web: DemoWeb) -> None:
    assert EXPECTED["v1"]["redirects"] == REDIRECTS
    for old, new in REDIRECTS.items():
        status, headers, _ = fetch(web.url + old)
        assert status == 301
        assert headers["Location"] == web.url + new
        assert fetch(headers["Location"])[0] == 200


def test_not_found(web: DemoWeb) -> None:
    status, headers, body = fetch(web.url + "/no/such/page.html")
    assert status == 404 and headers["Content-Type"].startswith("text/html") and body
    for path in EXPECTED["v1"]["broken_links"]:
        assert fetch(web.url + path)[0] == 404
    assert fetch(web.url + "/../../etc/passwd")[0] == 404


def test_conditional_requests(web: DemoWeb) -> None:
    url = web.url + "/comune-azzate/ufficio-di-piano.html"
    _, headers, _ = fetch(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    status, h304, body = fetch(url, headers={"If-None-Match": etag})
    assert (status, body) == (304, b"") and h304["ETag"] == etag
    assert fetch(url, headers={"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(url, headers={"If-None-Match": '"other"'})[0] == 200
    assert fetch(url, headers={"If-Modified-Since": last_modified})[0] == 304
    assert fetch(url, headers={"If-Modified-Since": "Mon, 06 Jan 2025 08:00:00 GMT"})[0] == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110)
    assert fetch(url, headers={"If-None-Match": '"other"', "If-Modified-Since": last_modified})[0] == 200


def test_head_has_no_body(web: DemoWeb) -> None:
    status, headers, body = fetch(web.url + "/comune-rho/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


def test_windows_1252_page(web: DemoWeb) -> None:
    path = EXPECTED["v1"]["windows_1252_path"]
    status, headers, body = fetch(web.url + path)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert b"\x92" in body  # ’ in windows-1252
    text = body.decode("cp1252")
    assert "Comunità Montana" in text and "L’Ufficio" in text and "€" in text


def test_non_loopback_refused() -> None:
    for host in ("0.0.0.0", "192.168.1.10", "10.0.0.1", "example.org", "::"):
        with pytest.raises(ValueError):
            DemoWeb(host=host)
    DemoWeb(host="localhost")
    DemoWeb(host="::1")
    with pytest.raises(ValueError):
        DemoWeb(version=3)


def test_url_before_start() -> None:
    with pytest.raises(RuntimeError):
        _ = DemoWeb().url


def test_stats(fresh: DemoWeb) -> None:
    fresh.stats.reset()
    url = fresh.url + "/comune-azzate/"
    _, headers, body = fetch(url)
    missing = fetch(fresh.url + "/nope")[2]
    fetch(url, headers={"If-None-Match": headers["ETag"]})
    fetch(url, method="HEAD")
    stats = fresh.stats
    assert stats.requests == 4
    assert stats.bodies == 2
    assert stats.bytes_sent == len(body) + len(missing)
    assert stats.not_modified == 1
    assert stats.by_status == {200: 2, 404: 1, 304: 1}
    stats.reset()
    assert (stats.requests, stats.bodies, stats.bytes_sent, stats.not_modified, stats.by_status) == (0, 0, 0, 0, {})


def test_stop_frees_port() -> None:
    server = DemoWeb().start()
    url = server.url
    server.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/", timeout=2)


# ------------------------------------------------------------------------------------------- versions


def test_site_v2_holds_only_changes() -> None:
    changed = sorted(
        "/" + f.relative_to(SITE_V2).as_posix() for f in SITE_V2.rglob("*") if f.is_file() and f.name != "REMOVED"
    )
    assert changed == EXPECTED["v2"]["changes"]["changed_paths"]
    for path in changed:
        assert (SITE / path.lstrip("/")).read_bytes() != (SITE_V2 / path.lstrip("/")).read_bytes(), path
    assert removed_paths(2) == EXPECTED["v2"]["changes"]["removed_paths"]
    for path in removed_paths(2):
        assert (SITE / path.lstrip("/")).is_file()


def test_version_switch(fresh: DemoWeb) -> None:
    changes = EXPECTED["v2"]["changes"]
    every = sorted("/" + f.relative_to(SITE).as_posix() for f in SITE.rglob("*") if f.is_file())
    v1 = {path: fetch(fresh.url + path) for path in every}
    fresh.version = 2
    for path, (status1, headers1, body1) in v1.items():
        status2, headers2, body2 = fetch(fresh.url + path)
        if path in changes["removed_paths"]:
            assert (status1, status2) == (200, 404), path
        elif path == "/sitemap.xml":  # kept by the "CMS": see test_sitemap_follows_the_version
            assert body1 != body2
        elif path in changes["changed_paths"]:
            assert body1 != body2 and headers1["ETag"] != headers2["ETag"], path
            assert headers2["Last-Modified"] == format_datetime(VERSION_DATES[2], usegmt=True)
            assert fetch(fresh.url + path, headers={"If-None-Match": headers1["ETag"]})[0] == 200
        else:
            assert (status2, body2, headers2["ETag"]) == (status1, body1, headers1["ETag"]), path
            assert headers2["Last-Modified"] == headers1["Last-Modified"], path
            assert fetch(fresh.url + path, headers={"If-None-Match": headers1["ETag"]})[0] == 304
    fresh.version = 1
    for path in changes["removed_paths"] + changes["changed_paths"]:
        assert fetch(fresh.url + path)[2] == v1[path][2]


def test_sitemap_follows_the_version(fresh: DemoWeb) -> None:
    """v1 serves sitemap.xml as written; v2 drops the removed page and dates the pages v2 changed
    when v2 went live (a recrawl compares sitemap dates with its own clock)."""
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

    def lastmods() -> dict[str, str]:
        root = ET.fromstring(fetch(fresh.url + "/sitemap.xml")[2])
        return {
            urlsplit(u.findtext("sm:loc", "", ns)).path: u.findtext("sm:lastmod", "", ns)
            for u in root.findall("sm:url", ns)
        }

    v1 = lastmods()
    assert set(v1.values()) == {"2025-02-03"}
    before = datetime.now(UTC).replace(microsecond=0)
    fresh.version = 2
    v2 = lastmods()
    changes = EXPECTED["v2"]["changes"]
    assert set(v2) == set(v1) - set(changes["removed_paths"])
    for path, value in v2.items():
        if path in changes["changed_paths"]:
            assert datetime.fromisoformat(value) >= before, path
        else:
            assert value == v1[path], path
    assert set(v2) & set(changes["changed_paths"])


def test_v2_pages_state_the_changes(fresh: DemoWeb) -> None:
    fresh.version = 2

    def text(path: str) -> str:
        _, headers, body = fetch(fresh.url + path)
        return page_text(path, body, charset_of(headers))

    assert "Cusago" in text("/comune-rho/ufficio-di-piano.html")
    assert "Cusago" not in text("/ambito-corsico/comuni-ambito.html")
    assert re.search(r"capofila dell'ambito è Cesano Maderno", text("/comune-desio/ufficio-di-piano.html"))
    assert "035 399 640" in text("/comune-bergamo/ufficio-di-piano.html")
    assert "2025 – 2027" in text("/ambito-arcisate/piano-di-zona.html")


@pytest.mark.parametrize("version", [1, 2])
def test_link_crawl(fresh: DemoWeb, version: int) -> None:
    """Every link resolves except the deliberate broken ones; traps and sitemap-only pages are not linked."""
    fresh.version = version
    expected = EXPECTED[f"v{version}"]
    seen = crawl(fresh)
    broken = sorted(path for path, status in seen.items() if status == 404)
    assert broken == sorted(expected["broken_links"])
    assert {path for path, status in seen.items() if status == 301} == set(expected["redirects"])
    assert all(status in (200, 301, 404) for status in seen.values())
    assert not set(expected["sitemap_only_paths"]) & seen.keys()
    assert not set(expected["disallowed_paths"]) & seen.keys()
    pages = {a["primary_page"] for a in expected["ambiti"]} | set(expected["pdf_paths"])
    pages.add(expected["windows_1252_path"])
    assert pages <= seen.keys()


def test_disallowed_page_is_linked_and_would_mislead(web: DemoWeb) -> None:
    """The trap is reachable by links, so only obeying robots.txt keeps its wrong facts out."""
    _, headers, body = fetch(web.url + "/ambito-corsico/")
    assert set(EXPECTED["v1"]["disallowed_paths"]) <= links(
        web.url, web.url + "/ambito-corsico/", body, charset_of(headers)
    )
    trap = EXPECTED["v1"]["disallowed_traps"]
    corsico = next(a for a in EXPECTED["v1"]["ambiti"] if a["place"] == trap["ambito"])
    assert not set(trap["members"]) & set(corsico["members"]) and trap["capofila"] != corsico["capofila"]
    _, headers, body = fetch(web.url + EXPECTED["v1"]["disallowed_paths"][0])
    text = norm(page_text("x.html", body, charset_of(headers)))
    assert all(norm(COMUNI[code]["name"]) in text for code in trap["members"])


def test_every_file_is_reachable(web: DemoWeb) -> None:
    """No orphan files: each is linked, in the sitemap, or a well-known path."""
    seen = crawl(web)
    sitemap = {
        urlsplit(loc.text or "").path
        for loc in ET.fromstring(fetch(web.url + "/sitemap.xml")[2]).iter()
        if loc.tag.endswith("loc")
    }
    known = {"/index.html", "/robots.txt", "/sitemap.xml"} | set(EXPECTED["v1"]["disallowed_paths"])
    for file in SITE.rglob("*"):
        if file.is_file():
            path = "/" + file.relative_to(SITE).as_posix()
            directory = path.removesuffix("index.html")
            assert {path, directory} & (seen.keys() | sitemap | known), path


def test_pages_are_small() -> None:
    for file in list(SITE.rglob("*")) + list(SITE_V2.rglob("*")):
        if file.is_file():
            assert file.stat().st_size < 30_000, file


# ------------------------------------------------------------------------------------------- expected.json


def test_expected_uses_only_lombard_istat_codes() -> None:
    codes = set(istat_codes(EXPECTED))
    assert codes and codes <= COMUNI.keys(), sorted(codes - COMUNI.keys())


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_expected_shape(version: str) -> None:
    doc = EXPECTED[version]
    ambiti = doc["ambiti"]
    assert len(ambiti) >= 12
    assert len({a["province"] for a in ambiti}) >= 3
    assert len({a["place"] for a in ambiti}) == len(ambiti)
    for family in "abcd":
        assert sum(a["family"] == family for a in ambiti) >= 2, family
    for a in ambiti:
        assert a["place"] in a["name"], a["name"]
        assert a["members"] == sorted(set(a["members"])) and 4 <= len(a["members"]) <= 15, a["place"]
        assert a["capofila"] is None or a["capofila"] in a["members"], a["place"]
        assert all(COMUNI[m]["province"] == a["province"] for m in a["members"]), a["place"]
        for plan in a["plans"]:
            assert plan["end_year"] - plan["start_year"] == 2
        office = a["ufficio_di_piano"]
        if office:
            for phone in office["phones"]:
                assert phone.startswith("+39") and phonenumbers.is_valid_number(phonenumbers.parse(phone))
    every_member = [m for a in ambiti for m in a["members"]]
    assert len(every_member) == len(set(every_member)), "a comune belongs to one ambito"


def test_expected_v2_changes_applied() -> None:
    v1 = {a["place"]: a for a in EXPECTED["v1"]["ambiti"]}
    v2 = {a["place"]: a for a in EXPECTED["v2"]["ambiti"]}
    changes = EXPECTED["v2"]["changes"]
    moved = changes["moved_comune"]
    assert moved["istat"] in v1[moved["from"]]["members"] and moved["istat"] not in v2[moved["from"]]["members"]
    assert moved["istat"] in v2[moved["to"]]["members"] and moved["istat"] not in v1[moved["to"]]["members"]
    cap = changes["capofila_changed"]
    assert (v1[cap["ambito"]]["capofila"], v2[cap["ambito"]]["capofila"]) == (cap["from"], cap["to"])
    phone = changes["phone_changed"]
    assert phone["from"] in v1[phone["ambito"]]["ufficio_di_piano"]["phones"]
    assert v2[phone["ambito"]]["ufficio_di_piano"]["phones"] == [phone["to"]]
    new = changes["new_plan"]
    spans = {(p["start_year"], p["end_year"]) for p in v2[new["ambito"]]["plans"]}
    assert (new["start_year"], new["end_year"]) in spans
    assert (new["start_year"], new["end_year"]) not in {
        (p["start_year"], p["end_year"]) for p in v1[new["ambito"]]["plans"]
    }
    touched = {moved["from"], moved["to"], cap["ambito"], phone["ambito"], new["ambito"]}
    for place in v1.keys() - touched:
        assert v1[place] == v2[place], place


# ------------------------------------------------------------------------------------------- gold

PAGE_KEYS = {"page", "page_updated_on", "ambiti", "comuni", "not_contacts", "unresolvable_names"}
AMBITO_KEYS = {
    "name",
    "capofila",
    "capofila_basis",
    "members",
    "ats",
    "asst",
    "plans",
    "intervention_areas",
    "partner_ambiti",
    "ufficio_di_piano",
}
OFFICE_KEYS = {"address", "phones", "fax", "emails", "pec", "responsible"}
COMUNE_KEYS = {"istat", "address", "phones", "fax", "emails", "pec", "website"}


def test_gold_covers_every_fact_page() -> None:
    pages = {a["primary_page"] for a in EXPECTED["v1"]["ambiti"]} | set(EXPECTED["v1"]["pdf_paths"])
    pages |= set(EXPECTED["v1"]["sitemap_only_paths"])
    assert {gold_path(p) for p in pages} <= set(GOLD_FILES)
    assert not {gold_path(p) for p in EXPECTED["v1"]["disallowed_paths"]} & set(GOLD_FILES)


def test_gold_uses_only_lombard_istat_codes() -> None:
    for path in GOLD_FILES:
        codes = set(istat_codes(json.loads(path.read_text(encoding="utf-8"))))
        assert codes <= COMUNI.keys(), (path.name, sorted(codes - COMUNI.keys()))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_matches_page(web: DemoWeb, path: Path) -> None:
    """Format as in tests/fixtures/gold, and every fact in the gold file is written on the served page."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert PAGE_KEYS <= gold.keys() <= PAGE_KEYS | {"note"}
    assert path == gold_path(gold["page"])
    status, headers, body = fetch(web.url + gold["page"])
    assert status == 200
    raw = page_text(gold["page"], body, charset_of(headers))
    text, digits = norm(raw), re.sub(r"\D", "", raw)
    if gold["page_updated_on"]:
        y, m, d = gold["page_updated_on"].split("-")
        assert f"{d}/{m}/{y}" in raw
    offices = []
    for ambito in gold["ambiti"]:
        assert AMBITO_KEYS <= ambito.keys() <= AMBITO_KEYS | {"members_note", "capofila_note"}
        assert ambito["name"] in raw, ambito["name"]
        assert ambito["members"] and ambito["members"] == sorted(set(ambito["members"]))
        assert (ambito["capofila"] is None) == (ambito["capofila_basis"] is None)
        assert ambito["capofila"] is None or ambito["capofila"] in ambito["members"]
        for code in ambito["members"]:
            assert re.search(rf"\b{re.escape(norm(COMUNI[code]['name']))}\b", text), COMUNI[code]["name"]
        for ats in filter(None, (ambito["ats"], ambito["asst"])):
            key = ats.split()[-1] if "Lario" not in ats else "Valtellina"
            assert key in raw, ats
        for plan in ambito["plans"]:
            assert re.search(rf"{plan['start_year']}\s*[-/–]\s*(?:20)?{str(plan['end_year'])[-2:]}", raw), plan
        if ambito["ufficio_di_piano"]:
            office = ambito["ufficio_di_piano"]
            assert set(office) == OFFICE_KEYS
            offices.append(office)
            if office["responsible"]:
                assert all(norm(part) in text for part in office["responsible"].split())
                assert office["responsible"] not in gold["not_contacts"]
    for comune in gold["comuni"]:
        assert set(comune) == COMUNE_KEYS
        assert re.search(rf"\b{re.escape(norm(COMUNI[comune['istat']]['name']))}\b", text)
        offices.append(comune)
        if comune["website"]:
            assert comune["website"] in raw
    for block in offices:
        for phone in block["phones"] + block["fax"]:
            assert phonenumbers.is_valid_number(phonenumbers.parse(phone)), phone
            assert phone.removeprefix("+39") in digits, phone
        for mail in block["emails"] + block["pec"]:
            assert mail in raw.lower(), mail
    for name in gold["not_contacts"]:
        assert name in raw, name


def test_expected_agrees_with_primary_gold() -> None:
    for ambito in EXPECTED["v1"]["ambiti"]:
        gold = json.loads(gold_path(ambito["primary_page"]).read_text(encoding="utf-8"))
        on_page = gold["ambiti"][0]
        assert on_page["name"] == ambito["name"]
        assert on_page["members"] == ambito["members"]
        assert on_page["capofila"] == ambito["capofila"]

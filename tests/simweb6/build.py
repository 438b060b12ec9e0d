"""The sixth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the fifth web's machinery (its site writer, read with this web's tables: tests/simweb6/
writer.py) with other sites and ambiti, served as real sites serve (`QUIRKS`): mega-menus of hundreds
of links, aliases of a page, links relative to the page or to a `<base href>`, `data-href`/`onclick`
lists, pages moved after a migration (301/302), PDFs downloaded as `application/octet-stream`, soft 404s,
a seed address that redirects to the site's `www` address, long news archives by year, and two ambito
sites on another host that only a comune's social-services page links. `python -m tests.simweb6.build
[--files DIR]` regenerates it and exits 2 if it differs from the manifest; `--write-manifest` was run once,
when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact6, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact6

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-valmalenco": (
        "wpc-chiesa", ("Servizi al cittadino", "Servizi sociali"), "Servizi sociali della Comunità Montana",
    ),
    "asc-lonate": ("di-ferno", ("Servizi", "Salute, benessere e assistenza"), "Azienda sociale consortile"),
}  # fmt: skip

# How each site serves its pages (tests/simweb6/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-bollate": ("megamenu", "moved"),
    "t3-novate": ("relative", "download"),
    "t3-inzago": ("moved",),
    "isw-codogno": ("megamenu", "soft404"),
    "isw-casale": ("www",),
    "isw-besozzo": ("onclick", "moved"),
    "cm-varzi": ("base", "soft404"),
    "cm-brembana": ("megamenu", "soft404"),
    "wpc-chiesa": ("megamenu",),
    "wpc-gorgonzola": ("onclick", "www"),
    "oc-sandonato": ("megamenu",),
    "oc-peschiera": ("moved",),
    "di-paderno": ("megamenu", "download"),
    "di-limbiate": ("relative",),
    "di-ferno": ("megamenu", "www"),
    "diwp-ghedi": ("megamenu", "www"),
    "diwp-manerbio": ("onclick", "moved"),
    "wpi-leno": ("base",),
    "wpi-bagnolo": ("megamenu", "download"),
    "jsef-roncadelle": ("www",),
    "jsef-cassano": ("base", "soft404"),
    "jp-stradella": ("megamenu", "moved"),
    "hz-goito": ("onclick", "download"),
    "mag-mede": ("megamenu", "relative"),
    "old-edolo": ("relative", "soft404"),
    "pdf-santangelo": ("download",),
    "plone-malnate": ("relative",),
    "decoy-atc-lodi": ("megamenu",),
    "decoy-parco-serio": ("www",),
    "decoy-cm-lario": ("soft404",),
    "decoy-ic-ghedi": ("onclick",),
    "decoy-bonifica-muzza": ("base",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-bollate", "typo3", "Comune di Bollate", "bollate",
        (F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Approfondisci"), F("piano-di-zona", SM, pdf=True)),
        traps=("archive",),
    ),
    Site(
        "t3-novate", "typo3", "Comune di Novate Milanese", "bollate",
        (
            F("news", PG, page=3),
            F("accordo", L, ("Documenti", "Vedi tutti"), "Documento n. 2 - 2021/2023", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    Site(
        "t3-inzago", "typo3", "Comune di Inzago", "cassano",
        (F("delibera", L, ("Albo pretorio", "Archivio", "Anno 2022"), "Deliberazione n. 15/2022"), F("bando", SE)),
        traps=("variant",),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-codogno", "isweb", "Comune di Codogno", "codogno",
        (
            F("piano-di-zona", L, (AT, "Enti controllati", "Enti pubblici vigilati"), "Allegato 2025-2027",
              pdf=True),
            F("news", PG, page=2),
        ),
        traps=("session-query", "archive"),
        sitemap=False,
    ),
    Site(
        "isw-casale", "isweb", "Comune di Casalpusterlengo", "casalpusterlengo",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 3", pdf=True, where="record", record="Contributo n. 22/2025"),
            F("ufficio-di-piano", SE),
        ),
        traps=("search-links",),
        sitemap=False,
    ),
    Site(
        "isw-besozzo", "isweb", "Comune di Besozzo", "besozzo",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2021"), "Atto n. 8"),
            F("accordo", PG, ("Albo pretorio",), "Documento 2 (2021-2023)", page=2, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-valmalenco", "comunita-montana", "Comunità Montana Valtellina di Sondrio - servizi sociali",
        "valmalenco",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Verbale 5/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-varzi", "comunita-montana", "Comunità Montana Oltrepò Pavese - servizi alla persona", "varzi",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 17 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    Site(
        "cm-brembana", "comunita-montana", "Comunità Montana Valle Brembana", "piazza-brembana",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Minori e famiglia"), "Approfondisci"),
            F("piano-di-zona", L, ("Atti", "Determine"), "Allegato 2025/2027", pdf=True),
            F("news", PG, page=2),
        ),
        decoys=(("emergenza", ("Aree di intervento", "Protezione civile")),),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-chiesa", "wp-categorie", "Comune di Chiesa in Valmalenco", "valmalenco",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"), F("news", PG, page=2)),
        traps=("sort",),
    ),
    Site(
        "wpc-gorgonzola", "wp-categorie", "Comune di Gorgonzola", "gorgonzola",
        (
            F("bando", L, (), "Contributi affitto", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-sandonato", "di-opencity", "Comune di San Donato Milanese", "san-donato",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-peschiera", "di-opencity", "Comune di Peschiera Borromeo", "san-donato",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 4 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-paderno", "di-drupal", "Comune di Paderno Dugnano", "paderno",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 12 - 2025", pdf=True),
            F("news", PG, page=2),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-limbiate", "di-drupal", "Comune di Limbiate", "paderno",
        (
            F("ufficio-di-piano", L, (), "Ufficio di Piano", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("accordo", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-ferno", "di-drupal", "Comune di Ferno", "lonate",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2023"), "Deliberazione n. 27/2023"),
            F("news", PG, page=3),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-ghedi", "di-wordpress", "Comune di Ghedi", "ghedi",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 6 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 41", page=3, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-manerbio", "di-wordpress", "Comune di Manerbio", "manerbio",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 9/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-leno", "wp-italia", "Comune di Leno", "leno",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
    ),
    Site(
        "wpi-bagnolo", "wp-italia", "Comune di Bagnolo Mella", "bagnolo",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("calendar", "archive"),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-roncadelle", "joomla-sef", "Comune di Roncadelle", "roncadelle",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 61 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-cassano", "joomla-sef", "Comune di Cassano d'Adda", "cassano",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-stradella", "joomla-plain", "Comune di Stradella", "stradella",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=3)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-goito", "halley-zf", "Comune di Goito", "goito",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 4 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 18/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-mede", "maggioli", "Comune di Mede", "mede",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 77/2024"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-edolo", "old-table", "Comune di Edolo", "edolo",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 7 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-santangelo", "pdf-only", "Ufficio di Piano dell'Ambito di Sant'Angelo Lodigiano", "santangelo",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda speciale: their own sites, Plone (gzipped sitemap)
    Site(
        "asc-lonate", "asc", "Azienda speciale consortile Lonatese per i servizi alla persona", "lonate",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-malnate", "plone", "Azienda consortile Valceresio Olona servizi alla persona", "malnate",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-lodi", "isweb", "Ambito Territoriale di Caccia Laudense", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-serio", "typo3", "Parco Regionale del Serio", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-codogno", "wp-categorie", "Distretto del Commercio di Codogno", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-lario", "comunita-montana", "Comunità Montana Lario Orientale - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-ghedi", "di-wordpress", "Istituto Comprensivo di Ghedi", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-muzza", "joomla-sef", "Consorzio di bonifica Muzza Bassa Lodigiana", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen sixth simulated web of tests/simweb6 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

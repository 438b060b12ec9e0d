"""The thirteenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It
measures the crawler on sites as the real web serves them, the commonest way: comuni of the provinces of
Milano, Monza e Brianza, Lodi, Cremona, Lecco and Varese on today's CMS families (the seventh web's
machinery, tests/simweb13/writer.py), their social pages 1 to 4 clicks deep behind ordinary words
("Servizi", "Vivere il comune", "Documenti e dati", "Il comune"), three ambito sites on their own host that
only a comune's page links, and the earlier webs' structures (mega-menus, tables, onclick lists, moved
pages, downloads, soft 404s, bare hosts...) each on a few sites only. `python -m tests.simweb13.build
[--files DIR]` regenerates it and exits 2 if it differs from the manifest; `--write-manifest` was run
once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact13, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
SOCIALI = ("Servizi", "Servizi sociali")
WP_SOCIALI = ("Servizi al cittadino", "Servizi sociali")
F = Fact13

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-piambello": ("wpc-bisuschio", WP_SOCIALI, "Servizi sociali della Comunità Montana"),
    "asc-ovestticino": ("di-inveruno", ("Servizi", "Salute, benessere e assistenza"), "Sito dell'Ambito"),
    "plone-meratese": ("jp-missaglia", ("Uffici", "Servizi sociali"), "Unione dei Comuni - ufficio di piano"),
}  # fmt: skip

# How each site serves its pages (tests/simweb7/writer.py QUIRKS): most sites serve plainly.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-villasanta": ("www",),
    "t3-biassono": ("download",),
    "isw-pieve": ("soft404",),
    "isw-somaglia": ("moved",),
    "isw-mulazzano": ("onclick",),
    "cm-vallidelverbano": ("base",),
    "wpc-bisuschio": ("megamenu",),
    "oc-vignate": ("relative",),
    "oc-cardano": ("www",),
    "di-caronno": ("megafooter",),
    "di-inveruno": ("megamenu", "www"),
    "diwp-cernusco": ("buttons",),
    "wpi-vescovato": ("table",),
    "jsef-lentate": ("soft404",),
    "jp-missaglia": ("moved",),
    "hz-castiglioneolona": ("download",),
    "mag-carugate": ("relative",),
    "decoy-parco-groane": ("megamenu",),
    "decoy-turismo-varese": ("soft404",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-pregnana", "typo3", "Comune di Pregnana Milanese", "cornaredo",
        (
            F("ufficio-di-piano", L, (*SOCIALI, "Ufficio di Piano"), "Ufficio di Piano"),
            F("piano-di-zona", L, SOCIALI, "Piano di Zona 2025-2027", pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-villasanta", "typo3", "Comune di Villasanta", "villasanta",
        (F("news", PG, page=2), F("bando", SE), F("ufficio-di-piano", L, SOCIALI, "Approfondisci")),
        traps=("variant",),
    ),
    Site(
        "t3-biassono", "typo3", "Comune di Biassono", "biassono",
        (
            F("accordo", L, ("Documenti", "Vedi tutti"), "Accordo di programma 2021/2023", pdf=True),
            F("regolamento", L, ("Servizi", "Sociale", "Documenti del sociale"), "Regolamento 2025",
              pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-pieve", "isweb", "Comune di Pieve Emanuele", "pieve-emanuele",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Piano di zona 2025-2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-somaglia", "isweb", "Comune di Somaglia", "somaglia",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Atto n. 17/2024"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-mulazzano", "isweb", "Comune di Mulazzano", "mulazzano",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 6/2025"),
            F("accordo", PG, ("Albo pretorio",), "Accordo 2021-2023", page=3, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-piambello", "comunita-montana", "Comunità Montana del Piambello - servizi sociali", "bisuschio",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "Piano di Zona 2025/2027",
              pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Verbale assemblea 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-vallidelverbano", "comunita-montana", "Comunità Montana Valli del Verbano", "gemonio",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2022"), "Accordo di programma 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-bisuschio", "wp-categorie", "Comune di Bisuschio", "bisuschio",
        (F("ufficio-di-piano", L, WP_SOCIALI, "Leggi tutto"), F("news", PG, page=3)),
        traps=("sort",),
    ),
    Site(
        "wpc-castelverde", "wp-categorie", "Comune di Castelverde", "castelverde",
        (
            F("bando", L, (), "Contributi affitto 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-vignate", "di-opencity", "Comune di Vignate", "vignate",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Piano di Zona 2025/2027", page=2, pdf=True, where="article"),
            F("news", L, ("Novità",), "Leggi di più"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-cardano", "di-opencity", "Comune di Cardano al Campo", "cardano",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Accordo di programma (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
            F("ufficio-di-piano", L, ("Servizi", "Vita lavorativa e sociale"), "Ufficio di Piano"),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-caronno", "di-drupal", "Comune di Caronno Pertusella", "caronno",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Avviso pubblico 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-corbetta", "di-drupal", "Comune di Corbetta", "corbetta",
        (
            F("ufficio-di-piano", L, (), "Piano di zona e ambito", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-inveruno", "di-drupal", "Comune di Inveruno", "inveruno",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 9/2025"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-olginate", "di-wordpress", "Comune di Olginate", "olginate",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Accordo 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 41", page=2, where="listing"),
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Ufficio di Piano"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-cernusco", "di-wordpress", "Comune di Cernusco Lombardone", "barzano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-vescovato", "wp-italia", "Comune di Vescovato", "vescovato",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Piano di Zona 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica l'accordo (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-offanengo", "wp-italia", "Comune di Offanengo", "offanengo",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato A (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-lentate", "joomla-sef", "Comune di Lentate sul Seveso", "lentate",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 11 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-bellusco", "joomla-sef", "Comune di Bellusco", "bellusco",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Ufficio di Piano"),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-missaglia", "joomla-plain", "Comune di Missaglia", "missaglia",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-castiglioneolona", "halley-zf", "Comune di Castiglione Olona", "castiglione-olona",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 4/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-carugate", "maggioli", "Comune di Carugate", "carugate",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 28/2023"),
            F("ufficio-di-piano", SE),
            F("news", L, ("Notizie",), "Leggi"),
        ),
        decoys=(("cimiteriale", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-baranzate", "old-table", "Comune di Baranzate", "baranzate",
        (
            F("accordo", L, ("Documenti", "Piani"), "Accordo 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-castiglioneadda", "pdf-only", "Ufficio di Piano dell'Ambito di Castiglione d'Adda", "castiglione-adda",
        (
            F("piano-di-zona", L, (), "Piano di Zona 2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Regolamento 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda sociale and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-ovestticino", "asc", "Azienda speciale consortile Ovest Ticino - servizi alla persona", "inveruno",
        (
            F("regolamento", L, ("Documenti",), "Regolamento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 2/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-meratese", "plone", "Unione dei Comuni del Meratese Sud - servizi sociali associati", "missaglia",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Accordo 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-lecco", "isweb", "Ambito Territoriale di Caccia Prealpi Lecchesi", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-groane", "typo3", "Parco Regionale delle Groane", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-martesana", "wp-categorie", "Distretto del Commercio della Martesana", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-turismo-varese", "comunita-montana", "Consorzio turistico Terre del Lago di Varese", None,
        decoys=(("turismo", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-offanengo", "di-wordpress", "Istituto Comprensivo di Offanengo", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-polizia-brianza", "joomla-sef", "Unione di Polizia Locale della Brianza Est - distretti", None,
        decoys=(("polizia", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen thirteenth simulated web of tests/simweb13 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

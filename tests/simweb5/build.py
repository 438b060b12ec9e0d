"""The fifth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the fourth web's machinery (its site writer, read with this web's tables: tests/simweb5/
writer.py) with other sites and ambiti, three new CMS families (TYPO3, an ISWEB-like portal, the Joomla
site of a comunità montana), a new fact kind, fact PDFs attached to records of "Amministrazione
trasparente", a mega-menu link, "Carica altri" lists, a tag-cloud trap, and an ambito's own site that
no seed names. `python -m tests.simweb5.build [--files DIR]` regenerates it and exits 2 if it differs
from the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact5, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact5

# A site no seed names, and the one link to it: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-vallesabbia": ("wpc-vobarno", ("Servizi al cittadino", "Servizi sociali"), "Servizi sociali associati"),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension ("Carica altri" lists, sitemap index by content type)
    Site(
        "t3-azzate", "typo3", "Comune di Azzate", "azzate",
        (F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Leggi di più"), F("piano-di-zona", SM, pdf=True)),
        traps=("tags",),
    ),
    Site(
        "t3-daverio", "typo3", "Comune di Daverio", "azzate",
        (
            F("news", PG, page=2),
            F("accordo", L, ("Documenti", "Vedi tutti"), "Documento n. 5 - 2021/2023", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    Site(
        "t3-laveno", "typo3", "Comune di Laveno Mombello", "cittiglio",
        (F("delibera", L, ("Albo pretorio", "Archivio", "Anno 2024"), "Deliberazione n. 19/2024"), F("bando", SE)),
        traps=("variant",),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-somma", "isweb", "Comune di Somma Lombardo", "somma",
        (
            F("piano-di-zona", L, (AT, "Enti controllati", "Enti pubblici vigilati"), "Allegato 2025-2027",
              pdf=True),
            F("news", PG, page=3),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-olgiate-olona", "isweb", "Comune di Olgiate Olona", "castellanza",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 14/2025"),
            F("ufficio-di-piano", SE),
        ),
        traps=("search-links",),
        sitemap=False,
    ),
    Site(
        "isw-iseo", "isweb", "Comune di Iseo", "iseo",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2022"), "Atto n. 12"),
            F("accordo", PG, ("Albo pretorio",), "Documento 3 (2021-2023)", page=3, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana that runs the ambito
    Site(
        "cm-vallesabbia", "comunita-montana", "Comunità Montana di Valle Sabbia - servizi alla persona", "vestone",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Verbale 3/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-valsassina", "comunita-montana", "Comunità Montana Valsassina Valvarrone Val d'Esino e Riviera",
        "bellano",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Approfondisci"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 44 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        decoys=(("emergenza", ("Aree di intervento", "Protezione civile")),),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-vobarno", "wp-categorie", "Comune di Vobarno", "vestone",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"), F("news", PG, page=3)),
        traps=("sort",),
    ),
    Site(
        "wpc-cernusco", "wp-categorie", "Comune di Cernusco sul Naviglio", "cernusco",
        (
            F("bando", L, (), "Bando affitti", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia ("Carica altri" lists)
    Site(
        "oc-colico", "di-opencity", "Comune di Colico", "bellano",
        (
            F("ufficio-di-piano", L, (), "Programmazione sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-fino", "di-opencity", "Comune di Fino Mornasco", "lomazzo",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 8 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-trescore", "di-drupal", "Comune di Trescore Balneario", "trescore",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 7 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
    ),
    Site(
        "di-telgate", "di-drupal", "Comune di Telgate", "grumello",
        (
            F("ufficio-di-piano", L, (), "Ufficio di Piano", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("accordo", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-alme", "di-wordpress", "Comune di Almè", "villa-dalme",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 11 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 33", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-palazzolo", "di-wordpress", "Comune di Palazzolo sull'Oglio", "palazzolo",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai alla scheda"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 6/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-orzinuovi", "wp-italia", "Comune di Orzinuovi", "orzinuovi",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=1, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
    ),
    Site(
        "wpi-lumezzane", "wp-italia", "Comune di Lumezzane", "gardone",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato C (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri", where="sidebar"),
            F("news", SE),
        ),
        traps=("calendar",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-rezzato", "joomla-sef", "Comune di Rezzato", "rezzato",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 98 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-gussago", "joomla-sef", "Comune di Gussago", "gussago",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-montichiari", "joomla-plain", "Comune di Montichiari", "montichiari",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-castiglione", "halley-zf", "Comune di Castiglione delle Stiviere", "guidizzolo",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 2 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 31/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-garlasco", "maggioli", "Comune di Garlasco", "garlasco",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2025"), "Atto n. 112/2025"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-belgioioso", "old-table", "Comune di Belgioioso", "corteolona",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 4 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-certosa", "pdf-only", "Ufficio di Piano dell'Ambito di Certosa di Pavia", "certosa",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda speciale: their own sites, Plone (gzipped sitemap)
    Site(
        "asc-trezzo", "asc", "Azienda speciale consortile Trezzese per i servizi alla persona", "trezzo",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 3/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-sudest", "plone", "Azienda speciale consortile Sud Est Milano", "san-giuliano",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-bresciana", "isweb", "Ambito Territoriale di Caccia Pianura Bresciana", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-adda", "typo3", "Parco Adda Nord", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-franciacorta", "wp-categorie", "Distretto del Commercio della Franciacorta", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-sebino", "comunita-montana", "Comunità Montana del Sebino Bresciano - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-iseo", "di-wordpress", "Istituto Comprensivo di Iseo", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-chiese", "joomla-sef", "Consorzio di bonifica Chiese", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen fifth simulated web of tests/simweb5 (README.md); never change it to suit a crawler"
    return assemble(SITES, SiteWriter, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

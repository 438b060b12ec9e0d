"""The tenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb10/
writer.py) with other sites and ambiti, other mixes of the earlier quirks and this web's (`icons`,
`tabs`, `hops`, `permalinks`, `plaintext`, `lastmod`), and three ambito sites on another host that
only a comune's page links. `python -m tests.simweb10.build [--files DIR]` regenerates it and exits 2
if it differs from the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact10, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
ENTI = (AT, "Enti controllati")
GARE = (AT, "Bandi di gara e contratti")
ULTERIORI = (AT, "Altri contenuti", "Dati ulteriori")
F = Fact10

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "asc-vimercatese": (
        "di-sulbiate", ("Servizi", "Salute, benessere e assistenza"), "Azienda speciale consortile",
    ),
    "cm-valsassina": ("wpc-cremeno", ("Servizi al cittadino", "Servizi sociali"), "Servizi associati"),
    "plone-martesana": ("jp-liscate", ("Uffici", "Servizi sociali"), "Gestione associata - sito"),
}  # fmt: skip

# How each site serves its pages (tests/simweb10/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-ronco": ("icons", "moved", "hops"),
    "t3-mezzago": ("tabs", "plaintext"),
    "t3-basiano": ("megafooter", "icons", "www"),
    "isw-tavazzano": ("tabs", "soft404", "lastmod"),
    "isw-graffignana": ("icons", "download"),
    "isw-orio": ("table", "moved", "hops"),
    "cm-introbio": ("tabs", "base"),
    "wpc-cremeno": ("megamenu", "moved", "permalinks"),
    "wpc-padenghe": ("icons", "plaintext", "lastmod"),
    "oc-trezzano": ("tabs", "relative"),
    "oc-pozzolengo": ("download", "icons", "www"),
    "di-sulbiate": ("megamenu", "tabs", "www"),
    "di-cavenago": ("icons", "onclick"),
    "di-truccazzano": ("buttons", "moved", "hops", "lastmod"),
    "diwp-sirmione": ("tabs", "moved", "permalinks"),
    "diwp-polpenazze": ("megafooter", "icons", "plaintext"),
    "wpi-vaiano": ("icons", "base"),
    "wpi-grontardo": ("tabs", "buttons", "download"),
    "jsef-premana": ("icons", "soft404", "www"),
    "jsef-canzo": ("tabs", "megafooter"),
    "jp-liscate": ("onclick", "moved", "lastmod"),
    "hz-tremosine": ("icons", "moved", "hops"),
    "mag-bagolino": ("tabs", "soft404", "plaintext"),
    "old-pescarolo": ("relative", "icons"),
    "plone-martesana": ("tabs", "lastmod"),
    "asc-vimercatese": ("icons", "moved", "hops"),
    "decoy-diocesi-lodi": ("icons",),
    "decoy-biblioteche-lodi": ("tabs", "megafooter"),
    "decoy-pgt-senna": ("table", "soft404"),
    "decoy-cimiteri-ceresara": ("icons", "lastmod"),
    "decoy-parco-adda": ("www",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-ronco", "typo3", "Comune di Ronco Briantino", "bernareggio",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali", "Programmazione"), "Ambito territoriale"),
            F("piano-di-zona", L, ("Documenti",), "Piano di zona 2025/2027", pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-mezzago", "typo3", "Comune di Mezzago", "cornate",
        (F("news", PG, page=3), F("bando", SE), F("ufficio-di-piano", L, ("Servizi",), "Approfondisci")),
        traps=("variant",),
    ),
    Site(
        "t3-basiano", "typo3", "Comune di Basiano", "trezzano-rosa",
        (
            F("accordo", L, ("Documenti", "Vedi tutti"), "Allegato 1 - 2021/2023", pdf=True),
            F("piano-di-zona", SM, pdf=True),
        ),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-tavazzano", "isweb", "Comune di Tavazzano con Villavesco", "lodi-vecchio",
        (
            F("piano-di-zona", L, ULTERIORI, "Documento 2025-2027", pdf=True),
            F("ufficio-di-piano", L, ENTI, "Sito web", where="record",
              record="Enti di diritto privato controllati - Azienda speciale"),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-graffignana", "isweb", "Comune di Graffignana", "borghetto",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Atto n. 17/2024"),
            F("news", PG, page=2),
            F("accordo", L, GARE, "Allegato B (2021-2023)", pdf=True, where="record", record="Procedura n. 3/2025"),
        ),
        sitemap=False,
    ),
    Site(
        "isw-orio", "isweb", "Comune di Orio Litta", "borghetto",
        (
            F("avviso", L, (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici"), "Allegato n. 4", pdf=True,
              where="record", record="Contributo n. 9/2025"),
            F("ufficio-di-piano", SE),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-valsassina", "comunita-montana",
        "Comunità Montana Valsassina Valvarrone Val d'Esino e Riviera - servizi alla persona", "introbio",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025-2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Verbale n. 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-introbio", "comunita-montana", "Comune di Introbio - sportello sociale", "introbio",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 4 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area riservata"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-cremeno", "wp-categorie", "Comune di Cremeno", "introbio",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"), F("news", PG, page=2)),
        traps=("sort",),
    ),
    Site(
        "wpc-padenghe", "wp-categorie", "Comune di Padenghe sul Garda", "castel-goffredo",
        (
            F("bando", L, (), "Bando contributi 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-trezzano", "di-opencity", "Comune di Trezzano Rosa", "trezzano-rosa",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025-2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-pozzolengo", "di-opencity", "Comune di Pozzolengo", "castel-goffredo",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 2 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-sulbiate", "di-drupal", "Comune di Sulbiate", "usmate",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 31 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("cimiteriale", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-cavenago", "di-drupal", "Comune di Cavenago di Brianza", "arcore",
        (
            F("ufficio-di-piano", L, (), "Piano di zona e ambito", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-truccazzano", "di-drupal", "Comune di Truccazzano", "spino",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 8/2025"),
            F("news", PG, page=2),
            F("piano-di-zona", L, ULTERIORI, "Documento 2025/2027", pdf=True),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-sirmione", "di-wordpress", "Comune di Sirmione", "castel-goffredo",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 6 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 41", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-polpenazze", "di-wordpress", "Comune di Polpenazze del Garda", "castel-goffredo",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-vaiano", "wp-italia", "Comune di Vaiano Cremasco", "spino",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-grontardo", "wp-italia", "Comune di Grontardo", "verolanuova",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato A (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-premana", "joomla-sef", "Comune di Premana", "gravedona",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 7 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-canzo", "joomla-sef", "Comune di Canzo", "bellagio",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-liscate", "joomla-plain", "Comune di Liscate", "vizzolo",
        (F("verbale", L, (AT, "Provvedimenti"), "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-tremosine", "halley-zf", "Comune di Tremosine sul Garda", "roverbella",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, GARE, "Allegato n. 3 (2025-2027)", pdf=True, where="record",
              record="Affidamento n. 5/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-bagolino", "maggioli", "Comune di Bagolino", "travagliato",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 26/2023"),
            F("ufficio-di-piano", SE),
            F("regolamento", L, ("Servizi", "Sociale"), "Regolamento 2025", pdf=True),
        ),
        decoys=(("cimiteriale", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-pescarolo", "old-table", "Comune di Pescarolo ed Uniti", "marcaria",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-chiuro", "pdf-only", "Ufficio di Piano del Mandamento di Chiuro", "chiuro",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda speciale and of a gestione associata (Plone, gzipped sitemap): own hosts
    Site(
        "asc-vimercatese", "asc", "Azienda speciale consortile dei servizi alla persona del Vimercatese Est",
        "usmate",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
            F("bando", L, ("Trasparenza", GARE[1]), "Esito", where="record", record="Gara n. 2/2025"),
        ),
    ),
    Site(
        "plone-martesana", "plone", "Gestione associata dei servizi sociali della Martesana Est", "trezzano-rosa",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021-2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # more comuni of the web's ambiti
    Site(
        "wpc-gorla", "wp-categorie", "Comune di Gorla Minore", "gorla-minore",
        (
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Politiche sociali"), "Continua"),
            F("news", PG, page=2),
            F("accordo", SM, pdf=True),
        ),
    ),
    Site(
        "di-lainate", "di-drupal", "Comune di Lainate", "lainate",
        (
            F("piano-di-zona", L, ("Documenti e dati", "Documenti tecnici di supporto"), "Allegato 2025/2027",
              pdf=True),
            F("ufficio-di-piano", SE),
            F("news", PG, page=2),
        ),
    ),
    Site(
        "oc-gaggiano", "di-opencity", "Comune di Gaggiano", "gaggiano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali", "Ambito"), "Scheda"),
            F("accordo", L, ENTI, "Sito istituzionale", pdf=True, where="record",
              record="Enti di diritto privato controllati - Fondazione"),
        ),
    ),
    Site(
        "isw-cislago", "isweb", "Comune di Cislago", "cislago",
        (F("piano-di-zona", L, ULTERIORI, "Allegato 2025-2027", pdf=True), F("news", PG, page=3)),
        sitemap=False,
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-diocesi-lodi", "wp-categorie", "Diocesi di Lodi - Ambito pastorale della Bassa", None,
        decoys=(("scuola", ()),), traps=("sort",),
    ),
    Site(
        "decoy-biblioteche-lodi", "typo3", "Sistema bibliotecario lodigiano - consorzio delle biblioteche", None,
        decoys=(("turismo", ()),), traps=("tags",),
    ),
    Site(
        "decoy-pgt-senna", "isweb", "Comune di Senna Lodigiana - PGT, ambiti di trasformazione", None,
        decoys=(("pgt", ()), ("traffico", ("Albo pretorio",))), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-cimiteri-ceresara", "comunita-montana", "Comune di Ceresara - piano regolatore cimiteriale", None,
        decoys=(("cimiteriale", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-parco-adda", "joomla-sef", "Parco Adda Sud - ambiti di tutela", None,
        decoys=(("parco", ()), ("forestale", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen tenth simulated web of tests/simweb10 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

"""The twelfth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb12/
writer.py) with other sites and ambiti of the provinces of Pavia, Mantova, Como, Lecco and Sondrio,
fact PDFs shown only through a document viewer, old news only in an RSS feed, robots.txt asking for a
crawl delay, and three ambito sites no seed names (an ATS portal, a comunità montana's social office,
an unione). `python -m tests.simweb12.build [--files DIR]` regenerates it and exits 2 if it differs from
the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact12, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
F = Fact12

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "asc-ats-montagna": (
        "di-cosio", ("Servizi", "Salute, benessere e assistenza"), "Portale ATS - pagina del distretto",
    ),
    "cm-lariointelvi": ("wpc-oliveto", ("Servizi al cittadino", "Servizi sociali"), "Gestione associata sociale"),
    "plone-lomellina": ("jp-tromello", ("Uffici", "Servizi sociali"), "Sportello sociale dell'Unione"),
}  # fmt: skip

# How each site serves its pages (tests/simweb12/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-vidigulfo": ("viewer", "crawldelay"),
    "t3-marmirolo": ("table", "www"),
    "t3-pescate": ("megafooter", "download"),
    "isw-zeccone": ("viewer", "soft404", "endless"),
    "isw-rodigo": ("megamenu", "moved", "tags"),
    "isw-montorfano": ("onclick", "crawldelay"),
    "cm-lariointelvi": ("viewer", "sitemapindex"),
    "cm-valmasino": ("base", "soft404", "breadcrumb"),
    "wpc-oliveto": ("feed", "megamenu"),
    "wpc-commessaggio": ("feed", "buttons", "splash"),
    "oc-tovo": ("relative",),
    "oc-lurago": ("download", "www"),
    "di-cosio": ("megamenu", "crawldelay"),
    "di-moglia": ("viewer", "table"),
    "di-dervio": ("megafooter", "onclick", "endless"),
    "diwp-bressana": ("buttons", "moved"),
    "diwp-carimate": ("megafooter",),
    "pdf-gonzaga": ("viewer", "splash"),
    "wpi-ottobiano": ("table", "base"),
    "wpi-sanbenedetto": ("viewer", "buttons"),
    "jsef-monticello": ("soft404", "www", "sitemapindex"),
    "jsef-valdidentro": ("viewer", "crawldelay", "lingua", "breadcrumb"),
    "jp-tromello": ("onclick", "moved"),
    "hz-pinarolo": ("table", "download", "tags"),
    "mag-buglio": ("buttons", "soft404", "sitemapindex"),
    "old-luragoerba": ("relative",),
    "plone-lomellina": ("megamenu", "crawldelay"),
    "decoy-biblio-brianza": ("crawldelay", "tags"),
    "decoy-parco-mincio": ("megamenu", "lingua"),
    "decoy-cibo-valtellina": ("megafooter", "soft404", "sitemapindex"),
    "decoy-ambito-novara": ("viewer",),
    "decoy-ic-piantedo": ("buttons", "splash"),
    "decoy-bonifica-navarolo": ("www", "endless"),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-vidigulfo", "typo3", "Comune di Vidigulfo", "landriano",
        (
            F("accordo", L, ("Servizi", "Servizi sociali"), "Visualizza (2021-2023)", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-marmirolo", "typo3", "Comune di Marmirolo", "porto-mantovano",
        (F("news", PG, page=3), F("piano-di-zona", SM, pdf=True)),
        traps=("variant",),
    ),
    Site(
        "t3-pescate", "typo3", "Comune di Pescate", "galbiate",
        (
            F("regolamento", L, ("Documenti", "Vedi tutti"), "Allegato A - 2025", pdf=True),
            F("ufficio-di-piano", L, ("Servizi", "Sociale", "Uffici del sociale"), "Approfondisci"),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-zeccone", "isweb", "Comune di Zeccone", "cava-manara",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti"), "Documento 2025/2027", pdf=True),
            F("news", PG, page=2),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-rodigo", "isweb", "Comune di Rodigo", "curtatone",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 77/2025"),
            F("ufficio-di-piano", SE),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-montorfano", "isweb", "Comune di Montorfano", "lipomo",
        (
            F("avviso", L, (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici"), "Allegato n. 1",
              pdf=True, where="record", record="Contributo n. 8/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 6 (2021-2023)", page=2, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-lariointelvi", "comunita-montana", "Comunità Montana Lario Intelvese - ufficio servizi sociali",
        "albavilla",
        (
            F("piano-di-zona", L, ("Servizi alla persona",), "Piano 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Seduta 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-valmasino", "comunita-montana", "Comunità Montana Valtellina di Morbegno - Val Masino", "berbenno",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Programmazione"), "Leggi"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 4 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Riservato"),
            F("news", SM),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-oliveto", "wp-categorie", "Comune di Oliveto Lario", "valmadrera",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Continua"), F("news", SM)),
        traps=("sort",),
    ),
    Site(
        "wpc-commessaggio", "wp-categorie", "Comune di Commessaggio", "sabbioneta",
        (
            F("bando", L, (), "Buoni spesa 2025", where="footer"),
            F("news", SM),
            F("piano-di-zona", PG, ("Albo online",), "Documento (2025-2027)", page=2, pdf=True, where="listing"),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-tovo", "di-opencity", "Comune di Tovo di Sant'Agata", "teglio",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025-2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-lurago", "di-opencity", "Comune di Lurago Marinone", "turate",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 2 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-cosio", "di-drupal", "Comune di Cosio Valtellino", "delebio",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 12 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-moglia", "di-drupal", "Comune di Moglia", "gonzaga",
        (
            F("ufficio-di-piano", L, (), "Ambito e piano di zona", where="footer"),
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 1 - 2021/2023", pdf=True),
            F("verbale", RB, ("Servizi",), "Area interna", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-dervio", "di-drupal", "Comune di Dervio", "colico",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 40/2024"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-bressana", "di-wordpress", "Comune di Bressana Bottarone", "rivanazzano",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 8 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 21", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-carimate", "di-wordpress", "Comune di Carimate", "cadorago",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai alla scheda"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-ottobiano", "wp-italia", "Comune di Ottobiano", "gambolo",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025/2027", pdf=True),
            F("accordo", L, (), "Scarica (2021/2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-sanbenedetto", "wp-italia", "Comune di San Benedetto Po", "pegognaga",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Dettagli", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-monticello", "joomla-sef", "Comune di Monticello Brianza", "casatenovo",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Dettagli"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 5 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-valdidentro", "joomla-sef", "Comune di Valdidentro", "livigno",
        (
            F("news", SM),
            F("regolamento", L, ("Uffici e servizi",), "Testo 2025", pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti interni", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-tromello", "joomla-plain", "Comune di Tromello", "gropello",
        (
            F("verbale", L, (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico"), "Verbale 2/2025",
              pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-pinarolo", "halley-zf", "Comune di Pinarolo Po", "rivanazzano",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Continua"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 2/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-buglio", "maggioli", "Comune di Buglio in Monte", "berbenno",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 9/2024"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-luragoerba", "old-table", "Comune di Lurago d'Erba", "inverigo",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-gonzaga", "pdf-only", "Ufficio di Piano del distretto di Gonzaga", "gonzaga",
        (
            F("piano-di-zona", L, (), "2025/2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito pages on an ATS portal and an unione's site (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-ats-montagna", "asc", "ATS della Montagna - portale dei distretti sociosanitari", "delebio",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Apri"),
        ),
    ),
    Site(
        "plone-lomellina", "plone", "Unione dei Comuni della Lomellina Orientale - servizi sociali", "gropello",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021-2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale of Lombardy
    Site(
        "decoy-biblio-brianza", "isweb", "Consorzio Bibliotecario della Brianza Lecchese", None,
        decoys=(("commercio", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-mincio", "typo3", "Parco Regionale del Mincio", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-cibo-valtellina", "comunita-montana", "Distretto del Cibo della Valtellina", None,
        decoys=(("commercio", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ambito-novara", "wp-categorie", "Consorzio intercomunale Basso Novarese (Piemonte)", None,
        decoys=(("emergenza", ()),), traps=("sort",),
    ),
    Site(
        "decoy-ic-piantedo", "di-wordpress", "Istituto Comprensivo di Piantedo", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-navarolo", "joomla-sef", "Consorzio di bonifica Garda Chiese - comprensorio mantovano", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twelfth simulated web of tests/simweb12 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

"""The ninth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to
a discovery change before that change has landed: a yardstick of sites no crawler change was tuned on.
Its sites are served as the real web serves them (tests/simweb9/site.py, pages.py): Joomla without SEF
URLs, TYPO3 and Plone, Halley, ISWEB and Maggioli-like portals, links only in `<select onchange>`
menus, image maps, `<link rel="next">`, forms' default queries and PDF annotations, ambito sites on a
host only one comune links, an ambito living in its capofila's "Ambito distrettuale" section, Italian
and German twins, deep news archives. `python -m tests.simweb9.build [--files DIR]` regenerates it and
exits 2 if it differs from the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb4.build import assemble

from .site import Fact9, Site9, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
F = Fact9
JOOMLA_SEARCH = ("/index.php", "searchword")
JOOMLA_MENU = ("Il Comune", "Uffici", "Documenti", "Notizie")
TYPO3_MENU = ("Amministrazione", "Vivere", "Documenti", "Notizie")
PORTAL_MENU = ("Amministrazione trasparente", "Albo pretorio", "Servizi", "Notizie")

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "pdz-vaprio": ("mag-cassina", ("Servizi", "Servizi sociali"), "Piano di Zona d'ambito (sito dedicato)"),
    "sociale-concesio": ("hz-concesio", ("Servizi", "Famiglia e persona|select"), "Portale dei servizi sociali"),
    "plone-siziano": ("isw-landriano", ("Servizi",), "Azienda consortile - sito"),
}  # fmt: skip

SITES: tuple[Site9, ...] = (
    # Joomla without SEF URLs: articles under several Itemids, blogs paginated by start=
    Site9(
        "jn-rivolta", "joomla", "Comune di Rivolta d'Adda", "rivolta",
        (
            F("ufficio-di-piano", L, ("Uffici", "Servizi sociali"), "Leggi tutto"),
            F("news", PG, ("Notizie", "Pagina 3"), "Leggi tutto"),
            F("bando", SE),
        ),
        menu=JOOMLA_MENU, traps=("start", "calendar"), search=JOOMLA_SEARCH, news_pages=4, fillers=24,
    ),
    Site9(
        "jn-pandino", "joomla", "Comune di Pandino", "pandino",
        (
            F("piano-di-zona", L, ("Documenti", "@Indice degli allegati 2025"), "Allegato A - Piano di Zona"),
            F("news", PG, ("Notizie", "Pagina 2"), "Continua"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        menu=JOOMLA_MENU, traps=("start",), sitemap=None,
    ),
    Site9(
        "jn-besana", "joomla", "Comune di Besana in Brianza", "besana",
        (
            F("ufficio-di-piano", L, ("Ambito distrettuale",), "Chi siamo"),
            F("accordo", L, ("Ambito distrettuale", "Documenti dell'ambito|select"), "Accordo 2021/2023"),
            F("verbale", SM),
        ),
        menu=JOOMLA_MENU, traps=("variant",),
    ),
    Site9(
        "jn-soncino", "joomla", "Comune di Soncino", "soncino",
        (
            F("delibera", L, ("Il Comune", "Atti", "Pagina 2|next"), "Deliberazione n. 14"),
            F("avviso", RB, ("Uffici",), "Riservato operatori"),
            F("piano-di-zona", L, ("Notizie",), "Leggi l'allegato"),
        ),
        menu=JOOMLA_MENU, traps=("start",), search=JOOMLA_SEARCH,
    ),
    # TYPO3: /it/ and /de/ twins, /it/vivere/sociale/
    Site9(
        "t3-cernobbio", "typo3", "Comune di Cernobbio - Gemeinde Cernobbio", "cernobbio",
        (
            F("ufficio-di-piano", L, ("Vivere", "Sociale"), "Ufficio di Piano"),
            F("regolamento", L, ("Vivere", "Sociale"), "Regolamento (PDF)"),
        ),
        menu=TYPO3_MENU, languages=("it", "de"), search=("/it/suche/", "tx_kesearch_pi1[sword]"),
    ),
    Site9(
        "t3-induno", "typo3", "Comune di Induno Olona", "induno",
        (
            F("news", L, ("Notizie",), "Approfondisci"),
            F("accordo", SM),
        ),
        decoys=(("pdz-altra-regione", ("Documenti",)),),
        menu=TYPO3_MENU, languages=("it", "de"), traps=("calendar",),
    ),
    Site9(
        "t3-gavirate", "typo3", "Comune di Gavirate", "gavirate",
        (
            F("news", PG, ("^Archivio notizie 2024", "Ottobre 2024", "Pagina 2"), "Leggi"),
            F("ufficio-di-piano", L, ("Vivere", "Sociale|select"), "Ufficio di Piano d'ambito"),
        ),
        menu=TYPO3_MENU, traps=("calendar",),
    ),
    Site9(
        "t3-cadorago", "typo3", "Comune di Cadorago", "fino",
        (
            F("regolamento", L, ("Documenti", "Regolamenti|area"), "Regolamento d'ambito"),
            F("bando", SE),
        ),
        menu=TYPO3_MENU, search=("/ricerca/", "tx_kesearch_pi1[sword]"), traps=("search-links",),
    ),
    # Plone: folders, /view, @@download/file
    Site9(
        "plone-sannazzaro", "plone", "Comune di Sannazzaro de' Burgondi", "sannazzaro",
        (
            F("piano-di-zona", L, ("Documenti", "Programmazione sociale"), "Piano di Zona 2025-2027"),
            F("news", SM),
        ),
        menu=TYPO3_MENU, search=("/@@search", "SearchableText"),
    ),
    Site9(
        "plone-siziano", "plone", "Azienda consortile Pavese Nord - servizi alla persona", "siziano",
        (
            F("ufficio-di-piano", L, ("Chi siamo",), "Ufficio di Piano"),
            F("verbale", L, ("Chi siamo", "Assemblea dei Sindaci"), "Seduta del 2025"),
            F("accordo", SM),
        ),
        menu=("Chi siamo", "Servizi", "Documenti", "Notizie"), fillers=5,
    ),
    # Halley portals: /c0…/zf/index.php/servizi-aggiuntivi/…, ?id_sezione=, "Atti e documenti" forms
    Site9(
        "hz-sarezzo", "halley", "Comune di Sarezzo", "sarezzo",
        (
            F("accordo", L, ("Albo pretorio", "Atti e documenti 2023|form"), "Allegato n. 3 - 2021/2023"),
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali|area"), "Ufficio di Piano"),
        ),
        menu=PORTAL_MENU, sitemap=None, traps=("calendar",),
    ),
    Site9(
        "hz-lonato", "halley", "Comune di Lonato del Garda", "lonato",
        (
            F("delibera", PG, ("Albo pretorio", "Atti e documenti 2024|form", "Pagina 2|next"), "Atto n. 51"),
            F("avviso", L, ("Amministrazione trasparente", "Sovvenzioni e contributi|select"), "Avviso 2025"),
        ),
        decoys=(("pgt", ("Amministrazione trasparente",)),),
        menu=PORTAL_MENU, sitemap=None, traps=("variant",), fillers=30, news_pages=5,
    ),
    Site9(
        "hz-concesio", "halley", "Comune di Concesio", "concesio",
        (F("bando", L, ("Servizi", "Famiglia e persona|select"), "Contributi affitto"),),
        menu=PORTAL_MENU, sitemap=None,
    ),
    Site9(
        "hz-gavardo", "halley", "Comune di Gavardo", "gavardo",
        (
            F("verbale", L, ("Albo pretorio", "Atti e documenti 2025|form"), "Verbale n. 2"),
            F("news", PG, ("Notizie", "Pagina 2"), "Leggi tutto"),
            F("delibera", RB, ("Servizi",), "Area operatori"),
        ),
        menu=PORTAL_MENU, sitemap=None,
    ),
    # ISWEB portals: pagina…_….html
    Site9(
        "isw-oggiono", "isweb", "Comune di Oggiono", "oggiono",
        (
            F("piano-di-zona", L, ("Amministrazione trasparente", "Altri contenuti"), "Allegato A", style="select"),
            F("ufficio-di-piano", SE),
        ),
        menu=PORTAL_MENU, sitemap=None, search=("/ricerca.html", "keysearch"), traps=("search-links",),
    ),
    Site9(
        "isw-verdello", "isweb", "Comune di Verdello", "verdello",
        (
            F("accordo", L, ("Servizi",), "Accordo di programma", style="area"),
            F("news", PG, ("Notizie", "Pagina 3"), "Dettagli"),
        ),
        menu=PORTAL_MENU, sitemap=None,
    ),
    Site9(
        "isw-landriano", "isweb", "Comune di Landriano", "siziano",
        (F("news", L, ("Notizie",), "Leggi la notizia"),),
        decoys=(("ambito-scolastico", ("Servizi",)),),
        menu=PORTAL_MENU, sitemap=None,
    ),
    # Maggioli-like portals
    Site9(
        "mag-osio", "maggioli", "Comune di Osio Sotto", "osio",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti 2025|form"), "Deliberazione G.C. n. 77"),
            F("bando", SE),
        ),
        menu=PORTAL_MENU, search=("/ricerca.php", "testo"), fillers=16,
    ),
    Site9(
        "mag-cassina", "maggioli", "Comune di Cassina de' Pecchi", "vaprio",
        (F("news", L, ("Notizie",), "Leggi"),),
        menu=PORTAL_MENU,
    ),
    Site9(
        "mag-quistello", "maggioli", "Comune di Quistello", "quistello",
        (
            F("ufficio-di-piano", L, ("Ambito distrettuale",), "Ufficio di Piano"),
            F("accordo", L, ("Ambito distrettuale", "@Elenco allegati"), "Allegato 1 - Accordo"),
            F("verbale", SM),
        ),
        menu=PORTAL_MENU, traps=("calendar",),
    ),
    # plain paths (Drupal and WordPress comuni)
    Site9(
        "di-bussero", "plain", "Comune di Bussero", "bussero",
        (
            F("piano-di-zona", L, ("Servizi", "Servizi sociali"), "Piano di Zona", style="abs"),
            F("news", PG, ("Notizie", "Pagina 3"), "Leggi"),
        ),
        search=("/ricerca", "q"), traps=("search-links",), fillers=20, news_pages=6,
    ),
    Site9(
        "di-sedriano", "plain", "Comune di Sedriano", "sedriano",
        (
            F("ufficio-di-piano", L, ("^Ambito territoriale sociale",), "Ufficio di Piano"),
            F("avviso", L, ("Documenti", "@Indice avvisi 2025"), "Avviso pubblico"),
        ),
        traps=("calendar",),
    ),
    Site9(
        "di-agrate", "plain", "Comune di Agrate Brianza", "agrate",
        (
            F("news", PG, ("^Archivio 2024", "Marzo 2024", "Pagina 2"), "Leggi"),
            F("bando", L, (), "In evidenza: contributi affitto"),
        ),
        decoys=(("piano-studio-unione", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site9(
        "di-grosotto", "plain", "Comune di Grosotto", "grosotto",
        (
            F("regolamento", L, ("Servizi", "Persone e famiglie|select"), "Regolamento servizi"),
            F("ufficio-di-piano", L, ("Servizi", "Persone e famiglie|select"), "Ufficio di Piano", style="abs"),
            F("accordo", RB, ("Documenti",), "Riservato ai comuni"),
        ),
    ),
    Site9(
        "di-bozzolo", "plain", "Comune di Bozzolo", "bozzolo",
        (
            F("piano-di-zona", L, (), "Piano di Zona"),
            F("news", PG, ("Notizie", "Pagina 2|next"), "Leggi"),
        ),
        decoys=(("consorzio-turistico", ("Amministrazione",)),),
    ),
    Site9(
        "di-casorate", "plain", "Comune di Casorate Primo", "casorate",
        (
            F("delibera", L, ("Amministrazione", "Mappa dei servizi|area"), "Deliberazione di adesione"),
            F("news", SE),
        ),
        search=("/ricerca", "q"),
    ),
    # ambito sites on another host, each linked only from one comune's page
    Site9(
        "pdz-vaprio", "plain", "Piano di Zona dell'Ambito di Vaprio d'Adda", "vaprio",
        (
            F("piano-di-zona", L, ("Documenti",), "Piano di Zona 2025-2027"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Ufficio di Piano"),
        ),
        menu=("Chi siamo", "Documenti", "Servizi", "Notizie"), fillers=4, news_pages=2,
    ),
    Site9(
        "sociale-concesio", "typo3", "Servizi sociali dell'Ambito di Concesio", "concesio",
        (
            F("accordo", L, ("Documenti", "@Allegati all'accordo"), "Allegato B"),
            F("news", PG, ("Notizie", "Pagina 2"), "Leggi"),
        ),
        menu=("Chi siamo", "Documenti", "Servizi", "Notizie"), fillers=4,
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site9(
        "decoy-ust-lodi", "isweb", "Ufficio scolastico territoriale - ambiti scolastici", None,
        decoys=(("ambito-scolastico", ("Servizi",)), ("diritto-studio", ("Albo pretorio",))),
        menu=PORTAL_MENU, sitemap=None, search=("/ricerca.html", "keysearch"), traps=("search-links",),
    ),
    Site9(
        "decoy-cisa-novara", "plain", "Consorzio socio-assistenziale del Novarese (Piemonte)", None,
        decoys=(("pdz-altra-regione", ("Documenti",)),), traps=("calendar",),
    ),
    Site9(
        "decoy-turismo-oglio", "joomla", "Consorzio turistico Terre dell'Oglio e del Po", None,
        decoys=(("consorzio-turistico", ("Il Comune",)),), menu=JOOMLA_MENU, traps=("start", "variant"),
    ),
    Site9(
        "decoy-unione-scuole", "plone", "Unione dei comuni del Lario occidentale - istruzione", None,
        decoys=(("piano-studio-unione", ("Documenti",)),), menu=TYPO3_MENU,
    ),
    Site9(
        "decoy-pgt-garda", "typo3", "Parco Alto Garda Bresciano - piani territoriali", None,
        decoys=(("pgt", ("Documenti",)), ("parco", ("Vivere",))), menu=TYPO3_MENU, languages=("it", "de"),
    ),
    Site9(
        "decoy-halley-bim", "halley", "Consorzio BIM del Chiese - comprensorio", None,
        decoys=(("bim", ("Servizi",)),), menu=PORTAL_MENU, sitemap=None, traps=("calendar",),
    ),
)  # fmt: skip


def writer(site: Site9) -> SiteWriter:
    return SiteWriter(site, 17000 + 31 * [s.id for s in SITES].index(site.id))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen ninth simulated web of tests/simweb9 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

"""The twentieth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb20/
writer.py) with other sites and ambiti, laid out as real comuni lay them out: half the sites keep their
facts where an ordinary site of their CMS keeps them ("Servizi sociali", "Ufficio di Piano", "Piano di
zona", a news item, Amministrazione trasparente, the ambito's own site on another host); the other half
each carry one structure of the real web (deep trasparenza records, albo archives by year and paging,
"Documenti e dati", download scripts, mega-menus, a site search, a sitemap); a third keep their facts
3-4 clicks deep behind generic words ("Vivere il comune", "Aree tematiche", "Argomenti", "Sociale e
welfare"). `python -m tests.simweb20.build [--files DIR]` regenerates it and exits 2 if it differs from
the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact20, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
CONSULENTI = (AT, "Consulenti e collaboratori")
VIVERE = ("Vivere il comune", "Sociale e welfare")
F = Fact20

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "asc-sudovest": ("di-albairate", ("Vivere il comune", "Sociale e welfare"), "Sito dell'ente gestore"),
    "cm-triangolo-sociale": ("wpc-bulciago", ("Servizi al cittadino", "Servizi sociali"), "Servizi associati"),
    "plone-cremasco-nord": ("jp-sergnano", ("Uffici", "Ufficio servizi sociali"), "Piano di zona - sito dell'Unione"),
}  # fmt: skip

# How each site serves its pages (tests/simweb7/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-cabiate": ("megamenu",),
    "t3-grandate": ("download", "www"),
    "isw-castronno": ("table",),
    "isw-morazzone": ("moved", "soft404"),
    "isw-miradolo": ("buttons",),
    "wpc-bulciago": ("megamenu", "relative"),
    "wpc-verderio": ("moved",),
    "oc-gazzada": ("megafooter",),
    "oc-cairate": ("download",),
    "di-albairate": ("megamenu", "www"),
    "di-marnate": ("table", "relative"),
    "di-ossona": ("onclick",),
    "diwp-manerba": ("megafooter", "moved"),
    "diwp-monzambano": ("download", "soft404"),
    "wpi-pessina": ("buttons", "base"),
    "wpi-genivolta": ("relative",),
    "jsef-correzzana": ("www",),
    "jsef-vistarino": ("megafooter",),
    "jp-sergnano": ("onclick", "moved"),
    "hz-morimondo": ("table", "download"),
    "mag-noviglio": ("soft404",),
    "old-cellatica": ("relative",),
    "plone-cremasco-nord": ("megamenu",),
    "decoy-parco-ticino-sud": ("megamenu",),
    "decoy-cm-triangolo-pc": ("megafooter", "soft404"),
    "decoy-ic-trenzano": ("buttons",),
    "decoy-bonifica-navarolo-sud": ("www",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-cabiate", "typo3", "Comune di Cabiate", "cabiate",
        (
            F("ufficio-di-piano", L, ("Servizi", "Aree tematiche", "Sociale e welfare"), "Approfondisci"),
            F("piano-di-zona", L, ("Documenti", "Argomenti", "Sociale e welfare"), "Documento 2025-2027",
              pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-grandate", "typo3", "Comune di Grandate", "grandate",
        (F("news", PG, page=2), F("accordo", L, ("Documenti",), "Documento n. 2 - 2021/2023", pdf=True)),
        traps=("variant",),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-castronno", "isweb", "Comune di Castronno", "castronno",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 8/2025"),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-morazzone", "isweb", "Comune di Morazzone", "morazzone",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 17/2025"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-miradolo", "isweb", "Comune di Miradolo Terme", "miradolo",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025/2027", pdf=True),
            F("accordo", PG, ("Albo pretorio",), "Documento 6 (2021-2023)", page=2, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-triangolo-sociale", "comunita-montana", "Comunità Montana Triangolo Lariano - servizi sociali associati",
        "bulciago",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "Piano 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere assemblea"), "Verbale n. 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-valceresio-sociale", "comunita-montana", "Comunità Montana Valceresio - politiche sociali", "cairate",
        (
            F("ufficio-di-piano", L, ("Aree di intervento", "Politiche sociali", "Ufficio di Piano"), "Scopri"),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-bulciago", "wp-categorie", "Comune di Bulciago", "bulciago",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"), F("news", PG, page=2)),
        traps=("sort",),
    ),
    Site(
        "wpc-verderio", "wp-categorie", "Comune di Verderio", "verderio",
        (
            F("news", PG, page=3),
            F("piano-di-zona", SM, pdf=True),
            F("bando", L, ("Servizi al cittadino", "Argomenti", "Sociale e welfare"), "Leggi"),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-gazzada", "di-opencity", "Comune di Gazzada Schianno", "gazzada",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza", "Ufficio di Piano"),
              "Vai alla scheda"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-cairate", "di-opencity", "Comune di Cairate", "cairate",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 4 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-albairate", "di-drupal", "Comune di Albairate", "albairate",
        (
            F("ufficio-di-piano", L, VIVERE + ("Ufficio di Piano",), "Approfondisci"),
            F("news", PG, page=2),
        ),
    ),
    Site(
        "di-marnate", "di-drupal", "Comune di Marnate", "marnate",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 12 - 2025", pdf=True),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-ossona", "di-drupal", "Comune di Ossona", "ossona",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 40/2024"),
            F("piano-di-zona", L, ("Vivere il comune", "Argomenti", "Sociale e welfare"), "Documento (2025-2027)",
              pdf=True),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-manerba", "di-wordpress", "Comune di Manerba del Garda", "manerba",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 3 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 61", page=3, where="listing"),
            F("news", SE),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-monzambano", "di-wordpress", "Comune di Monzambano", "monzambano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-pessina", "wp-italia", "Comune di Pessina Cremonese", "pessina",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Documenti", "Aree tematiche", "Politiche sociali"), "Documento 2025-2027",
              pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-genivolta", "wp-italia", "Comune di Genivolta", "genivolta",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-correzzana", "joomla-sef", "Comune di Correzzana", "correzzana",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 11 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-vistarino", "joomla-sef", "Comune di Vistarino", "vistarino",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
            F("ufficio-di-piano", L, ("Uffici e servizi", "Vivere il comune", "Sociale e welfare"), "Leggi tutto"),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-sergnano", "joomla-plain", "Comune di Sergnano", "sergnano",
        (
            F("verbale", L, (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico"), "Verbale 2025",
              pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-morimondo", "halley-zf", "Comune di Morimondo", "morimondo",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, CONSULENTI, "Allegato n. 3 (2025-2027)", pdf=True, where="record",
              record="Incarico n. 5/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-noviglio", "maggioli", "Comune di Noviglio", "noviglio",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 23/2024"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-cellatica", "old-table", "Comune di Cellatica", "cellatica",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-sanrocco", "pdf-only", "Ufficio di Piano dell'Ambito di San Rocco al Porto", "sanrocco",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda sociale and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-sudovest", "asc", "Azienda sociale del Sud-Ovest Milanese - servizi alla persona", "albairate",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-cremasco-nord", "plone", "Unione dei Comuni del Cremasco Nord - servizi sociali", "sergnano",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # a comune of the Sesto Cremonese ambito whose facts are only in its own deep "Argomenti" tree
    Site(
        "wpc-sesto-cremonese", "wp-categorie", "Comune di Sesto Cremonese", "sesto-cremonese",
        (
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Argomenti", "Sociale e welfare"), "Approfondisci"),
            F("regolamento", L, ("Il Comune", "Aree tematiche", "Politiche sociali"), "Allegato 2025", pdf=True),
        ),
    ),
    # a Flero comune on Drupal with a "Sociale e welfare" page 4 clicks deep
    Site(
        "di-flero", "di-drupal", "Comune di Flero", "trenzano",
        (
            F("accordo", L, VIVERE + ("Documenti",), "Documento n. 9 - 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-lodi-sud", "isweb", "Ambito Territoriale di Caccia Lodi Sud", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-ticino-sud", "typo3", "Parco del Ticino - Ente di gestione sud", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-cremasco", "wp-categorie", "Distretto del Commercio del Cremasco", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-triangolo-pc", "comunita-montana", "Comunità Montana del Triangolo Lariano - protezione civile",
        None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-trenzano", "di-wordpress", "Istituto Comprensivo di Trenzano", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-navarolo-sud", "joomla-sef", "Consorzio di bonifica Garda Chiese - comprensorio sud", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twentieth simulated web of tests/simweb20 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

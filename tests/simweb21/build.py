"""The twenty-first simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It is
the seventh web's machinery (its site writer, read with this web's tables: tests/simweb21/writer.py) with
other sites and ambiti: half of the fact sites serve plainly, with the facts where real sites keep them;
each of the others carries one habit of the real web (the earlier webs' or this web's `teaser`, `cards`,
`banner`); a third keep a fact three or four clicks deep behind generic words. Three ambito sites on
another host are linked only from a comune's page (one of them only by a banner image).
`python -m tests.simweb21.build [--files DIR]` regenerates it and exits 2 if it differs from the
manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact21, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
VIVERE = ("Vivere il comune", "Sociale e welfare")
AREE = ("Aree tematiche", "Sociale e welfare")
F = Fact21

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-intelvi": ("jp-dizzasco", ("Uffici", "Servizi sociali"), "Servizi sociali associati della Comunità Montana"),
    "asc-oglio-mella": (
        "di-azzano", ("Servizi", "Salute, benessere e assistenza"), "Azienda speciale consortile Oglio-Mella",
    ),
    "plone-valleversa": ("isw-golferenzo", ("Uffici e servizi", "Servizi sociali"), "Unione dei Comuni - sociale"),
}  # fmt: skip

# How each site serves its pages (tests/simweb21/writer.py QUIRKS): one habit a site; a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-suisio": ("teaser",),
    "t3-cesana": ("download",),
    "isw-rudiano": ("table",),
    "isw-golferenzo": ("onclick",),
    "wpc-pontida": ("cards",),
    "oc-carenno": ("megamenu",),
    "di-poncarale": ("teaser",),
    "di-azzano": ("banner",),
    "diwp-mairano": ("cards",),
    "diwp-torre-isola": ("moved",),
    "wpi-sanbassano": ("teaser",),
    "jsef-gabbioneta": ("megafooter",),
    "hz-leggiuno": ("download",),
    "old-bertonico": ("relative",),
    "plone-valleversa": ("megamenu",),
    "decoy-atc-lomellina": ("soft404",),
    "decoy-duc-oglio": ("buttons",),
    "decoy-bim-intelvi": ("www",),
    "decoy-cm-altolario": ("base",),
    "decoy-ic-palosco": ("cards",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-medolago", "typo3", "Comune di Medolago", "bottanuco",
        (
            F("ufficio-di-piano", L, (*VIVERE, "Ufficio di Piano"), "Scheda dell'ufficio"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-suisio", "typo3", "Comune di Suisio", "bottanuco",
        (F("news", PG, page=2), F("accordo", L, ("Documenti", "Vedi tutti"), "Documento n. 8 - 2021/2023", pdf=True)),
    ),
    Site(
        "t3-cesana", "typo3", "Comune di Cesana Brianza", "annone",
        (F("regolamento", L, (*AREE, "Documenti"), "Allegato 2025", pdf=True), F("ufficio-di-piano", SE)),
    ),
    Site(
        "t3-eupilio", "typo3", "Comune di Eupilio", "eupilio",
        (
            F("ufficio-di-piano", L, (*AREE, "Programmazione sociale"), "Scheda"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("variant",),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-palosco", "isweb", "Comune di Palosco", "palosco",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025-2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-rudiano", "isweb", "Comune di Rudiano", "rudiano",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 3", pdf=True, where="record", record="Contributo n. 9/2025"),
            F("news", PG, page=3),
        ),
        sitemap=False,
    ),
    Site(
        "isw-golferenzo", "isweb", "Comune di Golferenzo", "santa-maria-versa",
        (
            F("piano-di-zona", L, ("Uffici e servizi", "Servizi sociali", "Programmazione sociale"),
              "Documento 2025-2027", pdf=True),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    # Joomla 3 site of a comunità montana: its own host, linked only from a comune
    Site(
        "cm-intelvi", "comunita-montana", "Comunità Montana Valle d'Intelvi e Ceresio - servizi sociali associati",
        "argegno",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025-2027", pdf=True),
            F("news", SM),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-pontida", "wp-categorie", "Comune di Pontida", "pontida",
        (F("ufficio-di-piano", L, ("Argomenti", "Sociale e welfare"), "Vai alla scheda"), F("news", PG, page=2)),
        traps=("sort",),
    ),
    Site(
        "wpc-erve", "wp-categorie", "Comune di Erve", "malgrate",
        (
            F("bando", L, (), "Contributi affitto 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
        ),
    ),
    Site(
        "wpc-piubega", "wp-categorie", "Comune di Piubega", "piubega",
        (
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 4 (2025-2027)", pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-carenno", "di-opencity", "Comune di Carenno", "malgrate",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 4 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    Site(
        "oc-vercurago", "di-opencity", "Comune di Vercurago", "annone",
        (
            F("ufficio-di-piano", L, ("Argomenti", "Politiche sociali"), "Ufficio di Piano d'ambito"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-castione", "di-opencity", "Comune di Castione Andevenno", "castione",
        (
            F("ufficio-di-piano", L, (), "Ambito territoriale", where="megamenu"),
            F("piano-di-zona", L, ("Argomenti", "Famiglia e sociale"), "Allegato 2025-2027", pdf=True),
        ),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-poncarale", "di-drupal", "Comune di Poncarale", "poncarale",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 61 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-borgosatollo", "di-drupal", "Comune di Borgosatollo", "poncarale",
        (
            F("ufficio-di-piano", L, (), "Piano di zona e ambito", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-azzano", "di-drupal", "Comune di Azzano Mella", "pompiano",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 40/2024"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-mairano", "di-wordpress", "Comune di Mairano", "pompiano",
        (
            F("ufficio-di-piano", L, ("Argomenti", "Sociale e welfare", "Salute, benessere e assistenza"),
              "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 6/2025"),
        ),
    ),
    Site(
        "diwp-longhena", "di-wordpress", "Comune di Longhena", "rudiano",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 6 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 91", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-torre-isola", "di-wordpress", "Comune di Torre d'Isola", "torre-isola",
        (
            F("ufficio-di-piano", L, (*AREE, "Servizi sociali"), "Ufficio di Piano"),
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento 2 (2021-2023)", page=2,
              pdf=True, where="listing"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-sanbassano", "wp-italia", "Comune di San Bassano", "san-bassano",
        (
            F("piano-di-zona", L, (*VIVERE, "Programmazione zonale"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-formigara", "wp-italia", "Comune di Formigara", "paderno-ponchielli",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-cicognolo", "joomla-sef", "Comune di Cicognolo", "corte-frati",
        (
            F("ufficio-di-piano", L, (*VIVERE, "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 23 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-gabbioneta", "joomla-sef", "Comune di Gabbioneta-Binanuova", "corte-frati",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-dizzasco", "joomla-plain", "Comune di Dizzasco", "argegno",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    Site(
        "jp-borgovirgilio", "joomla-plain", "Comune di Borgo Virgilio", "borgo-virgilio",
        (
            F("ufficio-di-piano", L, (*VIVERE, "Servizi sociali"), "Leggi tutto"),
        ),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-leggiuno", "halley-zf", "Comune di Leggiuno", "leggiuno",
        (
            F("ufficio-di-piano", L, AREE, "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 2 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 4/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-brusimpiano", "maggioli", "Comune di Brusimpiano", "brusimpiano",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 48/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-bertonico", "old-table", "Comune di Bertonico", "bertonico",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 5 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-secugnago", "pdf-only", "Ufficio di Piano dell'Ambito di Secugnago", "secugnago",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda speciale and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-oglio-mella", "asc", "Azienda Speciale Consortile Oglio-Mella - servizi alla persona", "pompiano",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
        ),
    ),
    Site(
        "plone-valleversa", "plone", "Unione dei Comuni della Valle Versa - servizi sociali", "santa-maria-versa",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
        ),
    ),
    # decoy sites: other "ambiti" and "distretti", and other plans; nothing here is about an ambito sociale
    Site(
        "decoy-atc-lomellina", "isweb", "Ambito Territoriale di Caccia Pavese Lomellina Ovest", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-duc-oglio", "wp-categorie", "Distretto del Commercio Antiche Terre d'Oglio", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-bim-intelvi", "joomla-sef", "Consorzio del Bacino Imbrifero Montano del Lario Intelvese", None,
        decoys=(("bim", ()), ("cave", ("Uffici e servizi",))),
    ),
    Site(
        "decoy-cm-altolario", "comunita-montana", "Comunità Montana Alpi Lepontine - servizio forestale", None,
        decoys=(("forestale", ()), ("emergenza", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-palosco", "di-wordpress", "Istituto Comprensivo di Palosco e Calcio", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twenty-first simulated web of tests/simweb21 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

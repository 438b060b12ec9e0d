"""The twenty-fourth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It is the
seventh web's machinery (its site writer, read with this web's tables: tests/simweb24/writer.py) with other sites
and ambiti, a third of the fact sites keeping a fact 3-4 clicks deep behind generic words ("Vivere il comune",
"Aree tematiche", "Argomenti", "Sociale e welfare"), three ambito sites on another host that only a comune's
social page links, and four habits of real portals (habits.py: `dlist`, `truncated`, `share`, `spidbar`).
`python -m tests.simweb24.build [--files DIR]` regenerates it and exits 2 if it differs from the manifest;
`--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact24, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact24

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-endine": (
        "wpc-fonteno", ("Il Comune", "Vivere il comune", "Servizi sociali"), "Servizio sociale associato del lago",
    ),
    "asc-cremasco-nord": (
        "di-ticengo", ("Servizi", "Salute, benessere e assistenza"), "Azienda consortile per i servizi alla persona",
    ),
    "plone-destra-secchia": ("jp-quingentole", ("Uffici", "Servizi sociali"), "Servizi sociali dell'Unione"),
}  # fmt: skip

# How each site serves its pages (tests/simweb24/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-bagnatica": ("dlist", "moved"),
    "t3-montello": ("share", "www"),
    "t3-zandobbio": ("truncated", "download"),
    "isw-pognano": ("table", "soft404"),
    "isw-lurano": ("spidbar", "moved"),
    "isw-chieve": ("onclick", "www"),
    "cm-endine": ("dlist",),
    "cm-rovetta": ("base", "soft404"),
    "wpc-fonteno": ("megamenu", "share"),
    "wpc-serle": ("buttons", "moved"),
    "oc-paladina": ("spidbar", "relative"),
    "oc-treviolo": ("download", "www"),
    "di-izano": ("megafooter", "spidbar"),
    "di-capralba": ("truncated", "relative"),
    "di-ticengo": ("megamenu", "www"),
    "diwp-remedello": ("dlist", "moved"),
    "diwp-pralboino": ("megafooter", "download"),
    "wpi-bonemerse": ("table", "base"),
    "wpi-malagnino": ("share", "relative"),
    "jsef-gombito": ("soft404", "www"),
    "jsef-moscazzano": ("truncated", "base"),
    "jp-quingentole": ("onclick", "moved"),
    "hz-alfianello": ("dlist", "download"),
    "mag-schivenoglia": ("buttons", "soft404", "spidbar"),
    "old-cerete": ("truncated",),
    "asc-cremasco-nord": ("share",),
    "plone-destra-secchia": ("megamenu",),
    "decoy-parco-oglio": ("megamenu", "share"),
    "decoy-cm-trompia": ("megafooter", "soft404"),
    "decoy-ic-casalmoro": ("dlist",),
    "decoy-bonifica-casalasco": ("www", "spidbar"),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-bagnatica", "typo3", "Comune di Bagnatica", "bagnatica",
        (
            F("ufficio-di-piano", L, ("Servizi", "Aree tematiche", "Sociale e welfare"), "Approfondisci"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-montello", "typo3", "Comune di Montello", "montello",
        (F("news", PG, page=2), F("bando", SE)),
        traps=("variant",),
    ),
    Site(
        "t3-zandobbio", "typo3", "Comune di Zandobbio", "zandobbio",
        (
            F("accordo", L, ("Documenti", "Archivio documentale", "Vedi tutti"), "Doc. 4 - 2021/2023", pdf=True),
            F("regolamento", L, ("Servizi", "Argomenti", "Servizi sociali"), "Allegato 2025", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-pognano", "isweb", "Comune di Pognano", "pognano",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025-2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-lurano", "isweb", "Comune di Lurano", "lurano",
        (
            F("delibera", L, ("Albo pretorio", "Archivio", "Anno 2024"), "Atto n. 27/2024"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-chieve", "isweb", "Comune di Chieve", "chieve",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 3", pdf=True, where="record", record="Contributo n. 9/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 6 (2021-2023)", page=3, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-endine", "comunita-montana",
        "Comunità Montana dei Laghi Bergamaschi - servizio sociale del lago di Endine", "fonteno",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Piano sociale di zona"), "PdZ 2025-2027", pdf=True),
            F("verbale", L, ("Atti", "Assemblea dei sindaci"), "Verbale 5/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-rovetta", "comunita-montana", "Comunità Montana Valle Seriana Superiore - servizi sociali", "rovetta",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Argomenti", "Sociale e welfare"), "Leggi"),
            F("accordo", L, ("Atti", "Albo", "Anno 2022"), "Atto 11 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-fonteno", "wp-categorie", "Comune di Fonteno", "fonteno",
        (
            F("ufficio-di-piano", L, ("Il Comune", "Vivere il comune", "Servizi sociali"), "Leggi tutto"),
            F("news", PG, page=3),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-serle", "wp-categorie", "Comune di Serle", "serle",
        (
            F("bando", L, (), "Contributi affitto 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-paladina", "di-opencity", "Comune di Paladina", "paladina",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-treviolo", "di-opencity", "Comune di Treviolo", "treviolo",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 8 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-izano", "di-drupal", "Comune di Izano", "izano",
        (
            F("avviso", L, ("Vivere il comune", "Argomenti", "Sociale e welfare"), "Pubblicazione n. 38 - 2025",
              pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-capralba", "di-drupal", "Comune di Capralba", "capralba",
        (
            F("ufficio-di-piano", L, (), "Piano di zona e ambito", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-ticengo", "di-drupal", "Comune di Ticengo", "ticengo",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 9/2025"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-remedello", "di-wordpress", "Comune di Remedello", "remedello",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 2 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 71", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-pralboino", "di-wordpress", "Comune di Pralboino", "pralboino",
        (
            F("ufficio-di-piano", L, ("Servizi", "Aree tematiche", "Sociale e welfare"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 6/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-bonemerse", "wp-italia", "Comune di Bonemerse", "bonemerse",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-malagnino", "wp-italia", "Comune di Malagnino", "malagnino",
        (
            F("accordo", L, ("Il Comune", "Vivere il comune", "Sociale e welfare"), "Allegato B (2021-2023)",
              pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-gombito", "joomla-sef", "Comune di Gombito", "gombito",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Argomenti", "Politiche sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 14 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-moscazzano", "joomla-sef", "Comune di Moscazzano", "moscazzano",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-quingentole", "joomla-plain", "Comune di Quingentole", "quingentole",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-alfianello", "halley-zf", "Comune di Alfianello", "alfianello",
        (
            F("ufficio-di-piano", L, ("Il Comune", "Aree tematiche", "Servizi alla persona"), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 4 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 3/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-schivenoglia", "maggioli", "Comune di Schivenoglia", "schivenoglia",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 47/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-cerete", "old-table", "Comune di Cerete", "cerete",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-rivarolo", "pdf-only", "Ufficio di Piano dell'Ambito di Rivarolo Mantovano", "rivarolo",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda consortile and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-cremasco-nord", "asc", "Azienda consortile per i servizi alla persona del Cremasco settentrionale",
        "ticengo",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 4/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-destra-secchia", "plone", "Unione dei Comuni Destra Secchia - servizi sociali associati", "quingentole",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-casalasco", "isweb", "Ambito Territoriale di Caccia del Casalasco", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-oglio", "typo3", "Parco Oglio Nord - piano territoriale di coordinamento", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-crema", "wp-categorie", "Distretto del Commercio di Crema città", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-trompia", "comunita-montana", "Comunità Montana di Valle Trompia - ufficio protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-casalmoro", "di-wordpress", "Istituto Comprensivo di Casalmoro", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-casalasco", "joomla-sef", "Consorzio di bonifica Navarolo - comprensorio casalasco", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twenty-fourth simulated web of tests/simweb24 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

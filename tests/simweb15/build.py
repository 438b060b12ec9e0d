"""The fifteenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed. It is the seventh web's machinery (its site writer, read
with this web's tables: tests/simweb15/writer.py) with other comuni and ambiti (Milano, Monza e Brianza,
Varese, Lecco, Cremona, Lodi), the facts where real sites keep them ("Servizi sociali", "Ufficio di
Piano", "Piano di zona", news, Amministrazione trasparente, the ambito's own site on another host), half
of the sites plain and half with one or two habits of real sites: the seventh web's and four more
(`dlparam`, `filenames`, `prodcanonical`, `viewstate`: tests/simweb15/structures.py).
`python -m tests.simweb15.build [--files DIR]` regenerates it and exits 2 if it differs from the
manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact15, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact15

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-luinese": ("jp-taino", ("Uffici", "Servizi sociali"), "Servizi sociali associati - Comunità Montana"),
    "asc-lambro": ("jsef-albiate", ("Uffici e servizi", "Servizi sociali"), "Azienda consortile dell'ambito"),
    "plone-pogliano": ("di-turbigo", ("Servizi", "Salute, benessere e assistenza"), "Unione dei Comuni - sociale"),
}  # fmt: skip

# How each site serves its pages (tests/simweb15/writer.py QUIRKS); a site not named serves plainly.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-lesmo": ("dlparam", "prodcanonical"),
    "t3-varedo": ("viewstate", "www"),
    "isw-arluno": ("table", "soft404"),
    "isw-sordio": ("filenames", "prodcanonical"),
    "cm-luinese": ("filenames",),
    "cm-piambello": ("dlparam", "soft404"),
    "wpc-garlate": ("megamenu", "dlparam"),
    "oc-robbiate": ("download", "viewstate"),
    "di-renate": ("filenames", "megafooter"),
    "diwp-maleo": ("dlparam", "www"),
    "wpi-guardamiglio": ("buttons", "relative"),
    "jsef-molteno": ("viewstate", "base"),
    "jp-taino": ("onclick", "moved"),
    "hz-comerio": ("dlparam", "prodcanonical"),
    "mag-gerenzano": ("viewstate", "buttons"),
    "decoy-parco-pineta": ("viewstate",),
    "decoy-commercio-varedo": ("prodcanonical",),
    "decoy-cm-triangolo": ("megafooter", "soft404"),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-lesmo", "typo3", "Comune di Lesmo", "lesmo",
        (
            F("piano-di-zona", L, ("Servizi", "Servizi sociali", "Piano di zona"), "Documento 2025-2027", pdf=True),
            F("news", PG, page=2),
            F("ufficio-di-piano", SM),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-sovico", "typo3", "Comune di Sovico", "macherio",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Ufficio di Piano"),
            F("accordo", L, ("Documenti", "Vedi tutti"), "Accordo 2021/2023", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
        traps=("variant",),
    ),
    Site(
        "t3-varedo", "typo3", "Comune di Varedo", "misinto",
        (F("news", PG, page=3), F("bando", SE), F("regolamento", SM, pdf=True)),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-arluno", "isweb", "Comune di Arluno", "vittuone",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Piano di zona 2025-2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-uboldo", "isweb", "Comune di Uboldo", "origgio",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 17/2025"),
            F("news", PG, page=2),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-sordio", "isweb", "Comune di Sordio", "fombio",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 6/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 2 (2021-2023)", page=2, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-luinese", "comunita-montana", "Comunità Montana Valli del Luinese - servizi sociali d'ambito",
        "maccagno",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Piano di zona"), "PdZ 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Assemblea dei sindaci 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-piambello", "comunita-montana", "Comunità Montana del Piambello - area sociale", "cunardo",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Ufficio di Piano"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 4 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-garlate", "wp-categorie", "Comune di Garlate", "civate",
        (
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Servizi al cittadino", "Piano di zona"), "Scarica il documento (2025-2027)",
              pdf=True),
            F("news", PG, page=3),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-bosisio", "wp-categorie", "Comune di Bosisio Parini", "bosisio",
        (
            F("bando", L, (), "Contributi per l'affitto 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-cesate", "di-opencity", "Comune di Cesate", "solaro",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-robbiate", "di-opencity", "Comune di Robbiate", "osnago",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 3 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-renate", "di-drupal", "Comune di Renate", "briosco",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 12 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-turbigo", "di-drupal", "Comune di Turbigo", "arconate",
        (
            F("ufficio-di-piano", L, (), "Servizi sociali e Piano di zona", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-cogliate", "di-drupal", "Comune di Cogliate", "misinto",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 40/2024"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-gussola", "di-wordpress", "Comune di Gussola", "gussola",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 2 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 23", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-maleo", "di-wordpress", "Comune di Maleo", "maleo",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", L, ("Servizi", "Piano di zona"), "Allegato (2025-2027)", pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-sospiro", "wp-italia", "Comune di Sospiro", "sospiro",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-guardamiglio", "wp-italia", "Comune di Guardamiglio", "fombio",
        (
            F("regolamento", L, ("Atti", "Determine"), "Allegato B (2025)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-albiate", "joomla-sef", "Comune di Albiate", "triuggio",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 8 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-molteno", "joomla-sef", "Comune di Molteno", "molteno",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Ufficio di Piano"),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-taino", "joomla-plain", "Comune di Taino", "taino",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-comerio", "halley-zf", "Comune di Comerio", "cunardo",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 2/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-gerenzano", "maggioli", "Comune di Gerenzano", "origgio",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 29/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-dolzago", "old-table", "Comune di Dolzago", "dolzago",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-cremella", "pdf-only", "Ufficio di Piano dell'Ambito di Cremella", "cremella",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda consortile and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-lambro", "asc", "Azienda consortile Servizi alla Persona Lambro e Brianza", "ornago",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 2/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-pogliano", "plone", "Unione dei Comuni di Pogliano e Vanzago - servizi sociali", "pogliano",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-lodi", "isweb", "Ambito Territoriale di Caccia Laudense Sud", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-pineta", "typo3", "Parco Regionale Pineta di Appiano Gentile e Tradate - ente", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-varedo", "wp-categorie", "Distretto del Commercio Varedo e Bovisio", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-triangolo", "comunita-montana", "Comunità Montana Triangolo Lariano - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-lomagna", "di-wordpress", "Istituto Comprensivo di Lomagna e Osnago - scuole", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-muzza", "joomla-sef", "Consorzio di bonifica Muzza Bassa Lodigiana - territorio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen fifteenth simulated web of tests/simweb15 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

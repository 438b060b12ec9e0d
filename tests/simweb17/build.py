"""The seventeenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It is
the seventh web's machinery (its site writer, read with this web's tables: tests/simweb17/writer.py) with
other sites and ambiti of Milano, Monza e Brianza, Varese, Lecco, Cremona and Lodi; a third of the sites keep
their facts three or four clicks deep behind generic words ("Vivere il comune", "Aree tematiche",
"Argomenti", "Sociale e welfare"); two more habits of real sites (`cards`, `banner`); three ambito sites on
another host that only a comune's page links, one of them only by a banner image. `python -m
tests.simweb17.build [--files DIR]` regenerates it and exits 2 if it differs from the manifest;
`--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact17, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact17

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-montebarro": ("wpc-valgreghentino", ("Vivere il comune", "Servizi sociali"), "Servizi sociali associati"),
    "asc-altoolona": (
        "di-magnago", ("Servizi", "Salute, benessere e assistenza"), "Azienda consortile dei servizi alla persona",
    ),
    "plone-altolodigiano": ("jp-pievefissiraga", ("Uffici", "Servizi sociali"), "Unione dei Comuni - area sociale"),
}  # fmt: skip

# How each site serves its pages (tests/simweb17/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-gessate": ("megafooter", "moved"),
    "t3-lazzate": ("cards", "www"),
    "t3-barlassina": ("buttons", "download"),
    "isw-motta": ("table", "soft404"),
    "isw-locate": ("megamenu", "moved"),
    "isw-casalmaiocco": ("onclick", "www"),
    "cm-valcuvia": ("base", "soft404"),
    "wpc-valgreghentino": ("banner",),
    "wpc-airuno": ("buttons", "moved"),
    "oc-settala": ("relative", "cards"),
    "oc-albizzate": ("download", "www"),
    "di-rescaldina": ("megafooter", "onclick"),
    "di-sangiorgio": ("table", "relative"),
    "di-magnago": ("megamenu", "www"),
    "diwp-ternate": ("buttons", "moved"),
    "diwp-brebbia": ("cards", "download"),
    "wpi-casaletto": ("table", "base"),
    "wpi-volongo": ("megamenu", "relative"),
    "jsef-ceriano": ("soft404", "www"),
    "jsef-nibionno": ("megafooter", "base"),
    "jp-pievefissiraga": ("onclick", "moved"),
    "hz-mesenzana": ("table", "download"),
    "mag-cassago": ("buttons", "soft404"),
    "old-castelvisconti": ("relative",),
    "plone-altolodigiano": ("megamenu",),
    "decoy-parco-montebarro": ("megamenu",),
    "decoy-cm-valcuvia": ("megafooter", "soft404"),
    "decoy-ic-romanengo": ("cards",),
    "decoy-irrigazione-vailata": ("www",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-gessate", "typo3", "Comune di Gessate", "pessano",
        (
            F("ufficio-di-piano", L, ("Vivere il comune", "Sociale e welfare", "Ufficio di Piano"), "Approfondisci"),
            F("piano-di-zona", PG, ("Albo pretorio",), "Pubblicazione n. 412/2025", page=2, pdf=True, where="listing"),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-lazzate", "typo3", "Comune di Lazzate", "seveso",
        (
            F("verbale", L, ("Argomenti", "Sociale e welfare", "Assemblea distrettuale"), "Seduta del 14/03/2025",
              pdf=True),
            F("bando", SM),
            F("news", SE),
        ),
        traps=("variant",),
    ),
    Site(
        "t3-barlassina", "typo3", "Comune di Barlassina", "veduggio",
        (
            F("accordo", L, ("Documenti e dati", "Documenti tecnici di supporto"), "Allegato tecnico n. 2 - 2021/2023",
              pdf=True),
            F("regolamento", L, ("Aree tematiche", "Sociale", "Regolamenti"), "Allegato A 2025", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti e dati",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-motta", "isweb", "Comune di Motta Visconti", "opera",
        (
            F("piano-di-zona", L, (AT, "Provvedimenti"), "Allegato 1", pdf=True, where="record",
              record="Determinazione n. 233/2025"),
            F("ufficio-di-piano", L, ("Organizzazione", "Uffici"), "Ufficio servizi sociali"),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-locate", "isweb", "Comune di Locate di Triulzi", "pero",
        (
            F("delibera", PG, ("Albo pretorio",), "Deliberazione G.C. n. 77/2024", page=3, where="listing"),
            F("news", SE),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-casalmaiocco", "isweb", "Comune di Casalmaiocco", "massalengo",
        (
            F("avviso", L, SOVVENZIONI, "Allegato - graduatoria", pdf=True, where="record",
              record="Contributo n. 22/2025"),
            F("accordo", L, ("Atti e pubblicazioni", "Convenzioni"), "Convenzione rep. 118 (2021-2023)", pdf=True),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-montebarro", "comunita-montana",
        "Comunità Montana del Monte Barro e dei Laghi Briantei - servizi alla persona", "ballabio",
        (
            F("piano-di-zona", L, ("Aree tematiche", "Sociale e welfare", "Programmazione sociale"), "PdZ 2025-2027",
              pdf=True),
            F("verbale", PG, ("Atti", "Assemblea dei sindaci"), "Verbale n. 2/2025", page=2, pdf=True, where="listing"),
            F("news", SM),
        ),
    ),
    Site(
        "cm-valcuvia", "comunita-montana", "Comunità Montana della Valcuvia", "cocquio",
        (
            F("ufficio-di-piano", L, ("Organizzazione", "Uffici"), "Ufficio di Piano d'ambito"),
            F("accordo", L, ("Albo pretorio", "Archivio", "Anno 2023"), "Atto 4 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Accesso operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-valgreghentino", "wp-categorie", "Comune di Valgreghentino", "brivio",
        (
            F("ufficio-di-piano", L, ("Vivere il comune", "Servizi sociali"), "Continua a leggere"),
            F("news", PG, page=2),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-airuno", "wp-categorie", "Comune di Airuno", "carnate",
        (
            F("bando", L, ("Argomenti", "Casa e abitare"), "Contributi per l'affitto 2025"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-settala", "di-opencity", "Comune di Settala", "caponago",
        (
            F("ufficio-di-piano", L, (), "Welfare di comunità", where="megamenu"),
            F("piano-di-zona", L, (), "Scarica il documento (2025-2027)", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-albizzate", "di-opencity", "Comune di Albizzate", "sumirago",
        (
            F("accordo", PG, ("Documenti e dati", "Documenti di programmazione"), "Documento n. 3 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-rescaldina", "di-drupal", "Comune di Rescaldina", "cerro",
        (
            F("avviso", L, ("Amministrazione", "Uffici", "Ufficio servizi sociali"), "Avviso pubblico n. 118/2025",
              pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-sangiorgio", "di-drupal", "Comune di San Giorgio su Legnano", "busto-garolfo",
        (
            F("ufficio-di-piano", L, (), "Sportello sociale d'ambito", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Riservato ai comuni dell'ambito", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-magnago", "di-drupal", "Comune di Magnago", "busto-garolfo",
        (
            F("delibera", L, ("Albo pretorio", "Atti degli anni precedenti", "Anno 2025"), "Deliberazione C.C. n. 31"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-ternate", "di-wordpress", "Comune di Ternate", "travedona",
        (
            F("accordo", L, ("Documenti e dati", "Documenti di programmazione"), "Allegato 6 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Delibera di Giunta n. 45/2025", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-brebbia", "di-wordpress", "Comune di Brebbia", "venegono",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Organizzazione"), "Allegato - verbale", pdf=True, where="record",
              record="Conferenza dei sindaci 2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-casaletto", "wp-italia", "Comune di Casaletto di Sopra", "romanengo",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Argomenti", "Sociale e welfare", "Programmazione zonale"), "Documento 2025-2027",
              pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-volongo", "wp-italia", "Comune di Volongo", "ostiano",
        (
            F("accordo", L, ("Amministrazione", "Atti amministrativi", "Determinazioni dei responsabili"),
              "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-ceriano", "joomla-sef", "Comune di Ceriano Laghetto", "verano",
        (
            F("ufficio-di-piano", L, ("Aree tematiche", "Sociale e welfare", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 23 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-nibionno", "joomla-sef", "Comune di Nibionno", "costa-masnaga",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-pievefissiraga", "joomla-plain", "Comune di Pieve Fissiraga", "massalengo",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-mesenzana", "halley-zf", "Comune di Mesenzana", "germignaga",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 4 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 11/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-cassago", "maggioli", "Comune di Cassago Brianza", "abbadia",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 64/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-castelvisconti", "old-table", "Comune di Castelvisconti", "casalmorano",
        (
            F("accordo", L, ("Uffici", "Segreteria", "Convenzioni"), "Doc. 7 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-brembio", "pdf-only", "Ufficio di Piano dell'Ambito di Brembio", "brembio",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda consortile and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-altoolona", "asc", "Azienda speciale consortile Alto Olona - servizi alla persona", "cerro",
        (
            F("regolamento", L, ("Trasparenza", "Regolamenti"), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Azienda", "Ufficio di Piano"), "Scopri"),
        ),
    ),
    Site(
        "plone-altolodigiano", "plone", "Unione dei Comuni dell'Alto Lodigiano - servizi sociali associati",
        "massalengo",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-brianza", "isweb", "Ambito Territoriale di Caccia Brianza Lecchese", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-montebarro", "typo3", "Parco Regionale del Monte Barro", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-seregno", "wp-categorie", "Distretto del Commercio di Seregno", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-valcuvia", "comunita-montana", "Comunità Montana della Valcuvia - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-romanengo", "di-wordpress", "Istituto Comprensivo di Romanengo", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-irrigazione-vailata", "joomla-sef", "Consorzio irriguo della Roggia Vailata - comprensorio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen seventeenth simulated web of tests/simweb17 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

"""The sixteenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb16/
writer.py) with other sites and ambiti: half of the fact sites serve plainly, the facts where real sites
keep them; each of the others carries one or two of four habits no earlier web has (`template`,
`clickhere`, `basefolder`, `embed`). Three ambito sites on another host are linked only from a comune's
page (a comune's social services on their own sub-domain, an azienda, a comunità montana).
`python -m tests.simweb16.build [--files DIR]` regenerates it and exits 2 if it differs from the manifest;
`--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact16, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact16

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-lario-ovest": (
        "wpc-montano", ("Servizi al cittadino", "Servizi sociali"), "Servizi sociali in gestione associata",
    ),
    "asc-oltrepo-collinare": (
        "di-ponte-nizza", ("Servizi", "Salute, benessere e assistenza"), "Azienda che gestisce i servizi sociali",
    ),
    "plone-passirano-sociale": ("jp-passirano", ("Uffici", "Servizi sociali"), "Sportello sociale online"),
}  # fmt: skip

# How each site serves its pages (tests/simweb16/writer.py QUIRKS); a site not named serves plainly.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-chiuduno": ("template",),
    "t3-bolgare": ("www",),
    "t3-cividate": ("clickhere", "moved"),
    "isw-terno": ("soft404",),
    "isw-solza": ("basefolder",),
    "cm-lario-ovest": ("embed",),
    "cm-entratico": ("clickhere",),
    "wpc-montano": ("www",),
    "wpc-ome": ("template", "clickhere"),
    "oc-nuvolento": ("embed", "www"),
    "di-prevalle": ("basefolder", "soft404"),
    "di-ponte-nizza": ("moved",),
    "diwp-giussago": ("embed",),
    "diwp-magnacavallo": ("template", "basefolder"),
    "wpi-gazoldo": ("clickhere", "embed"),
    "jsef-cercino": ("download",),
    "jsef-verceia": ("template",),
    "hz-cirimido": ("basefolder",),
    "mag-fenegro": ("clickhere", "soft404"),
    "old-limido": ("download",),
    "plone-passirano-sociale": ("template",),
    "decoy-parco-oglio": ("clickhere",),
    "decoy-cm-altogarda-pc": ("soft404",),
    "decoy-ic-senna": ("template",),
    "decoy-bonifica-chiese": ("www",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-chiuduno", "typo3", "Comune di Chiuduno", "calepio",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali", "Ambito e Ufficio di Piano"), "Approfondisci"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-bolgare", "typo3", "Comune di Bolgare", "carvico",
        (F("news", PG, page=2), F("bando", SE)),
        traps=("variant",),
    ),
    Site(
        "t3-cividate", "typo3", "Comune di Cividate al Piano", "spirano",
        (
            F("accordo", L, ("Documenti", "Tutti i documenti"), "Accordo 2021/2023 (n. 8)", pdf=True),
            F("regolamento", L, ("Servizi", "Servizi sociali", "Modulistica e regolamenti"), "Testo 2025",
              pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-terno", "isweb", "Comune di Terno d'Isola", "bonate",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Piano 2025-2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-solza", "isweb", "Comune di Solza", "ciserano",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione G.C. 27/2024"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-pontirolo", "isweb", "Comune di Pontirolo Nuovo", "torre-boldone",
        (
            F("avviso", L, SOVVENZIONI, "Allegato A", pdf=True, where="record", record="Contributo n. 9/2025"),
            F("accordo", PG, ("Albo pretorio",), "Atto 5 (2021-2023)", page=3, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-lario-ovest", "comunita-montana",
        "Comunità Montana Laghi e Valli del Lario Ovest - servizi sociali associati", "villa-guardia",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione del welfare"), "PdZ 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere dell'Assemblea"), "Verbale n. 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-entratico", "comunita-montana", "Comunità Montana dei Laghi Bergamaschi - sede di Entratico",
        "villongo",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Vai alla pagina"),
            F("accordo", L, ("Atti", "Albo", "Anno 2022"), "Atto 12 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area amministratori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-montano", "wp-categorie", "Comune di Montano Lucino", "villa-guardia",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Continua a leggere"),
         F("news", PG, page=3)),
        traps=("sort",),
    ),
    Site(
        "wpc-ome", "wp-categorie", "Comune di Ome", "rodengo",
        (
            F("bando", L, (), "Buoni sociali 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-nuvolento", "di-opencity", "Comune di Nuvolento", "botticino",
        (
            F("ufficio-di-piano", L, (), "Ambito distrettuale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato PdZ 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-paitone", "di-opencity", "Comune di Paitone", "calcinato",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Accordo n. 3 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-prevalle", "di-drupal", "Comune di Prevalle", "calcinato",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 61 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-marcignago", "di-drupal", "Comune di Marcignago", "bereguardo",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale e Piano di zona", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Accesso operatori", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-ponte-nizza", "di-drupal", "Comune di Ponte Nizza", "godiasco",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 18/2025"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-giussago", "di-wordpress", "Comune di Giussago", "villanterio",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Accordo 6 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 73", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-magnacavallo", "di-wordpress", "Comune di Magnacavallo", "sermide",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Scheda del servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 7/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-gazoldo", "wp-italia", "Comune di Gazoldo degli Ippoliti", "canneto",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Piano 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica l'allegato (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-redondesco", "wp-italia", "Comune di Redondesco", "dosolo",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Leggi il bando", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-cercino", "joomla-sef", "Comune di Cercino", "albosaggia",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 23 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-verceia", "joomla-sef", "Comune di Verceia", "novate-mezzola",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Area riservata", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-passirano", "joomla-plain", "Comune di Passirano", "erbusco",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-cirimido", "halley-zf", "Comune di Cirimido", "bregnano",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 4 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 3/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-fenegro", "maggioli", "Comune di Fenegrò", "mozzate",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 44/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-limido", "old-table", "Comune di Limido Comasco", "mozzate",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-cilavegna", "pdf-only", "Ufficio di Piano dell'Ambito di Cilavegna", "cilavegna",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # an azienda sociale, and a comune's social services on their own sub-domain (Plone): their own hosts
    Site(
        "asc-oltrepo-collinare", "asc", "Azienda speciale consortile Oltrepò Collinare - servizi alla persona",
        "godiasco",
        (
            F("regolamento", L, ("Documenti",), "Regolamento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Scopri"),
        ),
    ),
    Site(
        "plone-passirano-sociale", "plone", "Comune di Passirano - servizisociali, il portale del welfare locale",
        "erbusco",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Accordo 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-bergamo", "isweb", "Ambito Territoriale di Caccia Pianura Bergamasca Est", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-oglio", "typo3", "Parco Regionale Oglio Nord - ente di gestione", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-mantova", "wp-categorie", "Distretto del Commercio Terre dei Gonzaga", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-altogarda-pc", "comunita-montana",
        "Comunità Montana Alto Garda Bresciano - gruppo intercomunale di protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-senna", "di-wordpress", "Istituto Comprensivo di Senna Comasco", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-chiese", "joomla-sef", "Consorzio di bonifica Chiese - comprensorio mantovano", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen sixteenth simulated web of tests/simweb16 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

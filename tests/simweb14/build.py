"""The fourteenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It is
the seventh web's machinery (its site writer, read with this web's tables: tests/simweb14/writer.py) with
other sites and ambiti (provinces of Bergamo, Brescia, Mantova, Pavia, Sondrio and Como), half of the
sites serving plainly, the facts where real sites keep them, and four habits of the real web no earlier
web has (`accordion`, `scarica`, `pagefrag`, `spa`). `python -m tests.simweb14.build [--files DIR]`
regenerates it and exits 2 if it differs from the manifest; `--write-manifest` was run once, when the web
was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact14, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact14

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-valseriana": (
        "wpc-fiorano", ("Servizi al cittadino", "Servizi sociali"), "Servizi alla persona della Comunità Montana",
    ),
    "asc-bassabresciana": (
        "di-gambara", ("Servizi", "Salute, benessere e assistenza"), "Azienda territoriale per i servizi alla persona",
    ),
    "plone-oltrepo": ("jp-verretto", ("Uffici", "Servizi sociali"), "Servizi sociali dell'Unione"),
}  # fmt: skip

# How each site serves its pages (tests/simweb14/writer.py QUIRKS); a site not named serves plainly.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-castegnato": ("accordion",),
    "t3-caino": ("scarica", "www"),
    "isw-dorno": ("pagefrag",),
    "isw-piateda": ("spa", "soft404"),
    "cm-valseriana": ("accordion",),
    "wpc-fiorano": ("megamenu",),
    "wpc-cologno-serio": ("scarica", "buttons"),
    "oc-curno": ("spa", "pagefrag"),
    "di-gambara": ("www", "megamenu"),
    "di-coccaglio": ("accordion", "moved"),
    "diwp-calvagese": ("pagefrag",),
    "wpi-villimpenta": ("download",),
    "wpi-gazzuolo": ("scarica", "relative"),
    "jsef-bulgarograsso": ("spa", "accordion"),
    "jp-verretto": ("moved", "megafooter"),
    "t3-verolavecchia": ("onclick",),
    "hz-mantello": ("pagefrag", "base"),
    "mag-albese": ("table",),
    "old-filago": ("spa",),
    "asc-bassabresciana": ("scarica",),
    "plone-oltrepo": ("pagefrag",),
    "decoy-parco-oglio": ("spa",),
    "decoy-ic-gazzaniga": ("accordion",),
    "decoy-bonifica-garda": ("www",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-castegnato", "typo3", "Comune di Castegnato", "ospitaletto",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali", "Ufficio di Piano"), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Servizi", "Servizi sociali", "Piano di zona"), "Piano di zona 2025-2027",
              pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-caino", "typo3", "Comune di Caino", "nave",
        (
            F("accordo", L, ("Documenti", "Atti e pubblicazioni"), "Accordo di programma 2025-2027", pdf=True),
            F("news", PG, page=2),
        ),
        traps=("variant",),
    ),
    Site(
        "t3-verolavecchia", "typo3", "Comune di Verolavecchia", "gottolengo",
        (
            F("news", L, ("Notizie",), "Approvato il nuovo Piano di Zona"),
            F("bando", SE),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-dorno", "isweb", "Comune di Dorno", "zinasco",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Piano di Zona 2025-2027", pdf=True),
            F("ufficio-di-piano", L, (AT, "Organizzazione", "Articolazione degli uffici"), "Ufficio di Piano"),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-piateda", "isweb", "Comune di Piateda", "tresivio",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Approvazione accordo di programma"),
            F("news", PG, page=2),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-monticelli", "isweb", "Comune di Monticelli Pavese", "chignolo",
        (
            F("avviso", L, SOVVENZIONI, "Avviso contributi", pdf=True, where="record", record="Contributo n. 8/2025"),
            F("accordo", PG, ("Albo pretorio",), "Accordo di programma (2025-2027)", page=2, pdf=True,
              where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-valseriana", "comunita-montana", "Comunità Montana Valle Seriana - servizi sociali d'ambito", "gazzaniga",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Piano di zona"), "Piano di Zona 2025/2027", pdf=True),
            F("ufficio-di-piano", L, ("Servizi alla persona", "Ufficio di Piano"), "Chi siamo"),
            F("news", SM),
        ),
    ),
    Site(
        "cm-costiera-cech", "comunita-montana", "Comunità Montana della Costiera dei Cech", "traona",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Ufficio di Piano"),
            F("accordo", L, ("Atti", "Albo", "Anno 2025"), "Accordo di programma 2025-2027", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-fiorano", "wp-categorie", "Comune di Fiorano al Serio", "gazzaniga",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Ufficio di Piano"),
         F("news", PG, page=2)),
        traps=("sort",),
    ),
    Site(
        "wpc-cologno-serio", "wp-categorie", "Comune di Cologno al Serio", "urgnano",
        (
            F("regolamento", L, ("Servizi al cittadino", "Servizi sociali"), "Regolamento d'ambito", pdf=True),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-curno", "di-opencity", "Comune di Curno", "mozzo",
        (
            F("ufficio-di-piano", L, ("Documenti e dati", "Documenti tecnici di supporto"), "Ufficio di Piano"),
            F("piano-di-zona", L, (), "Piano di Zona 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-villadadda", "di-opencity", "Comune di Villa d'Adda", "cisano",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Accordo di programma (2025-2027)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-coccaglio", "di-drupal", "Comune di Coccaglio", "castrezzato",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Avviso dell'Ambito 2025", pdf=True),
            F("news", PG, page=2),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-madone", "di-drupal", "Comune di Madone", "brembate",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Ufficio di Piano"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-gambara", "di-drupal", "Comune di Gambara", "gottolengo",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione sul Piano di Zona"),
            F("news", L, ("Novità",), "Piano di Zona: la firma"),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-calvagese", "di-wordpress", "Comune di Calvagese della Riviera", "bedizzole",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Accordo di programma 2025-2027", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 41", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-castelbelforte", "di-wordpress", "Comune di Castelbelforte", "castel-dario",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Ufficio di Piano"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Verbale dell'Assemblea dei Sindaci", pdf=True,
              where="record", record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-gazzuolo", "wp-italia", "Comune di Gazzuolo", "castellucchio",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Piano di Zona 2025-2027", pdf=True),
            F("accordo", L, (), "Accordo di programma", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-villimpenta", "wp-italia", "Comune di Villimpenta", "roncoferraro",
        (
            F("accordo", L, ("Atti", "Determine"), "Accordo di programma (2025-2027)", pdf=True),
            F("bando", L, ("Il Comune",), "Bando dell'Ambito", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-bulgarograsso", "joomla-sef", "Comune di Bulgarograsso", "guanzate",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Atti e documenti", "Piano di zona"), "Piano di Zona 2025-2027", pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-tremezzina", "joomla-sef", "Comune di Tremezzina", "lenno",
        (
            F("news", L, ("Uffici e servizi", "Servizi sociali"), "Nuovo Piano di Zona"),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-verretto", "joomla-plain", "Comune di Verretto", "lungavilla",
        (F("verbale", L, AT_POLITICI, "Verbale dell'Assemblea dei Sindaci", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-mantello", "halley-zf", "Comune di Mantello", "traona",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Servizi alla persona", "Piano di zona"), "Piano di Zona 2025-2027", pdf=True),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-albese", "maggioli", "Comune di Albese con Cassano", "tavernerio",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2025"), "Delibera: accordo di programma"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-filago", "old-table", "Comune di Filago", "brembate",
        (
            F("accordo", L, ("Documenti", "Piani"), "Accordo di programma 2025-2027", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-ardenno", "pdf-only", "Ufficio di Piano dell'Ambito di Ardenno", "ardenno",
        (
            F("piano-di-zona", L, (), "Piano di Zona 2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Regolamento d'ambito", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-bassabresciana", "asc", "Azienda territoriale per i servizi alla persona della Bassa Bresciana",
        "gottolengo",
        (
            F("regolamento", L, ("Documenti",), "Regolamento d'ambito", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso pubblico dell'Ambito", page=2, pdf=True,
              where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Ufficio di Piano"),
        ),
    ),
    Site(
        "plone-oltrepo", "plone", "Unione dei Comuni della Pianura Oltrepadana - servizi sociali", "lungavilla",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Accordo di programma 2025-2027", pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-sebino", "isweb", "Ambito Territoriale di Caccia Sebino", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-oglio", "typo3", "Parco Regionale Oglio Sud", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-chiavenna", "wp-categorie", "Distretto del Commercio della Valchiavenna", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-alto-lario", "comunita-montana", "Comunità Montana Valli del Lario e del Ceresio - protezione civile",
        None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-gazzaniga", "di-wordpress", "Istituto Comprensivo di Vertova", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-garda", "joomla-sef", "Consorzio di bonifica Garda Chiese - comprensorio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen fourteenth simulated web of tests/simweb14 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

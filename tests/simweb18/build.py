"""The eighteenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It is
the seventh web's machinery (its site writer, read with this web's tables: tests/simweb18/writer.py) with
other sites and ambiti. Half the sites keep their facts where today's comuni keep them (Servizi sociali,
Ufficio di Piano, Piano di zona with its PDF, a news item, Amministrazione trasparente); the other half each
carry one structure of the real web (deep Amministrazione trasparente records, an albo with pages, Documenti
e dati with filters, news archives by year, downloads by script, mega-menus, Uffici under Organizzazione, a
catalogue of cards, an ambito site linked only by a banner image); a third keep their facts 3-4 clicks
behind generic words (Vivere il comune, Aree tematiche, Argomenti, Sociale e welfare).
`python -m tests.simweb18.build [--files DIR]` regenerates it and exits 2 if it differs from the manifest;
`--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact18, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
VIVERE = ("Vivere il comune", "Sociale e welfare")
F = Fact18

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "asc-altopavese": ("jp-copiano", ("Il Comune", "Servizi sociali"), "Azienda consortile Alto Pavese"),
    "plone-brianzaest": ("t3-roncello", VIVERE, "Unione dei Comuni della Brianza Orientale"),  # a banner image
}

# How each site serves its pages (tests/simweb18/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "di-assago": ("megamenu",),
    "oc-zibido": ("cards",),
    "wpi-mapello": ("download",),
    "diwp-scanzo": ("cards", "moved"),
    "jsef-caslino": ("megafooter",),
    "hz-besnate": ("table", "download"),
    "mag-vailate": ("soft404",),
    "old-casei": ("relative",),
    "isw-livraga": ("www",),
    "isw-corte-palasio": ("onclick",),
    "oc-cavriana": ("buttons", "www"),
    "di-volta": ("megamenu",),
    "wpc-agnadello": ("cards", "relative"),
    "t3-calco": ("download", "megafooter"),
    "t3-roncello": ("banner",),
    "jsef-lierna": ("megamenu", "base"),
    "jp-copiano": ("moved",),
    "cm-montagna": ("soft404", "base"),
    "cm-valcavallina": ("table",),
    "wpi-sesto": ("megamenu", "relative"),
    "diwp-mazzano": ("cards", "download"),
    "di-bovezzo": ("megafooter", "onclick"),
    "wpc-sale-marasino": ("buttons",),
    "oc-figino": ("cards", "soft404"),
    "hz-cuveglio": ("moved", "table"),
    "asc-altopavese": ("megafooter",),
    "decoy-parco-grigna": ("megamenu",),
    "decoy-dc-cantu": ("cards",),
    "decoy-pl-bassa": ("www",),
}

SITES: tuple[Site, ...] = (
    # ordinary comuni: the facts where today's sites keep them
    Site(
        "di-assago", "di-drupal", "Comune di Assago", "rosate",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Documenti e dati", "Piani e programmi"), "Piano di Zona 2025-2027", pdf=True),
            F("news", PG, page=2),
        ),
    ),
    Site(
        "oc-zibido", "di-opencity", "Comune di Zibido San Giacomo", "lacchiarella",
        (
            F("ufficio-di-piano", L, (*VIVERE, "Ufficio di Piano"), "Scopri di più"),
            F("piano-di-zona", SM, pdf=True),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    Site(
        "wpi-mapello", "wp-italia", "Comune di Mapello", "mapello",
        (
            F("news", PG, page=3),
            F("accordo", L, ("Documenti", "Accordi"), "Documento 2 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Aree tematiche", "Sociale"), "Leggi"),
        ),
        traps=("calendar",),
    ),
    Site(
        "diwp-scanzo", "di-wordpress", "Comune di Scanzorosciate", "scanzo",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("avviso", PG, ("Albo online",), "Pubblicazione n. 118", page=2, pdf=True, where="listing"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("search-links",),
    ),
    Site(
        "jsef-caslino", "joomla-sef", "Comune di Caslino d'Erba", "asso",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 7 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "hz-besnate", "halley-zf", "Comune di Besnate", "besnate",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 12/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    Site(
        "mag-vailate", "maggioli", "Comune di Vailate", "vailate",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 77/2024"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    Site(
        "old-casei", "old-table", "Comune di Casei Gerola", "casei",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 6 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    Site(
        "pdf-dubino", "pdf-only", "Ufficio di Piano dell'Ambito di Dubino", "dubino",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato A 2025", pdf=True),
        ),
        sitemap=False,
    ),
    Site(
        "jp-copiano", "joomla-plain", "Comune di Copiano", "albuzzano",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    Site(
        "cm-montagna", "comunita-montana", "Comunità Montana della Valtellina di Montagna - servizi alla persona",
        "montagna",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025/2027", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
            F("news", SM),
        ),
        traps=("calendar",),
    ),
    # one structure of the real web each
    Site(  # a deep Amministrazione trasparente: Sezione > Sottosezione > record > allegato
        "isw-livraga", "isweb", "Comune di Livraga", "livraga",
        (
            F("accordo", L, (AT, "Altri contenuti"), "Allegato 1", pdf=True, where="record",
              record="Dato ulteriore n. 9/2025"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(  # an albo pretorio with pages
        "isw-corte-palasio", "isweb", "Comune di Corte Palasio", "corte-palasio",
        (
            F("avviso", PG, ("Albo pretorio",), "Pubblicazione 214/2025", page=3, pdf=True, where="listing"),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(  # Documenti e dati with filters
        "oc-cavriana", "di-opencity", "Comune di Cavriana", "cavriana",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 3 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", PG, page=2),
        ),
        traps=("tags",),
    ),
    Site(  # news archives by year, a mega-menu
        "di-volta", "di-drupal", "Comune di Volta Mantovana", "volta",
        (
            F("news", PG, page=3),
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 40/2025"),
        ),
        traps=("archive",),
    ),
    Site(  # a catalogue of cards
        "wpc-agnadello", "wp-categorie", "Comune di Agnadello", "vailate",
        (
            F("bando", L, (), "Contributi affitto 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
        traps=("sort",),
    ),
    Site(  # PDFs behind a download script, 3-4 clicks behind generic words
        "t3-calco", "typo3", "Comune di Calco", "calco",
        (
            F("accordo", L, ("Documenti", "Vedi tutti"), "Documento n. 8 - 2021/2023", pdf=True),
            F("regolamento", L, ("Vivere il comune", "Aree tematiche", "Sociale e welfare"), "Allegato 2025",
              pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(  # the ambito's site on another host, linked only from a banner image
        "t3-roncello", "typo3", "Comune di Roncello", "busnago",
        (F("ufficio-di-piano", L, VIVERE, "Scheda"), F("news", SE)),
    ),
    Site(  # Uffici under Organizzazione, a mega-menu
        "jsef-lierna", "joomla-sef", "Comune di Lierna", "lierna",
        (
            F("ufficio-di-piano", L, ("Organizzazione", "Uffici", "Ufficio servizi sociali"), "Ufficio di Piano"),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    Site(  # an albo by year on a comunità montana's site, its Ufficio di Piano behind "Aree tematiche"
        "cm-valcavallina", "comunita-montana", "Comunità Montana Val Cavallina - servizi sociali", "gorlago",
        (
            F("ufficio-di-piano", L, ("Aree tematiche", "Sociale e welfare"), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2022"), "Atto 4 - 2021/2023", pdf=True),
        ),
    ),
    Site(  # "Argomenti", an attachment of a news item
        "wpi-sesto", "wp-italia", "Comune di Sesto ed Uniti", "sesto-cremonese",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Argomenti", "Politiche sociali"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        traps=("archive",),
    ),
    Site(  # a Servizi catalogue of cards, a record of Amministrazione trasparente
        "diwp-mazzano", "di-wordpress", "Comune di Mazzano", "mazzano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Catalogo dei servizi", "Sociale e welfare"), "Vai al servizio"),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
        decoys=(("diritto-studio", ("Servizi",)),),
        traps=("variant",),
    ),
    Site(  # Uffici reached from Organizzazione
        "di-bovezzo", "di-drupal", "Comune di Bovezzo", "bovezzo",
        (
            F("ufficio-di-piano", L, ("Amministrazione", "Organizzazione", "Uffici"), "Ufficio di Piano"),
            F("regolamento", SM, pdf=True),
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 61 - 2025", pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("calendar",),
    ),
    Site(  # an albo archive by year behind "Atti e pubblicazioni"
        "wpc-sale-marasino", "wp-categorie", "Comune di Sale Marasino", "sale-marasino",
        (
            F("delibera", L, ("Atti e pubblicazioni", "Albo", "Archivio 2024"), "Atto n. 15/2024"),
            F("news", PG, page=3),
        ),
        traps=("tags",),
    ),
    Site(  # the header's menu, an attachment of a news item, cards
        "oc-figino", "di-opencity", "Comune di Figino Serenza", "figino",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
            F("news", SE),
        ),
        traps=("variant",),
    ),
    Site(  # 4 clicks behind "Aree tematiche", moved pages
        "hz-cuveglio", "halley-zf", "Comune di Cuveglio", "cuveglio",
        (
            F("ufficio-di-piano", L, ("Aree tematiche", "Sociale e welfare", "Ufficio di Piano"), "Leggi tutto"),
            F("piano-di-zona", L, ("Albo pretorio", "Archivio", "Anno 2025"), "Atto 31 - 2025/2027", pdf=True),
        ),
        sitemap=False,
    ),
    Site(  # a comune's social desk: the sidebar
        "wpc-robecco", "wp-categorie", "Comune di Robecco sul Naviglio", "robecco",
        (
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"),
        ),
    ),
    # ambito sites on their own hosts, linked only from a comune's page
    Site(
        "asc-altopavese", "asc", "Azienda consortile Alto Pavese - servizi sociali d'ambito", "albuzzano",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-brianzaest", "plone", "Unione dei Comuni della Brianza Orientale - servizi sociali", "busnago",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: other ambiti and distretti, other plans; nothing here is about an ambito sociale
    Site(
        "decoy-atc-lomellina", "isweb", "Ambito Territoriale di Caccia Lomellina", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-grigna", "typo3", "Parco Regionale della Grigna Settentrionale", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-dc-cantu", "wp-categorie", "Distretto del Commercio di Cantù", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-valchiavenna", "comunita-montana", "Comunità Montana della Valchiavenna - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-presolana", "di-wordpress", "Istituto Comprensivo di Castione della Presolana", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-pl-bassa", "joomla-sef", "Distretto di Polizia Locale della Bassa Bergamasca", None,
        decoys=(("polizia", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen eighteenth simulated web of tests/simweb18 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

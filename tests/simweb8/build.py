"""The eighth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb8/
writer.py) with other sites and ambiti, and sites as the real web serves them: Designers Italia topic
pages, an OpenCity service catalogue and its "Unità organizzative", "Carica altri" lists with plain-HTML
fallbacks, viewer pages and document records before a PDF, tag pages, an RSS feed, robots.txt that
forbids the search or a section (with a crawl delay), sitemaps of hundreds of old dates, and an albo
and a transparency portal on a provider's host (an `<iframe>`, a footer link).
`python -m tests.simweb8.build [--files DIR]` regenerates it and exits 2 if it differs from the manifest;
`--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact8, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
SALUTE = ("Servizi", "Salute, benessere e assistenza")
F = Fact8

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "hz-albo-caprino": ("wpc-caprino", ("Albo online",), "Albo pretorio online"),
    "isw-trasparenza-cermenate": ("jsef-cermenate", (), "Amministrazione trasparente"),
    "asc-navigliogrande": ("oc-trezzano", SALUTE, "Azienda sociale del territorio"),
}
LINK_STYLES = {"hz-albo-caprino": "iframe", "isw-trasparenza-cermenate": "footer"}  # the rest: a plain link

# How each site serves its pages (tests/simweb8/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-melegnano": ("loadmore", "megafooter"),
    "t3-meda": ("relnext", "www"),
    "isw-gavirate": ("docpage", "soft404"),
    "isw-angera": ("feed", "onclick"),
    "cm-lariointelvi": ("lastmod", "base"),
    "wpc-oggiono": ("viewer", "megamenu"),
    "wpc-mandello": ("feed", "buttons"),
    "wpc-caprino": ("moved",),
    "oc-settimo": ("relnext", "relative"),
    "oc-trezzano": ("loadmore", "robots-section", "download"),
    "di-bareggio": ("robots-search", "megamenu"),
    "di-nova": ("docpage", "table"),
    "di-besana": ("robots-section", "soft404"),
    "diwp-lonato": ("relnext", "megafooter"),
    "diwp-gavardo": ("viewer", "www"),
    "wpi-casalbuttano": ("docpage", "loadmore"),
    "wpi-soncino": ("megamenu", "relative"),
    "jsef-cermenate": ("robots-search", "soft404"),
    "jsef-lurate": ("lastmod", "www"),
    "jp-siziano": ("loadmore", "moved"),
    "hz-villa-tirano": ("table", "download"),
    "mag-verdellino": ("buttons", "robots-search"),
    "old-sannazzaro": ("viewer", "relative"),
    "pdf-talamona": ("docpage",),
    "asc-navigliogrande": ("relnext", "moved"),
    "plone-calcinate": ("megafooter",),
    "hz-albo-caprino": ("soft404",),
    "isw-trasparenza-cermenate": ("onclick",),
    "decoy-pdz-scandiano": ("megamenu",),
    "decoy-atc-varese": ("table",),
    "decoy-commercio-lonato": ("loadmore",),
    "decoy-cm-altogarda": ("robots-search",),
    "decoy-parco-spinaverde": ("megafooter",),
    "decoy-bonifica-dugali": ("feed",),
}
# The section robots.txt forbids on a `robots-section` site: no fact lies under it.
ROBOTS_SECTIONS = {"oc-trezzano": ("Vivere il comune",), "di-besana": ("Albo pretorio",)}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-melegnano", "typo3", "Comune di Melegnano", "melegnano",
        (
            F("news", PG, page=3),
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Scheda"),
            F("verbale", SM, pdf=True),
        ),
        traps=("sort",),
    ),
    Site(
        "t3-meda", "typo3", "Comune di Meda", "meda",
        (
            F("accordo", PG, ("Documenti", "Vedi tutti"), "Documento n. 2 - 2021/2023", page=2, pdf=True,
              where="listing"),
            F("regolamento", L, (), "Allegato 2025", page=1, pdf=True, where="tag", record="piano di zona"),
        ),
        traps=("calendar",),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-gavirate", "isweb", "Comune di Gavirate", "gavirate",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti"), "Allegato 2025-2027", pdf=True),
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 22/2025"),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-angera", "isweb", "Comune di Angera", "angera",
        (
            F("news", SM, where="feed"),
            F("ufficio-di-piano", SE),
            F("avviso", L, SOVVENZIONI, "Allegato n. 3", pdf=True, where="record", record="Contributo n. 6/2025"),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    # Joomla 3 site of a comunità montana
    Site(
        "cm-lariointelvi", "comunita-montana", "Comunità Montana Lario Intelvese - servizi sociali", "porlezza",
        (
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Verbale 4/2025", pdf=True),
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Approfondisci"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-oggiono", "wp-categorie", "Comune di Oggiono", "oggiono",
        (
            F("accordo", L, ("Servizi al cittadino", "Servizi sociali"), "Documento 3 (2021-2023)", pdf=True),
            F("news", PG, page=2),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-mandello", "wp-categorie", "Comune di Mandello del Lario", "mandello",
        (
            F("news", SM, where="feed"),
            F("bando", L, (), "Contributi 2025", where="footer"),
            F("ufficio-di-piano", L, ("Il Comune", "Uffici comunali"), "Scheda ufficio"),
        ),
        sitemap=False,
    ),
    Site(
        "wpc-caprino", "wp-categorie", "Comune di Caprino Bergamasco", "caprino",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"), F("news", PG, page=3)),
        decoys=(("pgt-variante", ("Il Comune",)),),
    ),
    # Designers Italia comuni model on OpenCity Italia: the service catalogue and its Unità organizzative
    Site(
        "oc-settimo", "di-opencity", "Comune di Settimo Milanese", "settimo",
        (
            F("ufficio-di-piano", L, SALUTE, "Unità organizzativa responsabile", where="unit",
              record="Servizio sociale professionale"),
            F("piano-di-zona", L, SALUTE, "Allegato 1 (2025-2027)", pdf=True, where="service",
              record="Contributi per famiglie fragili"),
            F("news", PG, page=2),
        ),
        traps=("facets",),
    ),
    Site(
        "oc-trezzano", "di-opencity", "Comune di Trezzano sul Naviglio", "trezzano",
        (
            F("ufficio-di-piano", L, SALUTE, "Ufficio responsabile", where="unit", record="Assistenza domiciliare"),
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 4 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("bando", L, (), "Vai al contenuto", where="topic", record="Disabilità"),
        ),
        traps=("tags",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-bareggio", "di-drupal", "Comune di Bareggio", "bareggio",
        (
            F("ufficio-di-piano", L, (), "Scopri di più", where="topic", record="Politiche sociali"),
            F("news", PG, page=2),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-nova", "di-drupal", "Comune di Nova Milanese", "nova",
        (
            F("piano-di-zona", L, (), "Documento 2025-2027", pdf=True, where="topic", record="Famiglia"),
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 27/2025"),
        ),
        decoys=(("pdz-fuori-regione", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-besana", "di-drupal", "Comune di Besana in Brianza", "besana",
        (
            F("accordo", SM, pdf=True),
            F("avviso", L, (), "Allegato", page=1, pdf=True, where="tag", record="Piano di zona"),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("variant",),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-lonato", "di-wordpress", "Comune di Lonato del Garda", "lonato",
        (
            F("ufficio-di-piano", L, SALUTE, "Ufficio di riferimento", where="unit",
              record="Servizi per la disabilità"),
            F("news", SE),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 73", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-gavardo", "di-wordpress", "Comune di Gavardo", "gavardo",
        (
            F("piano-di-zona", L, SALUTE, "Allegato (2025-2027)", pdf=True, where="service",
              record="Sostegno alle famiglie"),
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 5 - 2021/2023", pdf=True),
        ),
        decoys=(("emergenza", ("Documenti e dati",)),),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-casalbuttano", "wp-italia", "Comune di Casalbuttano ed Uniti", "casalbuttano",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", SM, pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "wpi-soncino", "wp-italia", "Comune di Soncino", "soncino",
        (
            F("regolamento", L, (), "Allegato", page=1, pdf=True, where="tag", record="welfare"),
            F("bando", SE),
            F("ufficio-di-piano", L, ("Uffici", "Ufficio servizi sociali"), "Vai alla pagina"),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-cermenate", "joomla-sef", "Comune di Cermenate", "cermenate",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 8 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-lurate", "joomla-sef", "Comune di Lurate Caccivio", "lurate",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-siziano", "joomla-plain", "Comune di Siziano", "siziano",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=3)),
    ),
    # Halley portals: a comune's, and a provider's albo of another comune (reached only through an iframe)
    Site(
        "hz-villa-tirano", "halley-zf", "Comune di Villa di Tirano", "villa-tirano",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 4 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 3/2025"),
        ),
        traps=("tags",),
        sitemap=False,
    ),
    Site(
        "hz-albo-caprino", "halley-zf", "Albo pretorio online del Comune di Caprino Bergamasco", "caprino",
        (
            F("delibera", L, ("Albo pretorio", "Archivio atti", "Anno 2025"), "Deliberazione n. 14/2025"),
            F("accordo", L, ("Albo pretorio", "Atti in pubblicazione"), "Allegato 2 - 2021/2023", pdf=True),
        ),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-verdellino", "maggioli", "Comune di Verdellino", "verdellino",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 61/2024"),
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Dettagli"),
        ),
        decoys=(("pgt-variante", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-sannazzaro", "old-table", "Comune di Sannazzaro de' Burgondi", "sannazzaro",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 6 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-talamona", "pdf-only", "Ufficio di Piano dell'Ambito di Talamona", "talamona",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # an ISWEB transparency portal of a comune on its provider's host, linked from the comune's footer
    Site(
        "isw-trasparenza-cermenate", "isweb", "Amministrazione trasparente - Comune di Cermenate (portale esterno)",
        "cermenate",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025-2027", pdf=True),
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 9/2025"),
        ),
        sitemap=False,
    ),
    # an azienda sociale (its own host, linked from a comune's category page) and an unione of comuni (Plone)
    Site(
        "asc-navigliogrande", "asc", "Azienda sociale consortile Naviglio Grande - servizi alla persona", "trezzano",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 7/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-calcinate", "plone", "Unione dei Comuni della Pianura Orientale - servizi sociali associati",
        "calcinate",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=2),
            F("verbale", RB, ("Servizi",), "Area operatori", pdf=True),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale of Lombardy
    Site(
        "decoy-pdz-scandiano", "di-drupal", "Distretto socio-sanitario di Scandiano - Piano di zona", None,
        decoys=(("pdz-fuori-regione", ()),), traps=("facets",),
    ),
    Site(
        "decoy-atc-varese", "isweb", "Ambito Territoriale di Caccia Varese Sud", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-commercio-lonato", "typo3", "Distretto del Commercio del Basso Garda", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-altogarda", "comunita-montana", "Comunità Montana Alto Garda Bresciano - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-parco-spinaverde", "wp-italia", "Parco Regionale Spina Verde", None,
        decoys=(("parco", ()), ("pgt-variante", ("Documenti",))), traps=("calendar",),
    ),
    Site(
        "decoy-bonifica-dugali", "joomla-sef", "Consorzio di bonifica Dugali Naviglio Adda Serio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))), sitemap=False,
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()), LINK_STYLES, ROBOTS_SECTIONS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen eighth simulated web of tests/simweb8 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

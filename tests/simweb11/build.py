"""The eleventh simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed: a yardstick of sites no crawler change was tuned on. It
is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb11/writer.py)
with other sites and ambiti in the provinces of Bergamo, Brescia and Varese, and this web's habits of
real sites: menus only in script data, rows that navigate by `data-href`/`onclick`, meta-refresh and
script hops in front of fact pages, canonical links to another address, language variants, Title-Case
paths, a cookie-consent interstitial, a 429 and 503s (tests/simweb11/server.py), and the thematic
sub-sites of comuni (`servizisociali.`, `trasparenza.`) linked only from the comune's own site.
`python -m tests.simweb11.build [--files DIR]` regenerates it and exits 2 if it differs from the
manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact11, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact11

# Sites no seed names (a comune's thematic sub-sites and an unione's), and the one link to each:
# site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "ss-alzano": ("di-alzano", ("Servizi", "Salute, benessere e assistenza"), "Vai al sito dei servizi sociali"),
    "trasp-rovato": ("diwp-rovato", ("Amministrazione",), "Portale trasparenza"),
    "plone-ceresio": ("jp-porto-ceresio", ("Uffici", "Servizi sociali"), "Servizi alla persona in forma associata"),
}  # fmt: skip

# How each site serves its pages (tests/simweb11/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-villadiserio": ("menuscript", "consent", "flaky"),
    "t3-pradalunga": ("rows", "lang", "ratelimit"),
    "t3-ranica": ("hops", "menujson", "titlecase"),
    "isw-azzano": ("table", "rows", "consent"),
    "isw-ponteranica": ("megamenu", "lang", "flaky"),
    "isw-calusco": ("hops", "ratelimit", "soft404"),
    "cm-valseriana": ("menujson", "rows", "flaky"),
    "cm-sebino": ("accents", "lang", "consent"),
    "wpc-martinengo": ("hops", "megafooter", "ratelimit"),
    "wpc-ghisalba": ("menuscript", "moved", "lang"),
    "oc-castenedolo": ("rows", "relative", "consent"),
    "oc-marone": ("hops", "menuscript", "flaky"),
    "di-alzano": ("download", "lang", "ratelimit"),
    "di-esine": ("titlecase", "rows", "flaky", "menuscript"),
    "di-fagnano": ("accents", "menujson", "consent"),
    "diwp-rovato": ("hops", "buttons", "ratelimit"),
    "diwp-toscolano": ("megamenu", "titlecase", "flaky"),
    "wpi-carpenedolo": ("table", "base", "lang", "menujson"),
    "wpi-pontevico": ("rows", "menuscript", "ratelimit", "accents"),
    "jsef-capriolo": ("hops", "www", "consent"),
    "jsef-gorla": ("onclick", "lang", "accents"),
    "jp-porto-ceresio": ("rows", "download", "flaky"),
    "hz-ispra": ("titlecase", "soft404", "www"),
    "mag-vergiate": ("hops", "rows", "ratelimit"),
    "old-samarate": ("lang", "relative", "consent"),
    "pdf-gandino": ("hops", "flaky"),
    "ss-alzano": ("rows", "lang", "ratelimit"),
    "trasp-rovato": ("table", "hops", "consent"),
    "plone-ceresio": ("menujson", "moved", "flaky"),
    "decoy-commercio-rovato": ("rows", "lang"),
    "decoy-cm-valcavallina": ("menuscript", "consent"),
    "decoy-atc-bergamo": ("titlecase", "ratelimit", "www"),
    "decoy-ic-ambito21": ("megafooter", "lang"),
    "decoy-parco-campo-dei-fiori": ("menujson", "ratelimit"),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-villadiserio", "typo3", "Comune di Villa di Serio", "nembro",
        (
            F("ufficio-di-piano", L, ("Servizi", "Famiglia e persona", "Ufficio di Piano"), "Approfondisci"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-pradalunga", "typo3", "Comune di Pradalunga", "alzano",
        (F("news", PG, page=2), F("bando", SE)),
        traps=("variant",),
    ),
    Site(
        "t3-ranica", "typo3", "Comune di Ranica", "nembro",
        (
            F("accordo", L, ("Documenti", "Archivio documenti"), "Doc. 12 - 2021/2023", pdf=True),
            F("regolamento", L, ("Servizi", "Famiglia e sociale", "Modulistica"), "Allegato A 2025", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-azzano", "isweb", "Comune di Azzano San Paolo", "stezzano",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025/2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-path",),
        sitemap=False,
    ),
    Site(
        "isw-ponteranica", "isweb", "Comune di Ponteranica", "sorisole",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Atto n. 77/2024"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-calusco", "isweb", "Comune di Calusco d'Adda", "calusco",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 8/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 5 (2021-2023)", page=3, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-valseriana", "comunita-montana", "Comunità Montana Valle Seriana - Servizi sociali associati", "gandino",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Piano sociale di zona"), "PdZ 2025-2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Seduta 2/2025", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area enti"),
        ),
        traps=("calendar",),
    ),
    Site(
        "cm-sebino", "comunita-montana", "Comunità Montana del Sebino Bresciano", "pisogne",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 14 - 2021/2023", pdf=True),
        ),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-martinengo", "wp-categorie", "Comune di Martinengo", "martinengo",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Sociale"), "Leggi tutto"), F("news", PG, page=3)),
        traps=("sort",),
    ),
    Site(
        "wpc-ghisalba", "wp-categorie", "Comune di Ghisalba", "ghisalba",
        (
            F("bando", L, (), "Fondo affitti 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-castenedolo", "di-opencity", "Comune di Castenedolo", "castenedolo",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025-2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-marone", "di-opencity", "Comune di Marone", "pisogne",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 9 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-alzano", "di-drupal", "Comune di Alzano Lombardo", "alzano",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 61 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-esine", "di-drupal", "Comune di Esine", "darfo",
        (
            F("ufficio-di-piano", L, (), "Ambito e piano di zona", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-fagnano", "di-drupal", "Comune di Fagnano Olona", "fagnano",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 23/2025"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-rovato", "di-wordpress", "Comune di Rovato", "rovato",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 6 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 104", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-toscolano", "di-wordpress", "Comune di Toscolano-Maderno", "toscolano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai alla scheda"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 9/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-carpenedolo", "wp-italia", "Comune di Carpenedolo", "carpenedolo",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025/2027", pdf=True),
            F("accordo", L, (), "Scarica il testo (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-pontevico", "wp-italia", "Comune di Pontevico", "pontevico",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Per saperne di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-capriolo", "joomla-sef", "Comune di Capriolo", "capriolo",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 27 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-gorla", "joomla-sef", "Comune di Gorla Maggiore", "olgiate-olona",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti interni", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-porto-ceresio", "joomla-plain", "Comune di Porto Ceresio", "marchirolo",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-ispra", "halley-zf", "Comune di Ispra", "ispra",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 11/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-vergiate", "maggioli", "Comune di Vergiate", "vergiate",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 38/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-samarate", "old-table", "Comune di Samarate", "samarate",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 8 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-gandino", "pdf-only", "Ufficio di Piano della Val Gandino", "gandino",
        (
            F("piano-di-zona", L, (), "Triennio 2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # thematic sub-sites of a comune (servizisociali., trasparenza.) and an unione's site: their own hosts
    Site(
        "ss-alzano", "asc", "Servizi sociali - Comune di Alzano Lombardo (sito tematico)", "alzano",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 6/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "trasp-rovato", "isweb", "Trasparenza - Comune di Rovato", "rovato",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025-2027", pdf=True),
            F("accordo", L, AT_POLITICI, "Atto 4 (2021-2023)", pdf=True),
        ),
        sitemap=False,
    ),
    Site(
        "plone-ceresio", "plone", "Unione dei Comuni del Ceresio - servizi alla persona", "marchirolo",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021-2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-commercio-rovato", "wp-categorie", "Distretto Diffuso del Commercio Franciacorta e Sebino", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-valcavallina", "comunita-montana", "Comunità Montana dei Laghi Bergamaschi - i comuni", None,
        decoys=(("comuni-cm", ()), ("emergenza", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-atc-bergamo", "isweb", "Ambito Territoriale di Caccia Prealpino Bergamasco", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-ic-ambito21", "di-wordpress", "Istituto Comprensivo di Ispra - Ambito 21", None,
        decoys=(("scuola", ()), ("ambito-21", ("Servizi",))),
    ),
    Site(
        "decoy-parco-campo-dei-fiori", "typo3", "Parco Regionale Campo dei Fiori", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen eleventh simulated web of tests/simweb11 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())

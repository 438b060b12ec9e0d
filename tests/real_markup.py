"""Real third-party municipal markup (../shared/data/found) with ambito facts of our own written into it.

Hundreds of Lombard comuni serve pages built on the Designers Italia "Modello Comuni" (Bootstrap Italia
markup, `data-element` hooks) or on its official WordPress theme. The pages are read where they are, never
copied into the project. A fact page is one of them whose placeholder text, in the page's own elements,
is replaced by facts written in one of several wordings (a sentence, a list, a table, a `<dl>`): every
other element of the real page (menus, footer "Contatti" of the placeholder comune, the "A cura di" and
"Contatti" cards of other desks) stays as it was, for the extractor to leave alone.
"""

from __future__ import annotations

import csv
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from crawler.archive import read_index
from crawler.datadir import DataDir
from crawler.run import run_crawl
from tests.discovery_web.server import serving
from tests.discovery_web.sites import Site
from tests.simweb.build import make_pdf

ROOT = Path(__file__).resolve().parent.parent
STATIC = "data/found/design-comuni-pagine-statiche"
WORDPRESS = "data/found/pa-website-validator-ng-fixtures"
THEME = "data/found/design-comuni-wordpress-theme"


def real_pages(shared: Path) -> list[Path]:
    """Every real page of the two sets: 41 static templates and 5 pages of the WordPress theme; the test is
    skipped, with the reason, when they are not beside the checkout (the page tree too: the WordPress crawl)."""
    if not all((shared / folder).is_dir() for folder in (STATIC, WORDPRESS, THEME)):
        pytest.skip(f"the real third-party pages are not in {shared / 'data/found'}")
    return sorted((shared / STATIC).rglob("*.html")) + sorted((shared / WORDPRESS).glob("*.html"))


def istat_codes() -> dict[str, str]:
    """Lombardy's comuni by name, from the project's reference table."""
    with (ROOT / "crawler/reference/comuni_lombardia.csv").open(encoding="utf-8") as rows:
        return {row["name"]: row["istat"] for row in csv.DictReader(rows)}


@dataclass(frozen=True)
class Office:
    street: str  # as the extractor normalises it: "Via Meda, 20"
    postal_code: str
    town: str
    phone: str  # as written
    e164: str
    email: str
    head: str  # "Given Family"


@dataclass(frozen=True)
class Ambito:
    """The facts written into a page: true of the ambito (members from the ISTAT reference), with the
    office's street, numbers and head made up for the test."""

    name: str  # how the text names it: "Ambito territoriale del Rhodense"
    comuni: str  # its members, "A, B, C"
    capofila: str
    office: Office
    approved: tuple[str, str]  # (as written, ISO)

    @property
    def members(self) -> list[str]:
        return self.comuni.split(", ")

    def codes(self) -> set[str]:
        codes = istat_codes()
        return {codes[m] for m in self.members}

    def capofila_code(self) -> str:
        return istat_codes()[self.capofila]

    def in_words(self) -> str:
        """The members in a sentence: "A, B e C"."""
        return ", ".join(self.members[:-1]) + " e " + self.members[-1]

    def address(self) -> str:
        number = self.office.street.split(", ")[1]
        return f"{self.office.street.split(', ')[0]} {number}, {self.office.postal_code} {self.office.town}"


RHO = Ambito(
    "Ambito territoriale del Rhodense",
    "Arese, Cornaredo, Lainate, Pero, Pogliano Milanese, Pregnana Milanese, Rho, Settimo Milanese, Vanzago",
    "Rho",
    Office(
        "Via Meda, 20",
        "20017",
        "Rho",
        "02 9333 2462",
        "+390293332462",
        "ufficiodipiano@comune.rho.mi.it",
        "Laura Colombo",
    ),
    ("16 dicembre 2024", "2024-12-16"),
)
GARBAGNATE = Ambito(
    "Ambito di Garbagnate Milanese",
    "Baranzate, Bollate, Cesate, Garbagnate Milanese, Novate Milanese, Paderno Dugnano, Senago, Solaro",
    "Garbagnate Milanese",
    Office(
        "Piazza De Gasperi, 1",
        "20024",
        "Garbagnate Milanese",
        "02 7802 6310",
        "+390278026310",
        "pianodizona@comune.garbagnate-milanese.mi.it",
        "Paolo Ferrari",
    ),
    ("18/12/2024", "2024-12-18"),
)
LEGNANO = Ambito(
    "Ambito territoriale del Legnanese",
    "Busto Garolfo, Canegrate, Cerro Maggiore, Dairago, Legnano, Nerviano, Parabiago, Rescaldina, "
    "San Giorgio su Legnano, San Vittore Olona, Villa Cortese",
    "Legnano",
    Office(
        "Piazza San Magno, 9",
        "20025",
        "Legnano",
        "0331 471 355",
        "+390331471355",
        "ufficio.piano@legnano.org",
        "Giulia Rossetti",
    ),
    ("12 dicembre 2024", "2024-12-12"),
)


def parsed(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def fill(element: Tag, html: str) -> None:
    """The element keeps its tag and attributes; its placeholder content becomes `html`."""
    element.clear()
    element.append(BeautifulSoup(html, "html.parser"))


def retitle(page: BeautifulSoup, title: str) -> None:
    """The page's <h1>, its <title> and the breadcrumb's last item name the new content."""
    fill(page.find("h1"), title)
    fill(page.find("title"), f"{title} - Comune")
    crumbs = page.select(".breadcrumb-item")
    if crumbs:
        last = crumbs[-1]
        fill(last.find("a") or last, title)


def office_lines(ambito: Ambito) -> list[str]:
    """The office's contact lines as a service card lays them out."""
    office = ambito.office
    return [ambito.address(), f"Tel. {office.phone}", office.email, f"Responsabile: dott. {office.head}"]


def news_item(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`novita-dettaglio`: the approval in a headline and every fact in the article's sentences; the
    page's own "A cura di" card of another desk (Ufficio Imposte, Via dei Transiti 9) stays."""
    page = parsed(shared / STATIC / "sito/novita-dettaglio.html")
    retitle(page, f"Approvato il Piano di Zona 2025-2027 dell'{ambito.name}")
    office = ambito.office
    fill(
        page.find("article", id="descrizione"),
        f"<p class=\"font-serif\">L'Assemblea dei Sindaci dell'{ambito.name} ha approvato il {ambito.approved[0]} "
        "il Piano di Zona 2025-2027.</p>"
        f'<p class="font-serif">L\'Ambito comprende i Comuni di {ambito.in_words()}. Il Comune di '
        f"{ambito.capofila} è l'ente capofila.</p>"
        f'<p class="font-serif">L\'Ufficio di Piano ha sede in {ambito.address()} (MI); tel. {office.phone}, '
        f"e-mail {office.email}. Responsabile: dott.ssa {office.head}.</p>",
    )
    return page


def service_page(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`servizio-dettaglio` turned into the Ufficio di Piano's service: the members a list in "A chi è
    rivolto", the capofila and the plan in "Descrizione", the office in the page's own contacts card."""
    page = parsed(shared / STATIC / "sito/servizio-dettaglio.html")
    retitle(page, "Ufficio di Piano")
    fill(page.find(attrs={"data-element": "service-description"}), f"Ufficio di Piano dell'{ambito.name}")
    fill(
        page.find(attrs={"data-element": "service-addressed"}),
        f"<p>Il servizio è rivolto ai cittadini dei Comuni dell'{ambito.name}:</p><ul>"
        + "".join(f"<li><span>{m}</span></li>" for m in ambito.members)
        + "</ul>",
    )
    fill(
        page.select_one("#description .richtext-wrapper"),
        f"<p>Il Comune di {ambito.capofila} è capofila dell'Ambito. Il Piano di Zona 2025-2027 è stato approvato "
        f"dall'Assemblea dei Sindaci il {ambito.approved[0]}.</p>",
    )
    card = page.select_one("#contacts .card-body")
    fill(card.find(attrs={"data-element": "service-area"}), "Ufficio di Piano")
    fill(card.select_one(".card-text"), "".join(f'<p class="u-main-black">{line}</p>' for line in office_lines(ambito)))
    return page


def wp_service_page(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """The WordPress theme's service page: the members and the capofila in a `<dl>` of its "Descrizione",
    the plan in a sentence, the office in its "Contatti" card (Ufficio Scuola, Via Garibaldi 6)."""
    page = parsed(shared / WORDPRESS / "wp-servizio-scheda.html")
    retitle(page, "Ufficio di Piano")
    fill(
        page.find(attrs={"data-element": "service-extended-description"}),
        f"<p>Il Piano di Zona 2025-2027 dell'{ambito.name} è stato approvato il {ambito.approved[0]}.</p>"
        f"<dl><dt>Comuni dell'Ambito</dt><dd>{', '.join(ambito.members)}</dd>"
        f"<dt>Comune capofila</dt><dd>{ambito.capofila}</dd></dl>",
    )
    card = page.find(id="contacts").find_parent("section").select_one(".card-body")
    fill(card.find("h4").find("a"), "Ufficio di Piano")
    fill(card.select_one(".card-text"), "".join(f"<p>{line}</p>" for line in office_lines(ambito)))
    return page


def documents_page(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`documenti-dati`: the plan's card in "In evidenza", the members and the office in a table in the
    hero's text; the other cards (Modulistica, Albo Pretorio) stay."""
    page = parsed(shared / STATIC / "sito/documenti-dati.html")
    card = page.select_one('[data-element="news-category-link"]').find_parent(class_="card-body")
    fill(card.select_one(".card-title"), f"Piano di Zona 2025-2027 - {ambito.name}")
    fill(card.select_one("p.text-secondary"), f"Approvato dall'Assemblea dei Sindaci il {ambito.approved[0]}")
    office = ambito.office
    rows = "".join(f"<tr><td>{m}</td><td>{istat_codes()[m]}</td></tr>" for m in ambito.members)
    fill(
        page.find(attrs={"data-element": "page-name"}).find_parent("div"),
        f'<h1 class="text-black" data-element="page-name">Documenti dell\'{ambito.name}</h1>'
        f"<p>Comune capofila: {ambito.capofila}</p>"
        f"<table><thead><tr><th>Comuni dell'Ambito</th><th>Codice ISTAT</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table><tr><th>Ufficio di Piano</th><td>{ambito.address()}</td></tr>"
        f"<tr><th>Telefono</th><td>{office.phone}</td></tr><tr><th>E-mail</th><td>{office.email}</td></tr>"
        f"<tr><th>Responsabile</th><td>{office.head}</td></tr></table>",
    )
    return page


def home_news_card(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """The home page's first news card: the plan's approval in its title and text, nothing else."""
    page = parsed(shared / STATIC / "sito/homepage.html")
    card = page.select_one("#head-section .card-body")
    fill(card.select_one(".card-title"), "Piano di Zona 2025-2027 approvato")
    fill(
        card.select_one("p.lora"),
        f"L'Assemblea dei Sindaci dell'{ambito.name} ha approvato il {ambito.approved[0]} il Piano di Zona 2025-2027.",
    )
    return page


def wp_vivere(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """The WordPress "Vivere il Comune" page: its lead paragraph says which ambito the comune is in, with
    the members and the capofila; the event and place cards stay."""
    page = parsed(shared / WORDPRESS / "wp-vivere-il-comune.html")
    lead = page.find(string=lambda s: s and "Tutti gli eventi, le iniziative" in s).find_parent("p")
    fill(
        lead,
        f"Il Comune fa parte dell'{ambito.name}, che riunisce i Comuni di {ambito.in_words()}; il Comune di "
        f"{ambito.capofila} ne è il capofila.",
    )
    return page


def event_page(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`evento-dettaglio`: the plan's presentation, the members in "Cos'è?", the office in the first
    "Contatti" card; the place card (Cagliari, Via Sant'Efisio 14) and the supporting desk's card
    ("Con il supporto di:" Ufficio delle Attività Produttive, its number and e-mail) stay."""
    page = parsed(shared / STATIC / "sito/evento-dettaglio.html")
    retitle(page, "Presentazione del Piano di Zona 2025-2027")
    fill(
        page.select_one("#cos-e p.font-serif"),
        f"L'Ufficio di Piano dell'{ambito.name} presenta il Piano di Zona 2025-2027, approvato il "
        f"{ambito.approved[0]} dall'Assemblea dei Sindaci dei Comuni di {ambito.in_words()}.",
    )
    for extra in page.select("#cos-e p.font-serif")[1:]:
        extra.decompose()
    card = page.select_one("#contatti .card-body")
    fill(card.select_one(".card-title a"), "Ufficio di Piano")
    fill(card.select_one(".card-text"), "".join(f"<p>{line}</p>" for line in office_lines(ambito)))
    return page


def faq_page(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`domande-frequenti`: the first four items of its accordion ask and answer the facts, the answers bare
    fragments ("Chi è il capofila?" / "Il Comune di X."); the question is the accordion's `<button>`, the
    answer its panel; the other items (Lorem Ipsum) stay."""
    page = parsed(shared / STATIC / "sito/domande-frequenti.html")
    office = ambito.office
    asked = [
        ("Quali Comuni fanno parte dell'Ambito?", f"L'{ambito.name} è formato dai Comuni di {ambito.in_words()}."),
        ("Chi è il capofila dell'Ambito?", f"Il Comune di {ambito.capofila}."),
        (
            "Dove si trova l'Ufficio di Piano?",
            f"In {ambito.address()}. Telefono {office.phone}, e-mail {office.email}.",
        ),
        (
            "Quando è stato approvato il Piano di Zona 2025-2027?",
            f"Il {ambito.approved[0]}, dall'Assemblea dei Sindaci.",
        ),
    ]
    for item, (question, answer) in zip(page.select(".accordion-item"), asked, strict=False):
        fill(item.select_one(".button-wrapper"), question)
        fill(item.select_one(".accordion-body"), f'<p class="mb-3">{answer}</p>')
    return page


def topic_page(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`argomento` as the topic "Politiche sociali": its text names the ambito, its members and capofila, its first
    "Questo argomento è gestito da:" card is the office (the second, Gestione impianti sportivi at Via Dei Transiti
    21, stays), its first news card the plan's approval; the people's cards (an assessore, two dirigenti) stay."""
    page = parsed(shared / STATIC / "sito/argomento.html")
    retitle(page, "Politiche sociali")
    lead = page.find(string=lambda s: s and "Informazioni su eventi sportivi" in s).find_parent("p")
    fill(
        lead,
        f"I servizi sociali dei Comuni dell'{ambito.name}: {ambito.in_words()}. Il Comune di {ambito.capofila} "
        "è l'ente capofila.",
    )
    card = page.find(string=lambda s: s and "Questo argomento è gestito da" in s).find_next(class_="card-body")
    fill(card.find("a"), "Ufficio di Piano")
    fill(card.select_one(".card-text"), "".join(f'<p class="u-main-black">{line}</p>' for line in office_lines(ambito)))
    news = page.select_one("#novita .card-body")
    fill(news.find("h3").find("a"), "Approvato il Piano di Zona 2025-2027")
    fill(news.find("p"), f"L'Assemblea dei Sindaci lo ha approvato il {ambito.approved[0]}.")
    return page


def footer_of_capofila(page: BeautifulSoup, ambito: Ambito) -> BeautifulSoup:
    """The placeholder comune's name and footer "Contatti" become the capofila's own, as on its real site: the
    comune's seat (in the office's town, another street), switchboard and PEC sit beside the office's facts and
    must stay the comune's."""
    for name in page.find_all(string=lambda s: s and "Nome del Comune" in s):
        name.replace_with(f"Comune di {ambito.capofila}")
    info = page.select_one("p.footer-info")
    if info:
        fill(info, "<br>".join(footer_lines(ambito)))
    return page


def footer_lines(ambito: Ambito) -> list[str]:
    return [
        f"Comune di {ambito.capofila}",
        f"Piazza del Municipio, 1 - {ambito.office.postal_code} {ambito.capofila} (MI)",
        "Codice fiscale / P. IVA: 00123456789",
        "Centralino: 02 9999 1111",
        "PEC: protocollo@pec.comune.example.it",
    ]


# the model's placeholder links ("#") that a comune's site built on it points at its own pages: the entries
# the crawl needs to walk from the home page to the sections that hold the facts, by their anchor text
WIRED = {
    "Documenti e dati": "/sito/documenti-dati.html",
    "Salute, benessere e assistenza": "/sito/servizi-categoria.html",
    "Notizie": "/sito/novita.html",
    "Mappa del sito": "/sito/mappa-sito.html",
}
PLAN_PDF = "/documenti/piano-di-zona-2025-2027.pdf"


def wired(page: BeautifulSoup) -> BeautifulSoup:
    """The page's placeholder links named in `WIRED` pointed at the model's pages."""
    for anchor in page.find_all("a", href="#"):
        target = WIRED.get(" ".join(anchor.get_text(" ").split()))
        if target:
            anchor["href"] = target
    return page


WP_HOST = "comuni.designers.italia.it"  # the WordPress theme's demo site, whose pages link it absolutely
_ADDRESSES = ("href", "src", "action", "data-src", "data-href", "data-url", "data-target")


def served(page: BeautifulSoup) -> str:
    """The page as the test's server sends it: links to its own site root-relative, every other host's
    address (a social button, the AGID form, an iframe) made "#": a test never reaches beyond 127.0.0.1."""
    for tag in page.find_all(True):
        for attr in _ADDRESSES:
            value = tag.get(attr)
            parts = urlsplit(value) if isinstance(value, str) else None
            if parts and parts.netloc:
                own = parts.hostname == WP_HOST
                tag[attr] = (parts.path or "/") + (f"?{parts.query}" if parts.query else "") if own else "#"
    return str(page)


class RealSite(Site):
    """A site of real pages only: a path they do not have is a 404, nothing is generated around them."""

    def filler(self, path: str) -> None:
        return None


def services_of_health(shared: Path) -> BeautifulSoup:
    """`servizi-categoria` as the category "Salute, benessere e assistenza", its first service the
    Ufficio di Piano's page (the service page's own link hook, `data-element="service-link"`)."""
    page = parsed(shared / STATIC / "sito/servizi-categoria.html")
    retitle(page, "Salute, benessere e assistenza")
    link = page.find(attrs={"data-element": "service-link"})
    fill(link, "Ufficio di Piano")
    link["href"] = "servizio-dettaglio.html"
    fill(link.find_parent(class_="card-body").find("p"), "Il Piano di Zona e i servizi sociali dei Comuni dell'Ambito")
    return page


def documents_with_plan(shared: Path, ambito: Ambito) -> BeautifulSoup:
    """`documenti-dati` as it is, but its first "In evidenza" card is the Piano di Zona's PDF."""
    page = parsed(shared / STATIC / "sito/documenti-dati.html")
    link = page.select_one('[data-element="news-category-link"]')
    link["href"] = PLAN_PDF
    fill(link.select_one(".card-title"), f"Piano di Zona 2025-2027 - {ambito.name}")
    return page


def modello_comuni(shared: Path, ambito: Ambito) -> Site:
    """The static model served whole, its placeholder links wired (`WIRED`), "/" its home page; three fact
    pages: the Ufficio di Piano's service page (under "Salute, benessere e assistenza"), the news item of
    the plan's approval (under "Novità") and the plan's PDF (a card of "Documenti e dati")."""
    site = RealSite("modello-comuni", "designers", [])
    for path in sorted((shared / STATIC).rglob("*.html")):
        site.pages["/" + path.relative_to(shared / STATIC).as_posix()] = served(wired(parsed(path)))
    site.pages["/"] = site.pages["/sito/homepage.html"]
    site.pages["/sito/servizi-categoria.html"] = served(wired(services_of_health(shared)))
    site.pages["/sito/documenti-dati.html"] = served(wired(documents_with_plan(shared, ambito)))
    site.pages["/sito/servizio-dettaglio.html"] = served(wired(service_page(shared, ambito)))
    site.pages["/sito/novita-dettaglio.html"] = served(wired(news_item(shared, ambito)))
    site.pages[PLAN_PDF] = make_pdf(
        "Piano di Zona 2025-2027",
        (f"Piano di Zona 2025-2027 - {ambito.name}", f"Comuni dell'Ambito: {', '.join(ambito.members)}."),
    )
    site.facts = {"/sito/servizio-dettaglio.html", "/sito/novita-dettaglio.html", PLAN_PDF}
    return site


WP_SERVICE = "/servizio/ufficio-di-piano/"


def page_tree(shared: Path) -> list[tuple[str, str, str]]:
    """The WordPress theme's mandatory page tree (`comuni_pagine.json`): each page's path, title, description."""
    tree = json.loads((shared / THEME / "comuni_pagine.json").read_text(encoding="utf-8"))["pagine"]
    out: list[tuple[str, str, str]] = []
    pending = [("/", tree)]
    while pending:
        parent, pages = pending.pop()
        for page in pages.values():
            path = f"{parent}{page['slug']}/"
            out.append((path, page["title"], page["description"]))
            pending.append((path, page.get("children") or {}))
    return out


def wordpress_comune(shared: Path, ambito: Ambito) -> Site:
    """The WordPress theme's five pages at their own addresses, with their real menus, and the rest of its
    mandatory page tree (each an Amministrazione page under its own title; any other address a 404): the
    service page turned into the Ufficio di Piano's, listed in "Servizi" in place of the one it was, and
    "Vivere il Comune" naming the ambito, its members and capofila."""
    site = RealSite("wp-comune", "wordpress", [])
    for path, title, description in page_tree(shared):  # the theme's mandatory pages, as its Amministrazione
        page = parsed(shared / WORDPRESS / "wp-amministrazione.html")
        retitle(page, title)
        fill(page.select_one(".hero-text p"), description)
        site.pages[path] = served(page)
    for name, path in [("wp-homepage", "/"), ("wp-amministrazione", "/amministrazione/")]:
        site.pages[path] = served(parsed(shared / WORDPRESS / f"{name}.html"))
    services = parsed(shared / WORDPRESS / "wp-servizi.html")
    link = services.find("a", href=f"https://{WP_HOST}/servizio/iscrizione-alla-scuola-dell-infanzia/")
    link["href"] = WP_SERVICE
    fill(link, "Ufficio di Piano")
    fill(link.find_parent(class_="card-body").find("p"), f"Il Piano di Zona e i servizi sociali dell'{ambito.name}")
    site.pages["/servizi/"] = served(services)
    service = wp_service_page(shared, ambito)
    service.find("link", rel="canonical")["href"] = WP_SERVICE
    site.pages[WP_SERVICE] = served(service)
    site.pages["/vivere-il-comune/"] = served(wp_vivere(shared, ambito))
    site.facts = {WP_SERVICE, "/vivere-il-comune/"}
    return site


def crawl(site: Site) -> dict[str, object]:
    """The product's crawler (its own budget) on a served site, from its home page: the fact pages it
    reached and missed, every request the server answered (robots.txt included) in order, and the hosts of
    what it archived (only the server's)."""
    with serving([site]) as (answered,), tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp)).ensure()
        result = run_crawl(data, [answered.base + "/"], fresh=True, progress=False, fast=True)
        snaps = read_index(data.crawls / result.crawl_id)
        fetched = {urlsplit(url).path for snap in snaps if snap.status == 200 for url in (snap.url, snap.final_url)}
        return {
            "reached": sorted(site.facts & fetched),
            "missed": sorted(site.facts - fetched),
            "requests": list(answered.requests),
            "hosts": sorted({urlsplit(snap.url).hostname for snap in snaps}),
        }

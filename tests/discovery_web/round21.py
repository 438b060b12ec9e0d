"""Sites of the twenty-first round, written and measured before the rules changed.

A main menu entry of no word the scoring knows, where the comune names its ambito (the official WordPress theme of
Designers Italia has "Vivere il Comune" as its fourth entry, and the real pages of tests/real_markup.py put the
ambito's members and capofila there):

- a comune's main menu is "Amministrazione", "Novità", "Servizi" and "Conoscere Brinzio"; the last lists the
  ambito the comune belongs to, its members and capofila; *Servizi > Servizi sociali* names the ambito too;
- a Joomla comune's header menu, a `<ul class="nav menu">` and no `<nav>`, ends with "Il paese", whose *Servizi
  sociali* links the azienda consortile that runs the ambito's plan on its own host: the comune itself names no
  ambito anywhere else.

A link with no words to the ambito's site:

- a TYPO3 comune's social area by its own name, "Sociale e welfare" (its title "Sociale e welfare | Comune di
  Grantola"), shows the unione that runs the plan as a banner image with `alt=""`.

Cards that say "Vai alla pagina", their title a heading above the link (Designers Italia's card catalogue):

- a comune's *Amministrazione trasparente > Altri contenuti* lists its records as cards; the record "Dato ulteriore
  n. 4/2025" attaches the accordo by a card titled "Allegato: accordo di programma" whose link, `scarica.php?id=N`,
  says "Vai alla pagina".
"""

from __future__ import annotations

from collections.abc import Callable

from .layout import Links, ul
from .sites import Site, site_link, slug

BRINZIO = "Comune di Brinzio"
AMBITO = "Ambito distrettuale del Campo dei Fiori"
AZZIO = "Comune di Azzio"
AZIENDA = "Azienda consortile Campo dei Fiori"
GRANTOLA = "Comune di Grantola"
UNIONE = "Unione dei Comuni della Valtravaglia"
MONVALLE = "Comune di Monvalle"


def main_menu_brinzio() -> Site:
    """The home page names no ambito; the main menu's last entry, words the scoring knows nothing of, lists it."""
    nav = [("/amministrazione/", "Amministrazione"), ("/novita/", "Novità"), ("/servizi/", "Servizi")]
    nav += [("/conoscere-brinzio/", "Conoscere Brinzio")]
    s = Site(BRINZIO, "designers", nav, search=None)
    s.page("/", BRINZIO, "<p>Il portale istituzionale del Comune, ai piedi del Campo dei Fiori.</p>")
    offices = [(f"/amministrazione/{p}/", t) for p, t in [("giunta", "Giunta"), ("consiglio", "Consiglio"),
                                                          ("uffici", "Uffici"), ("sindaco", "Sindaco")]]  # fmt: skip
    s.page("/amministrazione/", "Amministrazione", ul(offices))
    for path, title in offices:
        s.page(path, title, f"<p>{title} del Comune di Brinzio.</p>")
    news = [(f"/novita/{n}/", t) for n, t in [("mercatino", "Mercatino di Natale"), ("neve", "Piano neve")]]
    s.page("/novita/", "Novità", ul(news))
    for path, title in news:
        s.page(path, title, f"<p>{title}: le informazioni per i cittadini.</p>")
    services = [("/servizi/servizi-sociali/", "Servizi sociali"), ("/servizi/tributi/", "Tributi")]
    s.page("/servizi/", "Servizi", ul(services))
    s.page("/servizi/tributi/", "Tributi", "<p>IMU e TARI: scadenze e modulistica.</p>")
    social = f"<p>I servizi sociali del Comune sono gestiti in forma associata nell'{AMBITO}.</p>"
    s.page("/servizi/servizi-sociali/", "Servizi sociali", social, fact=True)
    members = "Bedero, Castello Cabiaglio e Orino"
    known = (
        f"<p>Brinzio fa parte dell'{AMBITO}, con i Comuni di {members}; "
        "capofila è il Comune di Orino.</p><p>Storia, territorio e sentieri del paese.</p>"
    )
    s.page("/conoscere-brinzio/", "Conoscere Brinzio", known, fact=True)
    return s


def header_menu_azzio() -> Site:
    """Joomla: the header menu's last entry "Il paese" lists *Servizi sociali*, which links the azienda consortile's
    site among the comune's other services."""
    nav = [("/index.php?option=com_content&view=category&id=10&Itemid=110", "Amministrazione")]
    nav += [("/index.php?option=com_content&view=category&id=12&Itemid=112", "Uffici")]
    nav += [("/index.php?option=com_content&view=category&id=8&Itemid=108", "Notizie")]
    nav += [("/index.php?option=com_content&view=category&id=20&Itemid=120", "Il paese")]
    s = Site(AZZIO, "joomla", nav, search=None)
    s.page("/", AZZIO, "<p>Benvenuti sul sito del Comune di Azzio.</p>")
    for path, title in nav[:3]:
        s.page(path, title, f"<p>{title} del Comune.</p>")
    social = "/index.php?option=com_content&view=article&id=31&Itemid=120"
    town = [(social, "Servizi sociali"), ("/index.php?option=com_content&view=article&id=32&Itemid=120", "Storia")]
    s.page(nav[3][0], "Il paese", ul(town))
    s.page(town[1][0], "Storia", "<p>La storia del paese e della sua chiesa.</p>")
    services = [("/index.php?option=com_content&view=article&id=33&Itemid=120", "Trasporto anziani")]
    services += [(f"{site_link(AZIENDA)}/", AZIENDA)]
    s.page(social, "Servizi sociali", ul(services))
    s.page(services[0][0], "Trasporto anziani", "<p>Il servizio di trasporto per gli anziani del paese.</p>")
    return s


def _ambito_site(name: str, home: str, other: tuple[str, str, str]) -> Site:
    """A body's site that runs the ambito's plan, no seed: its home page (a fact) and one other page."""
    s = Site(name, "plain", [("/", "Home"), other[:2]], search=None, seed=False)
    s.page("/", name, home, fact=True)
    s.page(*other)
    return s


def azienda_campo_dei_fiori() -> Site:
    """The azienda consortile's site: its home page names the ambito's Piano di Zona."""
    plan = f"<p>L'Azienda gestisce il Piano di Zona 2025-2027 dell'{AMBITO}, con l'Ufficio di Piano.</p>"
    return _ambito_site(AZIENDA, plan, ("/chi-siamo.html", "Chi siamo", "<p>L'Azienda consortile dei comuni.</p>"))


def _comune(name: str, family: str, nav: list[tuple[str, str]], texts: list[str]) -> Site:
    """A comune's site without search: its home page, and a page of one line for each menu entry that has a text."""
    s = Site(name, family, nav, search=None)
    s.page("/", name, f"<p>Il portale istituzionale del {name}.</p>")
    for (path, title), text in zip(nav, texts, strict=True):
        if text:
            s.page(path, title, f"<p>{text}</p>")
    return s


def banner_grantola() -> Site:
    """TYPO3, no breadcrumb: "Sociale e welfare" in the main menu lists two services and, as a banner image with no
    words, the unione's site."""
    nav = [("/amministrazione/", "Amministrazione"), ("/sociale-e-welfare/", "Sociale e welfare")]
    nav += [("/notizie/", "Notizie")]
    s = _comune(GRANTOLA, "typo3", nav, ["Sindaco, Giunta e Consiglio comunale.", "", "Nessuna notizia in evidenza."])
    services = [("/sociale-e-welfare/assistenza-domiciliare/", "Assistenza domiciliare")]
    services += [("/sociale-e-welfare/pasti-a-domicilio/", "Pasti a domicilio")]
    banner = f'<a href="{site_link(UNIONE)}/" class="banner"><img src="/img/banner-unione.jpg" alt=""></a>'
    social_area(s, "/sociale-e-welfare/", services, f"<p>{banner}</p>")
    return s


def social_area(s: Site, area: str, services: Links, link: str) -> None:
    """The social area's page, "Sociale e welfare": its services, each a page, and after them the link to the
    ambito's site (`link`, as the page shows it)."""
    s.page(area, "Sociale e welfare", ul(services) + link)
    for path, title in services:
        s.page(path, title, f"<p>{title}: come fare domanda.</p>")


def unione_valtravaglia() -> Site:
    """The unione's site: its home page names the ambito's Ufficio di Piano."""
    office = f"<p>L'Unione ospita l'Ufficio di Piano dell'{AMBITO} e ne gestisce il Piano di Zona.</p>"
    return _ambito_site(UNIONE, office, ("/contatti.html", "Contatti", "<p>Via Roma 1, telefono e posta.</p>"))


def _cards(links: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="card card-teaser"><div class="card-body"><h3 class="card-title">{t}</h3>'
        f'<a class="read-more" href="{h}"><span class="text">Vai alla pagina</span></a></div></div>'
        for h, t in links
    )
    return f'<div class="card-wrapper">{items}</div>'


def cards_monvalle() -> Site:
    """Amministrazione trasparente > Altri contenuti: records as cards saying "Vai alla pagina"; a record attaches
    the accordo by a card titled "Allegato: accordo di programma"."""
    nav = [("/amministrazione-trasparente/", "Amministrazione trasparente"), ("/novita/", "Novità")]
    nav += [("/servizi/", "Servizi")]
    s = _comune(MONVALLE, "designers", nav, ["", "Nessuna notizia in evidenza.", "Anagrafe, tributi e scuola."])
    at = "/amministrazione-trasparente/"
    sections = [(f"{at}{slug(t)}/", t) for t in ("Disposizioni generali", "Organizzazione", "Altri contenuti")]
    s.page(at, "Amministrazione trasparente", _cards(sections))
    for path, title in sections[:2]:
        s.page(path, title, "<p>Nessun contenuto pubblicato.</p>")
    records = [(f"/documento-pubblico/{slug(t)}/", t) for t in ("Accesso civico", "Dato ulteriore n. 4/2025")]
    s.page(sections[2][0], "Altri contenuti", _cards(records))
    texts = (
        "Come presentare una richiesta di accesso civico.",
        "Dato ulteriore n. 4/2025: oggetto, data di pubblicazione e allegati.",
    )
    attachment = ("/scarica.php?id=7741", "Allegato: accordo di programma")
    attached_record(s, records, texts, attachment, f"Accordo di programma 2025-2027 dell'{AMBITO}", _cards)
    return s


def attached_record(
    s: Site,
    records: Links,
    texts: tuple[str, str],
    attachment: tuple[str, str],
    document: str,
    listing: Callable[[Links], str] = ul,
) -> None:
    """A section's two records: the first attaches nothing, the second the fact (`document`), by a link
    (`attachment`) shown as the site shows its lists (`listing`)."""
    s.page(records[0][0], records[0][1], f"<p>{texts[0]}</p>")
    s.page(records[1][0], records[1][1], f"<p>{texts[1]}</p>" + listing([attachment]))
    s.document(attachment[0], document, fact=True)


def round21_sites() -> list[Site]:
    return [
        main_menu_brinzio(),
        header_menu_azzio(),
        azienda_campo_dei_fiori(),
        banner_grantola(),
        unione_valtravaglia(),
        cards_monvalle(),
    ]

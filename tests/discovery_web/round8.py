"""Sites of the eighth round, written and measured before the rules changed.

Response order: a news list whose pages answer out of order (page 3 late, its neighbours meanwhile),
the way a loaded server or a loaded crawler serves them; before, the cards of the pages that answered
first took the list's allowance and the card on page 3, the one whose article links the plan, was left
to the reserve."""

from __future__ import annotations

from .layout import ul
from .round3 import DI_NAV
from .round7 import FILES, _articles, _paged
from .sites import Site, old_news, site_link, slug

LATE = 1.5  # seconds: the other pages of the list answer meanwhile


def designers_notizia_lenta_osio_sotto() -> Site:
    """Designers Italia on Drupal, as Dalmine (round 7): Novità > Notizie, forty cards in five pages
    (`?page=N` from 0); the third page (`?page=2`) answers `LATE` seconds after it is asked; on it
    'Un servizio in più per le famiglie', whose attachment is 'Allegato (2025-2027)'."""
    s = Site("Comune di Osio Sotto", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Osio Sotto", ul([("/novita", "Tutte le novità")]))
    sections = ["Notizie", "Comunicati", "Avvisi", "Eventi", "Comunicati stampa", "Bandi e avvisi"]
    s.page("/novita", "Novità", ul([(f"/novita/{slug(t)}", t) for t in sections]))
    article = ("/novita/notizie/un-servizio-in-piu-per-le-famiglie", "Un servizio in più per le famiglie")
    items = old_news("/novita/notizie/", 22) + [article] + old_news("/novita/notizie/c-", 17)  # 7th on page 3
    _paged(s, "/novita/notizie", items, 8, lambda n: f"/novita/notizie?page={n - 1}", "Notizie", "Notizia")
    s.slow["/novita/notizie?page=2"] = LATE
    pdf = f"{FILES}/2025-04/allegato_2025-2027.pdf"
    _articles(
        s,
        items,
        article,
        "<p>Il Consiglio comunale ha approvato il documento dei prossimi tre anni.</p>"
        f'<h2>Documenti</h2><div class="card"><a href="{pdf}">Allegato (2025-2027)</a> <small>PDF 640 kB</small></div>',
        (pdf, "Piano di Zona 2025-2027 dell'Ambito di Dalmine: Osio Sotto, Dalmine, Levate"),
    )
    return s


AMBITO_SITE = "Ambito di Valle Camonica"
ADDRESS = "www.sociale-vallecamonica.it"


def table_sito_ambito_esine() -> Site:
    """An old ASP site of tables: Servizi Sociali says the comune is in the Ambito di Valle Camonica and
    sends to the Ufficio di Piano's site by its address (another host, no seed of the crawl)."""
    nav = [
        ("default.asp", "Home"),
        ("pagina.asp?id=10", "Il Comune"),
        ("pagina.asp?id=20", "Uffici e orari"),
        ("pagina.asp?id=31", "Servizi Sociali"),
        ("pagina.asp?id=40", "Tributi"),
    ]
    s = Site("Comune di Esine", "table", nav)
    s.page("/", "Benvenuti", "<p>Sito ufficiale.</p>")
    s.page("/default.asp", "Benvenuti", "<p>Sito ufficiale.</p>")
    s.page(
        "/pagina.asp?id=31",
        "Servizi Sociali",
        "<p>Esine fa parte dell'Ambito territoriale di Valle Camonica, con capofila Breno. Le informazioni sul "
        f'Piano di Zona e sull\'Ufficio di Piano sono sul sito <a href="{site_link(AMBITO_SITE)}/">{ADDRESS}</a>.</p>'
        "<p>Assistente sociale: martedì e giovedì, 9-12.</p>",
        fact=True,
    )
    return s


def ambito_valle_camonica() -> Site:
    """The ambito's own site, reached only from a comune's page: Ufficio di Piano and Documenti > the
    Piano di Zona's PDF."""
    nav = [("/ufficio-di-piano.html", "Ufficio di Piano"), ("/documenti.html", "Documenti")]
    s = Site(AMBITO_SITE, "plain", nav, search=None, seed=False)
    s.page("/", AMBITO_SITE, "<p>Servizi alla persona dei comuni della Valle Camonica.</p>")
    s.page(
        "/ufficio-di-piano.html",
        "Ufficio di Piano",
        "<p>L'Ufficio di Piano dell'Ambito di Valle Camonica ha sede a Breno, via Nissolina 2.</p>",
        fact=True,
    )
    s.page("/documenti.html", "Documenti", ul([("/doc/piano-di-zona-2025-2027.pdf", "Piano di Zona 2025-2027")]))
    s.document("/doc/piano-di-zona-2025-2027.pdf", "Piano di Zona 2025-2027 dell'Ambito di Valle Camonica", fact=True)
    return s


def joomla_bandi_palazzolo() -> Site:
    """Joomla: Servizi > Servizi sociali names the ambito (a fact page, found first); Atti e pubblicazioni
    > Bandi lists notices as PDFs, 'Avviso pubblico 2025' (`avviso-2025-2027.pdf`) the plan's."""
    nav = [
        ("/index.php/il-comune", "Il Comune"),
        ("/index.php/servizi", "Servizi"),
        ("/index.php/atti-e-pubblicazioni", "Atti e pubblicazioni"),
        ("/index.php/news", "News"),
    ]
    s = Site("Comune di Palazzolo sull'Oglio", "joomla", nav, search=None)
    s.page("/", "Home", "<p>Benvenuti nel sito istituzionale.</p>")
    s.page("/index.php/servizi", "Servizi", ul([("/index.php/servizi/servizi-sociali", "Servizi sociali")]))
    s.page(
        "/index.php/servizi/servizi-sociali",
        "Servizi sociali",
        "<p>Palazzolo sull'Oglio fa parte dell'Ambito territoriale Oglio Ovest; l'Ufficio di Piano ha sede a "
        "Chiari.</p>",
        fact=True,
    )
    others = [
        ("bando-mensa-2025", "Bando servizio mensa scolastica 2025"),
        ("avviso-orti-2025", "Avviso assegnazione orti urbani 2025"),
        ("bando-affitti-2025", "Bando contributi affitto 2025"),
    ]
    sections = ["Albo pretorio", "Bandi", "Concorsi", "Ordinanze", "Regolamenti"]
    joomla_bandi(
        s, sections, others, 2, "Avviso pubblico: Piano di Zona 2025-2027 dell'Ambito Oglio Ovest, capofila Chiari"
    )
    return s


def joomla_bandi(s: Site, sections: list[str], others: list[tuple[str, str]], at: int, fact: str) -> None:
    """Atti e pubblicazioni, its `sections`, and Bandi: the notices `others` (file name, title) as PDFs, and at
    position `at` the ambito's 'Avviso pubblico 2025' (`avviso-2025-2027.pdf`), whose text is `fact`."""
    acts, files = "/index.php/atti-e-pubblicazioni", "/images/bandi"
    s.page(acts, "Atti e pubblicazioni", ul([(f"{acts}/{slug(t)}", t) for t in sections]))
    notices = [(f"{files}/{name}.pdf", t) for name, t in others]
    notices.insert(at, (f"{files}/avviso-2025-2027.pdf", "Avviso pubblico 2025"))
    s.page(f"{acts}/bandi", "Bandi", ul(notices))
    for h, t in notices:
        s.document(h, t)
    s.document(f"{files}/avviso-2025-2027.pdf", fact, fact=True)


def wordpress_notizia_sito_noto_gazzaniga() -> Site:
    """WordPress, as Chiari (round 7), but Servizi sociali names the ambito (a fact page, found first):
    the post on the news list's second page, 'Scarica (2025-2027)', is a second fact a click further."""
    nav = [("/il-comune/", "Il Comune"), ("/servizi-sociali/", "Servizi sociali"), ("/category/notizie/", "Notizie")]
    s = Site("Comune di Gazzaniga", "wordpress", nav, search=None)
    s.page("/", "Comune di Gazzaniga", "<p>Benvenuti.</p>")
    s.page(
        "/servizi-sociali/",
        "Servizi sociali",
        "<p>Gazzaniga fa parte dell'Ambito territoriale Valle Seriana; l'Ufficio di Piano ha sede ad Albino.</p>",
        fact=True,
    )
    wordpress_post_on_page_2(s, "Piano di Zona 2025-2027 dell'Ambito Valle Seriana: Albino, Gazzaniga, Vertova")
    return s


def wordpress_post_on_page_2(s: Site, plan: str) -> None:
    """WordPress news, `/category/notizie/page/N/`, ten posts a page; the fourteenth, 'Un aiuto alle
    famiglie', ends with 'Scarica (2025-2027)', the plan's PDF, whose text is `plan`."""
    post = ("/2025/04/09/un-aiuto-alle-famiglie/", "Un aiuto alle famiglie")
    items = [(f"/2025/0{1 + i % 9}/{10 + i}/{slug(t)}/", t) for i, (_, t) in enumerate(old_news("/", 13))]
    items += [post] + [(f"/2024/0{1 + i % 9}/{10 + i}/{slug(t)}-b/", t) for i, (_, t) in enumerate(old_news("/", 20))]
    _paged(s, "/category/notizie/", items, 10, lambda n: f"/category/notizie/page/{n}/", "Notizie", "Notizie")
    pdf = "/wp-content/uploads/2025/04/2025-2027.pdf"
    body = f'<p>Il nuovo documento dei servizi per le famiglie.</p><p><a href="{pdf}">Scarica (2025-2027)</a></p>'
    _articles(s, items, post, body, (pdf, plan))


def round8_sites() -> list[Site]:
    return [
        designers_notizia_lenta_osio_sotto(),
        table_sito_ambito_esine(),
        ambito_valle_camonica(),
        joomla_bandi_palazzolo(),
        wordpress_notizia_sito_noto_gazzaniga(),
    ]

"""Sites of the sixth round, written and measured before the rules changed: search result pages that
link more searches without end (related queries, a next page), entered from the home page's topic
links; PDFs named only by a number and years (`565_2025-2027.pdf`, "Allegato (2025-2027)") three or
four clicks deep under generic sections (Amministrazione trasparente > Sovvenzioni, contributi,
sussidi, vantaggi economici; Atti > Delibere di Giunta; Documenti > Piani e programmi; a news
article's attachment on the news list's second page); an azienda speciale on Plone (a language root,
a gzipped sitemap, files under `@@download`, "Leggi" links)."""

from __future__ import annotations

from urllib.parse import urlencode

from .layout import ul
from .round3 import DI_NAV
from .round5 import ufficio_di_piano_under_servizi
from .sites import AT_SECTIONS, Site, news_list, old_news, slug

WP_NAV = [("/il-comune/", "Il Comune"), ("/amministrazione/", "Amministrazione"), ("/novita/", "Novità")]


def designers_ricerche_agrate() -> Site:
    """Designers Italia whose search results link related queries (`origine=correlate`, the query and
    one more word) and their next page (`pagina=N`) without end; the home page links three searches of
    its own by topic (`origine=argomenti`). The Ufficio di Piano's page is two clicks deep under Servizi."""
    s = Site(
        "Comune di Agrate Brianza",
        "designers",
        DI_NAV,
        search=("/ricerca", "q"),
        related=("ambito", "servizi sociali", "famiglia"),
    )
    topics = [
        (f"/ricerca?{urlencode({'q': t, 'origine': 'argomenti'})}", t.capitalize())
        for t in ("piano di zona", "servizi sociali", "welfare")
    ]
    s.page("/", "Comune di Agrate Brianza", "<h2>Argomenti in evidenza</h2>" + ul(topics))
    ufficio_di_piano_under_servizi(
        s, "<p>Agrate Brianza fa parte dell'Ambito di Vimercate; l'Ufficio di Piano ha sede a Vimercate.</p>"
    )
    return s


def designers_sovvenzioni_arcore() -> Site:
    """Designers Italia: Amministrazione trasparente (in the footer) > its 22 sections > 'Sovvenzioni,
    contributi, sussidi, vantaggi economici' > 'Avviso n. 7/2025', the ambito's public notice in
    `565_2025-2027.pdf`, among notices of the comune's own grants."""
    s = Site("Comune di Arcore", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Arcore", ul([("/novita", "Tutte le novità")]))
    at = "/amministrazione-trasparente"
    s.page(at, "Amministrazione trasparente", ul([(f"{at}/{slug(t)}", t) for t in AT_SECTIONS]))
    files = "/sites/default/files"
    notices = [(f"{files}/{512 + n}_2025.pdf", f"Avviso n. {n}/2025") for n in range(1, 7)]
    notices.insert(4, (f"{files}/565_2025-2027.pdf", "Avviso n. 7/2025"))
    s.page(
        f"{at}/sovvenzioni-contributi-sussidi-vantaggi-economici",
        "Sovvenzioni, contributi, sussidi, vantaggi economici",
        "<p>Criteri e modalità, atti di concessione.</p>" + ul(notices),
    )
    for h, t in notices:
        s.document(h, f"Avviso pubblico del Comune: {t}")
    s.document(
        f"{files}/565_2025-2027.pdf",
        "Avviso pubblico dell'Ambito di Vimercate per i voucher del Piano di Zona 2025-2027: Arcore, Vimercate, "
        "Agrate Brianza, Usmate Velate",
        fact=True,
    )
    news_list(s, "/novita", old_news("/novita/", 24), 8, lambda n: f"/novita?page={n}", "<p>Notizia.</p>")
    return s


def _wordpress_with_section(name: str, path: str, title: str, kinds: list[str]) -> Site:
    """A WordPress comune whose menu has a section (`path`, `title`) listing sub-sections `kinds`."""
    s = Site(name, "wordpress", [*WP_NAV, (path, title)], search=None)
    s.page("/", name, "<p>Benvenuti.</p>")
    s.page(path, title, ul([(f"{path}{slug(k)}/", k) for k in kinds]))
    return s


def wordpress_delibere_giunta_usmate() -> Site:
    """WordPress: Atti > Delibere di Giunta, a list of acts whose attachments are linked under each
    ('Allegato A (2021-2023)', `wp-content/uploads/2023/02/all_a_2021-2023.pdf`), among Delibere di
    Consiglio, Determine, Ordinanze, Decreti."""
    kinds = ["Delibere di Consiglio", "Delibere di Giunta", "Determine", "Ordinanze", "Decreti"]
    s = _wordpress_with_section("Comune di Usmate Velate", "/atti/", "Atti", kinds)
    up = "/wp-content/uploads/2023/02"
    rows = []
    for n in range(20, 28):
        rows.append(f'<li><a href="/atti/delibere-di-giunta/delibera-{n}-2023/">Delibera di Giunta n. {n}/2023</a>')
        rows.append(f' <a href="{up}/all_{n}_2023.pdf">Allegato ({n}/2023)</a></li>')
        s.page(f"/atti/delibere-di-giunta/delibera-{n}-2023/", f"Delibera n. {n}/2023", "<p>Delibera.</p>")
        s.document(f"{up}/all_{n}_2023.pdf", "Allegato")
    rows.insert(9, f'<li><a href="{up}/all_a_2021-2023.pdf">Allegato A (2021-2023)</a></li>')
    s.page("/atti/delibere-di-giunta/", "Delibere di Giunta", f"<ul>{''.join(rows)}</ul>")
    s.document(
        f"{up}/all_a_2021-2023.pdf",
        "Accordo di programma del Piano di Zona 2021-2023, Ambito di Vimercate: Usmate Velate, Vimercate",
        fact=True,
    )
    return s


def wordpress_piani_programmi_ornago() -> Site:
    """WordPress: Documenti > Piani e programmi, the plan as 'Documento 2025-2027' (`doc_2025-2027.pdf`)
    among the comune's other plans and programmes."""
    kinds = ["Regolamenti", "Modulistica", "Piani e programmi", "Bilanci", "Statuto"]
    s = _wordpress_with_section("Comune di Ornago", "/documenti/", "Documenti", kinds)
    up = "/wp-content/uploads/2025/04"
    plans = [
        (f"{up}/piano-diritto-studio-2025.pdf", "Piano per il diritto allo studio 2025"),
        (f"{up}/piano-neve-2025-2026.pdf", "Piano neve 2025-2026"),
        (f"{up}/doc_2025-2027.pdf", "Documento 2025-2027"),
        (f"{up}/programma-eventi-2025.pdf", "Programma eventi 2025"),
    ]
    s.page("/documenti/piani-e-programmi/", "Piani e programmi", ul(plans))
    for h, t in plans[:2] + plans[3:]:
        s.document(h, t)
    s.document(
        f"{up}/doc_2025-2027.pdf", "Piano di Zona 2025-2027 dell'Ambito di Vimercate: Ornago, Vimercate", fact=True
    )
    return s


def designers_allegato_notizia_bernareggio() -> Site:
    """Designers Italia: the news list's second page holds an article whose attachment is the plan,
    'Allegato (2025-2027)' (`/sites/default/files/2025-03/allegato_2025-2027.pdf`); the article's title
    says only that the council approved a document."""
    s = Site("Comune di Bernareggio", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Bernareggio", ul([("/novita", "Tutte le novità")]))
    article = ("/novita/approvato-il-documento-triennale", "Approvato il documento triennale")
    items = old_news("/novita/", 10) + [article] + old_news("/novita/b-", 13)
    news_list(s, "/novita", items, 8, lambda n: f"/novita?page={n}", "<p>Notizia del Comune.</p>")
    pdf = "/sites/default/files/2025-03/allegato_2025-2027.pdf"
    s.page(
        article[0],
        article[1],
        f'<p>Il Consiglio ha approvato il documento.</p><p><a href="{pdf}">Allegato (2025-2027)</a></p>',
    )
    s.document(pdf, "Piano di Zona 2025-2027 dell'Ambito di Vimercate: Bernareggio, Vimercate", fact=True)
    return s


def designers_stampa_cornate() -> Site:
    """Designers Italia whose every page links its print view ('Stampa', `?print=1`) and its PDF view
    ('Versione PDF', `?format=pdf`), each a page of its own template with the same views; the Ufficio
    di Piano two clicks deep under Servizi, the news in pages."""
    s = Site("Comune di Cornate d'Adda", "designers", DI_NAV, search=None, print_views=True)
    s.page("/", "Comune di Cornate d'Adda", ul([("/novita", "Tutte le novità"), ("/servizi", "Servizi")]))
    ufficio_di_piano_under_servizi(
        s, "<p>Cornate d'Adda fa parte dell'Ambito di Vimercate; l'Ufficio di Piano ha sede a Vimercate.</p>"
    )
    news_list(s, "/novita", old_news("/novita/", 30), 10, lambda n: f"/novita?page={n}", "<p>Notizia.</p>")
    return s


def plone_azienda_offerta_sociale() -> Site:
    """An azienda speciale that runs an ambito, on Plone: `/` redirects to the language root `/it/`;
    robots.txt declares `sitemap.xml.gz`, gzipped, the only place the plan's PDF is listed
    (`/it/documenti/piano-di-zona-2025-2027.pdf/@@download/file/pdz.pdf`); the Ufficio di Piano's page is
    Azienda > Chi siamo > 'Leggi'; a news item on the news list's second page (`?b_start:int=10`)."""
    nav = [
        ("/it/azienda", "Azienda"),
        ("/it/servizi", "Servizi"),
        ("/it/documenti", "Documenti"),
        ("/it/notizie", "Notizie"),
    ]
    s = Site("Offerta Sociale asc", "plain", nav, search=None)
    s.redirects["/"] = "/it/"
    s.page("/it/", "Offerta Sociale", "<p>Azienda speciale consortile dei comuni del Vimercatese.</p>")
    s.page("/it/azienda", "Azienda", ul([("/it/azienda/chi-siamo", "Chi siamo"), ("/it/azienda/bilanci", "Bilanci")]))
    s.page(
        "/it/azienda/chi-siamo",
        "Chi siamo",
        '<div class="tileItem"><h2>La nostra storia</h2><p>Nata nel 2004.</p>'
        '<a href="/it/azienda/chi-siamo/storia">Leggi</a></div>'
        '<div class="tileItem"><h2>Ufficio di Piano</h2><p>La programmazione dei servizi.</p>'
        '<a href="/it/azienda/chi-siamo/programmazione">Leggi</a></div>',
    )
    s.page("/it/azienda/chi-siamo/storia", "Storia", "<p>Fondata dai comuni soci.</p>")
    s.page(
        "/it/azienda/chi-siamo/programmazione",
        "Programmazione",
        "<p>L'Ufficio di Piano dell'Ambito di Vimercate ha sede in via Assunta 2, Vimercate; i comuni dell'ambito "
        "sono Vimercate, Agrate Brianza, Arcore, Bernareggio, Ornago, Usmate Velate.</p>",
        fact=True,
    )
    for path in ("/it/servizi", "/it/documenti", "/it/azienda/bilanci"):
        s.page(path, path.rsplit("/", 1)[-1].capitalize(), "<p>In aggiornamento.</p>")
    items = old_news("/it/notizie/", 10) + [("/it/notizie/nuovi-sportelli", "Nuovi sportelli sul territorio")]
    items += old_news("/it/notizie/b-", 5)
    news_list(s, "/it/notizie", items, 10, lambda n: f"/it/notizie?b_start:int={(n - 1) * 10}", "<p>Notizia.</p>")
    s.page(
        "/it/notizie/nuovi-sportelli",
        "Nuovi sportelli sul territorio",
        "<p>Gli sportelli dell'Ambito di Vimercate aprono ad Arcore e a Usmate Velate dal 1 aprile.</p>",
        fact=True,
    )
    pdf = "/it/documenti/piano-di-zona-2025-2027.pdf/@@download/file/pdz.pdf"
    s.document(pdf, "Piano di Zona 2025-2027 dell'Ambito di Vimercate", fact=True)
    s.robots = "User-agent: *\nDisallow: /manage\nSitemap: /sitemap.xml.gz\n"
    s.sitemap["/sitemap.xml.gz"] = [(p, "2025-03-01") for p in ("/it/", "/it/azienda", "/it/notizie", pdf)]
    return s


def round6_sites() -> list[Site]:
    return [
        designers_ricerche_agrate(),
        designers_sovvenzioni_arcore(),
        wordpress_delibere_giunta_usmate(),
        wordpress_piani_programmi_ornago(),
        designers_allegato_notizia_bernareggio(),
        designers_stampa_cornate(),
        plone_azienda_offerta_sociale(),
    ]

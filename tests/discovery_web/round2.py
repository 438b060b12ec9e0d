"""Sites of the second round (issue 19), written and measured before the rules changed: session
ids in every link, Joomla print views, and documents named only by their years under an Albo or a
documents section, beside triennial documents that are not a Piano di Zona."""

from __future__ import annotations

from .layout import ul
from .sites import Site, news_list, old_news, slug


def php_sessions_bollate() -> Site:
    """A PHP site that writes a new PHPSESSID into every link of every page: the Ufficio di Piano
    page is two clicks deep under 'Servizi sociali'."""
    nav = [
        ("/comune.php", "Il Comune"),
        ("/servizi.php", "Servizi"),
        ("/notizie.php", "Notizie"),
        ("/uffici.php", "Uffici"),
    ]
    s = Site("Comune di Bollate", "plain", nav, session="PHPSESSID")
    s.page("/", "Comune di Bollate", ul([("/notizie.php", "Ultime notizie"), ("/servizi.php", "Servizi")]))
    s.page(
        "/servizi.php",
        "Servizi",
        ul(
            [
                ("/servizi.php?sez=sociali", "Servizi sociali"),
                ("/servizi.php?sez=scuola", "Scuola"),
                ("/servizi.php?sez=tributi", "Tributi"),
            ]
        ),
    )
    s.page(
        "/servizi.php?sez=sociali",
        "Servizi sociali",
        ul([("/pagina.php?id=41", "Ufficio di Piano"), ("/pagina.php?id=42", "Assistenza domiciliare")]),
    )
    s.page(
        "/pagina.php?id=41",
        "Ufficio di Piano",
        "<p>Bollate è capofila dell'Ambito di Garbagnate Milanese; Ufficio di Piano in Piazza Aldo Moro 1.</p>",
        fact=True,
    )
    for path, title in [
        ("/servizi.php?sez=scuola", "Scuola"),
        ("/servizi.php?sez=tributi", "Tributi"),
        ("/pagina.php?id=42", "Assistenza domiciliare"),
        ("/comune.php", "Il Comune"),
        ("/uffici.php", "Uffici"),
    ]:
        s.page(path, title, ul([(f"/pagina.php?id={len(title) * 10 + k}", f"Voce {k}") for k in range(3)]))
    news_list(s, "/notizie.php", old_news("/notizia.php?n=", 12), 6, lambda n: f"/notizie.php?pag={n}", "<p>.</p>")
    return s


def java_jsessionid_rho() -> Site:
    """A Java portal that rewrites every link with ;jsessionid=…: the accordo PDF under
    'Documenti', named by its years."""
    nav = [("/portale/comune", "Comune"), ("/portale/documenti", "Documenti"), ("/portale/servizi", "Servizi")]
    s = Site("Comune di Rho", "plain", nav, session="jsessionid")
    s.page("/", "Comune di Rho", "<p>Portale istituzionale.</p>")
    s.page(
        "/portale/documenti",
        "Documenti",
        ul(
            [
                (f"/portale/documenti/categoria?id={k}", t)
                for k, t in enumerate(["Regolamenti", "Delibere", "Accordi e convenzioni", "Modulistica"])
            ]
        ),
    )
    s.page(
        "/portale/documenti/categoria?id=2",
        "Accordi e convenzioni",
        ul(
            [
                ("/portale/documenti/file/3381.pdf", "Accordo 2021-2023 (PDF)"),
                ("/portale/documenti/file/3380.pdf", "Convenzione tesoreria"),
            ]
        ),
    )
    s.document("/portale/documenti/file/3381.pdf", "Accordo di programma Ambito del Rhodense 2021-2023", fact=True)
    s.document("/portale/documenti/file/3380.pdf", "Convenzione di tesoreria")
    return s


def joomla_print_paderno() -> Site:
    """Joomla 3 with a print link on every article and every list: the ambito article is one of
    eight in 'Servizi sociali'."""
    nav = [
        ("/index.php/comune", "Il Comune"),
        ("/index.php/servizi-sociali", "Servizi sociali"),
        ("/index.php/notizie", "Notizie"),
    ]
    s = Site("Comune di Paderno Dugnano", "joomla", nav, search=("/index.php", "searchword"))
    s.page("/", "Home", "<p>Benvenuti.</p>")
    titles = [
        "Asilo nido",
        "Bonus famiglia",
        "Centro diurno",
        "Ambito e Piano di Zona",
        "Trasporto sociale",
        "Pasti",
        "Telesoccorso",
        "Contributi affitto",
    ]
    arts = [(f"/index.php/servizi-sociali/{60 + i}-{slug(t)}", t) for i, t in enumerate(titles)]
    printed = "".join(
        f'<div class="blog-item"><h2><a href="{h}">{t}</a></h2><a href="{h}?tmpl=component&amp;print=1">'
        f"Stampa</a></div>"
        for h, t in arts
    )
    s.page("/index.php/servizi-sociali", "Servizi sociali", printed)
    for h, t in arts:
        fact = "Piano di Zona" in t
        text = (
            "<p>Paderno Dugnano fa parte dell'Ambito territoriale di Paderno Dugnano con Cormano, "
            "Cusano Milanino, Cinisello.</p>"
            if fact
            else "<p>Servizio del Comune.</p>"
        )
        for path in (h, f"{h}?tmpl=component&print=1"):
            s.page(path, t, text + f'<a href="{h}?tmpl=component&amp;print=1">Stampa</a>')
        if fact:
            s.facts.add(h)
    return s


def albo_years_seriate() -> Site:
    """An ASP table layout whose Albo lists acts by number: the accordo is 'Documento 2021/2023'
    among twelve acts (one a triennial budget, not a plan); the template of the acts' pages is the
    same for all."""
    nav = [
        ("default.asp", "Home"),
        ("albo.asp", "Albo pretorio"),
        ("pagina.asp?id=20", "Uffici"),
        ("pagina.asp?id=30", "Tributi"),
    ]
    s = Site("Comune di Seriate", "table", nav)
    s.page("/", "Benvenuti", "<p>Sito ufficiale.</p>")
    s.page("/default.asp", "Benvenuti", "<p>Sito ufficiale.</p>")
    titles = [
        "Documento 2019",
        "Documento 2020",
        "Bilancio di previsione 2024-2026",
        "Documento 2022",
        "Delibera G.C. n. 3",
        "Matrimoni",
        "Avviso elezioni",
        "Decreto sindacale",
        "Ordinanza n. 5",
        "Documento 2021/2023",
        "Documento 2024",
        "Documento 2018/2020 bilancio",
    ]
    acts = [(f"pagina.asp?id={150 + i}", t) for i, t in enumerate(titles)]
    s.page("/albo.asp", "Albo pretorio", ul(acts))
    for h, t in acts:
        s.page("/" + h, t, "<p>Atto pubblicato all'albo.</p>")
    s.page(
        "/pagina.asp?id=159",
        "Documento 2021/2023",
        "<p>Accordo di programma per l'attuazione del Piano di Zona dell'Ambito di Seriate.</p>",
        fact=True,
    )
    for i in (20, 30):
        s.page(f"/pagina.asp?id={i}", "Pagina", ul([(f"pagina.asp?id={i * 10 + k}", f"Voce {k}") for k in range(4)]))
    return s


CARATE_ACTS = ["Determina 88/2022", "Delibera G.C. 14/2022", "Avviso pubblico", "Delibera C.C. 9/2022", "Ordinanza 3"]


def wordpress_allegati_carate() -> Site:
    """WordPress: 'Documenti' > 'Albo pretorio' > an act whose attachments are named by number and
    years only; the one of the plan's triennium is the accordo."""
    nav = [("/il-comune/", "Il Comune"), ("/documenti/", "Documenti"), ("/novita/", "Novità"), ("/servizi/", "Servizi")]
    s = Site("Comune di Carate Brianza", "wordpress", nav)
    s.page("/", "Comune di Carate Brianza", "<p>Benvenuti.</p>")
    s.page(
        "/documenti/",
        "Documenti",
        ul(
            [
                ("/documenti/albo-pretorio/", "Albo pretorio"),
                ("/documenti/regolamenti/", "Regolamenti"),
                ("/documenti/modulistica/", "Modulistica"),
            ]
        ),
    )
    acts = [(f"/documenti/albo-pretorio/atto-{700 + i}/", t) for i, t in enumerate(CARATE_ACTS)]
    news_list(s, "/documenti/albo-pretorio/", acts, 5, lambda n: f"/documenti/albo-pretorio/page/{n}/")
    for h, t in acts:
        s.page(h, t, "<p>Atto.</p>")
    up = "/wp-content/uploads/2022/03/"
    attachments = [
        (f"{up}allegato_164_2022.pdf", "Allegato 89 – 2022"),
        (f"{up}allegato_166_2021_2023.pdf", "Allegato 90 – 2021-2023"),
        (f"{up}allegato_167_2023_2025.pdf", "Allegato 91 – 2023-2025"),
    ]
    s.page(acts[3][0], acts[3][1], "<p>Allegati:</p>" + ul(attachments))
    for h, t in attachments:
        s.document(h, t, fact="2021_2023" in h)
    return s


def round2_sites() -> list[Site]:
    return [
        php_sessions_bollate(),
        java_jsessionid_rho(),
        joomla_print_paderno(),
        albo_years_seriate(),
        wordpress_allegati_carate(),
    ]

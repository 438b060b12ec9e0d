"""The development sites. Facts (comuni, ambiti) are real Lombard ones; the words are ours."""

from __future__ import annotations

from .late import late_sites
from .layout import ul
from .round2 import round2_sites
from .round3 import round3_sites
from .round4 import round4_sites
from .round5 import round5_sites
from .round6 import round6_sites
from .round7 import round7_sites
from .round8 import round8_sites
from .round9 import round9_sites
from .round10 import round10_sites
from .round11 import round11_sites
from .round12 import round12_sites
from .round13 import round13_sites
from .round14 import round14_sites
from .round15 import round15_sites
from .round16 import round16_sites
from .round17 import round17_sites
from .round18 import round18_sites
from .round19 import round19_sites
from .round20 import round20_sites
from .round21 import round21_sites
from .round22 import round22_sites
from .round23 import round23_sites
from .round24 import round24_sites
from .sites import AT_SECTIONS, Site, news_list, old_news, slug

DI_NAV = [
    ("/amministrazione", "Amministrazione"),
    ("/novita", "Novità"),
    ("/servizi", "Servizi"),
    ("/vivere-il-comune", "Vivere il Comune"),
    ("/argomenti", "Tutti gli argomenti"),
]
WP_NAV = [
    ("/il-comune/", "Il Comune"),
    ("/amministrazione/", "Amministrazione"),
    ("/uffici/", "Uffici"),
    ("/novita/", "Novità"),
    ("/servizi/", "Servizi"),
    ("/territorio/", "Territorio"),
    ("/turismo/", "Turismo"),
    ("/modulistica/", "Modulistica"),
    ("/eventi/", "Eventi"),
]

MEMBERS_SEREGNO = (
    "Seregno, Barlassina, Ceriano Laghetto, Cogliate, Giussano, Lazzate, Lentate sul Seveso, Meda, Misinto, Seveso"
)


def designers_lentate() -> Site:
    """Designers Italia comune: an accordo PDF four clicks deep behind 'Documenti e dati', named by
    its years only; an Ufficio di Piano notice only on page 2 of the news."""
    s = Site("Comune di Lentate sul Seveso", "designers", DI_NAV, search=("/ricerca", "q"))
    s.page("/", "Comune di Lentate sul Seveso", ul([("/novita", "Tutte le novità"), ("/servizi", "Tutti i servizi")]))
    s.page(
        "/amministrazione",
        "Amministrazione",
        ul(
            [
                ("/amministrazione/organi-di-governo", "Organi di governo"),
                ("/amministrazione/aree-amministrative", "Aree amministrative"),
                ("/amministrazione/uffici", "Uffici"),
                ("/amministrazione/documenti-e-dati", "Documenti e dati"),
                ("/amministrazione/politici", "Politici"),
            ]
        ),
    )
    s.page(
        "/amministrazione/documenti-e-dati",
        "Documenti e dati",
        ul(
            [
                ("/amministrazione/documenti-e-dati/documenti-albo-pretorio", "Documenti albo pretorio"),
                ("/amministrazione/documenti-e-dati/modulistica", "Modulistica"),
                ("/amministrazione/documenti-e-dati/accordi-tra-enti", "Accordi tra enti"),
                ("/amministrazione/documenti-e-dati/dataset", "Dataset"),
                ("/amministrazione/documenti-e-dati/documenti-tecnici-di-supporto", "Documenti tecnici di supporto"),
            ]
        ),
    )
    s.page(
        "/amministrazione/documenti-e-dati/accordi-tra-enti",
        "Accordi tra enti",
        ul(
            [
                ("/documenti/convenzione-segreteria.pdf", "Convenzione di segreteria 2019"),
                ("/documenti/adp_2021_2023_def.pdf", "Accordo 2021-2023"),
                ("/documenti/protocollo-polizia-locale.pdf", "Protocollo polizia locale"),
            ]
        ),
    )
    s.document(
        "/documenti/adp_2021_2023_def.pdf",
        f"Accordo di programma per l'attuazione del Piano di Zona dell'Ambito di Seregno: {MEMBERS_SEREGNO}",
        fact=True,
    )
    s.document("/documenti/convenzione-segreteria.pdf", "Convenzione segreteria")
    s.document("/documenti/protocollo-polizia-locale.pdf", "Protocollo")
    items = (
        old_news("/novita/", 8)
        + [("/novita/nuovi-orari-sportello", "Nuovi orari dello sportello")]
        + old_news("/novita/n", 6)
    )
    news_list(s, "/novita", items, 8, lambda n: f"/novita?page={n}")
    s.page(
        "/novita/nuovi-orari-sportello",
        "Nuovi orari dello sportello",
        "<p>Da lunedì lo sportello di segretariato sociale riceve anche il giovedì. Per le domande di voucher "
        "rivolgersi all'Ufficio di Piano dell'Ambito di Seregno, tel. 0362 263 111, udp@comune.seregno.mb.it.</p>",
        fact=True,
    )
    return s


def wordpress_cassano() -> Site:
    """WordPress comune: a PDF in /wp-content/uploads/ named by years, linked from a documents page
    whose text speaks of the Piano di Zona; another listed only in the sitemap; a page found only by
    the site's search; news on /page/N/; a calendar."""
    s = Site("Comune di Cassano d'Adda", "wordpress", WP_NAV, search=("/", "s"))
    s.robots += "Sitemap: /wp-sitemap.xml\n"
    s.page("/", "Benvenuti", ul([("/novita/", "Notizie"), ("/amministrazione/documenti-e-dati/", "Documenti")]))
    s.page(
        "/amministrazione/",
        "Amministrazione",
        ul(
            [
                ("/amministrazione/giunta/", "Giunta"),
                ("/amministrazione/consiglio/", "Consiglio comunale"),
                ("/amministrazione/documenti-e-dati/", "Documenti e dati"),
            ]
        ),
    )
    s.page(
        "/amministrazione/documenti-e-dati/",
        "Documenti e dati",
        "<h2>Programmazione sociale</h2><p>Il Comune fa parte dell'Ambito di Melzo con altri comuni: il Piano di "
        "Zona è approvato dall'Assemblea dei Sindaci.</p>"
        + ul(
            [
                ("/wp-content/uploads/2022/03/Documento-2021-2023.pdf", "Documento 2021–2023"),
                ("/wp-content/uploads/2023/01/bilancio-2023.pdf", "Bilancio di previsione 2023"),
            ]
        ),
    )
    s.document(
        "/wp-content/uploads/2022/03/Documento-2021-2023.pdf", "Piano di Zona Ambito di Melzo 2021-2023", fact=True
    )
    s.document("/wp-content/uploads/2024/02/sottoscrizione-2024.pdf", "Accordo di programma Ambito di Melzo", fact=True)
    s.page(
        "/ufficio-di-piano-sede/",
        "Sede dell'Ufficio di Piano",
        "<p>Ufficio di Piano dell'Ambito di Melzo, Piazza Vittorio Emanuele II 1, Melzo. Comuni: Cassano d'Adda, "
        "Inzago, Liscate, Melzo, Pozzuolo Martesana, Truccazzano, Vignate, Settala.</p>",
        fact=True,
    )
    items = old_news("/20", 0) + [(f"/2025/0{i % 9 + 1}/{slug(t)}/", t) for i, (_, t) in enumerate(old_news("/", 14))]
    items.insert(11, ("/2024/11/03/firmato-accordo-territoriale/", "Firmato l'accordo territoriale per il welfare"))
    news_list(s, "/novita/", items, 6, lambda n: f"/novita/page/{n}/", "<p>Notizia del Comune.</p>")
    s.page(
        "/2024/11/03/firmato-accordo-territoriale/",
        "Firmato l'accordo territoriale per il welfare",
        "<p>I sindaci dei comuni dell'Ambito di Melzo hanno sottoscritto l'accordo di programma; capofila è il "
        "Comune di Melzo.</p>",
        fact=True,
    )
    s.sitemap["/wp-sitemap.xml"] = []  # an index, filled below
    s.sitemap["/wp-sitemap-posts-page-1.xml"] = [(p, "2025-01-10") for p in s.pages if not p.endswith(".pdf")][:30]
    s.sitemap["/wp-sitemap-posts-attachment-1.xml"] = [
        ("/wp-content/uploads/2024/02/sottoscrizione-2024.pdf", "2024-02-20"),
        ("/wp-content/uploads/2023/01/bilancio-2023.pdf", "2023-01-30"),
    ] + [(f"/wp-content/uploads/2025/0{i % 9 + 1}/modulo-{i}.pdf", "2025-03-01") for i in range(12)]
    s.sitemap["/wp-sitemap-posts-page-1.xml"] = [
        (p, lm) for p, lm in s.sitemap["/wp-sitemap-posts-page-1.xml"] if p != "/ufficio-di-piano-sede/"
    ]
    return s


def joomla_vimercate() -> Site:
    """Joomla 3: the Ufficio di Piano article on page 2 of a category blog; the list of the ambito's
    comuni only in the site's search."""
    nav = [
        ("/index.php/il-comune", "Il Comune"),
        ("/index.php/uffici", "Uffici"),
        ("/index.php/servizi-alla-persona", "Servizi alla persona"),
        ("/index.php/news", "News"),
        ("/index.php/modulistica", "Modulistica"),
    ]
    s = Site("Comune di Vimercate", "joomla", nav, search=("/index.php", "searchword"))
    s.page("/", "Home", "<p>Benvenuti nel sito istituzionale.</p>")
    s.page(
        "/index.php/servizi-alla-persona",
        "Servizi alla persona",
        ul(
            [
                ("/index.php/servizi-alla-persona/scuola", "Scuola"),
                ("/index.php/servizi-alla-persona/12-sociale", "Area sociale"),
                ("/index.php/servizi-alla-persona/sport", "Sport"),
            ]
        ),
    )
    arts = [
        (f"/index.php/servizi-alla-persona/12-sociale/{40 + i}-{slug(t)}", t)
        for i, t in enumerate(
            [
                "Assegno di maternità",
                "Bonus energia",
                "Trasporto anziani",
                "Assistenza domiciliare",
                "Pasti a domicilio",
                "Telesoccorso",
                "Ufficio di Piano",
                "Centro diurno",
            ]
        )
    ]
    for k, start in enumerate((0, 5)):
        chunk = arts[start : start + 5]
        pager = '<a href="/index.php/servizi-alla-persona/12-sociale?start=5">Avanti</a>' if k == 0 else ""
        s.page(
            "/index.php/servizi-alla-persona/12-sociale" + ("?start=5" if k else ""),
            "Area sociale",
            "".join(f'<div class="blog-item"><h2><a href="{h}">{t}</a></h2></div>' for h, t in chunk) + pager,
        )
    for h, t in arts:
        s.page(h, t, "<p>Il servizio è gestito dal Comune.</p>")
    s.page(
        arts[6][0],
        "Ufficio di Piano",
        "<p>L'Ufficio di Piano dell'Ambito di Vimercate ha sede in Via Cavour 72, tel. 039 6659 111.</p>",
        fact=True,
    )
    s.page(
        "/index.php/component/content/article/88?catid=2",
        "Comuni del territorio",
        "<p>L'Ambito territoriale di Vimercate comprende 28 comuni: Agrate Brianza, Aicurzio, Arcore, Bellusco, "
        "Burago di Molgora, Camparada, Caponago, Carnate, Cavenago di Brianza, Concorezzo, Vimercate...</p>",
        fact=True,
    )
    return s


def table_desio() -> Site:
    """An old ASP site of tables: facts two clicks deep under 'Servizi sociali'; a disallowed
    area linked from it; a calendar in every page."""
    nav = [
        ("default.asp", "Home"),
        ("pagina.asp?id=10", "Il Comune"),
        ("pagina.asp?id=20", "Uffici e orari"),
        ("pagina.asp?id=31", "Servizi Sociali"),
        ("pagina.asp?id=40", "Tributi"),
        ("pagina.asp?id=50", "Cultura"),
        ("pagina.asp?id=60", "Modulistica"),
    ]
    s = Site("Comune di Desio", "table", nav)
    s.robots = "User-agent: *\nDisallow: /riservato/\n"
    s.page("/", "Benvenuti", "<p>Sito ufficiale.</p>")
    s.page("/default.asp", "Benvenuti", "<p>Sito ufficiale.</p>")
    s.page(
        "/pagina.asp?id=31",
        "Servizi Sociali",
        ul(
            [
                ("pagina.asp?id=77", "Piano di Zona"),
                ("pagina.asp?id=78", "Distretto socio-sanitario"),
                ("pagina.asp?id=79", "Assistenza scolastica"),
                ("riservato/verbali.asp", "Verbali (area riservata)"),
            ]
        ),
    )
    s.page(
        "/pagina.asp?id=77",
        "Piano di Zona",
        "<p>Desio è capofila dell'Ambito di Desio: Bovisio-Masciago, Cesano Maderno, Desio, Limbiate, Muggiò, "
        "Nova Milanese, Varedo.</p>",
        fact=True,
    )
    s.page(
        "/pagina.asp?id=78",
        "Distretto socio-sanitario",
        "<p>Ufficio di Piano: Piazza Giovanni Paolo II, Desio. Telefono 0362 392 1.</p>",
        fact=True,
    )
    s.page("/riservato/verbali.asp", "Verbali dell'Assemblea dei Sindaci", "<p>Riservato.</p>")
    s.forbidden.add("/riservato/verbali.asp")
    for i in (10, 20, 40, 50, 60, 79, 1):
        if f"/pagina.asp?id={i}" not in s.pages:
            s.page(
                f"/pagina.asp?id={i}", "Pagina", ul([(f"pagina.asp?id={i * 10 + k}", f"Voce {k}") for k in range(4)])
            )
    return s


def trasparenza_treviglio() -> Site:
    """Amministrazione trasparente and an Albo pretorio with pages: a convenzione PDF under 'Altri
    contenuti > Dati ulteriori'; a deliberation on page 2 of the Albo, with its attachment."""
    nav = [
        ("/il-comune", "Il Comune"),
        ("/servizi", "Servizi"),
        ("/novita", "Novità"),
        ("/amministrazione-trasparente", "Amministrazione trasparente"),
        ("/albo-pretorio", "Albo pretorio"),
    ]
    s = Site("Comune di Treviglio", "designers", nav, search=("/ricerca", "q"))
    s.page("/", "Comune di Treviglio", "<p>Portale istituzionale.</p>")
    s.page(
        "/amministrazione-trasparente",
        "Amministrazione trasparente",
        ul([(f"/amministrazione-trasparente/{slug(t)}", t) for t in AT_SECTIONS]),
    )
    s.page(
        "/amministrazione-trasparente/altri-contenuti",
        "Altri contenuti",
        ul(
            [
                (
                    "/amministrazione-trasparente/altri-contenuti/prevenzione-della-corruzione",
                    "Prevenzione della corruzione",
                ),
                ("/amministrazione-trasparente/altri-contenuti/accesso-civico", "Accesso civico"),
                ("/amministrazione-trasparente/altri-contenuti/dati-ulteriori", "Dati ulteriori"),
            ]
        ),
    )
    s.page(
        "/amministrazione-trasparente/altri-contenuti/dati-ulteriori",
        "Dati ulteriori",
        ul(
            [
                (
                    "/allegati/at/convenzione_gestione_associata_2022_2026.pdf",
                    "Convenzione gestione associata 2022-2026",
                ),
                ("/allegati/at/spese-rappresentanza.pdf", "Spese di rappresentanza"),
            ]
        ),
    )
    s.document(
        "/allegati/at/convenzione_gestione_associata_2022_2026.pdf",
        "Convenzione per la gestione associata delle funzioni sociali, Ambito di Treviglio",
        fact=True,
    )
    acts = [
        (f"/albo-pretorio/atto/{4500 + i}", t)
        for i, t in enumerate(
            [
                "Determina impegno di spesa manutenzione",
                "Avviso di deposito atti",
                "Ordinanza viabilità",
                "Pubblicazione di matrimonio",
                "Delibera G.C. n. 80 variazione di bilancio",
                "Avviso asta pubblica",
                "Determina acquisto arredi",
                "Deliberazione C.C. n. 23: schema di accordo tra i comuni del distretto",
                "Ordinanza sindacale n. 12",
            ]
        )
    ]
    news_list(s, "/albo-pretorio", acts, 5, lambda n: f"/albo-pretorio?pagina={n}", "<p>Atto pubblicato all'albo.</p>")
    s.page(
        acts[7][0],
        acts[7][1],
        "<p>Approvazione dello schema di accordo per il Piano di Zona dell'Ambito di "
        "Treviglio, capofila Treviglio.</p>" + ul([("/allegati/albo/all_4507.pdf", "Allegato A")]),
        fact=True,
    )
    s.document("/allegati/albo/all_4507.pdf", "Schema di accordo, Ambito di Treviglio: 18 comuni", fact=True)
    return s


def ambito_pdf_sondrio() -> Site:
    """An ambito's own small site, mostly PDFs, with a contacts page."""
    nav = [("/index.html", "Home"), ("/documenti.html", "Documenti"), ("/contatti.html", "Contatti")]
    s = Site("Ufficio di Piano di Sondrio", "plain", nav, robots="User-agent: *\n")
    s.page("/", "Ufficio di Piano dell'Ambito di Sondrio", "<p>Sito dell'Ufficio di Piano.</p>")
    s.page("/index.html", "Ufficio di Piano dell'Ambito di Sondrio", "<p>Sito dell'Ufficio di Piano.</p>")
    s.page(
        "/documenti.html",
        "Documenti",
        ul(
            [
                ("/doc/pdz_2025_2027.pdf", "Piano di Zona 2025-2027"),
                ("/doc/elenco.pdf", "Elenco dei comuni"),
                ("/doc/regolamento_ufficio.pdf", "Regolamento"),
            ]
        ),
    )
    s.document("/doc/pdz_2025_2027.pdf", "Piano di Zona 2025-2027 Ambito di Sondrio", fact=True)
    s.document("/doc/elenco.pdf", "Comuni dell'Ambito di Sondrio: Albosaggia, Berbenno, Caiolo, ...", fact=True)
    s.document("/doc/regolamento_ufficio.pdf", "Regolamento di funzionamento dell'Ufficio di Piano")
    s.page(
        "/contatti.html", "Contatti", "<p>Ufficio di Piano, Via Perego 1, Sondrio, tel. 0342 526 111.</p>", fact=True
    )
    return s


def decoy_chiuro() -> Site:
    """A comune with none: 'distretto del commercio', 'ambiti di trasformazione', 'centro sociale'."""
    s = Site("Comune di Chiuro", "wordpress", WP_NAV, search=("/", "s"))
    s.page(
        "/",
        "Benvenuti",
        ul(
            [
                ("/territorio/distretto-del-commercio/", "Distretto del commercio"),
                ("/territorio/pgt/", "Piano di Governo del Territorio"),
            ]
        ),
    )
    s.page(
        "/territorio/pgt/",
        "PGT",
        ul(
            [
                (f"/wp-content/uploads/2020/05/ambito-trasformazione-{i}.pdf", f"Scheda ambito di trasformazione AT{i}")
                for i in range(1, 7)
            ]
        ),
    )
    s.page("/territorio/distretto-del-commercio/", "Distretto del commercio", "<p>Bandi per i negozi.</p>")
    return s


def wordpress_sitemap_only_lecco() -> Site:
    """WordPress with a Yoast sitemap index declared in robots.txt: the Ufficio di Piano page only
    in the sitemap; an article on the 'programmazione zonale' only on news page 3."""
    s = Site("Comune di Lecco", "wordpress", WP_NAV, search=("/", "s"))
    s.robots = "User-agent: *\nDisallow: /wp-admin/\nDisallow: /?s=\nSitemap: /sitemap_index.xml\n"
    s.redirects["/sitemap.xml"] = "/sitemap_index.xml"
    s.page("/", "Comune di Lecco", "<p>Benvenuti.</p>")
    s.page(
        "/servizi/sociale/udp-ambito-lecco/",
        "Ufficio di Piano",
        "<p>Ambito di Lecco: 31 comuni, capofila Lecco. Ufficio di Piano, Piazza Diaz 1.</p>",
        fact=True,
    )
    items = [(f"/2025/0{i % 9 + 1}/{slug(t)}/", t) for i, (_, t) in enumerate(old_news("/", 16))]
    items.insert(
        13,
        (
            "/2024/05/14/approvato-il-documento-di-programmazione-zonale/",
            "Approvato il documento di programmazione zonale",
        ),
    )
    news_list(s, "/novita/", items, 6, lambda n: f"/novita/page/{n}/", "<p>Notizia.</p>")
    s.page(
        items[13][0],
        items[13][1],
        "<p>L'Assemblea dei Sindaci dell'Ambito di Lecco ha approvato il Piano di Zona 2025-2027.</p>",
        fact=True,
    )
    s.sitemap["/sitemap_index.xml"] = []
    s.sitemap["/page-sitemap.xml"] = [("/", "2025-06-01"), ("/servizi/sociale/udp-ambito-lecco/", "2025-05-02")] + [
        (f"/il-comune/{slug(t)}/", "2019-01-01") for t in ("Storia", "Stemma", "Gemellaggi", "Frazioni")
    ]
    s.sitemap["/post-sitemap.xml"] = [(p, "2025-01-01") for p, _ in items if "programmazione" not in p]
    s.forbidden.add("/?s=piano+di+zona")
    return s


def designers_servizi_monza() -> Site:
    """Designers Italia: the facts in a service card under 'Servizi > Assistenza sociale', and in a
    topic page; the search answers on /ricerca."""
    s = Site("Comune di Brugherio", "designers", DI_NAV, search=("/ricerca", "q"))
    s.page("/", "Comune di Brugherio", ul([("/argomenti", "Argomenti")]))
    s.page(
        "/servizi",
        "Servizi",
        ul(
            [
                ("/servizi-categoria/anagrafe", "Anagrafe e stato civile"),
                ("/servizi-categoria/tributi", "Tributi"),
                ("/servizi-categoria/assistenza-sociale", "Salute, benessere e assistenza"),
                ("/servizi-categoria/educazione", "Educazione e formazione"),
            ]
        ),
    )
    s.page(
        "/servizi-categoria/assistenza-sociale",
        "Salute, benessere e assistenza",
        ul(
            [
                ("/servizi/contributo-affitto", "Contributo affitto"),
                ("/servizi/segretariato-sociale", "Segretariato sociale"),
                ("/servizi/voucher-anziani", "Voucher anziani"),
            ]
        ),
    )
    s.page(
        "/servizi/segretariato-sociale",
        "Segretariato sociale",
        "<p>Brugherio fa parte dell'Ambito territoriale di Monza con Monza e Villasanta; l'Ufficio di Piano "
        "ha sede a Monza, tel. 039 2372 1.</p>",
        fact=True,
    )
    s.page("/servizi/voucher-anziani", "Voucher anziani", "<p>Domande entro marzo.</p>")
    s.page(
        "/argomenti",
        "Argomenti",
        ul(
            [
                (f"/argomenti/{slug(t)}", t)
                for t in ("Assistenza sociale", "Istruzione", "Mobilità", "Tempo libero", "Ambiente", "Sport")
            ]
        ),
    )
    return s


def ambito_di_site_abbiategrasso() -> Site:
    """An ambito's own Designers Italia site: facts one and two clicks deep; search disallowed."""
    nav = [("/chi-siamo", "Chi siamo"), ("/comuni", "I comuni"), ("/documenti", "Documenti"), ("/contatti", "Contatti")]
    s = Site("Ambito Territoriale di Abbiategrasso", "designers", nav, search=("/ricerca", "q"))
    s.robots = "User-agent: *\nDisallow: /ricerca\n"
    s.page("/", "Ambito Territoriale di Abbiategrasso", "<p>Servizi sociali associati di 15 comuni.</p>")
    s.page(
        "/comuni", "I comuni", "<p>Abbiategrasso (capofila), Albairate, Besate, Bubbiano, Calvignasco...</p>", fact=True
    )
    s.page("/contatti", "Contatti", "<p>Ufficio di Piano, Piazza Marconi 1, Abbiategrasso.</p>", fact=True)
    s.page("/documenti", "Documenti", ul([("/documenti/piano-di-zona-2025-2027", "Piano di Zona 2025-2027")]))
    s.page(
        "/documenti/piano-di-zona-2025-2027", "Piano di Zona 2025-2027", "<p>Approvato il 10/01/2025.</p>", fact=True
    )
    s.forbidden.add("/ricerca?q=piano+di+zona")
    return s


def catalog() -> list[Site]:
    return [
        designers_lentate(),
        wordpress_cassano(),
        joomla_vimercate(),
        table_desio(),
        trasparenza_treviglio(),
        ambito_pdf_sondrio(),
        decoy_chiuro(),
        wordpress_sitemap_only_lecco(),
        designers_servizi_monza(),
        ambito_di_site_abbiategrasso(),
        *late_sites(),
        *round2_sites(),
        *round3_sites(),
        *round4_sites(),
        *round5_sites(),
        *round6_sites(),
        *round7_sites(),
        *round8_sites(),
        *round9_sites(),
        *round10_sites(),
        *round11_sites(),
        *round12_sites(),
        *round13_sites(),
        *round14_sites(),
        *round15_sites(),
        *round16_sites(),
        *round17_sites(),
        *round18_sites(),
        *round19_sites(),
        *round20_sites(),
        *round21_sites(),
        *round22_sites(),
        *round23_sites(),
        *round24_sites(),
    ]

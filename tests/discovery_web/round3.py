"""Sites of the third round (issue 19), written and measured before the rules changed: documents
two to four clicks deep under Provvedimenti, Documenti tecnici or an Albo, named only by a number
and years; session ids under names the crawler is not told about (`?s=` with a number, ASP.NET's
cookieless `/(S(…))/` path); listings that eat a budget (news pages, categories, tags, archives);
an ambito's site whose attachments hang under numbered minutes; a decoy of triennial programmes."""

from __future__ import annotations

from .layout import ul
from .sites import AT_SECTIONS, Site, news_list, old_news, slug

DI_NAV = [
    ("/amministrazione", "Amministrazione"),
    ("/novita", "Novità"),
    ("/servizi", "Servizi"),
    ("/vivere-il-comune", "Vivere il comune"),
]


def _acts(prefix: str, numbers: range, year: int, word: str = "Atto") -> list[tuple[str, str]]:
    return [(f"{prefix}{word.lower()}-{n}-{year}", f"{word} n. {n}/{year}") for n in numbers]


def designers_provvedimenti_saronno() -> Site:
    """Designers Italia: Amministrazione trasparente > Provvedimenti > Provvedimenti organi
    indirizzo politico > 'Atto n. 18/2022' > 'Allegato 90 – 2021-2023', a PDF whose URL says nothing;
    around it 22 sections of transparency, forty news on five pages, topic pages."""
    s = Site("Comune di Saronno", "designers", DI_NAV, search=("/ricerca", "q"))
    s.page("/", "Comune di Saronno", ul([("/novita", "Tutte le novità"), ("/argomenti", "Argomenti")]))
    at = "/amministrazione-trasparente"
    s.page(at, "Amministrazione trasparente", ul([(f"{at}/{slug(t)}", t) for t in AT_SECTIONS]))
    prov = f"{at}/provvedimenti"
    s.page(
        prov,
        "Provvedimenti",
        ul(
            [
                (f"{prov}/provvedimenti-organi-indirizzo-politico", "Provvedimenti organi indirizzo politico"),
                (f"{prov}/provvedimenti-dirigenti-amministrativi", "Provvedimenti dirigenti amministrativi"),
            ]
        ),
    )
    organi = f"{prov}/provvedimenti-organi-indirizzo-politico"
    acts = _acts(f"{organi}/", range(11, 23), 2022)
    s.page(organi, "Provvedimenti organi indirizzo politico", ul(acts))
    for h, t in acts:
        s.page(h, t, "<p>Deliberazione della Giunta comunale.</p>")
    s.page(
        f"{organi}/atto-18-2022",
        "Atto n. 18/2022",
        "<p>Deliberazione della Giunta comunale. Allegati:</p>"
        + ul(
            [
                ("/documents/20182/0/allegato_89.pdf", "Allegato 89 – 2022"),
                ("/documents/20182/0/allegato_90.pdf", "Allegato 90 – 2021-2023"),
            ]
        ),
    )
    s.document("/documents/20182/0/allegato_89.pdf", "Elenco beneficiari 2022")
    s.document(
        "/documents/20182/0/allegato_90.pdf",
        "Accordo di programma del Piano di Zona 2021-2023, Ambito di Saronno: Caronno Pertusella, Cislago, "
        "Gerenzano, Origgio, Saronno, Uboldo",
        fact=True,
    )
    news_list(s, "/novita", old_news("/novita/", 40), 8, lambda n: f"/novita?page={n}", "<p>Notizia.</p>")
    topics = ["Ambiente", "Cultura", "Sport", "Scuola", "Mobilità", "Tributi", "Lavori pubblici", "Sicurezza"]
    s.page("/argomenti", "Argomenti", ul([(f"/argomenti/{slug(t)}", t) for t in topics]))
    for t in topics:
        s.page(f"/argomenti/{slug(t)}", t, ul(old_news(f"/novita/{slug(t)}-", 6)))
    return s


def halley_documenti_tecnici_cantu() -> Site:
    """A Halley-style .asp site: Documenti e dati > Documenti tecnici > 'Documento 2021/2023' >
    'Leggi tutto', the attachment, served as a PDF from allegati.asp; every page is pagina.asp?id=N."""
    nav = [
        ("default.asp", "Home"),
        ("pagina.asp?id=2", "Documenti e dati"),
        ("pagina.asp?id=3", "Uffici"),
        ("pagina.asp?id=4", "Servizi"),
        ("pagina.asp?id=5", "Vivere Cantù"),
        ("pagina.asp?id=6", "Notizie"),
        ("pagina.asp?id=7", "Modulistica"),
    ]
    s = Site("Comune di Cantù", "table", nav)
    s.page("/", "Benvenuti", "<p>Sito ufficiale del Comune.</p>")
    s.page("/default.asp", "Benvenuti", "<p>Sito ufficiale del Comune.</p>")
    sections = ["Documenti tecnici", "Regolamenti", "Statuto", "Bandi", "Modulistica", "Dataset"]
    s.page("/pagina.asp?id=2", "Documenti e dati", ul([(f"pagina.asp?id={11 + i}", t) for i, t in enumerate(sections)]))
    docs = [
        "Documento 2019",
        "Documento 2020/2022 bilancio",
        "Documento 2021",
        "Documento 2021/2023",
        "Documento 2022",
        "Documento 2023",
        "Piano triennale opere pubbliche 2021/2023",
        "Documento 2024",
    ]
    listed = [(f"pagina.asp?id={162 + i}", t) for i, t in enumerate(docs)]
    s.page("/pagina.asp?id=11", "Documenti tecnici", ul(listed))
    for h, t in listed:
        s.page("/" + h, t, f"<p>{t}.</p>" + ul([(f"allegati.asp?id={h.rsplit('=', 1)[1]}&n=1", "Leggi tutto")]))
        s.document(f"/allegati.asp?id={h.rsplit('=', 1)[1]}&n=1", f"Allegato di {t}")
    s.document("/allegati.asp?id=165&n=1", "Accordo di programma Piano di Zona 2021-2023 Ambito di Cantù", fact=True)
    for i in range(3, 8):
        s.page(f"/pagina.asp?id={i}", "Sezione", ul([(f"pagina.asp?id={i * 20 + k}", f"Voce {k}") for k in range(6)]))
    for i in range(12, 17):
        s.page(f"/pagina.asp?id={i}", "Elenco", ul([(f"pagina.asp?id={i * 20 + k}", f"Scheda {k}") for k in range(5)]))
    return s


def joomla_albo_mariano() -> Site:
    """Joomla 3: an Albo of thirty acts, ten a page (`?start=`); 'Determinazione n. 18/2022' on the
    third page carries 'Allegato 90 – 2021-2023'; a calendar and a news blog beside it."""
    nav = [
        ("/index.php/comune", "Il Comune"),
        ("/index.php/albo-pretorio", "Albo pretorio"),
        ("/index.php/notizie", "Notizie"),
        ("/index.php/eventi/calendario", "Eventi"),
    ]
    s = Site("Comune di Mariano Comense", "joomla", nav, search=("/index.php", "searchword"))
    s.page("/", "Home", "<p>Benvenuti nel sito del Comune.</p>")
    acts = _acts("/index.php/albo-pretorio/", range(39, 9, -1), 2022, "Determinazione")
    albo = "/index.php/albo-pretorio"
    news_list(s, albo, acts, 10, lambda n: f"{albo}?start={(n - 1) * 10}", "<p>Atto pubblicato.</p>")
    s.page(
        f"{albo}/determinazione-18-2022",
        "Determinazione n. 18/2022",
        "<p>Approvazione. Allegati:</p>" + ul([("/images/albo/2022/all_90.pdf", "Allegato 90 – 2021-2023")]),
    )
    s.document("/images/albo/2022/all_90.pdf", "Accordo Piano di Zona 2021-2023 Ambito di Cantù", fact=True)
    news_list(
        s,
        "/index.php/notizie",
        old_news("/index.php/notizie/", 30),
        6,
        lambda n: f"/index.php/notizie?start={(n - 1) * 6}",
        "<p>.</p>",
    )
    return s


def php_numeric_session_cesano() -> Site:
    """A PHP site that writes a new `s=<ten digits>` into every link (a session under a name the
    crawler is not told about, a value no hex-token rule sees): the Ufficio di Piano article is two
    clicks deep under Servizi."""
    nav = [(f"/index.php?page={p}", p.capitalize()) for p in ("comune", "servizi", "notizie", "uffici", "eventi")]
    s = Site("Comune di Cesano Maderno", "plain", nav, session="s")
    s.page("/", "Comune di Cesano Maderno", ul([("/index.php?page=notizie", "Notizie")]))
    s.page(
        "/index.php?page=servizi",
        "Servizi",
        ul([(f"/index.php?page=servizi&sez={k}", k.capitalize()) for k in ("sociali", "scuola", "tributi", "sport")]),
    )
    s.page(
        "/index.php?page=servizi&sez=sociali",
        "Servizi sociali",
        ul([("/index.php?page=articolo&id=77", "Ufficio di Piano"), ("/index.php?page=articolo&id=78", "Nidi")]),
    )
    s.page(
        "/index.php?page=articolo&id=77",
        "Ufficio di Piano",
        "<p>Cesano Maderno fa parte dell'Ambito di Desio; l'Ufficio di Piano ha sede a Desio.</p>",
        fact=True,
    )
    for p in ("comune", "uffici", "eventi"):
        s.page(
            f"/index.php?page={p}",
            p.capitalize(),
            ul([(f"/index.php?page=articolo&id={len(p) * 10 + k}", f"Voce {k}") for k in range(4)]),
        )
    for k in ("scuola", "tributi", "sport"):
        s.page(
            f"/index.php?page=servizi&sez={k}",
            k.capitalize(),
            ul([(f"/index.php?page=articolo&id={len(k) * 11 + j}", f"Scheda {j}") for j in range(3)]),
        )
    news_list(
        s,
        "/index.php?page=notizie",
        old_news("/index.php?page=notizia&n=", 24),
        6,
        lambda n: f"/index.php?page=notizie&pag={n}",
        "<p>.</p>",
    )
    return s


def aspnet_cookieless_legnano() -> Site:
    """An ASP.NET site in cookieless session mode: every link carries `/(S(<24 letters>))/` in its
    path, new on each answer; the ambito page is two clicks deep, its accordo one more."""
    nav = [
        (f"/Pagine/{p}.aspx", t)
        for p, t in (
            ("Comune", "Comune"),
            ("Servizi", "Servizi"),
            ("Notizie", "Notizie"),
            ("Documenti", "Documenti"),
            ("Contatti", "Contatti"),
        )
    ]
    s = Site("Comune di Legnano", "plain", nav, session="aspnet")
    s.page("/", "Comune di Legnano", "<p>Benvenuti.</p>")
    s.page(
        "/Pagine/Servizi.aspx",
        "Servizi",
        ul([(f"/Pagine/Servizi.aspx?area={a}", a.capitalize()) for a in ("sociale", "scuola", "casa", "lavoro")]),
    )
    s.page(
        "/Pagine/Servizi.aspx?area=sociale",
        "Area sociale",
        ul([("/Pagine/Scheda.aspx?id=501", "Ambito distrettuale"), ("/Pagine/Scheda.aspx?id=502", "Anziani")]),
    )
    s.page(
        "/Pagine/Scheda.aspx?id=501",
        "Ambito distrettuale",
        "<p>Legnano è capofila dell'Ambito territoriale di Legnano.</p>"
        + ul([("/Allegati/adp-2021.pdf", "Accordo di programma")]),
        fact=True,
    )
    s.document("/Allegati/adp-2021.pdf", "Accordo di programma Ambito di Legnano", fact=True)
    for p in ("Comune", "Documenti", "Contatti"):
        s.page(
            f"/Pagine/{p}.aspx", p, ul([(f"/Pagine/Scheda.aspx?id={len(p) * 30 + k}", f"Voce {k}") for k in range(5)])
        )
    news_list(
        s,
        "/Pagine/Notizie.aspx",
        old_news("/Pagine/Notizia.aspx?n=", 20),
        5,
        lambda n: f"/Pagine/Notizie.aspx?pg={n}",
        "<p>.</p>",
    )
    return s


def wordpress_listings_pioltello() -> Site:
    """WordPress with every listing a theme makes: news on six pages, eight categories and twelve
    tags each with their pages, monthly archives. The fact is a post in the 'Sociale' category,
    and the Piano di Zona PDF it links."""
    nav = [("/il-comune/", "Il Comune"), ("/novita/", "Novità"), ("/servizi/", "Servizi"), ("/documenti/", "Documenti")]
    s = Site("Comune di Pioltello", "wordpress", nav, search=("/", "s"))
    cats = ["Ambiente", "Cultura", "Sport", "Scuola", "Sociale", "Lavori", "Tributi", "Eventi"]
    tags = [
        "estate",
        "bando",
        "avviso",
        "scadenza",
        "giovani",
        "anziani",
        "famiglie",
        "mostra",
        "strade",
        "rifiuti",
        "biblioteca",
        "teatro",
    ]
    sidebar = ul(
        [(f"/category/{slug(c)}/", c) for c in cats]
        + [(f"/tag/{t}/", t) for t in tags]
        + [(f"/2025/{m:02d}/", f"Archivio {m}/2025") for m in range(1, 13)]
    )
    s.page("/", "Comune di Gorgonzola", "<p>Benvenuti.</p>" + sidebar)
    posts = old_news("/2025/", 36)
    news_list(s, "/novita/", posts, 6, lambda n: f"/novita/page/{n}/", "<p>Articolo.</p>" + sidebar)
    for i, c in enumerate(cats):
        chunk = posts[i * 3 : i * 3 + 15]
        if c == "Sociale":
            chunk = chunk[:11] + [("/2025/05/sportello-ambito/", "Nuovo sportello")] + chunk[11:]
        news_list(s, f"/category/{slug(c)}/", chunk, 5, lambda n, c=c: f"/category/{slug(c)}/page/{n}/")
    for i, t in enumerate(tags):
        news_list(s, f"/tag/{t}/", posts[i : i + 12], 4, lambda n, t=t: f"/tag/{t}/page/{n}/")
    for m in range(1, 13):
        s.page(f"/2025/{m:02d}/", f"Archivio {m}/2025", ul(posts[m : m + 3]))
    s.page(
        "/2025/05/sportello-ambito/",
        "Nuovo sportello",
        "<p>Apre lo sportello dell'Ufficio di Piano dell'Ambito dell'Adda Martesana, tel. 02 9500 0000.</p>"
        + ul([("/wp-content/uploads/2025/05/pdz-2025-2027.pdf", "Scarica il documento")]),
        fact=True,
    )
    s.document("/wp-content/uploads/2025/05/pdz-2025-2027.pdf", "Piano di Zona 2025-2027 Adda Martesana", fact=True)
    return s


def ambito_verbali_garbagnate() -> Site:
    """An ambito's own Drupal site: Documenti > Assemblea dei Sindaci > 'Verbale n. 3/2023' > 'Allegato
    1' (a PDF); the home page names the ambito, the pages below do not."""
    nav = [("/documenti", "Documenti"), ("/servizi", "Servizi"), ("/news", "News"), ("/contatti", "Contatti")]
    s = Site("Ufficio di Piano di Garbagnate", "plain", nav, robots="User-agent: *\nDisallow: /user/\n")
    s.page("/", "Ambito territoriale di Garbagnate Milanese", "<p>Il sito dell'Ufficio di Piano dell'Ambito.</p>")
    kinds = ["Assemblea dei Sindaci", "Tavolo tecnico", "Avvisi pubblici", "Modulistica", "Bandi"]
    s.page("/documenti", "Documenti", ul([(f"/documenti/{slug(k)}", k) for k in kinds]))
    minutes = [(f"/node/{300 + n}", f"Verbale n. {n}/2023") for n in range(1, 7)]
    s.page("/documenti/assemblea-dei-sindaci", "Assemblea dei Sindaci", ul(minutes))
    for h, t in minutes:
        s.page(h, t, "<p>Verbale della seduta.</p>" + ul([(f"/sites/default/files/{h[6:]}-all1.pdf", "Allegato 1")]))
        s.document(f"/sites/default/files/{h[6:]}-all1.pdf", "Allegato")
    s.document(
        "/sites/default/files/303-all1.pdf", "Comuni aderenti: Baranzate, Bollate, Cesate, Garbagnate", fact=True
    )
    for k in kinds[1:]:
        s.page(f"/documenti/{slug(k)}", k, ul([(f"/node/{400 + len(k) * 3 + j}", f"{k} {j}") for j in range(4)]))
    news_list(s, "/news", old_news("/node/9", 18), 6, lambda n: f"/news?page={n - 1}", "<p>.</p>")
    s.page("/contatti", "Contatti", '<p>Via Milano 1.</p><a href="/user/login">Area riservata</a>')
    s.forbidden.add("/user/login")
    return s


def decoy_triennial_albiate() -> Site:
    """A decoy: Provvedimenti and attachments named by years, all of triennial programmes (public
    works, staffing), none of social planning."""
    s = Site("Comune di Albiate", "designers", DI_NAV, search=("/ricerca", "q"))
    s.page("/", "Comune di Albiate", "<p>Benvenuti.</p>")
    prov = "/amministrazione-trasparente/provvedimenti"
    s.page("/amministrazione-trasparente", "Amministrazione trasparente", ul([(prov, "Provvedimenti")]))
    acts = _acts(f"{prov}/", range(1, 7), 2022)
    s.page(prov, "Provvedimenti", ul(acts))
    for i, (h, t) in enumerate(acts):
        name = ["Programma triennale opere pubbliche", "Piano triennale fabbisogni di personale"][i % 2]
        s.page(h, t, f"<p>{name}.</p>" + ul([(f"/documents/{i}/allegato_{i}.pdf", f"Allegato {i} – 2021-2023")]))
        s.document(f"/documents/{i}/allegato_{i}.pdf", name)
    return s


def round3_sites() -> list[Site]:
    return [
        designers_provvedimenti_saronno(),
        halley_documenti_tecnici_cantu(),
        joomla_albo_mariano(),
        php_numeric_session_cesano(),
        aspnet_cookieless_legnano(),
        wordpress_listings_pioltello(),
        ambito_verbali_garbagnate(),
        decoy_triennial_albiate(),
    ]

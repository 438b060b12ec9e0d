"""Sites of the eighteenth round, written and measured before the rules changed.

For the reason the tenth simulated web missed an azienda's avviso: once a site has yielded two fact pages, the
links of the lowest priorities are left (`AMBITI_SETTLED_PRIORITY`), and a card of its *Bandi e avvisi* list
named by its number alone ("Avviso 4/2025") was one of them: *Bandi e avvisi* was a generic section, not a
section of acts, so a notice by its number on it gained nothing that an act of an Albo gains.

- the site of an azienda that runs an ambito: its Ufficio di Piano's page and the Piano di Zona's PDF are found
  first; its Bandi e avvisi lists the azienda's determinations, and on its second page "Avviso 4/2025", the
  ambito's call for home-care vouchers.

For the reason the twelfth simulated web missed a comune's news item: the only way to it is the site's RSS feed,
which every page's head names (`<link rel="alternate" type="application/rss+xml">`); no page links the old item
and no sitemap lists it. The crawl never read a feed; a sister site reached the same item through its search, which
a splash home page hides.

- a comune with a splash home page whose head names its news feed; the feed's last and oldest item is the news
  that the accordo of the Piano di Zona was signed, which the news list no longer shows.

For the reason the eleventh simulated web missed a news article's PDF: the list's second page, its last, names no
next page ("Carica altri" on the first page only; the second links back to the first), so it was no list and its
cards were ordinary links, two hops from planning words, kept in the reserve until the site reached its floor.

- a comune whose news list has two pages; an article on the second, titled with no word of planning, attaches the
  accordo of the Piano di Zona.

For the reason the tenth simulated web missed an accordo attached to a news article on the list's second page: the
cards of a list's pages up to the first that shows the ambito's news never settle, but that page (the third) was
known only after the second page's cards had been asked and refused as settled, and a refused card was not asked
again.

- a comune whose Ufficio di Piano page and plan its home page links (two fact pages first); its news list in three
  pages, each naming the next only, shows "Firmato il Piano di Zona" on the third, and an article on the second
  attaches the accordo of 2021-2023.

And for the reason it missed an accordo filed with a record of Amministrazione trasparente: the section
*Enti di diritto privato controllati* (the decree's own name for it) was not one of the sections of records the
trail knows (*Enti controllati*, *Enti pubblici vigilati*), so its records were generic links one hop too far.

- a comune whose Amministrazione trasparente > Enti controllati lists *Enti di diritto privato controllati*, whose
  record of the foundation that runs the ambito's services attaches the accordo.
"""

from __future__ import annotations

from html import escape

from .layout import ul
from .sites import Site, slug

AZIENDA = "Azienda sociale dell'Abbiatense"


def avvisi_abbiatense() -> Site:
    """The Ufficio di Piano and the Piano di Zona on the home page (found first), and Bandi e avvisi in pages whose
    second page lists "Avviso 4/2025" among numbered determinations."""
    s = Site(AZIENDA, "plain", [("/bandi-e-avvisi/", "Bandi e avvisi"), ("/contatti/", "Contatti")], search=None)
    office, plan = "/ufficio-di-piano/", "/documenti/piano-di-zona-2025-2027.pdf"
    intro = "<p>L'Azienda gestisce i servizi sociali dei comuni dell'Ambito territoriale dell'Abbiatense.</p>"
    s.page("/", AZIENDA, intro + ul([(office, "Ufficio di Piano"), (plan, "Piano di Zona 2025-2027")]))
    s.page(office, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale dell'Abbiatense.</p>", fact=True)
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale dell'Abbiatense", fact=True)
    notice = "/bandi-e-avvisi/avviso-4-2025/"
    acts = range(60, 48, -1)
    cards = [(f"/bandi-e-avvisi/determinazione-{n}-2025/", f"Determinazione n. {n} del 2025") for n in acts]
    cards.insert(7, (notice, "Avviso 4/2025"))
    pages = [cards[:6], cards[6:12], cards[12:]]
    for n, chunk in enumerate(pages, 1):
        pager = [(f"/bandi-e-avvisi/?pg={k}", f"Pagina {k}") for k in range(1, len(pages) + 1) if k != n]
        path = "/bandi-e-avvisi/" if n == 1 else f"/bandi-e-avvisi/?pg={n}"
        s.page(path, "Bandi e avvisi" if n == 1 else f"Bandi e avvisi - pagina {n}", ul(chunk) + ul(pager))
    for path, title in cards:
        s.page(path, title, "<p>Impegno di spesa per la fornitura di servizi.</p>")
    text = "<p>Voucher per l'assistenza domiciliare dell'Ambito territoriale dell'Abbiatense: domande entro giugno.</p>"
    s.page(notice, "Avviso 4/2025", text, fact=True)
    return s


RIVAROLO = "Comune di Rivarolo Mantovano"


def _rss(items: list[tuple[str, str]]) -> str:
    rows = "".join(f"<item><title>{escape(t)}</title><link>{h}</link></item>" for h, t in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Notizie</title>{rows}</channel></rss>"


def feed_rivarolo() -> Site:
    """A splash home page ("Entra nel sito") whose head names /feed/; the news list shows the recent news, and the
    feed's last item the signed accordo, which no page links."""
    nav = [("/notizie/", "Notizie"), ("/comune/", "Il Comune")]
    s = Site(RIVAROLO, "joomla", nav, search=None)
    s.pages["/"] = (
        f'<!doctype html><html lang="it"><head><meta charset="utf-8"><title>{RIVAROLO}</title>'
        '<link rel="alternate" type="application/rss+xml" title="Notizie" href="/feed/"></head>'
        f'<body class="splash"><h1>{RIVAROLO}</h1><a href="/home/">Entra nel sito</a></body></html>'
    )
    s.page("/home/", RIVAROLO, "<p>Benvenuti nel sito istituzionale.</p>")
    news = [(f"/notizie/{n}/", t) for n, t in enumerate(("Mercato settimanale", "Raccolta rifiuti", "Festa del paese"))]
    s.page("/notizie/", "Notizie", ul(news))
    for path, title in news:
        s.page(path, title, "<p>Avviso alla cittadinanza.</p>")
    signed = "/notizie/sottoscritto-l-accordo-di-programma/"
    text = "<p>I sindaci dell'Ambito territoriale di Viadana hanno sottoscritto l'accordo del Piano di Zona.</p>"
    s.page(signed, "Sottoscritto l'accordo di programma", text, fact=True)
    s.feeds["/feed/"] = _rss([*news, (signed, "Sottoscritto l'accordo di programma del Piano di Zona 2025-2027")])
    return s


GHEDI = "Comune di Ghedi"


def last_page_ghedi() -> Site:
    """Novità > Notizie in two pages: the first loads more ("Carica altri"), the second only leads back; an
    article on the second attaches the accordo."""
    nav = [("/servizi/", "Servizi"), ("/novita/notizie/", "Novità"), ("/amministrazione/", "Amministrazione")]
    nav += [("/documenti-e-dati/", "Documenti e dati"), ("/vivere-il-comune/", "Vivere il comune")]
    nav += [("/amministrazione-trasparente/", "Amministrazione trasparente"), ("/albo-pretorio/", "Albo pretorio")]
    s = Site(GHEDI, "designers", nav, search=None)
    s.page("/", GHEDI, "<p>Il portale istituzionale del Comune.</p>")
    social = "/servizi/servizi-sociali/"
    s.page("/servizi/", "Servizi", ul([(social, "Servizi sociali"), ("/servizi/tributi/", "Tributi")]))
    text = "<p>Il Comune fa parte dell'Ambito territoriale di Ghedi: l'Ufficio di Piano riceve il lunedì.</p>"
    s.page(social, "Servizi sociali", text, fact=True)
    subjects = ["Mercato", "Rifiuti", "Biblioteca", "Strade", "Anagrafe", "Teatro", "Scuola", "Sport", "Tributi"]
    subjects += ["Parcheggi", "Cimitero", "Mostra", "Incontro in sala civica"]
    cards = [(f"/novita/notizie/{slug(t)}-{n}/", t) for n, t in enumerate(subjects)]
    more = "/novita/notizie/(offset)/8"
    s.page("/novita/notizie/", "Notizie", ul(cards[:8]) + ul([(more, "Carica altri")]))
    s.page(more, "Notizie", ul(cards[8:]) + ul([("/novita/notizie/", "Torna alle notizie")]))
    accordo = "/documenti/accordo-di-programma-2025-2027.pdf"
    for path, title in cards:
        attached = ul([(accordo, "Accordo di programma 2025-2027")]) if path == cards[-1][0] else ""
        s.page(path, title, f"<p>Avviso alla cittadinanza.</p>{attached}")
    s.document(accordo, "Accordo di programma 2025-2027 dell'Ambito territoriale di Ghedi", fact=True)
    return s


CARPENEDOLO = "Comune di Carpenedolo"


def news_carpenedolo() -> Site:
    """Ufficio di Piano and its plan on the home page; Notizie in three pages of six, the third shows the signed
    Piano di Zona, an article on the second the accordo of 2021-2023."""
    s = Site(CARPENEDOLO, "plain", [("/notizie/", "Notizie"), ("/comune/", "Il Comune")], search=None)
    office, plan = "/ufficio-di-piano/", "/allegati/piano-di-zona-2025-2027.pdf"
    s.page("/", CARPENEDOLO, ul([(office, "Ufficio di Piano"), (plan, "Piano di Zona 2025-2027")]))
    s.page(office, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale di Montichiari.</p>", fact=True)
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale di Montichiari", fact=True)
    subjects = ["Mercato", "Rifiuti", "Biblioteca", "Strade", "Anagrafe", "Teatro", "Scuola", "Sport", "Tributi"]
    subjects += ["Parcheggi", "Cimitero", "Mostra", "Corsi di nuoto", "Centro estivo", "Vaccinazioni"]
    cards = [(f"/notizie/{slug(t)}-{n}/", t) for n, t in enumerate(subjects)]
    signed = "/notizie/firmato-il-piano-di-zona/"
    cards.insert(13, (signed, "Firmato il Piano di Zona"))
    pages = ["/notizie/", "/notizie/page/2/", "/notizie/page/3/"]
    for n, path in enumerate(pages):  # each page names the next one only, as WordPress's "Articoli meno recenti"
        after = ul([(pages[n + 1], "Articoli meno recenti")]) if n + 1 < len(pages) else ""
        s.page(path, "Notizie", ul(cards[6 * n : 6 * n + 6]) + after)
    accordo = "/allegati/accordo-2021-2023.pdf"
    for path, title in cards:
        attached = ul([(accordo, "Scarica (2021-2023)")]) if title == "Parcheggi" else ""
        s.page(path, title, f"<p>Avviso alla cittadinanza.</p>{attached}")
    text = "<p>I sindaci dell'Ambito territoriale di Montichiari hanno firmato il Piano di Zona.</p>"
    s.page(signed, "Firmato il Piano di Zona", text, fact=True)
    s.document(accordo, "Accordo di programma 2021-2023 dell'Ambito territoriale di Montichiari", fact=True)
    return s


ROZZANO = "Comune di Rozzano"


def private_bodies_rozzano() -> Site:
    """Amministrazione trasparente > Enti controllati > Enti di diritto privato controllati > a foundation's record,
    which attaches the accordo; the rest of Amministrazione trasparente as generated sections."""
    at = "/amministrazione-trasparente/"
    nav = [(at, "Amministrazione trasparente"), ("/vivere-il-comune/", "Vivere il comune"), ("/servizi/", "Servizi")]
    nav += [("/documenti-e-dati/", "Documenti e dati"), ("/novita/", "Novità")]
    s = Site(ROZZANO, "designers", nav, search=None)
    s.page("/", ROZZANO, "<p>Il portale istituzionale del Comune.</p>")
    bodies, private = f"{at}enti-controllati/", f"{at}enti-controllati/enti-di-diritto-privato-controllati/"
    sections = [(f"{at}{slug(t)}/", t) for t in ("Disposizioni generali", "Organizzazione", "Consulenti", "Personale")]
    sections += [(f"{at}{slug(t)}/", t) for t in ("Bandi di concorso", "Performance", "Bilanci", "Pagamenti")]
    s.page(at, "Amministrazione trasparente", ul([*sections, (bodies, "Enti controllati")]))
    kinds = [(f"{bodies}enti-pubblici-vigilati/", "Enti pubblici vigilati")]
    kinds += [(private, "Enti di diritto privato controllati")]
    s.page(bodies, "Enti controllati", ul([*kinds, (f"{bodies}rappresentazione-grafica/", "Rappresentazione grafica")]))
    record = f"{private}fondazione-naviglio-sociale/"
    s.page(private, "Enti di diritto privato controllati", ul([(record, "Fondazione Naviglio Sociale")]))
    accordo = "/allegati/fondazione-naviglio-sociale-2021-2023.pdf"
    text = "<p>Ragione sociale: Fondazione Naviglio Sociale. Quota di partecipazione: 12%.</p>"
    s.page(record, "Fondazione Naviglio Sociale", text + ul([(accordo, "Allegato (2021-2023)")]))
    s.document(accordo, "Accordo di programma 2021-2023 dell'Ambito territoriale del Visconteo Sud Milano", fact=True)
    return s


def round18_sites() -> list[Site]:
    return [avvisi_abbiatense(), feed_rivarolo(), last_page_ghedi(), news_carpenedolo(), private_bodies_rozzano()]

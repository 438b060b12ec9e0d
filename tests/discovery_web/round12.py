"""Sites of the twelfth round, written and measured before the rules changed.

Two for the reasons the sixth simulated web (a diagnosis web from this round on) still missed pages:

- a Designers Italia comune whose social services sit under the model's service category *Salute,
  benessere e assistenza*, two generic hops from the home page, where the last entry links the azienda
  speciale that runs the ambito (another host, no seed): the comune settled on two fact pages (the news of
  the plan, the accordo) and refused the category; and had it read it, the page names no ambito, so the
  azienda's link did not qualify as a linked site;
- a WordPress comune whose news list shows the plan's news on its third page while a card on the second
  page, whose title says nothing, attaches the accordo of 2021-2023: the site settled (Servizi sociali,
  the post its search found) and refused the second page's cards; only the first page's were kept.
"""

from __future__ import annotations

from .layout import Links, ul
from .sites import Site, news_list, old_news, site_link, slug

AZIENDA = "Azienda Speciale Consortile Servizi alla Persona del Castanese"
ACCORDO = "/documenti-e-dati/accordo-di-programma-2025-2027.pdf"
MOVED_PDF = "/public/archivio/accordo-2025-2027.pdf"  # its address before the site moved (301 to ACCORDO)


def designers_salute_turbigo() -> Site:
    """Servizi > Salute, benessere e assistenza > "Azienda speciale consortile" (another host); the plan's
    news and the accordo on the comune's own pages settle it first."""
    nav = [("/amministrazione/", "Amministrazione"), ("/servizi/", "Servizi"), ("/novita/", "Novità")]
    nav += [("/documenti-e-dati/", "Documenti e dati"), ("/vivere-il-comune/", "Vivere il comune")]
    s = Site("Comune di Turbigo", "designers", nav, search=None)
    s.page("/", "Comune di Turbigo", "<p>Benvenuti nel portale del Comune.</p>")
    post = "/novita/firmato-il-piano-di-zona-2025-2027/"
    items: Links = [(post, "Firmato il Piano di Zona 2025-2027"), *old_news("/novita/", 6)]
    news_list(s, "/novita/", items, 8, lambda n: f"/novita/?page={n}", "<p>Notizia.</p>")
    s.page(post, "Firmato il Piano di Zona", "<p>Firmato il Piano di Zona dell'Ambito di Castano Primo.</p>", fact=True)
    # the accordo linked by its address before the site's migration, which redirects to where it is now
    docs = ul([(MOVED_PDF, "Accordo di programma 2025-2027"), ("/documenti-e-dati/modulistica/", "Modulistica")])
    s.page("/documenti-e-dati/", "Documenti e dati", docs)
    s.redirects[MOVED_PDF] = ACCORDO
    s.document(ACCORDO, "Accordo di programma 2025-2027, Ambito territoriale di Castano Primo", fact=True)
    categories = ["Salute, benessere e assistenza", "Educazione e formazione", "Tributi e finanze", "Ambiente"]
    categories += ["Anagrafe e stato civile", "Mobilità e trasporti"]
    s.page("/servizi/", "Servizi", ul([(f"/servizi/{slug(c)}/", c) for c in categories]))
    salute = "/servizi/salute-benessere-e-assistenza/"
    services = [(f"{salute}assistenza-domiciliare/", "Assistenza domiciliare"), (f"{salute}nido/", "Asilo nido")]
    services += [(f"{site_link(AZIENDA)}/", "Azienda speciale consortile")]
    s.page(salute, "Salute, benessere e assistenza", ul(services))
    return s


def azienda_castanese() -> Site:
    """The azienda's site, reached only from Turbigo's category page: its Ufficio di Piano and the plan."""
    nav = [("/chi-siamo/", "Chi siamo"), ("/documenti/", "Documenti"), ("/contatti/", "Contatti")]
    s = Site(AZIENDA, "plain", nav, search=None, seed=False)
    s.page("/", AZIENDA, "<p>L'azienda gestisce i servizi sociali dei comuni del Castanese.</p>")
    udp = "/chi-siamo/ufficio-di-piano/"
    s.page("/chi-siamo/", "Chi siamo", ul([(udp, "Ufficio di Piano"), ("/chi-siamo/storia/", "Storia")]))
    s.page(udp, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale di Castano Primo.</p>", fact=True)
    plan = "/download/612/612_2025-2027.pdf"
    s.page("/documenti/", "Documenti", ul([(plan, "Documento 2025-2027"), ("/documenti/carta/", "Carta dei servizi")]))
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale di Castano Primo", fact=True)
    return s


def wordpress_seconda_pagina_tradate() -> Site:
    """WordPress: "Firmato il Piano di Zona" is on the news list's third page; on its second, "Mercatino
    dell'antiquariato" attaches "Scarica (2021-2023)", the accordo's PDF. Servizi sociali speaks of the
    ambito and the search finds the post: two fact pages, and the site settles."""
    nav = [("/uffici/", "Uffici"), ("/documenti/", "Documenti"), ("/atti/", "Atti")]
    nav += [("/albo-pretorio-online/", "Albo pretorio online"), ("/category/notizie/", "Notizie")]
    s = Site("Comune di Tradate", "wordpress", nav, search=("/", "s"))
    s.page("/", "Comune di Tradate", "<p>Benvenuti.</p>")
    s.page("/uffici/", "Uffici", ul([("/uffici/servizi-sociali/", "Servizi sociali"), ("/uffici/tecnico/", "Tecnico")]))
    s.page(
        "/uffici/servizi-sociali/", "Servizi sociali", "<p>Tradate è capofila dell'Ambito territoriale.</p>", fact=True
    )
    post = "/2025/03/firmato-il-piano-di-zona-2025-2027/"
    fair = "/2023/11/mercatino-dell-antiquariato/"
    items: Links = [(f"/2024/{1 + n % 9}/{h.rsplit('/', 1)[-1]}/", t) for n, (h, t) in enumerate(old_news("", 12))]
    items[11:11] = [(fair, "Mercatino dell'antiquariato")]
    items[18:18] = [(post, "Firmato il Piano di Zona 2025-2027")]
    items += [(f"/2023/0{1 + n % 9}/{h.rsplit('/', 1)[-1]}/", t) for n, (h, t) in enumerate(old_news("", 10))]
    pages = lambda n: f"/category/notizie/page/{n}/" if n > 1 else "/category/notizie/"  # noqa: E731
    news_list(s, "/category/notizie/", items, 8, pages, "<p>Notizia.</p>")
    signed = "<p>Firmato il Piano di Zona 2025-2027 dell'Ambito di Tradate.</p>"
    s.page(post, "Firmato il Piano di Zona", signed, fact=True)
    pdf = "/wp-content/uploads/2022/04/581_2021-2023.pdf"
    s.page(fair, "Mercatino dell'antiquariato", f"<p>In piazza dalle 8.</p>{ul([(pdf, 'Scarica (2021-2023)')])}")
    s.document(pdf, "Accordo di programma 2021-2023 dell'Ambito territoriale di Tradate", fact=True)
    return s


def round12_sites() -> list[Site]:
    return [designers_salute_turbigo(), azienda_castanese(), wordpress_seconda_pagina_tradate()]

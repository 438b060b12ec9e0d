"""Sites of the sixteenth round, written and measured before the rules changed.

For the reason the tenth simulated web (a diagnosis web from this round on) never requested two sites: a
comune's Servizi sociali page whose content ends with a link to the site of the body that runs its social
services on another host, named by the comune's own words for it, which name no azienda and no address.

- a comune whose Servizi > Servizi sociali page lists its services and, last, "Servizi in forma associata",
  the site of the unione of comuni that runs them, where the Ufficio di Piano has its page;
- a comune whose Uffici > Settore servizi sociali page says who to call and links "Vai al sito dell'ente
  gestore", the site of the gestione associata, where the Piano di Zona's page is.

And for the reason it missed a PDF listed only in a sitemap: the seed is a comune's bare address, which sends its
pages to its www twin, and whose own robots.txt names the twin's sitemap, a host the crawl did not know yet.

- a comune whose bare address answers robots.txt with the www twin's sitemap and sends every other path there;
  the twin's sitemap index names a sitemap of its pages and the Piano di Zona's PDF, which no page links.
"""

from __future__ import annotations

from .layout import ul
from .sites import Site, site_link, slug

UNIONE = "Unione dei Comuni della Brianza Barzanese - servizi alla persona"
GESTORE = "Servizi sociali intercomunali del Meratese"


def servizi_sociali_barzano() -> Site:
    """Servizi > Servizi sociali: its services and, last, "Servizi in forma associata" on the unione's host."""
    nav = [("/servizi/", "Servizi"), ("/notizie/", "Notizie"), ("/amministrazione/", "Amministrazione")]
    s = Site("Comune di Barzanò", "plain", nav, search=None)
    s.page("/", "Comune di Barzanò", "<p>Benvenuti nel sito del Comune.</p>")
    social = "/servizi/servizi-sociali/"
    s.page("/servizi/", "Servizi", ul([(social, "Servizi sociali"), ("/servizi/tributi/", "Tributi")]))
    services = [("/servizi/servizi-sociali/assistenza-domiciliare/", "Assistenza domiciliare")]
    services += [("/servizi/servizi-sociali/pasti-a-domicilio/", "Pasti a domicilio")]
    services += [(f"{site_link(UNIONE)}/", "Servizi in forma associata")]
    s.page(social, "Servizi sociali", ul(services))
    return s


def _body(name: str, intro: str, section: tuple[str, str], fact: tuple[str, str, str], other: str) -> Site:
    """The site of the body that runs a comune's social services, reached only from the comune's page: a home
    page, one section listing the fact page and `other`."""
    home, heading = section
    path, title, text = fact
    s = Site(name, "plain", [section, ("/contatti/", "Contatti")], search=None, seed=False)
    s.page("/", name, f"<p>{intro}</p>")
    s.page(home, heading, ul([(path, title), (f"{home}{slug(other)}/", other)]))
    s.page(path, title, f"<p>{text}</p>", fact=True)
    return s


def unione_barzanese() -> Site:
    """The unione's site, reached only from Barzanò's Servizi sociali page."""
    udp = ("/chi-siamo/ufficio-di-piano/", "Ufficio di Piano", "L'Ufficio di Piano dell'Ambito territoriale di Lecco.")
    intro = "L'Unione gestisce i servizi alla persona dei comuni aderenti."
    return _body(UNIONE, intro, ("/chi-siamo/", "Chi siamo"), udp, "Organi")


def settore_sociale_sirtori() -> Site:
    """Uffici > Settore servizi sociali: contacts, and "Vai al sito dell'ente gestore" on the gestore's host."""
    nav = [("/uffici/", "Uffici"), ("/eventi/", "Eventi"), ("/contatti/", "Contatti")]
    s = Site("Comune di Sirtori", "joomla", nav, search=None)
    s.page("/", "Comune di Sirtori", "<p>Sito istituzionale.</p>")
    office = "/uffici/settore-servizi-sociali/"
    s.page("/uffici/", "Uffici", ul([("/uffici/anagrafe/", "Anagrafe"), (office, "Settore servizi sociali")]))
    text = "<p>Lo sportello riceve il martedì. Per i servizi gestiti in forma associata:</p>"
    s.page(office, "Settore servizi sociali", text + ul([(f"{site_link(GESTORE)}/", "Vai al sito dell'ente gestore")]))
    return s


def gestore_meratese() -> Site:
    """The gestione associata's site, reached only from Sirtori's Settore servizi sociali page."""
    text = "Il Piano di Zona 2025-2027 dell'Ambito di Merate."
    plan = ("/ente/programmazione-sociale/", "Programmazione sociale", text)
    intro = "Il servizio sociale dei comuni associati."
    return _body(GESTORE, intro, ("/ente/", "L'ente"), plan, "Statuto")


CREMELLA = "Comune di Cremella"


def bare_address_cremella() -> Site:
    """The seed: the comune's bare address; its robots.txt names the www twin's sitemap, every other path is
    sent there."""
    robots = f"User-agent: *\nDisallow: /area-riservata/\nSitemap: {site_link(CREMELLA)}/sitemap.xml\n"
    return Site(f"{CREMELLA} (senza www)", "plain", [], robots=robots, search=None, moved_to=CREMELLA)


def www_cremella() -> Site:
    """The www twin: a few sections, and a sitemap index whose sitemap lists them and the plan's PDF, linked by
    no page."""
    nav = [("/comune/", "Il Comune"), ("/servizi/", "Servizi"), ("/notizie/", "Notizie")]
    s = Site(CREMELLA, "plain", nav, search=None, seed=False)
    s.page("/", CREMELLA, "<p>Benvenuti nel sito del Comune.</p>")
    for path, title in nav:
        s.page(path, title, ul([(f"{path}{slug(t)}/", t) for t in ("Orari", "Modulistica", "Contatti")]))
        for t in ("Orari", "Modulistica", "Contatti"):
            s.page(f"{path}{slug(t)}/", f"{t} - {title}", "<p>Uffici e orari.</p>")
    plan = "/fileadmin/documenti/2025/piano-di-zona-2025-2027.pdf"
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale di Lecco", fact=True)
    listed = [p for p in s.pages if p.endswith("/")]
    s.sitemap = {"/sitemap.xml": [], "/sitemap-pages.xml": [(p, "2025-01-10") for p in [*listed, plan]]}
    return s


def round16_sites() -> list[Site]:
    return [
        servizi_sociali_barzano(),
        unione_barzanese(),
        settore_sociale_sirtori(),
        gestore_meratese(),
        bare_address_cremella(),
        www_cremella(),
    ]

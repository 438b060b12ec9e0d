"""Sites of the twenty-fourth round, written and measured before the rules changed.

The ambito's site on another host, linked only from a comune's Servizi sociali page:

- a WordPress comune opens every article with a "Condividi" bar (Facebook, X, WhatsApp), each share link carrying
  the page's own address (`?u=/servizi-sociali/`): words of planning in the link's query made it strong, so the
  share links of the first pages read took the site's two linked sites, and the ambito's own link ("Servizio
  sociale associato", last on *Servizi sociali*) found no place left;
- a Joomla comune's *Uffici e servizi > Servizi sociali* ends with a banner, an image with an empty `alt`, linking
  the azienda that runs the ambito's plan, after the services' cards: a link of no words under the last card's
  heading, on a page whose title names a section of social services (not the social area's own name, round 22's
  rule), scored nothing.
"""

from __future__ import annotations

from .layout import ul
from .round21 import _ambito_site, _cards
from .sites import Site, site_link

FERRERA = "Comune di Ferrera di Varese"
CADEGLIANO = "Comune di Cadegliano-Viconago"
AMBITO = "Ambito territoriale della Valdumentina"
SERVIZIO = "Comunità montana della Valdumentina - servizio sociale associato"
AZIENDA = "Azienda per i servizi alla persona di Viconago"


def _share(path: str) -> str:
    """The "Condividi" bar an article opens with: share links on the networks' hosts, each with the page's address."""
    hosts = ("https://www.facebook.com/sharer/sharer.php?u=", "https://x.com/intent/tweet?url=")
    hosts += ("https://api.whatsapp.com/send?text=",)
    links = [(f"{host}{path}", name) for host, name in zip(hosts, ("Facebook", "X", "WhatsApp"), strict=True)]
    return f'<div class="condividi"><span>Condividi</span>{ul(links, "social-share")}</div>'


def share_bar_ferrera() -> Site:
    """WordPress: every article opens with a share bar; *Servizi sociali* lists its services and, last, the
    comunità montana's site as "Servizio sociale associato", no name of a body."""
    social = "/servizi-sociali/"
    nav = [("/il-comune/", "Il Comune"), (social, "Servizi sociali"), ("/notizie/", "Notizie")]
    s = Site(FERRERA, "wordpress", nav, search=None)
    s.page("/", FERRERA, f"{_share('/')}<p>Il portale istituzionale del Comune di Ferrera di Varese.</p>")
    s.page("/il-comune/", "Il Comune", f"{_share('/il-comune/')}<p>Storia, territorio e uffici.</p>")
    s.page("/notizie/", "Notizie", f"{_share('/notizie/')}<p>Nessuna notizia in evidenza.</p>")
    services = [(f"{social}pasti-a-domicilio/", "Pasti a domicilio"), (f"{social}assistenza-domiciliare/", "SAD")]
    link = [(f"{site_link(SERVIZIO)}/", "Servizio sociale associato")]
    s.page(social, "Servizi sociali", _share(social) + ul(services + link))
    for path, title in services:
        s.page(path, title, f"{_share(path)}<p>{title}: come fare domanda.</p>")
    return s


def banner_cadegliano() -> Site:
    """Joomla: *Uffici e servizi > Servizi sociali* lists its services, then a banner (`<img alt="">`) to the
    azienda's site."""
    offices = "/uffici-e-servizi.html"
    nav = [("/il-comune.html", "Il Comune"), (offices, "Uffici e servizi"), ("/notizie.html", "Notizie")]
    s = Site(CADEGLIANO, "joomla", nav, search=None)
    s.page("/", CADEGLIANO, "<p>Il sito istituzionale del Comune di Cadegliano-Viconago.</p>")
    s.page("/il-comune.html", "Il Comune", "<p>Storia e territorio.</p>")
    s.page("/notizie.html", "Notizie", "<p>Nessuna notizia in evidenza.</p>")
    social = "/uffici-e-servizi/servizi-sociali.html"
    taxes = "/uffici-e-servizi/tributi.html"
    s.page(offices, "Uffici e servizi", ul([(social, "Servizi sociali"), (taxes, "Tributi")]))
    s.page(taxes, "Tributi", "<p>IMU e TARI.</p>")
    services = [("/uffici-e-servizi/servizi-sociali/trasporto.html", "Trasporto sociale")]
    services += [("/uffici-e-servizi/servizi-sociali/pasti.html", "Pasti a domicilio")]
    banner = f'<a class="banner" href="{site_link(AZIENDA)}/"><img src="/images/banner_2025.png" alt=""></a>'
    banner = f'<ul class="banneritems"><li>{banner}</li></ul>'  # a module of banners: its item says nothing
    s.page(social, "Servizi sociali", _cards(services) + banner)  # the banner under the last card's heading
    for path, title in services:
        s.page(path, title, f"<p>{title}: come fare domanda.</p>")
    return s


def ambito_sites() -> list[Site]:
    """The bodies' own sites, no seed: each home page names the ambito's Piano di Zona or its Ufficio di Piano."""
    plan = f"<p>Il servizio gestisce il Piano di Zona 2025-2027 dell'{AMBITO} per i comuni della valle.</p>"
    office = f"<p>L'Azienda ospita l'Ufficio di Piano dell'{AMBITO} e ne attua il Piano di Zona.</p>"
    return [
        _ambito_site(SERVIZIO, plan, ("/sportelli.html", "Sportelli", "<p>Orari degli sportelli sociali.</p>")),
        _ambito_site(AZIENDA, office, ("/chi-siamo.html", "Chi siamo", "<p>L'Azienda dei comuni soci.</p>")),
    ]


def round24_sites() -> list[Site]:
    return [share_bar_ferrera(), banner_cadegliano(), *ambito_sites()]

"""Sites of the twenty-second round, written and measured before the rules changed.

A link with no words to the ambito's site, under the social area's own name:

- a Designers Italia comune's *Vivere il comune > Sociale e welfare* (its breadcrumb "Home", its heading "Sociale e
  welfare") lists a few services and, last, "Sito dell'ente gestore": the azienda that runs the ambito's plan, on
  its own host. The breadcrumb and the heading, joined ("Home Sociale e welfare"), named no social area.
"""

from __future__ import annotations

from .layout import ul
from .round21 import _ambito_site
from .sites import Site, site_link

CUVIO = "Comune di Cuvio"
AMBITO = "Ambito distrettuale della Valcuvia"
AZIENDA = "Azienda sociale Valcuvia e Valtravaglia"


def social_area_cuvio() -> Site:
    """The home page names no ambito; *Vivere il comune > Sociale e welfare* links the azienda's site as "Sito
    dell'ente gestore", words of no planning and no body's name."""
    nav = [("/amministrazione/", "Amministrazione"), ("/novita/", "Novità"), ("/servizi/", "Servizi")]
    nav += [("/vivere-il-comune/", "Vivere il comune")]
    s = Site(CUVIO, "designers", nav, search=None)
    s.page("/", CUVIO, "<p>Il portale istituzionale del Comune di Cuvio.</p>")
    s.page("/amministrazione/", "Amministrazione", "<p>Sindaco, Giunta e Consiglio comunale.</p>")
    s.page("/novita/", "Novità", "<p>Nessuna notizia in evidenza.</p>")
    s.page("/servizi/", "Servizi", "<p>Anagrafe, tributi e scuola.</p>")
    area = "/vivere-il-comune/sociale-e-welfare/"
    town = [(area, "Sociale e welfare"), ("/vivere-il-comune/sport/", "Sport")]
    s.page("/vivere-il-comune/", "Vivere il comune", ul(town))
    s.page("/vivere-il-comune/sport/", "Sport", "<p>Palestre e campi sportivi.</p>")
    services = [(f"{area}pasti-a-domicilio/", "Pasti a domicilio"), (f"{area}trasporto-anziani/", "Trasporto anziani")]
    s.page(area, "Sociale e welfare", ul([*services, (f"{site_link(AZIENDA)}/", "Sito dell'ente gestore")]))
    for path, title in services:
        s.page(path, title, f"<p>{title}: come fare domanda.</p>")
    return s


def azienda_valcuvia() -> Site:
    """The azienda's site: its home page names the ambito's Piano di Zona."""
    plan = f"<p>L'Azienda gestisce il Piano di Zona 2025-2027 dell'{AMBITO} e il suo Ufficio di Piano.</p>"
    return _ambito_site(AZIENDA, plan, ("/servizi.html", "Servizi", "<p>I servizi dell'Azienda ai comuni soci.</p>"))


def round22_sites() -> list[Site]:
    return [social_area_cuvio(), azienda_valcuvia()]

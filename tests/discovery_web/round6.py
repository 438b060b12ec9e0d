"""Sites of the sixth round, written and measured before the rules changed: search result pages that
link more searches without end (related queries, a next page), entered from the home page's topic
links."""

from __future__ import annotations

from urllib.parse import urlencode

from .layout import ul
from .round3 import DI_NAV
from .sites import Site


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
    s.page(
        "/servizi", "Servizi", ul([("/servizi/servizi-sociali", "Servizi sociali"), ("/servizi/anagrafe", "Anagrafe")])
    )
    s.page(
        "/servizi/servizi-sociali",
        "Servizi sociali",
        ul(
            [
                ("/servizi/servizi-sociali/ufficio-di-piano", "Ufficio di Piano"),
                ("/servizi/servizi-sociali/nidi", "Nidi"),
            ]
        ),
    )
    s.page(
        "/servizi/servizi-sociali/ufficio-di-piano",
        "Ufficio di Piano",
        "<p>Agrate Brianza fa parte dell'Ambito di Vimercate; l'Ufficio di Piano ha sede a Vimercate.</p>",
        fact=True,
    )
    return s


def round6_sites() -> list[Site]:
    return [designers_ricerche_agrate()]

"""Sites of the eighth round, written and measured before the rules changed.

Response order: a news list whose pages answer out of order (page 3 late, its neighbours meanwhile),
the way a loaded server or a loaded crawler serves them; before, the cards of the pages that answered
first took the list's allowance and the card on page 3, the one whose article links the plan, was left
to the reserve."""

from __future__ import annotations

from .layout import ul
from .round3 import DI_NAV
from .round7 import FILES, _articles, _paged
from .sites import Site, old_news, slug

LATE = 1.5  # seconds: the other pages of the list answer meanwhile


def designers_notizia_lenta_osio_sotto() -> Site:
    """Designers Italia on Drupal, as Dalmine (round 7): Novità > Notizie, forty cards in five pages
    (`?page=N` from 0); the third page (`?page=2`) answers `LATE` seconds after it is asked; on it
    'Un servizio in più per le famiglie', whose attachment is 'Allegato (2025-2027)'."""
    s = Site("Comune di Osio Sotto", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Osio Sotto", ul([("/novita", "Tutte le novità")]))
    sections = ["Notizie", "Comunicati", "Avvisi", "Eventi", "Comunicati stampa", "Bandi e avvisi"]
    s.page("/novita", "Novità", ul([(f"/novita/{slug(t)}", t) for t in sections]))
    article = ("/novita/notizie/un-servizio-in-piu-per-le-famiglie", "Un servizio in più per le famiglie")
    items = old_news("/novita/notizie/", 22) + [article] + old_news("/novita/notizie/c-", 17)  # 7th on page 3
    _paged(s, "/novita/notizie", items, 8, lambda n: f"/novita/notizie?page={n - 1}", "Notizie", "Notizia")
    s.slow["/novita/notizie?page=2"] = LATE
    pdf = f"{FILES}/2025-04/allegato_2025-2027.pdf"
    _articles(
        s,
        items,
        article,
        "<p>Il Consiglio comunale ha approvato il documento dei prossimi tre anni.</p>"
        f'<h2>Documenti</h2><div class="card"><a href="{pdf}">Allegato (2025-2027)</a> <small>PDF 640 kB</small></div>',
        (pdf, "Piano di Zona 2025-2027 dell'Ambito di Dalmine: Osio Sotto, Dalmine, Levate"),
    )
    return s


def round8_sites() -> list[Site]:
    return [designers_notizia_lenta_osio_sotto()]

"""Sites of the thirteenth round, written and measured before the rules changed.

One for the reason the seventh simulated web (a diagnosis web from this round on) missed a page: a comune
settled by its two pages on the ambito whose Albo pretorio keeps an archive by year, seven years of a
table of acts, and files the accordo of the Piano di Zona 2021-2023 under "Anno 2022". The archive's two
newest years continue the trail of documents, the older ones wait in the site's reserve, and past the
site's floor only the newest of them (2023) came back: 2022 was never asked.
"""

from __future__ import annotations

from html import escape

from .layout import Links, ul
from .sites import Site

ACCORDO = "/albo-pretorio/allegati/2022/718_2021-2023.pdf"
ACTS = 12  # acts a year: the two newest years bring the site past its reserve floor before the crawl runs dry


def _acts_table(rows: Links) -> str:
    """An Albo's table of acts: number, subject, attachment."""
    cells = "".join(
        f'<tr><td>{n + 1}</td><td>{escape(t)}</td><td><a href="{escape(h)}">Apri</a></td></tr>'
        if not h.endswith(".pdf")
        else f'<tr><td>{n + 1}</td><td><a href="{escape(h)}">{escape(t)}</a></td><td></td></tr>'
        for n, (h, t) in enumerate(rows)
    )
    head = "<thead><tr><th>N.</th><th>Oggetto</th><th></th></tr></thead>"
    return f'<table class="albo">{head}<tbody>{cells}</tbody></table>'


def albo_archive_sorisole() -> Site:
    """Servizi sociali > Ufficio di Piano and Piano di Zona (the site settles), and Atti e documenti > Albo
    pretorio > Archivio > Anno 2019 ... Anno 2025, `ACTS` acts a year; under Anno 2022 'Allegato 7 - 2021/2023'."""
    nav = [("/servizi-sociali/", "Servizi sociali"), ("/atti-e-documenti/", "Atti e documenti")]
    nav += [("/notizie/", "Notizie")]
    s = Site("Comune di Sorisole", "plain", nav, search=None)
    s.page("/", "Comune di Sorisole", "<p>Il portale istituzionale del Comune.</p>")
    pages = [("/servizi-sociali/ufficio-di-piano/", "Ufficio di Piano")]
    pages += [("/servizi-sociali/piano-di-zona/", "Piano di Zona")]
    s.page("/servizi-sociali/", "Servizi sociali", ul(pages))
    for h, t in pages:
        s.page(h, t, f"<p>{t} dell'Ambito territoriale di Bergamo, capofila Bergamo.</p>", fact=True)
    sections = [("/albo-pretorio/", "Albo pretorio"), ("/atti-e-documenti/modulistica/", "Modulistica")]
    s.page("/atti-e-documenti/", "Atti e documenti", ul(sections))
    years = [(f"/albo-pretorio/archivio-{y}/", f"Anno {y}") for y in range(2019, 2026)]
    s.page("/albo-pretorio/", "Albo pretorio", "<h2>Archivio</h2>" + ul(years, "archivio"))
    for h, t in years:
        y = t.split()[1]
        rows = [(f"{h}atto-{n}/", f"Pubblicazione n. {n}/{y} - servizio tecnico") for n in range(1, ACTS + 1)]
        if y == "2022":
            rows.append((ACCORDO, "Allegato 7 - 2021/2023"))
        s.page(h, t, _acts_table(rows))
        for a, at in rows[:ACTS]:
            s.page(a, at, "<p>Determina del servizio tecnico.</p>")
    accordo = "Accordo di programma per il Piano di Zona 2021-2023, Ambito territoriale di Bergamo"
    s.document(ACCORDO, accordo, fact=True)
    return s


def round13_sites() -> list[Site]:
    return [albo_archive_sorisole()]

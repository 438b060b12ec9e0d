"""How the ninth web's pages write their links: the markup of each way a real site links a page.

A link is (text, target, style). Besides a plain `<a href>` in a list, a page may hold a link only as an
`<option value>` of a `<select onchange>` menu, an `<area href>` of an image map, a `<link rel="next">` in
its head, a `<form method="get">` whose action and default values give the target, an absolute address
of its own site (`abs`, `http://` on a site that would serve https), or, in a PDF, a link annotation with
the address also printed in the text. `render_html` and `render_pdf` write a page; `FORM_QUERY` is how a
form's target is split into action and fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from fpdf import FPDF

from tests.simweb.build import FIXED_DATE
from tests.simweb4.writer import site_base
from tests.simweb6.families import esc

STYLES = ("a", "select", "area", "next", "form", "abs", "pdf")
# A PDF cannot know the port it will be served from: it holds this address of the same length as any
# loopback base URL with an ephemeral port, and the server writes the real one over it (tests/simweb9/server.py).
PDF_BASE = "http://127.0.0.1:00000"


@dataclass
class Link:
    text: str
    url: str
    style: str = "a"


@dataclass
class Page:
    """One page: its title, its text (HTML, or a PDF's lines), its own links and its head's alternates."""

    title: str
    body: str = ""
    links: list[Link] = field(default_factory=list)
    pdf: bool = False
    lines: tuple[str, ...] = ()
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> URL
    folder: bool = False  # a Plone folder: its links as "Contenuti della cartella"


def _list(links: list[Link], folder: bool) -> str:
    if not links:
        return ""
    items = "".join(f'<li><a href="{esc(k.url)}">{esc(k.text)}</a></li>' for k in links)
    if folder:
        rows = "".join(
            f'<tr><td><a href="{esc(k.url)}">{esc(k.text)}</a></td><td>Pagina</td><td>03/02/2025</td></tr>'
            for k in links
        )
        return (
            '<h2>Contenuti della cartella</h2><table class="listing"><thead><tr><th>Titolo</th><th>Tipo</th>'
            f"<th>Modificato</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    return f'<ul class="elenco">{items}</ul>'


def _select(links: list[Link]) -> str:
    options = "".join(f'<option value="{esc(k.url)}">{esc(k.text)}</option>' for k in links)
    return (
        '<label for="vai">Vai alla sezione</label><select id="vai" name="vai" '
        'onchange="if (this.value) window.location.href = this.value;">'
        f'<option value="">Seleziona...</option>{options}</select>'
    )


def _area(links: list[Link]) -> str:
    areas = "".join(
        f'<area shape="rect" coords="{10 + 60 * k},10,{60 + 60 * k},60" href="{esc(link.url)}" alt="{esc(link.text)}">'
        for k, link in enumerate(links)
    )
    image = '<img src="/images/mappa-servizi.png" usemap="#mappa" alt="Mappa dei servizi">'
    return f'<p>{image}</p><map name="mappa">{areas}</map>'


def _form(link: Link) -> str:
    action, _, query = link.url.partition("?")
    fields = parse_qsl(query, keep_blank_values=True)
    *hidden, (name, value) = fields
    inputs = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in hidden)
    years = "".join(
        f'<option value="{y}"{" selected" if str(y) == value else ""}>{y}</option>'
        for y in range(int(value), int(value) - 4, -1)
    )
    return (
        f'<form method="get" action="{esc(action)}" class="ricerca-atti"><fieldset><legend>{esc(link.text)}</legend>'
        f'{inputs}<label>Anno <select name="{esc(name)}">{years}</select></label>'
        '<label>Oggetto <input type="text" name="oggetto" value="" disabled></label>'
        '<button type="submit">Cerca</button></fieldset></form>'
    )


def render_html(site_id: str, site_title: str, url: str, page: Page, nav: list[Link], footer: list[Link]) -> bytes:
    """A page as the site serves it: head (alternates, `rel=next`), navigation, text, links, footer."""
    by_style: dict[str, list[Link]] = {s: [] for s in STYLES}
    for link in page.links:
        by_style[link.style].append(link)
    head = "".join(f'<link rel="alternate" hreflang="{h}" href="{esc(u)}">' for h, u in page.alternates.items())
    head += "".join(f'<link rel="next" href="{esc(k.url)}">' for k in by_style["next"])
    menu = "".join(f'<li><a href="{esc(k.url)}">{esc(k.text)}</a></li>' for k in nav)
    foot = "".join(f'<li><a href="{esc(k.url)}">{esc(k.text)}</a></li>' for k in footer)
    own = site_base(site_id)
    main = (
        page.body
        + _list(by_style["a"], page.folder)
        + (_select(by_style["select"]) if by_style["select"] else "")
        + (_area(by_style["area"]) if by_style["area"] else "")
        + "".join(_form(k) for k in by_style["form"])
        + "".join(f'<p><a href="{own}{esc(k.url)}">{esc(k.text)}</a></p>' for k in by_style["abs"])
    )
    lang = "de" if url.startswith("/de/") else "it"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(page.title)} - '
        f'{esc(site_title)}</title>{head}</head><body><header><p class="ente">{esc(site_title)}</p>'
        f'<nav class="menu-principale"><ul>{menu}</ul></nav></header><main><h1>{esc(page.title)}</h1>{main}</main>'
        f'<footer><ul class="footer">{foot}</ul><p>P.IVA 00000000000 - Posta certificata: protocollo@pec.sim9.it</p>'
        "</footer></body></html>"
    ).encode()


def render_pdf(page: Page) -> bytes:
    """A text PDF (fixed date); its links as annotations, their addresses printed beside them too."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(page.title)
    pdf.set_creator("ambiti simulated web")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in page.lines:
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    for link in page.links:
        address = PDF_BASE + link.url
        pdf.multi_cell(0, 6, f"{link.text}: {address}", new_x="LMARGIN", new_y="NEXT", link=address)
    return bytes(pdf.output())

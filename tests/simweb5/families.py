# ruff: noqa: E501 - HTML templates: long literal lines read better whole
"""URL habits and page chrome of the CMS families of the fifth simulated web.

Three families the earlier webs lack: TYPO3 with the news extension (`/notizie/dettaglio/x/`, list pages
`/notizie/pagina-N/`, files under `/fileadmin/user_upload/`, ke_search's `tx_kesearch_pi1[sword]`, a
sitemap index of `?sitemap=pages&type=1533906435` parts, documents listings by
`tx_news_pi1[currentPage]`), an ISWEB-like portal (`/paginaN_x.html`, news `/archivio10_..._0_N.html`
that look like its pages, `/index.php?keysearch=`, the "Amministrazione trasparente" tree with "Enti
controllati", no sitemap), and the Joomla 3 site of a comunità montana that runs an ambito (`/x/y.html`,
`/x/N-slug.html`, `?start=`, `/ricerca.html?searchword=`). Thirteen families come back as the earlier webs
had them: the fourth web's twelve, and the third web's Joomla with friendly URLs. The new families wear a chrome of their own.
"""

from __future__ import annotations

from tests.simweb2.families import Family
from tests.simweb3.families import FAMILIES as THIRD_WEB
from tests.simweb3.families import esc
from tests.simweb4.families import FAMILIES as FOURTH_WEB
from tests.simweb4.families import LISTING_PAGE as FOURTH_WEB_LISTING
from tests.simweb4.families import render as render_fourth_web

__all__ = ["FAMILIES", "LISTING_PAGE", "LOAD_MORE", "Family", "esc", "render"]

NEW_FAMILIES = (
    Family(
        "typo3",
        section="/{path}/",
        page="/{path}/{slug}/",
        article="/notizie/dettaglio/{slug}/",
        upload="/fileadmin/user_upload/documenti/{y}/{file}",
        news_first="/notizie/",
        news_next="/notizie/pagina-{p}/",
        search=("/ricerca/", "tx_kesearch_pi1[sword]"),
        sitemap="/sitemap.xml",
        disallow=("/typo3/", "/typo3conf/", "/typo3temp/"),
        reserved="/area-riservata/",
        calendar=("/eventi/calendario/", "mese"),
    ),
    Family(
        "isweb",
        section="/pagina{n}_{last}.html",
        page="/pagina{n}_{slug}.html",
        article="/archivio10_notizie-e-comunicati_0_{n}.html",
        upload="/allegati/{n}/{file}",
        news_first="/archivio10_notizie-e-comunicati_0.html",
        news_next="/archivio10_notizie-e-comunicati_0_0_{p}.html",
        search=("/index.php", "keysearch"),
        sitemap=None,
        disallow=("/admin/", "/moduli/admin/"),
        reserved="/area-riservata/",
        calendar=("/calendario_eventi.php", "mese"),
    ),
    Family(
        "comunita-montana",
        section="/{path}.html",
        page="/{path}/{n}-{slug}.html",
        article="/notizie/{n}-{slug}.html",
        upload="/images/allegati/{y}/{file}",
        news_first="/notizie.html",
        news_next="/notizie.html?start={p}",
        search=("/ricerca.html", "searchword"),
        sitemap="/sitemap.xml",
        disallow=("/administrator/", "/cache/", "/tmp/"),
        reserved="/area-riservata/",
        calendar=("/eventi.html", "mese"),
        first_page_number=0,
        page_step=8,
    ),
)
FAMILIES: dict[str, Family] = {**FOURTH_WEB, "joomla-sef": THIRD_WEB["joomla-sef"], **{f.name: f for f in NEW_FAMILIES}}

# The parameter a family's documents listings are paginated with, and how it counts: (parameter, page 2, step).
LISTING_PAGE: dict[str, tuple[str, int, int]] = {
    **FOURTH_WEB_LISTING,
    "typo3": ("tx_news_pi1[currentPage]", 2, 1),
    "isweb": ("pag", 2, 1),
    "comunita-montana": ("start", 10, 10),
}
# Families whose lists say "Carica altri" (a plain link, no JavaScript) where others say "Pagina successiva".
LOAD_MORE = {"typo3", "di-opencity"}


def render(
    family: str,
    site: str,
    title: str,
    body: str,
    nav: list[tuple[str, str]],
    foot: list[tuple[str, str]],
    search: tuple[str, str] | None,
) -> str:
    """A whole HTML page in the family's chrome: this web's for a new family, the fourth web's otherwise."""
    if family not in {f.name for f in NEW_FAMILIES}:
        return render_fourth_web(family, site, title, body, nav, foot, search)
    links = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in nav)
    footer = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in foot)
    form = (
        f'<form action="{esc(search[0])}" method="get"><label>Cerca nel sito <input type="text" name="{esc(search[1])}"></label><button type="submit">Cerca</button></form>'
        if search
        else ""
    )
    if family == "typo3":
        return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><!-- This website is powered by TYPO3 - inspiring people to share! --><meta name="generator" content="TYPO3 CMS"><title>{esc(title)}: {esc(site)}</title><link rel="stylesheet" href="/typo3conf/ext/comune_sitepackage/Resources/Public/Css/main.css"></head>
<body id="p12"><header class="page-header"><a class="logo" href="/">{esc(site)}</a><div class="tx-kesearch-pi1">{form}</div><nav class="mainnav"><ul class="level-1">{links}</ul></nav></header>
<main class="content"><div class="frame frame-default frame-type-text"><h1>{esc(title)}</h1><div class="ce-bodytext">{body}</div></div></main>
<footer class="page-footer"><ul class="footer-links">{footer}</ul><p>{esc(site)}</p></footer></body></html>
"""
    if family == "isweb":
        return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(site)} - {esc(title)}</title><link rel="stylesheet" href="/grafica/stile_istituzionale.css"></head>
<body><div id="struttura"><div id="testata"><h2 class="nome_ente"><a href="/">{esc(site)}</a></h2><div id="ricerca_testata">{form}</div></div><div id="menu_principale"><ul class="menu_orizzontale">{links}</ul></div>
<div id="contenuti"><div class="percorso"><a href="/">Home</a> &gt; {esc(title)}</div><h1 class="titolo_sezione">{esc(title)}</h1><div class="contenuto_istanza">{body}</div></div>
<div id="piede"><ul class="link_piede">{footer}</ul><p>Portale realizzato con ISWEB</p></div></div></body></html>
"""
    return f"""<!DOCTYPE html><html lang="it-it" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(title)} - {esc(site)}</title><link href="/templates/comunita_montana/css/template.css" rel="stylesheet"></head>
<body class="site"><div class="container"><header class="header"><a class="brand" href="/">{esc(site)}</a><div class="header-search">{form}</div></header><nav class="navigation"><ul class="nav menu nav-pills mod-list">{links}</ul></nav>
<main id="content" role="main"><div class="item-page"><div class="page-header"><h2>{esc(title)}</h2></div><div itemprop="articleBody">{body}</div></div></main>
<footer class="footer"><ul class="nav menu">{footer}</ul><p>&copy; {esc(site)}</p></footer></div></body></html>
"""

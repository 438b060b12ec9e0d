# ruff: noqa: E501 - HTML templates: long literal lines read better whole
"""URL habits and page chrome of the CMS families of the third simulated web.

Other habits than the earlier webs': Designers Italia's comuni model on Drupal with simple_sitemap
(`/sitemap.xml` an index of `?page=N` chunks, `/novita?page=N` from 0, search API `/ricerca`), the
Design Comuni Italia theme on WordPress (custom post types `documento-pubblico`, `notizia`, a Yoast
`/sitemap_index.xml`), a WordPress theme built on the "Italia" themes with custom post types `documenti`
and `atti` (`wp-sitemap.xml` with one part per type), Joomla with friendly URLs (`/index.php/...`,
`?start=10`, com_finder search), a Maggioli-like portal (`/zf/index.php/...`), the Halley portal of
the second web, an old table layout without sitemap or search, an azienda speciale on Plone
(`/it/...`, `@@download`, `@@search`, a gzipped `sitemap.xml.gz`), and a PDF-only page.
"""

from __future__ import annotations

from tests.simweb.families import esc
from tests.simweb2.families import FAMILIES as SECOND_WEB
from tests.simweb2.families import Family
from tests.simweb2.families import render as render_second_web

__all__ = ["FAMILIES", "LISTING_PAGE", "Family", "render"]

FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family(
            "di-drupal",
            section="/{path}",
            page="/{path}/{slug}",
            article="/novita/notizie/{slug}",
            upload="/sites/default/files/{y}-{m:02d}/{file}",
            news_first="/novita/notizie",
            news_next="/novita/notizie?page={p}",
            search=("/ricerca", "search_api_fulltext"),
            sitemap="/sitemap.xml",
            disallow=("/user/", "/admin/", "/node/add/"),
            reserved="/area-riservata/",
            calendar=("/vivere-il-comune/eventi", "mese"),
            first_page_number=0,
            prefixes=(("Documenti e dati", "amministrazione/documenti-e-dati"),),
        ),
        Family(
            "di-wordpress",
            section="/{path}/",
            page="/documento-pubblico/{slug}/",
            article="/notizia/{slug}/",
            upload="/wp-content/uploads/{y}/{m:02d}/{file}",
            news_first="/novita/",
            news_next="/novita/page/{p}/",
            search=("/", "s"),
            sitemap="/sitemap_index.xml",
            disallow=("/wp-admin/", "/wp-json/"),
            reserved="/riservato/",
            calendar=("/eventi/", "data"),
        ),
        Family(
            "wp-italia",
            section="/{last}/",
            page="/{last}/{slug}/",
            article="/{y}/{m:02d}/{slug}/",
            upload="/wp-content/uploads/{y}/{m:02d}/{file}",
            news_first="/category/notizie/",
            news_next="/category/notizie/page/{p}/",
            search=("/", "s"),
            sitemap="/wp-sitemap.xml",
            disallow=("/wp-admin/", "/xmlrpc.php"),
            reserved="/area-dipendenti/",
            calendar=("/calendario/", "mese"),
        ),
        Family(
            "joomla-sef",
            section="/index.php/{path}",
            page="/index.php/{path}/{n}-{slug}",
            article="/index.php/notizie/{n}-{slug}",
            upload="/images/documenti/{y}/{file}",
            news_first="/index.php/notizie",
            news_next="/index.php/notizie?start={p}",
            search=("/index.php/component/finder/search", "q"),
            sitemap="/sitemap.xml",
            disallow=("/administrator/", "/tmp/", "/cache/"),
            reserved="/index.php/area-riservata/",
            calendar=("/index.php/eventi", "data"),
            first_page_number=0,
            page_step=10,
        ),
        Family(
            "maggioli",
            section="/zf/index.php/servizi-aggiuntivi/index/index/idtesto/{n}",
            page="/zf/index.php/servizi-aggiuntivi/index/index/idtesto/{n}",
            article="/zf/index.php/notizie/index/dettaglio/idnotizia/{n}",
            upload="/zf/index.php/atti-amministrativi/index/download/id/{n}/{file}",
            news_first="/zf/index.php/notizie/index/index",
            news_next="/zf/index.php/notizie/index/index/page/{p}",
            search=("/zf/index.php/ricerca/index/index", "keywords"),
            sitemap="/sitemap.xml",
            disallow=("/zf/index.php/area-riservata/", "/admin/"),
            reserved="/zf/index.php/area-riservata/",
            calendar=("/zf/index.php/eventi/index/index", "mese"),
        ),
        SECOND_WEB["halley"],
        Family(
            "old-table",
            section="/{last}.htm",
            page="/pagine/{slug}_{n}.htm",
            article="/notizie/{n}.htm",
            upload="/public/doc/{file}",
            news_first="/notizie.htm",
            news_next="/notizie.htm?pag={p}",
            search=None,
            sitemap=None,
            disallow=("/cgi-bin/", "/stat/"),
            reserved="/uso-interno/",
            calendar=("/calendario.asp", "mese"),
        ),
        Family(
            "plone",
            section="/it/{path}",
            page="/it/{path}/{slug}",
            article="/it/notizie/{slug}",
            upload="/it/documenti/{n}-{file}/@@download/file/{file}",
            news_first="/it/notizie",
            news_next="/it/notizie?b_start:int={p}",
            search=("/@@search", "SearchableText"),
            sitemap="/sitemap.xml.gz",
            disallow=("/login", "/acl_users/"),
            reserved="/it/area-riservata/",
            calendar=("/it/eventi/@@event_listing", "mese"),
            first_page_number=0,
            page_step=20,
        ),
        SECOND_WEB["pdf-only"],
    )
}

# The parameter a family's documents listings are paginated with, and how it counts the first page.
LISTING_PAGE: dict[str, tuple[str, int, int]] = {  # family -> (parameter, number of page 2, step)
    "di-drupal": ("page", 1, 1),
    "di-wordpress": ("pag", 2, 1),
    "wp-italia": ("paged", 2, 1),
    "joomla-sef": ("start", 10, 10),
    "maggioli": ("pagina", 2, 1),
    "halley": ("pagina", 2, 1),
    "old-table": ("pag", 2, 1),
    "plone": ("b_start:int", 20, 20),
    "pdf-only": ("p", 2, 1),
}
_SECOND_WEB_CHROME = {
    "di-drupal": "designers-italia",
    "di-wordpress": "designers-italia",
    "joomla-sef": "joomla",
    "halley": "halley",
    "pdf-only": "pdf-only",
}


def render(
    family: str,
    site: str,
    title: str,
    body: str,
    nav: list[tuple[str, str]],
    foot: list[tuple[str, str]],
    search: tuple[str, str] | None,
) -> str:
    """A whole HTML page in the family's chrome (the second web's where the family shares its look)."""
    if family in _SECOND_WEB_CHROME:
        return render_second_web(_SECOND_WEB_CHROME[family], site, title, body, nav, foot, search)
    links = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in nav)
    footer = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in foot)
    form = (
        f'<form action="{esc(search[0])}" method="get"><input type="text" name="{esc(search[1])}" title="Cerca"><input type="submit" value="Cerca"></form>'
        if search
        else ""
    )
    if family == "wp-italia":
        return f"""<!DOCTYPE html><html lang="it-IT"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(site)}</title><link rel="stylesheet" href="/wp-content/themes/italiawp2-child/style.css?ver=2.4"></head>
<body class="wp-custom-theme"><header id="mainheader"><div class="it-header-slim-wrapper"><span>Regione Lombardia</span></div><div class="it-header-center-wrapper"><a class="it-brand-wrapper" href="/"><span class="it-brand-title">{esc(site)}</span></a><div class="it-search">{form}</div></div><nav class="menu-main" role="navigation"><ul id="menu-principale" class="nav">{links}</ul></nav></header>
<main id="main-container"><section id="articolo-dettaglio-testo"><h1>{esc(title)}</h1><div class="articolo-paragrafi">{body}</div></section></main>
<footer id="footer"><div class="footer-menu"><ul id="menu-footer" class="menu">{footer}</ul></div><p>{esc(site)} &ndash; ItaliaWP2</p></footer></body></html>
"""
    if family == "maggioli":
        return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(site)} - {esc(title)}</title><link rel="stylesheet" href="/zf/css/portale.css"></head>
<body><div id="portale"><div id="intestazione"><div class="ente">{esc(site)}</div><div class="cerca">{form}</div></div><div id="menu_orizzontale"><ul>{links}</ul></div>
<div id="contenuto"><h2 class="titolo">{esc(title)}</h2><div class="testo">{body}</div></div>
<div id="piede"><ul class="link_piede">{footer}</ul><p>Portale istituzionale - piattaforma per gli enti locali</p></div></div></body></html>
"""
    if family == "old-table":
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)} - {esc(site)}</title></head>
<body bgcolor="#ffffff"><table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" class="testata"><font size="5"><b>{esc(site)}</b></font></td></tr>
<tr><td width="180" valign="top" class="menu"><table width="100%">{"".join(f'<tr><td><a href="{esc(u)}">{esc(t)}</a></td></tr>' for t, u in nav)}</table></td>
<td valign="top" class="corpo"><font size="4"><b>{esc(title)}</b></font><br><br>{body}</td></tr>
<tr><td colspan="2" align="center" class="piede"><font size="1">{" | ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in foot)}</font></td></tr></table></body></html>
"""
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(title)} &mdash; {esc(site)}</title><meta name="generator" content="Plone - https://plone.org/"></head>
<body class="template-document_view portaltype-document site-it"><div class="outer-wrapper"><header id="content-header"><div id="portal-top"><a id="portal-logo" href="/it">{esc(site)}</a><div id="portal-searchbox">{form}</div></div><nav class="plone-navbar" id="portal-globalnav-wrapper"><ul id="portal-globalnav">{links}</ul></nav></header>
<div id="portal-column-content"><article id="content"><h1 class="documentFirstHeading">{esc(title)}</h1><div id="parent-fieldname-text">{body}</div></article></div>
<footer id="portal-footer-wrapper"><ul id="portal-siteactions">{footer}</ul><p>{esc(site)}</p></footer></div></body></html>
"""

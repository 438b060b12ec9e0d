"""Page shells of the CMS families comuni sites are built with: menus, search forms, footers.

Every page of a family carries the same long navigation, as real ones do: discovery has to find
the few links that matter among them.
"""

from __future__ import annotations

from html import escape

Links = list[tuple[str, str]]  # (href, anchor text)

FOOTER: Links = [
    ("/privacy", "Informativa privacy"),
    ("/note-legali", "Note legali"),
    ("/dichiarazione-accessibilita", "Dichiarazione di accessibilità"),
    ("/amministrazione-trasparente", "Amministrazione trasparente"),
    ("/albo-pretorio", "Albo pretorio online"),
    ("/contatti", "Contatti"),
    ("/mappa-sito", "Mappa del sito"),
    ("/cookie", "Cookie policy"),
]


def ul(links: Links, cls: str = "") -> str:
    items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in links)
    return f'<ul class="{cls}">{items}</ul>'


def designers(site: str, title: str, main: str, nav: Links, search: str = "/ricerca") -> str:
    """Bootstrap Italia markup of the Designers Italia model (header, main-navigation, footer)."""
    form = f'<form action="{search}" method="get"><input type="search" name="q" placeholder="Cerca"></form>'
    return f"""<!doctype html><html lang="it"><head><meta charset="utf-8"><title>{escape(title)} - {site}</title>
</head><body><header class="it-header-wrapper"><div class="it-header-slim-wrapper">
<a href="https://www.regione.lombardia.it">Regione Lombardia</a></div>
<div class="it-header-center-wrapper"><a href="/">{site}</a>{form}</div>
<nav class="navbar" aria-label="Menu principale">{ul(nav, "navbar-nav")}</nav></header>
<main><div class="container"><nav class="breadcrumb-container"><a href="/">Home</a></nav>
<h1>{escape(title)}</h1>{main}</div></main>
<footer class="it-footer">{ul(FOOTER, "footer-list")}<p>{site} - Piazza della Repubblica 1 - P.IVA 00000000000</p>
</footer>
</body></html>"""


def wordpress(site: str, title: str, main: str, nav: Links) -> str:
    """A WordPress theme: generator meta, menu-item list items, `?s=` search form, widgets."""
    menu = "".join(
        f'<li class="menu-item menu-item-type-post_type"><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in nav
    )
    return f"""<!DOCTYPE html><html lang="it-IT"><head><meta charset="UTF-8">
<title>{escape(title)} &#8211; {site}</title>
<meta name="generator" content="WordPress 6.4.2"><link rel="stylesheet" href="/wp-content/themes/comune/style.css">
<link rel="https://api.w.org/" href="/wp-json/"></head><body class="page-template-default">
<div id="masthead" class="site-header"><a class="site-title" href="/">{site}</a>
<form role="search" method="get" class="search-form" action="/">
<label>Cerca:<input type="search" class="search-field" name="s"></label></form>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav></div>
<div id="content" class="site-content"><article class="page type-page"><h1 class="entry-title">{escape(title)}</h1>
<div class="entry-content">{main}</div></article>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>Ultimi articoli</h2>
{ul([("/novita/", "Tutte le notizie"), ("/eventi/calendario/?mese=2026-12", "Calendario eventi")])}</section></aside>
</div>
<footer id="colophon" class="site-footer">{ul(FOOTER, "menu")}<p>Powered by WordPress</p></footer></body></html>"""


def joomla(site: str, title: str, main: str, nav: Links) -> str:
    """Joomla 3: generator meta, `nav menu` modules, mod_search posting `searchword` with hidden fields."""
    return f"""<!DOCTYPE html><html lang="it-it"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="generator" content="Joomla! - Open Source Content Management"><script src="/media/jui/js/jquery.min.js">
</script></head>
<body class="site com_content"><div class="header"><a href="/">{site}</a>
<div class="search"><form action="/index.php" method="post" class="form-inline">
<input name="searchword" id="mod-search-searchword" type="search" placeholder="Cerca...">
<input type="hidden" name="task" value="search"><input type="hidden" name="option" value="com_search">
<input type="hidden" name="Itemid" value="101"></form></div></div>
<div class="moduletable_menu">{ul(nav, "nav menu")}</div>
<main id="content" role="main"><div class="item-page"><h2 itemprop="headline">{escape(title)}</h2>{main}</div></main>
<footer class="footer">{ul(FOOTER, "nav menu")}</footer></body></html>"""


def table(site: str, title: str, main: str, nav: Links) -> str:
    """An old table layout (ASP era): no search, navigation in table cells, a calendar in every page."""
    cells = "".join(f'<tr><td class="menu"><a href="{escape(h)}">{escape(t)}</a></td></tr>' for h, t in nav)
    return f"""<html><head><title>{site} - {escape(title)}</title></head><body bgcolor="#FFFFFF">
<table width="780" border="0"><tr><td colspan="2"><img src="img/testata.gif" alt="{site}"></td></tr>
<tr><td width="180" valign="top"><table>{cells}</table>
<p><a href="calendario.asp?mese=12&amp;anno=2026">Calendario manifestazioni</a></p></td>
<td valign="top"><font face="Verdana" size="2"><b>{escape(title)}</b><br>{main}</font></td></tr>
<tr><td colspan="2"><font size="1">{site} - Tel. 0362 000000 - <a href="pagina.asp?id=1">Privacy</a></font></td></tr>
</table></body></html>"""


def plain(site: str, title: str, main: str, nav: Links) -> str:
    """A hand-made ambito site: a short menu, no CMS."""
    return f"""<!doctype html><html lang="it"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body><div id="top"><b>{site}</b> {ul(nav, "menu")}</div><div id="main"><h1>{escape(title)}</h1>{main}</div>
<div id="bottom"><a href="/privacy.html">Privacy</a></div></body></html>"""


def typo3(site: str, title: str, main: str, nav: Links) -> str:
    """TYPO3 with the ke_search extension: its search form sends `tx_kesearch_pi1[sword]` to /cerca/."""
    form = '<form action="/cerca/" method="get"><input type="text" name="tx_kesearch_pi1[sword]"></form>'
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="generator" content="TYPO3 CMS">
<title>{escape(title)} | {site}</title></head><body><div class="page-header"><a href="/">{site}</a>{form}
<nav class="main-menu">{ul(nav)}</nav></div><div class="page-content"><h1>{escape(title)}</h1>{main}</div>
<div class="page-footer">{ul(FOOTER)}</div></body></html>"""


def isweb(site: str, title: str, main: str, nav: Links) -> str:
    """An ISWEB portal: flat `paginaN_slug.html` pages, a search that sends `keysearch` to index.php."""
    form = '<form action="/index.php" method="get">Cerca <input type="text" name="keysearch"></form>'
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)} - {site}</title></head><body>
<div id="intestazione"><a href="/">{site}</a> {form}</div><div id="menu_orizzontale">{ul(nav)}</div>
<div id="corpo"><div class="percorso"><a href="/">Home</a> / {escape(title)}</div><h1>{escape(title)}</h1>{main}</div>
<div id="piede">{ul(FOOTER)}</div></body></html>"""


LAYOUTS = {
    "designers": designers,
    "wordpress": wordpress,
    "joomla": joomla,
    "table": table,
    "plain": plain,
    "typo3": typo3,
    "isweb": isweb,
}

# ruff: noqa: E501 - HTML templates: long literal lines read better whole
"""The page chrome and URL habits of each CMS family that real Lombard comuni run.

A family decides three things: how a page looks around its content (header, menus, footer, search
form), how a section's URL is spelled, and where uploaded documents live. The generator (build.py)
decides what the pages say and how deep the facts sit.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

FAMILIES = ("designers-italia", "wordpress", "joomla", "table", "ambito", "pdf-only")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, as CMSs make slugs of titles."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


@lru_cache(maxsize=1 << 16)  # a site's menus escape the same labels and URLs again on each of its pages
def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass
class Chrome:
    """What every page of one site shares: the menus and the search form."""

    family: str
    site_title: str  # "Comune di Parabiago"
    nav: list[tuple[str, str]] = field(default_factory=list)  # (label, url) in the header
    footer: list[tuple[str, str]] = field(default_factory=list)
    search: tuple[str, str] | None = None  # (form action path, query parameter)
    joomla_ids: dict[str, int] = field(default_factory=dict)

    def section_url(self, labels: tuple[str, ...]) -> str:
        """URL of the generic page reached by following these menu labels from the home page."""
        slugs = [slugify(label) for label in labels]
        if self.family == "joomla":
            key = "/".join(slugs)
            ident = self.joomla_ids.setdefault(key, 10 + 7 * len(self.joomla_ids))
            return f"/index.php?option=com_content&view=category&id={ident}&Itemid={100 + ident}"
        if self.family == "table":
            return "/" + "_".join(s.replace("-", "_") for s in slugs[-2:]) + ".asp"
        return "/" + "/".join(slugs) + "/"

    def article_url(self, ident: int, title: str, year: int, month: int) -> str:
        """URL of a single article or page with its own title (news item, office page)."""
        if self.family == "joomla":
            return f"/index.php?option=com_content&view=article&id={ident}:{slugify(title)[:40]}&catid=8&Itemid=112"
        if self.family == "wordpress":
            return f"/{year}/{month:02d}/{slugify(title)[:60]}/"
        if self.family == "table":
            return f"/notizia.asp?id={ident}"
        return f"/novita/{slugify(title)[:60]}/"

    def upload_url(self, filename: str, year: int, month: int) -> str:
        """Where this family keeps an uploaded PDF."""
        return {
            "wordpress": f"/wp-content/uploads/{year}/{month:02d}/{filename}",
            "designers-italia": f"/media/documenti/{year}/{filename}",
            "joomla": f"/images/documenti/{filename}",
            "table": f"/public/allegati/{filename.replace('-', '_')}",
            "ambito": f"/documenti/{filename}",
            "pdf-only": f"/doc/{filename}",
        }[self.family]

    def news_list_url(self, page: int) -> str:
        """The news listing and its pagination, as each family spells it."""
        if self.family == "wordpress":
            return "/category/notizie/" if page == 1 else f"/category/notizie/page/{page}/"
        if self.family == "joomla":
            return "/index.php?option=com_content&view=category&id=8&Itemid=112" + (
                "" if page == 1 else f"&limitstart={(page - 1) * 6}"
            )
        if self.family == "table":
            return "/notizie.asp" + ("" if page == 1 else f"?pag={page}")
        return "/novita/" if page == 1 else f"/novita/?page={page}"

    def page(self, title: str, body: str, updated: str = "12/03/2025") -> str:
        """A whole HTML page in this family's chrome."""
        return {
            "designers-italia": self._designers_italia,
            "wordpress": self._wordpress,
            "joomla": self._joomla,
            "table": self._table,
            "ambito": self._ambito,
            "pdf-only": self._ambito,
        }[self.family](title, body, updated)

    def _links(self, items: list[tuple[str, str]], li_attr: str = "", a_attr: str = "") -> str:
        return "\n".join(f'<li{li_attr}><a{a_attr} href="{esc(u)}">{esc(t)}</a></li>' for t, u in items)

    def _designers_italia(self, title: str, body: str, updated: str) -> str:
        hooks = {
            "Amministrazione": "management",
            "Novità": "news",
            "Servizi": "all-services",
            "Vivere il comune": "live",
        }
        nav = "\n".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(u)}" data-element="{hooks.get(t, "menu-item")}"><span>{esc(t)}</span></a></li>'
            for t, u in self.nav
        )
        foot = self._links(self.footer, a_attr=' class="list-item"')
        action, param = self.search or ("/ricerca/", "q")
        return f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(self.site_title)}</title><link rel="stylesheet" href="/static/css/bootstrap-italia.min.css"></head>
<body>
<div class="skiplink"><a class="visually-hidden-focusable" href="#main-container">Vai ai contenuti</a></div>
<header class="it-header-wrapper" data-bs-target="#header-nav-wrapper">
 <div class="it-header-slim-wrapper"><div class="container"><a class="d-lg-block navbar-brand" href="https://www.regione.lombardia.it">Regione Lombardia</a></div></div>
 <div class="it-header-center-wrapper"><div class="container"><div class="it-brand-wrapper"><a href="/"><div class="it-brand-text"><div class="it-brand-title">{esc(self.site_title)}</div></div></a></div>
 <div class="it-right-zone"><form class="d-flex" role="search" action="{esc(action)}" method="get"><label class="visually-hidden" for="cerca">Cerca nel sito</label><input id="cerca" type="search" name="{esc(param)}" placeholder="Cerca"><button type="submit" class="btn btn-primary" data-element="search-submit">Cerca</button></form></div></div></div>
 <div class="it-header-navbar-wrapper" id="header-nav-wrapper"><div class="container"><nav class="navbar navbar-expand-lg has-megamenu" aria-label="Menu principale"><ul class="navbar-nav" data-element="main-navigation">
{nav}
 </ul></nav></div></div>
</header>
<main id="main-container"><div class="container"><nav class="breadcrumb-container" aria-label="Percorso di navigazione"><ol class="breadcrumb" data-element="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item active">{esc(title)}</li></ol></nav>
<h1 class="title-xxxlarge">{esc(title)}</h1>
{body}
<p class="text-paragraph-small" data-element="metadata">Ultimo aggiornamento: {updated}</p>
</div></main>
<footer class="it-footer" id="footer"><div class="it-footer-main"><div class="container"><h3 class="footer-heading-title">{esc(self.site_title)}</h3><ul class="footer-list">
{foot}
</ul></div></div></footer>
</body></html>
"""

    def _wordpress(self, title: str, body: str, updated: str) -> str:
        nav = self._links(self.nav, li_attr=' class="menu-item menu-item-type-post_type"')
        foot = self._links(self.footer, li_attr=' class="menu-item"')
        return f"""<!DOCTYPE html>
<html lang="it-IT"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(self.site_title)}</title>
<link rel="stylesheet" id="comune-style-css" href="/wp-content/themes/comune-italia/style.css?ver=2.4.1" media="all">
<link rel="https://api.w.org/" href="/wp-json/"></head>
<body class="page-template-default page wp-custom-logo">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(self.site_title)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
{nav}
</ul></nav>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Cerca:</span><input type="search" class="search-field" placeholder="Cerca &hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="Cerca"></form>
</header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content">
{body}
</div><footer class="entry-footer"><span class="posted-on">Aggiornato il <time class="updated">{updated}</time></span></footer></article></main></div>
<footer id="colophon" class="site-footer"><ul id="footer-menu" class="menu">
{foot}
</ul><div class="site-info">{esc(self.site_title)} &middot; P.IVA 00000000000 &middot; Realizzato con WordPress</div></footer></div>
</body></html>
"""

    def _joomla(self, title: str, body: str, updated: str) -> str:
        nav = self._links(self.nav, li_attr=' class="item-101"')
        foot = self._links(self.footer)
        return f"""<!DOCTYPE html>
<html xml:lang="it-it" lang="it-it" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(title)}</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" type="text/css"></head>
<body class="site com_content view-article">
<div class="body"><div class="container"><header class="header"><a class="brand pull-left" href="/index.php"><span class="site-title">{esc(self.site_title)}</span></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Cerca...</label><input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Cerca..."><input type="hidden" name="task" value="search"><input type="hidden" name="option" value="com_search"><input type="hidden" name="Itemid" value="101"></form></div></div></header>
<nav class="navigation"><ul class="nav menu nav-pills mod-list">
{nav}
</ul></nav>
<main id="content" class="span9"><div class="item-page"><div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<dl class="article-info muted"><dd class="modified">Ultima modifica: {updated}</dd></dl>
<div itemprop="articleBody">
{body}
</div></div></main></div></div>
<footer class="footer"><div class="container"><ul class="nav menu">
{foot}
</ul><p>&copy; {esc(self.site_title)}</p></div></footer>
</body></html>
"""

    def _table(self, title: str, body: str, updated: str) -> str:
        nav = "\n".join(f'<tr><td class="menu"><a href="{esc(u)}">{esc(t)}</a></td></tr>' for t, u in self.nav)
        foot = " | ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in self.footer)
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(self.site_title)} - {esc(title)}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><font face="Verdana" color="#FFFFFF" size="4"><b>{esc(self.site_title)}</b></font></td></tr>
<tr><td width="180" valign="top"><table width="100%" border="0" cellpadding="3">
{nav}
</table></td>
<td valign="top"><font face="Verdana" size="2"><h3>{esc(title)}</h3>
{body}
<p><i>ultimo aggiornamento in data {updated}</i></p></font></td></tr>
<tr><td colspan="2" align="center"><font size="1">{foot}</font></td></tr>
</table></body></html>
"""

    def _ambito(self, title: str, body: str, updated: str) -> str:
        nav = self._links(self.nav)
        foot = self._links(self.footer)
        return f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>{esc(title)} | {esc(self.site_title)}</title></head>
<body><div id="wrapper"><div id="top"><a href="/" class="logo">{esc(self.site_title)}</a></div>
<ul id="menu">
{nav}
</ul>
<div id="contenuto"><h1>{esc(title)}</h1>
{body}
<p class="agg">Pagina aggiornata il {updated}</p></div>
<div id="piede"><ul>
{foot}
</ul></div></div></body></html>
"""

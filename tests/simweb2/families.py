# ruff: noqa: E501 - HTML templates: long literal lines read better whole
"""URL habits and page chrome of the CMS families of the second simulated web.

Other families than the first web's, or other habits of the same ones: Designers Italia's current
comuni model on Drupal (`/servizi/`, `/novita/`, `/amministrazione/documenti-e-dati/`, files under
`/sites/default/files/`), a WordPress municipal theme (custom post type `/notizie/`, `/page/N/`,
`wp-sitemap.xml`), Joomla without friendly URLs (`index.php?option=com_content`, `&start=`), a
Halley/Maggioli-style PHP portal (`/po/*.php?id=`), plain Drupal (`/node/N`, `?page=N` counted from
0), a Java portal (`/web/comune/...`, `/documents/G/F/file.pdf`), the site of a consorzio or azienda
speciale that runs an ambito, and a PDF-only page of an Ufficio di Piano.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.simweb.families import esc, slugify

__all__ = ["FAMILIES", "Family", "esc", "slugify"]


@dataclass(frozen=True)
class Family:
    """How one CMS spells its URLs. Templates take: path (slugs of the labels joined by '/'), last (the
    last label's slug), slug (the page title's), n (a running number), y and m (a date), file, p."""

    name: str
    section: str
    page: str
    article: str
    upload: str
    news_first: str | None
    news_next: str | None  # {p} the page number as the CMS counts it
    search: tuple[str, str] | None  # (path, query parameter)
    sitemap: str | None
    disallow: tuple[str, ...]  # what the CMS's own robots.txt forbids
    reserved: str  # a private area, forbidden by robots.txt, where a bait fact page sits
    calendar: tuple[str, str]  # (path, month parameter)
    first_page_number: int = 1  # how the CMS counts the pages of a list (Drupal counts from 0)
    page_step: int = 1  # Joomla counts items, not pages: &start=8 is the second page of 8
    prefixes: tuple[tuple[str, str], ...] = ()  # label -> path where the CMS nests a section elsewhere

    def section_url(self, labels: tuple[str, ...], n: int) -> str:
        prefixes = dict(self.prefixes)
        slugs = [slugify(label) for label in labels]
        path = "/".join([prefixes.get(labels[0], slugs[0]), *slugs[1:]])
        return self.section.format(path=path, last=slugs[-1], n=n)

    def page_url(self, labels: tuple[str, ...], title: str, n: int) -> str:
        prefixes = dict(self.prefixes)
        slugs = [slugify(label) for label in labels] or ["pagine"]
        path = "/".join([prefixes.get(labels[0], slugs[0]) if labels else slugs[0], *slugs[1:]])
        return self.page.format(path=path, last=slugs[-1], slug=slugify(title)[:48], n=n)

    def article_url(self, title: str, n: int, y: int, m: int) -> str:
        return self.article.format(slug=slugify(title)[:56], n=n, y=y, m=m)

    def upload_url(self, file: str, n: int, y: int, m: int) -> str:
        return self.upload.format(file=file, n=n, y=y, m=m)

    def news_url(self, page: int) -> str:
        """The news list's page `page` (1, 2, ...), in the CMS's own count."""
        assert self.news_first and self.news_next
        return (
            self.news_first
            if page == 1
            else self.news_next.format(p=(page - 1) * self.page_step + self.first_page_number)
        )


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family(
            "designers-italia",
            section="/{path}/",
            page="/{path}/{slug}/",
            article="/novita/notizie/{slug}/",
            upload="/sites/default/files/{y}-{m:02d}/{file}",
            news_first="/novita/notizie/",
            news_next="/novita/notizie/?pagina={p}",
            search=("/cerca/", "testo"),
            sitemap="/sitemap.xml",
            disallow=("/user/", "/admin/"),
            reserved="/area-personale/",
            calendar=("/vivere-il-comune/eventi/calendario/", "mese"),
            prefixes=(("Documenti e dati", "amministrazione/documenti-e-dati"), ("Novità", "novita")),
        ),
        Family(
            "wordpress",
            section="/{path}/",
            page="/{path}/{slug}/",
            article="/notizie/{slug}/",
            upload="/wp-content/uploads/{y}/{m:02d}/{file}",
            news_first="/notizie/",
            news_next="/notizie/page/{p}/",
            search=("/", "s"),
            sitemap="/wp-sitemap.xml",
            disallow=("/wp-admin/", "/wp-login.php"),
            reserved="/area-riservata/",
            calendar=("/eventi/calendario/", "data"),
        ),
        Family(
            "joomla",
            section="/index.php?option=com_content&view=category&id={n}&Itemid={n}1",
            page="/index.php?option=com_content&view=article&id={n}&catid=2&Itemid=101",
            article="/index.php?option=com_content&view=article&id={n}&catid=9&Itemid=120",
            upload="/images/allegati/{file}",
            news_first="/index.php?option=com_content&view=category&id=9&Itemid=120",
            news_next="/index.php?option=com_content&view=category&id=9&Itemid=120&start={p}",
            search=("/index.php", "searchword"),
            sitemap="/sitemap.xml",
            disallow=("/administrator/", "/cli/", "/logs/"),
            reserved="/riservato/",
            calendar=("/index.php/calendario", "mese"),
            first_page_number=0,
            page_step=8,
        ),
        Family(
            "halley",
            section="/po/sezione.php?id={n}",
            page="/po/pagina.php?id={n}&area=H",
            article="/po/mostra_news.php?id={n}&area=H",
            upload="/allegati/{n}_{file}",
            news_first="/po/elenco_news.php?area=H",
            news_next="/po/elenco_news.php?area=H&pagina={p}",
            search=("/po/ricerca.php", "testo"),
            sitemap=None,
            disallow=("/admin/",),
            reserved="/intranet/",
            calendar=("/po/calendario.php", "data"),
        ),
        Family(
            "drupal",
            section="/{path}",
            page="/node/{n}",
            article="/node/{n}",
            upload="/sites/default/files/documenti/{file}",
            news_first="/notizie",
            news_next="/notizie?page={p}",
            search=("/search/node", "keys"),
            sitemap="/sitemap.xml",
            disallow=("/admin/", "/user/", "/node/add/"),
            reserved="/riservato/",
            calendar=("/eventi/calendario", "mese"),
            first_page_number=0,
        ),
        Family(
            "java-portal",
            section="/web/comune/{path}",
            page="/web/comune/{path}/-/{slug}",
            article="/web/comune/notizie/-/asset_publisher/news/content/{slug}",
            upload="/documents/20143/{n}/{file}",
            news_first="/web/comune/notizie",
            news_next="/web/comune/notizie?cur={p}",
            search=("/web/comune/ricerca", "keywords"),
            sitemap="/sitemap.xml",
            disallow=("/c/portal/", "/group/"),
            reserved="/web/comune/riservato/",
            calendar=("/web/comune/eventi", "mese"),
        ),
        Family(
            "consorzio",
            section="/{last}/",
            page="/{last}/{slug}.html",
            article="/news/{n}-{slug}.html",
            upload="/files/documenti/{file}",
            news_first="/news/",
            news_next="/news/?pag={p}",
            search=None,
            sitemap="/sitemap.xml",
            disallow=("/gestione/",),
            reserved="/area-operatori/",
            calendar=("/eventi/", "mese"),
        ),
        Family(
            "pdf-only",
            section="/{last}.html",
            page="/{last}-{slug}.html",
            article="/{slug}.html",
            upload="/allegati/{file}",
            news_first=None,
            news_next=None,
            search=None,
            sitemap="/sitemap.xml",
            disallow=(),
            reserved="/riservato/",
            calendar=("/calendario.html", "mese"),
        ),
    )
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
    """A whole HTML page in the family's chrome."""
    links = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in nav)
    footer = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in foot)
    form = (
        f'<form action="{esc(search[0])}" method="get" role="search"><input type="search" name="{esc(search[1])}" aria-label="Cerca"><button>Cerca</button></form>'
        if search
        else ""
    )
    if family == "designers-italia":
        return f"""<!doctype html><html lang="it"><head><meta charset="utf-8"><title>{esc(title)} | {esc(site)}</title><link rel="stylesheet" href="/themes/custom/comuni_pnrr/dist/css/bootstrap-italia-comuni.min.css"></head>
<body><a class="visually-hidden-focusable" href="#contenuto">Salta al contenuto</a><header class="it-header-wrapper it-header-sticky"><div class="it-header-center-wrapper"><div class="container"><div class="it-brand-wrapper"><a href="/" title="Vai alla homepage"><div class="it-brand-text"><div class="it-brand-title">{esc(site)}</div></div></a></div><div class="it-search-wrapper">{form}</div></div></div>
<div class="it-header-navbar-wrapper"><nav class="navbar navbar-expand-lg" aria-label="Navigazione principale"><ul class="navbar-nav" data-element="main-navigation">{links}</ul></nav></div></header>
<main id="contenuto"><div class="container px-4 my-4"><div class="cmp-breadcrumbs" role="navigation"><ol class="breadcrumb p-0" data-element="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item active" aria-current="page">{esc(title)}</li></ol></div>
<h1 class="title-xxlarge mb-4" data-element="page-name">{esc(title)}</h1><div class="richtext-wrapper lora">{body}</div></div></main>
<footer class="it-footer"><div class="it-footer-main"><div class="container"><section><ul class="footer-list" data-element="footer-links">{footer}</ul></section></div></div><div class="it-footer-small-prints"><p>Dati di contatto del {esc(site)}</p></div></footer></body></html>
"""
    if family == "wordpress":
        return f"""<!DOCTYPE html><html lang="it-IT"><head><meta charset="UTF-8"><title>{esc(title)} - {esc(site)}</title><link rel="stylesheet" href="/wp-content/themes/municipio/assets/css/main.css?ver=3.1"><link rel="alternate" type="application/rss+xml" href="/feed/"></head>
<body class="wp-singular page-template"><div class="wrapper"><header class="site-header"><div class="topbar"><span class="ente">{esc(site)}</span>{form}</div><nav class="menu-principale" aria-label="Menu"><ul id="menu-menu-principale" class="menu">{links}</ul></nav></header>
<section class="contenuto"><article class="post-singolo"><h1 class="titolo-pagina">{esc(title)}</h1><div class="testo">{body}</div></article></section>
<footer class="site-footer"><nav aria-label="Menu del footer"><ul id="menu-footer" class="menu">{footer}</ul></nav><p class="credits">{esc(site)} &ndash; Tema Municipio per WordPress</p></footer></div></body></html>
"""
    if family == "joomla":
        return f"""<!DOCTYPE html><html lang="it-it" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(site)} - {esc(title)}</title><link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet"></head>
<body class="site com_content wrapper-static"><header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/index.php">{esc(site)}</a></div></div><div class="grid-child container-nav"><ul class="mod-menu mod-list nav">{links}</ul><div class="container-search">{form}</div></div></header>
<div class="site-grid"><main><div class="com-content-article item-page"><div class="page-header"><h1>{esc(title)}</h1></div><div class="com-content-article__body">{body}</div></div></main></div>
<footer class="container-footer footer full-width"><div class="grid-child"><ul class="mod-menu mod-list nav">{footer}</ul></div></footer></body></html>
"""
    if family == "halley":
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(site)} - {esc(title)}</title><link rel="stylesheet" href="/po/css/stile_portale.css"></head>
<body><div id="testata"><div class="nome_ente">{esc(site)}</div><div class="ricerca">{form}</div></div>
<div id="colonna_sx"><div class="box_menu"><div class="titolo_box">Menu</div><ul class="menu_sx">{links}</ul></div></div>
<div id="colonna_centrale"><div class="titolo_pagina">{esc(title)}</div><div class="testo_pagina">{body}</div></div>
<div id="piede"><ul class="link_piede">{footer}</ul><div class="copyright">Portale realizzato con la suite per gli enti locali</div></div></body></html>
"""
    if family == "drupal":
        return f"""<!DOCTYPE html><html lang="it" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>{esc(title)} | {esc(site)}</title></head>
<body class="path-node page-node-type-page"><div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><header id="header" class="site-header"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{esc(site)}</a></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" class="primary-nav"><ul class="menu primary-nav__menu">{links}</ul></nav><div class="search-block-form">{form}</div></header>
<main role="main"><div class="region region--content"><h1 class="title page-title"><span class="field field--name-title">{esc(title)}</span></h1><article class="node node--type-page"><div class="text-content clearfix field field--name-body">{body}</div></article></div></main>
<footer class="site-footer"><nav class="menu--footer"><ul class="menu">{footer}</ul></nav></footer></div></div></body></html>
"""
    if family == "java-portal":
        return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="it-IT"><head><meta charset="UTF-8"><title>{esc(title)} - {esc(site)}</title><link href="/o/comune-theme/css/main.css?t=1700000000000" rel="stylesheet"></head>
<body class="controls-visible signed-out public-page site"><div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo" href="/">{esc(site)}</a></h1></div><nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Pagine del sito" role="menubar">{links}</ul></nav><div class="portlet-search">{form}</div></header>
<section id="content"><div class="portlet-boundary portlet-journal-content"><div class="portlet-body"><h2 class="header-title">{esc(title)}</h2><div class="journal-content-article">{body}</div></div></div></section>
<footer id="footer" role="contentinfo"><ul class="footer-links">{footer}</ul><p class="powered-by">{esc(site)}</p></footer></div></body></html>
"""
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(title)} - {esc(site)}</title><link rel="stylesheet" href="/css/sito.css"></head>
<body><div class="pagina"><div class="intestazione"><a href="/" class="marchio">{esc(site)}</a>{form}</div><ul class="menu-orizzontale">{links}</ul>
<div class="corpo"><h1>{esc(title)}</h1>{body}</div><div class="fondo"><ul>{footer}</ul></div></div></body></html>
"""

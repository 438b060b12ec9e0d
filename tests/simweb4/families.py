"""URL habits and page chrome of the CMS families of the fourth simulated web.

Five families the earlier webs lack: Designers Italia's comuni model on OpenCity Italia (eZ Platform:
`/content/download/N/M/file/x.pdf`, news pages by `/(offset)/N`, `/openpa/search?SearchText=`, a
sitemap index of gzipped parts), a WordPress municipal theme with posts at the root and category
archives (`/category/notizie/page/N/`), Joomla without friendly URLs (`index.php?option=com_content&
view=article&id=N:alias&Itemid=M`, `&limitstart=`, `/component/search/?searchword=`), the Halley portal
as it really nests under the comune's code (`/c0NNNNN/zf/index.php/...`), and the site of an azienda
speciale consortile that runs an ambito (no site search). Seven families of the third web come back
as they were (Designers Italia on Drupal and on WordPress, the "Italia" WordPress theme, the
Maggioli-like portal, the old table layout, Plone, a PDF-only page). The new families wear the second
web's chrome of their kind; the returning ones the third web's.
"""

from __future__ import annotations

from tests.simweb2.families import Family
from tests.simweb2.families import render as render_second_web
from tests.simweb3.families import FAMILIES as THIRD_WEB
from tests.simweb3.families import LISTING_PAGE as THIRD_WEB_LISTING
from tests.simweb3.families import esc
from tests.simweb3.families import render as render_third_web

__all__ = ["FAMILIES", "LISTING_PAGE", "Family", "esc", "render"]

HALLEY = "/c017088/zf/index.php"  # a Halley portal sits under the comune's code

NEW_FAMILIES = (
    Family(
        "di-opencity",
        section="/{path}",
        page="/{path}/{slug}",
        article="/novita/notizie/{slug}",
        upload="/content/download/{n}/{y}{m:02d}/file/{file}",
        news_first="/novita/notizie",
        news_next="/novita/notizie/(offset)/{p}",
        search=("/openpa/search", "SearchText"),
        sitemap="/sitemap.xml",
        disallow=("/user/", "/layout/", "/content/edit/"),
        reserved="/area-riservata/",
        calendar=("/vivere-il-comune/eventi/calendario", "date"),
        first_page_number=0,
        page_step=8,
    ),
    Family(
        "wp-categorie",
        section="/{path}/",
        page="/{last}/{slug}/",
        article="/{slug}/",
        upload="/wp-content/uploads/{y}/{m:02d}/{file}",
        news_first="/category/notizie/",
        news_next="/category/notizie/page/{p}/",
        search=("/", "s"),
        sitemap="/sitemap.xml",
        disallow=("/wp-admin/", "/wp-includes/", "/trackback/"),
        reserved="/area-riservata/",
        calendar=("/eventi/calendario/", "mese"),
    ),
    Family(
        "joomla-plain",
        section="/index.php?option=com_content&view=category&layout=blog&id={n}&Itemid=1{n}",
        page="/index.php?option=com_content&view=article&id={n}&Itemid=201",
        article="/index.php?option=com_content&view=article&id={n}:{slug}&catid=8&Itemid=135",
        upload="/images/documenti/{y}/{file}",
        news_first="/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=135",
        news_next="/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=135&limitstart={p}",
        search=("/component/search/", "searchword"),
        sitemap="/sitemap.xml",
        disallow=("/administrator/", "/cache/", "/logs/", "/tmp/"),
        reserved="/riservato/",
        calendar=("/component/jevents/", "mese"),
        first_page_number=0,
        page_step=8,
    ),
    Family(
        "halley-zf",
        section=HALLEY + "/servizi-aggiuntivi/index/index/idtesto/{n}",
        page=HALLEY + "/servizi-aggiuntivi/index/index/idtesto/{n}",
        article=HALLEY + "/notizie/index/dettaglio-notizia/notizia/{n}",
        upload=HALLEY + "/allegati/index/download/id/{n}/{file}",
        news_first=HALLEY + "/notizie/index/index",
        news_next=HALLEY + "/notizie/index/index/page/{p}",
        search=(HALLEY + "/ricerca/index/index", "parola"),
        sitemap=None,
        disallow=("/c017088/zf/index.php/admin/", "/c017088/mc/admin/"),
        reserved=HALLEY + "/area-riservata/",
        calendar=(HALLEY + "/eventi/index/index", "mese"),
    ),
    Family(
        "asc",
        section="/{last}/",
        page="/{last}/{slug}/",
        article="/news/{slug}/",
        upload="/download/{n}/{file}",
        news_first="/news/",
        news_next="/news/?pg={p}",
        search=None,
        sitemap="/sitemap.xml",
        disallow=("/gestione/",),
        reserved="/area-operatori/",
        calendar=("/agenda/", "mese"),
    ),
)
RETURNING = ("di-drupal", "di-wordpress", "wp-italia", "maggioli", "old-table", "plone", "pdf-only")
FAMILIES: dict[str, Family] = {**{name: THIRD_WEB[name] for name in RETURNING}, **{f.name: f for f in NEW_FAMILIES}}

# The parameter a family's documents listings are paginated with, and how it counts: (parameter, page 2, step).
LISTING_PAGE: dict[str, tuple[str, int, int]] = {
    **THIRD_WEB_LISTING,
    "di-opencity": ("offset", 6, 6),
    "wp-categorie": ("pag", 2, 1),
    "joomla-plain": ("limitstart", 10, 10),
    "halley-zf": ("pagina", 2, 1),
    "asc": ("pg", 2, 1),
}
_SECOND_WEB_CHROME = {
    "di-opencity": "designers-italia",
    "wp-categorie": "wordpress",
    "joomla-plain": "joomla",
    "halley-zf": "halley",
    "asc": "consorzio",
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
    """A whole HTML page in the family's chrome: the second web's for a new family, the third's otherwise."""
    if family in _SECOND_WEB_CHROME:
        return render_second_web(_SECOND_WEB_CHROME[family], site, title, body, nav, foot, search)
    return render_third_web(family, site, title, body, nav, foot, search)

from scrapy.http import HtmlResponse

from crawler.spiders.links import RelevantLinks


def test_only_relevant_links_are_built_resolved_and_deduplicated() -> None:
    menu = "".join(f'<a href="/tributi/{i}.html">Tributi {i}</a>' for i in range(200))
    body = f"""<html><head><base href="http://127.0.0.1:8000/comune/"></head><body>{menu}
      <a href="servizi-sociali.html">Servizi sociali</a>
      <a href="servizi-sociali.html#top">Servizi sociali (again)</a>
      <a href="/doc.pdf">Piano di Zona 2021-2023</a>
      <a href="/logo-ufficio-di-piano.png">logo</a>
      <a href="mailto:udp@comune.it">Ufficio di Piano</a>
      <a href="/eventi.html">Eventi</a></body></html>"""
    response = HtmlResponse("http://127.0.0.1:8000/comune/index.html", body=body.encode(), encoding="utf-8")
    links = RelevantLinks().extract_links(response)
    assert [link.url for link in links] == [
        "http://127.0.0.1:8000/comune/servizi-sociali.html",
        "http://127.0.0.1:8000/doc.pdf",
    ]

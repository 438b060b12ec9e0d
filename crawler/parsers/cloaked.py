"""E-mail addresses a CMS hides from robots in a script, written back as text before scripts are dropped.

Joomla's e-mail cloaking leaves "Questo indirizzo email è protetto dagli spambots" in a span and builds the address
in a script beside it from quoted pieces and HTML entities ('udp' + '&#64;'; addy = addy + 'comune' + '&#46;' ...);
Joomla 4 writes a <joomla-hidden-mail> element whose "first" and "last" attributes hold the name and the domain in
base64. A reader with JavaScript sees the address; a reader of the page's text must see it too.
"""

from __future__ import annotations

import base64
import binascii
import html
import re

from lxml import html as lxml_html

# "var addy1a2b = 'udp' + '&#64;';" and "addy1a2b = addy1a2b + 'comune' + '&#46;' + 'it';", not "addy_text..."
_ADDY = re.compile(r"\baddy(?!_text)\w*\s*=\s*((?:'[^']*'|[^;'])+);")
_QUOTED = re.compile(r"'([^']*)'")
_TARGET = re.compile(r"getElementById\(\s*'([\w-]+)'\s*\)")
_EMAIL = re.compile(r"^[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


def uncloak(root: lxml_html.HtmlElement) -> None:
    """Replace each cloaked address's placeholder with the address its script assembles."""
    for script in root.xpath("//script[contains(., 'addy')]"):
        code = script.text or ""
        address = html.unescape("".join(p for expr in _ADDY.findall(code) for p in _QUOTED.findall(expr)))
        target = _TARGET.search(code)
        if not (_EMAIL.match(address) and target):
            continue
        for el in root.xpath("//*[@id=$id]", id=target.group(1)):
            for child in list(el):
                el.remove(child)
            el.text = address
    for el in root.xpath("//joomla-hidden-mail[@first and @last]"):
        address = f"{_unbase64(el.get('first'))}@{_unbase64(el.get('last'))}"
        if _EMAIL.match(address):
            for child in list(el):
                el.remove(child)
            el.text = address


def _unbase64(value: str) -> str:
    try:
        return base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""

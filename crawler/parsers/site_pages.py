"""The site's own service pages, known by their name: a policy, a call or a list of calls (round 57c).

Every site has pages that are the site's, not its owner's: its privacy notice, its cookie policy, its accessibility
statement, its legal notes, its site map (policies), and its calls and lists of calls for tenders and of job calls
(calls). A careful reader knows them by their name, the page's title or a crumb ("Home / Privacy", "Bandi e avvisi",
"Lavora con noi"), and reads no fact of the ambito in them when their body names none (a list of calls gives titles
and dates): the office card the footer repeats on every such page is the site's chrome, not a fact of the page
(tests/fixtures/README.md, pages 3491-3501). A page that names the ambito keeps the old rules.
"""

from __future__ import annotations

import re

# a policy's name: whatever it names, the ambito is its controller's or its owner's name, never a fact of it
_POLICY = re.compile(
    r"(?:informativa\s+)?(?:sulla\s+|per\s+la\s+)?privacy(?:\s+policy)?|privacy\s+e\s+cookie(?:\s+policy)?|"
    r"informativa\s+(?:sul|per\s+il)\s+trattamento\s+dei\s+dati(?:\s+personali)?|protezione\s+dei\s+dati(?:\s+personali)?|"
    r"(?:informativa\s+(?:sui\s+|estesa\s+(?:sui\s+)?)?)?cookies?(?:\s+policy)?|"
    r"(?:dichiarazione\s+di\s+)?accessibilit[aà]|note\s+legali|mappa\s+del\s+sito|site\s*map|credits",
    re.I,
)
# a section of calls: its pages are calls and lists of calls, whose body names the ambito only if they state it
_CALLS = re.compile(
    r"bandi(?:\s+e\s+avvisi|\s+di\s+gara(?:\s+e\s+contratti)?|\s+e\s+gare|\s+e\s+concorsi)?|gare(?:\s+e\s+appalti)?|"
    r"avvisi(?:\s+pubblici|\s+e\s+bandi)?|concorsi(?:\s+e\s+selezioni)?|selezioni(?:\s+del\s+personale)?|"
    r"lavora\s+con\s+noi|offerte\s+di\s+lavoro|bandi\s+di\s+concorso",
    re.I,
)
_SEPARATORS = re.compile(r"\s[/>»›|–-]\s|\s[/>»›]$")


def _items(names: list[str]) -> list[str]:
    return [item.strip(" /»›>") for name in names for item in _SEPARATORS.split(name or "") if item.strip(" /»›>")]


def is_policy(names: list[str]) -> bool:
    """Whether one of the page's names (its title, its crumbs) is a policy's."""
    return any(_POLICY.fullmatch(item) for item in _items(names))


def is_list_or_call(sections: list[str], own_name: str) -> bool:
    """Whether the page is a call or a list of calls (a section or its own name says so)."""
    return any(_CALLS.fullmatch(item) for item in _items([*sections, own_name]))

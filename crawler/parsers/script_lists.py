"""A list the page fills by script from an array of names, read as the list it shows.

An old page leaves its list box empty in the markup (`<ul id="elencoComuni"></ul>`) and a script writes the items
into it from an array literal (`new Array('Bergamo', 'Gorle', ...)`, `["Arese", "Lainate", ...]`) by the box's id
(`getElementById`, `$('#id')`, `querySelector('#id')`). The reader sees the names as a list under the box's heading;
they are put in the box so, and whose they are is decided by the member rules as for any list.
"""

from __future__ import annotations

import re

from lxml import etree

MAX_SCRIPT_CHARS = 100_000  # a longer inline script is a bundle (a framework, a theme's code), not a page's list
# an array literal of three quoted strings or more, in either spelling (fewer are a script's settings: "it", "auto")
_ARRAY = re.compile(
    r"""(?:\bnew\s+Array\s*\(|\[)\s*((?:(["'])(?:(?!\2)[^\\\n]|\\.){1,120}\2\s*,\s*){2,}(["'])(?:(?!\3)[^\\\n]|\\.){1,120}\3)\s*,?\s*[\])]"""
)
_ITEM = re.compile(r"""(["'])((?:(?!\1)[^\\\n]|\\.){1,120})\1""")
# the box the script writes into, by its id
_BOX = re.compile(r"""(?:getElementById\s*\(\s*|(?:\$|jQuery|querySelector)\s*\(\s*["']#)["']?([\w-]{1,80})["']""")
_WRITES = ("innerHTML", "append", "insertAdjacentHTML", "createElement")  # what a script that fills a box calls


def script_arrays_as_lists(root: etree._Element) -> None:
    """Each empty box in the page's body that a script fills from an array of three names or more gets them as
    its list items."""
    for script in root.xpath("//body//script[not(@src)]"):
        code = script.text or ""
        if len(code) > MAX_SCRIPT_CHARS or not any(w in code for w in _WRITES):
            continue
        arrays = [m[1] for m in _ARRAY.finditer(code)]
        boxes = [m[1] for m in _BOX.finditer(code)]
        if len(arrays) != 1 or not boxes:
            continue  # several arrays: which fills the box is the code's to say
        box = next(iter(root.xpath("//*[@id=$id]", id=boxes[0])), None)
        if box is None or "".join(box.itertext()).strip():
            continue
        listed = box if box.tag in ("ul", "ol") else etree.SubElement(box, "ul")
        for item in _ITEM.finditer(arrays[0]):
            etree.SubElement(listed, "li").text = item[2].replace("\\'", "'").replace('\\"', '"')

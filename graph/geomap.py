"""A map of Lombardy's ambiti as a self-contained SVG (and PNG through cairosvg).

Hand-written SVG from shapely geometries, projected to a plane (crawler.reference.projection):
no tiles, scripts, fonts or styles from the internet, so the serve pages embed it as it is and a
PNG needs only cairo. Each ambito gets its own colour (neighbours never share one: greedy colouring
of the ambiti that touch), comuni in no ambito are hatched, and every shape has a <title> tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

import networkx as nx
import numpy as np
import shapely

from crawler.datadir import atomic_write
from graph.territory import Area, Territory

# Twelve colours that stay apart from each other and from the grey of the hatching (ColorBrewer Set3/Paired)
PALETTE = ["#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69", "#fccde5", "#ffed6f",
           "#bc80bd", "#ccebc5", "#a6cee3", "#fdbf6f"]
PIXEL_TOLERANCE = 0.5  # simplify what is drawn to half a pixel: invisible, and a much smaller file


def colours(ambiti: list[Area]) -> dict[str, str]:
    """A colour per ambito IRI, different from each touching ambito's (deterministic)."""
    geoms = shapely.from_wkt([a.wkt for a in ambiti])
    graph = nx.Graph()
    graph.add_nodes_from(range(len(ambiti)))
    if ambiti:
        left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
        graph.add_edges_from((int(i), int(j)) for i, j in zip(left, right, strict=True) if i < j)
    order = nx.coloring.greedy_color(graph, strategy="largest_first")
    return {a.iri: PALETTE[order[i] % len(PALETTE)] for i, a in enumerate(ambiti)}


def _path(geom: object, transform: Callable[[np.ndarray], np.ndarray]) -> str:
    """SVG path data of a (multi)polygon, rings closed, holes by the even-odd rule."""
    out = []
    for poly in getattr(geom, "geoms", [geom]):
        for ring in [poly.exterior, *poly.interiors]:  # type: ignore[attr-defined]
            xy = transform(np.asarray(ring.coords))
            out.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in xy) + "Z")
    return "".join(out)


def _label(area: Area) -> str:
    people = f"{area.population:,}".replace(",", ".") + f" abitanti ({area.year})" if area.population else ""
    return " · ".join(x for x in (area.name, people) if x)


def render_svg(
    territory: Territory,
    *,
    focus: str | None = None,
    width: int = 800,
    link: Callable[[Area], str] | None = None,
) -> str:
    """The map as SVG text. `focus` (an ambito IRI) zooms on that ambito and greys the others;
    `link` gives each ambito a hyperlink (the serve pages)."""
    comuni, ambiti = territory.planar
    nobody = [g for c, g in zip(territory.comuni, comuni, strict=True) if not c.ambiti]
    shown = [g for a, g in zip(territory.ambiti, ambiti, strict=True) if a.iri == focus] or comuni or ambiti
    if not shown:
        raise ValueError("nothing to draw: the graph has no boundaries (build it with this version of ambiti)")
    x0, y0, x1, y1 = shapely.total_bounds(shown)
    margin = 0.04 * max(x1 - x0, y1 - y0) if focus else 0
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    scale = width / (x1 - x0)
    height = int(np.ceil((y1 - y0) * scale))

    def transform(xy: np.ndarray) -> np.ndarray:
        return np.column_stack([(xy[:, 0] - x0) * scale, (y1 - xy[:, 1]) * scale])

    def simple(geom: object) -> object:
        return shapely.simplify(geom, PIXEL_TOLERANCE / scale, preserve_topology=True)

    fill = colours(territory.ambiti)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="Mappa degli ambiti territoriali">',
        '<defs><pattern id="no-ambito" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#b0b0b0" stroke-width="1.5"/></pattern></defs>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        '<g fill-rule="evenodd" stroke="#ffffff" stroke-width="0.4">',
    ]
    if nobody:
        hatched = simple(shapely.coverage_union_all(nobody))
        parts.append(f'<path class="no-ambito" fill="url(#no-ambito)" stroke="#c8c8c8" d="{_path(hatched, transform)}">'
                     "<title>Comuni senza ambito nel grafo</title></path>")
    for area, geom in zip(territory.ambiti, ambiti, strict=True):
        colour = fill[area.iri] if focus in (None, area.iri) else "#e3e3e3"
        shape = (f'<path class="ambito" data-ambito="{escape(area.key)}" fill="{colour}" stroke="#555555" '
                 f'stroke-width="{1.2 if area.iri == focus else 0.6}" d="{_path(simple(geom), transform)}">'
                 f"<title>{escape(_label(area))}</title></path>")
        parts.append(f'<a href="{escape(link(area))}">{shape}</a>' if link else shape)
    if focus:  # the focused ambito's comuni, outlined with their names as tooltips
        for area, geom in zip(territory.comuni, comuni, strict=True):
            if focus in area.ambiti:
                parts.append(f'<path class="comune" fill="none" stroke="#333333" stroke-width="0.5" '
                             f'd="{_path(simple(geom), transform)}"><title>{escape(_label(area))}</title></path>')
    parts += ["</g>", "</svg>"]
    return "\n".join(parts) + "\n"


def write_map(territory: Territory, out: Path, *, focus: str | None = None, width: int = 800) -> Path:
    """Write the map as .svg, or as .png through cairosvg (an optional dependency)."""
    svg = render_svg(territory, focus=focus, width=width)
    if out.suffix.lower() == ".svg":
        atomic_write(out, svg)
    elif out.suffix.lower() == ".png":
        try:
            import cairosvg
        except (ImportError, OSError) as exc:  # OSError: the cairo library itself is missing
            raise ValueError(f"{out}: PNG needs cairosvg and the cairo library: pip install 'ambiti[png]'") from exc
        atomic_write(out, cairosvg.svg2png(bytestring=svg.encode("utf-8")))
    else:
        raise ValueError(f"{out}: give a file ending in .svg or .png")
    return out

"""Dataset exports: RDF serialisations, the CSV tables, GraphML, a VoID/DCAT description, checksums.

With `--format all` the release also has a README.md that lists every file, the crawls it holds,
the tool version and what an empty CSV cell means. The description (void.ttl) is built and checked
by graph/dcat.py; its violations come back as `problems`, so that a release is never silently wrong,
and the CSV columns with empty cells as `gaps`, so that a reader knows what the graph does not know.

Files are written into a temporary directory beside the target and moved in only when all are
complete, so an interrupted export never leaves half a release.
"""

from __future__ import annotations

import json
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from crawler.datadir import DataDirError
from graph import iris, tool_version
from graph.dcat import Crawl, ReleaseSettings, check, describe, sha256
from graph.geojson import write_geojson
from graph.network import membership_graph, write_graphml
from graph.query import records
from graph.store_api import Store
from graph.tables import EMPTY_MEANS, TABLES, gaps, tables, to_csv
from graph.territory import read_territory
from graph.vocab import PREFIXES

RDF_FORMATS = {
    # name: (file, pyoxigraph format, keeps named graphs)
    "nq": ("ambiti.nq", ox.RdfFormat.N_QUADS, True),
    "trig": ("ambiti.trig", ox.RdfFormat.TRIG, True),
    "jsonld": ("ambiti.jsonld", ox.RdfFormat.JSON_LD, True),
    "ttl": ("ambiti.ttl", ox.RdfFormat.TURTLE, False),
    "nt": ("ambiti.nt", ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": ("ambiti.rdf", ox.RdfFormat.RDF_XML, False),
}
ALL = [*RDF_FORMATS, "csv", "graphml", "geojson"]
CONTEXT = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"


def _quads(store: Store) -> list[ox.Quad]:
    return list(ox.parse(store.dump_nquads(), format=ox.RdfFormat.N_QUADS))


def _write_rdf(quads: list[ox.Quad], fmt: str, out: Path) -> Path:
    name, rdf_format, named = RDF_FORMATS[fmt]
    prefixes = {**PREFIXES, "id": iris.BASE + "id/"}
    if fmt == "jsonld":
        data = _compact_jsonld(ox.serialize(quads, format=rdf_format))
    elif named:
        data = ox.serialize(quads, format=rdf_format, prefixes=prefixes if fmt == "trig" else None)
    else:
        consolidated = iris.consolidated()
        triples = [q.triple for q in quads if q.graph_name == consolidated]
        data = ox.serialize(triples, format=rdf_format, prefixes=None if fmt == "nt" else prefixes)
    path = out / name
    path.write_bytes(data)
    return path


def _compact_jsonld(expanded: bytes) -> bytes:
    """Oxigraph writes expanded JSON-LD fast; pyld compacts it with ontology/context.jsonld so
    that it reads naturally ("name", "capofila", "members" instead of full IRIs)."""
    from pyld import jsonld

    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    compacted = jsonld.compact(json.loads(expanded), context)
    return json.dumps(compacted, ensure_ascii=False, indent=1).encode("utf-8")


def crawls_of(store: Store) -> list[Crawl]:
    """The crawls the dataset holds, oldest first (queries/release/crawls.rq)."""
    return [
        Crawl(r["crawl"].value.rsplit("/", 1)[-1], r["started"].value, r["ended"].value if r["ended"] else None)
        for r in records(store, "release/crawls")
    ]


DESCRIPTIONS = {
    "ambiti.nq": "the whole dataset with its named graphs (one per archived page content, the ISTAT registry, "
    "each crawl, graph/history, graph/current with the latest crawl's pages and the winning facts' sources, "
    "and graph/consolidated with the resolved facts)",
    "ambiti.trig": "the same as ambiti.nq, in TriG",
    "ambiti.jsonld": "the same as ambiti.nq, in JSON-LD compacted with the project's context",
    "ambiti.ttl": "the consolidated graph only (Turtle has no named graphs)",
    "ambiti.nt": "the consolidated graph only, in N-Triples",
    "ambiti.rdf": "the consolidated graph only, in RDF/XML",
    "ambiti.graphml": "comune - ambito - ATS membership network for Gephi / networkx",
    "ambiti.geojson": "each ambito's territory (WGS 84) with its population, for QGIS and GDAL",
    "comuni.geojson": "each comune's boundary (WGS 84) with its population and ambito",
    "void.ttl": "VoID + DCAT-AP_IT description of this release (checked with the DCAT-AP and DCAT-AP_IT shapes)",
    "README.md": "this file",
    "SHA256SUMS": "SHA-256 of every other file",
    "ambiti-release.tar.gz": "all of the above in one archive",
}


def release_readme(files: list[str], crawls: list[Crawl], gaps: list[str]) -> str:
    """Every file of the release, the crawls it holds, the tool version, and what empty cells mean."""
    lines = ["# ambiti dataset release", "", f"Made by ambiti {tool_version()}.", "", "## Files", ""]
    for name in files:
        if name in TABLES:
            lines.append(f"- `{name}`: CSV table (UTF-8, comma, header row): {', '.join(TABLES[name])}")
        else:
            lines.append(f"- `{name}`: {DESCRIPTIONS[name]}")
    lines += ["", "## Crawls", ""]
    lines += [f"- `{c.crawl_id}`: {c.started} to {c.ended or '(unfinished)'}" for c in crawls] or ["- none"]
    if any(name in TABLES for name in files):
        lines += ["", "## Empty cells", ""]
        lines += [f"- {name} `{column}`: {meaning}" for (name, column), meaning in EMPTY_MEANS.items() if name in files]
        lines += ["", "In this release:", ""] + [f"- {gap}" for gap in gaps]
    lines += [
        "",
        "Licence: CC BY 4.0. Every fact carries its source page in the RDF (prov:wasDerivedFrom).",
        "",
    ]
    return "\n".join(lines)


@dataclass
class Release:
    """What `export` wrote: the files, the CSV tables (empty without csv), their empty columns explained,
    and the description's SHACL violations (one line each)."""

    files: list[Path]
    tables: dict[str, list[list[str]]] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def export(
    store: Store, out: Path, fmt: str, *, force: bool = False, settings: ReleaseSettings | None = None
) -> Release:
    if out.exists() and not out.is_dir():
        raise DataDirError(f"{out} is a file: give a directory to --out")
    if out.exists() and any(out.iterdir()) and not force:
        raise DataDirError(f"{out} is not empty: choose an empty directory or add --force")
    settings = settings or ReleaseSettings.from_env()
    formats = ALL if fmt == "all" else [fmt]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
    try:
        quads = _quads(store)
        data_files: list[Path] = []
        written_tables: dict[str, list[list[str]]] = {}
        for f in formats:
            if f in RDF_FORMATS:
                data_files.append(_write_rdf(quads, f, tmp))
            elif f == "csv":
                written_tables = tables(store)
                for name, rows in written_tables.items():
                    (tmp / name).write_text(to_csv(TABLES[name], rows), encoding="utf-8")
                    data_files.append(tmp / name)
            elif f == "graphml":
                data_files.append(write_graphml(membership_graph(store), tmp / "ambiti.graphml"))
            elif f == "geojson":
                data_files += write_geojson(read_territory(store), tmp)
        crawls = crawls_of(store)
        pages = len(
            {q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode) and "/source/" in q.graph_name.value}
        )
        description = describe(data_files, triples=len(quads), pages=pages, crawls=crawls, settings=settings)
        (tmp / "void.ttl").write_text(description.serialize(format="turtle"), encoding="utf-8")
        problems = [f"void.ttl: {line}" for line in check(description)]
        written = [*data_files, tmp / "void.ttl"]
        if fmt == "all":
            names = [p.name for p in written] + ["README.md", "SHA256SUMS", "ambiti-release.tar.gz"]
            (tmp / "README.md").write_text(release_readme(names, crawls, gaps(written_tables)), encoding="utf-8")
            written.append(tmp / "README.md")
        sums = "".join(f"{sha256(p)}  {p.name}\n" for p in sorted(written))
        (tmp / "SHA256SUMS").write_text(sums, encoding="utf-8")
        written.append(tmp / "SHA256SUMS")
        if fmt == "all":
            archive = tmp / "ambiti-release.tar.gz"
            with tarfile.open(archive, "w:gz") as tar:
                for p in sorted(written):
                    tar.add(p, arcname=f"ambiti-release/{p.name}")
            written.append(archive)
        out.mkdir(parents=True, exist_ok=True)
        final = []
        for p in written:
            target = out / p.name
            p.replace(target)
            final.append(target)
        return Release(final, written_tables, gaps(written_tables), problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

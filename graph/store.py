"""The store factory: the one module that imports a backend.

Queries and exports talk to the `Store` protocol (graph/store_api.py) only, so a research group can
move from the embedded store to a SPARQL server (`--store URL`) without changing a query.
"""

from __future__ import annotations

import os
from pathlib import Path

from graph.oxigraph_store import OxigraphStore
from graph.rdflib_store import RdflibStore
from graph.remote import RemoteStore
from graph.store_api import LocalStore, Store, StoreError


def local_store(path: Path | None) -> LocalStore:
    """The data dir's embedded store at `path` (in memory when None): what `ambiti build` writes."""
    return OxigraphStore(path)


def open_store(spec: str | None, data_store_dir: Path) -> Store:
    """`None`/"oxigraph": the data dir's store; "memory": rdflib; an http(s) URL: remote."""
    if spec in (None, "", "oxigraph"):
        return local_store(data_store_dir)
    if spec == "rdflib":
        store = RdflibStore()
        disk = local_store(data_store_dir)
        store.replace_all(disk.dump_nquads())
        disk.close()
        return store
    if spec.startswith(("http://", "https://")):
        return RemoteStore(
            spec,
            update_url=os.environ.get("AMBITI_SPARQL_UPDATE_URL") or None,
            gsp_url=os.environ.get("AMBITI_SPARQL_GSP_URL") or None,
        )
    raise StoreError(f"unknown store {spec!r}: use oxigraph, rdflib or a SPARQL endpoint URL")

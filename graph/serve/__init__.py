"""`ambiti serve`: the graph on the web, read-only, for people (HTML pages) and machines (SPARQL, RDF).

One process: a threaded stdlib HTTP server renders the pages in-process through the `Store`
interface, and hands free SPARQL (`/sparql`, the query page's free box) to a few child processes so
that a query over its time limit can be stopped (pyoxigraph has no cancellation). See docs/serve.md.
"""

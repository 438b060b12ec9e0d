"""ambiti knowledge graph: IRIs, build, stores, queries, exports and the CLI."""

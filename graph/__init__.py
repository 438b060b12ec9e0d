"""ambiti knowledge graph: IRIs, build, stores, queries, exports and the CLI."""

from importlib.metadata import PackageNotFoundError, version


def tool_version() -> str:
    """The installed ambiti version ("unknown" in a checkout that was never installed)."""
    try:
        return version("ambiti")
    except PackageNotFoundError:
        return "unknown"

"""Registry snapshots used offline and the name resolver."""

"""Where series come from: the bundled snapshot, the DuckDB store, symbols, calendar, sources."""

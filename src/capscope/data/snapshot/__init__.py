"""The bundled real market-data snapshot (Parquet files + PROVENANCE.md); see PROVENANCE.md."""

SNAPSHOT_VERSION = "2026-08-21.1"
"""Bump when the bundled files change: stores seeded from an older snapshot re-seed its series."""

SNAPSHOT_DATE = "2026-08-21"
"""The last date of market data in the snapshot."""

"""HTTP routers of protocol v1 (all under /api/v1)."""

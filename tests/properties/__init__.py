"""Property-based (hypothesis) tests of the sync engine against the real server."""

"""Fault tests: a real misbehaving proxy between the sync client and the server."""

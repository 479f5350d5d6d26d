"""Crash safety: the store and the sync survive SIGKILL at any point."""

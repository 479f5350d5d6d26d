"""Kelurahan boundaries (``boundaries``) and where third-party data lives (``datadir``)."""

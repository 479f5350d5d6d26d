"""What the workstation and the central server share, importing neither of them.

- ``domain``: statuses and transitions, SLA deadlines, roles, validation (plain Python);
- ``protocol``: the wire models of protocol v1 and the Open311 status words;
- ``geo``: kelurahan boundaries and the third-party data directory.

No Qt, no SQLAlchemy, no FastAPI here: a server install and a workstation install
both carry this package (import-linter contracts in pyproject.toml).
"""

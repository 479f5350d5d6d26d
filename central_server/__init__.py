"""The reference central server of the CRM sync protocol (FastAPI + SQLAlchemy)."""

"""CRM Officer Workstation."""

__version__ = "0.1.0"

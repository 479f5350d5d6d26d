"""Protocol v1 as both sides speak it: ``wire`` (pydantic models), ``open311_status``."""

"""Pages of supervisors (unit queue, dashboard) and validators (validation queue)."""

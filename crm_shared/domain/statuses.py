"""The statuses of a report as citizens and officers see them (DOMAIN.md)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    MENUNGGU = "menunggu"
    KOORDINASI = "koordinasi"
    DISPOSISI = "disposisi"
    PROSES = "proses"
    MENUNGGU_VALIDASI = "menunggu_validasi"
    SELESAI = "selesai"
    TL_DITOLAK = "tl_ditolak"
    DITOLAK = "ditolak"

    @property
    def label(self) -> str:
        """The name people use, in Bahasa Indonesia."""
        return STATUS_LABELS[self]

    @property
    def colour(self) -> str:
        """The colour used everywhere for this status (list, detail, map, charts)."""
        return STATUS_COLOURS[self]

    @property
    def is_open(self) -> bool:
        """Still needs work from some unit (not closed as done or invalid)."""
        return self not in CLOSED_STATUSES


STATUS_LABELS: dict[Status, str] = {
    Status.MENUNGGU: "Menunggu",
    Status.KOORDINASI: "Koordinasi",
    Status.DISPOSISI: "Disposisi",
    Status.PROSES: "Proses",
    Status.MENUNGGU_VALIDASI: "Menunggu Validasi",
    Status.SELESAI: "Selesai",
    Status.TL_DITOLAK: "TL Ditolak",
    Status.DITOLAK: "Ditolak",
}

# DESIGN.md "Screens": one palette for every place a status is drawn.
STATUS_COLOURS: dict[Status, str] = {
    Status.MENUNGGU: "#d32f2f",  # red
    Status.PROSES: "#f2a900",  # amber
    Status.MENUNGGU_VALIDASI: "#1e64c8",  # blue
    Status.SELESAI: "#2e7d32",  # green
    Status.KOORDINASI: "#7b3fb0",  # violet
    Status.DISPOSISI: "#7b3fb0",  # violet
    Status.TL_DITOLAK: "#ef6c00",  # orange
    Status.DITOLAK: "#757575",  # grey
}

CLOSED_STATUSES: frozenset[Status] = frozenset({Status.SELESAI, Status.DITOLAK})

# Statuses in which the responsible unit has not yet responded to the report.
AWAITING_RESPONSE: frozenset[Status] = frozenset(
    {Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI}
)

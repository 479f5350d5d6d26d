"""A person's record (``rights.public_record``) as a citizen reads it: plain text or
a self-contained HTML page, in Indonesian. Every value is escaped (citizens' text is
shown as text, never as HTML)."""

from __future__ import annotations

import html
from typing import Any

_FIELDS = {
    "name": "Nama",
    "nik": "NIK",
    "phone": "Telepon",
    "address": "Alamat",
}
_SUBJECT = {"reporter": "Pelapor", "supporter": "Pendukung laporan"}


def _lines(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs; a label "" starts a new section."""
    out: list[tuple[str, str]] = []
    for item in record["items"]:
        out.append(("", f"Laporan {item['report_number']}"))
        out.append(("Sebagai", _SUBJECT.get(item["subject"], item["subject"])))
        out.append(("Kategori", item["category"]))
        out.append(("Kanal", item["channel"]))
        out.append(("Status", item["status"]))
        out.append(("Dilaporkan", item["reported_at"]))
        out.append(("Ditutup", item["closed_at"] or "belum"))
        for key, label in _FIELDS.items():
            if key in item["identity"]:
                out.append((label, item["identity"][key] or "(tidak ada / sudah dihapus)"))
        if item.get("notice"):
            out.append(
                (
                    "Pemberitahuan privasi",
                    f"versi {item['notice']['version']}, {item['notice']['given_at']}",
                )
            )
        out.append(
            ("Dihapus otomatis pada", item["erased_by_retention_on"] or "setelah laporan ditutup")
        )
        if item.get("legal_hold"):
            out.append(("Penahanan hukum", item["legal_hold"]))
        views = item.get("seen_by") or []
        out.append(("Dilihat petugas", f"{len(views)} kali"))
        for view in views:
            out.append(("  -", f"{view['at']} oleh {view['officer']}"))
    return out


def to_text(record: dict[str, Any]) -> str:
    head = [
        "DATA PRIBADI YANG DISIMPAN CRM JAKARTA",
        f"Pengendali data: {record['controller']}",
        f"Dibuat: {record['produced_at']}",
        f"Jumlah catatan: {len(record['items'])}",
    ]
    body: list[str] = []
    for label, value in _lines(record):
        body.append(f"\n== {value} ==" if label == "" else f"{label}: {value}")
    if not record["items"]:
        body.append("\nTidak ada data pribadi yang disimpan tentang orang ini.")
    return "\n".join(head + body) + "\n"


def to_html(record: dict[str, Any]) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="id"><head><meta charset="utf-8">',
        "<title>Data pribadi yang disimpan CRM Jakarta</title>",
        "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}"
        "th{text-align:left;padding-right:1em;vertical-align:top}</style></head><body>",
        "<h1>Data pribadi yang disimpan CRM Jakarta</h1>",
        f"<p>Pengendali data: {e(record['controller'])}<br>Dibuat: {e(record['produced_at'])}</p>",
    ]
    table_open = False
    for label, value in _lines(record):
        if label == "":
            if table_open:
                parts.append("</table>")
            parts.append(f"<h2>{e(value)}</h2><table>")
            table_open = True
        else:
            parts.append(f"<tr><th>{e(label)}</th><td>{e(value)}</td></tr>")
    if table_open:
        parts.append("</table>")
    if not record["items"]:
        parts.append("<p>Tidak ada data pribadi yang disimpan tentang orang ini.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"

"""The HTML of the public tracking page: small, server-rendered, no JavaScript.

Readable on a phone (one column, system fonts, large tap targets); Bahasa
Indonesia first, English on ``?lang=en`` or when the browser prefers English.
Every value is escaped; the only style is the one inline sheet below, allowed by
its hash in the Content-Security-Policy (``default-src 'none'``).
"""

from __future__ import annotations

import base64
import hashlib
import html
from dataclasses import dataclass
from datetime import datetime

from crm_shared.domain import JAKARTA_TZ
from crm_shared.domain.rating import COMMENT_MAX
from crm_shared.protocol.open311_status import OPEN

from .tracking import STATUS_WORDS, TrackingView

CSS = (
    "body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f23;"
    "font-size:17px;line-height:1.45}"
    "main{max-width:34rem;margin:0 auto;padding:1rem}"
    "header{background:#0b5394;color:#fff;padding:.8rem 1rem}"
    "header p{margin:0;font-size:.9rem}h1{font-size:1.3rem;margin:.2rem 0}"
    "header a{color:#fff;font-weight:600}"
    "section{background:#fff;border-radius:8px;padding:1rem;margin:0 0 1rem;"
    "box-shadow:0 1px 2px rgba(0,0,0,.08)}"
    "h2{font-size:1.1rem;margin:0 0 .6rem}"
    ".status{font-size:1.25rem;font-weight:700}.done{color:#1e7b34}.open{color:#8a5a00}"
    "dl{margin:0}dt{font-weight:600;margin-top:.5rem}dd{margin:0}"
    "ol{padding-left:1.2rem;margin:0}li{margin:.3rem 0}"
    ".note{color:#444;font-size:.95rem}.msg{border-left:4px solid #0b5394;padding:.5rem .8rem;"
    "background:#eef4fb}.err{border-color:#b00020;background:#fdecee}"
    "label{display:block;font-weight:600;margin:.6rem 0 .2rem}"
    "input[type=text],textarea{width:100%;box-sizing:border-box;font-size:1rem;padding:.5rem}"
    "fieldset{border:0;padding:0;margin:.6rem 0}fieldset label{display:inline-block;"
    "font-weight:400;margin:0 .8rem .3rem 0;padding:.3rem 0}"
    "button{font-size:1rem;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;"
    "border-radius:6px;margin-top:.8rem}"
    "a{color:#0b5394}footer{font-size:.85rem;color:#555;padding:0 1rem 2rem;max-width:34rem;"
    "margin:0 auto}"
)
CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        f"default-src 'none'; style-src 'sha256-{CSS_HASH}'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

_MONTHS = {
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

# Every sentence of the page: (Bahasa Indonesia, English).
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Lacak laporan", "Track a report"),
    "issuer": (
        "Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM)",
        "Jakarta Provincial Government — Cepat Respon Masyarakat (CRM)",
    ),
    "number": ("Nomor laporan", "Report number"),
    "status": ("Status", "Status"),
    "category": ("Kategori", "Category"),
    "unit": ("Unit yang menangani", "Unit handling it"),
    "deadline": ("Batas waktu tindak lanjut", "Follow-up deadline"),
    "no_deadline": ("—", "—"),
    "filed": ("Diterima", "Received"),
    "steps": ("Perjalanan laporan", "Progress of the report"),
    "description": ("Uraian (laporan publik)", "Description (public report)"),
    "private": (
        "Laporan ini bersifat privat: isi, foto dan catatannya tidak ditampilkan.",
        "This report is private: its content, photos and notes are not shown.",
    ),
    "reporter": (
        "Identitas pelapor tidak pernah ditampilkan di halaman ini.",
        "The reporter's identity is never shown on this page.",
    ),
    "switch": ("English", "Bahasa Indonesia"),
    "not_found_title": ("Laporan tidak ditemukan", "Report not found"),
    "not_found": (
        "Nomor laporan ini tidak kami temukan. Periksa kembali nomor pada tanda terima "
        "(contoh: JK2306180342). Laporan yang baru dibuat di meja pengaduan dapat muncul "
        "beberapa saat kemudian.",
        "We could not find this report number. Check the number on your receipt "
        "(for example JK2306180342). A report just filed at a desk may appear a little later.",
    ),
    "busy_title": ("Terlalu banyak permintaan", "Too many requests"),
    "busy": (
        "Terlalu banyak permintaan dari alamat jaringan Anda. Silakan coba lagi dalam %s.",
        "Too many requests from your network address. Please try again in %s.",
    ),
    "rate_title": ("Beri nilai penanganan", "Rate how it was handled"),
    "rate_intro": (
        "Laporan ini sudah selesai. Bagaimana penanganannya? Masukkan kode penilaian yang "
        "tercetak pada tanda terima Anda. Setiap laporan hanya dapat dinilai satu kali.",
        "This report is completed. How was it handled? Enter the rating code printed on "
        "your receipt. Each report can be rated once.",
    ),
    "code": ("Kode penilaian (pada tanda terima)", "Rating code (on your receipt)"),
    "score": ("Nilai (1 = buruk, 5 = sangat baik)", "Rating (1 = poor, 5 = very good)"),
    "comment": ("Satu kalimat tentang penanganan (boleh kosong)", "One sentence (optional)"),
    "comment_hint": (
        "Jangan menulis nama, NIK atau nomor telepon.",
        "Do not write names, ID numbers or phone numbers.",
    ),
    "send": ("Kirim penilaian", "Send rating"),
    "thanks": (
        "Terima kasih. Penilaian Anda sudah kami terima dan diteruskan ke pimpinan unit.",
        "Thank you. Your rating was received and passed to the unit's head.",
    ),
    "already": (
        "Laporan ini sudah dinilai. Setiap laporan hanya dapat dinilai satu kali.",
        "This report has already been rated. Each report can be rated once.",
    ),
    "wrong_code": (
        "Kode penilaian tidak cocok. Periksa kode pada tanda terima Anda (8 huruf dan angka).",
        "The rating code does not match. Check the code on your receipt (8 letters and digits).",
    ),
    "not_finished": (
        "Laporan ini belum selesai, jadi belum dapat dinilai.",
        "This report is not completed yet, so it cannot be rated.",
    ),
    "bad_score": ("Pilih nilai 1 sampai 5.", "Choose a rating from 1 to 5."),
    "too_long": (
        f"Kalimat penilaian terlalu panjang: maksimal {COMMENT_MAX} karakter.",
        f"The sentence is too long: at most {COMMENT_MAX} characters.",
    ),
    "forbidden": (
        "Formulir ini sudah kedaluwarsa atau tidak dikirim dari halaman ini. Muat ulang "
        "halaman lalu coba lagi.",
        "This form has expired or was not sent from this page. Reload the page and try again.",
    ),
    "code_locked": (
        "Terlalu banyak kode yang salah untuk laporan ini. Silakan coba lagi dalam %s.",
        "Too many wrong codes for this report. Please try again in %s.",
    ),
    "back": ("Kembali ke laporan", "Back to the report"),
    "footer": (
        "Halaman ini hanya menampilkan apa yang juga terbuka di layanan Open311 CRM.",
        "This page shows only what the CRM's public Open311 service also shows.",
    ),
}


def pick_language(query_lang: str | None, accept_language: str | None) -> str:
    """``?lang=`` first, then the browser's first preference; Indonesian by default."""
    if query_lang in ("id", "en"):
        return query_lang
    first = (accept_language or "").split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "id"


def word(key: str, lang: str) -> str:
    pair = WORDS[key]
    return pair[1] if lang == "en" else pair[0]


def status_words(status: str, lang: str) -> str:
    pair = STATUS_WORDS.get(status, STATUS_WORDS[OPEN])
    return pair[1] if lang == "en" else pair[0]


def when(value: datetime, lang: str, *, time: bool = True) -> str:
    local = value.astimezone(JAKARTA_TZ)
    text = f"{local.day} {_MONTHS[lang][local.month - 1]} {local.year}"
    return f"{text}, {local:%H:%M} WIB" if time else text


def wait_words(seconds: int, lang: str) -> str:
    if seconds < 60:
        return f"{seconds} {'seconds' if lang == 'en' else 'detik'}"
    minutes = -(-seconds // 60)
    return f"{minutes} {'minutes' if lang == 'en' else 'menit'}"


@dataclass(frozen=True)
class Notice:
    text: str
    error: bool = False


def _page(title: str, body: str, lang: str, switch_href: str | None) -> str:
    e = html.escape
    switch = ""
    if switch_href is not None:
        switch = f"<p><a href='{e(switch_href)}' hreflang='{'id' if lang == 'en' else 'en'}'>"
        switch += f"{e(word('switch', lang))}</a></p>"
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<meta name='robots' content='noindex'>"
        f"<title>{e(title)} — CRM Jakarta</title><style>{CSS}</style></head><body>"
        f"<header><p>{e(word('issuer', lang))}</p><h1>{e(title)}</h1>{switch}</header>"
        f"<main>{body}</main>"
        f"<footer>{e(word('footer', lang))} {e(word('reporter', lang))}</footer>"
        "</body></html>"
    )


def _switch_href(lang: str) -> str:
    return "?lang=id" if lang == "en" else "?lang=en"


def report_page(
    view: TrackingView, lang: str, *, form_token: str | None, notice: Notice | None = None
) -> str:
    e = html.escape
    status_class = "done" if view.finished else "open"
    deadline = when(view.expected_at, lang) if view.expected_at else word("no_deadline", lang)
    facts = (
        f"<dl><dt>{e(word('number', lang))}</dt><dd>{e(view.number)}</dd>"
        f"<dt>{e(word('status', lang))}</dt>"
        f"<dd class='status {status_class}'>{e(status_words(view.status, lang))}</dd>"
        f"<dt>{e(word('category', lang))}</dt><dd>{e(view.category)}</dd>"
        f"<dt>{e(word('unit', lang))}</dt><dd>{e(view.unit)}</dd>"
        f"<dt>{e(word('deadline', lang))}</dt><dd>{e(deadline)}</dd></dl>"
    )
    steps = "".join(
        f"<li><b>{e(status_words(step.status, lang))}</b><br>"
        f"<span class='note'>{e(when(step.at, lang))}</span></li>"
        for step in view.steps
    )
    content = (
        f"<section><h2>{e(word('description', lang))}</h2><p>{e(view.description)}</p></section>"
        if view.description
        else f"<section><p class='note'>{e(word('private', lang))}</p></section>"
    )
    body = f"<section>{facts}</section>"
    if notice is not None:
        css = "msg err" if notice.error else "msg"
        body = f"<p class='{css}' role='status'>{e(notice.text)}</p>" + body
    body += f"<section><h2>{e(word('steps', lang))}</h2><ol>{steps}</ol></section>{content}"
    if view.finished and form_token is not None:
        body += rating_form(view.number, lang, form_token)
    return _page(word("title", lang), body, lang, _switch_href(lang))


def rating_form(number: str, lang: str, token: str) -> str:
    e = html.escape
    scores = "".join(
        f"<label><input type='radio' name='nilai' value='{n}' required> {n}</label>"
        for n in range(1, 6)
    )
    return (
        f"<section><h2>{e(word('rate_title', lang))}</h2><p>{e(word('rate_intro', lang))}</p>"
        f"<form method='post' action='/lacak/{e(number)}/nilai?lang={lang}'>"
        f"<input type='hidden' name='token' value='{e(token)}'>"
        f"<label for='kode'>{e(word('code', lang))}</label>"
        "<input type='text' id='kode' name='kode' maxlength='20' autocomplete='off' "
        "autocapitalize='characters' spellcheck='false' required>"
        f"<fieldset><legend><b>{e(word('score', lang))}</b></legend>{scores}</fieldset>"
        f"<label for='kalimat'>{e(word('comment', lang))}</label>"
        f"<textarea id='kalimat' name='kalimat' rows='3' maxlength='{COMMENT_MAX}'></textarea>"
        f"<p class='note'>{e(word('comment_hint', lang))}</p>"
        f"<button type='submit'>{e(word('send', lang))}</button></form></section>"
    )


def not_found_page(lang: str) -> str:
    """The same page for an unknown and a malformed number (it does not echo either)."""
    body = f"<section><p>{html.escape(word('not_found', lang))}</p></section>"
    return _page(word("not_found_title", lang), body, lang, _switch_href(lang))


def busy_page(lang: str, seconds: int, key: str = "busy") -> str:
    text = word(key, lang).replace("%s", wait_words(seconds, lang))
    body = f"<section><p class='msg err'>{html.escape(text)}</p></section>"
    return _page(word("busy_title", lang), body, lang, None)


def message_page(number: str, lang: str, key: str, *, error: bool) -> str:
    """The answer to a rating that could not be shown with the report (e.g. no form token)."""
    e = html.escape
    css = "msg err" if error else "msg"
    body = (
        f"<section><p class='{css}'>{e(word(key, lang))}</p>"
        f"<p><a href='/lacak/{e(number)}?lang={lang}'>{e(word('back', lang))}</a></p></section>"
    )
    return _page(word("title", lang), body, lang, None)

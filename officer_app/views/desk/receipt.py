"""The citizen's receipt (tanda terima): printed, or saved as PDF.

Number (or a clearly marked provisional code), date and time, category,
location, a summary of the complaint, how to follow it, the privacy statement.
The NIK appears only masked. Citizen text is escaped: shown as text, never HTML.

Tracking: an official number's receipt carries a QR code of the public tracking
page (``<base>/lacak/<number>``) with the short address printed beside it, and the
rating code with which the citizen rates the result once it is Selesai.

Language: the app's (``--lang`` / the setting). Bahasa Indonesia is the source
language and the default, so the citizen's receipt is Indonesian unless the desk
runs the app in English; then the receipt is English like the rest of the screen.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
from pathlib import Path

import segno
from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QStandardPaths, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain.rating import format_rating_code
from officer_app.store.desk import ReceiptData
from officer_app.store.page_mark import page_mark
from officer_app.views.texts import date_time_text

from .privacy_notice import receipt_notice

FOLLOW_URL = "https://crm.jakarta.go.id"


def receipt_title() -> str:
    return QCoreApplication.translate("Receipt", "Tanda Terima Pengaduan")


def receipt_html(data: ReceiptData, font_pt: float = 10.0) -> str:
    """The receipt in the app's language (Bahasa Indonesia unless the app runs in
    English): the citizen keeps it, so it reads like the rest of the screens."""
    e = html.escape
    # pyside6-lupdate finds ``translate("Context", "literal")`` calls (not strings
    # behind a helper of ours). QCoreApplication.translate works in any thread, so a
    # receipt made in a worker comes out in the app's language too.
    translate = QCoreApplication.translate
    when = date_time_text(data.created_at, zone=True)
    rows = [
        (translate("Receipt", "Nomor laporan"), data.number),
        (translate("Receipt", "Tanggal dan jam"), when),
        (translate("Receipt", "Kanal"), data.channel),
        (translate("Receipt", "Kategori"), data.category),
        (translate("Receipt", "Lokasi"), data.location or "-"),
    ]
    if data.masked_nik:
        rows.append((translate("Receipt", "NIK pelapor"), data.masked_nik))
    elif not data.reporter_name:
        rows.append((translate("Receipt", "Pelapor"), translate("Receipt", "Anonim")))
    rows.append(
        (
            translate("Receipt", "Sifat laporan"),
            translate("Receipt", "Rahasia (privat)")
            if data.is_private
            else translate("Receipt", "Publik (identitas tetap dirahasiakan)"),
        )
    )
    table = "".join(f"<tr><td width='32%'><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows)
    provisional = ""
    if data.provisional:
        provisional = (
            "<p style='border:2px solid #b00; padding:6px; color:#b00'><b>"
            + e(translate("Receipt", "NOMOR SEMENTARA"))
            + "</b> — "
            + e(
                translate(
                    "Receipt",
                    "Nomor resmi belum tersedia karena jaringan terputus. Nomor ini BELUM dapat "
                    "dilacak di situs CRM. Tanda terima dengan nomor resmi dapat dicetak ulang "
                    "di meja pengaduan atau dikirim kepada Anda setelah tersambung.",
                )
            )
            + "</p>"
        )
    follow = translate(
        "Receipt",
        "Pantau laporan Anda dengan nomor di atas melalui situs CRM Jakarta (%1) atau "
        "aplikasi JAKI, menu Laporan. Pengaduan tatap muka dijawab paling lambat 3 hari kerja.",
    ).replace("%1", FOLLOW_URL)
    tracking = _tracking_block(data)
    privacy = translate(
        "Receipt",
        "Pernyataan privasi: identitas Anda hanya dikirim ke server pusat CRM dan tidak "
        "disimpan di komputer meja pengaduan setelah terkirim. Identitas tidak pernah "
        "diberikan kepada petugas lapangan atau pihak yang dilaporkan. NIK hanya dicetak "
        "tersamar.",
    )
    title = receipt_title()
    issuer = translate("Receipt", "Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM)")
    summary_head = translate("Receipt", "Ringkasan pengaduan")
    follow_head = translate("Receipt", "Cara memantau")
    mark = page_mark()  # training mode: "LATIHAN" on the page, above everything
    marked = f"<p style='color:#b00; font-size:16pt'><b>{e(mark)}</b></p>" if mark else ""
    return (
        f"<html><body style='font-family:sans-serif; font-size:{font_pt:g}pt'>"
        f"{marked}"
        f"<h2>{e(title)}</h2>"
        f"<p>{e(issuer)}</p>"
        f"{provisional}"
        f"<table cellpadding='3'>{table}</table>"
        f"<h3>{e(summary_head)}</h3><p>{e(data.summary)}</p>"
        f"<h3>{e(follow_head)}</h3><p>{e(follow)}</p>"
        f"{tracking}"
        f"<p><i>{e(privacy)}</i></p>"
        f"<p><i>{e(receipt_notice())}</i></p>"
        "</body></html>"
    )


QR_RESOURCE = "qr:tracking"  # the QR image's name inside the document (see _document)
QR_SIZE = 120  # px at the document's 96 dpi: about 32 mm on paper


def short_url(url: str) -> str:
    """The tracking address as printed beside the QR code: without ``https://``."""
    return re.sub(r"^https?://", "", url)


def qr_image(url: str) -> QImage:
    """The QR code of ``url`` (segno; error correction M: a crumpled receipt still scans)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=8, border=4)
    return QImage.fromData(buffer.getvalue())


def _tracking_block(data: ReceiptData) -> str:
    """The QR code and short URL (official numbers), and the rating code (when known)."""
    e = html.escape
    translate = QCoreApplication.translate
    lines = []
    if data.tracking_url:
        lines.append(
            e(translate("Receipt", "Lacak status laporan Anda (pindai kode QR atau buka):"))
            + f"<br><b>{e(short_url(data.tracking_url))}</b>"
        )
    if data.rating_code:
        lines.append(
            e(translate("Receipt", "Kode penilaian:"))
            + f" <b>{e(format_rating_code(data.rating_code))}</b><br>"
            + e(
                translate(
                    "Receipt",
                    "Setelah laporan selesai, beri nilai penanganannya di halaman lacak dengan "
                    "kode ini. Simpan kode ini: hanya pemegang tanda terima yang dapat menilai.",
                )
            )
        )
    if not lines:
        return ""
    text = "<br><br>".join(lines)
    if not data.tracking_url:
        return f"<p>{text}</p>"
    image = f"<img src='{QR_RESOURCE}' width='{QR_SIZE}' height='{QR_SIZE}'>"
    return (
        f"<table cellpadding='4'><tr><td>{image}</td><td valign='middle'>{text}</td></tr></table>"
    )


_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9-]+")


def suggested_pdf_path(data: ReceiptData) -> Path:
    """Where the save dialog proposes the PDF: the user's own documents folder (not the
    shared temporary folder, where other users could read it or plant a file), named
    after the complaint number only (the reporter's name stays inside the file)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder else Path.home()
    number = _UNSAFE_IN_NAME.sub("-", str(data.number or "")).strip("-")[:40] or "baru"
    return base / f"tanda-terima-{number}.pdf"


def add_qr(doc: QTextDocument, data: ReceiptData) -> None:
    """Give the document the QR image its HTML names (before ``setHtml``)."""
    if data.tracking_url:
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(QR_RESOURCE), qr_image(data.tracking_url)
        )


def _document(data: ReceiptData, font_pt: float = 10.0) -> QTextDocument:
    doc = QTextDocument()
    add_qr(doc, data)
    doc.setHtml(receipt_html(data, font_pt))
    return doc


# The receipt is one sheet the citizen takes home: a long complaint first makes the
# text smaller (down to 8 pt, still readable), then shortens the summary on paper
# (the whole text stays in the report).
FONT_STEPS = (10.0, 9.5, 9.0, 8.5, 8.0)
SUMMARY_STEPS = (600, 400, 250, 120)


def _one_page_document(data: ReceiptData, device: QPagedPaintDevice) -> QTextDocument:
    """The receipt laid out on ``device`` (its own dpi: 10 pt stays 10 pt on a 1200-dpi
    writer, issue 20), fitted to one page."""
    size = QSizeF(device.width(), device.height())

    def laid_out(fitted: ReceiptData, font_pt: float) -> QTextDocument:
        doc = _document(fitted, font_pt)
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(size)
        return doc

    for font_pt in FONT_STEPS:
        doc = laid_out(data, font_pt)
        if doc.pageCount() <= 1:
            return doc
    for limit in SUMMARY_STEPS:
        if len(data.summary) <= limit:
            continue
        short = dataclasses.replace(data, summary=data.summary[:limit].rstrip() + " …")
        doc = laid_out(short, FONT_STEPS[-1])
        if doc.pageCount() <= 1:
            return doc
    return doc


def save_pdf(data: ReceiptData, path: Path) -> Path:
    """Write the receipt as an A5 PDF (also the fallback when no printer exists)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(receipt_title() + " " + data.number)
    writer.setCreator("CRM Officer Workstation")
    _one_page_document(data, writer).print_(writer)
    del writer  # finishes the file
    return path


def print_receipt(data: ReceiptData, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; False when the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setDocName(receipt_title() + " " + data.number)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _one_page_document(data, printer).print_(printer)
    return True


class ReceiptPreviewDialog(QDialog):
    """The receipt as it will be printed, before the desk prints it or saves a PDF.

    The page is the same document as the printout (``receipt_html``: citizen text
    escaped); links are not followed. ``print_requested`` / ``pdf_requested`` let
    the page that opened it record which number the handed-out receipt carried.
    """

    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, data: ReceiptData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Pratinjau tanda terima %1").replace("%1", data.number))
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Tanda terima"))
        self.page.setOpenLinks(False)
        add_qr(self.page.document(), data)
        self.page.setHtml(receipt_html(data))
        self.page.setMinimumSize(460, 520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.pdf_button = QPushButton(self.tr("Simpan sebagai P&DF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

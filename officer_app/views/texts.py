"""Every code the Qt-free core emits, as a sentence in the person's language.

The core speaks in codes (``Channel``, the sync ``Outcome``, ``DomainError`` and
``PhotoError`` codes) and writes its own messages in Bahasa Indonesia for logs and
the command line; the screen shows these texts instead, so an English session never
sees Indonesian in the middle of a sentence. ``Status``, ``ActionType`` and ``Role``
have theirs in ``views.style``. ``tests/gui/test_core_texts.py`` proves that every
member and every code the core can raise has a text here and an English translation.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from crm_shared.domain import JAKARTA_TZ, Channel, DomainError
from officer_app import i18n


def channel_text(channel: Channel | str) -> str:
    """A complaint channel's name (an unknown value as it came)."""
    names = {
        Channel.PENDOPO: QCoreApplication.translate("Channel", "Pendopo Balai Kota"),
        Channel.JAKI: QCoreApplication.translate("Channel", "JAKI"),
        Channel.TWITTER: QCoreApplication.translate("Channel", "Twitter @DKIJakarta"),
        Channel.FACEBOOK: QCoreApplication.translate("Channel", "Facebook Pemprov DKI"),
        Channel.EMAIL: QCoreApplication.translate("Channel", "Email"),
        Channel.SOSMED_GUBERNUR: QCoreApplication.translate(
            "Channel", "Media sosial Gubernur/Wakil Gubernur"
        ),
        Channel.SMS_WHATSAPP: QCoreApplication.translate("Channel", "SMS/WhatsApp"),
        Channel.INSPEKTORAT: QCoreApplication.translate("Channel", "Kantor Inspektorat"),
        Channel.WALI_KOTA: QCoreApplication.translate("Channel", "Kantor Wali Kota"),
        Channel.KECAMATAN: QCoreApplication.translate("Channel", "Kantor Camat"),
        Channel.KELURAHAN: QCoreApplication.translate("Channel", "Kantor Lurah"),
        Channel.MEDIA_MASSA: QCoreApplication.translate("Channel", "Media massa"),
        Channel.LAPOR_1708: QCoreApplication.translate("Channel", "LAPOR! 1708"),
    }
    try:
        return names[Channel(channel)]
    except ValueError:
        return str(channel)


def outcome_text(outcome: str) -> str:
    """How a sync cycle ended (``officer_app.sync.engine.Outcome`` values)."""
    texts = {
        "ok": QCoreApplication.translate("Sync", "Sinkronisasi selesai."),
        "login_needed": QCoreApplication.translate(
            "Sync", "Perlu masuk (login) lagi. Semua pekerjaan Anda tetap tersimpan."
        ),
        "unreachable": QCoreApplication.translate(
            "Sync",
            "Server tidak dapat dihubungi. Semua pekerjaan Anda tetap tersimpan dan akan "
            "dikirim pada sinkronisasi berikutnya.",
        ),
        "cancelled": QCoreApplication.translate(
            "Sync", "Sinkronisasi dibatalkan. Semua pekerjaan Anda tetap tersimpan."
        ),
        "failed": QCoreApplication.translate(
            "Sync",
            "Server memberi jawaban yang tidak dapat dipakai. Semua pekerjaan Anda tetap "
            "tersimpan.",
        ),
    }
    return texts.get(outcome, QCoreApplication.translate("Sync", "Sinkronisasi gagal."))


def _field_text(kind: str) -> str:
    """The fields whose length the domain checks (``validation.LIMITS``)."""
    return {
        "description": QCoreApplication.translate("Rules", "Uraian laporan"),
        "note": QCoreApplication.translate("Rules", "Catatan"),
        "reason": QCoreApplication.translate("Rules", "Alasan"),
        "address": QCoreApplication.translate("Rules", "Alamat"),
        "name": QCoreApplication.translate("Rules", "Nama"),
        "phone": QCoreApplication.translate("Rules", "Nomor telepon"),
    }.get(kind, kind)


def _fixed_error_texts() -> dict[str, str]:
    return {
        # Actions (crm_shared.domain.actions) and the local store's checks.
        "photo_before_missing": QCoreApplication.translate(
            "Rules", "Foto sebelum penanganan wajib dilampirkan."
        ),
        "photo_after_missing": QCoreApplication.translate(
            "Rules", "Foto sesudah penanganan wajib dilampirkan."
        ),
        "note_too_short": QCoreApplication.translate("Rules", "Catatan wajib diisi."),
        "reason_too_short": QCoreApplication.translate("Rules", "Alasan wajib diisi."),
        "target_unit_id_missing": QCoreApplication.translate("Rules", "Pilih unit tujuan."),
        "assignee_id_missing": QCoreApplication.translate("Rules", "Pilih petugas tujuan."),
        "duplicate_of_missing": QCoreApplication.translate(
            "Rules", "Sebutkan laporan asli yang diduplikasi."
        ),
        "invalid_transition": QCoreApplication.translate(
            "Rules", "Tindakan ini tidak bisa dilakukan pada status sekarang."
        ),
        "role_forbidden": QCoreApplication.translate(
            "Rules", "Peran Anda tidak boleh melakukan tindakan ini."
        ),
        "estimate_invalid": QCoreApplication.translate(
            "Rules", "Perkiraan tanggal selesai tidak valid."
        ),
        "unknown_action": QCoreApplication.translate("Rules", "Jenis tindakan tidak dikenal."),
        # The desk's privacy notice record (crm_shared.domain.privacy).
        "notice_invalid": QCoreApplication.translate(
            "Rules", "Catatan pemberitahuan privasi tidak valid."
        ),
        "notice_version": QCoreApplication.translate(
            "Rules", "Versi pemberitahuan privasi tidak dikenal."
        ),
        # Refused before queueing: the profile's Open311 server cannot take these.
        "open311_no_forward": QCoreApplication.translate(
            "Rules",
            "Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat "
            "sistem instansi pemilik server.",
        ),
        "open311_no_reassign": QCoreApplication.translate(
            "Rules",
            "Server Open311 tidak mengenal penugasan petugas; tindakan ini tidak dapat dikirim.",
        ),
        "open311_no_priority": QCoreApplication.translate(
            "Rules",
            "Server Open311 tidak mengenal prioritas laporan; tindakan ini tidak dapat dikirim.",
        ),
        "open311_no_photos": QCoreApplication.translate(
            "Rules",
            "Server Open311 tidak menerima foto; tindakan dengan foto tidak dapat dikirim "
            "lewat server ini.",
        ),
        "create_not_transition": QCoreApplication.translate(
            "Rules", "Laporan baru dicatat lewat meja pengaduan."
        ),
        "priority_invalid": QCoreApplication.translate("Rules", "Prioritas tidak valid."),
        "photos_invalid": QCoreApplication.translate("Rules", "Daftar foto tidak valid."),
        "photos_too_many": QCoreApplication.translate(
            "Rules", "Paling banyak 20 foto per tindakan."
        ),
        "photo_kind": QCoreApplication.translate("Rules", "Jenis foto tidak valid."),
        "photo_hash": QCoreApplication.translate("Rules", "Sidik foto tidak valid."),
        "photo_time": QCoreApplication.translate("Rules", "Waktu pengambilan foto tidak valid."),
        "photo_place": QCoreApplication.translate("Rules", "Lokasi foto tidak valid."),
        "not_in_scope": QCoreApplication.translate(
            "Rules", "Laporan ini sudah tidak ditangani unit Anda."
        ),
        "identity_locked": QCoreApplication.translate(
            "Rules", "Identitas pelapor tidak dapat disimpan: masuk lagi dengan kata sandi Anda."
        ),
        "bulk_not_allowed": QCoreApplication.translate(
            "Rules", "Tindakan ini tidak dapat dilakukan sekaligus."
        ),
        "bulk_empty": QCoreApplication.translate("Rules", "Pilih minimal satu laporan."),
        "bulk_too_many": QCoreApplication.translate("Rules", "Terlalu banyak laporan sekaligus."),
        # Intake at the desk (crm_shared.domain.intake, validation).
        "category_missing": QCoreApplication.translate("Rules", "Pilih kategori laporan."),
        "channel_invalid": QCoreApplication.translate("Rules", "Kanal pengaduan tidak dikenal."),
        "channel_not_desk": QCoreApplication.translate(
            "Rules", "Kanal ini bukan kanal tatap muka."
        ),
        "reporter_invalid": QCoreApplication.translate("Rules", "Data pelapor tidak valid."),
        "location_invalid": QCoreApplication.translate("Rules", "Koordinat lokasi tidak valid."),
        "location_missing": QCoreApplication.translate(
            "Rules", "Tentukan lokasi: titik di peta atau kelurahan."
        ),
        "location_outside": QCoreApplication.translate(
            "Rules", "Lokasi berada di luar wilayah DKI Jakarta (termasuk Kepulauan Seribu)."
        ),
        "rating_code_invalid": QCoreApplication.translate("Rules", "Kode penilaian tidak valid."),
        "rating_score": QCoreApplication.translate("Rules", "Pilih nilai 1 sampai 5."),
        "rating_comment_too_long": QCoreApplication.translate(
            "Rules", "Kalimat penilaian terlalu panjang."
        ),
        "nik_length": QCoreApplication.translate("Rules", "NIK harus 16 angka."),
        "nik_digits": QCoreApplication.translate("Rules", "NIK hanya berisi angka."),
        "nik_region": QCoreApplication.translate("Rules", "Kode wilayah NIK tidak dikenal."),
        "nik_birthdate": QCoreApplication.translate(
            "Rules", "Tanggal lahir dalam NIK tidak valid."
        ),
        "nik_sequence": QCoreApplication.translate("Rules", "Nomor urut NIK tidak valid."),
        "phone_format": QCoreApplication.translate("Rules", "Nomor telepon tidak valid."),
        "number_format": QCoreApplication.translate("Rules", "Nomor laporan tidak valid."),
        "number_date": QCoreApplication.translate(
            "Rules", "Tanggal dalam nomor laporan tidak valid."
        ),
        "number_year": QCoreApplication.translate(
            "Rules", "Tahun dalam nomor laporan tidak valid."
        ),
        "number_sequence": QCoreApplication.translate("Rules", "Nomor urut laporan tidak valid."),
        # Photos (officer_app.store.photos.PhotoError).
        "not_an_image": QCoreApplication.translate(
            "Rules", "Berkas bukan foto yang dapat dibaca (JPEG, PNG, atau WebP)."
        ),
        "corrupt": QCoreApplication.translate(
            "Rules", "Foto rusak atau tidak lengkap. Salin ulang atau ambil ulang fotonya."
        ),
        "file_too_large": QCoreApplication.translate("Rules", "Berkas foto terlalu besar."),
        "too_many_pixels": QCoreApplication.translate("Rules", "Ukuran gambar terlalu besar."),
        "unreadable": QCoreApplication.translate("Rules", "Berkas foto tidak dapat dibuka."),
        "unsupported_format": QCoreApplication.translate(
            "Rules", "Format foto ini tidak didukung. Gunakan JPEG, PNG, atau WebP."
        ),
        "stored_corrupt": QCoreApplication.translate("Rules", "Berkas foto yang tersimpan rusak."),
        "locked": QCoreApplication.translate(
            "Rules", "Profil terkunci: foto tidak dapat dibaca atau disimpan."
        ),
        # The local profile (officer_app.store StoreError and its kinds), at sign-in too.
        "wrong_password": QCoreApplication.translate(
            "Rules",
            "Kata sandi salah: profil di komputer ini tidak dapat dibuka. Profil tidak diubah.",
        ),
        "wrong_key": QCoreApplication.translate(
            "Rules",
            "Profil tidak dapat dibuka dengan kunci ini (kata sandi salah, atau berkas rusak). "
            "Profil tidak diubah.",
        ),
        "password_empty": QCoreApplication.translate("Rules", "Kata sandi kosong."),
        "profile_locked": QCoreApplication.translate(
            "Rules", "Profil terkunci. Masuk lagi dengan kata sandi untuk membukanya."
        ),
        "profile_unreadable": QCoreApplication.translate(
            "Rules", "Profil tidak dapat dibuka. Hubungi petugas TI; profil tidak diubah."
        ),
        "profile_key_unreadable": QCoreApplication.translate(
            "Rules", "Berkas kunci profil tidak dikenali. Hubungi petugas TI."
        ),
        "profile_damaged": QCoreApplication.translate(
            "Rules",
            "Basis data profil rusak. Data tidak diubah; pilih salinan baik terakhir untuk "
            "dipulihkan. Berkas yang rusak disimpan terpisah.",
        ),
        "schema_too_new": QCoreApplication.translate(
            "Rules",
            "Profil ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi untuk "
            "membukanya; profil tidak diubah.",
        ),
        "no_encryption": QCoreApplication.translate(
            "Rules", "Profil terenkripsi tidak didukung versi ini."
        ),
        "copy_missing": QCoreApplication.translate("Rules", "Salinan profil tidak ditemukan."),
        "too_many_attempts": QCoreApplication.translate(
            "Rules", "Terlalu banyak kata sandi salah. Tunggu sebentar, lalu coba lagi."
        ),
        "report_not_found": QCoreApplication.translate(
            "Rules", "Laporan ini tidak ada lagi di profil ini."
        ),
        "action_not_found": QCoreApplication.translate(
            "Rules", "Tindakan tersebut tidak ada di antrean."
        ),
        "action_not_attention": QCoreApplication.translate(
            "Rules", "Tindakan ini tidak sedang menunggu keputusan Anda."
        ),
        # A report the pull set aside (officer_app.store.pulled_aside).
        "pulled_aside": QCoreApplication.translate(
            "Rules",
            "Server gagal memberikan data laporan ini saat sinkronisasi; laporan lain tetap "
            "diperbarui. Data di komputer ini mungkin belum yang terbaru. Laporan ini diambil "
            "lagi otomatis pada sinkronisasi berikutnya; bila tetap muncul di sini, beri tahu "
            "petugas TI nomor laporannya.",
        ),
    }


# The length checks of ``check_text``: "<field>_<problem>" for every field of LIMITS.
LENGTH_PROBLEMS = ("invalid", "too_short", "too_long")


def _length_text(code: str) -> str | None:
    for problem in LENGTH_PROBLEMS:
        suffix = "_" + problem
        if code.endswith(suffix):
            field = _field_text(code.removesuffix(suffix))
            if problem == "invalid":
                return QCoreApplication.translate("Rules", "%1 harus berupa teks.").replace(
                    "%1", field
                )
            if problem == "too_short":
                return QCoreApplication.translate("Rules", "%1 terlalu pendek.").replace(
                    "%1", field
                )
            return QCoreApplication.translate("Rules", "%1 terlalu panjang.").replace("%1", field)
    return None


def knows(code: str) -> bool:
    """Whether ``code`` has a text of its own (tests: every code the core raises)."""
    if code in _fixed_error_texts():
        return True
    return any(
        code.endswith("_" + p) and code.removesuffix("_" + p) in FIELDS for p in LENGTH_PROBLEMS
    )


FIELDS = ("description", "note", "reason", "address", "name", "phone")


def error_text(code: str | None, message: str | None = None) -> str:
    """A refusal in the person's language.

    A code this module does not know (a newer server's) shows the core's own
    (Indonesian) message in an Indonesian session, and a sentence naming the code in
    any other: the core's words never stand untranslated on an English screen.
    """
    if code:
        fixed = _fixed_error_texts().get(code)
        if fixed is not None:
            return fixed
        if knows(code):
            length = _length_text(code)
            if length is not None:
                return length
    if message and i18n.current_language() == i18n.DEFAULT_LANGUAGE:
        return message
    if code:
        return QCoreApplication.translate("Rules", "Tidak dapat dilakukan (kode %1).").replace(
            "%1", code
        )
    return QCoreApplication.translate("Rules", "Tidak dapat dilakukan.")


def domain_message(exc: DomainError) -> str:
    """A DomainError in the current language (the domain writes Bahasa Indonesia)."""
    return error_text(exc.code, exc.message)


# Prefixes of unit and place names that a column's title already says (or that a
# short form can stand for), so what tells two places apart is what shows.
PLACE_PREFIXES = {"Kelurahan ": "Kel. ", "Kecamatan ": "Kec. "}


def place_without_prefix(name: str, prefix: str = "Kelurahan ") -> str:
    """ "Kelurahan Petojo Utara" -> "Petojo Utara" under a column titled Kelurahan."""
    return (
        name.removeprefix(prefix) if name.startswith(prefix) and len(name) > len(prefix) else name
    )


def short_unit_name(name: str) -> str:
    """ "Kelurahan Petojo Utara" -> "Kel. Petojo Utara" (the full name in a tooltip)."""
    for prefix, short in PLACE_PREFIXES.items():
        if name.startswith(prefix) and len(name) > len(prefix):
            return short + name.removeprefix(prefix)
    return name


# One way to write a date everywhere on screen and paper: 07-10-2026 (a date edit's
# locale default read "11/12/26" beside it, issue 20).
DATE_FORMAT = "%d-%m-%Y"
QT_DATE_FORMAT = "dd-MM-yyyy"  # the same, for QDateEdit.setDisplayFormat
TIME_FORMAT = "%H:%M"


def date_text(day: date) -> str:
    """07-10-2026."""
    return day.strftime(DATE_FORMAT)


def date_time_text(when: datetime, *, zone: bool = False) -> str:
    """07-10-2026 15:49 in Jakarta time ("… WIB" with ``zone``); a naive time as it is."""
    text = _local(when).strftime(f"{DATE_FORMAT} {TIME_FORMAT}")
    return f"{text} WIB" if zone else text


def time_text(when: datetime) -> str:
    """15:49 in Jakarta time (a list of today's items); a naive time as it is."""
    return _local(when).strftime(TIME_FORMAT)


def _local(when: datetime) -> datetime:
    return when.astimezone(JAKARTA_TZ) if when.tzinfo is not None else when


def attention_state_text(state: str, can_resend: bool) -> str:
    """What the server's answer means for an item of "Perlu perhatian" (a short sentence)."""
    if state == "set_aside":
        return QCoreApplication.translate("Attention", "Belum terambil dari server")
    if state == "conflict":
        return QCoreApplication.translate("Attention", "Bertabrakan dengan perubahan lain")
    if can_resend:
        return QCoreApplication.translate("Attention", "Ditolak sementara; bisa dikirim ulang")
    return QCoreApplication.translate("Attention", "Ditolak; tidak bisa dikirim ulang")


def attention_advice(state: str, can_resend: bool) -> str:
    """What the officer can do about the selected item of "Perlu perhatian"."""
    if state == "set_aside":
        return QCoreApplication.translate(
            "Attention",
            "Tidak ada yang perlu Anda kirim: laporan ini diambil lagi pada sinkronisasi "
            "berikutnya. Periksa keadaannya di server sebelum bertindak atas laporan ini.",
        )
    if state == "conflict":
        return QCoreApplication.translate(
            "Attention",
            "Buka laporannya dan periksa keadaan terbaru, lalu kirim ulang atau buang.",
        )
    if can_resend:
        return QCoreApplication.translate(
            "Attention", "Masalahnya sementara: kirim ulang, atau buang bila tidak diperlukan."
        )
    return QCoreApplication.translate(
        "Attention",
        "Server akan menolak tindakan ini lagi bila dikirim ulang apa adanya. Buang, lalu "
        "catat ulang tindakannya dengan data yang benar.",
    )

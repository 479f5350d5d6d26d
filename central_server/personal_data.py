"""The personal data the server processes: the definitions the register of processing
(``central_server.privacy.register``, docs/register-of-processing.md) is generated from.

Kept next to the models: a column that holds personal data and is not listed here, or
an entry naming a column that does not exist, fails tests/server/test_privacy_register.py.
Texts are Indonesian (the register is the province's document); the register adds the
English headings.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_shared.domain.privacy import IDENTITY_RETENTION_DAYS

from .config import DEFAULT_TOKEN_TTL
from .ratelimit import ThrottlePolicy
from .tracking_limit import TrackingPolicy

RETENTION_AFTER_CLOSE = (
    f"{IDENTITY_RETENTION_DAYS} hari setelah laporan ditutup (Selesai/Ditolak), lalu dihapus "
    "(`crm-central retention run`); lebih lama hanya dengan penahanan hukum"
)
_THROTTLE = ThrottlePolicy()  # the defaults of the sign-in throttle
_TRACKING = TrackingPolicy()  # the defaults of the tracking page's rate limit
_TOKEN_HOURS = int(DEFAULT_TOKEN_TTL.total_seconds() // 3600)
BASIS_PUBLIC_SERVICE = (
    "UU 27/2022 Pasal 20 ayat (2) huruf e: pelaksanaan tugas pelayanan publik "
    "(pengelolaan pengaduan masyarakat)"
)
BASIS_EMPLOYMENT = (
    "UU 27/2022 Pasal 20 ayat (2) huruf e: pelaksanaan kewenangan (akun dan akuntabilitas petugas)"
)


@dataclass(frozen=True)
class Processing:
    """One kind of personal data: where it is, why, who sees it, how long, how protected."""

    key: str
    kind: str  # what it is, for a reader
    subject: str  # whose data
    table: str
    columns: tuple[str, ...]
    purpose: str
    legal_basis: str
    seen_by: str
    stored_where: str
    retention: str
    protection: str


PROCESSING: tuple[Processing, ...] = (
    Processing(
        key="reporter_identity",
        kind="Identitas pelapor: nama, NIK, telepon, alamat",
        subject="Warga pelapor",
        table="reporter_identities",
        columns=("name", "nik", "phone", "address"),
        purpose=(
            "Menindaklanjuti pengaduan dan menjawab pelapor; memverifikasi pengaduan tatap "
            "muka (KTP)"
        ),
        legal_basis=BASIS_PUBLIC_SERVICE,
        seen_by=(
            "Validator Biro Pemerintahan (hanya laporan yang menunggu validasi, setiap "
            "tampilan diaudit); Pejabat Pelindungan Data Pribadi (permintaan hak warga, "
            "diaudit). Tidak pernah petugas lapangan atau pimpinan unit."
        ),
        stored_where=(
            "Server pusat: tabel terpisah dari laporan. PC meja pengaduan: brankas "
            "terenkripsi sampai server menerimanya. PC validator: selama laporan menunggu "
            "validasi."
        ),
        retention=RETENTION_AFTER_CLOSE,
        protection=(
            "Tabel terpisah, tidak pernah dikirim ke petugas lapangan/pimpinan; HTTPS; "
            "log audit setiap tampilan; di PC terenkripsi (SQLCipher, AES-GCM) dan dihapus "
            "dengan secure_delete; salinan PC tanpa identitas"
        ),
    ),
    Processing(
        key="supporter_identity",
        kind="Identitas pendukung laporan: nama, NIK, telepon, alamat",
        subject="Warga yang mendukung laporan yang sudah ada",
        table="report_supporters",
        columns=("name", "nik", "phone", "address"),
        purpose="Mencatat dukungan warga atas laporan yang sama dan dapat menghubunginya",
        legal_basis=BASIS_PUBLIC_SERVICE,
        seen_by="Pejabat Pelindungan Data Pribadi (diaudit); tidak dikirim ke PC mana pun",
        stored_where="Server pusat saja (PC meja: brankas terenkripsi sampai terkirim)",
        retention=RETENTION_AFTER_CLOSE,
        protection="Seperti identitas pelapor; tidak pernah dikirim ke PC",
    ),
    Processing(
        key="report_text",
        kind="Uraian dan alamat lokasi pengaduan (teks bebas warga)",
        subject="Warga pelapor, pihak yang dilaporkan (dapat menyebut orang)",
        table="reports",
        columns=("description", "address"),
        purpose="Isi pengaduan: apa dan di mana masalahnya",
        legal_basis=BASIS_PUBLIC_SERVICE,
        seen_by="Petugas unit yang menangani, pimpinannya, validator",
        stored_where="Server pusat; PC petugas dalam cakupannya (terenkripsi)",
        retention=(
            "Disimpan bersama laporan sebagai arsip pelayanan publik (tanpa identitas "
            "pelapor); mengikuti Jadwal Retensi Arsip Pemprov"
        ),
        protection=(
            "Laporan privat tidak dipublikasikan (Open311 tanpa uraian); ditampilkan "
            "sebagai teks, tidak pernah HTML"
        ),
    ),
    Processing(
        key="report_location",
        kind="Koordinat lokasi pengaduan",
        subject="Warga pelapor (lokasi dapat dekat rumahnya)",
        table="reports",
        columns=("lat", "lon"),
        purpose="Menentukan kelurahan yang berwenang; peta",
        legal_basis=BASIS_PUBLIC_SERVICE,
        seen_by="Petugas unit, pimpinan, validator",
        stored_where="Server pusat; PC petugas dalam cakupannya",
        retention="Bersama laporan (arsip pelayanan publik)",
        protection="Foto dilepas metadata (EXIF/GPS) sebelum diunggah",
    ),
    Processing(
        key="photo_metadata",
        kind="Waktu dan lokasi pengambilan foto tindak lanjut",
        subject="Petugas yang memotret",
        table="attachments",
        columns=("captured_at", "lat", "lon"),
        purpose="Bukti tindak lanjut; mendeteksi foto yang dipakai ulang",
        legal_basis=BASIS_EMPLOYMENT,
        seen_by="Petugas unit, pimpinan, validator",
        stored_where="Server pusat; PC petugas dalam cakupannya",
        retention="Bersama laporan",
        protection="Berkas foto tanpa metadata; hanya untuk laporan dalam cakupan",
    ),
    Processing(
        key="officer_account",
        kind="Akun petugas: nama, peran, unit",
        subject="Petugas Pemprov",
        table="officers",
        columns=("name",),
        purpose="Masuk ke sistem; siapa melakukan apa",
        legal_basis=BASIS_EMPLOYMENT,
        seen_by="Semua petugas yang masuk (daftar petugas untuk penugasan)",
        stored_where="Server pusat; data rujukan di PC",
        retention="Selama akun aktif; dinonaktifkan, tidak dihapus, demi akuntabilitas log",
        protection="Kata sandi disimpan sebagai hash scrypt; token hanya hash-nya",
    ),
    Processing(
        key="officer_actions",
        kind="Jejak tindakan petugas (lini masa laporan)",
        subject="Petugas Pemprov",
        table="events",
        columns=("actor_id", "note", "reason"),
        purpose="Akuntabilitas penanganan laporan; catatan dan alasan petugas",
        legal_basis=BASIS_EMPLOYMENT,
        seen_by="Petugas yang melihat laporan",
        stored_where="Server pusat; PC petugas dalam cakupannya",
        retention="Bersama laporan",
        protection=(
            "Id dan nama petugas; catatan petugas tidak boleh memuat identitas pelapor "
            "(petugas tidak pernah melihatnya)"
        ),
    ),
    Processing(
        key="audit_log",
        kind="Log audit: masuk/keluar, alamat jaringan dan nama PC, tampilan identitas, "
        "permintaan hak warga",
        subject="Petugas Pemprov",
        table="audit_log",
        columns=("actor_id", "detail"),
        purpose=(
            "Akuntabilitas; menjawab pertanyaan kebocoran (siapa melihat identitas siapa, "
            "kapan, dari PC mana) dalam 3 x 24 jam"
        ),
        legal_basis=BASIS_EMPLOYMENT,
        seen_by=(
            "Pimpinan unit (log unitnya); Pejabat Pelindungan Data Pribadi "
            "(`crm-central privacy exposure`)"
        ),
        stored_where="Server pusat",
        retention=(
            "Hanya ditambah, tidak pernah diubah; tidak memuat NIK, telepon atau nama warga "
            "(paling banyak NIK yang disamarkan)"
        ),
        protection="Basis data menolak UPDATE/DELETE (trigger)",
    ),
    Processing(
        key="sign_in_failures",
        kind="Percobaan masuk yang gagal: alamat jaringan (akun hanya sebagai hash)",
        subject="Petugas Pemprov; siapa pun yang mencoba masuk",
        table="login_failures",
        columns=("address",),
        purpose="Menghambat penebakan kata sandi (pembatasan percobaan masuk)",
        legal_basis=BASIS_EMPLOYMENT,
        seen_by="Tidak ada (hanya server)",
        stored_where="Server pusat",
        retention=f"Dihapus setelah {_THROTTLE.window.total_seconds() / 3600:g} jam",
        protection="Id yang diketik disimpan sebagai hash (bisa berisi kata sandi)",
    ),
    Processing(
        key="citizen_rating",
        kind="Penilaian warga atas laporan yang selesai: nilai 1-5 dan satu kalimat",
        subject="Warga pemegang tanda terima (tanpa identitas)",
        table="citizen_ratings",
        columns=("comment",),
        purpose="Umpan balik atas penanganan; dasbor pimpinan dan peringkat unit",
        legal_basis=BASIS_PUBLIC_SERVICE,
        seen_by=(
            "Petugas dan pimpinan unit yang menangani (lini masa laporan); tidak pernah "
            "dipublikasikan (Open311, halaman lacak)"
        ),
        stored_where="Server pusat (juga sebagai catatan lini masa); PC petugas dalam cakupannya",
        retention="Bersama laporan, seperti teks laporan lain (arsip pelayanan publik)",
        protection=(
            "Tanpa identitas; hanya pemegang kode penilaian pada tanda terima yang dapat "
            "menilai, sekali; kode disimpan sebagai hash scrypt; ditampilkan sebagai teks"
        ),
    ),
    Processing(
        key="tracking_addresses",
        kind="Alamat jaringan pengunjung halaman lacak (sebagai hash)",
        subject="Siapa pun yang membuka halaman lacak",
        table="tracking_hits",
        columns=("address",),
        purpose="Membatasi permintaan (menebak nomor laporan atau kode penilaian)",
        legal_basis=BASIS_PUBLIC_SERVICE,
        seen_by="Tidak ada (hanya server)",
        stored_where="Server pusat",
        retention=(
            f"Dihapus setelah {_TRACKING.window.total_seconds() / 60:g} menit (kode salah: "
            f"{_TRACKING.report_window.total_seconds() / 3600:g} jam)"
        ),
        protection="Alamat hanya sebagai hash SHA-256",
    ),
    Processing(
        key="sign_in_known_addresses",
        kind="Alamat jaringan tempat akun terakhir berhasil masuk",
        subject="Petugas Pemprov",
        table="login_successes",
        columns=("address",),
        purpose="Tidak memperlambat petugas dari alamat yang dikenal saat ada serangan",
        legal_basis=BASIS_EMPLOYMENT,
        seen_by="Tidak ada (hanya server)",
        stored_where="Server pusat",
        retention=f"Dihapus {_THROTTLE.known_for.days} hari setelah masuk terakhir dari alamat itu",
        protection="Akun hanya sebagai hash",
    ),
    Processing(
        key="sessions",
        kind="Sesi masuk (token)",
        subject="Petugas Pemprov",
        table="tokens",
        columns=("officer_id",),
        purpose="Mengenali petugas pada setiap permintaan",
        legal_basis=BASIS_EMPLOYMENT,
        seen_by="Tidak ada (hanya server)",
        stored_where="Server pusat",
        retention=f"Berlaku {_TOKEN_HOURS} jam; dicabut saat keluar",
        protection="Hanya hash SHA-256 token yang disimpan",
    ),
    Processing(
        key="privacy_records",
        kind="Catatan pemberitahuan privasi, penahanan hukum, penghapusan",
        subject="Warga pelapor (tanpa nilai identitas); petugas yang bertindak",
        table="privacy_notices",
        columns=("given_by",),
        purpose="Membuktikan pemberitahuan diberikan dan penghapusan dilakukan",
        legal_basis="UU 27/2022 Pasal 20-21 (kewajiban pemberitahuan), Pasal 43-44",
        seen_by="Pejabat Pelindungan Data Pribadi",
        stored_where="Server pusat; jurnal penghapusan di luar basis data",
        retention="Bersama laporan",
        protection="Tidak memuat nilai identitas",
    ),
)

# Columns that look like personal data by their name but are not (about places,
# units, categories, keys): the register test accepts them without an entry.
NOT_PERSONAL: dict[str, str] = {
    "units.name": "nama unit organisasi",
    "counters.name": "nama penghitung nomor/urutan",
    "changesets.name": "nama daftar terbitan Open311 (layanan), bukan orang",
    "categories.name": "nama kategori",
    "api_keys.label": "nama sistem mitra",
    "media.uploaded_by": "id petugas pengunggah (tercakup jejak tindakan petugas)",
    "reports.assignee_id": "id petugas (tercakup jejak tindakan petugas)",
    "reports.created_by": "id petugas (tercakup jejak tindakan petugas)",
    "events.assignee_id": "id petugas (tercakup jejak tindakan petugas)",
    "applied_actions.officer_id": "id petugas (tercakup jejak tindakan petugas)",
    "number_leases.officer_id": "id petugas (tercakup jejak tindakan petugas)",
    "legal_holds.placed_by": "id petugas (tercakup catatan privasi)",
    "legal_holds.released_by": "id petugas (tercakup catatan privasi)",
    "identity_erasures.actor_id": "id petugas (tercakup catatan privasi)",
}

"""Words for the demo seed: complaint texts, places, names, officers' notes.

Written for this project (not taken from real reports). Descriptions are
informal Bahasa Indonesia as citizens write them in JAKI; ``{...}`` fields are
filled by ``seed_plan``: jalan, patokan (landmark), rt, rw, kel, durasi, kategori.
"""

from __future__ import annotations

import re

# Category kind -> what citizens write. Kinds come from seed_plan's routing rules.
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "jalan": (
        "Jalan berlubang cukup dalam di {jalan} dekat {patokan}, sudah ada pengendara motor "
        "yang jatuh. Mohon segera diperbaiki.",
        "Aspal di {jalan} RT {rt}/RW {rw} rusak parah dan bergelombang, kalau hujan jadi "
        "kubangan. Sudah {durasi} tidak ada perbaikan.",
        "Ada galian kabel di {jalan} depan {patokan} yang tidak ditutup kembali, jalan jadi "
        "sempit dan berbahaya malam hari.",
        "Tolong tambal lubang di {jalan}, posisinya persis di tikungan dekat {patokan}. "
        "Sangat membahayakan.",
        "Jalan amblas di {jalan}, retakannya makin lebar sejak {durasi} lalu.",
    ),
    "trotoar": (
        "Trotoar di {jalan} dekat {patokan} rusak, ubinnya lepas dan banyak yang pecah. "
        "Pejalan kaki terpaksa turun ke jalan.",
        "Trotoar {jalan} dipakai motor lewat setiap pagi, pejalan kaki tidak bisa jalan. "
        "Mohon dipasang pembatas.",
        "Penutup saluran di trotoar {jalan} berlubang, anak sekolah hampir terperosok.",
    ),
    "lampu": (
        "Lampu PJU di {jalan} mati sudah {durasi}, malam hari gelap sekali dan rawan begal.",
        "Lampu jalan depan {patokan} berkedip terus lalu mati, mohon diganti.",
        "Tiang lampu di {jalan} RT {rt}/RW {rw} miring dan kabelnya menjuntai, takut kesetrum.",
    ),
    "parkir": (
        "Parkir liar di {jalan} depan {patokan} memakan setengah badan jalan, macet setiap sore.",
        "Banyak mobil parkir di bahu jalan {jalan}, ada juru parkir liar yang memungut "
        "bayaran. Mohon ditertibkan.",
        "Motor parkir di trotoar depan {patokan}, sudah {durasi} seperti ini tidak ada penertiban.",
        "Mobil parkir sembarangan di mulut gang {jalan}, warga tidak bisa keluar masuk.",
    ),
    "lalin": (
        "Lampu lalu lintas di simpang {jalan} mati sejak pagi, kendaraan saling serobot.",
        "Kemacetan parah di {jalan} setiap jam pulang kantor karena angkot ngetem dekat "
        "{patokan}. Mohon ada petugas.",
        "Rambu larangan putar balik di {jalan} hilang, banyak kendaraan putar balik sembarangan.",
    ),
    "pkl": (
        "PKL berjualan di trotoar {jalan} dekat {patokan} sampai ke badan jalan, pejalan kaki "
        "tidak kebagian tempat.",
        "Pedagang kaki lima di {jalan} buka sampai malam dan membuang sampah ke saluran. "
        "Mohon ditertibkan.",
        "Lapak PKL liar bertambah terus di depan {patokan}, sudah {durasi} dibiarkan.",
    ),
    "reklame": (
        "Banyak spanduk dan baliho tanpa izin dipasang di tiang listrik sepanjang {jalan}.",
        "Spanduk sudah sobek dan hampir jatuh di {jalan} dekat {patokan}, membahayakan pengendara.",
        "Tempelan iklan sedot WC dan pinjaman online di tembok {patokan}, mohon dibersihkan.",
    ),
    "rokok": (
        "Banyak orang merokok di dalam {patokan} padahal kawasan dilarang merokok.",
        "Ada iklan rokok terpasang di warung depan {patokan}, dekat sekolah.",
        "Pegawai merokok di area pelayanan {patokan}, asapnya mengganggu warga yang antre.",
    ),
    "pohon": (
        "Pohon besar di {jalan} dekat {patokan} dahannya sudah lapuk dan menjuntai ke jalan, "
        "takut tumbang saat hujan angin.",
        "Mohon perantingan pohon di {jalan} RT {rt}/RW {rw}, rantingnya sudah kena kabel listrik.",
        "Pohon tumbang menutup sebagian {jalan} sejak semalam, belum ada yang membersihkan.",
        "Akar pohon di {jalan} merusak trotoar dan saluran, mohon dicek.",
    ),
    "taman": (
        "Taman di dekat {patokan} tidak terawat, rumput tinggi dan lampunya mati.",
        "Ayunan di taman RW {rw} patah, berbahaya untuk anak-anak.",
        "Fasilitas RPTRA dekat {patokan} rusak dan toiletnya tidak bisa dipakai.",
    ),
    "saluran": (
        "Saluran air di {jalan} mampet penuh lumpur dan sampah, baunya menyengat.",
        "Got depan {patokan} tersumbat, kalau hujan sebentar saja air meluap ke jalan.",
        "Kali dekat {patokan} dangkal dan banyak sampah, mohon dikeruk sebelum musim hujan.",
        "Tutup saluran di {jalan} RT {rt}/RW {rw} hilang, lubangnya terbuka lebar.",
    ),
    "banjir": (
        "Banjir setinggi lutut di {jalan} RT {rt}/RW {rw} sejak subuh, belum surut.",
        "Genangan air di {jalan} depan {patokan} setiap hujan, sudah {durasi} tidak ada "
        "penanganan.",
        "Pompa air dekat {patokan} tidak jalan, air masuk ke rumah warga.",
    ),
    "sosial": (
        "Ada ODGJ tidur di trotoar {jalan} dekat {patokan} sudah {durasi}, mohon dibantu.",
        "Banyak anak jalanan dan pengemis di lampu merah {jalan}.",
        "Manusia gerobak bermalam di kolong jembatan dekat {patokan}, ada anak kecil juga.",
        "Lansia hidup sendiri di RT {rt}/RW {rw} tidak terurus, mohon bantuan sosial.",
    ),
    "sampah": (
        "Sampah menumpuk di {jalan} dekat {patokan} sudah {durasi} tidak diangkut, bau sekali.",
        "Ada pembuangan sampah liar di lahan kosong RT {rt}/RW {rw}, sering dibakar warga.",
        "Tong sampah di {patokan} penuh dan berserakan, mohon diangkut petugas.",
        "Sampah di kali dekat {patokan} menyangkut di pintu air, mohon dibersihkan PPSU.",
    ),
    "fasum": (
        "Halte dekat {patokan} atapnya bocor dan kursinya rusak.",
        "Fasilitas umum di {jalan} rusak: bangku taman patah dan pagar roboh.",
        "Jembatan penyeberangan dekat {patokan} lantainya berlubang, berbahaya.",
        "Toilet umum di {patokan} tidak terawat dan airnya mati.",
    ),
    "ketertiban": (
        "Suara musik keras dari {patokan} sampai jam 2 pagi, warga tidak bisa istirahat.",
        "Sering ada tawuran remaja di {jalan} malam minggu, warga resah.",
        "Bangunan liar berdiri di atas saluran di {jalan} RT {rt}/RW {rw}.",
        "Ada kerumunan dan balapan liar di {jalan} setiap malam.",
    ),
    "kesehatan": (
        "Banyak jentik nyamuk dan warga terkena DBD di RT {rt}/RW {rw}, mohon fogging.",
        "Antrean di puskesmas dekat {patokan} sangat lama, pelayanan lambat.",
        "Ada warga sakit di RT {rt}/RW {rw} yang butuh ambulans tapi belum datang.",
    ),
    "umum": (
        "Mohon tindak lanjut terkait {kategori} di wilayah Kelurahan {kel}, sudah {durasi} "
        "belum ada kejelasan.",
        "Keluhan soal {kategori}: warga RT {rt}/RW {rw} {kel} belum mendapat pelayanan.",
        "Saya mau melaporkan masalah {kategori} di dekat {patokan}, mohon dibantu.",
    ),
}

OPENERS = ("", "", "", "Selamat pagi, ", "Permisi, ", "Pak/Bu, ", "Lapor, ", "Mohon izin, ")
CLOSERS = (
    "",
    "",
    " Terima kasih.",
    " Mohon segera ditindaklanjuti.",
    " Sudah lapor ke RT tapi belum ada tindakan.",
    " Tolong dicek ya pak.",
    " Foto terlampir.",
)

# Abbreviations that citizens type (applied to some descriptions only).
ABBREVIATIONS: dict[str, str] = {
    "jalan": "jln",
    "tidak": "tdk",
    "sudah": "sdh",
    "yang": "yg",
    "dengan": "dgn",
    "belum": "blm",
    "tolong": "tlg",
    "karena": "krn",
    "untuk": "utk",
    "sekali": "bgt",
}
_ABBREV_RE = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b")


def abbreviate(text: str) -> str:
    return _ABBREV_RE.sub(lambda m: ABBREVIATIONS[m.group(1)], text)


DURATIONS = (
    "3 hari",
    "seminggu",
    "2 minggu",
    "sebulan",
    "beberapa hari",
    "dua hari",
    "lama",
)

STREETS = (
    "Jl. Masjid",
    "Jl. Mawar",
    "Jl. Melati",
    "Jl. Kenanga",
    "Jl. Swadaya",
    "Jl. Haji Naim",
    "Gg. Langgar",
    "Gg. Sawo",
    "Jl. Bhakti",
    "Jl. Pendidikan",
    "Jl. Delima",
    "Jl. Anggrek",
    "Jl. Merpati",
    "Gg. Damai",
    "Jl. Karya",
    "Jl. Mushola",
    "Jl. Sekolah",
    "Gg. Kelor",
    "Jl. Kebon Pisang",
    "Jl. Manggis",
    "Jl. Persatuan",
    "Gg. Buntu",
    "Jl. Cempaka",
    "Jl. Flamboyan",
    "Jl. Kemuning",
)
# Streets named after the kelurahan, as many are: "Jl. Cideng Raya".
LOCAL_STREETS = ("Jl. {kel} Raya", "Jl. Raya {kel}", "Jl. {kel} Dalam", "Gg. {kel} {n}")

LANDMARKS = (
    "Masjid Al-Ikhlas",
    "Musholla Nurul Iman",
    "SDN {n}",
    "Indomaret",
    "Alfamart",
    "pos RW",
    "warung Bu Yati",
    "halte TransJakarta",
    "pangkalan ojek",
    "Puskesmas Kelurahan",
    "lapangan bola",
    "pintu air",
    "gerbang perumahan",
    "RPTRA",
    "kantor kelurahan",
    "pasar",
    "gereja",
    "SMPN {n}",
    "bengkel motor",
    "pom bensin",
    "apotek",
    "jembatan",
)

MALE_NAMES = (
    "Budi",
    "Agus",
    "Andi",
    "Rizky",
    "Dedi",
    "Hendra",
    "Joko",
    "Fajar",
    "Ahmad",
    "Muhammad",
    "Yusuf",
    "Bambang",
    "Eko",
    "Iwan",
    "Teguh",
    "Rudi",
    "Arif",
    "Dimas",
    "Hadi",
    "Irfan",
)
FEMALE_NAMES = (
    "Siti",
    "Dewi",
    "Ayu",
    "Rina",
    "Sri",
    "Fitri",
    "Nur",
    "Lestari",
    "Indah",
    "Wulan",
    "Ratna",
    "Yuni",
    "Putri",
    "Maya",
    "Diah",
    "Nia",
    "Kartika",
    "Anisa",
    "Rahmawati",
    "Intan",
)
FAMILY_NAMES = (
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Pratama",
    "Setiawan",
    "Nugroho",
    "Siregar",
    "Simanjuntak",
    "Lubis",
    "Nasution",
    "Hutapea",
    "Rahman",
    "Maulana",
    "Purnomo",
    "Susanto",
    "Hasibuan",
    "Permana",
    "Gunawan",
    "Sitompul",
    "Tanjung",
    "Harahap",
    "Wibowo",
)

# What officers write when they record their work, per category kind.
FOLLOWUP_NOTES: dict[str, tuple[str, ...]] = {
    "jalan": ("Lubang sudah ditambal dengan aspal.", "Perbaikan jalan telah dilaksanakan."),
    "trotoar": ("Ubin trotoar sudah diganti.", "Pembatas trotoar telah dipasang."),
    "lampu": ("Lampu PJU sudah diganti dan menyala kembali.",),
    "parkir": ("Kendaraan parkir liar sudah ditertibkan bersama Dishub.",),
    "lalin": ("Petugas sudah mengatur lalu lintas; lampu APILL diperbaiki.",),
    "pkl": ("PKL sudah ditertibkan dan diarahkan ke lokasi binaan.",),
    "reklame": ("Spanduk dan tempelan liar sudah diturunkan.",),
    "rokok": ("Sudah dilakukan sosialisasi dan teguran di lokasi.",),
    "pohon": ("Perantingan pohon sudah dilakukan.", "Pohon tumbang sudah dipotong dan diangkut."),
    "taman": ("Fasilitas taman sudah diperbaiki.",),
    "saluran": ("Saluran sudah dikuras oleh petugas PPSU.", "Lumpur saluran sudah diangkat."),
    "banjir": ("Genangan sudah surut; pompa mobile dikerahkan.",),
    "sosial": ("PMKS sudah dijangkau dan dibawa ke panti sosial.",),
    "sampah": ("Sampah sudah diangkut oleh petugas PPSU.", "Lokasi sudah dibersihkan."),
    "fasum": ("Fasilitas sudah diperbaiki.",),
    "ketertiban": ("Sudah dilakukan pengecekan dan teguran bersama Satpol PP kelurahan.",),
    "kesehatan": ("Fogging dan PSN sudah dilakukan oleh puskesmas.",),
    "umum": ("Sudah ditindaklanjuti dan pelapor telah diberi penjelasan.",),
}

ACCEPT_NOTES = (
    "Laporan diterima, petugas akan ke lokasi.",
    "Sedang dikoordinasikan dengan PPSU.",
    "Petugas sudah dijadwalkan untuk pengecekan.",
    None,
    None,
)

FORWARD_REASONS = (
    "Bukan kewenangan kelurahan, diteruskan ke instansi terkait.",
    "Penanganan memerlukan alat berat, diteruskan ke dinas teknis.",
    "Sesuai tupoksi, ditangani oleh dinas terkait.",
)
DISPOSE_REASONS = (
    "Mohon ditindaklanjuti oleh Suku Dinas wilayah.",
    "Disposisi ke Suku Dinas sesuai lokasi laporan.",
)
REJECT_REASONS = (
    "Laporan tidak jelas dan tidak dapat ditindaklanjuti.",
    "Bukan merupakan pengaduan (hanya pertanyaan).",
    "Laporan duplikat dengan laporan sebelumnya.",
    "Lokasi berada di luar wilayah DKI Jakarta.",
)
REJECT_FOLLOWUP_REASONS = (
    "Foto sesudah tidak menunjukkan hasil penanganan.",
    "Foto sebelum dan sesudah sama; mohon dokumentasi ulang.",
    "Penanganan belum tuntas sesuai laporan.",
)
VALIDATE_NOTES = ("Tindak lanjut sesuai.", None, None)

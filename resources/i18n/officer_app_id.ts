<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../officer_app/views/about.py" line="35"/>
        <source>Tentang CRM Officer Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="39"/>
        <source>CRM Officer Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="42"/>
        <source>Aplikasi petugas untuk menindaklanjuti pengaduan warga Jakarta (CRM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="54"/>
        <source>Versi aplikasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="55"/>
        <source>Versi skema profil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="56"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="57"/>
        <source>Sinkron terakhir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="58"/>
        <source>Profil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="77"/>
        <source>tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="79"/>
        <source>%1 (terbaru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="82"/>
        <source>%1 (aplikasi mengenal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="89"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="87"/>
        <source>Laporan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="88"/>
        <source>Terima dan proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="89"/>
        <source>Catat tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="90"/>
        <source>Tambah catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="91"/>
        <source>Teruskan ke unit lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="92"/>
        <source>Disposisi ke Suku Dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="93"/>
        <source>Alihkan ke petugas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="94"/>
        <source>Tolak laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="95"/>
        <source>Tandai duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="96"/>
        <source>Atur prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="97"/>
        <source>Setujui tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="98"/>
        <source>Tolak tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="95"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="97"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="119"/>
        <source>Belum bisa disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="128"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="141"/>
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="154"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="157"/>
        <source>baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="158"/>
        <source>%1 lalu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="66"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="67"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="68"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="69"/>
        <source>Jawaban server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="70"/>
        <source>Alasan dari server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90"/>
        <source>konflik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90"/>
        <source>ditolak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="117"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="121"/>
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain. Pekerjaan Anda tetap tersimpan. Periksa alasannya, lalu kirim ulang atau buang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="126"/>
        <source>&amp;Kirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="127"/>
        <source>&amp;Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="143"/>
        <source>Tidak ada yang perlu diperhatikan. Semua beres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="186"/>
        <source>Dikirim ulang pada sinkronisasi berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="196"/>
        <source>Buang tindakan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="198"/>
        <source>Tindakan &apos;%1&apos; pada laporan %2 akan dibuang dan tidak dikirim ke server. Ini tidak bisa dibatalkan. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="214"/>
        <source>Tindakan dibuang dan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="229"/>
        <source>Gagal: kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="118"/>
        <source>Respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="119"/>
        <source>Jawaban pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="120"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../officer_app/views/supervisor/common.py" line="97"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskIntakePage</name>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="105"/>
        <source>Pelapor &amp;anonim (tanpa identitas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="110"/>
        <source>16 digit sesuai KTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="113"/>
        <source>mis. 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="123"/>
        <source>Laporan &amp;rahasia (privat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="128"/>
        <source>Apa yang dikeluhkan warga, di mana, sejak kapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="136"/>
        <source>Saran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="154"/>
        <source>Pilih di &amp;peta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="156"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="363"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="565"/>
        <source>Lokasi belum ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="161"/>
        <source>Tambah &amp;foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="164"/>
        <source>&amp;Simpan dan buat tanda terima (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="171"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="174"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="175"/>
        <source>NI&amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="177"/>
        <source>&amp;Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="179"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="182"/>
        <source>Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="184"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="185"/>
        <source>&amp;Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="191"/>
        <source>Ke&amp;lurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="192"/>
        <source>Ala&amp;mat kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="197"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="202"/>
        <source>&amp;Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="215"/>
        <source>Laporan serupa di dekat lokasi (14 hari terakhir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="218"/>
        <source>&amp;Tautkan sebagai pendukung laporan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="225"/>
        <source>Tanda terima terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="226"/>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="230"/>
        <source>&amp;Cetak tanda terima (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="231"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="258"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="270"/>
        <source>— pilih kelurahan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="297"/>
        <source>NIK hanya berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="299"/>
        <source>NIK terdiri dari 16 angka (baru %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="332"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="337"/>
        <source>Biasanya ditangani: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="360"/>
        <source>Titik %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="411"/>
        <source>kelurahan sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="412"/>
        <source>(belum bernomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="447"/>
        <source>Warga dicatat sebagai pendukung laporan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="458"/>
        <source>Foto dari warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="458"/>
        <source>Foto (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="475"/>
        <source>Isi NIK pelapor, atau centang &apos;Pelapor anonim&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="519"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="525"/>
        <source>Nomor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="529"/>
        <source>NOMOR SEMENTARA: blok nomor resmi habis dan jaringan terputus. Cetak ulang tanda terima dari &apos;Laporan saya&apos; setelah sinkron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="536"/>
        <source>Laporan tersimpan. Serahkan tanda terima kepada warga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="546"/>
        <source>Laporan tidak dapat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="585"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="587"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="127"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="221"/>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="110"/>
        <source>Laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="111"/>
        <source>Diteruskan otomatis ke unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="120"/>
        <source>Semua laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="121"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="124"/>
        <location filename="../../officer_app/views/main_window.py" line="150"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="128"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="130"/>
        <source>Tampilan tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="132"/>
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="137"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="141"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="146"/>
        <source>Semua kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="155"/>
        <location filename="../../officer_app/views/main_window.py" line="156"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="269"/>
        <source>Catat tindak lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="272"/>
        <source>Foto sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="273"/>
        <source>Foto sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="279"/>
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="282"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="283"/>
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292"/>
        <source>Perkiraan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="302"/>
        <source>tunggu, foto masih diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="304"/>
        <source>foto sebelum penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="306"/>
        <source>foto sesudah penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="308"/>
        <source>catatan tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="401"/>
        <source>— pilih unit —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="406"/>
        <source>%1 (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="414"/>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="421"/>
        <source>&amp;Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="423"/>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="440"/>
        <source>unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="442"/>
        <source>alasan meneruskan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="74"/>
        <source>Cari kelurahan, mis. Gambir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="75"/>
        <source>Cari kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="78"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="105"/>
        <source>Klik lokasi kejadian di peta atau cari kelurahannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="114"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="115"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="116"/>
        <source>Kota/Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="117"/>
        <source>Koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="147"/>
        <source>{kel} — Kec. {kec}, {kota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="161"/>
        <source>Data batas wilayah tidak tersedia: lokasi tidak dapat diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="174"/>
        <source>Data batas wilayah belum siap. Coba lagi sebentar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="180"/>
        <source>Titik ini berada di luar DKI Jakarta. Pilih lokasi di dalam wilayah DKI Jakarta (termasuk Kepulauan Seribu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="188"/>
        <source>Titik ini berada di {name}, yang bukan wilayah kelurahan. Pilih titik di daratan kelurahan terdekat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="198"/>
        <source>Lokasi berada di dalam wilayah DKI Jakarta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="226"/>
        <source>Kelurahan “{name}” tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPickerDialog</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="254"/>
        <source>Pilih lokasi kejadian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="259"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="270"/>
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="279"/>
        <source>Terkunci — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="287"/>
        <source>Ketik kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="304"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="226"/>
        <source>CRM Jakarta — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="314"/>
        <source>Sinkronkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="316"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="319"/>
        <source>Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="323"/>
        <source>Tentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="325"/>
        <source>Tentang aplikasi (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="396"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="397"/>
        <source>Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="398"/>
        <source>Peta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="401"/>
        <source>Meja Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="403"/>
        <source>Meja pengaduan: pencatatan laporan tatap muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="405"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="406"/>
        <source>Antrian unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="409"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="411"/>
        <source>Dasbor unit: waktu respons dan penyelesaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="413"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="552"/>
        <source>%n laporan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="711"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="712"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="733"/>
        <source>Menyinkronkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="744"/>
        <source>mengirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="745"/>
        <source>mengambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="746"/>
        <source>mengunggah foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="750"/>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="758"/>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="762"/>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="765"/>
        <source>%n tindakan perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="790"/>
        <source>Laporan baru untuk Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="791"/>
        <source>%n laporan baru: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="798"/>
        <source>Tenggat segera</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="800"/>
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="813"/>
        <source>● belum tersambung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="816"/>
        <source>● daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="819"/>
        <source>○ luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="823"/>
        <source>sinkron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="827"/>
        <source>%n menunggu dikirim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="832"/>
        <source>%n perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="197"/>
        <source>Memuat peta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="212"/>
        <source>Peta dasar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="213"/>
        <source>Batas kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="214"/>
        <source>Batas kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="215"/>
        <source>Batas kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="216"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="217"/>
        <source>Status laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="218"/>
        <source>Lewat tenggat (cincin hitam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="219"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="220"/>
        <source>Kelompok: angka = jumlah laporan, warna cincin = status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="221"/>
        <source>Lencana hitam = jumlah yang lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="222"/>
        <source>laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="223"/>
        <source>Kel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="224"/>
        <source>Kec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="225"/>
        <source>Titik dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="270"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="328"/>
        <source>Tambah catatan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="332"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="340"/>
        <source>isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="50"/>
        <source>sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="51"/>
        <source>sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="52"/>
        <source>bukti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="167"/>
        <source>Seret foto ke sini, atau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="169"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="177"/>
        <source>Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="186"/>
        <source>Pilih foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="188"/>
        <source>Foto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="232"/>
        <source>pernah dipakai!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="242"/>
        <source>tidak bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="258"/>
        <source>Memproses %n foto…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="363"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="363"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="373"/>
        <source>alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="136"/>
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="183"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="187"/>
        <source>Isi laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="201"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="213"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="222"/>
        <source>Belum ada foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="227"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="252"/>
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="262"/>
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="268"/>
        <source>Alamat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="272"/>
        <source>tanpa koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="274"/>
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="279"/>
        <source>Masuk %1 melalui %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="284"/>
        <source>Pelapor dirahasiakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="286"/>
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="289"/>
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="317"/>
        <source>belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="319"/>
        <source>pernah dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="361"/>
        <source>Ke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="363"/>
        <source>Alasan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="367"/>
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="304"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="305"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="306"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="307"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="308"/>
        <source>Umur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="309"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="310"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="387"/>
        <source>perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="388"/>
        <source>menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="410"/>
        <source>Tenggat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_model.py" line="414"/>
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="57"/>
        <source>Foto sebelum penanganan wajib dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="60"/>
        <source>Foto sesudah penanganan wajib dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="63"/>
        <source>Catatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="64"/>
        <source>Alasan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="65"/>
        <source>Pilih unit tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="66"/>
        <source>Tindakan ini tidak bisa dilakukan pada status sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="69"/>
        <source>Peran Anda tidak boleh melakukan tindakan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="72"/>
        <source>Perkiraan tanggal selesai tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="158"/>
        <source>ID petugas atau kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="166"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="169"/>
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="56"/>
        <source>Masuk — Workstation Petugas CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="62"/>
        <source>contoh: officer.demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="67"/>
        <source>Alamat &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="68"/>
        <source>&amp;ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="69"/>
        <source>Kata &amp;sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="77"/>
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="85"/>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="89"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="94"/>
        <source>Workstation Petugas CRM Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="110"/>
        <source>alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="112"/>
        <source>ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="114"/>
        <source>kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="116"/>
        <source>Isi dulu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="119"/>
        <source>Sedang masuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="143"/>
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="73"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="74"/>
        <source>Koordinasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="75"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="76"/>
        <source>Proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="77"/>
        <source>Menunggu Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="78"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="79"/>
        <source>TL Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="80"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../officer_app/views/sync_controller.py" line="104"/>
        <source>Sinkronisasi gagal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitQueuePage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="164"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="324"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="166"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="325"/>
        <source>Hampir lewat (sisa &lt; 1/4 waktu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="174"/>
        <source>Kelompokkan per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="175"/>
        <source>Kelompokkan per petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="179"/>
        <source>Semua yang terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="180"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="186"/>
        <source>Cari nomor atau kategori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="217"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="218"/>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="219"/>
        <source>Lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="220"/>
        <source>Median respons (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="221"/>
        <source>Median TL (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="222"/>
        <source>TL minggu ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="223"/>
        <source>TL bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="233"/>
        <source>Beban kerja petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="297"/>
        <source>Semua unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="302"/>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="304"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="368"/>
        <source>(belum ditugaskan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="428"/>
        <source>Paling lowong: %1 (%2 terbuka, %3 lewat tenggat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="458"/>
        <source>%n laporan dipilih</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="488"/>
        <source>%n laporan: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="497"/>
        <source>%1 — %2 terbuka, %3 lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="501"/>
        <source> (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="506"/>
        <source>Laporan dari beberapa unit: pilih per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="510"/>
        <source>Petugas tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="527"/>
        <source>Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="537"/>
        <source>Nomor laporan asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="539"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="546"/>
        <source>Prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="548"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="549"/>
        <source>Tinggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="550"/>
        <source>Mendesak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="553"/>
        <source>Catatan (tidak dikirim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="604"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="608"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

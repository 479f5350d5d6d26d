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
        <location filename="../../officer_app/views/dialogs.py" line="114"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="116"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="138"/>
        <source>Belum bisa disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="147"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="160"/>
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="159"/>
        <source>%n mnt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="162"/>
        <source>%n jam</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="165"/>
        <source>%n hari</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="187"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="190"/>
        <source>baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="191"/>
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
    <name>Audit</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="82"/>
        <source>Identitas pelapor dilihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="83"/>
        <source>Perubahan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="84"/>
        <source>Pengalihan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="85"/>
        <source>Penerusan ke unit lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="86"/>
        <source>Laporan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="87"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="88"/>
        <source>Gagal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="89"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="90"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="191"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="195"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="199"/>
        <source>Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="213"/>
        <source>Waktu (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="214"/>
        <source>Pelaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="215"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="216"/>
        <source>No. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="217"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="218"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="230"/>
        <source>Muat lagi (yang lebih lama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="256"/>
        <source>Memuat log audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="300"/>
        <source>Log audit hanya tersedia saat daring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="302"/>
        <source>Sesi di server berakhir: masuk ulang untuk melihat log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="304"/>
        <source>Log audit hanya untuk pimpinan unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="306"/>
        <source>Log audit tidak dapat dimuat. Coba lagi nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="344"/>
        <source>%n entri · terbaru di atas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="346"/>
        <source>Belum ada entri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="362"/>
        <source>(akun tidak dikenal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="370"/>
        <source>(di luar unit ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="384"/>
        <source>ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="391"/>
        <source>belum ada petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="392"/>
        <source>kepada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="399"/>
        <source>kata sandi salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="402"/>
        <source>percobaan ke-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="404"/>
        <source>akun tidak dikenal atau nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="412"/>
        <source>%1 baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="414"/>
        <source>lewat Open311</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="77"/>
        <source>%1 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="92"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="227"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="94"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="96"/>
        <source>Ekspor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="97"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="101"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="309"/>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="112"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="158"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="262"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="278"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="368"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="113"/>
        <source>Tingkat penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="114"/>
        <source>Median waktu respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="115"/>
        <source>Median waktu tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="116"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="161"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="247"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="137"/>
        <source>Per kelurahan: selesai / terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="139"/>
        <source>10 kategori terbanyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="138"/>
        <source>Per kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="140"/>
        <source>Per bulan: masuk / selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="156"/>
        <source>Peringkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="157"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="159"/>
        <source>Penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="160"/>
        <source>Median respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="168"/>
        <source>Peringkat unit (penyelesaian, lalu waktu respons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="193"/>
        <source>Menghitung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="217"/>
        <source>Dihitung dari data lokal, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="245"/>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="295"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="416"/>
        <source>Simpan dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="428"/>
        <source>Dasbor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="441"/>
        <source>Tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="460"/>
        <source>server akan diberi tahu saat sinkronisasi berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="434"/>
        <source>Gagal menyimpan: %1</source>
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
        <location filename="../../officer_app/views/desk/intake_page.py" line="113"/>
        <source>Pelapor &amp;anonim (tanpa identitas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="118"/>
        <source>16 digit sesuai KTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="121"/>
        <source>mis. 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="131"/>
        <source>Laporan &amp;rahasia (privat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="137"/>
        <source>Apa yang dikeluhkan warga, di mana, sejak kapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="146"/>
        <source>Saran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="166"/>
        <source>Pilih di &amp;peta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="168"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="388"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="592"/>
        <source>Lokasi belum ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="173"/>
        <source>Tambah &amp;foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="176"/>
        <source>&amp;Simpan dan buat tanda terima (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="183"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="186"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="191"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="194"/>
        <source>Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="196"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="110"/>
        <source>Ditetapkan oleh TI untuk komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="187"/>
        <source>N&amp;IK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="189"/>
        <source>Tel&amp;epon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="197"/>
        <source>Kate&amp;gori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="203"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="204"/>
        <source>Ala&amp;mat kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="209"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="214"/>
        <source>&amp;Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="227"/>
        <source>Laporan serupa di dekat lokasi (14 hari terakhir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="230"/>
        <source>&amp;Tautkan sebagai pendukung laporan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="237"/>
        <source>Tanda terima terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="238"/>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="242"/>
        <source>&amp;Lihat tanda terima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="243"/>
        <source>&amp;Cetak tanda terima (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="244"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="279"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="291"/>
        <source>— pilih kelurahan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="318"/>
        <source>NIK hanya berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="320"/>
        <source>NIK terdiri dari 16 angka (baru %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="355"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="360"/>
        <source>Biasanya ditangani: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="385"/>
        <source>Titik %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="437"/>
        <source>kelurahan sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="439"/>
        <source>(belum bernomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="474"/>
        <source>Warga dicatat sebagai pendukung laporan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="485"/>
        <source>Foto dari warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="485"/>
        <source>Foto (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="502"/>
        <source>Isi NIK pelapor, atau centang &apos;Pelapor anonim&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="546"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="552"/>
        <source>Nomor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="556"/>
        <source>NOMOR SEMENTARA: blok nomor resmi habis dan jaringan terputus. Cetak ulang tanda terima dari &apos;Laporan saya&apos; setelah sinkron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="563"/>
        <source>Laporan tersimpan. Serahkan tanda terima kepada warga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="573"/>
        <source>Laporan tidak dapat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="622"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="624"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="49"/>
        <source>Pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="56"/>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="57"/>
        <source>&amp;Cetak ulang tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="58"/>
        <source>Simpan tanda terima sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="67"/>
        <source>Laporan yang dicatat meja ini hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="82"/>
        <source>Menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="83"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="84"/>
        <source>Terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="85"/>
        <source>Terkirim, nomor final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="86"/>
        <source>Nomor final berbeda: cetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="101"/>
        <source>%1 (dukungan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="119"/>
        <source>%1 laporan hari ini · %2 menunggu dikirim · %3 perlu cetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="145"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="155"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="325"/>
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
        <location filename="../../officer_app/views/main_window.py" line="121"/>
        <source>Semua laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="122"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="125"/>
        <location filename="../../officer_app/views/main_window.py" line="151"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="129"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="131"/>
        <source>Tampilan tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="133"/>
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="138"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="142"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="147"/>
        <source>Semua kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="156"/>
        <location filename="../../officer_app/views/main_window.py" line="157"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="288"/>
        <source>Catat tindak lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="291"/>
        <source>Foto sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292"/>
        <source>Foto sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="298"/>
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="301"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="302"/>
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="311"/>
        <source>Perkiraan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="321"/>
        <source>tunggu, foto masih diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="323"/>
        <source>foto sebelum penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="325"/>
        <source>foto sesudah penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="327"/>
        <source>catatan tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="420"/>
        <source>— pilih unit —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="425"/>
        <source>%1 (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="433"/>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="440"/>
        <source>&amp;Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="442"/>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="459"/>
        <source>unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="461"/>
        <source>alasan meneruskan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="67"/>
        <source>Profil rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="73"/>
        <source>Data lokal Anda di komputer ini rusak: pemeriksaan saat mulai menemukan kesalahan pada berkas basis data. Belum ada yang diubah.

Pilih salinan baik terakhir untuk dipulihkan. Pekerjaan yang dibuat setelah salinan itu tidak ada di dalamnya; tindakan yang belum terkirim di salinan akan dikirim pada sinkron berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="84"/>
        <source>Berkas yang rusak tidak dihapus: disimpan di folder profil %1 dengan nama yang diawali %2 (untuk petugas TI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="93"/>
        <source>Mencari salinan baik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="98"/>
        <source>&amp;Pulihkan salinan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="101"/>
        <source>&amp;Keluar dari aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="124"/>
        <source>salinan harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="126"/>
        <source>salinan sebelum pembaruan aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="129"/>
        <source>%1 laporan, %2 tindakan belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="145"/>
        <source>Salinan terbaru dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="149"/>
        <source>Tidak ada salinan baik di komputer ini. Keluar dan hubungi petugas TI; berkas profil tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="166"/>
        <source>Memulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="185"/>
        <source>Pemulihan gagal; berkas profil tidak diubah. Hubungi petugas TI.</source>
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
        <location filename="../../officer_app/views/signin.py" line="268"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="279"/>
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="288"/>
        <source>Terkunci — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="296"/>
        <source>Ketik kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="313"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="238"/>
        <source>CRM Jakarta — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="327"/>
        <source>Sinkronkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="329"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="332"/>
        <source>Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="336"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="338"/>
        <source>Keluar: hapus sesi tersimpan dan kembali ke layar masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="342"/>
        <source>Tentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="344"/>
        <source>Tentang aplikasi (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="415"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="416"/>
        <source>Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="417"/>
        <source>Peta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="420"/>
        <source>Meja Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="422"/>
        <source>Meja pengaduan: pencatatan laporan tatap muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="424"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="425"/>
        <source>Antrian unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="428"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="430"/>
        <source>Dasbor unit: waktu respons dan penyelesaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="434"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="436"/>
        <source>Log audit unit: siapa melihat dan mengubah apa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="438"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="578"/>
        <source>%n laporan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="737"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="738"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="759"/>
        <source>Menyinkronkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="770"/>
        <source>mengirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="771"/>
        <source>mengambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="772"/>
        <source>mengunggah foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="776"/>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="784"/>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="788"/>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="791"/>
        <source>%n tindakan perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="816"/>
        <source>Laporan baru untuk Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="817"/>
        <source>%n laporan baru: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="824"/>
        <source>Tenggat segera</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="826"/>
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="839"/>
        <source>● belum tersambung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="842"/>
        <source>● daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="845"/>
        <source>○ luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="849"/>
        <source>sinkron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="855"/>
        <source>%n menunggu dikirim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="860"/>
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
        <location filename="../../officer_app/views/map_view.py" line="226"/>
        <source>Batas administrasi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="271"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="347"/>
        <source>Tambah catatan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="351"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="359"/>
        <source>isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordChangedDialog</name>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="37"/>
        <source>Kata sandi sudah berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="42"/>
        <source>Kata sandi Anda di server sudah berubah. Masukkan kata sandi lama sekali saja agar data di komputer ini bisa dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="50"/>
        <source>Kata sandi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="57"/>
        <source>&amp;Buka data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="61"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="75"/>
        <source>Kata sandi lama salah. Coba lagi, atau pilih Batal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="87"/>
        <source>Ketik kata sandi lama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="55"/>
        <source>sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="56"/>
        <source>sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="57"/>
        <source>bukti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="186"/>
        <source>Seret foto ke sini, atau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="188"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="196"/>
        <source>Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="205"/>
        <source>Pilih foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="207"/>
        <source>Foto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="251"/>
        <source>pernah dipakai!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="261"/>
        <source>tidak bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="277"/>
        <source>Memproses %n foto…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="382"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="382"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="392"/>
        <source>alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="37"/>
        <source>Tanda Terima Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="50"/>
        <source>Nomor laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="51"/>
        <source>Tanggal dan jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="52"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="53"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="54"/>
        <source>Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="57"/>
        <source>NIK pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="59"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="59"/>
        <source>Anonim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="62"/>
        <source>Sifat laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="63"/>
        <source>Rahasia (privat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="65"/>
        <source>Publik (identitas tetap dirahasiakan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="73"/>
        <source>NOMOR SEMENTARA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="76"/>
        <source>Nomor resmi belum tersedia karena jaringan terputus. Nomor ini BELUM dapat dilacak di situs CRM. Tanda terima dengan nomor resmi dapat dicetak ulang di meja pengaduan atau dikirim kepada Anda setelah tersambung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="85"/>
        <source>Pantau laporan Anda dengan nomor di atas melalui situs CRM Jakarta (%1) atau aplikasi JAKI, menu Laporan. Pengaduan tatap muka dijawab paling lambat 3 hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="90"/>
        <source>Pernyataan privasi: identitas Anda hanya dikirim ke server pusat CRM dan tidak disimpan di komputer meja pengaduan setelah terkirim. Identitas tidak pernah diberikan kepada petugas lapangan atau pihak yang dilaporkan. NIK hanya dicetak tersamar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="98"/>
        <source>Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="99"/>
        <source>Ringkasan pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="100"/>
        <source>Cara memantau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="160"/>
        <source>Pratinjau tanda terima %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="166"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="167"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="153"/>
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="200"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="204"/>
        <source>Isi laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="218"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="230"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="239"/>
        <source>Belum ada foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="244"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="269"/>
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="279"/>
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="285"/>
        <source>Alamat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="289"/>
        <source>tanpa koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="291"/>
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="296"/>
        <source>Masuk %1 melalui %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="301"/>
        <source>Pelapor dirahasiakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="303"/>
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="306"/>
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="334"/>
        <source>belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="336"/>
        <source>pernah dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="380"/>
        <source>Ke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="382"/>
        <source>Alasan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="386"/>
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="306"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="307"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="308"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="309"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="310"/>
        <source>Umur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="311"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="312"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="389"/>
        <source>perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="390"/>
        <source>menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="412"/>
        <source>Tenggat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_model.py" line="416"/>
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="128"/>
        <source>Petugas lapangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="129"/>
        <source>Petugas meja pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="130"/>
        <source>Pimpinan unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="131"/>
        <source>Validator (Biro Pemerintahan)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="76"/>
        <source>Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat sistem instansi pemilik server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="81"/>
        <source>Server Open311 tidak mengenal penugasan petugas; tindakan ini tidak dapat dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="85"/>
        <source>Server Open311 tidak mengenal prioritas laporan; tindakan ini tidak dapat dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="89"/>
        <source>Server Open311 tidak menerima foto; tindakan dengan foto tidak dapat dikirim lewat server ini.</source>
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
        <location filename="../../officer_app/gui_main.py" line="170"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="173"/>
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="230"/>
        <source>Masuk dibatalkan. Data di komputer ini tidak diubah; tanpa kata sandi lama data itu tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="260"/>
        <source>Alamat server memakai http:// tanpa enkripsi dan bukan komputer ini: tidak dihubungi. Gunakan alamat https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="266"/>
        <source>Berkas sertifikat CA yang diatur tidak ditemukan. Hubungi petugas TI; server tidak dihubungi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="272"/>
        <source>Sertifikat server tidak tepercaya: sambungan ditolak. Periksa alamat server atau minta petugas TI memasang sertifikat CA instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="277"/>
        <source>Alamat server tidak valid: harus diawali https:// dan berisi nama host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="59"/>
        <source>Masuk — Workstation Petugas CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="67"/>
        <source>Alamat server ditetapkan oleh petugas TI untuk komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="70"/>
        <source>contoh: officer.demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="75"/>
        <source>Alamat &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="76"/>
        <source>&amp;ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="77"/>
        <source>Kata &amp;sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="85"/>
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="93"/>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="97"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="102"/>
        <source>Workstation Petugas CRM Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="118"/>
        <source>alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="120"/>
        <source>ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="122"/>
        <source>kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="124"/>
        <source>Isi dulu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="127"/>
        <source>Sedang masuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="152"/>
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="457"/>
        <source>Konfigurasi komputer salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="458"/>
        <source>Aplikasi tidak dapat dimulai karena berkas konfigurasi komputer ini salah. Hubungi petugas TI.</source>
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
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="173"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="343"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="175"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="344"/>
        <source>Hampir lewat (sisa &lt; 1/4 waktu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="183"/>
        <source>Kelompokkan per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="184"/>
        <source>Kelompokkan per petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="188"/>
        <source>Semua yang terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="189"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="195"/>
        <source>Cari nomor atau kategori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="146"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="231"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="143"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="144"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="145"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="149"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="232"/>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="233"/>
        <source>Lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="234"/>
        <source>Median respons (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="235"/>
        <source>Median TL (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="236"/>
        <source>TL minggu ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="237"/>
        <source>TL bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="248"/>
        <source>Beban kerja petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="314"/>
        <source>Semua unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="319"/>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="322"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="389"/>
        <source>(belum ditugaskan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="455"/>
        <source>Paling lowong: %1 (%2 terbuka, %3 lewat tenggat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="487"/>
        <source>%n laporan dipilih</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="517"/>
        <source>%n laporan: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="526"/>
        <source>%1 — %2 terbuka, %3 lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="530"/>
        <source> (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="535"/>
        <source>Laporan dari beberapa unit: pilih per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="539"/>
        <source>Petugas tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="557"/>
        <source>Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="567"/>
        <source>Nomor laporan asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="569"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="148"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="576"/>
        <source>Prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="428"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="578"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="429"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="579"/>
        <source>Tinggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="430"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="580"/>
        <source>Mendesak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="583"/>
        <source>Catatan (tidak dikirim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="634"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="638"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="259"/>
        <source>Identitas pelapor (hanya untuk validator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="275"/>
        <source>Setujui → Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="279"/>
        <source>Tolak tindak lanjut → TL Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="335"/>
        <source>%n menunggu validasi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="368"/>
        <source>Tidak ada tindak lanjut yang menunggu validasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="378"/>
        <source>tanpa koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="381"/>
        <source>Masuk %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="393"/>
        <source>⚠ %n foto pernah dipakai pada laporan lain: periksa keasliannya.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="397"/>
        <source>SEBELUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="397"/>
        <source>SESUDAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="405"/>
        <source>memuat foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="419"/>
        <source>Tidak ada foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="427"/>
        <source>Pelapor dirahasiakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="431"/>
        <source>Pelapor anonim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="434"/>
        <source>Nama: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="435"/>
        <source>NIK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="436"/>
        <source>Telepon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="443"/>
        <source>Waktu pengambilan tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="445"/>
        <source>Diambil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="449"/>
        <source>%1 jam setelah laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="451"/>
        <source>%1 jam SEBELUM laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="456"/>
        <source>%1 m dari lokasi laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="459"/>
        <source>Lokasi foto tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="461"/>
        <source>Foto ini pernah dipakai pada laporan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="483"/>
        <source>Foto belum tersedia (luring?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="495"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="500"/>
        <source>Alasan ini dibaca petugas di linimasa laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="541"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="542"/>
        <source>Keputusan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

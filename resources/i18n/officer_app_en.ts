<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../officer_app/views/about.py" line="35"/>
        <source>Tentang CRM Officer Workstation</source>
        <translation>About CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="39"/>
        <source>CRM Officer Workstation</source>
        <translation>CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="42"/>
        <source>Aplikasi petugas untuk menindaklanjuti pengaduan warga Jakarta (CRM).</source>
        <translation>The officers&apos; application for following up Jakarta citizens&apos; complaints (CRM).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="54"/>
        <source>Versi aplikasi:</source>
        <translation>Application version:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="55"/>
        <source>Versi skema profil:</source>
        <translation>Profile schema version:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="56"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="57"/>
        <source>Sinkron terakhir:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="58"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="77"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="79"/>
        <source>%1 (terbaru)</source>
        <translation>%1 (latest)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="82"/>
        <source>%1 (aplikasi mengenal %2)</source>
        <translation>%1 (this application knows %2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="89"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="87"/>
        <source>Laporan baru</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="88"/>
        <source>Terima dan proses</source>
        <translation>Accept and process</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="89"/>
        <source>Catat tindak lanjut</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="90"/>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="91"/>
        <source>Teruskan ke unit lain</source>
        <translation>Forward to another unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="92"/>
        <source>Disposisi ke Suku Dinas</source>
        <translation>Dispose to Suku Dinas</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="93"/>
        <source>Alihkan ke petugas lain</source>
        <translation>Reassign to another officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="94"/>
        <source>Tolak laporan</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="95"/>
        <source>Tandai duplikat</source>
        <translation>Mark duplicate</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="96"/>
        <source>Atur prioritas</source>
        <translation>Set priority</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="97"/>
        <source>Setujui tindak lanjut</source>
        <translation>Approve follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="98"/>
        <source>Tolak tindak lanjut</source>
        <translation>Reject follow-up</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="114"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="116"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="138"/>
        <source>Belum bisa disimpan:</source>
        <translation>Cannot save yet:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="147"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="160"/>
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation>The action was not saved because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="159"/>
        <source>%n mnt</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="162"/>
        <source>%n jam</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="165"/>
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="187"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="190"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="191"/>
        <source>%1 lalu</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="66"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="67"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="68"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="69"/>
        <source>Jawaban server</source>
        <translation>Server answer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="70"/>
        <source>Alasan dari server</source>
        <translation>Reason from the server</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90"/>
        <source>konflik</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="117"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="121"/>
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain. Pekerjaan Anda tetap tersimpan. Periksa alasannya, lalu kirim ulang atau buang.</source>
        <translation>The server refused the actions below or they conflict with other changes. Your work is kept. Check the reason, then send again or discard.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="126"/>
        <source>&amp;Kirim ulang</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="127"/>
        <source>&amp;Buang</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="143"/>
        <source>Tidak ada yang perlu diperhatikan. Semua beres.</source>
        <translation>Nothing needs attention. All good.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="186"/>
        <source>Dikirim ulang pada sinkronisasi berikut.</source>
        <translation>Will be sent again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="196"/>
        <source>Buang tindakan?</source>
        <translation>Discard action?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="198"/>
        <source>Tindakan &apos;%1&apos; pada laporan %2 akan dibuang dan tidak dikirim ke server. Ini tidak bisa dibatalkan. Lanjutkan?</source>
        <translation>The action &apos;%1&apos; on report %2 will be discarded and not sent to the server. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="214"/>
        <source>Tindakan dibuang dan dicatat.</source>
        <translation>Action discarded and logged.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="229"/>
        <source>Gagal: kesalahan tak terduga.</source>
        <translation>Failed: unexpected error.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="82"/>
        <source>Identitas pelapor dilihat</source>
        <translation>Reporter identity viewed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="83"/>
        <source>Perubahan status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="84"/>
        <source>Pengalihan petugas</source>
        <translation>Reassignment</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="85"/>
        <source>Penerusan ke unit lain</source>
        <translation>Forwarded to another unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="86"/>
        <source>Laporan dibuat</source>
        <translation>Report created</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="87"/>
        <source>Masuk</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="88"/>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="89"/>
        <source>Keluar</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="90"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="191"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="195"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="199"/>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="213"/>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="214"/>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="215"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="216"/>
        <source>No. laporan</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="217"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="218"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="230"/>
        <source>Muat lagi (yang lebih lama)</source>
        <translation>Load more (older)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="256"/>
        <source>Memuat log audit…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="300"/>
        <source>Log audit hanya tersedia saat daring.</source>
        <translation>The audit log is only available online.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="302"/>
        <source>Sesi di server berakhir: masuk ulang untuk melihat log audit.</source>
        <translation>Your server session has ended: sign in again to see the audit log.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="304"/>
        <source>Log audit hanya untuk pimpinan unit.</source>
        <translation>The audit log is for unit heads only.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="306"/>
        <source>Log audit tidak dapat dimuat. Coba lagi nanti.</source>
        <translation>The audit log could not be loaded. Try again later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="344"/>
        <source>%n entri · terbaru di atas</source>
        <translation>
            <numerusform>%n entry · newest first</numerusform>
            <numerusform>%n entries · newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="346"/>
        <source>Belum ada entri.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="362"/>
        <source>(akun tidak dikenal)</source>
        <translation>(unknown account)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="370"/>
        <source>(di luar unit ini)</source>
        <translation>(outside this unit)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="384"/>
        <source>ke %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="391"/>
        <source>belum ada petugas</source>
        <translation>no officer yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="392"/>
        <source>kepada %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="399"/>
        <source>kata sandi salah</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="402"/>
        <source>percobaan ke-%1</source>
        <translation>attempt %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="404"/>
        <source>akun tidak dikenal atau nonaktif</source>
        <translation>unknown or inactive account</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="412"/>
        <source>%1 baris</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="414"/>
        <source>lewat Open311</source>
        <translation>via Open311</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="77"/>
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="92"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="227"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="94"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="96"/>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="97"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="101"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="309"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="112"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="158"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="262"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="278"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="368"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="113"/>
        <source>Tingkat penyelesaian</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="114"/>
        <source>Median waktu respons</source>
        <translation>Median response time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="115"/>
        <source>Median waktu tindak lanjut</source>
        <translation>Median follow-up time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="116"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="161"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="247"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="137"/>
        <source>Per kelurahan: selesai / terbuka</source>
        <translation>By kelurahan: done / open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="139"/>
        <source>10 kategori terbanyak</source>
        <translation>Top 10 categories</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="138"/>
        <source>Per kanal</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="140"/>
        <source>Per bulan: masuk / selesai</source>
        <translation>By month: received / done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="156"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="157"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="159"/>
        <source>Penyelesaian</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="160"/>
        <source>Median respons</source>
        <translation>Median response</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="168"/>
        <source>Peringkat unit (penyelesaian, lalu waktu respons)</source>
        <translation>Unit ranking (completion, then response time)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="193"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="217"/>
        <source>Dihitung dari data lokal, %1</source>
        <translation>Calculated from local data, %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="245"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="295"/>
        <source>Masuk</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="416"/>
        <source>Simpan dasbor</source>
        <translation>Save dashboard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="428"/>
        <source>Dasbor %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="441"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="460"/>
        <source>server akan diberi tahu saat sinkronisasi berikutnya</source>
        <translation>the server will be told at the next sync</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="434"/>
        <source>Gagal menyimpan: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="118"/>
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="119"/>
        <source>Jawaban pengaduan</source>
        <translation>Answer to the complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="120"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../officer_app/views/supervisor/common.py" line="97"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DeskIntakePage</name>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="110"/>
        <source>Ditetapkan oleh TI untuk komputer ini.</source>
        <translation>Set by IT for this computer.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="113"/>
        <source>Pelapor &amp;anonim (tanpa identitas)</source>
        <translation>&amp;Anonymous reporter (no identity)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="118"/>
        <source>16 digit sesuai KTP</source>
        <translation>16 digits as on the KTP</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="121"/>
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="131"/>
        <source>Laporan &amp;rahasia (privat)</source>
        <translation>&amp;Confidential report (private)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="137"/>
        <source>Apa yang dikeluhkan warga, di mana, sejak kapan</source>
        <translation>What the citizen complains about, where, since when</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="146"/>
        <source>Saran:</source>
        <translation>Suggested:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="166"/>
        <source>Pilih di &amp;peta…</source>
        <translation>Pick on the &amp;map…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="168"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="388"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="592"/>
        <source>Lokasi belum ditentukan</source>
        <translation>Location not set yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="173"/>
        <source>Tambah &amp;foto…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="176"/>
        <source>&amp;Simpan dan buat tanda terima (Ctrl+S)</source>
        <translation>&amp;Save and make the receipt (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="183"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="186"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="191"/>
        <source>Alamat pelapor</source>
        <translation>Reporter&apos;s address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="194"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="196"/>
        <source>&amp;Uraian</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="187"/>
        <source>N&amp;IK</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="189"/>
        <source>Tel&amp;epon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="197"/>
        <source>Kate&amp;gori</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="203"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="204"/>
        <source>Ala&amp;mat kejadian</source>
        <translation>Incident add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="209"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="214"/>
        <source>&amp;Kanal</source>
        <translation>Channe&amp;l</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="227"/>
        <source>Laporan serupa di dekat lokasi (14 hari terakhir)</source>
        <translation>Similar reports near the location (last 14 days)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="230"/>
        <source>&amp;Tautkan sebagai pendukung laporan ini</source>
        <translation>L&amp;ink as a supporter of this report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="237"/>
        <source>Tanda terima terakhir</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="238"/>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="242"/>
        <source>&amp;Lihat tanda terima…</source>
        <translation>&amp;View receipt…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="243"/>
        <source>&amp;Cetak tanda terima (Ctrl+P)</source>
        <translation>Print rec&amp;eipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="244"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="279"/>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="291"/>
        <source>— pilih kelurahan —</source>
        <translation>— choose a kelurahan —</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="318"/>
        <source>NIK hanya berisi angka.</source>
        <translation>The NIK contains digits only.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="320"/>
        <source>NIK terdiri dari 16 angka (baru %1).</source>
        <translation>The NIK has 16 digits (%1 so far).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="355"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="360"/>
        <source>Biasanya ditangani: %1</source>
        <translation>Usually handled by: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="385"/>
        <source>Titik %1, %2</source>
        <translation>Point %1, %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="437"/>
        <source>kelurahan sama</source>
        <translation>same kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="439"/>
        <source>(belum bernomor)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="474"/>
        <source>Warga dicatat sebagai pendukung laporan %1.</source>
        <translation>The citizen was recorded as a supporter of report %1.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="485"/>
        <source>Foto dari warga</source>
        <translation>Photos from the citizen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="485"/>
        <source>Foto (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="502"/>
        <source>Isi NIK pelapor, atau centang &apos;Pelapor anonim&apos;.</source>
        <translation>Enter the reporter&apos;s NIK, or tick &apos;Anonymous reporter&apos;.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="546"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="552"/>
        <source>Nomor: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="556"/>
        <source>NOMOR SEMENTARA: blok nomor resmi habis dan jaringan terputus. Cetak ulang tanda terima dari &apos;Laporan saya&apos; setelah sinkron.</source>
        <translation>PROVISIONAL NUMBER: the block of official numbers is used up and the network is down. Print the receipt again from &apos;My reports&apos; after the sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="563"/>
        <source>Laporan tersimpan. Serahkan tanda terima kepada warga.</source>
        <translation>Report saved. Hand the receipt to the citizen.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="573"/>
        <source>Laporan tidak dapat disimpan.</source>
        <translation>The report could not be saved.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="622"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="624"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="49"/>
        <source>Pengiriman</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="56"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="57"/>
        <source>&amp;Cetak ulang tanda terima</source>
        <translation>&amp;Print the receipt again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="58"/>
        <source>Simpan tanda terima sebagai P&amp;DF…</source>
        <translation>Save the receipt as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="67"/>
        <source>Laporan yang dicatat meja ini hari ini</source>
        <translation>Reports this desk recorded today</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="82"/>
        <source>Menunggu dikirim</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="83"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="84"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="85"/>
        <source>Terkirim, nomor final</source>
        <translation>Sent, final number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="86"/>
        <source>Nomor final berbeda: cetak ulang</source>
        <translation>Final number differs: print again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="101"/>
        <source>%1 (dukungan)</source>
        <translation>%1 (support)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="119"/>
        <source>%1 laporan hari ini · %2 menunggu dikirim · %3 perlu cetak ulang</source>
        <translation>%1 reports today · %2 waiting to send · %3 to print again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="145"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="155"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation>An unexpected error occurred. The work you saved is safe. Technical details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="325"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="110"/>
        <source>Laporan masuk</source>
        <translation>Report received</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="111"/>
        <source>Diteruskan otomatis ke unit</source>
        <translation>Routed to the unit automatically</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="121"/>
        <source>Semua laporan</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="122"/>
        <source>Laporan saya</source>
        <translation>My reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="125"/>
        <location filename="../../officer_app/views/main_window.py" line="151"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="129"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="131"/>
        <source>Tampilan tersimpan</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="133"/>
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation>Search number, text, address, category… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="138"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="142"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="147"/>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="156"/>
        <location filename="../../officer_app/views/main_window.py" line="157"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="288"/>
        <source>Catat tindak lanjut — %1</source>
        <translation>Record follow-up — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="291"/>
        <source>Foto sebelum</source>
        <translation>Photos before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292"/>
        <source>Foto sesudah</source>
        <translation>Photos after</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="298"/>
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation>What was done in the field?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="301"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="302"/>
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation>The work takes longer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="311"/>
        <source>Perkiraan selesai</source>
        <translation>Estimated completion</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="321"/>
        <source>tunggu, foto masih diproses</source>
        <translation>wait, photos are still being processed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="323"/>
        <source>foto sebelum penanganan</source>
        <translation>photo before the work</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="325"/>
        <source>foto sesudah penanganan</source>
        <translation>photo after the work</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="327"/>
        <source>catatan tindak lanjut</source>
        <translation>follow-up note</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="420"/>
        <source>— pilih unit —</source>
        <translation>— choose a unit —</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="425"/>
        <source>%1 (disarankan)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="433"/>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation>The unit that usually handles this category is selected.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="440"/>
        <source>&amp;Unit tujuan</source>
        <translation>Target &amp;unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="442"/>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="459"/>
        <source>unit tujuan</source>
        <translation>target unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="461"/>
        <source>alasan meneruskan</source>
        <translation>reason for forwarding</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="67"/>
        <source>Profil rusak</source>
        <translation>Profile damaged</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="73"/>
        <source>Data lokal Anda di komputer ini rusak: pemeriksaan saat mulai menemukan kesalahan pada berkas basis data. Belum ada yang diubah.

Pilih salinan baik terakhir untuk dipulihkan. Pekerjaan yang dibuat setelah salinan itu tidak ada di dalamnya; tindakan yang belum terkirim di salinan akan dikirim pada sinkron berikutnya.</source>
        <translation>Your local data on this computer is damaged: the check at start found errors in the database file. Nothing has been changed yet.

Choose the last good copy to restore. Work done after that copy is not in it; actions in the copy that were not yet sent will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="84"/>
        <source>Berkas yang rusak tidak dihapus: disimpan di folder profil %1 dengan nama yang diawali %2 (untuk petugas TI).</source>
        <translation>The damaged file is not deleted: it is kept in the profile folder %1 under a name starting with %2 (for IT).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="93"/>
        <source>Mencari salinan baik…</source>
        <translation>Looking for good copies…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="98"/>
        <source>&amp;Pulihkan salinan ini</source>
        <translation>&amp;Restore this copy</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="101"/>
        <source>&amp;Keluar dari aplikasi</source>
        <translation>&amp;Quit the application</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="124"/>
        <source>salinan harian</source>
        <translation>daily copy</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="126"/>
        <source>salinan sebelum pembaruan aplikasi</source>
        <translation>copy from before an app upgrade</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="129"/>
        <source>%1 laporan, %2 tindakan belum terkirim</source>
        <translation>%1 reports, %2 actions not yet sent</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="145"/>
        <source>Salinan terbaru dipilih.</source>
        <translation>The newest copy is selected.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="149"/>
        <source>Tidak ada salinan baik di komputer ini. Keluar dan hubungi petugas TI; berkas profil tidak diubah.</source>
        <translation>There is no good copy on this computer. Quit and contact IT; the profile file was not changed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="166"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="185"/>
        <source>Pemulihan gagal; berkas profil tidak diubah. Hubungi petugas TI.</source>
        <translation>Restoring failed; the profile file was not changed. Contact IT.</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="74"/>
        <source>Cari kelurahan, mis. Gambir</source>
        <translation>Search a kelurahan, e.g. Gambir</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="75"/>
        <source>Cari kelurahan</source>
        <translation>Search kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="78"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="105"/>
        <source>Klik lokasi kejadian di peta atau cari kelurahannya.</source>
        <translation>Click the place on the map or search its kelurahan.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="114"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="115"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="116"/>
        <source>Kota/Kabupaten</source>
        <translation>City/Regency</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="117"/>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="147"/>
        <source>{kel} — Kec. {kec}, {kota}</source>
        <translation>{kel} — Kec. {kec}, {kota}</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="161"/>
        <source>Data batas wilayah tidak tersedia: lokasi tidak dapat diperiksa.</source>
        <translation>Boundary data unavailable: the location cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="174"/>
        <source>Data batas wilayah belum siap. Coba lagi sebentar.</source>
        <translation>Boundary data not ready yet. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="180"/>
        <source>Titik ini berada di luar DKI Jakarta. Pilih lokasi di dalam wilayah DKI Jakarta (termasuk Kepulauan Seribu).</source>
        <translation>This point is outside DKI Jakarta. Choose a location inside DKI Jakarta (Kepulauan Seribu included).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="188"/>
        <source>Titik ini berada di {name}, yang bukan wilayah kelurahan. Pilih titik di daratan kelurahan terdekat.</source>
        <translation>This point is in {name}, which is not a kelurahan area. Choose a point on the land of the nearest kelurahan.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="198"/>
        <source>Lokasi berada di dalam wilayah DKI Jakarta.</source>
        <translation>The location is inside DKI Jakarta.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="226"/>
        <source>Kelurahan “{name}” tidak ditemukan.</source>
        <translation>Kelurahan “{name}” not found.</translation>
    </message>
</context>
<context>
    <name>LocationPickerDialog</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="254"/>
        <source>Pilih lokasi kejadian</source>
        <translation>Choose the incident location</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="268"/>
        <source>&amp;Buka</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="279"/>
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation>The screen locked after a period of inactivity. Type your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="288"/>
        <source>Terkunci — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="296"/>
        <source>Ketik kata sandi.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="313"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="238"/>
        <source>CRM Jakarta — %1 (%2)</source>
        <translation>CRM Jakarta — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="327"/>
        <source>Sinkronkan</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="329"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation>Synchronise now (F5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="332"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="336"/>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="338"/>
        <source>Keluar: hapus sesi tersimpan dan kembali ke layar masuk</source>
        <translation>Sign out: forget the saved session and return to the sign-in screen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="342"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="344"/>
        <source>Tentang aplikasi (F1)</source>
        <translation>About the application (F1)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="415"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="416"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="417"/>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="420"/>
        <source>Meja Pengaduan</source>
        <translation>Complaint desk</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="422"/>
        <source>Meja pengaduan: pencatatan laporan tatap muka.</source>
        <translation>Complaint desk: recording walk-in complaints.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="424"/>
        <source>Laporan saya</source>
        <translation>My reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="425"/>
        <source>Antrian unit</source>
        <translation>Unit queue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="428"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="430"/>
        <source>Dasbor unit: waktu respons dan penyelesaian.</source>
        <translation>Unit dashboard: response and completion times.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="434"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="436"/>
        <source>Log audit unit: siapa melihat dan mengubah apa.</source>
        <translation>The unit&apos;s audit log: who saw and changed what.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="438"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="578"/>
        <source>%n laporan</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="737"/>
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="738"/>
        <source>Tindakan tidak tersimpan</source>
        <translation>Action not saved</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="759"/>
        <source>Menyinkronkan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="770"/>
        <source>mengirim</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="771"/>
        <source>mengambil</source>
        <translation>pulling</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="772"/>
        <source>mengunggah foto</source>
        <translation>uploading photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="776"/>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation>Synchronising: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="784"/>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation>Session ended: sign in again to send. Your work is safe.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="788"/>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation>Server unreachable; your work is waiting and will be sent automatically later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="791"/>
        <source>%n tindakan perlu perhatian</source>
        <translation>
            <numerusform>%n action needs attention</numerusform>
            <numerusform>%n actions need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="816"/>
        <source>Laporan baru untuk Anda</source>
        <translation>New reports for you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="817"/>
        <source>%n laporan baru: </source>
        <translation>
            <numerusform>%n new report: </numerusform>
            <numerusform>%n new reports: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="824"/>
        <source>Tenggat segera</source>
        <translation>Deadlines soon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="826"/>
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation>
            <numerusform>%n report due within %1 hours: </numerusform>
            <numerusform>%n reports due within %1 hours: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="839"/>
        <source>● belum tersambung</source>
        <translation>● not connected yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="842"/>
        <source>● daring</source>
        <translation>● online</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="845"/>
        <source>○ luring</source>
        <translation>○ offline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="849"/>
        <source>sinkron %1</source>
        <translation>synced %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="855"/>
        <source>%n menunggu dikirim</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="860"/>
        <source>%n perlu perhatian</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="197"/>
        <source>Memuat peta…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="212"/>
        <source>Peta dasar</source>
        <translation>Base map</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="213"/>
        <source>Batas kota</source>
        <translation>City boundaries</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="214"/>
        <source>Batas kecamatan</source>
        <translation>District (kecamatan) boundaries</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="215"/>
        <source>Batas kelurahan</source>
        <translation>Kelurahan boundaries</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="216"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="217"/>
        <source>Status laporan</source>
        <translation>Report status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="218"/>
        <source>Lewat tenggat (cincin hitam)</source>
        <translation>Overdue (black ring)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="219"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="220"/>
        <source>Kelompok: angka = jumlah laporan, warna cincin = status</source>
        <translation>Group: number = reports, ring colours = statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="221"/>
        <source>Lencana hitam = jumlah yang lewat tenggat</source>
        <translation>Black badge = number overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="222"/>
        <source>laporan</source>
        <translation>reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="223"/>
        <source>Kel.</source>
        <translation>Kel.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="224"/>
        <source>Kec.</source>
        <translation>Kec.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="225"/>
        <source>Titik dipilih</source>
        <translation>Chosen point</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="226"/>
        <source>Batas administrasi: %1</source>
        <translation>Administrative boundaries: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="271"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation>The map could not be loaded. The report list still works.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="347"/>
        <source>Tambah catatan — %1</source>
        <translation>Add note — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="351"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="359"/>
        <source>isi catatan</source>
        <translation>note text</translation>
    </message>
</context>
<context>
    <name>PasswordChangedDialog</name>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="37"/>
        <source>Kata sandi sudah berubah</source>
        <translation>Password has changed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="42"/>
        <source>Kata sandi Anda di server sudah berubah. Masukkan kata sandi lama sekali saja agar data di komputer ini bisa dibuka.</source>
        <translation>Your password on the server has changed. Enter your old password just this once so that the data on this computer can be opened.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="50"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="57"/>
        <source>&amp;Buka data</source>
        <translation>&amp;Open data</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="61"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="75"/>
        <source>Kata sandi lama salah. Coba lagi, atau pilih Batal.</source>
        <translation>The old password is wrong. Try again, or choose Cancel.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="87"/>
        <source>Ketik kata sandi lama.</source>
        <translation>Type the old password.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="55"/>
        <source>sebelum</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="56"/>
        <source>sesudah</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="57"/>
        <source>bukti</source>
        <translation>evidence</translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="186"/>
        <source>Seret foto ke sini, atau</source>
        <translation>Drag photos here, or</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="188"/>
        <source>Pilih berkas…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="196"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="205"/>
        <source>Pilih foto</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="207"/>
        <source>Foto (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="251"/>
        <source>pernah dipakai!</source>
        <translation>used before!</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="261"/>
        <source>tidak bisa dibaca</source>
        <translation>cannot be read</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="277"/>
        <source>Memproses %n foto…</source>
        <translation>
            <numerusform>Processing %n photo…</numerusform>
            <numerusform>Processing %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="382"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="382"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="392"/>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="37"/>
        <source>Tanda Terima Pengaduan</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="50"/>
        <source>Nomor laporan</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="51"/>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="52"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="53"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="54"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="57"/>
        <source>NIK pelapor</source>
        <translation>Reporter&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="59"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="59"/>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="62"/>
        <source>Sifat laporan</source>
        <translation>Report visibility</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="63"/>
        <source>Rahasia (privat)</source>
        <translation>Confidential (private)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="65"/>
        <source>Publik (identitas tetap dirahasiakan)</source>
        <translation>Public (identity still kept confidential)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="73"/>
        <source>NOMOR SEMENTARA</source>
        <translation>PROVISIONAL NUMBER</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="76"/>
        <source>Nomor resmi belum tersedia karena jaringan terputus. Nomor ini BELUM dapat dilacak di situs CRM. Tanda terima dengan nomor resmi dapat dicetak ulang di meja pengaduan atau dikirim kepada Anda setelah tersambung.</source>
        <translation>The official number is not available yet because the network is down. This number can NOT yet be tracked on the CRM website. A receipt with the official number can be printed again at the complaint desk or sent to you once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="85"/>
        <source>Pantau laporan Anda dengan nomor di atas melalui situs CRM Jakarta (%1) atau aplikasi JAKI, menu Laporan. Pengaduan tatap muka dijawab paling lambat 3 hari kerja.</source>
        <translation>Follow your report with the number above on the Jakarta CRM website (%1) or in the JAKI app, menu Laporan. In-person complaints are answered within 3 working days at the latest.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="90"/>
        <source>Pernyataan privasi: identitas Anda hanya dikirim ke server pusat CRM dan tidak disimpan di komputer meja pengaduan setelah terkirim. Identitas tidak pernah diberikan kepada petugas lapangan atau pihak yang dilaporkan. NIK hanya dicetak tersamar.</source>
        <translation>Privacy statement: your identity is sent only to the central CRM server and is not kept on the complaint desk&apos;s computer once it has been sent. It is never given to field officers or to the party you reported. The NIK is printed only masked.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="98"/>
        <source>Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM)</source>
        <translation>Provincial Government of DKI Jakarta — Cepat Respon Masyarakat (CRM)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="99"/>
        <source>Ringkasan pengaduan</source>
        <translation>Summary of the complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="100"/>
        <source>Cara memantau</source>
        <translation>How to follow it</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="160"/>
        <source>Pratinjau tanda terima %1</source>
        <translation>Receipt preview %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="166"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="167"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="153"/>
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation>Select a report in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="200"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="204"/>
        <source>Isi laporan</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="218"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="230"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="239"/>
        <source>Belum ada foto.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="244"/>
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="269"/>
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation>
            <numerusform>%n action waiting to be sent to the server</numerusform>
            <numerusform>%n actions waiting to be sent to the server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="279"/>
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation>No running deadlines.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="285"/>
        <source>Alamat: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="289"/>
        <source>tanpa koordinat</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="291"/>
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation>Kelurahan: %1 · Location: %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="296"/>
        <source>Masuk %1 melalui %2</source>
        <translation>Received %1 via %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="301"/>
        <source>Pelapor dirahasiakan</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="303"/>
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation>Only validators may see the reporter&apos;s identity.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="306"/>
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation>This report is private. Do not share any information in this report with anyone</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="334"/>
        <source>belum terkirim</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="336"/>
        <source>pernah dipakai</source>
        <translation>used before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="380"/>
        <source>Ke: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="382"/>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="386"/>
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation>⏳ waiting to send (not yet confirmed by the server)</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="306"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="307"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="308"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="309"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="310"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="311"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="312"/>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="389"/>
        <source>perlu perhatian</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="390"/>
        <source>menunggu dikirim</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="412"/>
        <source>Tenggat: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_model.py" line="416"/>
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation>
            <numerusform>%n action not yet confirmed by the server</numerusform>
            <numerusform>%n actions not yet confirmed by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="128"/>
        <source>Petugas lapangan</source>
        <translation>Field officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="129"/>
        <source>Petugas meja pengaduan</source>
        <translation>Complaint desk officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="130"/>
        <source>Pimpinan unit</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="131"/>
        <source>Validator (Biro Pemerintahan)</source>
        <translation>Validator (Government Bureau)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="57"/>
        <source>Foto sebelum penanganan wajib dilampirkan.</source>
        <translation>A photo from before the work is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="60"/>
        <source>Foto sesudah penanganan wajib dilampirkan.</source>
        <translation>A photo from after the work is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="63"/>
        <source>Catatan wajib diisi.</source>
        <translation>A note is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="64"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="65"/>
        <source>Pilih unit tujuan.</source>
        <translation>Choose the target unit.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="66"/>
        <source>Tindakan ini tidak bisa dilakukan pada status sekarang.</source>
        <translation>This action is not possible in the current status.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="69"/>
        <source>Peran Anda tidak boleh melakukan tindakan ini.</source>
        <translation>Your role may not take this action.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="72"/>
        <source>Perkiraan tanggal selesai tidak valid.</source>
        <translation>The estimated completion date is not valid.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="76"/>
        <source>Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat sistem instansi pemilik server.</source>
        <translation>The Open311 server cannot forward a report to another unit; forward it through the system of the agency that runs the server.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="81"/>
        <source>Server Open311 tidak mengenal penugasan petugas; tindakan ini tidak dapat dikirim.</source>
        <translation>The Open311 server has no officer assignments; this action cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="85"/>
        <source>Server Open311 tidak mengenal prioritas laporan; tindakan ini tidak dapat dikirim.</source>
        <translation>The Open311 server has no report priorities; this action cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="89"/>
        <source>Server Open311 tidak menerima foto; tindakan dengan foto tidak dapat dikirim lewat server ini.</source>
        <translation>The Open311 server does not accept photos; an action with photos cannot be sent through this server.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="158"/>
        <source>ID petugas atau kata sandi salah.</source>
        <translation>Wrong officer id or password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="170"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="173"/>
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation>The server is unreachable and this officer has never signed in on this computer. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="230"/>
        <source>Masuk dibatalkan. Data di komputer ini tidak diubah; tanpa kata sandi lama data itu tidak dapat dibuka.</source>
        <translation>Sign-in cancelled. The data on this computer was not changed; without the old password it cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="260"/>
        <source>Alamat server memakai http:// tanpa enkripsi dan bukan komputer ini: tidak dihubungi. Gunakan alamat https://.</source>
        <translation>The server address uses unencrypted http:// and is not this computer: it was not contacted. Use an https:// address.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="266"/>
        <source>Berkas sertifikat CA yang diatur tidak ditemukan. Hubungi petugas TI; server tidak dihubungi.</source>
        <translation>The configured CA certificate file was not found. Contact IT; the server was not contacted.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="272"/>
        <source>Sertifikat server tidak tepercaya: sambungan ditolak. Periksa alamat server atau minta petugas TI memasang sertifikat CA instansi.</source>
        <translation>The server&apos;s certificate is not trusted: the connection was refused. Check the server address or ask IT to install the agency&apos;s CA certificate.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="277"/>
        <source>Alamat server tidak valid: harus diawali https:// dan berisi nama host.</source>
        <translation>Invalid server address: it must start with https:// and contain a host name.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="59"/>
        <source>Masuk — Workstation Petugas CRM</source>
        <translation>Sign in — CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="67"/>
        <source>Alamat server ditetapkan oleh petugas TI untuk komputer ini.</source>
        <translation>The server address is set by IT for this computer.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="70"/>
        <source>contoh: officer.demo</source>
        <translation>e.g. officer.demo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="75"/>
        <source>Alamat &amp;server</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="76"/>
        <source>&amp;ID petugas</source>
        <translation>Officer &amp;ID</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="77"/>
        <source>Kata &amp;sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="85"/>
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation>Without a connection, an officer who signed in on this computer before can still open the local data with the same password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="93"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="97"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="102"/>
        <source>Workstation Petugas CRM Jakarta</source>
        <translation>Jakarta CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="118"/>
        <source>alamat server</source>
        <translation>server address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="120"/>
        <source>ID petugas</source>
        <translation>officer id</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="122"/>
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="124"/>
        <source>Isi dulu: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="127"/>
        <source>Sedang masuk…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="152"/>
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation>Sign-in failed because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="457"/>
        <source>Konfigurasi komputer salah</source>
        <translation>Machine configuration is wrong</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="458"/>
        <source>Aplikasi tidak dapat dimulai karena berkas konfigurasi komputer ini salah. Hubungi petugas TI.</source>
        <translation>The application cannot start because this computer&apos;s configuration file is wrong. Contact IT.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="73"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="74"/>
        <source>Koordinasi</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="75"/>
        <source>Disposisi</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="76"/>
        <source>Proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="77"/>
        <source>Menunggu Validasi</source>
        <translation>Awaiting validation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="78"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="79"/>
        <source>TL Ditolak</source>
        <translation>Follow-up rejected</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="80"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../officer_app/views/sync_controller.py" line="104"/>
        <source>Sinkronisasi gagal.</source>
        <translation>Synchronisation failed.</translation>
    </message>
</context>
<context>
    <name>UnitQueuePage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="173"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="343"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="175"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="344"/>
        <source>Hampir lewat (sisa &lt; 1/4 waktu)</source>
        <translation>Nearly overdue (&lt; 1/4 of the time left)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="183"/>
        <source>Kelompokkan per status</source>
        <translation>Group by status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="184"/>
        <source>Kelompokkan per petugas</source>
        <translation>Group by officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="188"/>
        <source>Semua yang terbuka</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="189"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="195"/>
        <source>Cari nomor atau kategori…</source>
        <translation>Search number or category…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="146"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="231"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="143"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="144"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="145"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="149"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="232"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="233"/>
        <source>Lewat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="234"/>
        <source>Median respons (jam)</source>
        <translation>Median response (h)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="235"/>
        <source>Median TL (jam)</source>
        <translation>Median follow-up (h)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="236"/>
        <source>TL minggu ini</source>
        <translation>Follow-ups this week</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="237"/>
        <source>TL bulan ini</source>
        <translation>Follow-ups this month</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="248"/>
        <source>Beban kerja petugas</source>
        <translation>Officers&apos; workload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="314"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="319"/>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="322"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="389"/>
        <source>(belum ditugaskan)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="455"/>
        <source>Paling lowong: %1 (%2 terbuka, %3 lewat tenggat)</source>
        <translation>Least busy: %1 (%2 open, %3 overdue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="487"/>
        <source>%n laporan dipilih</source>
        <translation>
            <numerusform>%n report selected</numerusform>
            <numerusform>%n reports selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="517"/>
        <source>%n laporan: </source>
        <translation>
            <numerusform>%n report: </numerusform>
            <numerusform>%n reports: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="526"/>
        <source>%1 — %2 terbuka, %3 lewat</source>
        <translation>%1 — %2 open, %3 overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="530"/>
        <source> (disarankan)</source>
        <translation> (suggested)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="535"/>
        <source>Laporan dari beberapa unit: pilih per unit.</source>
        <translation>Reports from several units: choose per unit.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="539"/>
        <source>Petugas tujuan</source>
        <translation>Target officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="557"/>
        <source>Unit tujuan</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="567"/>
        <source>Nomor laporan asli</source>
        <translation>Number of the original report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="569"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="148"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="576"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="428"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="578"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="429"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="579"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="430"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="580"/>
        <source>Mendesak</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="583"/>
        <source>Catatan (tidak dikirim)</source>
        <translation>Note (not sent)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="634"/>
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="638"/>
        <source>Tindakan tidak tersimpan</source>
        <translation>Action not saved</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="259"/>
        <source>Identitas pelapor (hanya untuk validator)</source>
        <translation>Reporter&apos;s identity (validators only)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="275"/>
        <source>Setujui → Selesai</source>
        <translation>Approve → Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="279"/>
        <source>Tolak tindak lanjut → TL Ditolak</source>
        <translation>Reject follow-up → Follow-up rejected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="335"/>
        <source>%n menunggu validasi</source>
        <translation>
            <numerusform>%n awaiting validation</numerusform>
            <numerusform>%n awaiting validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="368"/>
        <source>Tidak ada tindak lanjut yang menunggu validasi.</source>
        <translation>No follow-up is awaiting validation.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="378"/>
        <source>tanpa koordinat</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="381"/>
        <source>Masuk %1 · %2 · %3 · %4</source>
        <translation>Received %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="393"/>
        <source>⚠ %n foto pernah dipakai pada laporan lain: periksa keasliannya.</source>
        <translation>
            <numerusform>⚠ %n photo was used on another report before: check that it is genuine.</numerusform>
            <numerusform>⚠ %n photos were used on other reports before: check that they are genuine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="397"/>
        <source>SEBELUM</source>
        <translation>BEFORE</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="397"/>
        <source>SESUDAH</source>
        <translation>AFTER</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="405"/>
        <source>memuat foto…</source>
        <translation>loading photo…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="419"/>
        <source>Tidak ada foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="427"/>
        <source>Pelapor dirahasiakan</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="431"/>
        <source>Pelapor anonim</source>
        <translation>Anonymous reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="434"/>
        <source>Nama: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="435"/>
        <source>NIK: %1</source>
        <translation>NIK: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="436"/>
        <source>Telepon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="443"/>
        <source>Waktu pengambilan tidak diketahui</source>
        <translation>Time taken unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="445"/>
        <source>Diambil %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="449"/>
        <source>%1 jam setelah laporan masuk</source>
        <translation>%1 h after the report came in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="451"/>
        <source>%1 jam SEBELUM laporan masuk</source>
        <translation>%1 h BEFORE the report came in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="456"/>
        <source>%1 m dari lokasi laporan</source>
        <translation>%1 m from the report&apos;s location</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="459"/>
        <source>Lokasi foto tidak diketahui</source>
        <translation>Photo location unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="461"/>
        <source>Foto ini pernah dipakai pada laporan lain</source>
        <translation>This photo was used on another report before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="483"/>
        <source>Foto belum tersedia (luring?)</source>
        <translation>Photo not available yet (offline?)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="495"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="500"/>
        <source>Alasan ini dibaca petugas di linimasa laporan.</source>
        <translation>The officer reads this reason in the report&apos;s timeline.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="541"/>
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="542"/>
        <source>Keputusan tidak tersimpan</source>
        <translation>Decision not saved</translation>
    </message>
</context>
</TS>

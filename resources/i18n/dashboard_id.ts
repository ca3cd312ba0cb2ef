<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="54"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="56"/>
        <source>enrolled (finished; click for the list)</source>
        <translation>terdaftar (selesai; klik untuk daftarnya)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="57"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="58"/>
        <source>of the target reached</source>
        <translation>target tercapai</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="59"/>
        <source>offices late with their bundles</source>
        <translation>kantor terlambat mengirim paket</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="60"/>
        <source>days since the last export</source>
        <translation>hari sejak ekspor terakhir</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="61"/>
        <source>finished records not yet exported</source>
        <translation>data selesai yang belum diekspor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="64"/>
        <source>Change the enrolment target of each regency or city</source>
        <translation>Ubah target pendaftaran tiap kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="96"/>
        <source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="108"/>
        <source>The figures could not be read: %1</source>
        <translation>Angka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="114"/>
        <source>Dashboard — all of Maluku</source>
        <translation>Dasbor — seluruh Maluku</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="115"/>
        <source>Dashboard — %1</source>
        <translation>Dasbor — %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="117"/>
        <source>As of %1, %2</source>
        <translation>Keadaan %1, pukul %2</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="135"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard_page.py" line="140"/>
        <source>All enrolled participants</source>
        <translation>Semua peserta terdaftar</translation>
    </message>
</context>
<context>
    <name>DashboardTabs</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="25"/>
        <source>Change the &amp;targets…</source>
        <translation>Ubah &amp;target…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="27"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="30"/>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="32"/>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="32"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="33"/>
        <source>Per week</source>
        <translation>Per minggu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="33"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="34"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="35"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="36"/>
        <source>Age group</source>
        <translation>Kelompok umur</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="37"/>
        <source>Sex and age</source>
        <translation>Jenis kelamin dan umur</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="72"/>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="73"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="74"/>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="75"/>
        <source>% of target</source>
        <translation>% target</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="76"/>
        <source>Still to enrol</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="80"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="81"/>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="89"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="82"/>
        <source>Bundles received</source>
        <translation>Paket diterima</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="83"/>
        <source>Last bundle</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="84"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="85"/>
        <source>Days since</source>
        <translation>Hari sejak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="92"/>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="112"/>
        <source>%1: %2 enrolled of a target of %3</source>
        <translation>%1: %2 terdaftar dari target %3</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="118"/>
        <source>Targets: the quota split by population (Dukcapil, December 2024); an administrator can change them.</source>
        <translation>Target: kuota dibagi menurut jumlah penduduk (Dukcapil, Desember 2024); dapat diubah oleh admin.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="119"/>
        <source>Targets set by an administrator.</source>
        <translation>Target ditetapkan oleh admin.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="120"/>
        <source>The dashed line marks 100 % of the target.</source>
        <translation>Garis putus-putus menandai 100 % target.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="125"/>
        <source>%1 (no target here)</source>
        <translation>%1 (tanpa target di sini)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="132"/>
        <source>%1: %2 bundles received</source>
        <translation>%1: %2 paket diterima</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="135"/>
        <source>Office %1</source>
        <translation>Kantor %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="137"/>
        <source>Bars: days since each office&apos;s last bundle; in red after %1 days (setting export_warning_days) or when none came yet.</source>
        <translation>Batang: hari sejak paket terakhir tiap kantor; merah setelah %1 hari (setelan export_warning_days) atau bila belum pernah ada paket.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="143"/>
        <source>no bundle yet</source>
        <translation>belum ada paket</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/tabs.py" line="144"/>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
</context>
<context>
    <name>DrillDownBar</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/drilldown.py" line="52"/>
        <source>Show every participant</source>
        <translation>Tampilkan semua peserta</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/drilldown.py" line="53"/>
        <source>Back to the whole register (the dashboard&apos;s filter is removed)</source>
        <translation>Kembali ke seluruh daftar (saringan dari dasbor dihapus)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/drilldown.py" line="63"/>
        <source>Shown from the dashboard: %1</source>
        <translation>Ditampilkan dari dasbor: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/main_window.py" line="181"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="18"/>
        <source>Enrolment targets</source>
        <translation>Target pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="35"/>
        <source>Workers to enrol in each regency or city. The default splits the quota by population; change it when the programme agrees other numbers.</source>
        <translation>Jumlah pekerja yang didaftarkan di tiap kabupaten/kota. Bawaannya membagi kuota menurut jumlah penduduk; ubahlah bila program menyepakati angka lain.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="38"/>
        <source>&amp;Population split</source>
        <translation>Bagi menurut &amp;penduduk</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="39"/>
        <source>Fill in the default: the quota split by population</source>
        <translation>Isi dengan bawaan: kuota dibagi menurut jumlah penduduk</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="42"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/dashboard/targets_dialog.py" line="65"/>
        <source>Total: %1 workers</source>
        <translation>Jumlah: %1 pekerja</translation>
    </message>
</context>
</TS>

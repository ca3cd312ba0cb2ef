<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>enrolled (finished; click for the list)</source>
        <translation>terdaftar (selesai; klik untuk daftarnya)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>of the target reached</source>
        <translation>target tercapai</translation>
    </message>
    <message>
        <source>offices late with their bundles</source>
        <translation>kantor terlambat mengirim paket</translation>
    </message>
    <message>
        <source>days since the last export</source>
        <translation>hari sejak ekspor terakhir</translation>
    </message>
    <message>
        <source>held out of BPJS&apos;s file: already covered elsewhere</source>
        <translation>ditahan dari berkas BPJS: sudah terlindungi di tempat lain</translation>
    </message>
    <message>
        <source>finished records not yet exported</source>
        <translation>data selesai yang belum diekspor</translation>
    </message>
    <message>
        <source>Change the enrolment target of each regency or city</source>
        <translation>Ubah target pendaftaran tiap kabupaten/kota</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Angka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Dashboard — all of Maluku</source>
        <translation>Dasbor — seluruh Maluku</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Dasbor — %1</translation>
    </message>
    <message>
        <source>As of %1, %2</source>
        <translation>Keadaan %1, pukul %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1: projected %2 by December, over its ceiling of %3 by %4</source>
        <translation>%1: proyeksi %2 sampai Desember, melebihi pagunya %3 sebesar %4</translation>
    </message>
    <message>
        <source>Budget %1: the projected contributions pass the ceiling</source>
        <translation>Anggaran %1: proyeksi iuran melebihi pagu</translation>
    </message>
    <message>
        <source>The figures: pekerja-desktop-cli report budget --year %1 --out anggaran.pdf</source>
        <translation>Rinciannya: pekerja-desktop-cli report budget --year %1 --out anggaran.pdf</translation>
    </message>
    <message>
        <source>The budget could not be read: %1</source>
        <translation>Anggaran tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>All enrolled participants</source>
        <translation>Semua peserta terdaftar</translation>
    </message>
</context>
<context>
    <name>DashboardTabs</name>
    <message>
        <source>Change the &amp;targets…</source>
        <translation>Ubah &amp;target…</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per minggu</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Kelompok umur</translation>
    </message>
    <message>
        <source>Sex and age</source>
        <translation>Jenis kelamin dan umur</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>Batas usia</translation>
    </message>
    <message>
        <source>Reaches the age limit</source>
        <translation>Mencapai batas usia</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% target</translation>
    </message>
    <message>
        <source>Still to enrol</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Already past it, still active</source>
        <translation>Sudah lewat, masih aktif</translation>
    </message>
    <message>
        <source>Age limit: %1</source>
        <translation>Batas usia: %1</translation>
    </message>
    <message>
        <source>Active participants who turn %1 (the age limit is %2 years): their coverage ends the day before that birthday. End them with the reason age-limit, or in the yearly renewal.</source>
        <translation>Peserta aktif yang berulang tahun ke-%1 (batas usia %2 tahun): kepesertaannya berakhir sehari sebelum ulang tahun itu. Akhiri dengan alasan batas usia, atau lewat pembaruan tahunan.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paket diterima</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Hari sejak</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>%1: %2 enrolled of a target of %3</source>
        <translation>%1: %2 terdaftar dari target %3</translation>
    </message>
    <message>
        <source>Targets: the quota split by population (Dukcapil, December 2024); an administrator can change them.</source>
        <translation>Target: kuota dibagi menurut jumlah penduduk (Dukcapil, Desember 2024); dapat diubah oleh admin.</translation>
    </message>
    <message>
        <source>Targets set by an administrator.</source>
        <translation>Target ditetapkan oleh admin.</translation>
    </message>
    <message>
        <source>The dashed line marks 100 % of the target.</source>
        <translation>Garis putus-putus menandai 100 % target.</translation>
    </message>
    <message>
        <source>%1 (no target here)</source>
        <translation>%1 (tanpa target di sini)</translation>
    </message>
    <message>
        <source>%1: %2 bundles received</source>
        <translation>%1: %2 paket diterima</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Kantor %1</translation>
    </message>
    <message>
        <source>Bars: days since each office&apos;s last bundle; in red after %1 days (setting export_warning_days) or when none came yet.</source>
        <translation>Batang: hari sejak paket terakhir tiap kantor; merah setelah %1 hari (setelan export_warning_days) atau bila belum pernah ada paket.</translation>
    </message>
    <message>
        <source>no bundle yet</source>
        <translation>belum ada paket</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>Chart: %1</source>
        <translation>Grafik: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabel: %1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Enrolment targets</source>
        <translation>Target pendaftaran</translation>
    </message>
    <message>
        <source>Workers to enrol in each regency or city. The default splits the quota by population; change it when the programme agrees other numbers.</source>
        <translation>Jumlah pekerja yang didaftarkan di tiap kabupaten/kota. Bawaannya membagi kuota menurut jumlah penduduk; ubahlah bila program menyepakati angka lain.</translation>
    </message>
    <message>
        <source>&amp;Population split</source>
        <translation>Bagi menurut &amp;penduduk</translation>
    </message>
    <message>
        <source>Fill in the default: the quota split by population</source>
        <translation>Isi dengan bawaan: kuota dibagi menurut jumlah penduduk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Total: %1 workers</source>
        <translation>Jumlah: %1 pekerja</translation>
    </message>
</context>
</TS>

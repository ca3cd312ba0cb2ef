<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupHooks</name>
    <message>
        <source>Daily backup made.</source>
        <translation>Cadangan harian dibuat.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Change password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Draf: %1</translation>
    </message>
    <message>
        <source>Finished today: %1</source>
        <translation>Selesai hari ini: %1</translation>
    </message>
    <message>
        <source>Not yet exported: %1</source>
        <translation>Belum diekspor: %1</translation>
    </message>
    <message>
        <source>Last export %1 days ago: export to the hub</source>
        <translation>Ekspor terakhir %1 hari lalu: segera ekspor ke kantor provinsi</translation>
    </message>
    <message>
        <source>Warning after %1 days without an export (setting export_warning_days)</source>
        <translation>Peringatan setelah %1 hari tanpa ekspor (pengaturan export_warning_days)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
    <message>
        <source>Pekerja Desktop — %1</source>
        <translation>Pekerja Desktop — %1</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Village list import</source>
        <translation>Impor Daftar Desa</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Yearly renewal</source>
        <translation>Pembaruan tahunan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>SecondStart</name>
    <message>
        <source>The data of this office are already open in another Pekerja Desktop window, which does not answer. Close that window (with the Task Manager if need be), then start the program again.</source>
        <translation>Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain, tetapi jendela itu tidak menjawab. Tutup jendela itu (bila perlu lewat Task Manager), lalu buka program ini lagi.</translation>
    </message>
    <message>
        <source>The data of this office are already open in another Pekerja Desktop window: the bundle %1 is shown there.</source>
        <translation>Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain: paket %1 ditampilkan di sana.</translation>
    </message>
    <message>
        <source>The data of this office are already open in another Pekerja Desktop window: it was brought to the front.</source>
        <translation>Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain: jendela itu dibawa ke depan.</translation>
    </message>
</context>
</TS>

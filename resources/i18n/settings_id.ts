<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>SettingsPage</name>
    <message>
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Kunci setelah tanpa aktivitas selama</translation>
    </message>
    <message>
        <source>The window then asks the operator&apos;s password; what was typed stays.</source>
        <translation>Jendela lalu meminta kata sandi operator; yang sudah diketik tetap ada.</translation>
    </message>
    <message>
        <source>Saved: the window locks after %1 minutes without input.</source>
        <translation>Tersimpan: jendela terkunci setelah %1 menit tanpa aktivitas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>The new language applies the next time Pekerja Desktop starts.</source>
        <translation>Bahasa baru berlaku saat Pekerja Desktop dibuka lagi.</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>Kantor lapangan</translation>
    </message>
    <message>
        <source>Collecting hub</source>
        <translation>Kantor pengumpul</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>Read this fingerprint to the collecting hub by phone when it registers this office.</source>
        <translation>Bacakan sidik jari ini kepada kantor pengumpul melalui telepon saat kantor ini didaftarkan.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>Server PostgreSQL %1</translation>
    </message>
    <message>
        <source>Encrypted file %1</source>
        <translation>Berkas terenkripsi %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AliasesSection</name>
    <message>
        <source>Office aliases for village lists</source>
        <translation>Alias kantor untuk daftar desa</translation>
    </message>
    <message>
        <source>Choices kept while importing village lists: the next lists that write the same text get the same desa, kecamatan or occupation. They stay at this office.</source>
        <translation>Pilihan yang disimpan saat mengimpor daftar desa: daftar berikutnya yang menulis teks yang sama mendapat desa, kecamatan atau pekerjaan yang sama. Alias hanya berlaku di kantor ini.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Written in lists</source>
        <translation>Tertulis di daftar</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Disimpan oleh</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>&amp;Remove the alias</source>
        <translation>&amp;Hapus alias</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Dihapus: %1</translation>
    </message>
</context>
<context>
    <name>CoverageStartSection</name>
    <message>
        <source>Coverage start of a new enrolment</source>
        <translation>Mulai kepesertaan pendaftaran baru</translation>
    </message>
    <message>
        <source>The first day of the month after the enrolment</source>
        <translation>Tanggal 1 bulan sesudah pendaftaran</translation>
    </message>
    <message>
        <source>The day of enrolment</source>
        <translation>Hari pendaftaran</translation>
    </message>
    <message>
        <source>A fixed date:</source>
        <translation>Tanggal tetap:</translation>
    </message>
    <message>
        <source>Set by the provincial hub; it arrives with the reference bundles.</source>
        <translation>Diatur oleh hub provinsi; sampai lewat paket referensi.</translation>
    </message>
    <message>
        <source>An enrolment today starts its coverage on %1.</source>
        <translation>Pendaftaran hari ini mulai kepesertaannya pada %1.</translation>
    </message>
</context>
<context>
    <name>DukcapilSection</name>
    <message>
        <source>Dukcapil occupations (KTP/KK) and the programme&apos;s occupations</source>
        <translation>Pekerjaan Dukcapil (KTP/KK) dan pekerjaan program</translation>
    </message>
    <message>
        <source>Village lists copy the occupation on the KTP. Choose what each one means here; the offices receive the mapping in the next reference bundle.</source>
        <translation>Daftar desa menyalin pekerjaan di KTP. Pilih artinya masing-masing di sini; kantor menerima pemetaan ini di paket referensi berikutnya.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Dukcapil occupation</source>
        <translation>Pekerjaan Dukcapil</translation>
    </message>
    <message>
        <source>Means for the programme</source>
        <translation>Artinya bagi program</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A supervisor confirms (not a target group)</source>
        <translation>Dikonfirmasi supervisor (bukan sasaran)</translation>
    </message>
    <message>
        <source>Ask the current occupation</source>
        <translation>Tanyakan pekerjaan sekarang</translation>
    </message>
    <message>
        <source>Saved: %1 → %2</source>
        <translation>Tersimpan: %1 → %2</translation>
    </message>
</context>
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

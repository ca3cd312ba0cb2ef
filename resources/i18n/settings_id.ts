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
        <source>No aliases yet: they are kept when “Keep my choices as this office&apos;s aliases” is ticked while importing a village list.</source>
        <translation>Belum ada alias: alias disimpan bila “Simpan pilihan saya sebagai alias kantor” dicentang saat mengimpor daftar desa.</translation>
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
    <name>BackupsSection</name>
    <message>
        <source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <source>A daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Besides the backups made when an operator signs out and when the window closes.</source>
        <translation>Selain cadangan yang dibuat saat operator keluar akun dan saat jendela ditutup.</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Simpan yang terbaru</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>CardTextsSection</name>
    <message>
        <source>Printed on the card back and the receipt</source>
        <translation>Dicetak di balik kartu dan di tanda terima</translation>
    </message>
    <message>
        <source>e.g. Jl. Dr. Kayadoe No. 12, Benteng, Nusaniwe, Kota Ambon 97117</source>
        <translation>mis. Jl. Dr. Kayadoe No. 12, Benteng, Nusaniwe, Kota Ambon 97117</translation>
    </message>
    <message>
        <source>e.g. (0911) 352 123</source>
        <translation>mis. (0911) 352 123</translation>
    </message>
    <message>
        <source>&amp;Save the texts</source>
        <translation>&amp;Simpan teks</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Alamat kantor</translation>
    </message>
    <message>
        <source>Empty: the office name and its kabupaten/kota are printed.</source>
        <translation>Kosong: yang dicetak nama kantor dan kabupaten/kotanya.</translation>
    </message>
    <message>
        <source>Office telephone</source>
        <translation>Telepon kantor</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan contact</source>
        <translation>Kontak BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Provincial policy: the hub&apos;s value replaces this one with each reference bundle.</source>
        <translation>Kebijakan provinsi: nilai dari kantor provinsi menggantikan nilai ini pada setiap paket referensi.</translation>
    </message>
    <message>
        <source>Saved: the next cards and receipts print these texts.</source>
        <translation>Tersimpan: kartu dan tanda terima berikutnya mencetak teks ini.</translation>
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
    <name>GeneralSection</name>
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
<context>
    <name>OccupationModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no (kept for old records)</source>
        <translation>tidak (tetap untuk data lama)</translation>
    </message>
</context>
<context>
    <name>OccupationsSection</name>
    <message>
        <source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Add or change an occupation</source>
        <translation>Tambah atau ubah pekerjaan</translation>
    </message>
    <message>
        <source>e.g. NLY (capital letters, digits, _)</source>
        <translation>mis. NLY (huruf kapital, angka, _)</translation>
    </message>
    <message>
        <source>&amp;Save the occupation</source>
        <translation>&amp;Simpan pekerjaan</translation>
    </message>
    <message>
        <source>&amp;Take it off the list</source>
        <translation>&amp;Keluarkan dari daftar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>Saved: %1 is offered in the form.</source>
        <translation>Tersimpan: %1 ditawarkan di formulir.</translation>
    </message>
    <message>
        <source>Taken off the list; records that have it keep it.</source>
        <translation>Dikeluarkan dari daftar; data yang sudah memakainya tetap.</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <source>Back page offset of the A4 card sheets</source>
        <translation>Geseran halaman belakang lembar kartu A4</translation>
    </message>
    <message>
        <source>Any printer (default)</source>
        <translation>Semua printer (bawaan)</translation>
    </message>
    <message>
        <source>&amp;Save the offset</source>
        <translation>&amp;Simpan geseran</translation>
    </message>
    <message>
        <source>&amp;Alignment page…</source>
        <translation>Halaman &amp;uji perataan…</translation>
    </message>
    <message>
        <source>Two pages with the current offset: print them on both sides of one sheet, hold it against the light and read the shift</source>
        <translation>Dua halaman dengan geseran saat ini: cetak bolak-balik pada satu lembar, terawangkan ke cahaya dan baca pergeserannya</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Shift to the right (mm)</source>
        <translation>Geser ke kanan (mm)</translation>
    </message>
    <message>
        <source>Shift down (mm)</source>
        <translation>Geser ke bawah (mm)</translation>
    </message>
    <message>
        <source>As seen on the back page. Single CR80 cards need no offset.</source>
        <translation>Dilihat dari halaman belakang. Kartu tunggal CR80 tidak memerlukan geseran.</translation>
    </message>
    <message>
        <source>Saved: the next card sheets on this printer use this offset.</source>
        <translation>Tersimpan: lembar kartu berikutnya di printer ini memakai geseran ini.</translation>
    </message>
    <message>
        <source>Alignment page</source>
        <translation>Halaman uji perataan</translation>
    </message>
    <message>
        <source>Alignment page sent to the printer.</source>
        <translation>Halaman uji perataan dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the alignment page</source>
        <translation>Simpan halaman uji perataan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Alignment page saved: %1</source>
        <translation>Halaman uji perataan disimpan: %1</translation>
    </message>
</context>
<context>
    <name>ScreenLockSection</name>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Card printer</source>
        <translation>Printer kartu</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Card texts</source>
        <translation>Teks kartu</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Coverage start</source>
        <translation>Mulai kepesertaan</translation>
    </message>
    <message>
        <source>Village list aliases</source>
        <translation>Alias daftar desa</translation>
    </message>
    <message>
        <source>Dukcapil occupations</source>
        <translation>Pekerjaan Dukcapil</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bagian pengaturan</translation>
    </message>
</context>
<context>
    <name>WarningsSection</name>
    <message>
        <source>A clerk (petugas) may confirm</source>
        <translation>Petugas boleh mengonfirmasi</translation>
    </message>
    <message>
        <source>Supervisors and admins confirm every warning. Tick the warnings a clerk may confirm too; the others are saved as drafts for a supervisor.</source>
        <translation>Supervisor dan admin mengonfirmasi semua peringatan. Centang peringatan yang juga boleh dikonfirmasi petugas; yang lain disimpan sebagai draf untuk supervisor.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Back to the &amp;default</source>
        <translation>Kembali ke &amp;bawaan</translation>
    </message>
    <message>
        <source>Saved: the enrolment form follows at once.</source>
        <translation>Tersimpan: formulir pendaftaran langsung mengikuti.</translation>
    </message>
</context>
</TS>

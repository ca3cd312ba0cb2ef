<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DrillDownBar</name>
    <message>
        <source>Show every participant</source>
        <translation>Tampilkan semua peserta</translation>
    </message>
    <message>
        <source>Back to the whole register (the dashboard&apos;s filter is removed)</source>
        <translation>Kembali ke seluruh daftar (saringan dari dasbor dihapus)</translation>
    </message>
    <message>
        <source>Shown from the dashboard: %1</source>
        <translation>Ditampilkan dari dasbor: %1</translation>
    </message>
</context>
<context>
    <name>FilterDateField</name>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Pilih tanggal dari kalender</translation>
    </message>
    <message>
        <source>Not a date: type it as dd/mm/yyyy</source>
        <translation>Bukan tanggal: ketik sebagai hh/bb/tttt</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>Semua pekerjaan</translation>
    </message>
    <message>
        <source>Registered up to</source>
        <translation>Terdaftar sampai dengan</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Show every participant again</source>
        <translation>Tampilkan lagi semua peserta</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Pekerjaan:</translation>
    </message>
    <message>
        <source>Registered &amp;from:</source>
        <translation>Terdaftar &amp;dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>s.d.:</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Dipindahkan</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tgl Lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Klik untuk mengurutkan</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Terlindungi</translation>
    </message>
    <message>
        <source>%1 — on a list of people already covered elsewhere (BPJS, DTSEN…): check before sending to BPJS</source>
        <translation>%1 — ada pada daftar orang yang sudah terlindungi di tempat lain (BPJS, DTSEN…): periksa sebelum dikirim ke BPJS</translation>
    </message>
    <message>
        <source>Masked: use “Show NIK” to see it in full</source>
        <translation>Disamarkan: pakai “Tampilkan NIK” untuk melihat seluruhnya</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>NIK, name or registration number</source>
        <translation>NIK, nama, atau nomor pendaftaran</translation>
    </message>
    <message>
        <source>Type the start of a NIK or registration number, or part of a name</source>
        <translation>Ketik awal NIK atau nomor pendaftaran, atau sebagian nama</translation>
    </message>
    <message>
        <source>Show &amp;NIK</source>
        <translation>Tampilkan &amp;NIK</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>No participant matches the search and filters.</source>
        <translation>Tidak ada peserta yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the selected record.</source>
        <translation>Enter atau klik dua kali membuka data yang dipilih.</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Jumlah peserta: %1</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Daftar peserta tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Show the full NIK of the selected participant (personal data: recorded in the audit trail)</source>
        <translation>Tampilkan NIK lengkap peserta yang dipilih (data pribadi: dicatat dalam jejak audit)</translation>
    </message>
</context>
</TS>

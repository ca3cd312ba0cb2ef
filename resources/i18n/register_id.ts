<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>FilterDateField</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/date_field.py" line="44" />
        <source>Pick a date from the calendar</source>
        <translation>Pilih tanggal dari kalender</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/date_field.py" line="81" />
        <source>Not a date: type it as dd/mm/yyyy</source>
        <translation>Bukan tanggal: ketik sebagai hh/bb/tttt</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="88" />
        <source>&amp;Choose a village list…</source>
        <translation>&amp;Pilih daftar desa…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="89" />
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="292" />
        <source>No list chosen yet.</source>
        <translation>Belum ada daftar yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="104" />
        <source>Only rows with &amp;problems</source>
        <translation>Hanya baris &amp;bermasalah</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="111" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="115" />
        <source>Save the &amp;report…</source>
        <translation>Simpan &amp;laporan…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="116" />
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="346" />
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Impor baris yang valid</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="146" />
        <source>&amp;Funding source:</source>
        <translation>Sumber &amp;dana:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="149" />
        <source>Coverage &amp;starts:</source>
        <translation>&amp;Mulai kepesertaan:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="200" />
        <source>Choose a village list</source>
        <translation>Pilih daftar desa</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="201" />
        <source>Village lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Daftar desa (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="217" />
        <source>Checking the list…</source>
        <translation>Memeriksa daftar…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="223" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="230" />
        <source>Valid rows to add to the register as drafts: %1. Rejected, already registered and repeated rows are not imported.</source>
        <translation>Baris valid yang akan ditambahkan ke daftar peserta sebagai draf: %1. Baris yang ditolak, sudah terdaftar, atau ganda tidak diimpor.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="232" />
        <source>Import the valid rows?</source>
        <translation>Impor baris yang valid?</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="232" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="233" />
        <source>Do not import</source>
        <translation>Jangan impor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="240" />
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="247" />
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="248" />
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV untuk Excel (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="253" />
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="289" />
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="297" />
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="313" />
        <source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="323" />
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="324" />
        <source>Row %1: no errors or warnings.</source>
        <translation>Baris %1: tanpa kesalahan atau peringatan.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="345" />
        <source>&amp;Import the valid rows (%1)</source>
        <translation>&amp;Impor baris yang valid (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake_page.py" line="350" />
        <source>Choose the list of participants sent by a village (XLSX or CSV): every row is checked before anything is imported.</source>
        <translation>Pilih daftar peserta kiriman desa (XLSX atau CSV): setiap baris diperiksa sebelum ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>IntakePreviewModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="42" />
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="43" />
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="44" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="45" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="46" />
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="47" />
        <source>Errors and warnings</source>
        <translation>Kesalahan dan peringatan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="51" />
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="52" />
        <source>Valid, with warnings</source>
        <translation>Valid, ada peringatan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="53" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="54" />
        <source>Already registered</source>
        <translation>Sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="55" />
        <source>Repeated in file</source>
        <translation>Ganda dalam berkas</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="56" />
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/model.py" line="207" />
        <source>Imported as draft %1.</source>
        <translation>Diimpor sebagai draf %1.</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="34" />
        <source>%1 valid</source>
        <translation>%1 valid</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="35" />
        <source>%1 rejected</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="36" />
        <source>%1 already registered</source>
        <translation>%1 sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="38" />
        <source>%1 repeated in the file</source>
        <translation>%1 ganda dalam berkas</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="41" />
        <source>Rows in the list: %1</source>
        <translation>Baris dalam daftar: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="45" />
        <source>(valid with warnings: %1)</source>
        <translation>(valid dengan peringatan: %1)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="53" />
        <source>Columns not recognised, ignored: %1</source>
        <translation>Kolom tidak dikenali, diabaikan: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="59" />
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="65" />
        <source>Participants imported as drafts: %1 (%2).</source>
        <translation>Peserta diimpor sebagai draf: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="68" />
        <source>No row was imported.</source>
        <translation>Tidak ada baris yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/intake/texts.py" line="70" />
        <source>Not imported: %1 rejected, %2 already registered, %3 repeated in the file.</source>
        <translation>Tidak diimpor: %1 ditolak, %2 sudah terdaftar, %3 ganda dalam berkas.</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="27" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="28" />
        <source>All occupations</source>
        <translation>Semua pekerjaan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="33" />
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="34" />
        <source>Show every participant again</source>
        <translation>Tampilkan lagi semua peserta</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="54" />
        <source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="57" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="60" />
        <source>&amp;Occupation:</source>
        <translation>&amp;Pekerjaan:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="63" />
        <source>Registered &amp;from:</source>
        <translation>Terdaftar &amp;dari:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/filters.py" line="65" />
        <source>to:</source>
        <translation>s.d.:</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="10" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="11" />
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="12" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="13" />
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="17" />
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="18" />
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="22" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/labels.py" line="23" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="45" />
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="46" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="47" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="48" />
        <source>Date of birth</source>
        <translation>Tgl Lahir</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="49" />
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="50" />
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="51" />
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="53" />
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="54" />
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="191" />
        <source>Click to sort</source>
        <translation>Klik untuk mengurutkan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/model.py" line="245" />
        <source>Masked: use “Show NIK” to see it in full</source>
        <translation>Disamarkan: pakai “Tampilkan NIK” untuk melihat seluruhnya</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="62" />
        <source>NIK, name or registration number</source>
        <translation>NIK, nama, atau nomor pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="64" />
        <source>Type the start of a NIK or registration number, or part of a name</source>
        <translation>Ketik awal NIK atau nomor pendaftaran, atau sebagian nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="74" />
        <source>Show &amp;NIK</source>
        <translation>Tampilkan &amp;NIK</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="75" />
        <source>Show the full NIK instead of the masked one (personal data)</source>
        <translation>Tampilkan NIK lengkap, bukan yang disamarkan (data pribadi)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="96" />
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="153" />
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="162" />
        <source>No participant matches the search and filters.</source>
        <translation>Tidak ada peserta yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="163" />
        <source>Enter or double-click opens the selected record.</source>
        <translation>Enter atau klik dua kali membuka data yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="170" />
        <source>Participants: %1</source>
        <translation>Jumlah peserta: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/register/page.py" line="180" />
        <source>The register could not be read: %1</source>
        <translation>Daftar peserta tidak dapat dibaca: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>IntakePage</name>
    <message>
        <source>&amp;Choose a village list…</source>
        <translation>&amp;Pilih daftar desa…</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Belum ada daftar yang dipilih.</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Hanya baris &amp;bermasalah</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>Simpan &amp;laporan…</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Impor baris yang valid</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>Sumber &amp;dana:</translation>
    </message>
    <message>
        <source>Coverage &amp;starts:</source>
        <translation>&amp;Mulai kepesertaan:</translation>
    </message>
    <message>
        <source>Choose a village list</source>
        <translation>Pilih daftar desa</translation>
    </message>
    <message>
        <source>Village lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Daftar desa (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Memeriksa daftar…</translation>
    </message>
    <message>
        <source>Valid rows to add to the register as drafts: %1. Rejected, already registered and repeated rows are not imported.</source>
        <translation>Baris valid yang akan ditambahkan ke daftar peserta sebagai draf: %1. Baris yang ditolak, sudah terdaftar, atau ganda tidak diimpor.</translation>
    </message>
    <message>
        <source>Import the valid rows?</source>
        <translation>Impor baris yang valid?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Jangan impor</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV untuk Excel (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Row %1: no errors or warnings.</source>
        <translation>Baris %1: tanpa kesalahan atau peringatan.</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows (%1)</source>
        <translation>&amp;Impor baris yang valid (%1)</translation>
    </message>
    <message>
        <source>Choose the list of participants sent by a village (XLSX or CSV): every row is checked before anything is imported.</source>
        <translation>Pilih daftar peserta kiriman desa (XLSX atau CSV): setiap baris diperiksa sebelum ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>IntakePreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
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
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Kesalahan dan peringatan</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation>Valid, ada peringatan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Sudah terdaftar</translation>
    </message>
    <message>
        <source>Repeated in file</source>
        <translation>Ganda dalam berkas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Imported as draft %1.</source>
        <translation>Diimpor sebagai draf %1.</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>%1 valid</source>
        <translation>%1 valid</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <source>%1 already registered</source>
        <translation>%1 sudah terdaftar</translation>
    </message>
    <message>
        <source>%1 repeated in the file</source>
        <translation>%1 ganda dalam berkas</translation>
    </message>
    <message>
        <source>Rows in the list: %1</source>
        <translation>Baris dalam daftar: %1</translation>
    </message>
    <message>
        <source>(valid with warnings: %1)</source>
        <translation>(valid dengan peringatan: %1)</translation>
    </message>
    <message>
        <source>Columns not recognised, ignored: %1</source>
        <translation>Kolom tidak dikenali, diabaikan: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Participants imported as drafts: %1 (%2).</source>
        <translation>Peserta diimpor sebagai draf: %1 (%2).</translation>
    </message>
    <message>
        <source>No row was imported.</source>
        <translation>Tidak ada baris yang diimpor.</translation>
    </message>
    <message>
        <source>Not imported: %1 rejected, %2 already registered, %3 repeated in the file.</source>
        <translation>Tidak diimpor: %1 ditolak, %2 sudah terdaftar, %3 ganda dalam berkas.</translation>
    </message>
</context>
</TS>

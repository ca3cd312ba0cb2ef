<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>GroupsBox</name>
    <message>
        <source>&amp;Keep my choices as this office&apos;s aliases for the next lists</source>
        <translation>&amp;Simpan pilihan saya sebagai alias kantor untuk daftar berikutnya</translation>
    </message>
    <message>
        <source>Values to settle</source>
        <translation>Nilai yang perlu dipilih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Written in the list</source>
        <translation>Tertulis di daftar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Choose what it means</source>
        <translation>Pilih artinya</translation>
    </message>
    <message>
        <source>(no village in the list: the village of the whole file)</source>
        <translation>(daftar tanpa desa: desa untuk seluruh berkas)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Baris: %1</translation>
    </message>
    <message>
        <source>Values the list writes that nothing recognised (%1): choose once for every row that writes them. Without a choice those rows become drafts to complete.</source>
        <translation>Nilai di daftar yang tidak dikenali (%1): pilih sekali untuk semua baris yang menulisnya. Tanpa pilihan, baris itu menjadi draf yang perlu dilengkapi.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Another region…</source>
        <translation>Wilayah lain…</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Pilihan untuk %1</translation>
    </message>
</context>
<context>
    <name>IntakeGroups</name>
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
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>&amp;Choose a village list…</source>
        <translation>&amp;Pilih daftar desa…</translation>
    </message>
    <message>
        <source>List &amp;template…</source>
        <translation>&amp;Templat daftar…</translation>
    </message>
    <message>
        <source>An Excel list to fill in, with the columns read here, drop-down lists and a sheet explaining each column</source>
        <translation>Daftar Excel untuk diisi: kolom yang dibaca di sini, pilihan daftar, dan lembar penjelasan tiap kolom</translation>
    </message>
    <message>
        <source>For a list of one desa (an OpenSID export) or one kecamatan: rows that name no village or kecamatan get this one</source>
        <translation>Untuk daftar satu desa (ekspor OpenSID) atau satu kecamatan: baris tanpa desa atau kecamatan memakai wilayah ini</translation>
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
        <source>&amp;Import as drafts</source>
        <translation>&amp;Impor sebagai draf</translation>
    </message>
    <message>
        <source>Applying the choice…</source>
        <translation>Menerapkan pilihan…</translation>
    </message>
    <message>
        <source>Rows to add to the register as drafts: %1 (to complete in the form: %2). Rejected, already registered and repeated rows are not imported.</source>
        <translation>Baris yang ditambahkan ke daftar peserta sebagai draf: %1 (perlu dilengkapi di formulir: %2). Baris yang ditolak, sudah terdaftar dan ganda tidak diimpor.</translation>
    </message>
    <message>
        <source>Save the report (it holds full NIKs: keep it safe)</source>
        <translation>Simpan laporan (berisi NIK lengkap: simpan dengan aman)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Checking the list again…</source>
        <translation>Memeriksa daftar lagi…</translation>
    </message>
    <message>
        <source>&amp;Import as drafts (%1)</source>
        <translation>&amp;Impor sebagai draf (%1)</translation>
    </message>
    <message>
        <source>Choose the list of participants sent by a village (XLSX, XLS or CSV, an OpenSID export too): every row is checked before anything is imported.</source>
        <translation>Pilih daftar calon peserta kiriman desa (XLSX, XLS atau CSV, juga ekspor OpenSID): setiap baris diperiksa sebelum ada yang diimpor.</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>Sumber &amp;dana:</translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation>Baris daftar</translation>
    </message>
    <message>
        <source>Coverage &amp;starts:</source>
        <translation>&amp;Mulai kepesertaan:</translation>
    </message>
    <message>
        <source>One-place list:</source>
        <translation>Daftar satu wilayah:</translation>
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
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import the rows as drafts?</source>
        <translation>Impor baris sebagai draf?</translation>
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
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Save the list template</source>
        <translation>Simpan templat daftar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Menulis templat…</translation>
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
        <source>Template saved: %1</source>
        <translation>Templat disimpan: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Row %1: no errors or warnings.</source>
        <translation>Baris %1: tanpa kesalahan atau peringatan.</translation>
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
        <source>Draft to complete</source>
        <translation>Draf perlu dilengkapi</translation>
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
        <source>%1 drafts to complete</source>
        <translation>%1 draf perlu dilengkapi</translation>
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
        <source>Columns read: NIK and Nama (required), No KK, place and date of birth, sex (L/P, 1/2, Laki-laki/Perempuan), address, dusun, RT/RW, desa/negeri/ohoi, kecamatan, kabupaten/kota, occupation (a name or a Dukcapil code), phone, mother&apos;s name, heir and relationship, status (a person marked dead or moved is refused). Religion and marital status are not stored; any other column is ignored.</source>
        <translation>Kolom yang dibaca: NIK dan Nama (wajib), No KK, tempat dan tanggal lahir, jenis kelamin (L/P, 1/2, Laki-laki/Perempuan), alamat, dusun, RT/RW, desa/negeri/ohoi, kecamatan, kabupaten/kota, pekerjaan (nama atau kode Dukcapil), No HP, nama ibu kandung, ahli waris dan hubungannya, status (orang yang ditandai meninggal atau pindah ditolak). Agama dan status perkawinan tidak disimpan; kolom lain diabaikan.</translation>
    </message>
    <message>
        <source>Read: %1.</source>
        <translation>Dibaca: %1.</translation>
    </message>
    <message>
        <source>Ignored: %1.</source>
        <translation>Diabaikan: %1.</translation>
    </message>
    <message>
        <source>Not stored (personal data protection): %1.</source>
        <translation>Tidak disimpan (pelindungan data pribadi): %1.</translation>
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
        <source>%1 of them carry what is left to complete: finish them in the form.</source>
        <translation>%1 di antaranya membawa hal yang perlu dilengkapi: selesaikan di formulir.</translation>
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
<context>
    <name>RegionChoiceDialog</name>
    <message>
        <source>Choose the region</source>
        <translation>Pilih wilayah</translation>
    </message>
    <message>
        <source>The list writes “%1”. Choose the region it means:</source>
        <translation>Daftar menulis “%1”. Pilih wilayah yang dimaksud:</translation>
    </message>
    <message>
        <source>Use this region</source>
        <translation>Pakai wilayah ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>

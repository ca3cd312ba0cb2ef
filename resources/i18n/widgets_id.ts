<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BusyRow</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>The data typed into this form have not been saved. Discard them?</source>
        <translation>Data yang diketik di formulir ini belum disimpan. Buang data tersebut?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut Mengisi</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyBox</name>
    <message>
        <source>&lt;b&gt;Recovery key — shown only this once.&lt;/b&gt; Print it or write it down and keep it at the provincial office. It opens this office&apos;s data when every password is lost.</source>
        <translation>&lt;b&gt;Kunci pemulihan — hanya ditampilkan sekali ini.&lt;/b&gt; Cetak atau catat, lalu simpan di kantor provinsi. Kunci ini membuka data kantor ini bila semua kata sandi hilang.</translation>
    </message>
    <message>
        <source>&amp;Print the key sheet…</source>
        <translation>&amp;Cetak lembar kunci…</translation>
    </message>
    <message>
        <source>&amp;Save the key sheet as PDF…</source>
        <translation>&amp;Simpan lembar kunci sebagai PDF…</translation>
    </message>
    <message>
        <source>A PDF of the key opens this office&apos;s data: save it on a USB stick that is kept at the provincial office, never on this laptop.</source>
        <translation>PDF kunci ini membuka data kantor ini: simpan di flashdisk yang disimpan di kantor provinsi, jangan pernah di laptop ini.</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Saya sudah mencatat atau mencetak kunci pemulihan</translation>
    </message>
    <message>
        <source>Printing from this window needs a PDF renderer: save the sheet as PDF and print it from a PDF reader.</source>
        <translation>Mencetak dari jendela ini memerlukan penampil PDF: simpan lembarnya sebagai PDF lalu cetak dari aplikasi pembaca PDF.</translation>
    </message>
    <message>
        <source>Save the recovery key sheet</source>
        <translation>Simpan lembar kunci pemulihan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Key sheet saved: %1</source>
        <translation>Lembar kunci disimpan: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Key sheet sent to the printer.</source>
        <translation>Lembar kunci dikirim ke printer.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Name or code</source>
        <translation>Nama atau kode</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Purge personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>Purge the records the hub acknowledged more than this many months ago:</source>
        <translation>Hapus data pribadi rekaman yang diterima kantor provinsi lebih dari sekian bulan lalu:</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Ekspor data orang ini</translation>
    </message>
    <message>
        <source>The data of %1 were written to %2 (%3 pages).</source>
        <translation>Data %1 ditulis ke %2 (%3 halaman).</translation>
    </message>
    <message>
        <source>Export this person&apos;s data (PDF)…</source>
        <translation>Ekspor data orang ini (PDF)…</translation>
    </message>
    <message>
        <source>Everything held about this person, for an access request</source>
        <translation>Semua data yang disimpan tentang orang ini, untuk permintaan akses</translation>
    </message>
    <message>
        <source>Persons in the bundle</source>
        <translation>Daftar orang dalam paket</translation>
    </message>
    <message>
        <source>%1 persons in bundle number %2, written to %3.</source>
        <translation>%1 orang dalam paket nomor %2, ditulis ke %3.</translation>
    </message>
    <message>
        <source>Membership was not recorded for bundles before version 0.2: use the hub&apos;s acknowledgement. Written to %1.</source>
        <translation>Keanggotaan tidak dicatat untuk paket sebelum versi 0.2: gunakan ack dari kantor provinsi. Ditulis ke %1.</translation>
    </message>
    <message>
        <source>Persons in the bundle…</source>
        <translation>Daftar orang dalam paket…</translation>
    </message>
    <message>
        <source>Whose data the selected bundle carried: for the notice within 3 × 24 hours if the bundle is lost</source>
        <translation>Data siapa saja yang dimuat paket terpilih: untuk pemberitahuan dalam 3 × 24 jam bila paket hilang</translation>
    </message>
    <message>
        <source>No record was acknowledged by the hub before %1: nothing to purge.</source>
        <translation>Tidak ada rekaman yang diterima kantor provinsi sebelum %1: tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>%1 records were acknowledged by the hub before %2. Remove their personal data (name, NIK, address, phone, heirs…)? Statistics and billing data stay. This cannot be undone; the hub keeps its copy.</source>
        <translation>%1 rekaman diterima kantor provinsi sebelum %2. Hapus data pribadinya (nama, NIK, alamat, telepon, ahli waris…)? Data statistik dan penagihan tetap ada. Tindakan ini tidak dapat dibatalkan; kantor provinsi tetap menyimpan salinannya.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Personal data of %1 records purged.</source>
        <translation>Data pribadi %1 rekaman telah dihapus.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Personal data of records the hub acknowledged long ago can be removed here; the records stay for statistics and billing. The retention period is a policy choice of the provincial office.</source>
        <translation>Data pribadi rekaman yang sudah lama diterima kantor provinsi dapat dihapus di sini; rekamannya tetap ada untuk statistik dan penagihan. Masa simpan adalah keputusan kebijakan kantor provinsi.</translation>
    </message>
    <message>
        <source>Purge personal data past retention…</source>
        <translation>Hapus data pribadi lewat masa simpan…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BundleHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>BundlePreviewBox</name>
    <message>
        <source>Opened bundle</source>
        <translation>Paket yang dibuka</translation>
    </message>
    <message>
        <source>&amp;Import this bundle</source>
        <translation>&amp;Impor paket ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Memeriksa paket…</translation>
    </message>
    <message>
        <source>This bundle was already imported: importing it again changes nothing.</source>
        <translation>Paket ini sudah pernah diimpor: mengimpornya lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Bundle numbers not received yet from this office: %1. It can be imported; ask the office to export again.</source>
        <translation>Nomor paket dari kantor ini yang belum diterima: %1. Paket ini tetap bisa diimpor; minta kantor itu mengekspor ulang.</translation>
    </message>
    <message>
        <source>Signature and addressee checked: ready to import.</source>
        <translation>Tanda tangan dan alamat tujuan sudah diperiksa: siap diimpor.</translation>
    </message>
    <message>
        <source>%1 from %2 (%3) for %4</source>
        <translation>%1 dari %2 (%3) untuk %4</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>dibuat %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>No USB drive: plug one in or choose a folder</source>
        <translation>Tidak ada flashdisk: colokkan atau pilih folder</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Cari lagi</translation>
    </message>
    <message>
        <source>Look again for USB drives plugged in</source>
        <translation>Cari lagi flashdisk yang tercolok</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Pilih tempat menulis paket</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a sync bundle (.pekerja) here, or click to choose it</source>
        <translation>Tarik paket sinkronisasi (.pekerja) ke sini, atau klik untuk memilihnya</translation>
    </message>
    <message>
        <source>Choose a sync bundle</source>
        <translation>Pilih paket sinkronisasi</translation>
    </message>
    <message>
        <source>Sync bundles (*.pekerja *.zip);;All files (*)</source>
        <translation>Paket sinkronisasi (*.pekerja *.zip);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <source>Send reference data to the offices</source>
        <translation>Kirim data referensi ke kantor</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Kirim ke kantor provinsi</translation>
    </message>
    <message>
        <source>&amp;Export reference bundles</source>
        <translation>&amp;Ekspor paket referensi</translation>
    </message>
    <message>
        <source>&amp;Export to the hub</source>
        <translation>&amp;Ekspor ke kantor provinsi</translation>
    </message>
    <message>
        <source>One bundle per registered office, with the hub&apos;s verdicts and KPJ numbers.</source>
        <translation>Satu paket untuk setiap kantor terdaftar, berisi keputusan kantor provinsi dan nomor KPJ.</translation>
    </message>
    <message>
        <source>Every finished record the hub has not confirmed yet goes into the bundle.</source>
        <translation>Semua rekaman selesai yang belum dikonfirmasi kantor provinsi masuk ke dalam paket.</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Tulis ke:</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Receive office bundles</source>
        <translation>Terima paket dari kantor</translation>
    </message>
    <message>
        <source>Receive from the hub</source>
        <translation>Terima dari kantor provinsi</translation>
    </message>
    <message>
        <source>Drop an office&apos;s data bundle (.pekerja) here, or click to choose it.
The acknowledgement for the office is written beside it.</source>
        <translation>Tarik paket data kantor (.pekerja) ke sini, atau klik untuk memilihnya.
Tanda terima untuk kantor itu ditulis di sebelahnya.</translation>
    </message>
    <message>
        <source>Drop the bundle from the hub (.pekerja) here,
or click to choose it.</source>
        <translation>Tarik paket dari kantor provinsi (.pekerja) ke sini,
atau klik untuk memilihnya.</translation>
    </message>
</context>
<context>
    <name>ListTabs</name>
    <message>
        <source>&amp;Open for correction</source>
        <translation>&amp;Buka untuk diperbaiki</translation>
    </message>
    <message>
        <source>The hub sent these records back. Open each one, correct it and save it: the next export sends the new version.</source>
        <translation>Kantor provinsi mengembalikan rekaman berikut. Buka satu per satu, perbaiki, lalu simpan: ekspor berikutnya mengirim versi barunya.</translation>
    </message>
    <message>
        <source>Registered offices (%1)</source>
        <translation>Kantor terdaftar (%1)</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>Riwayat paket</translation>
    </message>
    <message>
        <source>Not yet confirmed (%1)</source>
        <translation>Belum dikonfirmasi (%1)</translation>
    </message>
    <message>
        <source>Rejected by the hub (%1)</source>
        <translation>Ditolak kantor provinsi (%1)</translation>
    </message>
</context>
<context>
    <name>PendingRecordsModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
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
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
</context>
<context>
    <name>RegisteredOfficesModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Paket terakhir diterima</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>Sejak itu</translation>
    </message>
    <message>
        <source>Last no.</source>
        <translation>No. terakhir</translation>
    </message>
</context>
<context>
    <name>RejectedRecordsModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
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
        <source>Why the hub rejected it</source>
        <translation>Alasan ditolak kantor provinsi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Berkas kunci (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save the hub key file</source>
        <translation>Simpan berkas kunci kantor provinsi</translation>
    </message>
    <message>
        <source>Save the office key file</source>
        <translation>Simpan berkas kunci kantor</translation>
    </message>
    <message>
        <source>each office</source>
        <translation>setiap kantor</translation>
    </message>
    <message>
        <source>the hub</source>
        <translation>kantor provinsi</translation>
    </message>
    <message>
        <source>The key file was written to:
%1

Give it to %2 (on a USB drive or by e-mail). When they load it, read this fingerprint out to them by phone:</source>
        <translation>Berkas kunci ditulis ke:
%1

Serahkan kepada %2 (lewat flashdisk atau e-mail). Saat mereka memuatnya, bacakan sidik jari ini lewat telepon:</translation>
    </message>
    <message>
        <source>Register office %1?</source>
        <translation>Daftarkan kantor %1?</translation>
    </message>
    <message>
        <source>Fingerprints match: register</source>
        <translation>Sidik jari sama: daftarkan</translation>
    </message>
    <message>
        <source>Trust hub %1?</source>
        <translation>Percayai kantor provinsi %1?</translation>
    </message>
    <message>
        <source>Fingerprints match: trust</source>
        <translation>Sidik jari sama: percayai</translation>
    </message>
    <message>
        <source>%1 – %2

Phone them and ask them to read out the fingerprint shown when they saved this file. Accept only if it is exactly the same as:</source>
        <translation>%1 – %2

Telepon mereka dan minta dibacakan sidik jari yang muncul saat berkas ini disimpan. Terima hanya bila persis sama dengan:</translation>
    </message>
    <message>
        <source>This office already trusts hub %1. Trust hub %2 instead? Bundles from %1 will then be refused.</source>
        <translation>Kantor ini sudah mempercayai kantor provinsi %1. Percayai kantor provinsi %2 sebagai gantinya? Paket dari %1 selanjutnya akan ditolak.</translation>
    </message>
    <message>
        <source>Office %1 is already known here with another key (fingerprint %2). The new key has fingerprint %3. Replace it only if the office confirmed the new key by phone (a new laptop, a reinstall).</source>
        <translation>Kantor %1 sudah dikenal di sini dengan kunci lain (sidik jari %2). Kunci baru bersidik jari %3. Ganti hanya bila kantor itu sudah memastikan kunci barunya lewat telepon (laptop baru, instal ulang).</translation>
    </message>
    <message>
        <source>Choose the office&apos;s key file</source>
        <translation>Pilih berkas kunci kantor</translation>
    </message>
    <message>
        <source>Choose the hub&apos;s key file</source>
        <translation>Pilih berkas kunci kantor provinsi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>Ganti kunci?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Pertahankan yang lama</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Outgoing</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enrolment data</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Data referensi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Confirmed by the hub</source>
        <translation>Dikonfirmasi kantor provinsi</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 rekaman</translation>
    </message>
    <message>
        <source>%1 print batches</source>
        <translation>%1 catatan cetak</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 baru</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 diperbarui</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sama</translation>
    </message>
    <message>
        <source>%1 older</source>
        <translation>%1 lebih lama</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 konflik</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 diterima</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 ganda</translation>
    </message>
    <message>
        <source>%1 new KPJ numbers</source>
        <translation>%1 nomor KPJ baru</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 dipulihkan</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1 rekaman</translation>
    </message>
    <message>
        <source>%1 print batch</source>
        <translation>%1 catatan cetak</translation>
    </message>
    <message>
        <source>%1 conflict</source>
        <translation>%1 konflik</translation>
    </message>
    <message>
        <source>%1 duplicate</source>
        <translation>%1 ganda</translation>
    </message>
    <message>
        <source>%1 new KPJ number</source>
        <translation>%1 nomor KPJ baru</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <source>numbers not received: %1</source>
        <translation>nomor yang belum diterima: %1</translation>
    </message>
    <message>
        <source>Confirmed on %1</source>
        <translation>Dikonfirmasi pada %1</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>%1 not recovered (failing the rules)</source>
        <translation>%1 tidak dipulihkan (tidak memenuhi aturan)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>%1 is no longer there: plug the drive in again or choose another folder.</source>
        <translation>%1 tidak ada lagi: colokkan kembali flashdisk atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Writing the reference bundles…</source>
        <translation>Menulis paket referensi…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Menulis paket…</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Dibatalkan: tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Another task is running: open the bundle again when it is done.</source>
        <translation>Pekerjaan lain sedang berjalan: buka paketnya lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>The sync history could not be read: %1</source>
        <translation>Riwayat sinkronisasi tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Registered offices: %1</source>
        <translation>Kantor terdaftar: %1</translation>
    </message>
    <message>
        <source>no bundle for more than %1 days: %2</source>
        <translation>tanpa paket lebih dari %1 hari: %2</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Ekspor terakhir: %1</translation>
    </message>
    <message>
        <source>Not yet exported: %1</source>
        <translation>Belum diekspor: %1</translation>
    </message>
    <message>
        <source>Not yet confirmed by the hub: %1</source>
        <translation>Belum dikonfirmasi kantor provinsi: %1</translation>
    </message>
    <message>
        <source>Rejected by the hub: %1</source>
        <translation>Ditolak kantor provinsi: %1</translation>
    </message>
    <message>
        <source>It has been %1 days since the last export (limit: %2 days). Export to the hub today.</source>
        <translation>Sudah %1 hari sejak ekspor terakhir (batas: %2 hari). Ekspor ke kantor provinsi hari ini.</translation>
    </message>
    <message>
        <source>Finished records the hub has not confirmed yet. They go into every export until the hub&apos;s acknowledgement comes back.</source>
        <translation>Rekaman selesai yang belum dikonfirmasi kantor provinsi. Rekaman ini ikut di setiap ekspor sampai tanda terima dari kantor provinsi kembali.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Yang tampil: %1 pertama dari %2.</translation>
    </message>
    <message>
        <source>Each office&apos;s last bundle; in red when none came for more than %1 days.</source>
        <translation>Paket terakhir dari setiap kantor; merah bila lebih dari %1 hari tidak ada paket.</translation>
    </message>
    <message>
        <source>Each office sends its key file once: register it after comparing the fingerprint by phone.</source>
        <translation>Setiap kantor mengirim berkas kuncinya sekali: daftarkan setelah sidik jarinya dicocokkan lewat telepon.</translation>
    </message>
    <message>
        <source>Trusted hub: %1 – %2 (fingerprint %3)</source>
        <translation>Kantor provinsi tepercaya: %1 – %2 (sidik jari %3)</translation>
    </message>
    <message>
        <source>No hub trusted yet: load the hub&apos;s key file with “Trust the hub” before the first export.</source>
        <translation>Belum ada kantor provinsi tepercaya: muat berkas kunci kantor provinsi dengan “Percayai kantor provinsi” sebelum ekspor pertama.</translation>
    </message>
    <message>
        <source>Register an office first.</source>
        <translation>Daftarkan kantor terlebih dahulu.</translation>
    </message>
    <message>
        <source>Trust the hub first.</source>
        <translation>Percayai kantor provinsi terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>SyncResults</name>
    <message>
        <source>Reference bundles written to %1 for: %2. Each was read back and checked.</source>
        <translation>Paket referensi ditulis ke %1 untuk: %2. Setiap paket sudah dibaca ulang dan diperiksa.</translation>
    </message>
    <message>
        <source>Bundle no. %1 for the hub written: %2 records, read back and checked.
%3</source>
        <translation>Paket no. %1 untuk kantor provinsi ditulis: %2 rekaman, sudah dibaca ulang dan diperiksa.
%3</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2 was already imported: nothing changed.</source>
        <translation>Paket no. %1 dari %2 sudah pernah diimpor: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from office %2 imported: %3.</source>
        <translation>Paket no. %1 dari kantor %2 diimpor: %3.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from the hub imported: %2.</source>
        <translation>Paket no. %1 dari kantor provinsi diimpor: %2.</translation>
    </message>
    <message>
        <source>Open each rejected record to correct it.</source>
        <translation>Buka setiap rekaman yang ditolak untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>Bundle numbers not received yet: %1. Ask the office to export again.</source>
        <translation>Nomor paket yang belum diterima: %1. Minta kantor itu mengekspor ulang.</translation>
    </message>
    <message>
        <source>Acknowledgement for the office (take it back to them): %1</source>
        <translation>Tanda terima untuk kantor (bawa kembali ke kantor itu): %1</translation>
    </message>
    <message>
        <source>Records failing the rules were not stored: the acknowledgement returns each to the office with its reasons.</source>
        <translation>Rekaman yang tidak memenuhi aturan tidak disimpan: tanda terima mengembalikan masing-masing ke kantor beserta alasannya.</translation>
    </message>
</context>
<context>
    <name>TrustBox</name>
    <message>
        <source>Keys (set up once, fingerprints compared by phone)</source>
        <translation>Kunci (disiapkan sekali, sidik jari dicocokkan lewat telepon)</translation>
    </message>
    <message>
        <source>Save the &amp;hub key file…</source>
        <translation>Simpan berkas kunci kantor &amp;provinsi…</translation>
    </message>
    <message>
        <source>Save the office &amp;key file…</source>
        <translation>Simpan berkas &amp;kunci kantor…</translation>
    </message>
    <message>
        <source>&amp;Register an office…</source>
        <translation>&amp;Daftarkan kantor…</translation>
    </message>
    <message>
        <source>&amp;Trust the hub…</source>
        <translation>&amp;Percayai kantor provinsi…</translation>
    </message>
    <message>
        <source>This office&apos;s fingerprint:</source>
        <translation>Sidik jari kantor ini:</translation>
    </message>
</context>
</TS>

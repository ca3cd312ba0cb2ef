<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="129"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Tata letak:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="131"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="132"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="133"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="134"/>
        <source>Request a &amp;reprint…</source>
        <translation>Minta cetak &amp;ulang…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="135"/>
        <source>Re&amp;ceipt (Tanda Terima)…</source>
        <translation>Tanda te&amp;rima…</translation>
    </message>
</context>
<context>
    <name>BundleHistoryModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="124"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="125"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="126"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="127"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="128"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="129"/>
        <source>Records</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="131"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/busy.py" line="35"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/busy.py" line="80"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>CardLayouts</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="24"/>
        <source>A4 sheet: 10 cards, printed on both sides</source>
        <translation>Lembar A4: 10 kartu, dicetak bolak-balik</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="25"/>
        <source>Card printer: one card per page (CR80)</source>
        <translation>Printer kartu: satu kartu per halaman (CR80)</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/printing.py" line="43"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/printing.py" line="57"/>
        <source>The printer could not be opened.</source>
        <translation>Printer tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/printing.py" line="59"/>
        <source>The printer refused a new page.</source>
        <translation>Printer menolak halaman berikutnya.</translation>
    </message>
</context>
<context>
    <name>CardQueueModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="44"/>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="45"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="46"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="47"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="48"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="49"/>
        <source>Reprint asked by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="53"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="54"/>
        <source>Data changed</source>
        <translation>Data berubah</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="55"/>
        <source>KPJ number arrived</source>
        <translation>Nomor KPJ terbit</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="56"/>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="59"/>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="60"/>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/model.py" line="136"/>
        <source>Version of the last card printed (–: never)</source>
        <translation>Versi kartu terakhir yang dicetak (–: belum pernah)</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="115"/>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="122"/>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="195"/>
        <source>Save the cards as PDF</source>
        <translation>Simpan kartu sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="123"/>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="196"/>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="204"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="129"/>
        <source>Writing %1 cards…</source>
        <translation>Menulis %1 kartu…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="135"/>
        <source>Membership cards</source>
        <translation>Kartu peserta</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="141"/>
        <source>Preparing %1 cards for the printer…</source>
        <translation>Menyiapkan %1 kartu untuk printer…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="154"/>
        <source>Reprint of %1 (%2) added to the queue.</source>
        <translation>Cetak ulang %1 (%2) masuk antrean.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="186"/>
        <source>Sending to the printer…</source>
        <translation>Mengirim ke printer…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="193"/>
        <source>These cards are recorded as printed. Save their PDF now to print it later from a PDF reader (at actual size).</source>
        <translation>Kartu-kartu ini sudah dicatat sebagai tercetak. Simpan PDF-nya sekarang untuk dicetak nanti dari aplikasi pembaca PDF (ukuran sebenarnya).</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="203"/>
        <source>Save the receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="211"/>
        <source>Receipt of %1 saved: %2</source>
        <translation>Tanda terima %1 disimpan: %2</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="213"/>
        <source>Writing the receipt…</source>
        <translation>Menulis tanda terima…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="218"/>
        <source>Registration receipt</source>
        <translation>Tanda terima pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="224"/>
        <source>Receipt of %1 sent to the printer.</source>
        <translation>Tanda terima %1 dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="226"/>
        <source>Printing the receipt…</source>
        <translation>Mencetak tanda terima…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="234"/>
        <source>Cancelled: no PDF was written and nothing was recorded.</source>
        <translation>Dibatalkan: tidak ada PDF yang ditulis dan tidak ada yang dicatat.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="237"/>
        <source>Preview: cards are marked PRATINJAU and nothing is recorded.</source>
        <translation>Pratinjau: kartu diberi tanda PRATINJAU dan tidak ada yang dicatat.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="239"/>
        <source>Showing the first %1 of %2 cards.</source>
        <translation>Yang tampil: %1 kartu pertama dari %2.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="244"/>
        <source>%1 cards saved to %2 (%3 pages) and recorded as printed.</source>
        <translation>%1 kartu disimpan ke %2 (%3 halaman) dan dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="249"/>
        <source>%1 cards sent to the printer (%2 pages) and recorded as printed.</source>
        <translation>%1 kartu dikirim ke printer (%2 halaman) dan dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="261"/>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="271"/>
        <source>Queue: %1 cards · selected: %2</source>
        <translation>Antrean: %1 kartu · dipilih: %2</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="277"/>
        <source>The preview and printing from this window need a PDF renderer (Qt PDF, pypdfium2 or poppler's pdftoppm), and none is installed. Save the PDF and print it from a PDF reader at actual size (not “fit to page”).</source>
        <translation>Pratinjau dan pencetakan dari jendela ini memerlukan komponen penampil PDF (Qt PDF, pypdfium2 atau pdftoppm dari poppler), dan belum ada yang terpasang. Simpan PDF-nya lalu cetak dari aplikasi pembaca PDF dengan ukuran sebenarnya (bukan “sesuaikan dengan halaman”).</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="285"/>
        <source>Press Preview to see the pages of the selected cards.</source>
        <translation>Tekan Pratinjau untuk melihat halaman kartu yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/page.py" line="287"/>
        <source>Select the cards to print in the queue.</source>
        <translation>Pilih kartu yang akan dicetak di antrean.</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="87"/>
        <source>No USB drive: plug one in or choose a folder</source>
        <translation>Tidak ada flashdisk: colokkan atau pilih folder</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="89"/>
        <source>Rescan</source>
        <translation>Cari lagi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="90"/>
        <source>Look again for USB drives plugged in</source>
        <translation>Cari lagi flashdisk yang tercolok</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="92"/>
        <source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="113"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="127"/>
        <source>Choose where to write the bundle</source>
        <translation>Pilih tempat menulis paket</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/drop_zone.py" line="43"/>
        <source>Drop a sync bundle (.zip) here, or click to choose it</source>
        <translation>Tarik paket sinkronisasi (.zip) ke sini, atau klik untuk memilihnya</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/drop_zone.py" line="49"/>
        <source>Choose a sync bundle</source>
        <translation>Pilih paket sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/drop_zone.py" line="50"/>
        <source>Sync bundles (*.zip);;All files (*)</source>
        <translation>Paket sinkronisasi (*.zip);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="80"/>
        <source>Send reference data to the offices</source>
        <translation>Kirim data referensi ke kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="80"/>
        <source>Send to the hub</source>
        <translation>Kirim ke hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="83"/>
        <source>&amp;Export reference bundles</source>
        <translation>&amp;Ekspor paket referensi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="83"/>
        <source>&amp;Export to the hub</source>
        <translation>&amp;Ekspor ke hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="86"/>
        <source>One bundle per registered office, with the hub's verdicts and KPJ numbers.</source>
        <translation>Satu paket untuk setiap kantor terdaftar, berisi keputusan hub dan nomor KPJ.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="87"/>
        <source>Every finished record the hub has not confirmed yet goes into the bundle.</source>
        <translation>Semua rekaman selesai yang belum dikonfirmasi hub masuk ke dalam paket.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="92"/>
        <source>Write to:</source>
        <translation>Tulis ke:</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="100"/>
        <source>Receive office bundles</source>
        <translation>Terima paket dari kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="100"/>
        <source>Receive from the hub</source>
        <translation>Terima dari hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="101"/>
        <source>Drop an office's data bundle (.zip) here, or click to choose it.
The acknowledgement for the office is written beside it.</source>
        <translation>Tarik paket data kantor (.zip) ke sini, atau klik untuk memilihnya.
Tanda terima untuk kantor itu ditulis di sebelahnya.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="103"/>
        <source>Drop the bundle from the hub (.zip) here,
or click to choose it.</source>
        <translation>Tarik paket dari hub (.zip) ke sini,
atau klik untuk memilihnya.</translation>
    </message>
</context>
<context>
    <name>ListTabs</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="155"/>
        <source>&amp;Open for correction</source>
        <translation>&amp;Buka untuk diperbaiki</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="208"/>
        <source>The hub sent these records back. Open each one, correct it and save it: the next export sends the new version.</source>
        <translation>Hub mengembalikan rekaman berikut. Buka satu per satu, perbaiki, lalu simpan: ekspor berikutnya mengirim versi barunya.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="214"/>
        <source>Registered offices (%1)</source>
        <translation>Kantor terdaftar (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="215"/>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="217"/>
        <source>Bundle history</source>
        <translation>Riwayat paket</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="218"/>
        <source>Not yet confirmed (%1)</source>
        <translation>Belum dikonfirmasi (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="219"/>
        <source>Rejected by the hub (%1)</source>
        <translation>Ditolak hub (%1)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="67"/>
        <source>Registration number, NIK or name</source>
        <translation>Nomor pendaftaran, NIK atau nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="73"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="80"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Peserta:</translation>
    </message>
</context>
<context>
    <name>PendingRecordsModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="196"/>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="197"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="198"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="199"/>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="38"/>
        <source>All reasons</source>
        <translation>Semua alasan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="42"/>
        <source>&amp;Why:</source>
        <translation>&amp;Alasan:</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="90"/>
        <source>Select &amp;all</source>
        <translation>Pilih se&amp;mua</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/panels.py" line="91"/>
        <source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="161"/>
        <source>Registration receipt (Tanda Terima)</source>
        <translation>Tanda terima pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="163"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="164"/>
        <source>A5 (half a sheet)</source>
        <translation>A5 (setengah lembar)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="165"/>
        <source>Print the full &amp;NIK (otherwise masked)</source>
        <translation>Cetak &amp;NIK lengkap (biasanya disamarkan)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="166"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="168"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="169"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
</context>
<context>
    <name>RegisteredOfficesModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="270"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="271"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="272"/>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="273"/>
        <source>Last bundle received</source>
        <translation>Paket terakhir diterima</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="274"/>
        <source>Since then</source>
        <translation>Sejak itu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="275"/>
        <source>Last no.</source>
        <translation>No. terakhir</translation>
    </message>
</context>
<context>
    <name>RejectedRecordsModel</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="228"/>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="229"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="230"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="231"/>
        <source>Why the hub rejected it</source>
        <translation>Alasan ditolak hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="232"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="133"/>
        <source>Request a card reprint</source>
        <translation>Minta cetak ulang kartu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="134"/>
        <source>&amp;Lost</source>
        <translation>&amp;Hilang</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="135"/>
        <source>&amp;Damaged</source>
        <translation>&amp;Rusak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="143"/>
        <source>Why:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/cards/dialogs.py" line="144"/>
        <source>&amp;Queue the reprint</source>
        <translation>&amp;Masukkan ke antrean</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="35"/>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Berkas kunci (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="41"/>
        <source>Save the hub key file</source>
        <translation>Simpan berkas kunci hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="41"/>
        <source>Save the office key file</source>
        <translation>Simpan berkas kunci kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="56"/>
        <source>each office</source>
        <translation>setiap kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="56"/>
        <source>the hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="57"/>
        <source>The key file was written to:
%1

Give it to %2 (on a USB drive or by e-mail). When they load it, read this fingerprint out to them by phone:</source>
        <translation>Berkas kunci ditulis ke:
%1

Serahkan kepada %2 (lewat flashdisk atau e-mail). Saat mereka memuatnya, bacakan sidik jari ini lewat telepon:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="67"/>
        <source>Register office %1?</source>
        <translation>Daftarkan kantor %1?</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="68"/>
        <source>Fingerprints match: register</source>
        <translation>Sidik jari sama: daftarkan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="70"/>
        <source>Trust hub %1?</source>
        <translation>Percayai hub %1?</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="71"/>
        <source>Fingerprints match: trust</source>
        <translation>Sidik jari sama: percayai</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="72"/>
        <source>%1 – %2

Phone them and ask them to read out the fingerprint shown when they saved this file. Accept only if it is exactly the same as:</source>
        <translation>%1 – %2

Telepon mereka dan minta dibacakan sidik jari yang muncul saat berkas ini disimpan. Terima hanya bila persis sama dengan:</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="80"/>
        <source>This office already trusts hub %1. Trust hub %2 instead? Bundles from %1 will then be refused.</source>
        <translation>Kantor ini sudah mempercayai hub %1. Percayai hub %2 sebagai gantinya? Paket dari %1 selanjutnya akan ditolak.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="83"/>
        <source>Office %1 is already known here with another key (fingerprint %2). The new key has fingerprint %3. Replace it only if the office confirmed the new key by phone (a new laptop, a reinstall).</source>
        <translation>Kantor %1 sudah dikenal di sini dengan kunci lain (sidik jari %2). Kunci baru bersidik jari %3. Ganti hanya bila kantor itu sudah memastikan kunci barunya lewat telepon (laptop baru, instal ulang).</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="97"/>
        <source>Choose the office's key file</source>
        <translation>Pilih berkas kunci kantor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="99"/>
        <source>Choose the hub's key file</source>
        <translation>Pilih berkas kunci hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="113"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="120"/>
        <source>Replace the key?</source>
        <translation>Ganti kunci?</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="121"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/keys.py" line="121"/>
        <source>Keep the current one</source>
        <translation>Pertahankan yang lama</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="15"/>
        <source>Outgoing</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="16"/>
        <source>Incoming</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="19"/>
        <source>Enrolment data</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="20"/>
        <source>Acknowledgement</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="21"/>
        <source>Reference data</source>
        <translation>Data referensi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="24"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="25"/>
        <source>Confirmed by the hub</source>
        <translation>Dikonfirmasi hub</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="26"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="27"/>
        <source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="31"/>
        <source>%1 records</source>
        <translation>%1 rekaman</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="32"/>
        <source>%1 print batches</source>
        <translation>%1 catatan cetak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="33"/>
        <source>%1 new</source>
        <translation>%1 baru</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="34"/>
        <source>%1 updated</source>
        <translation>%1 diperbarui</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="35"/>
        <source>%1 unchanged</source>
        <translation>%1 sama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="36"/>
        <source>%1 older</source>
        <translation>%1 lebih lama</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="37"/>
        <source>%1 conflicts</source>
        <translation>%1 konflik</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="38"/>
        <source>%1 refused</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="39"/>
        <source>%1 accepted</source>
        <translation>%1 diterima</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="40"/>
        <source>%1 rejected</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="41"/>
        <source>%1 duplicates</source>
        <translation>%1 ganda</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="42"/>
        <source>%1 new KPJ numbers</source>
        <translation>%1 nomor KPJ baru</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="43"/>
        <source>%1 recovered</source>
        <translation>%1 dipulihkan</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="82"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="84"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="86"/>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/labels.py" line="87"/>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="164"/>
        <source>numbers not received: %1</source>
        <translation>nomor yang belum diterima: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/models.py" line="178"/>
        <source>Confirmed on %1</source>
        <translation>Dikonfirmasi pada %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/volumes.py" line="70"/>
        <source>%1 free</source>
        <translation>sisa %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="122"/>
        <source>%1 is no longer there: plug the drive in again or choose another folder.</source>
        <translation>%1 tidak ada lagi: colokkan kembali flashdisk atau pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="131"/>
        <source>Writing the reference bundles…</source>
        <translation>Menulis paket referensi…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="131"/>
        <source>Writing the bundle…</source>
        <translation>Menulis paket…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="133"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Dibatalkan: tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="148"/>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="149"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="175"/>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="177"/>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="188"/>
        <source>The sync history could not be read: %1</source>
        <translation>Riwayat sinkronisasi tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="209"/>
        <source>Registered offices: %1</source>
        <translation>Kantor terdaftar: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="211"/>
        <source>no bundle for more than %1 days: %2</source>
        <translation>tanpa paket lebih dari %1 hari: %2</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="220"/>
        <source>Last export: %1</source>
        <translation>Ekspor terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="221"/>
        <source>Not yet exported: %1</source>
        <translation>Belum diekspor: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="222"/>
        <source>Not yet confirmed by the hub: %1</source>
        <translation>Belum dikonfirmasi hub: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="223"/>
        <source>Rejected by the hub: %1</source>
        <translation>Ditolak hub: %1</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="225"/>
        <source>It has been %1 days since the last export (limit: %2 days). Export to the hub today.</source>
        <translation>Sudah %1 hari sejak ekspor terakhir (batas: %2 hari). Ekspor ke hub hari ini.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="230"/>
        <source>Finished records the hub has not confirmed yet. They go into every export until the hub's acknowledgement comes back.</source>
        <translation>Rekaman selesai yang belum dikonfirmasi hub. Rekaman ini ikut di setiap ekspor sampai tanda terima dari hub kembali.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="233"/>
        <source>Showing the first %1 of %2.</source>
        <translation>Yang tampil: %1 pertama dari %2.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="237"/>
        <source>Each office's last bundle; in red when none came for more than %1 days.</source>
        <translation>Paket terakhir dari setiap kantor; merah bila lebih dari %1 hari tidak ada paket.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="243"/>
        <source>Each office sends its key file once: register it after comparing the fingerprint by phone.</source>
        <translation>Setiap kantor mengirim berkas kuncinya sekali: daftarkan setelah sidik jarinya dicocokkan lewat telepon.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="247"/>
        <source>Trusted hub: %1 – %2 (fingerprint %3)</source>
        <translation>Hub tepercaya: %1 – %2 (sidik jari %3)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="251"/>
        <source>No hub trusted yet: load the hub's key file with “Trust the hub” before the first export.</source>
        <translation>Belum ada hub tepercaya: muat berkas kunci hub dengan “Percayai hub” sebelum ekspor pertama.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="262"/>
        <source>Register an office first.</source>
        <translation>Daftarkan kantor terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/page.py" line="262"/>
        <source>Trust the hub first.</source>
        <translation>Percayai hub terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>SyncResults</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="22"/>
        <source>Reference bundles written to %1 for: %2. Each was read back and checked.</source>
        <translation>Paket referensi ditulis ke %1 untuk: %2. Setiap paket sudah dibaca ulang dan diperiksa.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="26"/>
        <source>Bundle no. %1 for the hub written: %2 records, read back and checked.
%3</source>
        <translation>Paket no. %1 untuk hub ditulis: %2 rekaman, sudah dibaca ulang dan diperiksa.
%3</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="36"/>
        <source>Bundle no. %1 from %2 was already imported: nothing changed.</source>
        <translation>Paket no. %1 dari %2 sudah pernah diimpor: tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="39"/>
        <source>Bundle no. %1 from office %2 imported: %3.</source>
        <translation>Paket no. %1 dari kantor %2 diimpor: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="42"/>
        <source>Bundle no. %1 from the hub imported: %2.</source>
        <translation>Paket no. %1 dari hub diimpor: %2.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="45"/>
        <source>Open each rejected record to correct it.</source>
        <translation>Buka setiap rekaman yang ditolak untuk memperbaikinya.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="47"/>
        <source>Bundle numbers not received yet: %1. Ask the office to export again.</source>
        <translation>Nomor paket yang belum diterima: %1. Minta kantor itu mengekspor ulang.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/results.py" line="50"/>
        <source>Acknowledgement for the office (take it back to them): %1</source>
        <translation>Tanda terima untuk kantor (bawa kembali ke kantor itu): %1</translation>
    </message>
</context>
<context>
    <name>TrustBox</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="114"/>
        <source>Keys (set up once, fingerprints compared by phone)</source>
        <translation>Kunci (disiapkan sekali, sidik jari dicocokkan lewat telepon)</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="122"/>
        <source>Save the &amp;hub key file…</source>
        <translation>Simpan berkas kunci &amp;hub…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="122"/>
        <source>Save the office &amp;key file…</source>
        <translation>Simpan berkas &amp;kunci kantor…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="124"/>
        <source>&amp;Register an office…</source>
        <translation>&amp;Daftarkan kantor…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="124"/>
        <source>&amp;Trust the hub…</source>
        <translation>&amp;Percayai hub…</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/sync/sections.py" line="126"/>
        <source>This office's fingerprint:</source>
        <translation>Sidik jari kantor ini:</translation>
    </message>
</context>
</TS>

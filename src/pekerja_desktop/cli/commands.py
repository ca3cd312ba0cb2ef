"""The command table: every `pekerja-desktop` command, the cli module that builds and runs it, and its one-line help.

Nothing here imports a command module. `pekerja-desktop --help` lists the commands from this table alone; a
command's module (`pekerja_desktop.cli.<module>`, whose `BUILDERS[name]` adds the command's arguments and handler)
is imported only when that command runs (cli/parser.py). A new command is a line here and a builder there.
"""

from __future__ import annotations

from dataclasses import dataclass

from pekerja_desktop.domain.i18n import render


@dataclass(frozen=True)
class Command:
    module: str  # under pekerja_desktop.cli
    help: dict[str, str]  # one line, {"id": …, "en": …}


def _command(module: str, id_text: str, en_text: str) -> Command:
    return Command(module, {"id": id_text, "en": en_text})


COMMANDS: dict[str, Command] = {
    "setup": _command("setup", "siapkan kantor (sekali saja)", "set up the office (once)"),
    "secure": _command("setup", "enkripsi data dari versi 0.1.0 dan buat admin pertama",
                       "encrypt the data of release 0.1.0 and create the first admin"),
    "database": _command("setup", "letak basis data kantor ini (berkas/server)",
                         "where this office's database is (file/server)"),
    "account": _command("accounts", "akun operator (admin)", "operator accounts (admin)"),
    "password": _command("accounts", "ganti kata sandi sendiri (baru: PEKERJA_NEW_PASSWORD atau diketik)",
                         "change one's own password (the new one: PEKERJA_NEW_PASSWORD or typed)"),
    "recover": _command("accounts", "pulihkan akses dengan kunci pemulihan (akun admin diberi sandi baru)",
                        "recover access with the recovery key (the admin account gets a new password)"),
    "list": _command("register", "daftar/cari peserta", "list/search participants"),
    "enrol": _command("enrolment", "daftarkan satu peserta dari JSON", "enrol one participant from JSON"),
    "edit": _command("enrolment", "ubah data peserta dari JSON", "change a participant's data from JSON"),
    "show": _command("enrolment", "tampilkan satu peserta (JSON)", "show one participant (JSON)"),
    "intake": _command("intake", "impor daftar desa (XLSX/CSV) sebagai draf",
                       "import a village list (XLSX/CSV) as drafts"),
    "demo": _command("demo", "tambahkan peserta contoh (data demo)", "add sample participants (demo data)"),
    "occupations": _command("reference", "daftar pekerjaan: lihat dan ubah", "the occupation list: view and edit"),
    "warnings": _command("enrolment", "peringatan yang boleh dikonfirmasi petugas: lihat dan ubah (admin)",
                         "the warnings a clerk may confirm: view and change (admin)"),
    # village lists (#10): the office's aliases, the hub's Dukcapil mapping and coverage-start rule
    "aliases": _command("intake", "alias kantor untuk nilai daftar desa: lihat, tambah, hapus",
                        "this office's aliases for values village lists write: view, add, remove"),
    "dukcapil-occupations": _command("reference", "pekerjaan Dukcapil (KTP/KK) dan pemetaannya: lihat, ubah (hub)",
                                     "Dukcapil occupations (KTP/KK) and their mapping: view, change (hub)"),
    "coverage-start": _command("reference", "aturan mulai kepesertaan bawaan: lihat, ubah (hub)",
                               "the default coverage-start rule: view, change (hub)"),
    "cards": _command("cards", "cetak kartu peserta (PDF)", "print membership cards (PDF)"),
    "card-queue": _command("cards", "antrean cetak kartu", "the card print queue"),
    "card-settings": _command("cards", "pengaturan kartu dan tanda terima", "card and receipt settings"),
    "receipt": _command("cards", "tanda terima pendaftaran (PDF)", "enrolment receipt (PDF)"),
    "verify-card": _command("cards", "periksa isi kode QR kartu", "check the content of a card's QR code"),
    "office-file": _command("sync", "tulis berkas kunci publik kantor ini (untuk hub)",
                            "write this office's public key file (for the hub)"),
    "hub-file": _command("sync", "tulis berkas kunci publik hub (untuk kantor)",
                         "write the hub's public key file (for the offices)"),
    "register-office": _command("sync", "daftarkan kantor dari berkas kuncinya (hub)",
                                "register an office from its key file (hub)"),
    "trust-hub": _command("sync", "percayai hub dari berkas kuncinya (kantor)",
                          "trust the hub from its key file (office)"),
    "export": _command("sync", "tulis paket sinkronisasi ke folder (mis. USB)",
                       "write sync bundles to a folder (e.g. USB)"),
    "import": _command("sync", "impor paket dari kantor atau hub", "import a bundle from an office or the hub"),
    "verify": _command("sync", "periksa paket tanpa mengimpor", "check a bundle without importing it"),
    "report": _command("report", "laporan (PDF atau XLSX): iuran, cakupan, rekap, NIK ganda, rekaman ditolak, anggaran",
                       "reports (PDF or XLSX): billing, coverage, recap, duplicates, rejected records, budget"),
    "bpjs-export": _command("hub", "berkas unggah BPJS (XLSX atau CSV)", "the BPJS upload file (XLSX or CSV)"),
    "bpjs-template": _command("hub", "(hub) templat kolom berkas unggah BPJS: tampilkan, ganti, atau kembalikan",
                              "(hub) the columns of the BPJS upload file: show, replace or reset"),
    "billing-signer": _command("hub", "(hub) penanda tangan 'Mengetahui' pada rekap iuran: tampilkan atau ubah",
                               "(hub) who signs 'Mengetahui' on the contribution bill: show or change"),
    "kpj-import": _command("hub", "impor nomor KPJ dari BPJS", "import KPJ numbers from BPJS"),
    "bpjs-segments": _command("hub", "(hub) kode segmen BPJS tiap sumber dana (SG, SD, SA, SL…): tampilkan atau ubah",
                              "(hub) the BPJS segment code of each funding source (SG, SD, SA, SL…): show or change"),
    "bpjs-changes": _command("hub", "(hub) laporan perubahan bulanan ke BPJS: tambah, keluar, ubah data (XLSX/CSV)",
                             "(hub) the monthly change report to BPJS: additions, exits, corrections (XLSX or CSV)"),
    "billing-reconcile": _command("hub", "(hub) cocokkan tagihan yang ditutup dengan tagihan/daftar dari BPJS",
                                  "(hub) reconcile a closed bill with the invoice or list BPJS sends"),
    "budget": _command("hub", "(hub) anggaran setahun: pagu per sumber dana, realisasi, proyeksi",
                       "(hub) the budget year: ceilings per funding source, realisation, projection"),
    "person-export": _command("privacy", "semua data tentang satu orang sebagai PDF (permintaan akses)",
                              "all data about one person as a PDF (access request)"),
    "purge": _command("privacy", "hapus data pribadi rekaman yang diterima hub lebih dari N bulan lalu",
                      "purge the personal data of records the hub acknowledged more than N months ago"),
    "breach-list": _command("privacy", "daftar orang dalam satu paket data (pemberitahuan kebocoran 3 × 24 jam)",
                            "the persons in one data bundle (breach notice within 3 × 24 hours)"),
    "audit": _command("audit", "jejak audit: periksa rantai, daftar peristiwa",
                      "audit trail: check the chain, list the events"),
    "backup": _command("backup", "buat cadangan terenkripsi (mis. ke USB)", "make an encrypted backup (e.g. to USB)"),
    "restore": _command("backup", "pulihkan cadangan (supervisor)", "restore a backup (supervisor)"),
    "check": _command("backup", "periksa keutuhan basis data", "check the database is sound"),
    # the programme year's lifecycle
    "end": _command("programme.lifecycle",
                    "akhiri kepesertaan: hari terakhir ditanggung dan alasannya (supervisor)",
                    "end a participation: its last covered day and why (supervisor)"),
    "reactivate": _command("programme.lifecycle", "batalkan pengakhiran yang keliru (supervisor)",
                           "undo an end made by mistake (supervisor)"),
    "transfer": _command("programme.lifecycle",
                         "(hub) pindahkan peserta ke kantor lain di Maluku tanpa jeda kepesertaan",
                         "(hub) move a participant to another office in Maluku without a gap in coverage"),
    "renewal": _command("programme.renewal", "daftar verifikasi ulang per desa sebelum tahun anggaran baru",
                        "the re-verification list per village before a new budget year"),
    "renewal-import": _command("programme.renewal", "jawaban verifikasi ulang: lanjutkan atau akhiri peserta sekaligus",
                               "the re-verification answers: continue or end participants in bulk"),
    "claim-letter": _command("programme.claims", "daftar periksa klaim JKM untuk ahli waris (PDF)",
                             "the JKM claim checklist for the heirs (PDF)"),
    "claim": _command("programme.claims", "catat klaim JKM/JKK: pengajuan, lalu pembayarannya (supervisor)",
                      "record a JKM/JKK claim: its submission, then its payment (supervisor)"),
    "claim-settings": _command("programme.claims", "manfaat JKM, dokumen klaim dan kantor BPJS tujuan: lihat atau ubah",
                               "JKM benefits, claim documents and the BPJS office: show or change"),
    # the same person twice (#12): people already covered elsewhere
    "covered-list": _command("matching.covered",
                             "(hub) daftar orang yang sudah terlindungi: tambah, lihat, hapus, putuskan",
                             "(hub) lists of people already covered: add, show, remove, decide"),
    "household": _command("matching.household", "satu rumah tangga: serumah (KK sama), ahli waris yang juga peserta",
                          "one household: the same KK, heirs who are participants too"),
    # likely duplicates across offices
    "possible-duplicates": _command(
        "matching.duplicates", "(hub) kemungkinan peserta ganda di semua kantor, dengan skor dan alasannya",
        "(hub) likely duplicate participants across all offices, with their score and reasons"),
    "resolve-duplicate": _command(
        "matching.duplicates", "(hub) putuskan pasangan: orang yang sama (yang belakangan diakhiri) atau berbeda "
        "(supervisor)", "(hub) decide a pair: the same person (the later one ends) or different people (supervisor)"),
}
COMMAND_HELP = {name: command.help for name, command in COMMANDS.items()}


def command_help(name: str) -> str:
    """The command's one-line help in the user's language."""
    return render(COMMAND_HELP, name)

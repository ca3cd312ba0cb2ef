"""Regenerate the interface screenshots (1366×768, Bahasa Indonesia) into docs/screenshots/.

    python scripts/screenshots.py [--out docs/screenshots] [--count 300] [--lang id|en] [--pseudo] [--dark]
                                  [--size WxH] [--report-clipped]

`--size 1280x720` renders on the smallest screen supported (into another folder: `--out /tmp/shots-720`);
`--report-clipped` counts what each shot cuts off (the check tests/ui/test_pseudo_clipping.py makes).

Runs offscreen on a temporary data folder seeded with demo data; nothing of the user's is touched.
`--pseudo` wraps and lengthens every string (PEKERJA_PSEUDO_LOCALE) to look for clipped texts. `--dark` draws
them as on a system in dark mode (tests/support/dark_palette.py; docs/screenshots/dark/ by default); `--size`
another screen than the clerks' 1366×768.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1366, 768
ROOT = Path(__file__).resolve().parents[1]
OFFICE = ("8171A", "Disnaker Kota Ambon", "81.71", "field")
HUB = ("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")
SECOND_OFFICE = ("8172A", "Disnaker Kota Tual", "81.72", "field")
LOGIN = ("admin", "dokumentasi-1")
CLERK = ("maria.s", "dokumentasi-2")


def admin_account():
    from pekerja_desktop.services.accounts.manage import NewAccount

    return NewAccount(*LOGIN, "admin", "Admin Dokumentasi")


def offscreen_laptop(tmp: Path) -> None:
    """The offscreen platform with a WIDTH×HEIGHT screen (must run before Qt starts)."""
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
                                               "logicalDpiX": 96, "logicalDpiY": 96}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def seed(ctx, count: int) -> None:
    """Demo participants (services.demo), else a loop of drafts through the enrolment service."""
    try:
        from pekerja_desktop.services.demo.generate import generate_demo
    except ImportError:
        from pekerja_desktop.domain.identity.nik import encode_nik
        from pekerja_desktop.domain.participant import ParticipantData
        from pekerja_desktop.services.enrolment.enrol import enrol

        for serial in range(1, count + 1):
            nik = encode_nik("817101", dt.date(1980, 1, 2), "L", serial)
            enrol(ctx, ParticipantData(nik=nik, full_name=f"Pekerja {serial}"), final=False)
        return
    generate_demo(ctx, count, 7)


class Shooter:
    def __init__(self, app, out: Path, report_clipped: bool = False):
        self.app, self.out = app, out
        self.clipped: dict[str, list[str]] | None = {} if report_clipped else None
        if report_clipped and str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))  # the tests package
        out.mkdir(parents=True, exist_ok=True)

    def settle(self, rounds: int = 10) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def shoot(self, widget, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}")
        if self.clipped is not None:
            from tests.ui.test_pseudo_clipping import clipped_texts  # the clipping test's own detector

            self.clipped[name] = clipped_texts(widget)
            for what in self.clipped[name]:
                print(f"  clipped: {what}")


def example():
    from pekerja_desktop.domain.participant import HeirData, ParticipantData

    return ParticipantData(
        nik="8171014508850001", full_name="Maria Latuconsina", birth_place="Ambon",
        birth_date=dt.date(1985, 8, 5), sex="P", mother_name="Yuliana Pattinama",
        address="Jl. Sultan Hairun No. 5", rt_rw="001/002", village_code="81.71.01.1007",
        phone="0812-3456-7890", occupation="PDP", funding_source="APBD_PROV",
        coverage_start=dt.date(2026, 11, 1), consent_given=True,
        heirs=[HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "081298765432", None)])


def shoot_wizard(shooter: Shooter, tmp: Path, runner) -> None:
    from pekerja_desktop.ui.pages.setup.wizard import SetupWizard

    wizard = SetupWizard(tmp / "first-run", runner)
    wizard.show()
    page = wizard.office_page
    page.code.setText("8171A")
    page.name.setText("Disnaker Kota Ambon")
    page.region.set_code("81.71")
    page.admin.setText("admin.ambon")
    page.admin_name.setText("Yohana Latuheru")
    page.password.setText(LOGIN[1])
    page.password_again.setText(LOGIN[1])
    shooter.shoot(wizard, "01-wizard-office")
    wizard.next()
    shooter.settle(30)
    shooter.shoot(wizard, "02-wizard-fingerprint")
    wizard.close()
    hub = SetupWizard(tmp / "first-run-hub", runner)
    hub.show()
    page = hub.office_page
    page.code.setText("MALUKU")
    page.name.setText("Disnakertrans Provinsi Maluku")
    page.region.set_code("81.71")
    page.role.set_code("hub")
    page.server_address.setText("postgresql://pekerja@server-db.disnakertrans.local/pekerja_hub")
    page.server_password.setText("rahasia-server")
    page.admin.setText("admin.provinsi")
    shooter.shoot(hub, "25-wizard-hub-on-a-server")
    hub.close()


def shoot_enrolment(shooter: Shooter, window, ctx) -> None:
    from pekerja_desktop.services.enrolment.enrol import enrol

    page = window.enrolment
    shooter.shoot(window, "03-enrolment-empty")
    data = example()
    data.nik, data.birth_date, data.village_code, data.consent_given = "8171014508850000", None, "", False
    page.form.set_data(data)
    page.save(final=True)
    shooter.shoot(window, "04-enrolment-validation")
    page.start_new()
    page.form.set_data(example())
    page.form.identity.birth_date.set_date(dt.date(1985, 8, 6))
    page.save(final=True)
    shooter.shoot(window, "05-enrolment-warning")
    existing = enrol(ctx, example(), final=True)
    page.start_new()
    page.form.set_data(example())
    page.validator.run_now()
    shooter.shoot(window, "06-enrolment-duplicate")
    page.start_new()
    retyped = example()
    retyped.nik, retyped.full_name = "8171014508850007", "Marya Latuconsina"  # a NIK digit and the name mistyped
    page.form.set_data(retyped)
    page.save(final=True)
    shooter.shoot(window, "54-enrolment-likely-duplicate")
    page.start_new()
    page.open_participant(existing.registration_number)
    shooter.settle()
    page.form.identity.full_name.setText("Maria Yuliana Latuconsina")
    page.save(final=True)
    shooter.settle()
    shooter.shoot(window, "07-enrolment-edit-history")
    page.start_new()
    shooter.shoot(window, "17-enrolment-saved-print")  # the receipt and card of the worker just saved


VILLAGE_LIST = ROOT / "tests" / "fixtures" / "intake" / "corpus" / "titik_koma.csv"  # near-miss names to settle


def shoot_pages(shooter: Shooter, window) -> None:
    names = {window.register_page: "08-participants", window.intake_page: "09-village-list-import",
             window.settings_page: "10-settings"}
    for page, name in names.items():
        if page is None:
            continue
        window.show_page(window.pages.indexOf(page))
        if page is window.intake_page:
            page.load(Path(shutil.copy(VILLAGE_LIST, Path(tempfile.gettempdir()) / "daftar-desa-passo.csv")))
            shooter.settle()
        shooter.shoot(window, name)
    settings = window.settings_page
    window.show_page(window.pages.indexOf(settings))
    for section, name in (("card_texts", "18-settings-card-texts"), ("printer", "19-settings-printer"),
                          ("occupations", "26-settings-occupations"), ("warnings", "27-settings-warnings"),
                          ("backups", "28-settings-backups")):
        settings.show_named(section)
        shooter.shoot(window, name)
    settings.show_named("general")
    window.show_page(0)
    shooter.shoot(window.header, "11-header")


def prepare_sync(tmp: Path, ctx) -> Path:
    """A hub beside the office (and a second office that never sent anything): keys exchanged, two rounds of
    bundles, one record rejected by the hub. Returns the hub's data folder."""
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
    from pekerja_desktop.services.sync.export import export_bundles
    from pekerja_desktop.services.sync.history import not_acknowledged
    from pekerja_desktop.services.sync.hub.verdicts import reject_record
    from pekerja_desktop.services.sync.importing import import_bundle
    from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file

    hub_dir, tual_dir, usb = tmp / "hub", tmp / "tual", tmp / "usb"
    setup_office(hub_dir, OfficeSetup(*HUB), admin_account())
    setup_office(tual_dir, OfficeSetup(*SECOND_OFFICE), admin_account())
    hub, tual = open_context(hub_dir, *LOGIN), open_context(tual_dir, *LOGIN)
    for office in (ctx, tual):
        write_key_file(office, tmp / f"{office.office.code}.json")
        register_office(hub, tmp / f"{office.office.code}.json")
    write_key_file(hub, tmp / "hub.json")
    trust_hub(ctx, tmp / "hub.json")
    import_bundle(hub, export_bundles(ctx, usb)[0].path)
    with ctx.db.session() as session:
        first = not_acknowledged(session, 1)[0].registration_number
    reject_record(hub, first, "foto KTP tidak terbaca")
    import_bundle(ctx, import_bundle(hub, export_bundles(ctx, usb)[0].path).ack_path)
    hub.close()
    tual.close()
    return hub_dir


def shoot_cards_and_sync(shooter: Shooter, window, hub_dir: Path, runner) -> None:
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.services.sync.export import export_bundles
    from pekerja_desktop.ui.main_window import MainWindow
    from pekerja_desktop.ui.preferences import UiPreferences

    if window.cards_page is not None:
        window.show_page(window.pages.indexOf(window.cards_page))
        shooter.settle()
        window.cards_page.show_preview()
        shooter.shoot(window, "12-cards-preview")
    if window.sync_page is not None:
        window.show_page(window.pages.indexOf(window.sync_page))
        shooter.shoot(window, "13-sync-office")
        window.sync_page.tabs.show_rejected()
        shooter.shoot(window, "14-sync-office-rejected")
    from pekerja_desktop.services.sync import overview as snapshot

    real_today = snapshot.today
    snapshot.today = lambda: real_today() + dt.timedelta(days=9)  # as if nothing was exported since
    window.refresh_counts()
    shooter.shoot(window.header, "16-header-export-warning")
    snapshot.today = real_today
    window.refresh_counts()
    hub = open_context(hub_dir, *LOGIN)
    central = MainWindow(hub, runner, UiPreferences(hub_dir))
    central.setGeometry(0, 0, WIDTH, HEIGHT)
    central.show()
    if central.sync_page is not None:
        central.show_page(central.pages.indexOf(central.sync_page))
        shooter.shoot(central, "15-sync-hub")
        (third,) = export_bundles(window.ctx, hub_dir.parent / "usb-3")
        central.open_bundle(third.path)  # as after a double-click on the file
        shooter.shoot(central, "17-sync-hub-opened-bundle")
    central.close()
    hub.close()


def shoot_dashboards(shooter: Shooter, window, hub_dir: Path, runner) -> None:
    """The office's and the hub's Dasbor, and the register opened from one of its numbers."""
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.ui.main_window import MainWindow
    from pekerja_desktop.ui.preferences import UiPreferences

    if getattr(window, "dashboard_page", None) is None:
        return
    window.show_page(window.pages.indexOf(window.dashboard_page))
    shooter.shoot(window, "30-dashboard-office")
    with open_context(hub_dir, *LOGIN) as hub:
        central = MainWindow(hub, runner, UiPreferences(hub_dir))
        central.setGeometry(0, 0, WIDTH, HEIGHT)
        central.show()
        page = central.dashboard_page
        central.show_page(central.pages.indexOf(page))
        shooter.shoot(central, "31-dashboard-hub")
        page.tabs.setCurrentIndex(1)
        shooter.shoot(central, "32-dashboard-hub-offices")
        women = next(figure for figure in page.data.by_sex if figure.key == "P")
        page.open_list.emit(women.query, women.label)
        shooter.shoot(central, "33-dashboard-list-behind-a-number")
        shoot_budget_warning(shooter, central, hub)
        central.close()


def near_the_limit(ctx) -> None:
    """A few participants turning 66 in the coming months (the demo's oldest are 63), and one already past it."""
    from pekerja_desktop.domain.identity.nik import encode_nik
    from pekerja_desktop.services.enrolment.enrol import enrol

    births = (dt.date(1960, 8, 1), dt.date(1960, 12, 20), dt.date(1961, 1, 15), dt.date(1961, 3, 3),
              dt.date(1961, 3, 28), dt.date(1961, 5, 9))
    for serial, born in enumerate(births, start=9001):
        person = example()
        person.nik, person.birth_date = encode_nik("817101", born, "P", serial), born
        person.full_name = ("Yuliana Tuhumury", "Martha Sopacua", "Fransina Pattiasina", "Welhelmina Siahaya",
                            "Ruth Latumahina", "Agustina Lewerissa")[serial - 9001]
        enrol(ctx, person, final=True, confirmed={"age.too_old"})


def shoot_programme_year(shooter: Shooter, window, hub_dir: Path, runner) -> None:
    """The programme year: a record ended from its Kepesertaan menu (the dialog, then the record), the dashboard's
    age-limit tab, the yearly renewal ticked desa by desa, and a transfer at the hub."""
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.services.lifecycle.transfer import transfer_targets
    from pekerja_desktop.services.sync.history import not_acknowledged
    from pekerja_desktop.ui.main_window import MainWindow
    from pekerja_desktop.ui.pages.lifecycle.dialogs import EndDialog, TransferDialog
    from pekerja_desktop.ui.preferences import UiPreferences

    ctx = window.ctx
    near_the_limit(ctx)
    with ctx.db.session() as session:
        person = not_acknowledged(session, 3)[-1]
    dialog = EndDialog(person.registration_number, person.full_name, lambda _value: None, window)
    dialog.reason.set_code("died")
    dialog.last_day.setText("14/11/2026")
    dialog.note.setText("Akta kematian No. 8171-KM-27112026-0012")
    dialog.show()
    shooter.shoot(dialog, "40-end-dialog")
    dialog.try_submit = lambda: None
    dialog.close()
    from pekerja_desktop.services.lifecycle.end import end_participation

    end_participation(ctx, person.registration_number, "died", dt.date(2026, 11, 14),
                      "Akta kematian No. 8171-KM-27112026-0012")
    window.show_page(window.pages.indexOf(window.enrolment))
    window.enrolment.open_participant(person.registration_number)
    shooter.shoot(window, "41-enrolment-ended-record")
    window.enrolment.start_new()
    window.show_page(window.pages.indexOf(window.dashboard_page))
    window.dashboard_page.refresh()
    window.dashboard_page.tabs.setCurrentIndex(window.dashboard_page.tabs.count() - 1)
    shooter.shoot(window, "42-dashboard-age-limit")
    renewal = window.page_named("renewal")
    window.show_page(window.pages.indexOf(renewal))
    renewal.refresh()
    sizes = [int(renewal.villages.itemText(i).split("— ")[1].split(" ")[0]) for i in range(renewal.villages.count())]
    renewal.villages.setCurrentIndex(sizes.index(max(sizes)))  # the office's own kelurahan, with the oldest
    renewal.tick_button.click()
    if renewal.model.rowCount() > 1:
        from PySide6.QtCore import Qt

        from pekerja_desktop.ui.pages.renewal.model import Column
        renewal.model.setData(renewal.model.index(1, Column.LIVING), Qt.CheckState.Unchecked.value,
                              Qt.ItemDataRole.CheckStateRole)
    shooter.shoot(window, "43-renewal")
    with open_context(hub_dir, *LOGIN) as hub:
        central = MainWindow(hub, runner, UiPreferences(hub_dir))
        transfer = TransferDialog(person.registration_number, OFFICE[0], transfer_targets(hub), lambda _v: None,
                                  central)
        transfer.reason.setText("Pindah ke Tual, ikut keluarga")
        transfer.show()
        shooter.shoot(transfer, "44-transfer-dialog")
        transfer.close()
        central.close()


def shoot_budget_warning(shooter: Shooter, central, hub) -> None:
    """The hub's Dasbor once the year's projected contributions pass a funding source's ceiling."""
    from pekerja_desktop.services.budget.ceilings import save_ceiling
    from pekerja_desktop.services.budget.year import budget_year

    year = dt.date.today().year
    projected = next(s.projected for s in budget_year(hub, year).sources if s.code == "APBD_PROV")
    save_ceiling(hub, year, "APBD_PROV", "murni", projected * 9 // 10 // 1000 * 1000)
    page = central.dashboard_page
    page.tabs.setCurrentIndex(0)
    central.show_page(central.pages.indexOf(page))
    page.refresh()
    shooter.shoot(central, "35-dashboard-hub-budget-warning")


def shoot_server_hub(shooter: Shooter, tmp: Path, runner) -> None:
    """A hub on PostgreSQL: its Settings page says where backups are made. Needs a server: a URL of a role that
    may create databases in PEKERJA_TEST_POSTGRES_URL (as .ci/run sets); skipped without one."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
    from pekerja_desktop.ui.main_window import MainWindow
    from pekerja_desktop.ui.preferences import UiPreferences

    admin_url = os.environ.get("PEKERJA_TEST_POSTGRES_URL")
    if not admin_url:
        print("(no PostgreSQL server: the hub-on-server screenshot is skipped)")
        return
    name = f"pekerja_shots_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        hub_dir = tmp / "server-hub"
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        setup_office(hub_dir, OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub"), admin_account(),
                     database_url=url)
        with open_context(hub_dir, *LOGIN) as hub:
            central = MainWindow(hub, runner, UiPreferences(hub_dir))
            central.setGeometry(0, 0, WIDTH, HEIGHT)
            central.show()
            central.show_page(central.pages.indexOf(central.settings_page))
            shooter.shoot(central, "34-settings-hub-on-server")
            central.close()
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def shoot_accounts(shooter: Shooter, window, data_dir: Path) -> None:
    """Sign-in (a wrong password), the own-password dialog, the Akun page, the lock screen."""
    from pekerja_desktop.errors import AccessError
    from pekerja_desktop.services.accounts.manage import NewAccount, create_account, reset_password
    from pekerja_desktop.services.accounts.unlock import unlock_key
    from pekerja_desktop.ui.pages.login.page import LoginDialog
    from pekerja_desktop.ui.pages.login.password_dialog import PasswordDialog

    ctx = window.ctx
    create_account(ctx, NewAccount(*CLERK, "petugas", "Maria Sahetapy"))
    create_account(ctx, NewAccount("yohanis.t", "dokumentasi-3", "supervisor", "Yohanis Tuhumury"))
    create_account(ctx, NewAccount("abdul.r", "dokumentasi-4", "petugas", "Abdul Rumahorbo"))
    reset_password(ctx, "abdul.r", "sementara-4")
    for _attempt in range(5):
        with contextlib.suppress(AccessError):
            unlock_key(ctx.layout, "yohanis.t", "salah-sandi")
    login = LoginDialog(data_dir, CLERK[0])
    login.show()
    login.password.setText("salah-sandi")
    login.try_sign_in()
    shooter.shoot(login, "20-login-wrong-password")
    login.close()
    dialog = PasswordDialog(ctx, parent=window)
    dialog.show()
    for field, text in ((dialog.old, LOGIN[1]), (dialog.new, "sandi-baru-123"), (dialog.repeat, "sandi-baru-124")):
        field.setText(text)
    dialog.try_change()
    shooter.shoot(dialog, "21-password-change")
    dialog.close()
    window.show_page(window.pages.indexOf(window.accounts_page))
    shooter.shoot(window, "22-accounts")
    window.show_page(0)
    window.enrolment.form.identity.full_name.setText("Maria Latu")
    window.lock_screen()
    shooter.shoot(window, "23-lock-screen")
    window.screen_lock.screen.password.setText(LOGIN[1])
    window.screen_lock.screen.try_unlock()


def shoot_clerk(shooter: Shooter, data_dir: Path, runner) -> None:
    """A petugas's window: masked NIKs with a one-record reveal, the village list import greyed."""
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.ui.main_window import MainWindow
    from pekerja_desktop.ui.preferences import UiPreferences

    with open_context(data_dir, *CLERK, via="gui") as clerk:
        window = MainWindow(clerk, runner, UiPreferences(data_dir))
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        page = window.register_page
        window.show_page(window.pages.indexOf(page))
        shooter.settle()
        page.view.setCurrentIndex(page.model.index(1, 2))
        page.reveal_current_nik()
        shooter.shoot(window, "24-participants-clerk")
        window.close()


def run(args: argparse.Namespace, tmp: Path) -> int:
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
    from pekerja_desktop.ui.app import ensure_application, start
    from pekerja_desktop.ui.tasks import SynchronousRunner
    from pekerja_desktop.ui.widgets import messages

    messages.show_error = lambda parent, text, title=None: print(f"(message box) {text}")
    data_dir = tmp / "data"
    setup_office(data_dir, OfficeSetup(*OFFICE), admin_account())
    ctx = open_context(data_dir, *LOGIN)
    seed(ctx, args.count)
    hub_dir = prepare_sync(tmp, ctx)
    ctx.close()
    app = ensure_application()
    if args.dark:  # as on Windows 11 in dark mode: the system's palette, then our dark variant follows it
        sys.path.insert(0, str(ROOT))
        from tests.support.dark_palette import windows_dark_palette

        from pekerja_desktop.ui.palette import follow_system

        app.setPalette(windows_dark_palette())
        follow_system(app)
    shooter, runner = Shooter(app, args.out, args.report_clipped), SynchronousRunner()
    window = start(argparse.Namespace(data_dir=str(data_dir), lang=args.lang, user=LOGIN[0]), runner, credentials=LOGIN)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    shoot_wizard(shooter, tmp, runner)
    window.activateWindow()
    shoot_enrolment(shooter, window, window.ctx)
    shoot_pages(shooter, window)
    shoot_cards_and_sync(shooter, window, hub_dir, runner)
    shoot_dashboards(shooter, window, hub_dir, runner)
    shoot_programme_year(shooter, window, hub_dir, runner)
    shoot_server_hub(shooter, tmp, runner)
    shoot_accounts(shooter, window, data_dir)
    window.close()
    window.ctx.close()
    shoot_clerk(shooter, data_dir, runner)
    if shooter.clipped is not None:
        print(f"clipped_labels: {sum(map(len, shooter.clipped.values()))} in {len(shooter.clipped)} screenshots "
              f"at {WIDTH}x{HEIGHT}")
    return 0


def main(argv: list[str] | None = None) -> int:
    global WIDTH, HEIGHT  # --size replaces the default screen
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--count", type=int, default=300, help="demo participants in the database shown")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--pseudo", action="store_true", help="pseudo-localised strings, to spot clipping")
    parser.add_argument("--dark", action="store_true", help="as on a system in dark mode (default out: …/dark)")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="the screen, e.g. 1280x720")
    parser.add_argument("--report-clipped", action="store_true",
                        help="count the clipped labels, buttons and list items of every shot")
    args = parser.parse_args(argv)
    WIDTH, HEIGHT = (int(part) for part in args.size.lower().split("x"))
    if args.dark and args.out == ROOT / "docs" / "screenshots":
        args.out = args.out / "dark"
    tmp = Path(tempfile.mkdtemp(prefix="pekerja-shots-"))
    offscreen_laptop(tmp)
    os.environ.pop("PEKERJA_DATA_DIR", None)
    if args.pseudo:
        os.environ["PEKERJA_PSEUDO_LOCALE"] = "1"
    return run(args, tmp)


if __name__ == "__main__":
    sys.exit(main())

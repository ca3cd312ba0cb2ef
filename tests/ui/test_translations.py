"""Translations complete: every catalogue message translated; no English left in the Indonesian interface (Qt's
own buttons and dialogs too) and no Indonesian in the English one; every message catalogue of the core in both
languages with the same placeholders.

The windows are walked generically (every navigation page, every tab, every visible widget), so screens added
later are covered without being named here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import shutil
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWizard

import pekerja_desktop
from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui.i18n import install_translators, remove_translators
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.login.page import LoginDialog
from pekerja_desktop.ui.pages.setup.secure_wizard import SecureWizard
from pekerja_desktop.ui.pages.setup.wizard import SetupWizard
from pekerja_desktop.ui.preferences import UiPreferences
from tests.conftest import make_participant
from tests.ui.ui_texts import (
    ACTIVE,
    UNFINISHED,
    Seen,
    language_books,
    main_window_views,
    settle,
    ts_messages,
    visible_texts,
    wizard_views,
)

WIDTH, HEIGHT = 1366, 768
MESSAGES = ts_messages()
ENGLISH_ONLY, INDONESIAN_ONLY = language_books(MESSAGES)
OLD_OFFICE = Path(__file__).parents[1] / "fixtures" / "releases" / "0.1.0" / "office"
QT_PLACEHOLDER = re.compile(r"%L?\d+|%n")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")
STANDARD_BUTTONS_ID = {
    QMessageBox.StandardButton.Ok: "OK", QMessageBox.StandardButton.Cancel: "Batal",
    QMessageBox.StandardButton.Save: "Simpan", QMessageBox.StandardButton.Yes: "Ya",
    QMessageBox.StandardButton.No: "Tidak", QMessageBox.StandardButton.Close: "Tutup",
    QMessageBox.StandardButton.Discard: "Buang", QMessageBox.StandardButton.Open: "Buka",
    QMessageBox.StandardButton.Apply: "Terapkan", QMessageBox.StandardButton.Retry: "Coba Lagi",
}


# --- the .ts catalogues ----------------------------------------------------------------------------

def test_every_catalogue_message_has_a_finished_translation():
    assert MESSAGES
    missing = [m.where() for m in MESSAGES
               if m.state == UNFINISHED or (m.state == ACTIVE and not all(t.strip() for t in m.translations))]
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders_and_markup_of_their_source():
    broken = []
    for m in (m for m in MESSAGES if m.state == ACTIVE):
        for translation in m.translations:
            if sorted(set(QT_PLACEHOLDER.findall(m.source))) != sorted(set(QT_PLACEHOLDER.findall(translation))):
                broken.append(f"{m.where()}: placeholders of {translation!r}")
            if sorted(MARKUP.findall(m.source)) != sorted(MARKUP.findall(translation)):
                broken.append(f"{m.where()}: markup of {translation!r}")
    assert not broken, "\n".join(broken)


# --- the core's message catalogues ------------------------------------------------------------------

def core_modules():
    """Every module of the package outside the ui (Qt) and the migration scripts (run by alembic)."""
    for info in pkgutil.walk_packages(pekerja_desktop.__path__, "pekerja_desktop."):
        if info.name.startswith(("pekerja_desktop.ui", "pekerja_desktop.store.migrations")):
            continue
        yield importlib.import_module(info.name)


def is_catalogue(value) -> bool:
    """{"code": {"id": "…", "en": "…"}, …}"""
    return (isinstance(value, dict) and bool(value) and all(isinstance(v, dict) for v in value.values())
            and any({"id", "en"} <= v.keys() for v in value.values())
            and all(v.keys() & {"id", "en"} for v in value.values()))


def message_catalogues() -> dict[str, dict]:
    """Each catalogue once, under the name it is written out at (others import or alias it)."""
    names: dict[int, list[str]] = {}
    catalogues: dict[int, dict] = {}
    for module in core_modules():
        holders = [(module.__name__, vars(module))]
        holders += [(f"{module.__name__}.{name}", vars(cls)) for name, cls in vars(module).items()
                    if inspect.isclass(cls) and cls.__module__ == module.__name__]
        source = inspect.getsource(module)
        for owner, namespace in holders:
            for name, value in namespace.items():
                if is_catalogue(value):
                    catalogues[id(value)] = value
                    defined = re.search(rf"^\s*{re.escape(name)}\s*(:[^=\n]*)?=\s*\{{", source, re.MULTILINE)
                    names.setdefault(id(value), []).insert(0 if defined else len(names.get(id(value), [])),
                                                           f"{owner}.{name}")
    return {names[key][0]: catalogue for key, catalogue in catalogues.items()}


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


def test_every_message_catalogue_has_both_languages_with_the_same_placeholders():
    catalogues = message_catalogues()
    assert {"pekerja_desktop.errors.ERROR_MESSAGES", "pekerja_desktop.domain.messages.MESSAGES"} <= catalogues.keys()
    problems = []
    for where, catalogue in catalogues.items():
        for code, texts in catalogue.items():
            indonesian, english = texts.get("id"), texts.get("en")
            if not (isinstance(indonesian, str) and indonesian.strip() and isinstance(english, str)
                    and english.strip()):
                problems.append(f"{where}[{code!r}]: a language is missing or empty")
            elif fields(indonesian) != fields(english):
                problems.append(f"{where}[{code!r}]: {sorted(fields(indonesian))} ≠ {sorted(fields(english))}")
    assert not problems, "\n".join(problems)


# --- the windows -------------------------------------------------------------------------------------

@pytest.fixture
def enrolled(ctx):
    enrol(ctx, make_participant(), final=True)
    enrol(ctx, make_participant(nik="8171014508850002", full_name="Siti Ohorella"), final=False)


def shown(qtbot, widget, size: tuple[int, int] = (WIDTH, HEIGHT)):
    qtbot.addWidget(widget)
    widget.setGeometry(0, 0, *size)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


def texts_of_every_screen(ctx, runner, qtbot, tmp_path) -> list[tuple[str, Seen]]:
    """(where, what) for every visible text of every screen that can be opened here."""
    found = []
    window = shown(qtbot, MainWindow(ctx, runner, UiPreferences(ctx.layout.root)))
    for view in main_window_views(window):
        found += [(f"main window, {view}", seen) for seen in visible_texts(window)]
    window.close()
    legacy = Path(shutil.copytree(OLD_OFFICE, tmp_path / "legacy"))
    for name, wizard in (("setup wizard", SetupWizard(tmp_path / "fresh", runner)),
                         ("secure wizard", SecureWizard(legacy, runner))):
        shown(qtbot, wizard, (720, 520))
        for view in wizard_views(wizard):
            found += [(f"{name}, {view}", seen) for seen in visible_texts(wizard)]
        wizard.close()
    login = shown(qtbot, LoginDialog(ctx.layout.root, "admin"), (440, 200))
    found += [("login", seen) for seen in visible_texts(login)]
    return found


ENGLISH_WORDS = re.compile(r"\b(the|and|with|your|you|are|this|from|please|of|is|not|cannot|must)\b", re.IGNORECASE)
PATH = re.compile(r"\S*[/\\]\S*")


def looks_english(text: str) -> bool:
    """For texts no catalogue knows (a string left out of tr()): English function words, outside paths."""
    return bool(ENGLISH_WORDS.search(PATH.sub(" ", MARKUP.sub(" ", text))))


def reported(found: list[tuple[str, Seen]], wrong) -> list[str]:
    """The texts for which `wrong(text)` holds, each once (a label is seen again on every tab of its page)."""
    lines, seen_before = [], set()
    for where, seen in found:
        if seen not in seen_before and wrong(seen.text):
            seen_before.add(seen)
            lines.append(f"{where}: {seen}")
    return lines


def test_the_indonesian_interface_shows_no_english_text(ctx, runner, qtbot, tmp_path, enrolled, indonesian):
    found = texts_of_every_screen(ctx, runner, qtbot, tmp_path)
    assert len(found) > 100, "too few texts found: is the walk still reaching the pages?"
    english = reported(found, lambda text: (ENGLISH_ONLY.has(text) and not INDONESIAN_ONLY.has(text))
                       or looks_english(text))
    assert not english, "English in the Indonesian interface:\n" + "\n".join(english)


def test_the_english_interface_shows_no_indonesian_text(ctx, runner, qtbot, tmp_path, enrolled, qapp):
    locale_before = QLocale()
    install_translators(qapp, "en")
    set_language("en")
    try:
        found = texts_of_every_screen(ctx, runner, qtbot, tmp_path)
    finally:
        remove_translators(qapp)
        QLocale.setDefault(locale_before)
    indonesian = reported(found, lambda text: INDONESIAN_ONLY.has(text) and not ENGLISH_ONLY.has(text))
    assert not indonesian, "Indonesian in the English interface:\n" + "\n".join(indonesian)


def test_the_checks_above_recognise_each_language_with_placeholders_and_mnemonics():
    assert ENGLISH_ONLY.has("Drafts: 12") and not INDONESIAN_ONLY.has("Drafts: 12")
    assert INDONESIAN_ONLY.has("Draf: 12") and not ENGLISH_ONLY.has("Draf: 12")
    assert ENGLISH_ONLY.has("Settings") and INDONESIAN_ONLY.has("Pengaturan")
    assert looks_english("The data are not valid") and not looks_english("Data belum benar: /home/of/the")


def test_qt_standard_buttons_and_dialogs_read_indonesian(qtbot, indonesian):
    box = QMessageBox()
    qtbot.addWidget(box)
    wrong = {}
    for button, expected in STANDARD_BUTTONS_ID.items():
        box.setStandardButtons(button)
        text = box.button(button).text().replace("&", "")
        if text != expected:
            wrong[expected] = text
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    wrong.update({expected: text for expected, text in (
        ("OK", buttons.button(QDialogButtonBox.StandardButton.Ok).text()),
        ("Batal", buttons.button(QDialogButtonBox.StandardButton.Cancel).text())) if text != expected})
    assert not wrong, wrong


def test_qt_wizard_buttons_edit_menus_and_file_dialog_read_indonesian(qtbot, indonesian):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert [wizard.buttonText(b).replace("&", "") for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton)] == ["< Kembali", "Berikutnya >", "Selesai", "Batal"]
    field = QLineEdit("teks")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert "Salin" in actions and "Tempel" in actions and not {"Copy", "Paste", "Undo"} & set(actions), actions
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    english = [f"{seen}" for seen in visible_texts(dialog) if ENGLISH_ONLY.has(seen.text)
               and not INDONESIAN_ONLY.has(seen.text)]
    assert not english, "\n".join(english)

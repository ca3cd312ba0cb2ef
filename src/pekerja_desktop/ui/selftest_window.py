"""The window step of `pekerja-desktop --self-test`: start the application as a user would (language,
translations, office context) on the self-test data folder, show the main window offscreen, close it."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.selftest import CARD_PDF, PASSWORD, USERNAME
from pekerja_desktop.ui.app import ensure_application, start
from pekerja_desktop.ui.fonts import UI_FAMILY
from pekerja_desktop.ui.i18n import catalogue_path
from pekerja_desktop.ui.pages.cards.pdf_pages import backend, page_images
from pekerja_desktop.ui.tasks import TaskRunner


def _preview_card(data_dir: Path) -> str:
    """The in-app card preview's renderer (pypdfium2 in the frozen build) draws the self-test's card PDF."""
    pdf = data_dir / CARD_PDF
    if not pdf.exists():
        return "no card PDF to preview"
    images = list(page_images(pdf, 36, max_pages=1))
    if not images or images[0].isNull():
        raise RuntimeError(f"the card preview ({backend()}) rendered nothing")
    return f"card preview by {backend()} {images[0].width()}×{images[0].height()}"


def show_main_window(data_dir: Path) -> str:
    app = ensure_application()
    runner = TaskRunner()
    args = argparse.Namespace(data_dir=str(data_dir), lang="id", user=USERNAME)
    window = start(args, runner, credentials=(USERNAME, PASSWORD))
    if window is None:
        raise RuntimeError("the main window did not open")
    try:
        app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the main window is not visible")
        title = window.windowTitle()
        preview = _preview_card(data_dir)
        catalogue = catalogue_path("id")
        if catalogue is None:
            raise RuntimeError("no Indonesian translation catalogue (.qm) found")
        if app.font().family() != UI_FAMILY:
            raise RuntimeError(f"the bundled interface font {UI_FAMILY} was not loaded ({app.font().family()})")
        window.close()
        app.processEvents()
    finally:
        runner.wait_for_done()
        window.ctx.close()
    return (f"main window shown and closed offscreen ({title!r}, translations {catalogue.name}, "
            f"font {app.font().family()}, platform {app.platformName()}, {preview})")

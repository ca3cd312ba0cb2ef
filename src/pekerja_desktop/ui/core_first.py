"""The core modules (services, domain, documents) that the main window and the enrolment form use, imported before
Qt when the window program starts (`ui/app.py` imports this module ahead of PySide6).

Once PySide6 is imported, its `__feature__` import hook reads the source of every module imported after it: the
seventy-odd core modules below and their dependencies took a third longer to import after Qt than before it
(bench/bench_gui_start.py). The list names the modules the window's and the form's ui modules import directly;
`tests/ui/test_cold_start_imports.py` fails when the window opens with a core module imported after Qt, naming it.
No Qt here."""

from __future__ import annotations

import importlib

WINDOW_CORE = (
    "pekerja_desktop.documents.formatting",
    "pekerja_desktop.domain.documents_text",
    "pekerja_desktop.domain.lifecycle",
    "pekerja_desktop.services.accounts.screen_lock",
    "pekerja_desktop.services.backup.check",
    "pekerja_desktop.services.backup.make",
    "pekerja_desktop.services.enrolment.desk_counts",
    "pekerja_desktop.services.enrolment.desk_records",
    "pekerja_desktop.services.enrolment.edit_rights",
    "pekerja_desktop.services.enrolment.enrol",
    "pekerja_desktop.services.lifecycle.claims",
    "pekerja_desktop.services.lifecycle.transfer",
    "pekerja_desktop.services.reference.coverage",
    "pekerja_desktop.services.setup.office",
    "pekerja_desktop.services.sync.overview",
)

for _module in WINDOW_CORE:
    importlib.import_module(_module)

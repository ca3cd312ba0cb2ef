"""The register (Peserta) page: every participant, searched, filtered and sorted in SQL, loaded lazily."""

from pekerja_desktop.ui.pages.register.page import RegisterPage

__all__ = ["RegisterPage"]

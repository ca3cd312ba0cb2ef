"""Pekerja Desktop: offline enrolment of pekerja rentan in BPJS Ketenagakerjaan JKK + JKM."""

__version__ = "0.2.0"
APP_NAME = "pekerja-desktop"
APP_TITLE = "Pekerja Desktop"  # the product's name as windows show it (a name: not translated)

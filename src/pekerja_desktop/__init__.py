"""Pekerja Desktop: offline enrolment of pekerja rentan in BPJS Ketenagakerjaan JKK + JKM."""

__version__ = "0.2.0"
APP_NAME = "pekerja-desktop"

"""The enrolment form (Pendaftaran): sections, heirs editor, live validation, history timeline."""

from pekerja_desktop.ui.pages.enrolment.page import EnrolmentPage

__all__ = ["EnrolmentPage"]

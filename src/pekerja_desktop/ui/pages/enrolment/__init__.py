"""The enrolment form (Pendaftaran): sections, heirs editor, live validation, history timeline."""

"""The dashboard (Dasbor): coverage against targets and enrolment figures, at an office and at the hub."""

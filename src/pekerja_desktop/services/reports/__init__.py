"""Reports as files (PDF/XLSX): coverage against target, the enrolment recap, duplicates, rejected records."""

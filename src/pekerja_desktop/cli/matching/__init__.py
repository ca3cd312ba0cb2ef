"""Commands of #12, the same person twice: likely duplicates across offices and their verdicts."""

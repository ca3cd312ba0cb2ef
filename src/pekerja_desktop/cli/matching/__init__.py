"""Commands of #12, the same person twice: likely duplicates across offices and their verdicts
(`possible-duplicates`, `resolve-duplicate`), lists of people already covered elsewhere (`covered-list`) and a
participant's household (`household`)."""

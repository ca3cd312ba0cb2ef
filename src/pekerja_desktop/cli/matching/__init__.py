"""Commands of #12, the same person twice: lists of people already covered elsewhere (`covered-list`) and a
participant's household (`household`)."""

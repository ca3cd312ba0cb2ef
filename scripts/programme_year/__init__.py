"""A programme year in one process (`scripts/simulate_programme.py`): the sites and their people (world.py,
people.py), the year's months (year.py) and the invariants checked from what the year left behind
(invariants.py)."""

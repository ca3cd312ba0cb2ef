"""(hub) Likely duplicates across every office: the pass that finds them (`search.py`, scoring with
domain/likeness/), a supervisor's verdict on a pair (`resolve.py`: same — the later-enrolled record ends with reason
`duplicate`; different — never shown again), and the verdicts remembered (store/duplicate_models.py)."""

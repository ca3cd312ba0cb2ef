"""How likely two records are one person, and why: a score from 0 to 1 with its reasons as stable codes and in
words (`score.py`, `parts.py`, `reasons.py`), and the blocking keys that find the pairs worth scoring without
comparing every pair (`blocking.py`). Pure functions of plain values: the hub's pass over every office and the
desk's check of one record against a few candidates call the same ones.
"""

"""The commands of the programme year: ending, reactivating and transferring participations, the renewal, and help
for heirs (the claim checklist, claims and their settings)."""

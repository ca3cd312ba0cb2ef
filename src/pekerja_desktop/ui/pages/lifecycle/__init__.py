"""A participation's lifecycle in the window: the record's Kepesertaan menu (end, undo an end, transfer at the hub,
record a claim, the heirs' claim checklist) and its dialogs."""

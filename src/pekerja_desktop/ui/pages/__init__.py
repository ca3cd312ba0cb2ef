"""The window's pages, one package each: `page.py`, and `model.py`, `dialogs.py` and parts as needed."""

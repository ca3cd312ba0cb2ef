"""Reusable widgets: region picker, typed dates, money, code combo boxes, message helpers."""

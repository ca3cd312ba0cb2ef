"""Pembaruan tahunan: the yearly renewal page (print the re-verification list, tick the answers desa by desa or take
them from the returned file, continue or end participants in bulk)."""

"""Printed and exported documents: the bundled fonts, PDF canvas and report writers, spreadsheet safety."""

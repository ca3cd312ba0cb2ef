"""The Dasbor page and its widgets: a painted bar chart, figure tables, tiles, the tabs and the targets dialog."""

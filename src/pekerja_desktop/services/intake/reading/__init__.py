"""Reading a village-list file into raw rows: the file taken in safely, its format, its header."""

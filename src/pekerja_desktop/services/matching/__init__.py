"""Recognising one person across offices (#12): what the hub shares for matching, the office's store of it and
its look-ups, and the hub's lists of people already covered elsewhere."""

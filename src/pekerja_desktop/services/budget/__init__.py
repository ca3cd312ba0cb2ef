"""(hub) The programme's budget year: ceilings (pagu) per funding source and year in tranches (APBD murni,
APBD perubahan), the realisation month by month from closed bills, a projection to the year's end with today's
active participants, the warning when it passes the ceiling, and the report for the Pemda."""

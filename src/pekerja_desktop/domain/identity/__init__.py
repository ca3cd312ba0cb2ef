"""Who a person and a record are: NIK and KK numbers, names, registration numbers and their check digit."""

"""Operator accounts: password-wrapped database keys, logins with lockout, the recovery key, signing in."""

"""The idle lock that covers the window's content until the operator signs in again."""

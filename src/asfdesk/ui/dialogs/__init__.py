"""Dialogs other than the generic record form."""

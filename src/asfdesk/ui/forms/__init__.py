"""Declarative forms: field specs → widgets with live, field-level validation."""

"""Realistic, deterministic demo data: fictional look-alikes of the field's real enterprises."""

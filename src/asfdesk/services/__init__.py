"""Use cases over the database. Each call owns one transaction and returns plain DTOs."""

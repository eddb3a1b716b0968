"""Domain layer: vocabularies, rules and labels. Depends on neither Qt nor SQLAlchemy."""

"""Qt user interface. Widgets talk to services through the AppContext, never to the database."""

"""Rules and vocabulary of the domain: pure Python, no database, no Qt."""

"""Use cases: what a screen, the command line or a test can ask of an open file."""

"""The quality registers of the Qualité page: a list per register, their editors and their files."""

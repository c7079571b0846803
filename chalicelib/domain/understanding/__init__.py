"""Reads what a person meant: every signal in a text, not the first pattern that matches."""

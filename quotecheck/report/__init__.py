"""Reporters: turn extraction records into text.  Stages never print."""

"""Locale-aware formatting and the rules for names, shared by the GUI, the CLI and printing (no Qt)."""

"""Sections of the monthly report, one module per feature; absent features add no section."""

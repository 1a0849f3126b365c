"""The change log as evidence: who changed what (history, export) and the chain that shows it
unaltered, with its repair path."""

"""Digitization of the paper backlog: lots, records and their workflow, progress against the
target, dossiers of the procedure system and the QĐ 766 indicators."""

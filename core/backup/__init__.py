"""Backups (online copy, encryption), verify and restore, and recovery after an unclean stop."""

"""Quản trị: the page and its tabs (accounts, change history, backups), sign-in, the idle lock
and the crash dialog."""

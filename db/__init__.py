"""Database layer shared by the desktop app and the province hub (no Qt here)."""

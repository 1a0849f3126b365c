"""xaso-admin: the command-line shell over the core (one module per command group)."""

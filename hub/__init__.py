"""xaso-hub: the province server, a FastAPI shell over core.hub and core.sync."""

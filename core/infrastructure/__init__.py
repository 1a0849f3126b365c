"""IT infrastructure of the one-stop centre: equipment, the checklist with its estimate, teams."""

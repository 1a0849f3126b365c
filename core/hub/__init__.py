"""The province hub's engine without its web layer: its store and identity, enrolment of
computers, ingest of pushes and USB files, the province figures and catalogue (hub/ serves them)."""

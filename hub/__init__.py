"""The province hub (FastAPI). Not built yet: it reuses db/ and desktop/services/ when it lands."""

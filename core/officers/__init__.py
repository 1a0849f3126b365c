"""The commune's officers: the registry and the Excel import of an officer list."""

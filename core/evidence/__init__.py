"""Signed evidence: digitized files of records, their signatures, signing issued reports."""

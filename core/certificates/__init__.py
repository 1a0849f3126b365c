"""Signing certificates: X.509 import and classification, lifecycle, requests, alerts, export."""

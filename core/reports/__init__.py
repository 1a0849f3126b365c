"""Reports: report data (plain queries) → document model → PDF (reportlab) / XLSX (openpyxl).

Nothing here imports Qt. The official layout follows ND 30/2020/ND-CP (see shared DOMAIN.md).
"""

"""Đồng bộ: state, USB export/import, history, conflicts and rows waiting for their parent."""

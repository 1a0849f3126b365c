"""Đào tạo: courses, sessions, attendance, completion and coverage."""

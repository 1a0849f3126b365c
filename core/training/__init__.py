"""Training: courses, sessions, attendance, completion and coverage against the 100 % target."""

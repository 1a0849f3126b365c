"""Accounts of a computer: sign-in, roles and what each may do, administration, the audit trail."""

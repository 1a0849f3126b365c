"""Demo data and certificate factories for `xaso --demo`, `xaso-admin demo`, screenshots and tests.
Production code (core/, db/) never imports this package; the shells import it only in their demo
commands."""

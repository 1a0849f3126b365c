"""Entry point of the frozen (PyInstaller) desktop app."""

from desktop.app import main

raise SystemExit(main())

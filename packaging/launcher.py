"""Entry point of the frozen application (PyInstaller): the same `formation` command as pip's."""

from formation.cli import main

raise SystemExit(main())

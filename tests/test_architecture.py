"""The core runs without a display: nothing outside formation.ui loads Qt."""

import subprocess
import sys
from pathlib import Path

import formation

PACKAGE = Path(formation.__file__).parent


def test_core_storage_services_and_cli_never_load_qt() -> None:
    modules = sorted(
        "formation." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts and "migrations" not in p.parts
        and p.name != "__main__.py"
    )
    assert "formation.services.sessions" in modules and "formation.cli" in modules
    code = "import importlib, sys\n" + "".join(
        f"importlib.import_module({m.removesuffix('.__init__')!r})\n" for m in modules
    ) + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

"""The user guide: its images exist, docs/screenshots.py takes exactly those, and still runs."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDE = DOCS / "guide.md"
IMAGES = DOCS / "images"
PNG = b"\x89PNG\r\n\x1a\n"


def referenced_images() -> list[str]:
    """The images of the guide, in their order, without repeats."""
    found = re.findall(r"!\[[^\]]*\]\(images/([^)\s]+)\.png\)", GUIDE.read_text(encoding="utf-8"))
    return list(dict.fromkeys(found))


def screenshots_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guide_screenshots", DOCS / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_image_of_the_guide_exists() -> None:
    images = referenced_images()
    assert len(images) >= 15
    missing = [name for name in images if not (IMAGES / f"{name}.png").is_file()]
    assert not missing, f"run docs/screenshots.py: {missing}"
    for name in images:
        data = (IMAGES / f"{name}.png").read_bytes()
        assert data.startswith(PNG) and len(data) > 5_000, name


def test_no_image_is_left_unused() -> None:
    unused = sorted({p.stem for p in IMAGES.glob("*.png")} - set(referenced_images()))
    assert not unused, f"images no longer in the guide: {unused}"


def test_the_script_takes_the_images_of_the_guide_in_its_order() -> None:
    assert list(screenshots_script().SHOTS) == referenced_images()


def test_the_guide_is_linked_from_the_readme() -> None:
    assert "(docs/guide.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_guide_has_its_sections() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for words in ("formation demo", "Paramètres", "Objectifs pédagogiques", "demi-journées",
                  "liste d'attente", "Importer", "Émargement", "Corriger", "Vierge", "scannées",
                  "Documents…", "formation documents", "formation forms check", "Résultats…",
                  "Suivi à 3 mois", "Messagerie…", "trousseau", ".eml", ".mbox", "relance",
                  "Taux de réponse", "followups send", "Qualité", "Réclamations",
                  "Registre vide", "Pièces jointes…", "Audit", "Exporter le dossier d'audit…",
                  "index.pdf", "Confidentiel", "Bilan de l'année…", "BPF", "sauvegarde",
                  "Fichiers récents", "schtasks", "crontab"):
        assert words.lower() in text.lower(), words
    headings = re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)
    assert not [h for h in headings if "à venir" in h.lower()], "a section still to come"
    assert "*à venir*" not in text.lower() and "en cours de construction" not in text.lower()
    anchors = re.findall(r"\]\(#([^)]+)\)", text)
    assert anchors and set(anchors) <= {_anchor(h) for h in headings}, \
        set(anchors) - {_anchor(h) for h in headings}


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


@pytest.mark.gui
def test_the_script_takes_every_shot_offscreen(tmp_path: Path) -> None:
    """The whole tour on the real application, offscreen (about 15 s): it still finds its way
    through the interface. The images are written in tmp_path, never over docs/images."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) draws the pictures of documents")
    out = tmp_path / "images"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(DOCS / "screenshots.py"), "--out", str(out),
                           "--work", str(tmp_path / "work")],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    taken = sorted(p.stem for p in out.glob("*.png"))
    assert taken == sorted(referenced_images())
    assert not (tmp_path / "work").exists()  # the temporary folder is removed

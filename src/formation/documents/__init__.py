"""Documents produced from the file: PDFs that an auditor or a funder reads (no Qt here)."""

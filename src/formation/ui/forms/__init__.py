"""Questionnaires and grids on screen: a form built from its template alone, the dialog to type or
fill one answer, and a session's questionnaires (prepare, print, send, remind, import, follow up)."""

"""Parts of the émargement window (ui.attendance_window): look, dialogs, participant rows."""

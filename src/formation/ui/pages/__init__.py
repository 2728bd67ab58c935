"""One module per page of the sidebar."""

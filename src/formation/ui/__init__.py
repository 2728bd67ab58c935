"""The Qt interface: the only package that imports PySide6. It calls services, never SQL."""

"""Team mode in the window: joining, background sync, its status, conflicts (decision 0019)."""

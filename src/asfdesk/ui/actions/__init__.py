"""What the user can do to records, wired from menus and views to the record editor."""

"""PDF documents (reportlab): plain report records in, a finished A4 PDF out. No Qt, no database."""

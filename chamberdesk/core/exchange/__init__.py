"""Members in and out of spreadsheets: the fixed export layout, reading CSV/XLSX, mapping, import, export."""

// Layout and panes land with the reader.

// The ncursesw backend lands with the reader.

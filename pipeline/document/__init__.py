"""Text → documents: normalise the text, find each notice inside whatever wraps it, read its
GB/T 9704 elements (header, 版记) and its measure tree; a notice printed inside another is its own
document."""

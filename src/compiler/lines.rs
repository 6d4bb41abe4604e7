//! Byte offsets → (line, column) for instruction positions. Columns count
//! characters, as `code.rs` documents; lines that are pure ASCII (the usual
//! case) convert in O(1) after a binary search for the line.

/// Line starts of a source text.
pub(crate) struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
    ascii: Vec<bool>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `src`.
    pub fn new(src: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
                ascii.push(line_ascii);
                line_ascii = true;
            } else if b >= 0x80 {
                line_ascii = false;
            }
        }
        ascii.push(line_ascii);
        LineIndex { src, starts, ascii }
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.src.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let col = if self.ascii[line] {
            offset - start
        } else {
            let mut end = offset;
            while end > start && !self.src.is_char_boundary(end) {
                end -= 1;
            }
            self.src[start..end].chars().count()
        };
        (line as u32 + 1, col as u32)
    }

    /// Byte offset of the first non-blank character of the first line at or
    /// after `offset` that is not blank or a comment (used to find the `def`
    /// / `class` keyword after a decorator list).
    pub fn next_code_line_start(&self, offset: usize) -> usize {
        let offset = offset.min(self.src.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        for &start in &self.starts[line + 1..] {
            let rest = &self.src[start..];
            let text = rest.split('\n').next().unwrap_or("");
            let trimmed = text.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('\\') {
                continue;
            }
            return start + (text.len() - trimmed.len());
        }
        offset
    }
}

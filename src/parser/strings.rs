//! String literals: implicit concatenation and f-strings.
//!
//! Adjacent literals join into one `Constant` (str or bytes; mixing them is
//! an error), or into one `JoinedStr` when any of them is an f-string. Each
//! f-string field's expression is parsed where it stands in the file, so its
//! spans and error positions are file offsets. As in CPython 3.11, the
//! `Constant` and `FormattedValue` parts of a `JoinedStr` carry the span of
//! the whole concatenation.

use super::ast::{Constant, Expr, ExprKind, Span};
use super::node::{Node, PResult, fail};
use crate::lexer::token::{FStringField, FStringPiece};
use lalrpop_util::ParseError;

/// How deeply f-strings may nest inside f-string fields (the lexer's quote
/// rules stop real code long before this).
const MAX_FSTRING_NESTING: u32 = 100;

/// One literal token of a concatenation.
pub(crate) enum StrPart {
    /// `'...'`
    Str(String),
    /// `b'...'`
    Bytes(Vec<u8>),
    /// `f'...'`, split by the lexer.
    FString(Vec<FStringPiece>),
}

/// Joins adjacent string literals at `l..r` into one expression.
pub(crate) fn concat(
    parts: Vec<(usize, StrPart, usize)>,
    l: usize,
    r: usize,
    nesting: u32,
) -> PResult<Node> {
    let bytes_count = parts
        .iter()
        .filter(|(_, p, _)| matches!(p, StrPart::Bytes(_)))
        .count();
    if bytes_count == parts.len() {
        let mut joined = Vec::new();
        for (_, p, _) in parts {
            if let StrPart::Bytes(b) = p {
                joined.extend_from_slice(&b);
            }
        }
        return Ok(Node::leaf(
            ExprKind::Constant {
                value: Constant::Bytes(joined),
            },
            l,
            r,
        ));
    }
    if bytes_count > 0 {
        // CPython's caret is at the end of the literals.
        return fail("cannot mix bytes and nonbytes literals", r, r);
    }
    if !parts
        .iter()
        .any(|(_, p, _)| matches!(p, StrPart::FString(_)))
    {
        let mut joined = String::new();
        for (_, p, _) in parts {
            if let StrPart::Str(s) = p {
                joined.push_str(&s);
            }
        }
        return Ok(Node::leaf(
            ExprKind::Constant {
                value: Constant::Str(joined),
            },
            l,
            r,
        ));
    }
    let mut joined = Joined::new(l, r, nesting);
    for (_, p, _) in parts {
        match p {
            StrPart::Str(s) => joined.pending.push_str(&s),
            StrPart::FString(pieces) => joined.push_pieces(pieces)?,
            StrPart::Bytes(_) => {}
        }
    }
    joined.finish()
}

/// A `JoinedStr` under construction: literal text accumulates in `pending`
/// so adjacent constants merge, and empty ones vanish.
struct Joined {
    values: Vec<Expr>,
    pending: String,
    depth: u32,
    l: usize,
    r: usize,
    nesting: u32,
}

impl Joined {
    fn new(l: usize, r: usize, nesting: u32) -> Joined {
        Joined {
            values: Vec::new(),
            pending: String::new(),
            depth: 0,
            l,
            r,
            nesting,
        }
    }

    fn push_pieces(&mut self, pieces: Vec<FStringPiece>) -> PResult<()> {
        for piece in pieces {
            match piece {
                FStringPiece::Literal(s) => self.pending.push_str(&s),
                FStringPiece::Field(field) => self.push_field(field)?,
            }
        }
        Ok(())
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.values.push(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(text),
                },
                span: Span::new(self.l, self.r),
            });
            self.depth = self.depth.max(1);
        }
    }

    fn push_field(&mut self, field: FStringField) -> PResult<()> {
        let debug = field.debug_text.is_some();
        if let Some(text) = &field.debug_text {
            self.pending.push_str(text);
        }
        self.flush();
        let value = parse_field_expr(&field, self.nesting)?;
        // `{x=}` shows the repr unless a conversion or a spec says otherwise.
        let conversion = match field.conversion {
            None if debug && field.format_spec.is_none() => Some('r'),
            c => c,
        };
        let format_spec = match field.format_spec {
            Some(pieces) => {
                let mut spec = Joined::new(self.l, self.r, self.nesting);
                spec.push_pieces(pieces)?;
                Some(spec.finish()?)
            }
            None => None,
        };
        let child_depth = format_spec.as_ref().map_or(0, |s| s.depth).max(value.depth);
        let node = Node::build(
            ExprKind::FormattedValue {
                value: value.boxed(),
                conversion,
                format_spec: format_spec.map(Node::boxed),
            },
            self.l,
            self.r,
            child_depth,
        )?;
        self.depth = self.depth.max(node.depth);
        self.values.push(node.expr);
        Ok(())
    }

    fn finish(mut self) -> PResult<Node> {
        self.flush();
        Node::build(
            ExprKind::JoinedStr {
                values: self.values,
            },
            self.l,
            self.r,
            self.depth,
        )
    }
}

/// Parses the expression of one `{...}` field at its place in the file.
fn parse_field_expr(field: &FStringField, nesting: u32) -> PResult<Node> {
    let at = field.expr_offset;
    let end = at + field.expr_source.len();
    if field.expr_source.trim().is_empty() {
        return fail("f-string: empty expression not allowed", at, end);
    }
    // A `#` outside quotes is rejected by the lexer, which tracks quotes;
    // inside a string (`f"{'#' * 3}"`) it is fine.
    if field.expr_source.contains('\\') {
        return fail(
            "f-string expression part cannot include a backslash",
            at,
            end,
        );
    }
    if nesting >= MAX_FSTRING_NESTING {
        return fail("f-string: expressions nested too deeply", at, end);
    }
    super::parse_fstring_field(&field.expr_source, at, nesting + 1)
        .map_err(|error| ParseError::User { error })
}

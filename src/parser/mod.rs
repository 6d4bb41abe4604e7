//! The parser: a lalrpop grammar (`grammar/python.lalrpop`) over the lexer's
//! tokens, producing the [`ast`].

pub mod ast;
pub mod error;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused, dead_code)]
    python,
    "/python.rs"
);

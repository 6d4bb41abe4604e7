//! The lexer: logos tokens wrapped in an indentation layer (NEWLINE, INDENT,
//! DEDENT, implicit line joining inside brackets).

pub mod token;

//! The bytecode compiler (stand-in until the real one lands).

pub mod code;
pub mod opcode;

/// Compile mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Module.
    Exec,
    /// Expression.
    Eval,
    /// REPL statement.
    Single,
}

/// Stand-in.
pub fn compile_source(
    _source: &str,
    _filename: &str,
    _mode: Mode,
) -> Result<code::CodeObject, crate::parser::error::SourceError> {
    Err(crate::parser::error::SourceError::syntax("compiler not available", 0))
}

/// Disassembler stand-in.
pub mod dis {
    /// Stand-in.
    pub fn disassemble(_c: &super::code::CodeObject) -> String {
        String::new()
    }
}

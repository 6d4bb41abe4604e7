//! The bytecode compiler: symbol tables, then one [`code::CodeObject`] per
//! scope.

pub mod code;
pub mod opcode;

//! Ferrite: a Python 3 interpreter with a memory manager you can see into.
//!
//! The pipeline is the layout: [`lexer`] → [`parser`] → [`compiler`] →
//! [`vm`], with every Python object living on the [`heap`]. Built-in types
//! are in [`objects`], built-in functions in [`builtins`], modules such as
//! `sys` and `math` in [`modules`], and the command line in [`cli`].
#![deny(unsafe_code)]

pub mod builtins;
pub mod cli;
pub mod compiler;
#[allow(unsafe_code)]
pub mod heap;
pub mod lexer;
pub mod modules;
pub mod objects;
pub mod parser;
pub mod repl;
pub mod vm;

/// Every allocation of the process is counted (see `heap::sysalloc`).
#[global_allocator]
static GLOBAL: heap::sysalloc::CountingAllocator = heap::sysalloc::CountingAllocator;

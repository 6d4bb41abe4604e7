//! The `ferrite` command.
fn main() {
    std::process::exit(ferrite::cli::main());
}

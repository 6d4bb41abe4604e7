//! `--dis` output is Ferrite's own: each program under `tests/dis/` is
//! disassembled and the listing is snapshotted (insta), so any change to
//! the compiler's output or the listing's layout shows up in review.

use std::process::Command;

#[test]
fn disassembly_snapshots() {
    insta::glob!("dis/*.py", |path| {
        let out = Command::new(env!("CARGO_BIN_EXE_ferrite"))
            .arg("--dis")
            .arg(path.file_name().expect("file name"))
            .current_dir(path.parent().expect("directory"))
            .output()
            .expect("ferrite runs");
        assert!(
            out.status.success(),
            "--dis failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
    });
}

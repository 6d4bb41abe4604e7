//! Shared by the integration tests: run a child process with a time limit and keep what it printed.
//!
//! Each integration test file is its own crate and uses a different part of this module, so
//! unused-item warnings here say nothing about the code.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

/// What a child process left behind: its output and how it ended.
pub struct Outcome {
    /// Everything written to stdout, decoded as UTF-8 (invalid bytes replaced).
    pub stdout: String,
    /// Everything written to stderr, decoded as UTF-8 (invalid bytes replaced).
    pub stderr: String,
    /// How the process ended; `None` when it ran past its time limit and was killed.
    pub status: Option<ExitStatus>,
}

impl Outcome {
    /// The exit code, or `None` for a timeout or a death by signal.
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|status| status.code())
    }

    /// True when the process ran past its time limit.
    pub fn timed_out(&self) -> bool {
        self.status.is_none()
    }

    /// A short human-readable account of how the process ended: `0`, `1`, `timed out`,
    /// or the platform's description of a signal.
    pub fn describe_status(&self) -> String {
        match self.status {
            None => "timed out".to_string(),
            Some(status) => match status.code() {
                Some(code) => code.to_string(),
                None => status.to_string(),
            },
        }
    }

    /// The last non-blank line of stderr, trimmed: where a traceback names the error.
    pub fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .unwrap_or("")
    }
}

/// Runs `command` to completion with stdout and stderr captured, feeding it `stdin` (or no
/// stdin at all), and kills it once `limit` has passed.
///
/// Panics when the command cannot be started: that is a broken test setup, not a result.
pub fn run(command: &mut Command, stdin: Option<&[u8]>, limit: Duration) -> Outcome {
    command
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {command:?}: {err}"));

    // Pipes are drained on their own threads so that a chatty child never blocks on a full pipe
    // while we wait for it to exit.
    let writer = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin was requested as a pipe");
        let bytes = bytes.to_vec();
        // A child that exits without reading its input closes the pipe; that is not an error here.
        thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    let status = wait_with_limit(&mut child, limit);
    // The writer finishes once the child has read its input or closed the pipe; after a kill
    // the pipe is closed, so this cannot hang.
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let timed_out = status.is_none();
    Outcome {
        stdout: collect(stdout, timed_out),
        stderr: collect(stderr, timed_out),
        status,
    }
}

/// Waits for `child` to exit; past `limit` kills it and returns `None`.
fn wait_with_limit(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    // Short sleeps first, so that the many quick programs are not held up by the polling.
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) => {}
            Err(err) => panic!("cannot wait for child process: {err}"),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// A pipe being read to its end on its own thread.
struct Drain {
    /// What has been read so far.
    bytes: Arc<Mutex<Vec<u8>>>,
    /// Receives one message when the pipe is closed (or fails).
    done: mpsc::Receiver<()>,
}

/// Starts reading a pipe to its end on a new thread.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
    let bytes = Arc::new(Mutex::new(Vec::new()));
    let (sender, done) = mpsc::channel();
    let sink = Arc::clone(&bytes);
    thread::spawn(move || {
        if let Some(mut pipe) = pipe {
            let mut chunk = [0u8; 8192];
            // A read error (the child was killed mid-write) ends the read like end-of-file.
            while let Ok(count) = pipe.read(&mut chunk) {
                if count == 0 {
                    break;
                }
                sink.lock()
                    .expect("a drain thread panicked")
                    .extend_from_slice(&chunk[..count]);
            }
        }
        let _ = sender.send(());
    });
    Drain { bytes, done }
}

/// Decodes what a drain read. After a timeout it waits only briefly for the pipe to close:
/// something the killed child started may still hold it open, and what was read so far is
/// enough to report a hung program.
fn collect(drain: Drain, timed_out: bool) -> String {
    if timed_out {
        let _ = drain.done.recv_timeout(Duration::from_secs(1));
    } else {
        let _ = drain.done.recv();
    }
    let bytes = drain.bytes.lock().expect("a drain thread panicked");
    String::from_utf8_lossy(&bytes).into_owned()
}

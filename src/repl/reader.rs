//! Where REPL lines come from: rustyline on a terminal (editing, history,
//! completion, colour), or plain lines from a pipe with the prompts on
//! stderr as CPython does (`echo 'x' | ferrite -i script.py`).

use super::complete::ReplHelper;
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Editor, Event, EventHandler, KeyEvent};
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// Most lines kept in the history file.
const HISTORY_SIZE: usize = 10_000;

/// One read.
pub enum Line {
    /// A line (or, for a paste, several lines joined by `\n`).
    Text(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D or the end of input.
    Eof,
}

/// A source of input lines.
pub trait LineReader {
    /// Shows `prompt` and reads a line, offering `indent` spaces of
    /// auto-indent to start with.
    fn read(&mut self, prompt: &str, indent: usize) -> Line;
    /// Records a finished input line in the history.
    fn remember(&mut self, line: &str);
    /// Writes the history out (called after each statement and at exit).
    fn save(&mut self);
}

/// Plain line reading, for input that is not a terminal.
pub struct PlainReader;

impl LineReader for PlainReader {
    fn read(&mut self, prompt: &str, _indent: usize) -> Line {
        let mut err = std::io::stderr();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Line::Text(line)
            }
        }
    }

    fn remember(&mut self, _line: &str) {}

    fn save(&mut self) {}
}

/// rustyline on a terminal, with history in `~/.ferrite_history`.
pub struct EditorReader {
    editor: Editor<ReplHelper, FileHistory>,
    history: Option<PathBuf>,
}

/// `~/.ferrite_history`, if there is a home directory.
pub fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".ferrite_history"))
}

impl EditorReader {
    /// An editor with `helper`, its history loaded; `None` if the terminal
    /// cannot be set up.
    pub fn new(helper: ReplHelper) -> Option<EditorReader> {
        let config = Config::builder()
            .completion_type(CompletionType::List)
            .max_history_size(HISTORY_SIZE)
            .ok()?
            .history_ignore_dups(true)
            .ok()?
            .history_ignore_space(false)
            .auto_add_history(false)
            .build();
        let mut editor: Editor<ReplHelper, FileHistory> = Editor::with_config(config).ok()?;
        editor.set_helper(Some(helper));
        // Tab inserts spaces at the start of a line and completes elsewhere:
        // the completer decides; make sure Tab is bound to completion.
        editor.bind_sequence(
            Event::from(KeyEvent::from('\t')),
            EventHandler::Simple(rustyline::Cmd::Complete),
        );
        let history = history_path();
        if let Some(path) = &history {
            // A missing or unreadable history file just means no history.
            let _ = editor.load_history(path);
        }
        Some(EditorReader { editor, history })
    }
}

impl LineReader for EditorReader {
    fn read(&mut self, prompt: &str, indent: usize) -> Line {
        let pad = " ".repeat(indent);
        match self.editor.readline_with_initial(prompt, (&pad, "")) {
            Ok(mut text) => {
                // A multi-line paste arrives at once, already indented.
                if !pad.is_empty() && text.contains('\n') && text.starts_with(&pad) {
                    text.drain(..pad.len());
                }
                Line::Text(text)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(ReadlineError::Eof) => Line::Eof,
            Err(_) => Line::Eof,
        }
    }

    fn remember(&mut self, line: &str) {
        if !line.trim().is_empty() {
            let _ = self.editor.add_history_entry(line.trim_end());
        }
    }

    fn save(&mut self) {
        if let Some(path) = &self.history {
            // Appending keeps what other sessions wrote meanwhile.
            let _ = self.editor.append_history(path);
        }
    }
}

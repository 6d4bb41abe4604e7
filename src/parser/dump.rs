//! A text dump of the AST in the format of CPython's `ast.dump()` (without
//! the `ctx` fields, which our AST does not have), so the parser's output can
//! be compared with `python3.11 -c "import ast; print(ast.dump(ast.parse(...)))"`.

use std::fmt::Write;

use super::ast::*;

/// The module in `ast.dump()` format, e.g.
/// `Module(body=[Expr(value=Name(id='x'))], type_ignores=[])`.
pub fn dump(module: &Module) -> String {
    let mut out = String::from("Module(body=");
    stmts(&mut out, &module.body);
    out.push_str(", type_ignores=[])");
    out
}

/// One expression in `ast.dump()` format.
pub fn dump_expr(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e);
    out
}

/// Writes `Name(field=value, ...)`; fields with `None` values are skipped,
/// as `ast.dump` does for optional fields.
struct Node<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Node<'a> {
    fn new(out: &'a mut String, name: &str) -> Node<'a> {
        out.push_str(name);
        out.push('(');
        Node { out, first: true }
    }

    fn field(&mut self, name: &str) -> &mut String {
        if !self.first {
            self.out.push_str(", ");
        }
        self.first = false;
        self.out.push_str(name);
        self.out.push('=');
        self.out
    }

    fn expr(&mut self, name: &str, e: &Expr) -> &mut Self {
        expr(self.field(name), e);
        self
    }

    fn opt_expr(&mut self, name: &str, e: Option<&Expr>) -> &mut Self {
        if let Some(e) = e {
            self.expr(name, e);
        }
        self
    }

    fn exprs(&mut self, name: &str, es: &[Expr]) -> &mut Self {
        let out = self.field(name);
        list(out, es, expr);
        self
    }

    fn stmts(&mut self, name: &str, ss: &[Stmt]) -> &mut Self {
        stmts(self.field(name), ss);
        self
    }

    fn raw(&mut self, name: &str, text: &str) -> &mut Self {
        self.field(name).push_str(text);
        self
    }

    fn string(&mut self, name: &str, s: &str) -> &mut Self {
        py_str(self.field(name), s);
        self
    }

    fn opt_string(&mut self, name: &str, s: Option<&str>) -> &mut Self {
        if let Some(s) = s {
            self.string(name, s);
        }
        self
    }

    fn end(&mut self) {
        self.out.push(')');
    }
}

fn list<T>(out: &mut String, items: &[T], mut each: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        each(out, item);
    }
    out.push(']');
}

fn stmts(out: &mut String, ss: &[Stmt]) {
    list(out, ss, stmt);
}

fn stmt(out: &mut String, s: &Stmt) {
    match &s.kind {
        StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            is_async,
        } => {
            let kind = if *is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            };
            let mut n = Node::new(out, kind);
            n.string("name", name);
            arguments(n.field("args"), args);
            n.stmts("body", body)
                .exprs("decorator_list", decorator_list)
                .opt_expr("returns", returns.as_deref())
                .end();
        }
        StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } => {
            let mut n = Node::new(out, "ClassDef");
            n.string("name", name).exprs("bases", bases);
            list(n.field("keywords"), keywords, keyword);
            n.stmts("body", body)
                .exprs("decorator_list", decorator_list)
                .end();
        }
        StmtKind::Return { value } => Node::new(out, "Return")
            .opt_expr("value", value.as_deref())
            .end(),
        StmtKind::Delete { targets } => Node::new(out, "Delete").exprs("targets", targets).end(),
        StmtKind::Assign { targets, value } => Node::new(out, "Assign")
            .exprs("targets", targets)
            .expr("value", value)
            .end(),
        StmtKind::AugAssign { target, op, value } => Node::new(out, "AugAssign")
            .expr("target", target)
            .raw("op", operator(*op))
            .expr("value", value)
            .end(),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => Node::new(out, "AnnAssign")
            .expr("target", target)
            .expr("annotation", annotation)
            .opt_expr("value", value.as_deref())
            .raw("simple", if *simple { "1" } else { "0" })
            .end(),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => Node::new(out, if *is_async { "AsyncFor" } else { "For" })
            .expr("target", target)
            .expr("iter", iter)
            .stmts("body", body)
            .stmts("orelse", orelse)
            .end(),
        StmtKind::While { test, body, orelse } => Node::new(out, "While")
            .expr("test", test)
            .stmts("body", body)
            .stmts("orelse", orelse)
            .end(),
        StmtKind::If { test, body, orelse } => Node::new(out, "If")
            .expr("test", test)
            .stmts("body", body)
            .stmts("orelse", orelse)
            .end(),
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            let mut n = Node::new(out, if *is_async { "AsyncWith" } else { "With" });
            list(n.field("items"), items, |out, item| {
                Node::new(out, "withitem")
                    .expr("context_expr", &item.context_expr)
                    .opt_expr("optional_vars", item.optional_vars.as_ref())
                    .end();
            });
            n.stmts("body", body).end();
        }
        StmtKind::Raise { exc, cause } => Node::new(out, "Raise")
            .opt_expr("exc", exc.as_deref())
            .opt_expr("cause", cause.as_deref())
            .end(),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut n = Node::new(out, "Try");
            n.stmts("body", body);
            list(n.field("handlers"), handlers, |out, h| {
                Node::new(out, "ExceptHandler")
                    .opt_expr("type", h.typ.as_ref())
                    .opt_string("name", h.name.as_deref())
                    .stmts("body", &h.body)
                    .end();
            });
            n.stmts("orelse", orelse)
                .stmts("finalbody", finalbody)
                .end();
        }
        StmtKind::Assert { test, msg } => Node::new(out, "Assert")
            .expr("test", test)
            .opt_expr("msg", msg.as_deref())
            .end(),
        StmtKind::Import { names } => {
            let mut n = Node::new(out, "Import");
            list(n.field("names"), names, alias);
            n.end();
        }
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            let mut n = Node::new(out, "ImportFrom");
            n.opt_string("module", module.as_deref());
            list(n.field("names"), names, alias);
            n.raw("level", &level.to_string()).end();
        }
        StmtKind::Global { names } => {
            let mut n = Node::new(out, "Global");
            list(n.field("names"), names, |out, s| py_str(out, s));
            n.end();
        }
        StmtKind::Nonlocal { names } => {
            let mut n = Node::new(out, "Nonlocal");
            list(n.field("names"), names, |out, s| py_str(out, s));
            n.end();
        }
        StmtKind::Expr { value } => Node::new(out, "Expr").expr("value", value).end(),
        StmtKind::Pass => out.push_str("Pass()"),
        StmtKind::Break => out.push_str("Break()"),
        StmtKind::Continue => out.push_str("Continue()"),
    }
}

fn alias(out: &mut String, a: &Alias) {
    Node::new(out, "alias")
        .string("name", &a.name)
        .opt_string("asname", a.asname.as_deref())
        .end();
}

fn keyword(out: &mut String, k: &Keyword) {
    Node::new(out, "keyword")
        .opt_string("arg", k.arg.as_deref())
        .expr("value", &k.value)
        .end();
}

fn arg(out: &mut String, a: &Arg) {
    Node::new(out, "arg")
        .string("arg", &a.arg)
        .opt_expr("annotation", a.annotation.as_deref())
        .end();
}

fn arguments(out: &mut String, a: &Arguments) {
    let mut n = Node::new(out, "arguments");
    list(n.field("posonlyargs"), &a.posonlyargs, arg);
    list(n.field("args"), &a.args, arg);
    if let Some(v) = &a.vararg {
        arg(n.field("vararg"), v);
    }
    list(n.field("kwonlyargs"), &a.kwonlyargs, arg);
    list(n.field("kw_defaults"), &a.kw_defaults, |out, d| match d {
        Some(e) => expr(out, e),
        None => out.push_str("None"),
    });
    if let Some(k) = &a.kwarg {
        arg(n.field("kwarg"), k);
    }
    n.exprs("defaults", &a.defaults).end();
}

fn comprehensions(n: &mut Node<'_>, generators: &[Comprehension]) {
    list(n.field("generators"), generators, |out, c| {
        Node::new(out, "comprehension")
            .expr("target", &c.target)
            .expr("iter", &c.iter)
            .exprs("ifs", &c.ifs)
            .raw("is_async", if c.is_async { "1" } else { "0" })
            .end();
    });
}

fn expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => Node::new(out, "BoolOp")
            .raw(
                "op",
                match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                },
            )
            .exprs("values", values)
            .end(),
        ExprKind::NamedExpr { target, value } => {
            let mut n = Node::new(out, "NamedExpr");
            Node::new(n.field("target"), "Name")
                .string("id", target)
                .end();
            n.expr("value", value).end();
        }
        ExprKind::BinOp { left, op, right } => Node::new(out, "BinOp")
            .expr("left", left)
            .raw("op", operator(*op))
            .expr("right", right)
            .end(),
        ExprKind::UnaryOp { op, operand } => Node::new(out, "UnaryOp")
            .raw(
                "op",
                match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                },
            )
            .expr("operand", operand)
            .end(),
        ExprKind::Lambda { args, body } => {
            let mut n = Node::new(out, "Lambda");
            arguments(n.field("args"), args);
            n.expr("body", body).end();
        }
        ExprKind::IfExp { test, body, orelse } => Node::new(out, "IfExp")
            .expr("test", test)
            .expr("body", body)
            .expr("orelse", orelse)
            .end(),
        ExprKind::Dict { keys, values } => {
            let mut n = Node::new(out, "Dict");
            list(n.field("keys"), keys, |out, k| match k {
                Some(k) => expr(out, k),
                None => out.push_str("None"),
            });
            n.exprs("values", values).end();
        }
        ExprKind::Set { elts } => Node::new(out, "Set").exprs("elts", elts).end(),
        ExprKind::ListComp { elt, generators } => {
            let mut n = Node::new(out, "ListComp");
            n.expr("elt", elt);
            comprehensions(&mut n, generators);
            n.end();
        }
        ExprKind::SetComp { elt, generators } => {
            let mut n = Node::new(out, "SetComp");
            n.expr("elt", elt);
            comprehensions(&mut n, generators);
            n.end();
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            let mut n = Node::new(out, "DictComp");
            n.expr("key", key).expr("value", value);
            comprehensions(&mut n, generators);
            n.end();
        }
        ExprKind::GeneratorExp { elt, generators } => {
            let mut n = Node::new(out, "GeneratorExp");
            n.expr("elt", elt);
            comprehensions(&mut n, generators);
            n.end();
        }
        ExprKind::Await { value } => Node::new(out, "Await").expr("value", value).end(),
        ExprKind::Yield { value } => Node::new(out, "Yield")
            .opt_expr("value", value.as_deref())
            .end(),
        ExprKind::YieldFrom { value } => Node::new(out, "YieldFrom").expr("value", value).end(),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut n = Node::new(out, "Compare");
            n.expr("left", left);
            list(n.field("ops"), ops, |out, op| out.push_str(cmp_op(*op)));
            n.exprs("comparators", comparators).end();
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut n = Node::new(out, "Call");
            n.expr("func", func).exprs("args", args);
            list(n.field("keywords"), keywords, keyword);
            n.end();
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let conversion = conversion.map_or(-1, |c| c as i32);
            Node::new(out, "FormattedValue")
                .expr("value", value)
                .raw("conversion", &conversion.to_string())
                .opt_expr("format_spec", format_spec.as_deref())
                .end();
        }
        ExprKind::JoinedStr { values } => Node::new(out, "JoinedStr").exprs("values", values).end(),
        ExprKind::Constant { value } => {
            let mut n = Node::new(out, "Constant");
            constant(n.field("value"), value);
            n.end();
        }
        ExprKind::Attribute { value, attr } => Node::new(out, "Attribute")
            .expr("value", value)
            .string("attr", attr)
            .end(),
        ExprKind::Subscript { value, slice } => Node::new(out, "Subscript")
            .expr("value", value)
            .expr("slice", slice)
            .end(),
        ExprKind::Starred { value } => Node::new(out, "Starred").expr("value", value).end(),
        ExprKind::Name { id } => Node::new(out, "Name").string("id", id).end(),
        ExprKind::List { elts } => Node::new(out, "List").exprs("elts", elts).end(),
        ExprKind::Tuple { elts } => Node::new(out, "Tuple").exprs("elts", elts).end(),
        ExprKind::Slice { lower, upper, step } => Node::new(out, "Slice")
            .opt_expr("lower", lower.as_deref())
            .opt_expr("upper", upper.as_deref())
            .opt_expr("step", step.as_deref())
            .end(),
    }
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(f) => py_float(out, *f),
        Constant::Str(s) => py_str(out, s),
        Constant::Bytes(b) => py_bytes(out, b),
        Constant::Ellipsis => out.push_str("Ellipsis"),
    }
}

/// Python's `repr` of a float: the shortest round-tripping digits,
/// positional for exponents -4..16, else `d.ddde+XX`.
fn py_float(out: &mut String, f: f64) {
    if f.is_nan() {
        out.push_str("nan");
        return;
    }
    if f.is_infinite() {
        out.push_str(if f > 0.0 { "inf" } else { "-inf" });
        return;
    }
    let scientific = format!("{f:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if (-4..16).contains(&exponent) {
        let positional = format!("{f}");
        out.push_str(&positional);
        if !positional.contains('.') {
            out.push_str(".0");
        }
    } else {
        let sign = if exponent < 0 { '-' } else { '+' };
        let _ = write!(out, "{mantissa}e{sign}{:02}", exponent.abs());
    }
}

/// Python's `repr` of a str.
fn py_str(out: &mut String, s: &str) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let code = c as u32;
                let _ = match code {
                    0..=0xff => write!(out, "\\x{code:02x}"),
                    0x100..=0xffff => write!(out, "\\u{code:04x}"),
                    _ => write!(out, "\\U{code:08x}"),
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
}

/// Python's `str.isprintable` for one character, approximated without
/// Unicode tables: controls, separators other than space, the common format
/// characters, noncharacters and private-use characters are not printable.
fn is_printable(c: char) -> bool {
    let code = c as u32;
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            code,
            0xad | 0x600..=0x605
                | 0x61c
                | 0x6dd
                | 0x70f
                | 0x180e
                | 0x200b..=0x200f
                | 0x202a..=0x202e
                | 0x2060..=0x206f
                | 0xd800..=0xf8ff
                | 0xfdd0..=0xfdef
                | 0xfeff
                | 0xfff9..=0xfffb
                | 0xfffe..=0xffff
                | 0xf0000..
        ))
}

/// Python's `repr` of a bytes object.
fn py_bytes(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
}

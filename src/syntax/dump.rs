//! A compact, indented text rendering of the AST, one node per line with its
//! byte span, for snapshot tests and debugging (`{:#?}` is ten times longer).
//! The recursion is bounded by the parser's depth limits.

use std::fmt::Write;

use super::ast::*;

/// Renders a module, one statement or expression node per line.
pub fn dump(module: &Module) -> String {
    let mut d = Dumper { out: String::new() };
    d.stmts(&module.body, 0);
    d.out
}

struct Dumper {
    out: String,
}

impl Dumper {
    fn line(&mut self, depth: usize, text: &str, span: Span) {
        let _ = writeln!(
            self.out,
            "{}{text} @{}..{}",
            "  ".repeat(depth),
            span.start,
            span.end
        );
    }

    fn label(&mut self, depth: usize, text: &str) {
        let _ = writeln!(self.out, "{}{text}", "  ".repeat(depth));
    }

    fn stmts(&mut self, body: &[Stmt], depth: usize) {
        for s in body {
            self.stmt(s, depth);
        }
    }

    fn block(&mut self, name: &str, body: &[Stmt], depth: usize) {
        if !body.is_empty() {
            self.label(depth, name);
            self.stmts(body, depth + 1);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) {
        let n = depth + 1;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.line(depth, "Expr", s.span);
                self.expr(e, n);
            }
            StmtKind::Assign { targets, value } => {
                self.line(depth, "Assign", s.span);
                for t in targets {
                    self.expr(t, n);
                }
                self.label(n, "=");
                self.expr(value, n);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.line(depth, &format!("AugAssign {}=", op.symbol()), s.span);
                self.expr(target, n);
                self.expr(value, n);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.line(depth, "AnnAssign", s.span);
                self.expr(target, n);
                self.label(n, ":");
                self.expr(annotation, n);
                if let Some(v) = value {
                    self.label(n, "=");
                    self.expr(v, n);
                }
            }
            StmtKind::Del(targets) => {
                self.line(depth, "Del", s.span);
                targets.iter().for_each(|t| self.expr(t, n));
            }
            StmtKind::Pass => self.line(depth, "Pass", s.span),
            StmtKind::Break => self.line(depth, "Break", s.span),
            StmtKind::Continue => self.line(depth, "Continue", s.span),
            StmtKind::Return(v) => {
                self.line(depth, "Return", s.span);
                v.iter().for_each(|v| self.expr(v, n));
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                let name = if matches!(s.kind, StmtKind::If { .. }) {
                    "If"
                } else {
                    "While"
                };
                self.line(depth, name, s.span);
                self.expr(test, n);
                self.block("body:", body, n);
                self.block("else:", orelse, n);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let name = if *is_async { "AsyncFor" } else { "For" };
                self.line(depth, name, s.span);
                self.expr(target, n);
                self.expr(iter, n);
                self.block("body:", body, n);
                self.block("else:", orelse, n);
            }
            StmtKind::FunctionDef(def) => {
                self.line(depth, &format!("Def {}", def.name.name), s.span);
                self.exprs("decorators:", &def.decorators, n);
                self.params(&def.params, n);
                self.block("body:", &def.body, n);
            }
            StmtKind::ClassDef(class) => {
                self.line(depth, &format!("Class {}", class.name.name), s.span);
                self.exprs("decorators:", &class.decorators, n);
                self.exprs("bases:", &class.bases, n);
                self.keywords(&class.keywords, n);
                self.block("body:", &class.body, n);
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kw = if matches!(s.kind, StmtKind::Global(_)) {
                    "Global"
                } else {
                    "Nonlocal"
                };
                let names: Vec<&str> = names.iter().map(|i| i.name.as_str()).collect();
                self.line(depth, &format!("{kw} {}", names.join(", ")), s.span);
            }
            StmtKind::Import(aliases) => {
                self.line(depth, &format!("Import {}", aliases_text(aliases)), s.span)
            }
            StmtKind::ImportFrom { module, names } => {
                let text = format!("ImportFrom {} {}", module.name, aliases_text(names));
                self.line(depth, &text, s.span);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.line(depth, "Try", s.span);
                self.block("body:", body, n);
                for h in handlers {
                    let name = h
                        .name
                        .as_ref()
                        .map_or(String::new(), |i| format!(" as {}", i.name));
                    self.line(n, &format!("Except{name}"), h.span);
                    h.typ.iter().for_each(|t| self.expr(t, n + 1));
                    self.stmts(&h.body, n + 1);
                }
                self.block("else:", orelse, n);
                self.block("finally:", finalbody, n);
            }
            StmtKind::Raise { exc, cause } => {
                self.line(depth, "Raise", s.span);
                exc.iter().for_each(|e| self.expr(e, n));
                if let Some(c) = cause {
                    self.label(n, "from");
                    self.expr(c, n);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.line(depth, "Assert", s.span);
                self.expr(test, n);
                msg.iter().for_each(|m| self.expr(m, n));
            }
            StmtKind::With { items, body, .. } => {
                self.line(depth, "With", s.span);
                for item in items {
                    self.expr(&item.context, n);
                    if let Some(t) = &item.target {
                        self.label(n, "as");
                        self.expr(t, n);
                    }
                }
                self.block("body:", body, n);
            }
            StmtKind::Unsupported(what) => self.line(depth, &format!("Unsupported {what}"), s.span),
        }
    }

    fn expr(&mut self, e: &Expr, depth: usize) {
        let n = depth + 1;
        match &e.kind {
            ExprKind::Name(name) => self.line(depth, &format!("Name {name}"), e.span),
            ExprKind::Constant(c) => self.line(depth, &format!("{c:?}"), e.span),
            ExprKind::FString(parts) => {
                self.line(depth, "FString", e.span);
                self.fparts(parts, n);
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                let name = if matches!(e.kind, ExprKind::List(_)) {
                    "List"
                } else {
                    "Tuple"
                };
                self.line(depth, name, e.span);
                items.iter().for_each(|x| self.expr(x, n));
            }
            ExprKind::Set(items) => {
                self.line(depth, "Set", e.span);
                items.iter().for_each(|x| self.expr(x, n));
            }
            ExprKind::Dict(pairs) => {
                self.line(depth, "Dict", e.span);
                for (k, v) in pairs {
                    match k {
                        Some(k) => self.expr(k, n),
                        None => self.label(n, "**"),
                    }
                    self.expr(v, n + 1);
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.line(depth, &format!("BinOp {}", op.symbol()), e.span);
                self.expr(left, n);
                self.expr(right, n);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.line(depth, &format!("UnaryOp {op:?}"), e.span);
                self.expr(operand, n);
            }
            ExprKind::BoolOp { op, values } => {
                self.line(depth, &format!("BoolOp {op:?}"), e.span);
                values.iter().for_each(|x| self.expr(x, n));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.line(depth, &format!("Compare {ops:?}"), e.span);
                self.expr(left, n);
                comparators.iter().for_each(|x| self.expr(x, n));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.line(depth, "IfExp", e.span);
                self.expr(test, n);
                self.expr(body, n);
                self.expr(orelse, n);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.line(depth, "Call", e.span);
                self.expr(func, n);
                args.iter().for_each(|x| self.expr(x, n));
                self.keywords(keywords, n);
            }
            ExprKind::Lambda { params, body } => {
                self.line(depth, "Lambda", e.span);
                self.params(params, n);
                self.label(n, "body:");
                self.expr(body, n + 1);
            }
            ExprKind::WithAs { context, target } => {
                self.line(depth, "WithAs", e.span);
                self.expr(context, n);
                self.expr(target, n);
            }
            ExprKind::NamedExpr { target, value } => {
                self.line(depth, &format!("NamedExpr {}", target.name), e.span);
                self.expr(value, n);
            }
            ExprKind::Starred(value) => {
                self.line(depth, "Starred", e.span);
                self.expr(value, n);
            }
            ExprKind::Attribute { value, attr } => {
                self.line(depth, &format!("Attribute .{}", attr.name), e.span);
                self.expr(value, n);
            }
            ExprKind::Subscript { value, index } => {
                self.line(depth, "Subscript", e.span);
                self.expr(value, n);
                self.expr(index, n);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.line(depth, "Slice", e.span);
                for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(p) = part {
                        self.label(n, name);
                        self.expr(p, n + 1);
                    }
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                self.line(depth, name, e.span);
                self.expr(elt, n);
                self.comprehensions(generators, n);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.line(depth, "DictComp", e.span);
                self.expr(key, n);
                self.expr(value, n + 1);
                self.comprehensions(generators, n);
            }
            ExprKind::Yield(value) => {
                self.line(depth, "Yield", e.span);
                value.iter().for_each(|x| self.expr(x, n));
            }
            ExprKind::YieldFrom(value) => {
                self.line(depth, "YieldFrom", e.span);
                self.expr(value, n);
            }
            ExprKind::Await(value) => {
                self.line(depth, "Await", e.span);
                self.expr(value, n);
            }
            ExprKind::Unsupported(what) => self.line(depth, &format!("Unsupported {what}"), e.span),
        }
    }

    /// A comprehension's clauses: each `for` with its target, iterable and
    /// conditions.
    fn comprehensions(&mut self, generators: &[Comprehension], depth: usize) {
        for g in generators {
            self.label(depth, "for:");
            self.expr(&g.target, depth + 1);
            self.label(depth, "in:");
            self.expr(&g.iter, depth + 1);
            self.exprs("if:", &g.ifs, depth);
        }
    }

    /// A labelled list of expressions, omitted when empty.
    fn exprs(&mut self, name: &str, items: &[Expr], depth: usize) {
        if !items.is_empty() {
            self.label(depth, name);
            items.iter().for_each(|x| self.expr(x, depth + 1));
        }
    }

    fn keywords(&mut self, keywords: &[Keyword], depth: usize) {
        for k in keywords {
            match &k.name {
                Some(name) => self.line(depth, &format!("Keyword {}", name.name), name.span),
                None => self.label(depth, "Keyword **"),
            }
            self.expr(&k.value, depth + 1);
        }
    }

    /// Parameters in source order: a `/` line after the positional-only
    /// ones, `*` for a bare star.
    fn params(&mut self, params: &Params, depth: usize) {
        let param = |d: &mut Self, kind: &str, p: &Param| {
            d.line(depth, &format!("{kind} {}", p.name.name), p.name.span);
            p.default.iter().for_each(|x| d.expr(x, depth + 1));
        };
        for (i, p) in params.positional.iter().enumerate() {
            param(self, "Param", p);
            if i + 1 == params.posonly {
                self.label(depth, "/");
            }
        }
        match &params.vararg {
            Some(v) => self.line(depth, &format!("VarArg {}", v.name), v.span),
            None if !params.kwonly.is_empty() => self.label(depth, "*"),
            None => {}
        }
        for p in &params.kwonly {
            param(self, "KwOnly", p);
        }
        if let Some(k) = &params.kwarg {
            self.line(depth, &format!("KwArg {}", k.name), k.span);
        }
    }

    fn fparts(&mut self, parts: &[FStringPart], depth: usize) {
        for p in parts {
            match p {
                FStringPart::Literal(s) => self.label(depth, &format!("Literal {s:?}")),
                FStringPart::Value {
                    expr,
                    conversion,
                    spec,
                } => {
                    let conv = conversion.map_or(String::new(), |c| format!(" !{c}"));
                    self.label(depth, &format!("Value{conv}"));
                    self.expr(expr, depth + 1);
                    if !spec.is_empty() {
                        self.label(depth + 1, "spec:");
                        self.fparts(spec, depth + 2);
                    }
                }
            }
        }
    }
}

fn aliases_text(aliases: &[Alias]) -> String {
    let parts: Vec<String> = aliases
        .iter()
        .map(|a| match &a.asname {
            Some(asname) => format!("{} as {}", a.name.name, asname.name),
            None => a.name.name.clone(),
        })
        .collect();
    parts.join(", ")
}

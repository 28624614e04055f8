//! The symbol table pass: decides, for each function, which names are its
//! locals (slots in the frame) and which are globals, before any code is
//! generated. Python's rule: a name bound anywhere in a function body is
//! local to the whole body unless declared `global`.
//!
//! Names that a nested function reads from an enclosing function's locals
//! would need closures, which gilvm does not have yet; they are rejected
//! here with a located error instead of being silently read as globals.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use crate::diag::Diagnostic;
use crate::syntax::ast::{
    ExceptHandler, Expr, ExprKind, FStringPart, FunctionDef, Ident, Params, Span, Stmt, StmtKind,
};

/// The scope of one function: its local slots (parameters first) and the
/// names it declared `global`.
#[derive(Debug, Default, Clone)]
pub struct FunctionScope {
    pub locals: IndexMap<String, u32>,
    pub globals: HashSet<String>,
}

impl FunctionScope {
    pub fn slot(&self, name: &str) -> Option<u32> {
        self.locals.get(name).copied()
    }
}

/// Builds the scope of `def`, checking it against the enclosing function
/// scopes (innermost last).
pub fn function_scope(
    def: &FunctionDef,
    enclosing: &[&FunctionScope],
) -> Result<FunctionScope, Diagnostic> {
    let mut scope = FunctionScope::default();
    for name in param_names(&def.params) {
        if scope.locals.contains_key(&name.name) {
            return Err(Diagnostic::syntax(
                format!("duplicate argument '{}' in function definition", name.name),
                name.span,
            ));
        }
        let n = scope.locals.len() as u32;
        scope.locals.insert(name.name.clone(), n);
    }
    let mut collector = Collector::default();
    collector.block(&def.body)?;
    for (name, span) in &collector.global_decls {
        if scope.locals.contains_key(name) {
            return Err(Diagnostic::syntax(
                format!("name '{name}' is parameter and global"),
                *span,
            ));
        }
        if let Some(first_use) = collector.first_use.get(name) {
            if first_use.start < span.start {
                return Err(Diagnostic::syntax(
                    format!("name '{name}' is used prior to global declaration"),
                    *span,
                ));
            }
        }
        scope.globals.insert(name.clone());
    }
    for name in &collector.bound {
        if !scope.globals.contains(name) && !scope.locals.contains_key(name) {
            let n = scope.locals.len() as u32;
            scope.locals.insert(name.clone(), n);
        }
    }
    // A name read here but bound in an enclosing function is a free
    // variable: that needs a closure.
    for (name, span) in &collector.first_use {
        if scope.locals.contains_key(name) || scope.globals.contains(name) {
            continue;
        }
        for outer in enclosing.iter().rev() {
            if outer.globals.contains(name) {
                break;
            }
            if outer.locals.contains_key(name) {
                return Err(Diagnostic::syntax(
                    format!(
                        "closures are not supported by gilvm yet: '{name}' is a local variable of an enclosing function"
                    ),
                    *span,
                ));
            }
        }
    }
    Ok(scope)
}

/// The parameters' names in CPython's slot order: positional (and
/// positional-only), keyword-only, `*args`, `**kwargs`.
fn param_names(params: &Params) -> impl Iterator<Item = &Ident> {
    (params.positional.iter().map(|p| &p.name))
        .chain(params.kwonly.iter().map(|p| &p.name))
        .chain(&params.vararg)
        .chain(&params.kwarg)
}

/// Checks the module body for statements that only make sense inside a
/// function (`nonlocal`), without building a scope: module names are all
/// globals.
pub fn check_module(body: &[Stmt]) -> Result<(), Diagnostic> {
    for stmt in body {
        if let StmtKind::Nonlocal(names) = &stmt.kind {
            return Err(Diagnostic::syntax(
                "nonlocal declaration not allowed at module level",
                names.first().map_or(stmt.span, |n| n.span),
            ));
        }
    }
    Ok(())
}

/// Walks one function body (not nested functions' bodies) and records
/// bound names, `global` declarations and the first use of every name.
#[derive(Default)]
struct Collector {
    bound: Vec<String>,
    bound_set: HashSet<String>,
    global_decls: Vec<(String, Span)>,
    first_use: HashMap<String, Span>,
}

impl Collector {
    fn bind(&mut self, name: &str, span: Span) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
        self.first_use.entry(name.to_string()).or_insert(span);
    }

    fn block(&mut self, body: &[Stmt]) -> Result<(), Diagnostic> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), Diagnostic> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.target(target);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Unsupported(_) => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.block(body)?;
                self.block(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.block(body)?;
                self.block(orelse)?;
            }
            // Decorators, defaults, bases and keywords are evaluated in
            // this scope; the bodies are scopes of their own.
            StmtKind::FunctionDef(def) => {
                for d in &def.decorators {
                    self.expr(d);
                }
                self.defaults(&def.params);
                self.bind(&def.name.name, def.name.span);
            }
            StmtKind::ClassDef(class) => {
                for e in class.decorators.iter().chain(&class.bases) {
                    self.expr(e);
                }
                for k in &class.keywords {
                    self.expr(&k.value);
                }
                self.bind(&class.name.name, class.name.span);
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.global_decls.push((n.name.clone(), n.span));
                }
            }
            StmtKind::Nonlocal(names) => {
                return Err(Diagnostic::syntax(
                    "nonlocal is not supported by gilvm yet (it needs closures)",
                    names.first().map_or(s.span, |n| n.span),
                ));
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(&n.name, n.span);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(&n.name, n.span);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body)?;
                for ExceptHandler {
                    typ, name, body, ..
                } in handlers
                {
                    if let Some(t) = typ {
                        self.expr(t);
                    }
                    if let Some(n) = name {
                        self.bind(&n.name, n.span);
                    }
                    self.block(body)?;
                }
                self.block(orelse)?;
                self.block(finalbody)?;
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(e);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t);
                    }
                }
                self.block(body)?;
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                self.first_use.entry(n.clone()).or_insert(e.span);
            }
            ExprKind::Constant(_) | ExprKind::Unsupported(_) => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    self.expr(k);
                    self.expr(v);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            // The body is the lambda's own scope.
            ExprKind::Lambda { params, .. } => self.defaults(params),
            ExprKind::Starred(value) => self.expr(value),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    /// Default values, evaluated where the function is defined.
    fn defaults(&mut self, params: &Params) {
        for p in params.positional.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Value { expr, spec, .. } = p {
                self.expr(expr);
                self.fstring(spec);
            }
        }
    }
}

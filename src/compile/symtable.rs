//! The symbol table pass: before any code is generated, decides for every
//! scope (the module, each function and lambda, each class body) how each
//! name it uses is reached. Python's rules:
//!
//! - a name bound anywhere in a function is local to the whole function,
//!   unless declared `global` or `nonlocal`;
//! - a local that a nested function uses is a *cell*: the frame's slot
//!   holds a shared box, and the nested function's closure holds it too;
//!   in the nested function it is a *free* variable;
//! - a class body's names live in the class namespace; functions nested
//!   in it do not see them (their free variables skip class scopes);
//! - a function in a class that uses `super` or `__class__` gets the
//!   implicit free variable `__class__`, a cell of the class body that the
//!   new class is put in.
//!
//! The whole module is analysed first because whether a local is a cell
//! depends on functions nested later in its body.

use std::collections::{HashMap, HashSet};

use indexmap::{IndexMap, IndexSet};

use crate::diag::Diagnostic;
use crate::syntax::ast::{
    ClassDef, Comprehension, ExceptHandler, Expr, ExprKind, FStringPart, FunctionDef, Ident,
    Params, Span, Stmt, StmtKind,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// How the code of a scope reaches one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// A plain local slot (LOAD_FAST).
    Fast(u32),
    /// A cell in a local slot: a captured local or a free variable
    /// (LOAD_DEREF).
    Deref(u32),
    /// A module global (LOAD_GLOBAL), falling back to the builtin.
    Global,
    /// A class body's name: the namespace, then the global (LOAD_NAME).
    Name,
    /// A class body reading a free variable: the namespace, then the cell
    /// (LOAD_CLASSDEREF).
    ClassDeref(u32),
}

/// One scope's names.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `C.method`, `outer.<locals>.inner`, as CPython's `__qualname__`.
    pub qualname: String,
    /// Local slots: parameters first, then the other bound names, then
    /// the free variables (from `free_start`). A class body's slot 0 is
    /// its namespace.
    pub locals: IndexMap<String, u32>,
    /// Locals that nested functions capture.
    pub cells: IndexSet<String>,
    /// Names from enclosing functions, in slot order.
    pub frees: IndexSet<String>,
    pub free_start: usize,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    /// Names bound in this scope (assigned, imported, defined, params).
    bound: IndexSet<String>,
    /// Names read or written, with their first use.
    used: IndexMap<String, Span>,
    parent: Option<usize>,
    /// Whether it uses `super` or `__class__` (needs the class cell).
    uses_class: bool,
    /// Whether it contains `yield` (or is a generator expression): calling
    /// it makes a generator instead of running the body.
    pub is_generator: bool,
    /// Whether it is an `async def`: calling it makes a coroutine, and
    /// `await` may appear in it.
    pub is_coroutine: bool,
    /// For a comprehension's scope, what CPython calls it in messages
    /// ("list comprehension").
    comprehension: Option<&'static str>,
}

impl Scope {
    fn new(kind: ScopeKind, qualname: String, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            qualname,
            locals: IndexMap::new(),
            cells: IndexSet::new(),
            frees: IndexSet::new(),
            free_start: 0,
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            bound: IndexSet::new(),
            used: IndexMap::new(),
            parent,
            uses_class: false,
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
        }
    }

    /// How this scope's code reaches `name`.
    pub fn access(&self, name: &str) -> Access {
        match self.kind {
            ScopeKind::Module => Access::Global,
            ScopeKind::Class => {
                if self.globals.contains(name) {
                    Access::Global
                } else if !self.bound.contains(name) {
                    match (self.frees.contains(name), self.locals.get(name)) {
                        (true, Some(&slot)) => Access::ClassDeref(slot),
                        _ => Access::Name,
                    }
                } else {
                    Access::Name
                }
            }
            ScopeKind::Function => match self.locals.get(name) {
                Some(&slot) if self.cells.contains(name) || self.frees.contains(name) => {
                    Access::Deref(slot)
                }
                Some(&slot) => Access::Fast(slot),
                None => Access::Global,
            },
        }
    }

    /// The slot of a cell or free variable, for LOAD_CLOSURE.
    pub fn closure_slot(&self, name: &str) -> Option<u32> {
        self.locals.get(name).copied()
    }

    /// The slots MAKE_CELL must wrap when the scope's code starts.
    pub fn cell_slots(&self) -> Vec<u32> {
        self.cells
            .iter()
            .filter_map(|n| self.locals.get(n).copied())
            .collect()
    }
}

/// Every scope of a module, found by the span of what makes it (a
/// function's or class's name, a lambda expression).
pub struct SymbolTable {
    scopes: Vec<Scope>,
    by_span: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The module's scope.
    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope a `def`, `class` or `lambda` at `span` makes.
    pub fn scope_at(&self, span: Span) -> Option<&Scope> {
        self.by_span
            .get(&(span.start, span.end))
            .map(|&i| &self.scopes[i])
    }
}

/// Builds the symbol table of a module.
pub fn analyse(body: &[Stmt]) -> Result<SymbolTable, Diagnostic> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, String::new(), None)],
            by_span: HashMap::new(),
        },
        current: 0,
        error: None,
    };
    for s in body {
        if let StmtKind::Nonlocal(names) = &s.kind {
            return Err(Diagnostic::syntax(
                "nonlocal declaration not allowed at module level",
                names.first().map_or(s.span, |n| n.span),
            ));
        }
    }
    b.block(body)?;
    if let Some(e) = b.error.take() {
        return Err(e);
    }
    b.resolve()?;
    Ok(b.table)
}

/// CPython's error for a `global` or `nonlocal` declaration (`what`) of a
/// name the scope already used or assigned above it.
fn used_before(s: &Scope, n: &Ident, what: &str) -> Result<(), Diagnostic> {
    match s.used.get(&n.name) {
        Some(first) if first.start < n.span.start => {
            let how = if s.bound.contains(&n.name) {
                "assigned to"
            } else {
                "used"
            };
            Err(Diagnostic::syntax(
                format!("name '{}' is {how} prior to {what} declaration", n.name),
                n.span,
            ))
        }
        _ => Ok(()),
    }
}

struct Builder {
    table: SymbolTable,
    current: usize,
    /// The first error found inside an expression (expressions are walked
    /// without a `Result`; it is reported once the walk ends).
    error: Option<Diagnostic>,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn bind(&mut self, name: &str, span: Span) {
        let s = self.scope();
        s.bound.insert(name.to_string());
        s.used.entry(name.to_string()).or_insert(span);
    }

    fn use_name(&mut self, name: &str, span: Span) {
        let s = self.scope();
        if name == "super" || name == "__class__" {
            s.uses_class = true;
        }
        s.used.entry(name.to_string()).or_insert(span);
    }

    /// Opens a child scope, runs `f` in it, and returns to the parent.
    fn child(
        &mut self,
        kind: ScopeKind,
        name: &str,
        key: Span,
        f: impl FnOnce(&mut Builder) -> Result<(), Diagnostic>,
    ) -> Result<(), Diagnostic> {
        let parent = &self.table.scopes[self.current];
        let qualname = match parent.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", parent.qualname),
            ScopeKind::Function => format!("{}.<locals>.{name}", parent.qualname),
        };
        let index = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, qualname, Some(self.current)));
        self.table.by_span.insert((key.start, key.end), index);
        let saved = std::mem::replace(&mut self.current, index);
        let r = f(self);
        self.current = saved;
        r
    }

    fn params_in_enclosing(&mut self, params: &Params) {
        for p in params.positional.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        for (_, a) in &params.annotations {
            self.expr(a);
        }
    }

    /// Declares the parameters of the scope just opened, in slot order.
    fn declare_params(&mut self, params: &Params) -> Result<(), Diagnostic> {
        let names = params
            .positional
            .iter()
            .chain(&params.kwonly)
            .map(|p| &p.name)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        for n in names {
            let s = self.scope();
            if s.locals.contains_key(&n.name) {
                return Err(Diagnostic::syntax(
                    format!("duplicate argument '{}' in function definition", n.name),
                    n.span,
                ));
            }
            let slot = s.locals.len() as u32;
            s.locals.insert(n.name.clone(), slot);
            s.bound.insert(n.name.clone());
        }
        Ok(())
    }

    fn function(&mut self, def: &FunctionDef) -> Result<(), Diagnostic> {
        for d in &def.decorators {
            self.expr(d);
        }
        self.params_in_enclosing(&def.params);
        if let Some(r) = &def.returns {
            self.expr(r);
        }
        self.bind(def.bound_name(), def.name.span);
        self.child(ScopeKind::Function, &def.name.name, def.name.span, |b| {
            b.scope().is_coroutine = def.is_async;
            b.declare_params(&def.params)?;
            b.block(&def.body)
        })
    }

    fn class(&mut self, def: &ClassDef) -> Result<(), Diagnostic> {
        for d in &def.decorators {
            self.expr(d);
        }
        for e in &def.bases {
            self.expr(e);
        }
        for k in &def.keywords {
            self.expr(&k.value);
        }
        self.bind(def.bound_name(), def.name.span);
        self.child(ScopeKind::Class, &def.name.name, def.name.span, |b| {
            // Slot 0 holds the namespace the body fills.
            b.scope().locals.insert("<namespace>".to_string(), 0);
            b.block(&def.body)
        })
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
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.target(target);
                if self.table.scopes[self.current].kind != ScopeKind::Function {
                    self.expr(annotation);
                    self.bind("__annotations__", s.span);
                }
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
                is_async,
            } => {
                if *is_async {
                    self.require_async_function("'async for'", s.span);
                }
                self.expr(iter);
                self.target(target);
                self.block(body)?;
                self.block(orelse)?;
            }
            StmtKind::FunctionDef(def) => self.function(def)?,
            StmtKind::ClassDef(def) => self.class(def)?,
            StmtKind::Global(names) => {
                for n in names {
                    let s = &self.table.scopes[self.current];
                    if s.locals.contains_key(&n.name) && s.kind == ScopeKind::Function {
                        return Err(Diagnostic::syntax(
                            format!("name '{}' is parameter and global", n.name),
                            n.span,
                        ));
                    }
                    if s.nonlocals.contains(&n.name) {
                        return Err(Diagnostic::syntax(
                            format!("name '{}' is nonlocal and global", n.name),
                            n.span,
                        ));
                    }
                    used_before(s, n, "global")?;
                    self.scope().globals.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let s = &self.table.scopes[self.current];
                    if s.kind == ScopeKind::Class {
                        return Err(Diagnostic::syntax(
                            "nonlocal is not supported by gilvm yet in a class body",
                            n.span,
                        ));
                    }
                    if s.locals.contains_key(&n.name) {
                        return Err(Diagnostic::syntax(
                            format!("name '{}' is parameter and nonlocal", n.name),
                            n.span,
                        ));
                    }
                    if s.globals.contains(&n.name) {
                        return Err(Diagnostic::syntax(
                            format!("name '{}' is nonlocal and global", n.name),
                            n.span,
                        ));
                    }
                    used_before(s, n, "nonlocal")?;
                    let s = self.scope();
                    s.nonlocals.insert(n.name.clone());
                    s.used.entry(n.name.clone()).or_insert(n.span);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    let top = n.name.split('.').next().unwrap_or_default();
                    self.bind(top, n.span);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                if names.iter().any(|a| a.name.name == "*") {
                    if self.scope().kind != ScopeKind::Module {
                        return Err(Diagnostic::syntax(
                            "import * only allowed at module level",
                            s.span,
                        ));
                    }
                    return Ok(());
                }
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
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.require_async_function("'async with'", s.span);
                }
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
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n, e.span),
            ExprKind::Constant(_) | ExprKind::Unsupported(_) => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Starred(inner) => self.expr(inner),
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
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(
                    e.span,
                    "<listcomp>",
                    "list comprehension",
                    generators,
                    &[elt],
                );
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e.span, "<setcomp>", "set comprehension", generators, &[elt]);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let what = "dict comprehension";
                self.comprehension(e.span, "<dictcomp>", what, generators, &[key, value]);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                let what = "generator expression";
                self.comprehension(e.span, "<genexpr>", what, generators, &[elt]);
            }
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.saw_yield("yield", e.span);
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value);
                self.saw_yield("yield from", e.span);
            }
            ExprKind::Await(value) => {
                self.expr(value);
                self.saw_await(e.span);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.named_target(target);
            }
            // Only `with (a as x):` may hold it, and the parser unpacked
            // those.
            ExprKind::WithAs { .. } => self.fail("invalid syntax".to_string(), e.span),
            ExprKind::Lambda { params, body } => {
                self.params_in_enclosing(params);
                // A lambda's errors are all found when its body is
                // compiled (it binds nothing it could get wrong here).
                let _ = self.child(ScopeKind::Function, "<lambda>", e.span, |b| {
                    b.declare_params(params)?;
                    b.expr(body);
                    Ok(())
                });
            }
        }
    }

    /// A comprehension is a function of its own, called at once with the
    /// iterator of its first `for` (evaluated in the enclosing scope, as
    /// CPython does) as its one parameter `.0`.
    fn comprehension(
        &mut self,
        key: Span,
        name: &str,
        what: &'static str,
        generators: &[Comprehension],
        elements: &[&Expr],
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.expr(&first.iter);
        let _ = self.child(ScopeKind::Function, name, key, |b| {
            let s = b.scope();
            s.locals.insert(".0".to_string(), 0);
            s.bound.insert(".0".to_string());
            s.comprehension = Some(what);
            s.is_generator = name == "<genexpr>";
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    b.expr(&g.iter);
                }
                b.target(&g.target);
                for c in &g.ifs {
                    b.expr(c);
                }
            }
            for e in elements {
                b.expr(e);
            }
            Ok(())
        });
    }

    /// The target of `name := value`. Inside a comprehension it belongs to
    /// the nearest enclosing scope that is not one (PEP 572): bound there,
    /// and reached from each comprehension in between as a free variable
    /// of a function or as a global of the module.
    fn named_target(&mut self, n: &Ident) {
        let mut comprehensions = Vec::new();
        let mut k = self.current;
        while self.table.scopes[k].comprehension.is_some() {
            let s = &self.table.scopes[k];
            if s.bound.contains(&n.name) {
                let message = format!(
                    "assignment expression cannot rebind comprehension iteration variable '{}'",
                    n.name
                );
                self.fail(message, n.span);
                return;
            }
            comprehensions.push(k);
            match s.parent {
                Some(p) => k = p,
                None => break,
            }
        }
        if comprehensions.is_empty() {
            self.bind(&n.name, n.span);
            return;
        }
        let owner = &mut self.table.scopes[k];
        if owner.kind == ScopeKind::Class {
            let message =
                "assignment expression within a comprehension cannot be used in a class body";
            self.fail(message.to_string(), n.span);
            return;
        }
        let global = owner.kind == ScopeKind::Module || owner.globals.contains(&n.name);
        if !owner.nonlocals.contains(&n.name) {
            owner.bound.insert(n.name.clone());
        }
        owner.used.entry(n.name.clone()).or_insert(n.span);
        for c in comprehensions {
            let s = &mut self.table.scopes[c];
            if global {
                s.globals.insert(n.name.clone());
            } else {
                s.nonlocals.insert(n.name.clone());
            }
            s.used.entry(n.name.clone()).or_insert(n.span);
        }
    }

    /// Records the first error found inside an expression.
    fn fail(&mut self, message: String, span: Span) {
        if self.error.is_none() {
            self.error = Some(Diagnostic::syntax(message, span));
        }
    }

    /// `async with` and `async for` belong in an `async def`.
    fn require_async_function(&mut self, what: &str, span: Span) {
        let scope = self.scope();
        if !(scope.kind == ScopeKind::Function && scope.is_coroutine) {
            self.fail(format!("{what} outside async function"), span);
        }
    }

    /// `yield` makes the function it is in a generator; CPython refuses it
    /// outside a function and inside a comprehension.
    fn saw_yield(&mut self, keyword: &str, span: Span) {
        let s = self.scope();
        let message = match (s.kind, s.comprehension) {
            (_, Some(what)) => format!("'{keyword}' inside {what}"),
            (ScopeKind::Function, None) if s.is_coroutine && keyword == "yield" => {
                "asynchronous generators are not supported by gilvm yet".to_string()
            }
            (ScopeKind::Function, None) if s.is_coroutine => {
                format!("'{keyword}' inside async function")
            }
            (ScopeKind::Function, None) => {
                s.is_generator = true;
                return;
            }
            _ => format!("'{keyword}' outside function"),
        };
        if self.error.is_none() {
            self.error = Some(Diagnostic::syntax(message, span));
        }
    }

    /// `await` belongs in an `async def` (which is already a coroutine);
    /// CPython's messages elsewhere.
    fn saw_await(&mut self, span: Span) {
        let s = self.scope();
        let message = match (s.kind, s.comprehension, s.is_coroutine) {
            (_, Some(_), _) => "asynchronous comprehensions are not supported by gilvm yet",
            (ScopeKind::Function, None, true) => return,
            (ScopeKind::Function, None, false) => "'await' outside async function",
            _ => "'await' outside function",
        };
        if self.error.is_none() {
            self.error = Some(Diagnostic::syntax(message, span));
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

    /// The second pass: locals get their slots, then every scope's free
    /// names are looked up in the enclosing functions, which makes them
    /// cells there and free in every scope between.
    fn resolve(&mut self) -> Result<(), Diagnostic> {
        let n = self.table.scopes.len();
        for i in 0..n {
            let s = &mut self.table.scopes[i];
            if s.kind == ScopeKind::Module {
                continue;
            }
            let bound: Vec<String> = s.bound.iter().cloned().collect();
            for name in bound {
                if s.globals.contains(&name) || s.nonlocals.contains(&name) {
                    continue;
                }
                if s.kind == ScopeKind::Function && !s.locals.contains_key(&name) {
                    let slot = s.locals.len() as u32;
                    s.locals.insert(name, slot);
                }
            }
        }
        // Parents come before children in `scopes`, so a scope's cells are
        // known before its children's frees are laid out; frees get slots
        // after every local, in a final loop.
        for i in 0..n {
            let s = &self.table.scopes[i];
            if s.kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<(String, Span, bool)> = Vec::new();
            for (name, span) in &s.used {
                let is_local = match s.kind {
                    ScopeKind::Function => {
                        s.locals.contains_key(name) && !s.nonlocals.contains(name)
                    }
                    _ => s.bound.contains(name),
                };
                if is_local || s.globals.contains(name) {
                    continue;
                }
                wanted.push((name.clone(), *span, s.nonlocals.contains(name)));
            }
            if s.kind == ScopeKind::Function && s.uses_class {
                wanted.push(("__class__".to_string(), Span::default(), false));
            }
            for (name, span, nonlocal) in wanted {
                self.resolve_free(i, &name, span, nonlocal)?;
            }
        }
        for s in &mut self.table.scopes {
            s.free_start = s.locals.len();
            for name in s.frees.clone() {
                let slot = s.locals.len() as u32;
                s.locals.entry(name).or_insert(slot);
            }
        }
        Ok(())
    }

    /// Finds the function (or, for `__class__`, the class) that binds
    /// `name` for scope `i`, marks it a cell there and free on the way.
    fn resolve_free(
        &mut self,
        i: usize,
        name: &str,
        span: Span,
        nonlocal: bool,
    ) -> Result<(), Diagnostic> {
        let mut path = vec![i];
        let mut at = self.table.scopes[i].parent;
        while let Some(p) = at {
            let s = &self.table.scopes[p];
            let found = match s.kind {
                ScopeKind::Module => break,
                ScopeKind::Class => name == "__class__",
                ScopeKind::Function => s.locals.contains_key(name) && !s.nonlocals.contains(name),
            };
            if s.kind == ScopeKind::Function && s.globals.contains(name) {
                break;
            }
            if found {
                let s = &mut self.table.scopes[p];
                if s.kind == ScopeKind::Class {
                    let slot = s.locals.len() as u32;
                    s.locals.entry(name.to_string()).or_insert(slot);
                }
                s.cells.insert(name.to_string());
                for &q in &path {
                    self.table.scopes[q].frees.insert(name.to_string());
                }
                return Ok(());
            }
            // Scopes between (a nonlocal declaration further out too) pass
            // the name through as a free variable.
            path.push(p);
            at = s.parent;
        }
        if nonlocal {
            return Err(Diagnostic::syntax(
                format!("no binding for nonlocal '{name}' found"),
                span,
            ));
        }
        Ok(())
    }
}

/// Whether a module or class body has an annotated assignment of its own
/// (in any compound statement, not in a nested function or class).
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

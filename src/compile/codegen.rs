//! Code generation: AST to code objects.
//!
//! One `Unit` is built per function (and one for the module). Control flow
//! that leaves a protected region early (`return`, `break`, `continue`
//! inside `try`, `with` or `for`) is compiled by replaying the unwinding
//! work of every enclosing region, innermost first: popping handler
//! blocks, running `finally` bodies inline, calling `__exit__`, dropping
//! the loop iterator. This is CPython's "frame block" scheme.

use std::collections::HashMap;
use std::sync::Arc;

use indexmap::IndexSet;
use num_bigint::BigInt;

use crate::bytecode::{self, BinaryOperator, CodeObject, Comparison, Op};
use crate::compile::symtable::{self, Access, Scope, ScopeKind, SymbolTable};
use crate::diag::{Diagnostic, SourceFile};
use crate::syntax::ast::*;

#[path = "comprehensions.rs"]
mod comprehensions;
use comprehensions::Element;

type CResult<T = ()> = Result<T, Diagnostic>;

/// Compiles a parsed module into its code object.
pub fn compile_module(module: &Module, source: &Arc<SourceFile>) -> CResult<Arc<CodeObject>> {
    // Private names (`__x` inside a class) are mangled before anything
    // else looks at names.
    let mut mangled = module.clone();
    super::mangle::mangle_module(&mut mangled);
    let module = &mangled;
    let table = symtable::analyse(&module.body)?;
    let mut globals = IndexSet::new();
    let mut unit = Unit::new("<module>", 1, table.module().clone());
    {
        let mut c = Compiler {
            source,
            globals: &mut globals,
            table: &table,
        };
        unit.doc = docstring(&module.body);
        c.setup_annotations(&mut unit, &module.body);
        c.block(&mut unit, &module.body)?;
        let end = module.body.last().map_or(Span::default(), |s| s.span);
        unit.span = Span::new(end.end as usize, end.end as usize);
        let none = unit.constant(Const::None);
        unit.emit(Op::LoadConst(none));
        unit.emit(Op::ReturnValue);
    }
    let names: Arc<[Arc<str>]> = globals.into_iter().map(Arc::from).collect();
    // One string per distinct attribute name in the module: caches that
    // compare names compare pointers first (`vm::attr_cache`).
    let mut interned = HashMap::new();
    Ok(unit.finish(source, &names, &mut interned))
}

/// A constant before it becomes a `Constant` (code objects are finished
/// last, once the module's global names are all known).
#[derive(Clone, PartialEq, Eq, Hash)]
enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Arc<BigInt>),
    /// Compared by bits so that `0.0` and `-0.0` stay distinct.
    Float(u64),
    Str(String),
    Ellipsis,
    Tuple(Vec<Const>),
    /// Elements in source order, repeats dropped.
    FrozenSet(Vec<Const>),
    Code(usize),
}

/// What a function's code is made of: a `def`'s statements or a lambda's
/// expression.
#[derive(Clone, Copy)]
enum FnBody<'a> {
    /// A `def`'s body and its return annotation.
    Block(&'a [Stmt], Option<&'a Expr>),
    Expr(&'a Expr),
}

/// A region of code that early exits must unwind.
enum FBlock<'a> {
    /// A `while` or `for` loop; `for` loops keep their iterator on the stack.
    Loop {
        continue_target: usize,
        break_jumps: Vec<usize>,
        is_for: bool,
    },
    /// The body of a `try` with `except` handlers.
    TryExcept,
    /// The body of a `try` with a `finally`.
    TryFinally(&'a [Stmt]),
    /// A `finally` body running because of an exception (on the stack).
    FinallyException,
    /// An `except` handler body; `name` is the `as` target to clear.
    Handler(Option<&'a Ident>),
    /// A `with` body; `__exit__` (or, for `async with`, `__aexit__`,
    /// whose result is awaited) is on the stack.
    With { is_async: bool },
    /// A `finally` body inlined by a `return`: the return value waits on
    /// the stack, and a `break`/`continue`/`return` inside the body must
    /// drop it.
    PopValue,
}

struct Unit<'a> {
    name: String,
    first_line: usize,
    ops: Vec<Op>,
    spans: Vec<Span>,
    consts: Vec<Const>,
    /// Where each constant is in `consts`: looking one up must not scan
    /// the list, or a data table of many constants compiles in quadratic
    /// time.
    const_index: HashMap<Const, u32>,
    children: Vec<Unit<'a>>,
    names: IndexSet<String>,
    scope: Scope,
    argcount: usize,
    posonly: usize,
    kwonly: usize,
    varargs: bool,
    varkeywords: bool,
    doc: Option<String>,
    fblocks: Vec<FBlock<'a>>,
    /// Span given to instructions emitted now.
    span: Span,
}

impl<'a> Unit<'a> {
    fn new(name: &str, first_line: usize, scope: Scope) -> Unit<'a> {
        Unit {
            name: name.to_string(),
            first_line,
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            children: Vec::new(),
            names: IndexSet::new(),
            scope,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkeywords: false,
            doc: None,
            fblocks: Vec::new(),
            span: Span::default(),
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.spans.push(self.span);
        self.ops.len() - 1
    }

    fn here(&self) -> usize {
        self.ops.len()
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here() as u32;
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        self.ops[at] = match self.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupCleanup(_) => Op::SetupCleanup(target),
            other => other,
        };
    }

    fn constant(&mut self, c: Const) -> u32 {
        let at = self.consts.len() as u32;
        if !matches!(c, Const::Code(_)) {
            match self.const_index.entry(c.clone()) {
                std::collections::hash_map::Entry::Occupied(e) => return *e.get(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(at);
                }
            }
        }
        self.consts.push(c);
        at
    }

    fn name(&mut self, n: &str) -> u32 {
        self.names.insert_full(n.to_string()).0 as u32
    }

    fn is_module(&self) -> bool {
        self.scope.kind != ScopeKind::Function
    }

    fn finish(
        self,
        source: &Arc<SourceFile>,
        globals: &Arc<[Arc<str>]>,
        interned: &mut HashMap<String, Arc<str>>,
    ) -> Arc<CodeObject> {
        let children: Vec<Arc<CodeObject>> = self
            .children
            .into_iter()
            .map(|c| c.finish(source, globals, interned))
            .collect();
        let consts = self
            .consts
            .iter()
            .map(|c| finished_constant(c, &children))
            .collect();
        let varnames = match self.scope.kind {
            ScopeKind::Module => Vec::new(),
            _ => self.scope.locals.keys().cloned().collect(),
        };
        let lines = self
            .spans
            .iter()
            .map(|sp| source.line_of(sp.start as usize) as u32)
            .collect();
        Arc::new(CodeObject {
            qualname: match self.scope.kind {
                ScopeKind::Module => self.name.clone(),
                _ => self.scope.qualname.clone(),
            },
            name: self.name,
            doc: self.doc,
            source: source.clone(),
            ops: self.ops,
            spans: self.spans,
            consts,
            names: self
                .names
                .into_iter()
                .map(|n| {
                    interned
                        .entry(n)
                        .or_insert_with_key(|n| Arc::from(&**n))
                        .clone()
                })
                .collect(),
            varnames,
            argcount: self.argcount,
            posonlyargcount: self.posonly,
            kwonlyargcount: self.kwonly,
            varargs: self.varargs,
            varkeywords: self.varkeywords,
            free_start: self.scope.free_start,
            globals: globals.clone(),
            is_generator: self.scope.is_generator || self.scope.is_coroutine,
            is_coroutine: self.scope.is_coroutine,
            first_line: self.first_line,
            lines,
        })
    }
}

fn finished_constant(c: &Const, children: &[Arc<CodeObject>]) -> bytecode::Constant {
    use bytecode::Constant as K;
    match c {
        Const::None => K::None,
        Const::Bool(b) => K::Bool(*b),
        Const::Int(i) => K::Int(*i),
        Const::BigInt(b) => K::BigInt(b.clone()),
        Const::Float(bits) => K::Float(f64::from_bits(*bits)),
        Const::Str(s) => K::Str(Arc::from(s.as_str())),
        Const::Ellipsis => K::Ellipsis,
        Const::Tuple(items) => K::Tuple(
            items
                .iter()
                .map(|c| finished_constant(c, children))
                .collect(),
        ),
        Const::FrozenSet(items) => K::FrozenSet(
            items
                .iter()
                .map(|c| finished_constant(c, children))
                .collect(),
        ),
        Const::Code(i) => K::Code(children[*i].clone()),
    }
}

struct Compiler<'s, 'g> {
    source: &'s Arc<SourceFile>,
    globals: &'g mut IndexSet<String>,
    /// Every scope's names, from the symbol table pass.
    table: &'s SymbolTable,
}

impl<'s, 'g> Compiler<'s, 'g> {
    fn global_slot(&mut self, name: &str) -> u32 {
        self.globals.insert_full(name.to_string()).0 as u32
    }

    fn block<'a>(&mut self, u: &mut Unit<'a>, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(u, s)?;
        }
        Ok(())
    }

    fn stmt<'a>(&mut self, u: &mut Unit<'a>, s: &'a Stmt) -> CResult {
        u.span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(u, e)?;
                u.span = s.span;
                u.emit(Op::PopTop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(u, value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        u.emit(Op::Copy(1));
                    }
                    self.store(u, t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(u, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(u, v)?;
                    self.store(u, target)?;
                }
                // A function's annotations are never evaluated; a module's
                // or class's go into its `__annotations__` (a plain name's).
                if u.scope.kind != ScopeKind::Function {
                    self.expr(u, annotation)?;
                    u.span = s.span;
                    match (&target.kind, simple) {
                        (ExprKind::Name(n), true) => {
                            self.load_name(u, "__annotations__");
                            let c = u.constant(Const::Str(n.clone()));
                            u.emit(Op::LoadConst(c));
                            u.emit(Op::StoreSubscr);
                        }
                        _ => {
                            u.emit(Op::PopTop);
                        }
                    }
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(u, t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_stmt(u, s.span)?,
            StmtKind::Continue => self.continue_stmt(u, s.span)?,
            StmtKind::Return(value) => {
                if u.is_module() {
                    return Err(Diagnostic::syntax("'return' outside function", s.span));
                }
                match value {
                    Some(v) => self.expr(u, v)?,
                    None => {
                        let c = u.constant(Const::None);
                        u.emit(Op::LoadConst(c));
                    }
                }
                u.span = s.span;
                self.unwind_all(u, true)?;
                u.emit(Op::ReturnValue);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(u, test)?;
                let to_else = u.emit(Op::PopJumpIfFalse(0));
                self.block(u, body)?;
                if orelse.is_empty() {
                    u.patch(to_else);
                } else {
                    let to_end = u.emit(Op::Jump(0));
                    u.patch(to_else);
                    self.block(u, orelse)?;
                    u.patch(to_end);
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(u, test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.for_stmt(u, target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for_stmt(u, target, iter, body, orelse)?,
            StmtKind::FunctionDef(def) => self.function_def(u, def, s.span)?,
            StmtKind::ClassDef(def) => self.class_def(u, def, s.span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = u.name(&a.name.name);
                    u.emit(Op::ImportName(n));
                    match &a.asname {
                        Some(bind) => self.store_name(u, &bind.name),
                        None => {
                            // `import a.b` loads `a.b` and binds `a`.
                            let top = a.name.name.split('.').next().unwrap_or_default();
                            if top != a.name.name {
                                u.emit(Op::PopTop);
                                let t = u.name(top);
                                u.emit(Op::ImportName(t));
                            }
                            self.store_name(u, top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names } if names.iter().any(|a| a.name.name == "*") => {
                let m = u.name(&module.name);
                u.emit(Op::ImportName(m));
                u.emit(Op::ImportStar);
            }
            StmtKind::ImportFrom { module, names } => {
                let m = u.name(&module.name);
                u.emit(Op::ImportName(m));
                for a in names {
                    let n = u.name(&a.name.name);
                    u.emit(Op::ImportFrom(n));
                    let bind = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(u, &bind.name);
                }
                u.emit(Op::PopTop);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(u, body, handlers, orelse)?;
                } else {
                    self.try_finally(u, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => match exc {
                Some(v) => {
                    self.expr(u, v)?;
                    if let Some(c) = cause {
                        self.expr(u, c)?;
                    }
                    u.span = s.span;
                    u.emit(Op::Raise(if cause.is_some() { 2 } else { 1 }));
                }
                None => {
                    u.emit(Op::Raise(0));
                }
            },
            StmtKind::Assert { test, msg } => {
                self.expr(u, test)?;
                let to_ok = u.emit(Op::PopJumpIfTrue(0));
                u.span = s.span;
                u.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(u, m)?;
                    u.span = s.span;
                    u.emit(Op::Call(1));
                }
                u.emit(Op::Raise(1));
                u.patch(to_ok);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(u, items, body, *is_async)?,
            StmtKind::Unsupported(what) => {
                return Err(Diagnostic::syntax(
                    format!("{what} is not supported by gilvm yet"),
                    s.span,
                ))
            }
        }
        Ok(())
    }

    fn while_stmt<'a>(
        &mut self,
        u: &mut Unit<'a>,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let top = u.here();
        let always = matches!(&test.kind, ExprKind::Constant(Constant::Bool(true)))
            || matches!(&test.kind, ExprKind::Constant(Constant::Int(i)) if *i != 0);
        let exit = if always {
            None
        } else {
            self.expr(u, test)?;
            Some(u.emit(Op::PopJumpIfFalse(0)))
        };
        u.fblocks.push(FBlock::Loop {
            continue_target: top,
            break_jumps: Vec::new(),
            is_for: false,
        });
        self.block(u, body)?;
        let Some(FBlock::Loop { break_jumps, .. }) = u.fblocks.pop() else {
            unreachable!("loop block pushed above")
        };
        u.span = test.span;
        u.emit(Op::Jump(top as u32));
        if let Some(exit) = exit {
            u.patch(exit);
        }
        self.block(u, orelse)?;
        for j in break_jumps {
            u.patch(j);
        }
        Ok(())
    }

    fn for_stmt<'a>(
        &mut self,
        u: &mut Unit<'a>,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.iterable(u, iter)?;
        u.span = iter.span;
        u.emit(Op::GetIter);
        let top = u.here();
        let for_iter = u.emit(Op::ForIter(0));
        self.store(u, target)?;
        self.loop_rest(u, top, iter.span, body, orelse, for_iter, None)
    }

    /// The rest of a `for` or `async for` whose target is stored: the body
    /// (as a loop block), the jump back to `top`, then, where `exit` jumps
    /// to when the iterator is done, `on_exit` and the `else` clause; a
    /// `break` skips them.
    #[allow(clippy::too_many_arguments)]
    fn loop_rest<'a>(
        &mut self,
        u: &mut Unit<'a>,
        top: usize,
        iter_span: Span,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        exit: usize,
        on_exit: Option<Op>,
    ) -> CResult {
        u.fblocks.push(FBlock::Loop {
            continue_target: top,
            break_jumps: Vec::new(),
            is_for: true,
        });
        self.block(u, body)?;
        let Some(FBlock::Loop { break_jumps, .. }) = u.fblocks.pop() else {
            unreachable!("loop block pushed above")
        };
        u.span = iter_span;
        u.emit(Op::Jump(top as u32));
        u.patch(exit);
        if let Some(op) = on_exit {
            u.emit(op);
        }
        self.block(u, orelse)?;
        for j in break_jumps {
            u.patch(j);
        }
        Ok(())
    }

    /// `async for`: the loop of `for_stmt`, where each step awaits the
    /// iterator's `__anext__()` inside a handler that ends the loop at
    /// `StopAsyncIteration` (END_ASYNC_FOR).
    fn async_for_stmt<'a>(
        &mut self,
        u: &mut Unit<'a>,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.expr(u, iter)?;
        u.span = iter.span;
        u.emit(Op::GetAiter);
        let top = u.here();
        let setup = u.emit(Op::SetupExcept(0));
        u.emit(Op::GetAnext);
        let none = u.constant(Const::None);
        u.emit(Op::LoadConst(none));
        u.emit(Op::YieldFrom);
        u.emit(Op::PopBlock);
        self.store(u, target)?;
        let end = Some(Op::EndAsyncFor);
        self.loop_rest(u, top, iter.span, body, orelse, setup, end)
    }

    /// Pushes what a `for` loop or a comprehension iterates. CPython loops
    /// over a display of constants as one constant frozenset, which
    /// decides the order: `for x in {1, 2, 3}`.
    fn iterable<'a>(&mut self, u: &mut Unit<'a>, iter: &'a Expr) -> CResult {
        match constant_set(iter) {
            Some(c) => {
                u.span = iter.span;
                let c = u.constant(c);
                u.emit(Op::LoadConst(c));
                Ok(())
            }
            None => self.expr(u, iter),
        }
    }

    fn break_stmt(&mut self, u: &mut Unit, span: Span) -> CResult {
        let Some(depth) = u
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            return Err(Diagnostic::syntax("'break' outside loop", span));
        };
        self.unwind_to(u, depth + 1, false)?;
        if let FBlock::Loop { is_for: true, .. } = u.fblocks[depth] {
            u.emit(Op::PopTop);
        }
        let j = u.emit(Op::Jump(0));
        if let FBlock::Loop { break_jumps, .. } = &mut u.fblocks[depth] {
            break_jumps.push(j);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, u: &mut Unit, span: Span) -> CResult {
        let Some(depth) = u
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            return Err(Diagnostic::syntax("'continue' not properly in loop", span));
        };
        self.unwind_to(u, depth + 1, false)?;
        if let FBlock::Loop {
            continue_target, ..
        } = u.fblocks[depth]
        {
            u.emit(Op::Jump(continue_target as u32));
        }
        Ok(())
    }

    /// Emits the unwinding of every frame block (for `return`).
    fn unwind_all<'a>(&mut self, u: &mut Unit<'a>, preserve_tos: bool) -> CResult {
        self.unwind_to(u, 0, preserve_tos)
    }

    /// Emits the unwinding of the frame blocks above `depth`, innermost
    /// first. With `preserve_tos` a return value sits on top of the stack
    /// and must survive.
    fn unwind_to<'a>(&mut self, u: &mut Unit<'a>, depth: usize, preserve_tos: bool) -> CResult {
        let mut i = u.fblocks.len();
        while i > depth {
            i -= 1;
            match &u.fblocks[i] {
                FBlock::Loop { is_for, .. } => {
                    if *is_for && preserve_tos {
                        u.emit(Op::Swap(2));
                        u.emit(Op::PopTop);
                    }
                    // A `for` left by break pops its iterator in break_stmt.
                }
                FBlock::TryExcept => {
                    u.emit(Op::PopBlock);
                }
                FBlock::TryFinally(body) => {
                    let body: &'a [Stmt] = body;
                    u.emit(Op::PopBlock);
                    // The finally body runs outside its own protection: take
                    // the blocks above it off while compiling it.
                    let saved = u.fblocks.split_off(i);
                    if preserve_tos {
                        u.fblocks.push(FBlock::PopValue);
                    }
                    let saved_span = u.span;
                    let r = self.block(u, body);
                    u.fblocks.truncate(i);
                    u.fblocks.extend(saved);
                    u.span = saved_span;
                    r?;
                }
                FBlock::FinallyException => {
                    u.emit(Op::PopBlock);
                    u.emit(Op::PopExcept);
                    if preserve_tos {
                        u.emit(Op::Swap(2));
                    }
                    u.emit(Op::PopTop);
                }
                FBlock::Handler(name) => {
                    let name = *name;
                    if name.is_some() {
                        // The block that clears the name on an exception.
                        u.emit(Op::PopBlock);
                    }
                    u.emit(Op::PopBlock);
                    u.emit(Op::PopExcept);
                    if let Some(n) = name {
                        self.clear_name(u, &n.name);
                    }
                }
                FBlock::With { is_async } => {
                    let is_async = *is_async;
                    u.emit(Op::PopBlock);
                    if preserve_tos {
                        u.emit(Op::Swap(2));
                    }
                    if is_async {
                        u.emit(Op::AsyncWithExit);
                        self.await_top(u);
                        u.emit(Op::PopTop);
                    } else {
                        u.emit(Op::WithExit);
                    }
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        u.emit(Op::Swap(2));
                    }
                    u.emit(Op::PopTop);
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name`, as CPython does for `except E as name`.
    fn clear_name(&mut self, u: &mut Unit, name: &str) {
        let c = u.constant(Const::None);
        u.emit(Op::LoadConst(c));
        self.store_name(u, name);
        self.delete_name(u, name);
    }

    fn try_except<'a>(
        &mut self,
        u: &mut Unit<'a>,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let setup = u.emit(Op::SetupExcept(0));
        u.fblocks.push(FBlock::TryExcept);
        self.block(u, body)?;
        u.fblocks.pop();
        u.emit(Op::PopBlock);
        self.block(u, orelse)?;
        let mut to_end = vec![u.emit(Op::Jump(0))];
        // Handler entry: the exception is on the stack and being handled.
        u.patch(setup);
        let cleanup = u.emit(Op::SetupCleanup(0));
        for h in handlers {
            u.span = h.span;
            let next = match &h.typ {
                Some(t) => {
                    self.expr(u, t)?;
                    u.span = h.span;
                    u.emit(Op::CheckExcMatch);
                    Some(u.emit(Op::PopJumpIfFalse(0)))
                }
                None => None,
            };
            match &h.name {
                Some(n) => self.store_name(u, &n.name),
                None => {
                    u.emit(Op::PopTop);
                }
            }
            // `except E as name` unbinds `name` however the body ends, as
            // CPython does with a hidden try/finally; this block catches an
            // exception raised in the body to clear the name first.
            let name_cleanup = h.name.as_ref().map(|_| u.emit(Op::SetupCleanup(0)));
            u.fblocks.push(FBlock::Handler(h.name.as_ref()));
            self.block(u, &h.body)?;
            u.fblocks.pop();
            u.span = h.span;
            let mut skip_name_cleanup = None;
            if let (Some(setup), Some(n)) = (name_cleanup, &h.name) {
                u.emit(Op::PopBlock);
                skip_name_cleanup = Some(u.emit(Op::Jump(0)));
                u.patch(setup);
                self.clear_name(u, &n.name);
                u.emit(Op::Reraise);
            }
            if let Some(j) = skip_name_cleanup {
                u.patch(j);
            }
            u.emit(Op::PopBlock);
            u.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.clear_name(u, &n.name);
            }
            to_end.push(u.emit(Op::Jump(0)));
            if let Some(next) = next {
                u.patch(next);
            }
        }
        // No handler matched: re-raise; the cleanup block below catches it.
        u.emit(Op::Reraise);
        u.patch(cleanup);
        u.emit(Op::PopExcept);
        u.emit(Op::Reraise);
        for j in to_end {
            u.patch(j);
        }
        Ok(())
    }

    fn try_finally<'a>(
        &mut self,
        u: &mut Unit<'a>,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let setup = u.emit(Op::SetupExcept(0));
        u.fblocks.push(FBlock::TryFinally(finalbody));
        if handlers.is_empty() {
            self.block(u, body)?;
            self.block(u, orelse)?;
        } else {
            self.try_except(u, body, handlers, orelse)?;
        }
        u.fblocks.pop();
        u.emit(Op::PopBlock);
        self.block(u, finalbody)?;
        let to_end = u.emit(Op::Jump(0));
        // Exceptional path: run the finally body, then re-raise.
        u.patch(setup);
        let cleanup = u.emit(Op::SetupCleanup(0));
        u.fblocks.push(FBlock::FinallyException);
        self.block(u, finalbody)?;
        u.fblocks.pop();
        u.emit(Op::PopBlock);
        u.emit(Op::PopExcept);
        u.emit(Op::Reraise);
        u.patch(cleanup);
        u.emit(Op::PopExcept);
        u.emit(Op::Reraise);
        u.patch(to_end);
        Ok(())
    }

    fn with_stmt<'a>(
        &mut self,
        u: &mut Unit<'a>,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.block(u, body);
        };
        let span = u.span;
        self.expr(u, &item.context)?;
        u.span = span;
        if is_async {
            u.emit(Op::BeforeAsyncWith);
            self.await_top(u);
        } else {
            u.emit(Op::BeforeWith);
        }
        match &item.target {
            Some(t) => self.store(u, t)?,
            None => {
                u.emit(Op::PopTop);
            }
        }
        let setup = u.emit(Op::SetupExcept(0));
        u.fblocks.push(FBlock::With { is_async });
        self.with_stmt(u, rest, body, is_async)?;
        u.fblocks.pop();
        u.span = span;
        u.emit(Op::PopBlock);
        if is_async {
            u.emit(Op::AsyncWithExit);
            self.await_top(u);
            u.emit(Op::PopTop);
        } else {
            u.emit(Op::WithExit);
        }
        let to_end = u.emit(Op::Jump(0));
        // Exceptional exit: __exit__(type, exc, tb) decides whether the
        // exception is swallowed.
        u.patch(setup);
        let cleanup = u.emit(Op::SetupCleanup(0));
        u.emit(Op::WithExceptStart);
        if is_async {
            self.await_top(u);
        }
        let suppress = u.emit(Op::PopJumpIfTrue(0));
        u.emit(Op::PopBlock);
        u.emit(Op::PopExcept);
        u.emit(Op::Reraise);
        u.patch(suppress);
        u.emit(Op::PopBlock);
        u.emit(Op::PopExcept);
        u.emit(Op::PopTop);
        u.emit(Op::PopTop);
        let to_end2 = u.emit(Op::Jump(0));
        u.patch(cleanup);
        u.emit(Op::PopExcept);
        u.emit(Op::Reraise);
        u.patch(to_end);
        u.patch(to_end2);
        Ok(())
    }

    /// Awaits the value on top of the stack, leaving its result there:
    /// GET_AWAITABLE, then the YIELD_FROM that delegates to it.
    fn await_top(&mut self, u: &mut Unit<'_>) {
        u.emit(Op::GetAwaitable);
        let none = u.constant(Const::None);
        u.emit(Op::LoadConst(none));
        u.emit(Op::YieldFrom);
    }

    fn function_def<'a>(&mut self, u: &mut Unit<'a>, def: &'a FunctionDef, span: Span) -> CResult {
        for d in &def.decorators {
            self.expr(u, d)?;
        }
        let name = &def.name.name;
        self.make_function(
            u,
            name,
            def.name.span,
            &def.params,
            FnBody::Block(&def.body, def.returns.as_ref()),
            span,
        )?;
        self.apply_decorators(u, &def.decorators, span);
        self.store_name(u, def.bound_name());
        Ok(())
    }

    /// Pushes a new function: its defaults (evaluated now, in the
    /// enclosing scope), its closure, then MAKE_FUNCTION. `key` finds its
    /// scope in the symbol table.
    fn make_function<'a>(
        &mut self,
        u: &mut Unit<'a>,
        name: &str,
        key: Span,
        params: &'a Params,
        body: FnBody<'a>,
        span: Span,
    ) -> CResult {
        let mut flags = 0;
        let defaults: Vec<&Expr> = params
            .positional
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(u, d)?;
            }
            u.span = span;
            u.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                let c = u.constant(Const::Str(p.name.name.clone()));
                u.emit(Op::LoadConst(c));
                self.expr(u, p.default.as_ref().expect("filtered"))?;
            }
            u.span = span;
            u.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        // Annotations are evaluated at `def` time, after the defaults.
        let returns = match body {
            FnBody::Block(_, returns) => returns,
            FnBody::Expr(_) => None,
        };
        if !params.annotations.is_empty() || returns.is_some() {
            let all = params.annotations.iter().map(|(n, e)| (n.as_str(), e));
            for (n, e) in all.chain(returns.map(|e| ("return", e))) {
                let c = u.constant(Const::Str(n.to_string()));
                u.emit(Op::LoadConst(c));
                self.expr(u, e)?;
            }
            u.span = span;
            u.emit(Op::BuildMap(
                (params.annotations.len() + usize::from(returns.is_some())) as u32,
            ));
            flags |= 8;
        }
        let scope = self.table.scope_at(key).cloned().ok_or_else(|| {
            Diagnostic::syntax("internal error: a function without a scope", span)
        })?;
        let line = self.source.line_of(span.start as usize);
        let mut child = Unit::new(name, line, scope);
        child.argcount = params.positional.len();
        child.posonly = params.posonly;
        child.kwonly = params.kwonly.len();
        child.varargs = params.vararg.is_some();
        child.varkeywords = params.kwarg.is_some();
        child.span = span;
        for slot in child.scope.cell_slots() {
            child.emit(Op::MakeCell(slot));
        }
        match body {
            FnBody::Block(stmts, _) => {
                child.doc = docstring(stmts);
                self.block(&mut child, stmts)?;
                let end = stmts.last().map_or(span, |s| s.span);
                child.span = Span::new(end.end as usize, end.end as usize);
                let none = child.constant(Const::None);
                child.emit(Op::LoadConst(none));
                child.emit(Op::ReturnValue);
            }
            FnBody::Expr(e) => {
                self.expr(&mut child, e)?;
                child.span = e.span;
                child.emit(Op::ReturnValue);
            }
        }
        self.finish_child(u, child, flags, span)
    }

    /// Pushes the closure of `child` (if it has free variables) and makes
    /// a function of it with `flags`.
    fn finish_child<'a>(
        &mut self,
        u: &mut Unit<'a>,
        child: Unit<'a>,
        mut flags: u32,
        span: Span,
    ) -> CResult {
        u.span = span;
        if !child.scope.frees.is_empty() {
            for name in &child.scope.frees {
                let slot = u.scope.closure_slot(name).ok_or_else(|| {
                    Diagnostic::syntax(format!("internal error: no cell for '{name}'"), span)
                })?;
                u.emit(Op::LoadClosure(slot));
            }
            u.emit(Op::BuildTuple(child.scope.frees.len() as u32));
            flags |= 4;
        }
        u.children.push(child);
        let c = u.constant(Const::Code(u.children.len() - 1));
        u.emit(Op::LoadConst(c));
        u.emit(Op::MakeFunction(flags));
        Ok(())
    }

    /// Calls the decorators (already on the stack below the function) on
    /// it, innermost (last written) first.
    fn apply_decorators(&mut self, u: &mut Unit, decorators: &[Expr], span: Span) {
        for d in decorators.iter().rev() {
            u.span = d.span.to(span);
            u.emit(Op::Call(1));
        }
    }

    /// `class Name(Base): body`: the body runs as a function filling a
    /// namespace dict, then BUILD_CLASS makes the class from it.
    fn class_def<'a>(&mut self, u: &mut Unit<'a>, def: &'a ClassDef, span: Span) -> CResult {
        if let Some(k) = def.keywords.iter().find(|k| k.name.is_none()) {
            return Err(crate::syntax::actions::unsupported(
                "'**' in a class header is",
                k.value.span,
            ));
        }
        for d in &def.decorators {
            self.expr(u, d)?;
        }
        let name = &def.name.name;
        let c = u.constant(Const::Str(name.clone()));
        u.span = span;
        u.emit(Op::LoadConst(c));
        for b in &def.bases {
            if let ExprKind::Starred(_) = b.kind {
                return Err(crate::syntax::actions::unsupported(
                    "'*' in class bases is",
                    b.span,
                ));
            }
            self.expr(u, b)?;
        }
        u.span = span;
        u.emit(Op::BuildTuple(def.bases.len() as u32));
        for k in &def.keywords {
            let name = k.name.as_ref().map(|n| n.name.clone()).unwrap_or_default();
            let c = u.constant(Const::Str(name));
            u.emit(Op::LoadConst(c));
            self.expr(u, &k.value)?;
        }
        if !def.keywords.is_empty() {
            u.span = span;
            u.emit(Op::BuildMap(def.keywords.len() as u32));
        }
        u.emit(Op::BuildMap(0));
        let scope =
            self.table.scope_at(def.name.span).cloned().ok_or_else(|| {
                Diagnostic::syntax("internal error: a class without a scope", span)
            })?;
        let line = self.source.line_of(span.start as usize);
        let mut child = Unit::new(name, line, scope);
        child.argcount = 1;
        child.span = span;
        for slot in child.scope.cell_slots() {
            child.emit(Op::MakeCell(slot));
        }
        let qualname = child.scope.qualname.clone();
        let q = child.constant(Const::Str(qualname));
        child.emit(Op::LoadConst(q));
        let g = self.global_slot("__qualname__");
        child.emit(Op::StoreName(g));
        self.setup_annotations(&mut child, &def.body);
        self.block(&mut child, &def.body)?;
        let end = def.body.last().map_or(span, |s| s.span);
        child.span = Span::new(end.end as usize, end.end as usize);
        match child
            .scope
            .closure_slot("__class__")
            .filter(|_| child.scope.cells.contains("__class__"))
        {
            Some(slot) => child.emit(Op::LoadClosure(slot)),
            None => {
                let none = child.constant(Const::None);
                child.emit(Op::LoadConst(none))
            }
        };
        child.emit(Op::ReturnValue);
        self.finish_child(u, child, 0, span)?;
        u.emit(Op::Copy(2));
        u.emit(Op::Call(1));
        if def.keywords.is_empty() {
            u.emit(Op::BuildClass);
        } else {
            u.emit(Op::BuildClassKw);
        }
        self.apply_decorators(u, &def.decorators, span);
        self.store_name(u, def.bound_name());
        Ok(())
    }

    /// A module or class body with annotated assignments starts with an
    /// empty `__annotations__` (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, u: &mut Unit, body: &[Stmt]) {
        if symtable::has_annotations(body) {
            u.emit(Op::BuildMap(0));
            self.store_name(u, "__annotations__");
        }
    }

    fn load_name(&mut self, u: &mut Unit, name: &str) {
        match u.scope.access(name) {
            Access::Fast(slot) => u.emit(Op::LoadFast(slot)),
            Access::Deref(slot) => u.emit(Op::LoadDeref(slot)),
            Access::ClassDeref(slot) => u.emit(Op::LoadClassDeref(slot)),
            Access::Name => {
                let g = self.global_slot(name);
                u.emit(Op::LoadName(g))
            }
            Access::Global => {
                let g = self.global_slot(name);
                u.emit(Op::LoadGlobal(g))
            }
        };
    }

    fn store_name(&mut self, u: &mut Unit, name: &str) {
        match u.scope.access(name) {
            Access::Fast(slot) => u.emit(Op::StoreFast(slot)),
            Access::Deref(slot) => u.emit(Op::StoreDeref(slot)),
            Access::Name | Access::ClassDeref(_) => {
                let g = self.global_slot(name);
                u.emit(Op::StoreName(g))
            }
            Access::Global => {
                let g = self.global_slot(name);
                u.emit(Op::StoreGlobal(g))
            }
        };
    }

    fn delete_name(&mut self, u: &mut Unit, name: &str) {
        match u.scope.access(name) {
            Access::Fast(slot) => u.emit(Op::DeleteFast(slot)),
            Access::Deref(slot) => u.emit(Op::DeleteDeref(slot)),
            Access::Name | Access::ClassDeref(_) => {
                let g = self.global_slot(name);
                u.emit(Op::DeleteName(g))
            }
            Access::Global => {
                let g = self.global_slot(name);
                u.emit(Op::DeleteGlobal(g))
            }
        };
    }

    fn store<'a>(&mut self, u: &mut Unit<'a>, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => self.store_name(u, n),
            ExprKind::Attribute { value, attr } => {
                self.expr(u, value)?;
                let n = u.name(&attr.name);
                u.span = target.span;
                u.emit(Op::StoreAttr(n));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(u, value)?;
                self.subscript_index(u, index)?;
                u.span = target.span;
                u.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                u.span = target.span;
                match items
                    .iter()
                    .position(|x| matches!(x.kind, ExprKind::Starred(_)))
                {
                    // `a, *b, c = xs`: the count before the star and the
                    // count after it, as CPython's UNPACK_EX has them.
                    Some(star) => {
                        let after = items.len() - star - 1;
                        if star > 255 || after > 255 {
                            return Err(Diagnostic::syntax(
                                "too many expressions in star-unpacking assignment",
                                target.span,
                            ));
                        }
                        u.emit(Op::UnpackEx((star | (after << 8)) as u32));
                    }
                    None => {
                        u.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store(u, inner)?,
                        _ => self.store(u, item)?,
                    }
                }
            }
            _ => {
                return Err(Diagnostic::syntax(
                    "cannot assign to expression",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn delete<'a>(&mut self, u: &mut Unit<'a>, target: &'a Expr) -> CResult {
        u.span = target.span;
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(u, n),
            ExprKind::Attribute { value, attr } => {
                self.expr(u, value)?;
                let n = u.name(&attr.name);
                u.emit(Op::DeleteAttr(n));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(u, value)?;
                self.subscript_index(u, index)?;
                u.span = target.span;
                u.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.delete(u, item)?;
                }
            }
            _ => return Err(Diagnostic::syntax("cannot delete expression", target.span)),
        }
        Ok(())
    }

    fn aug_assign<'a>(
        &mut self,
        u: &mut Unit<'a>,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> CResult {
        let op = binary_operator(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(u, n);
                self.expr(u, value)?;
                u.span = target.span.to(value.span);
                u.emit(Op::InplaceOp(op));
                self.store_name(u, n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(u, obj)?;
                let n = u.name(&attr.name);
                u.emit(Op::Copy(1));
                u.emit(Op::LoadAttr(n));
                self.expr(u, value)?;
                u.span = target.span.to(value.span);
                u.emit(Op::InplaceOp(op));
                u.emit(Op::Swap(2));
                u.emit(Op::StoreAttr(n));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(u, obj)?;
                self.subscript_index(u, index)?;
                u.span = target.span;
                u.emit(Op::Copy(2));
                u.emit(Op::Copy(2));
                u.emit(Op::BinarySubscr);
                self.expr(u, value)?;
                u.span = target.span.to(value.span);
                u.emit(Op::InplaceOp(op));
                // [obj, key, result] -> [result, obj, key]
                u.emit(Op::Swap(3));
                u.emit(Op::Swap(2));
                u.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(Diagnostic::syntax(
                    "illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn subscript_index<'a>(&mut self, u: &mut Unit<'a>, index: &'a Expr) -> CResult {
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            for part in [lower, upper] {
                match part {
                    Some(e) => self.expr(u, e)?,
                    None => {
                        let c = u.constant(Const::None);
                        u.emit(Op::LoadConst(c));
                    }
                }
            }
            u.span = index.span;
            match step {
                Some(e) => {
                    self.expr(u, e)?;
                    u.span = index.span;
                    u.emit(Op::BuildSlice(3));
                }
                None => {
                    u.emit(Op::BuildSlice(2));
                }
            }
            Ok(())
        } else {
            self.expr(u, index)
        }
    }

    fn expr<'a>(&mut self, u: &mut Unit<'a>, e: &'a Expr) -> CResult {
        u.span = e.span;
        match &e.kind {
            ExprKind::Name(n) => self.load_name(u, n),
            ExprKind::Constant(c) => {
                let c = u.constant(constant(c));
                u.emit(Op::LoadConst(c));
            }
            ExprKind::FString(parts) => {
                let n = self.fstring(u, parts)?;
                if n != 1 {
                    u.emit(Op::BuildString(n));
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items)
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) =>
            {
                // `[*xs, 1]`, `(*xs, 1)`: a list grown item by item.
                u.span = e.span;
                u.emit(Op::BuildList(0));
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => {
                            self.expr(u, inner)?;
                            u.span = i.span;
                            u.emit(Op::DisplayExtend(1));
                        }
                        _ => {
                            self.expr(u, i)?;
                            u.span = e.span;
                            u.emit(Op::ListAppend(1));
                        }
                    }
                }
                if matches!(e.kind, ExprKind::Tuple(_)) {
                    u.emit(Op::ListToTuple);
                }
            }
            ExprKind::List(items) => {
                for i in items {
                    self.expr(u, i)?;
                }
                u.span = e.span;
                u.emit(Op::BuildList(items.len() as u32));
            }
            ExprKind::Tuple(items) => {
                if let Some(c) = constant_tuple(items) {
                    let c = u.constant(c);
                    u.emit(Op::LoadConst(c));
                } else {
                    for i in items {
                        self.expr(u, i)?;
                    }
                    u.span = e.span;
                    u.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::Set(items) => self.set_display(u, e.span, items)?,
            ExprKind::Dict(pairs) if pairs.iter().all(|(k, _)| k.is_some()) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(u, k)?;
                    }
                    self.expr(u, v)?;
                }
                u.span = e.span;
                u.emit(Op::BuildMap(pairs.len() as u32));
            }
            ExprKind::Dict(pairs) => {
                // With `**m`: an empty dict, then each run of pairs as a
                // dict of its own and each mapping, merged in order.
                u.span = e.span;
                u.emit(Op::BuildMap(0));
                let mut run = 0;
                for (k, v) in pairs {
                    match k {
                        Some(k) => {
                            self.expr(u, k)?;
                            self.expr(u, v)?;
                            run += 1;
                        }
                        None => {
                            if run > 0 {
                                u.span = e.span;
                                u.emit(Op::BuildMap(run));
                                u.emit(Op::DictUpdate(1));
                                run = 0;
                            }
                            self.expr(u, v)?;
                            u.span = v.span;
                            u.emit(Op::DictUpdate(1));
                        }
                    }
                }
                if run > 0 {
                    u.span = e.span;
                    u.emit(Op::BuildMap(run));
                    u.emit(Op::DictUpdate(1));
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(u, left)?;
                self.expr(u, right)?;
                u.span = e.span;
                u.emit(Op::BinaryOp(binary_operator(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let (UnaryOp::Neg, ExprKind::Constant(c)) = (op, &operand.kind) {
                    if let Some(folded) = negate_constant(c) {
                        let c = u.constant(folded);
                        u.emit(Op::LoadConst(c));
                        return Ok(());
                    }
                }
                self.expr(u, operand)?;
                u.span = e.span;
                u.emit(match op {
                    UnaryOp::Neg => Op::UnaryNegative,
                    UnaryOp::Pos => Op::UnaryPositive,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::Invert => Op::UnaryInvert,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(u, v)?;
                    if i + 1 < values.len() {
                        u.span = e.span;
                        jumps.push(u.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    u.patch(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(u, e.span, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(u, test)?;
                let to_else = u.emit(Op::PopJumpIfFalse(0));
                self.expr(u, body)?;
                let to_end = u.emit(Op::Jump(0));
                u.patch(to_else);
                self.expr(u, orelse)?;
                u.patch(to_end);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(u, e.span, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(u, value)?;
                let n = u.name(&attr.name);
                u.span = e.span;
                u.emit(Op::LoadAttr(n));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(u, value)?;
                self.subscript_index(u, index)?;
                u.span = e.span;
                u.emit(Op::BinarySubscr);
            }
            ExprKind::Lambda { params, body } => {
                self.make_function(u, "<lambda>", e.span, params, FnBody::Expr(body), e.span)?;
            }
            ExprKind::WithAs { .. } => {
                return Err(Diagnostic::syntax("invalid syntax", e.span));
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(u, value)?;
                u.span = e.span;
                u.emit(Op::Copy(1));
                self.store_name(u, &target.name);
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(u, e.span, Element::List(elt), generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(u, e.span, Element::Set(elt), generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(u, e.span, Element::Dict(key, value), generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(u, e.span, Element::Generator(elt), generators)?
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(u, v)?,
                    None => {
                        let none = u.constant(Const::None);
                        u.emit(Op::LoadConst(none));
                    }
                }
                u.span = e.span;
                u.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.expr(u, value)?;
                u.span = e.span;
                u.emit(Op::GetYieldFromIter);
                let none = u.constant(Const::None);
                u.emit(Op::LoadConst(none));
                u.emit(Op::YieldFrom);
            }
            // `await x` is `yield from` what x's awaitable delegates to.
            ExprKind::Await(value) => {
                self.expr(u, value)?;
                u.span = e.span;
                self.await_top(u);
            }
            ExprKind::Starred(_) => {
                return Err(Diagnostic::syntax(
                    "can't use starred expression here",
                    e.span,
                ))
            }
            ExprKind::Slice { .. } => {
                return Err(Diagnostic::syntax(
                    "a slice is only allowed inside brackets",
                    e.span,
                ))
            }
            ExprKind::Unsupported(what) => {
                return Err(Diagnostic::syntax(
                    format!("{what} is not supported by gilvm yet"),
                    e.span,
                ))
            }
        }
        Ok(())
    }

    /// `a < b < c`: each middle operand is evaluated once; the chain stops
    /// at the first false comparison, which is its value.
    fn compare<'a>(
        &mut self,
        u: &mut Unit<'a>,
        span: Span,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.expr(u, left)?;
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(u, right)?;
            u.span = span;
            let last = i + 1 == ops.len();
            if !last {
                // [a, b] -> [b, a, b]
                u.emit(Op::Copy(1));
                u.emit(Op::Swap(3));
                u.emit(Op::Swap(2));
            }
            u.emit(compare_op(*op));
            if !last {
                cleanups.push(u.emit(Op::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let to_end = u.emit(Op::Jump(0));
            for c in cleanups {
                u.patch(c);
            }
            // [b, false] -> [false]
            u.emit(Op::Swap(2));
            u.emit(Op::PopTop);
            u.patch(to_end);
        }
        Ok(())
    }

    fn call<'a>(
        &mut self,
        u: &mut Unit<'a>,
        span: Span,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.name.is_none())
        {
            return self.call_ex(u, span, func, args, keywords);
        }
        if let ExprKind::Name(n) = &func.kind {
            if n == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.zero_arg_super(u, span)?
            {
                return Ok(());
            }
        }
        let is_method = if let ExprKind::Attribute { value, attr } = &func.kind {
            self.expr(u, value)?;
            let n = u.name(&attr.name);
            u.span = func.span;
            u.emit(Op::LoadMethod(n));
            true
        } else {
            self.expr(u, func)?;
            false
        };
        for a in args {
            self.expr(u, a)?;
        }
        let mut names = Vec::new();
        for k in keywords {
            let Some(name) = k.name.as_ref() else {
                return Err(Diagnostic::syntax(
                    "internal error: '**' in a plain call",
                    k.value.span,
                ));
            };
            if names
                .iter()
                .any(|n: &Const| *n == Const::Str(name.name.clone()))
            {
                return Err(Diagnostic::syntax(
                    format!("keyword argument repeated: {}", name.name),
                    name.span,
                ));
            }
            self.expr(u, &k.value)?;
            names.push(Const::Str(name.name.clone()));
        }
        let n = (args.len() + keywords.len()) as u32;
        u.span = span;
        if names.is_empty() {
            u.emit(if is_method {
                Op::CallMethod(n)
            } else {
                Op::Call(n)
            });
        } else {
            let c = u.constant(Const::Tuple(names));
            u.emit(Op::LoadConst(c));
            u.emit(if is_method {
                Op::CallMethodKw(n)
            } else {
                Op::CallKw(n)
            });
        }
        Ok(())
    }

    /// `super()` in a method: `super(__class__, <first argument>)`, as
    /// CPython finds them in the frame. Returns false (compile a plain
    /// call) outside a method or when `super` is not the builtin.
    fn zero_arg_super(&mut self, u: &mut Unit, span: Span) -> CResult<bool> {
        let scope = &u.scope;
        if scope.kind != ScopeKind::Function
            || scope.access("super") != Access::Global
            || !scope.frees.contains("__class__")
            || scope.locals.is_empty()
            || u.argcount == 0 && !u.varargs
        {
            return Ok(false);
        }
        let first = scope
            .locals
            .get_index(0)
            .map(|(n, _)| n.clone())
            .unwrap_or_default();
        let class_slot = match scope.access("__class__") {
            Access::Deref(slot) => slot,
            _ => return Ok(false),
        };
        u.span = span;
        let g = self.global_slot("super");
        u.emit(Op::LoadGlobal(g));
        u.emit(Op::LoadDeref(class_slot));
        self.load_name(u, &first);
        if u.argcount == 0 {
            // `def m(*args)`: the instance is `args[0]`.
            let zero = u.constant(Const::Int(0));
            u.emit(Op::LoadConst(zero));
            u.emit(Op::BinarySubscr);
        }
        u.span = span;
        u.emit(Op::Call(2));
        Ok(true)
    }

    /// A call with `*args` or `**kwargs`: the positional arguments are
    /// gathered in a list and the keyword ones in a dict, then CALL_EX.
    fn call_ex<'a>(
        &mut self,
        u: &mut Unit<'a>,
        span: Span,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.expr(u, func)?;
        u.span = span;
        u.emit(Op::BuildList(0));
        let mut pending = 0;
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    if pending > 0 {
                        u.emit(Op::BuildTuple(pending));
                        u.emit(Op::ListExtend(1));
                        pending = 0;
                    }
                    self.expr(u, inner)?;
                    u.span = a.span;
                    u.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(u, a)?;
                    pending += 1;
                }
            }
        }
        u.span = span;
        if pending > 0 {
            u.emit(Op::BuildTuple(pending));
            u.emit(Op::ListExtend(1));
        }
        if !keywords.is_empty() {
            u.emit(Op::BuildMap(0));
            let mut seen: Vec<&str> = Vec::new();
            for k in keywords {
                match &k.name {
                    Some(name) => {
                        if seen.contains(&name.name.as_str()) {
                            return Err(Diagnostic::syntax(
                                format!("keyword argument repeated: {}", name.name),
                                name.span,
                            ));
                        }
                        seen.push(&name.name);
                        let c = u.constant(Const::Str(name.name.clone()));
                        u.emit(Op::LoadConst(c));
                        self.expr(u, &k.value)?;
                        u.span = span;
                        u.emit(Op::BuildMap(1));
                    }
                    None => {
                        self.expr(u, &k.value)?;
                        u.span = k.value.span;
                    }
                }
                u.emit(Op::DictMerge(2));
            }
        }
        u.span = span;
        u.emit(Op::CallEx(if keywords.is_empty() { 0 } else { 1 }));
        Ok(())
    }

    /// Pushes the pieces of an f-string; returns how many.
    fn fstring<'a>(&mut self, u: &mut Unit<'a>, parts: &'a [FStringPart]) -> CResult<u32> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    let c = u.constant(Const::Str(s.clone()));
                    u.emit(Op::LoadConst(c));
                }
                FStringPart::Value {
                    expr,
                    conversion,
                    spec,
                } => {
                    self.expr(u, expr)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if !spec.is_empty() {
                        let k = self.fstring(u, spec)?;
                        if k != 1 {
                            u.emit(Op::BuildString(k));
                        }
                        flags |= 4;
                    }
                    u.span = expr.span;
                    u.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n == 0 {
            let c = u.constant(Const::Str(String::new()));
            u.emit(Op::LoadConst(c));
            n = 1;
        }
        Ok(n)
    }
}

fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(b) => Const::BigInt(b.clone()),
        Constant::Float(f) => Const::Float(f.to_bits()),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

fn negate_constant(c: &Constant) -> Option<Const> {
    match c {
        Constant::Int(i) => Some(match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => Const::BigInt(Arc::new(-BigInt::from(*i))),
        }),
        // `-9223372036854775808` is an i64 again.
        Constant::BigInt(b) => Some(match i64::try_from(&-&**b) {
            Ok(n) => Const::Int(n),
            Err(_) => Const::BigInt(Arc::new(-&**b)),
        }),
        Constant::Float(f) => Some(Const::Float((-f).to_bits())),
        _ => None,
    }
}

/// Displays with more elements than this are built one element at a time
/// (CPython's `STACK_USE_GUIDELINE`), not from the stack all at once.
const STACK_USE_GUIDELINE: usize = 30;

impl Compiler<'_, '_> {
    /// A set display, compiled as CPython 3.11 does, since that decides
    /// the order the set iterates in: more than two constants become
    /// `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1`; `*xs` elements
    /// `SET_UPDATE`, and the plain elements after one `SET_ADD`; a long
    /// display adds each element as it is computed; the rest is
    /// `BUILD_SET n`.
    fn set_display<'a>(&mut self, u: &mut Unit<'a>, span: Span, items: &'a [Expr]) -> CResult {
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if items.len() > 2 && !items.iter().any(starred) {
            if let Some(c) = constant_elements(items) {
                u.span = span;
                u.emit(Op::BuildSet(0));
                let c = u.constant(c);
                u.emit(Op::LoadConst(c));
                u.emit(Op::SetUpdate(1));
                return Ok(());
            }
        }
        // A long display adds every element in turn; a short one builds
        // the elements before the first `*xs` from the stack.
        let built_first = if items.len() > STACK_USE_GUIDELINE {
            0
        } else {
            items.iter().position(starred).unwrap_or(items.len())
        };
        for i in &items[..built_first] {
            self.expr(u, i)?;
        }
        u.span = span;
        u.emit(Op::BuildSet(built_first as u32));
        for i in &items[built_first..] {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(u, inner)?;
                    u.span = i.span;
                    u.emit(Op::SetUpdate(1));
                }
                _ => {
                    self.expr(u, i)?;
                    u.span = i.span;
                    u.emit(Op::SetAdd(1));
                }
            }
        }
        Ok(())
    }
}

/// The value of an expression CPython's optimiser folds to a constant
/// that gilvm can fold too: a literal, a negated number, a tuple of those.
fn folded_constant(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(c) => negate_constant(c),
            _ => None,
        },
        ExprKind::Tuple(items) => items
            .iter()
            .map(folded_constant)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}

/// The frozenset constant of a display whose elements all fold.
fn constant_elements(items: &[Expr]) -> Option<Const> {
    let mut out: Vec<Const> = Vec::with_capacity(items.len());
    for i in items {
        let c = folded_constant(i)?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    Some(Const::FrozenSet(out))
}

/// `iter` as a constant frozenset, when it is a set display of constants.
fn constant_set(iter: &Expr) -> Option<Const> {
    match &iter.kind {
        ExprKind::Set(items) => constant_elements(items),
        _ => None,
    }
}

/// A tuple display made only of constants becomes one constant.
fn constant_tuple(items: &[Expr]) -> Option<Const> {
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        match &i.kind {
            ExprKind::Constant(c) => out.push(constant(c)),
            _ => return None,
        }
    }
    Some(Const::Tuple(out))
}

fn binary_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::Add,
        BinOp::Sub => BinaryOperator::Sub,
        BinOp::Mul => BinaryOperator::Mul,
        BinOp::Div => BinaryOperator::TrueDiv,
        BinOp::FloorDiv => BinaryOperator::FloorDiv,
        BinOp::Mod => BinaryOperator::Mod,
        BinOp::Pow => BinaryOperator::Pow,
        BinOp::MatMul => BinaryOperator::MatMul,
        BinOp::LShift => BinaryOperator::LShift,
        BinOp::RShift => BinaryOperator::RShift,
        BinOp::BitAnd => BinaryOperator::And,
        BinOp::BitOr => BinaryOperator::Or,
        BinOp::BitXor => BinaryOperator::Xor,
    }
}

fn compare_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::CompareOp(Comparison::Eq),
        CmpOp::NotEq => Op::CompareOp(Comparison::Ne),
        CmpOp::Lt => Op::CompareOp(Comparison::Lt),
        CmpOp::LtE => Op::CompareOp(Comparison::Le),
        CmpOp::Gt => Op::CompareOp(Comparison::Gt),
        CmpOp::GtE => Op::CompareOp(Comparison::Ge),
        CmpOp::In => Op::ContainsOp(0),
        CmpOp::NotIn => Op::ContainsOp(1),
        CmpOp::Is => Op::IsOp(0),
        CmpOp::IsNot => Op::IsOp(1),
    }
}

/// The docstring of a function body: its first statement, if that is a
/// string literal alone.
fn docstring(body: &[Stmt]) -> Option<String> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s.clone()),
        _ => None,
    }
}

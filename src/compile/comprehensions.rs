//! Comprehensions and generator expressions.
//!
//! As in CPython 3.11, `[f(x) for x in xs if p(x)]` compiles to a function
//! of its own (`<listcomp>`), made and called at once with `iter(xs)` as
//! its one argument `.0`. Its loop variables are its locals, so they do
//! not leak, and names of the enclosing function it reads are closure
//! cells. A generator expression is the same function with `yield` in the
//! innermost loop instead of an append: calling it makes a generator.

use crate::bytecode::Op;
use crate::diag::Diagnostic;
use crate::syntax::ast::{Comprehension, Expr, Span};

use super::{CResult, Compiler, Const, Unit};

/// What the innermost loop does with each element.
#[derive(Clone, Copy)]
pub(super) enum Element<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Generator(&'a Expr),
}

impl Element<'_> {
    fn code_name(self) -> &'static str {
        match self {
            Element::List(_) => "<listcomp>",
            Element::Set(_) => "<setcomp>",
            Element::Dict(..) => "<dictcomp>",
            Element::Generator(_) => "<genexpr>",
        }
    }
}

impl<'s, 'g> Compiler<'s, 'g> {
    /// Pushes the comprehension's function, then `iter()` of its first
    /// iterable (evaluated here, in the enclosing scope), and calls it.
    pub(super) fn comprehension<'a>(
        &mut self,
        u: &mut Unit<'a>,
        span: Span,
        element: Element<'a>,
        generators: &'a [Comprehension],
    ) -> CResult {
        let Some(first) = generators.first() else {
            return Err(Diagnostic::syntax("invalid syntax", span));
        };
        let scope = self.table.scope_at(span).cloned().ok_or_else(|| {
            Diagnostic::syntax("internal error: a comprehension without a scope", span)
        })?;
        let line = self.source.line_of(span.start as usize);
        let mut child = Unit::new(element.code_name(), line, scope);
        child.argcount = 1;
        child.span = span;
        for slot in child.scope.cell_slots() {
            child.emit(Op::MakeCell(slot));
        }
        match element {
            Element::List(_) => {
                child.emit(Op::BuildList(0));
            }
            Element::Dict(..) => {
                child.emit(Op::BuildMap(0));
            }
            Element::Set(_) => {
                child.emit(Op::BuildSet(0));
            }
            Element::Generator(_) => {}
        }
        self.comprehension_loop(&mut child, element, generators, 0)?;
        child.span = span;
        if let Element::Generator(_) = element {
            let none = child.constant(Const::None);
            child.emit(Op::LoadConst(none));
        }
        child.emit(Op::ReturnValue);
        self.finish_child(u, child, 0, span)?;
        self.iterable(u, &first.iter)?;
        u.span = span;
        u.emit(Op::GetIter);
        u.emit(Op::Call(1));
        Ok(())
    }

    /// The loop of clause `i`, with the clauses after it nested inside and
    /// the element's work innermost.
    fn comprehension_loop<'a>(
        &mut self,
        u: &mut Unit<'a>,
        element: Element<'a>,
        generators: &'a [Comprehension],
        i: usize,
    ) -> CResult {
        let g = &generators[i];
        if i == 0 {
            u.emit(Op::LoadFast(0));
        } else {
            self.iterable(u, &g.iter)?;
            u.span = g.iter.span;
            u.emit(Op::GetIter);
        }
        u.span = g.iter.span;
        let top = u.here();
        let for_iter = u.emit(Op::ForIter(0));
        self.store(u, &g.target)?;
        for cond in &g.ifs {
            self.expr(u, cond)?;
            u.emit(Op::PopJumpIfFalse(top as u32));
        }
        if i + 1 < generators.len() {
            self.comprehension_loop(u, element, generators, i + 1)?;
        } else {
            // The result sits below one iterator per clause.
            let depth = generators.len() as u32 + 1;
            match element {
                Element::List(elt) => {
                    self.expr(u, elt)?;
                    u.span = elt.span;
                    u.emit(Op::ListAppend(depth));
                }
                Element::Set(elt) => {
                    self.expr(u, elt)?;
                    u.span = elt.span;
                    u.emit(Op::SetAdd(depth));
                }
                Element::Dict(key, value) => {
                    self.expr(u, key)?;
                    self.expr(u, value)?;
                    u.span = key.span.to(value.span);
                    u.emit(Op::MapAdd(depth));
                }
                Element::Generator(elt) => {
                    self.expr(u, elt)?;
                    u.span = elt.span;
                    u.emit(Op::YieldValue);
                    u.emit(Op::PopTop);
                }
            }
        }
        u.span = g.iter.span;
        u.emit(Op::Jump(top as u32));
        u.patch(for_iter);
        Ok(())
    }
}

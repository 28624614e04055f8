//! Statement constructors for the grammar's actions, and the checks CPython
//! makes while parsing statements: valid assignment / `del` / augmented
//! assignment targets, parameter lists, `try` clause order.

use super::actions::{span, unsupported, Ex, Res, MAX_BLOCK_DEPTH};
use super::ast::*;
use crate::diag::Diagnostic;

/// Statements with the depth of their nesting (a simple statement has 1).
#[derive(Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub d: u32,
}

impl Block {
    pub fn simple(stmts: Vec<Stmt>) -> Block {
        Block { stmts, d: 1 }
    }

    /// One compound statement containing blocks of depth at most `inner`.
    pub fn compound(stmt: Stmt, inner: u32) -> Res<Block> {
        let d = inner + 1;
        if d > MAX_BLOCK_DEPTH {
            return Err(Diagnostic::syntax(
                format!("too many nested blocks (gilvm allows {MAX_BLOCK_DEPTH}; each 'elif' counts as one)"),
                stmt.span,
            ));
        }
        Ok(Block {
            stmts: vec![stmt],
            d,
        })
    }

    /// Concatenates blocks (the lines of a suite or a module).
    pub fn join(blocks: Vec<Block>) -> Block {
        let d = blocks.iter().map(|b| b.d).max().unwrap_or(0);
        let stmts = blocks.into_iter().flat_map(|b| b.stmts).collect();
        Block { stmts, d }
    }
}

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        span: span(l, r),
        kind,
    }
}

/// What a target is used for; it words the error messages.
#[derive(Clone, Copy, PartialEq)]
pub enum Ctx {
    /// The first `x` in `x = ...` (CPython adds "Maybe you meant '=='").
    AssignTop,
    Assign,
    Del,
}

/// How CPython names an expression that cannot be a target.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(_) | ExprKind::Unsupported(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Checks that `e` can be assigned to (or deleted), recursing into tuples
/// and lists, with CPython's messages.
pub fn check_target(e: &Expr, ctx: Ctx) -> Res<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let inner = if ctx == Ctx::Del {
                Ctx::Del
            } else {
                Ctx::Assign
            };
            items.iter().try_for_each(|x| check_target(x, inner))
        }
        _ => {
            let what = describe(e);
            let verb = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            let hint = ctx == Ctx::AssignTop
                && !matches!(
                    e.kind,
                    ExprKind::BoolOp { .. }
                        | ExprKind::Compare { .. }
                        | ExprKind::IfExp { .. }
                        | ExprKind::Constant(Constant::Bool(_) | Constant::None)
                        | ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            ..
                        }
                );
            let suffix = if hint {
                " here. Maybe you meant '==' instead of '='?"
            } else {
                ""
            };
            Err(Diagnostic::syntax(
                format!("cannot {verb} {what}{suffix}"),
                e.span,
            ))
        }
    }
}

pub fn expr_stmt(e: Ex) -> Stmt {
    Stmt {
        span: e.span(),
        kind: StmtKind::Expr(e.e),
    }
}

pub fn assign(first: Ex, rest: Vec<Ex>) -> Res<Stmt> {
    let mut all: Vec<Expr> = std::iter::once(first.e)
        .chain(rest.into_iter().map(|x| x.e))
        .collect();
    let value = all
        .pop()
        .ok_or_else(|| Diagnostic::syntax("invalid syntax", Span::default()))?;
    for t in &all {
        check_target(t, Ctx::AssignTop)?;
    }
    let span = all.first().map_or(value.span, |t| t.span.to(value.span));
    Ok(Stmt {
        span,
        kind: StmtKind::Assign {
            targets: all,
            value,
        },
    })
}

pub fn aug_assign(target: Ex, op: BinOp, value: Ex) -> Res<Stmt> {
    let t = &target.e;
    if !matches!(
        t.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return Err(Diagnostic::syntax(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(t)
            ),
            t.span,
        ));
    }
    Ok(Stmt {
        span: t.span.to(value.span()),
        kind: StmtKind::AugAssign {
            target: target.e,
            op,
            value: value.e,
        },
    })
}

/// A target of `for` or `with ... as`.
pub fn target(e: Ex) -> Res<Expr> {
    check_target(&e.e, Ctx::Assign)?;
    Ok(e.e)
}

pub fn del(targets: Ex, l: usize, r: usize) -> Res<Stmt> {
    let list = match targets.e.kind {
        // `del a, b` deletes each; `del (a, b)` too.
        ExprKind::Tuple(items) => items,
        _ => vec![targets.e],
    };
    for t in &list {
        check_target(t, Ctx::Del)?;
    }
    Ok(stmt(StmtKind::Del(list), l, r))
}

/// `if`/`elif`/`else`: the `elif`s nest as `If` nodes in `orelse`.
pub fn if_chain(
    head: (usize, Ex, Block, usize),
    elifs: Vec<(usize, Ex, Block, usize)>,
    orelse: Option<Block>,
) -> Res<Block> {
    let mut tail = orelse.unwrap_or_default();
    for (l, test, body, r) in elifs.into_iter().rev() {
        let inner = body.d.max(tail.d);
        let kind = StmtKind::If {
            test: test.e,
            body: body.stmts,
            orelse: tail.stmts,
        };
        tail = Block::compound(stmt(kind, l, r), inner)?;
    }
    let (l, test, body, r) = head;
    let inner = body.d.max(tail.d);
    let kind = StmtKind::If {
        test: test.e,
        body: body.stmts,
        orelse: tail.stmts,
    };
    Block::compound(stmt(kind, l, r), inner)
}

/// One `except` clause: header span, type, name, body.
pub type Handler = (Span, Option<Ex>, Option<Ident>, Block);

pub fn try_stmt(
    l: usize,
    r: usize,
    body: Block,
    handlers: Vec<Handler>,
    orelse: Option<(usize, Block)>,
    finalbody: Option<Block>,
) -> Res<Block> {
    if handlers.is_empty() && finalbody.is_none() {
        let body_end = body.stmts.last().map_or(r, |s| s.span.end as usize);
        let at = orelse.as_ref().map_or(body_end, |o| o.0);
        return Err(Diagnostic::syntax(
            "expected 'except' or 'finally' block",
            span(at, at + 4),
        ));
    }
    if let Some((at, _)) = &orelse {
        if handlers.is_empty() {
            return Err(Diagnostic::syntax(
                "expected 'except' or 'finally' block",
                span(*at, at + 4),
            ));
        }
    }
    if let Some((bare, _, _, _)) = handlers.iter().rev().skip(1).find(|h| h.1.is_none()) {
        return Err(Diagnostic::syntax("default 'except:' must be last", *bare));
    }
    let orelse = orelse.map(|o| o.1).unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut d = body.d.max(orelse.d).max(finalbody.d);
    let handlers = handlers
        .into_iter()
        .map(|(span, typ, name, body)| {
            d = d.max(body.d);
            ExceptHandler {
                span,
                typ: typ.map(|t| t.e),
                name,
                body: body.stmts,
            }
        })
        .collect();
    let kind = StmtKind::Try {
        body: body.stmts,
        handlers,
        orelse: orelse.stmts,
        finalbody: finalbody.stmts,
    };
    Block::compound(stmt(kind, l, r), d)
}

/// One entry of a `def` parameter list, as written.
pub enum ParamItem {
    Plain {
        name: Ident,
        annotation: Option<Span>,
        default: Option<Ex>,
    },
    /// `*` or `*args`
    Star(Span),
    /// `**kwargs`
    DoubleStar(Span),
    /// `/`
    Slash(Span),
}

pub fn params(items: Vec<ParamItem>) -> Res<Vec<Param>> {
    let mut out: Vec<Param> = Vec::with_capacity(items.len());
    for item in items {
        match item {
            ParamItem::Plain {
                name,
                annotation,
                default,
            } => {
                if let Some(at) = annotation {
                    return Err(unsupported("parameter annotations are", at));
                }
                if default.is_none() && out.iter().any(|p| p.default.is_some()) {
                    return Err(Diagnostic::syntax(
                        "non-default argument follows default argument",
                        name.span,
                    ));
                }
                if out.iter().any(|p| p.name.name == name.name) {
                    return Err(Diagnostic::syntax(
                        format!("duplicate argument '{}' in function definition", name.name),
                        name.span,
                    ));
                }
                out.push(Param {
                    name,
                    default: default.map(|d| d.e),
                });
            }
            ParamItem::Star(at) => {
                return Err(unsupported("'*' parameters (*args, keyword-only) are", at))
            }
            ParamItem::DoubleStar(at) => return Err(unsupported("'**kwargs' parameters are", at)),
            ParamItem::Slash(at) => {
                return Err(unsupported("positional-only parameters ('/') are", at))
            }
        }
    }
    Ok(out)
}

/// `import a.b`: gilvm's modules are all top-level.
pub fn module_name(parts: Vec<Ident>) -> Res<Ident> {
    match <[Ident; 1]>::try_from(parts) {
        Ok([one]) => Ok(one),
        Err(parts) => {
            let sp = parts[0].span.to(parts[parts.len() - 1].span);
            Err(unsupported("dotted module names are", sp))
        }
    }
}

//! Statement constructors for the grammar's actions, and the checks CPython
//! makes while parsing statements: valid assignment / `del` / augmented
//! assignment targets, parameter lists, `try` clause order.

use super::actions::{span, Ex, Res, MAX_BLOCK_DEPTH};
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

/// `with (a, b):` is two context managers, as in Python 3.9+ (the
/// parenthesised form), not one tuple: a tuple is never a context manager,
/// so a lone parenthesised tuple without `as` is taken apart, and so is
/// `with (a as x, b as y):`, whose items the parser read as `WithAs`.
pub fn with_items(items: Vec<WithItem>) -> Res<Vec<WithItem>> {
    let item = |e: &Expr| -> Res<WithItem> {
        Ok(match &e.kind {
            ExprKind::WithAs { context, target } => {
                check_target(target, Ctx::Assign)?;
                WithItem {
                    context: (**context).clone(),
                    target: Some((**target).clone()),
                }
            }
            _ => WithItem {
                context: e.clone(),
                target: None,
            },
        })
    };
    match items.as_slice() {
        [WithItem {
            context:
                Expr {
                    kind: ExprKind::Tuple(elements),
                    ..
                },
            target: None,
        }] if !elements.is_empty()
            && !elements
                .iter()
                .any(|e| matches!(e.kind, ExprKind::Starred(_))) =>
        {
            elements.iter().map(item).collect()
        }
        [WithItem {
            context:
                e @ Expr {
                    kind: ExprKind::WithAs { .. },
                    ..
                },
            target: None,
        }] => Ok(vec![item(e)?]),
        _ => Ok(items),
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
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::WithAs { .. } => "expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
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
            let stars: Vec<&Expr> = items
                .iter()
                .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                .collect();
            if ctx != Ctx::Del && stars.len() > 1 {
                return Err(Diagnostic::syntax(
                    "multiple starred expressions in assignment",
                    stars[1].span,
                ));
            }
            items.iter().try_for_each(|x| match &x.kind {
                ExprKind::Starred(inner_target) if ctx != Ctx::Del => {
                    check_target(inner_target, Ctx::Assign)
                }
                _ => check_target(x, inner),
            })
        }
        ExprKind::Starred(_) if ctx != Ctx::Del => Err(Diagnostic::syntax(
            "starred assignment target must be in a list or tuple",
            e.span,
        )),
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
                        | ExprKind::Lambda { .. }
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

/// One entry of a `def` or `lambda` parameter list, as written.
pub enum ParamItem {
    /// `name`, `name: annotation`, `name=default`.
    Plain {
        name: Ident,
        annotation: Option<Ex>,
        default: Option<Ex>,
    },
    /// `*` or `*args`; `eq` is the `=` of a (refused) default.
    Star {
        star: Span,
        name: Option<Ident>,
        annotation: Option<Ex>,
        eq: Option<Span>,
    },
    /// `**kwargs`; `eq` is the `=` of a (refused) default.
    DoubleStar {
        star: Span,
        name: Ident,
        annotation: Option<Ex>,
        eq: Option<Span>,
    },
    /// `/`
    Slash(Span),
}

impl ParamItem {
    /// Where CPython points when this item is the unexpected one.
    fn at(&self) -> Span {
        match self {
            ParamItem::Plain { name, .. } => name.span,
            ParamItem::Star { star, .. } | ParamItem::DoubleStar { star, .. } => *star,
            ParamItem::Slash(at) => *at,
        }
    }
}

/// A parameter list as written.
pub struct ParamList {
    pub items: Vec<ParamItem>,
    /// The offset of the comma after each item (all but the last, or all).
    pub commas: Vec<usize>,
    /// The `)` of a `def`, the `:` of a `lambda`.
    pub close: Span,
}

/// Builds a parameter list, with the errors CPython 3.11's parser gives
/// for a bad one (tried in the order of its `invalid_parameters` and
/// `invalid_star_etc` rules, so the same error wins), then duplicate
/// names. A `lambda`
/// places one error differently. Also returns the depth of the deepest
/// default.
pub fn params(list: ParamList, lambda: bool) -> Res<(Params, u32)> {
    check_param_order(&list, lambda)?;
    let items = list.items;
    let mut out = Params::default();
    let mut d = 0;
    let mut annotations: Vec<(String, Expr)> = Vec::new();
    let mut star_annotations: Vec<(String, Expr)> = Vec::new();
    let mut kwarg_annotation = None;
    let mut seen_star = false;
    for item in items {
        match item {
            ParamItem::Plain {
                name,
                annotation: ann,
                default,
            } => {
                if let Some(ann) = ann {
                    d = d.max(ann.d);
                    let entry = (name.name.clone(), ann.e);
                    if seen_star {
                        star_annotations.push(entry);
                    } else {
                        annotations.push(entry);
                    }
                }
                d = d.max(default.as_ref().map_or(0, |x| x.d));
                let param = Param {
                    name,
                    default: default.map(|x| x.e),
                };
                if seen_star {
                    out.kwonly.push(param);
                } else {
                    out.positional.push(param);
                }
            }
            ParamItem::Star {
                name,
                annotation: ann,
                ..
            } => {
                if let (Some(ann), Some(name)) = (ann, &name) {
                    d = d.max(ann.d);
                    star_annotations.insert(0, (name.name.clone(), ann.e));
                }
                seen_star = true;
                out.vararg = name;
            }
            ParamItem::DoubleStar {
                name,
                annotation: ann,
                ..
            } => {
                if let Some(ann) = ann {
                    d = d.max(ann.d);
                    kwarg_annotation = Some((name.name.clone(), ann.e));
                }
                out.kwarg = Some(name);
            }
            ParamItem::Slash(_) => out.posonly = out.positional.len(),
        }
    }
    // CPython's symbol table meets the names in this order.
    let names: Vec<&Ident> = (out.positional.iter().map(|p| &p.name))
        .chain(out.kwonly.iter().map(|p| &p.name))
        .chain(&out.vararg)
        .chain(&out.kwarg)
        .collect();
    for (i, name) in names.iter().enumerate() {
        if names[..i].iter().any(|n| n.name == name.name) {
            return Err(Diagnostic::syntax(
                format!("duplicate argument '{}' in function definition", name.name),
                name.span,
            ));
        }
    }
    // CPython's order: ordinary parameters, positional-only ones, `*args`,
    // keyword-only ones, `**kwargs` (the return annotation comes last).
    let posonly_names: Vec<&str> = out.positional[..out.posonly]
        .iter()
        .map(|p| p.name.name.as_str())
        .collect();
    let (first, ordinary): (Vec<_>, Vec<_>) = annotations
        .into_iter()
        .partition(|(n, _)| posonly_names.contains(&n.as_str()));
    out.annotations = ordinary;
    out.annotations.extend(first);
    out.annotations.extend(star_annotations);
    out.annotations.extend(kwarg_annotation);
    Ok((out, d))
}

/// The structural checks of `params`: CPython's messages for parameters
/// in an order it refuses, and "invalid syntax" at the first item its
/// grammar cannot take.
fn check_param_order(list: &ParamList, lambda: bool) -> Res<()> {
    use ParamItem::*;
    let items = &list.items;
    let n = items.len();
    let comma_after = |i: usize| i < list.commas.len();
    // The token after item `i`: its comma, or the closing `)` or `:`.
    let after = |i: usize| list.commas.get(i).map_or(list.close, |&c| span(c, c + 1));
    let plain = |i: usize| matches!(items.get(i), Some(Plain { .. }));
    let no_default = |i: usize| matches!(items.get(i), Some(Plain { default: None, .. }));
    let with_default = |i: usize| {
        matches!(
            items.get(i),
            Some(Plain {
                default: Some(_),
                ..
            })
        )
    };
    let slash = |i: usize| matches!(items.get(i), Some(Slash(_)));
    // `*args` or a bare `*` followed by a comma: what may open keyword-only
    // parameters.
    let star_opening = |i: usize| match items.get(i) {
        Some(Star { name: None, .. }) => comma_after(i),
        Some(Star { eq, .. }) => eq.is_none(),
        _ => false,
    };
    let skip_plain = |mut i: usize| {
        while plain(i) {
            i += 1;
        }
        i
    };
    let err = |message: &str, at: Span| Err(Diagnostic::syntax(message, at));

    // Defaults, then a parameter without one (possibly across the `/`).
    let mut i = 0;
    while no_default(i) {
        i += 1;
    }
    let first_default = i;
    while with_default(i) {
        i += 1;
    }
    if i > first_default {
        let bad = if slash(i) { i + 1 } else { i };
        if no_default(bad) {
            return err(
                "non-default argument follows default argument",
                items[bad].at(),
            );
        }
    }
    if slash(0) && comma_after(0) {
        return err("at least one argument must precede /", items[0].at());
    }
    // The position after a well-placed `/` (after at least one parameter).
    let first_other = skip_plain(0);
    let after_slash = (first_other > 0 && slash(first_other)).then_some(first_other + 1);
    if let Some(start) = after_slash {
        let j = skip_plain(start);
        if slash(j) {
            return err("/ may appear only once", items[j].at());
        }
    }
    let j = skip_plain(after_slash.unwrap_or(0));
    if star_opening(j) {
        let k = skip_plain(j + 1);
        if slash(k) {
            return err("/ must be ahead of *", items[k].at());
        }
    }

    // The positional parameters, well ordered: CPython's grammar stops at
    // a parameter without a default after one with.
    let mut p = after_slash.unwrap_or(0);
    let defaults_before_slash = after_slash.is_some() && with_default(first_other - 1);
    if !defaults_before_slash {
        while no_default(p) {
            p += 1;
        }
    }
    while with_default(p) {
        p += 1;
    }
    // `*`, `*args` and the keyword-only parameters.
    if let Some(Star { star, name, eq, .. }) = items.get(p) {
        if name.is_none() && (p + 1 == n || matches!(items[p + 1], DoubleStar { .. })) {
            let at = match (lambda, items.get(p + 1)) {
                (false, _) => *star,
                (true, Some(next)) => next.at(),
                (true, None) => list.close,
            };
            return err("named arguments must follow bare *", at);
        }
        if let Some(eq) = eq {
            return err("var-positional argument cannot have default value", *eq);
        }
        let k = skip_plain(p + 1);
        if matches!(items.get(k), Some(Star { .. })) && star_opening(k) {
            return err("* argument may appear only once", items[k].at());
        }
        p = k;
    }
    // `**kwargs`, which must come last.
    if let Some(DoubleStar { eq, .. }) = items.get(p) {
        if let Some(eq) = eq {
            return err("var-keyword argument cannot have default value", *eq);
        }
        if let Some(next) = items.get(p + 1) {
            return err("arguments cannot follow var-keyword argument", next.at());
        }
        p += 1;
    }
    match items.get(p) {
        // CPython read the whole parameter before it gave up.
        Some(Plain { .. }) => err("invalid syntax", after(p)),
        Some(item) => err("invalid syntax", item.at()),
        None => Ok(()),
    }
}

/// `import a.b`: gilvm's modules are all top-level.
/// A module name, dotted (`collections.abc`) or not.
pub fn module_name(parts: Vec<Ident>) -> Res<Ident> {
    let span = match (parts.first(), parts.last()) {
        (Some(first), Some(last)) => first.span.to(last.span),
        _ => return Err(Diagnostic::syntax("invalid syntax", Span::default())),
    };
    let name = parts
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(".");
    Ok(Ident { name, span })
}

/// `target: annotation` or `target: annotation = value`; `start` is where
/// the statement starts, so a parenthesised name (`(x): int`), which is
/// not a simple target, can be told apart.
pub fn ann_assign(target: Ex, annotation: Ex, value: Option<Ex>, start: usize) -> Res<Stmt> {
    let t = &target.e;
    let simple = match t.kind {
        ExprKind::Name(_) => t.span.start as usize == start,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple(_) => {
            return Err(Diagnostic::syntax(
                "only single target (not tuple) can be annotated",
                t.span,
            ))
        }
        ExprKind::List(_) => {
            return Err(Diagnostic::syntax(
                "only single target (not list) can be annotated",
                t.span,
            ))
        }
        _ => return Err(Diagnostic::syntax("illegal target for annotation", t.span)),
    };
    let end = value.as_ref().map_or(annotation.span(), |v| v.span());
    Ok(Stmt {
        span: t.span.to(end),
        kind: StmtKind::AnnAssign {
            target: target.e,
            annotation: annotation.e,
            value: value.map(|v| v.e),
            simple,
        },
    })
}

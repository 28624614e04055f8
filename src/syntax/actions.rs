//! What the grammar's actions call to build AST nodes.
//!
//! Every expression is built as an `Ex`: the node plus the depth of its
//! tree. Each constructor checks the depth against `MAX_EXPR_DEPTH`, so no
//! tree deeper than the limit is ever built; recursive walks over the AST
//! (and dropping it) are then bounded. Statement nesting is tracked the same
//! way in `Block` (an `elif` chain nests `If` nodes, so it counts too).
//! Statement constructors live in `stmts`.

use super::ast::*;
use crate::diag::Diagnostic;

pub type Res<T> = Result<T, Diagnostic>;

/// The deepest expression tree the parser builds (CPython's parser refuses
/// absurdly deep expressions too; its bracket limit is also 200).
pub const MAX_EXPR_DEPTH: u32 = 200;
/// The deepest statement nesting the parser builds (blocks and `elif`s).
pub const MAX_BLOCK_DEPTH: u32 = 200;

/// What the grammar's start symbol produced.
pub enum Top {
    Module(super::stmts::Block),
    Expr(Ex),
}

/// An expression with the depth of its tree (a leaf has depth 1).
#[derive(Debug)]
pub struct Ex {
    pub e: Expr,
    pub d: u32,
}

impl Ex {
    pub fn leaf(kind: ExprKind, span: Span) -> Ex {
        Ex {
            e: Expr { span, kind },
            d: 1,
        }
    }

    /// A node of depth `d`, refused past the limit.
    pub fn new(kind: ExprKind, span: Span, d: u32) -> Res<Ex> {
        if d > MAX_EXPR_DEPTH {
            return Err(Diagnostic::syntax(
                format!("too many nested expressions (gilvm allows {MAX_EXPR_DEPTH} levels)"),
                Span {
                    start: span.start,
                    end: span.start + 1,
                },
            ));
        }
        Ok(Ex {
            e: Expr { span, kind },
            d,
        })
    }

    pub fn span(&self) -> Span {
        self.e.span
    }
}

pub fn span(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// A "not supported by gilvm yet" error for Python syntax outside the subset.
pub fn unsupported(what: &str, span: Span) -> Diagnostic {
    Diagnostic::syntax(format!("{what} not supported by gilvm yet"), span)
}

pub fn name(n: &str, l: usize, r: usize) -> Ex {
    Ex::leaf(ExprKind::Name(n.to_string()), span(l, r))
}

pub fn ident(n: &str, l: usize, r: usize) -> Ident {
    Ident {
        name: n.to_string(),
        span: span(l, r),
    }
}

pub fn constant(c: Constant, l: usize, r: usize) -> Ex {
    Ex::leaf(ExprKind::Constant(c), span(l, r))
}

fn max_depth<'a>(items: impl IntoIterator<Item = &'a Ex>) -> u32 {
    items.into_iter().map(|x| x.d).max().unwrap_or(0)
}

fn unzip(items: Vec<Ex>) -> (Vec<Expr>, u32) {
    let d = max_depth(&items);
    (items.into_iter().map(|x| x.e).collect(), d)
}

pub fn bin(left: Ex, op: BinOp, right: Ex) -> Res<Ex> {
    let span = left.span().to(right.span());
    let d = left.d.max(right.d) + 1;
    let kind = ExprKind::BinOp {
        left: Box::new(left.e),
        op,
        right: Box::new(right.e),
    };
    Ex::new(kind, span, d)
}

pub fn unary(op: UnaryOp, l: usize, operand: Ex) -> Res<Ex> {
    let span = span(l, operand.span().end as usize);
    let d = operand.d + 1;
    let kind = ExprKind::UnaryOp {
        op,
        operand: Box::new(operand.e),
    };
    Ex::new(kind, span, d)
}

/// `a or b or c` as one flat node; a single operand is returned as is.
pub fn boolop(op: BoolOp, first: Ex, rest: Vec<Ex>) -> Res<Ex> {
    if rest.is_empty() {
        return Ok(first);
    }
    let mut values = vec![first];
    values.extend(rest);
    let span = values[0].span().to(values[values.len() - 1].span());
    let (values, d) = unzip(values);
    Ex::new(ExprKind::BoolOp { op, values }, span, d + 1)
}

pub fn compare(first: Ex, rest: Vec<(CmpOp, Ex)>) -> Res<Ex> {
    let Some(last) = rest.last() else {
        return Ok(first);
    };
    let span = first.span().to(last.1.span());
    let d = first.d.max(rest.iter().map(|x| x.1.d).max().unwrap_or(0)) + 1;
    let (ops, comparators) = rest.into_iter().map(|(op, x)| (op, x.e)).unzip();
    let kind = ExprKind::Compare {
        left: Box::new(first.e),
        ops,
        comparators,
    };
    Ex::new(kind, span, d)
}

/// `context as target` inside parentheses (see `ExprKind::WithAs`); its
/// span is the `as`, where an error about it points.
pub fn with_as(context: Ex, target: Ex, l: usize, r: usize) -> Res<Ex> {
    let d = context.d.max(target.d) + 1;
    let kind = ExprKind::WithAs {
        context: Box::new(context.e),
        target: Box::new(target.e),
    };
    Ex::new(kind, span(l, r), d)
}

/// `target := value`.
pub fn named_expr(target: Ident, value: Ex, l: usize, r: usize) -> Res<Ex> {
    let d = value.d + 1;
    let kind = ExprKind::NamedExpr {
        target,
        value: Box::new(value.e),
    };
    Ex::new(kind, span(l, r), d)
}

pub fn ifexp(body: Ex, test: Ex, orelse: Ex) -> Res<Ex> {
    let span = body.span().to(orelse.span());
    let d = body.d.max(test.d).max(orelse.d) + 1;
    let kind = ExprKind::IfExp {
        test: Box::new(test.e),
        body: Box::new(body.e),
        orelse: Box::new(orelse.e),
    };
    Ex::new(kind, span, d)
}

pub fn attribute(value: Ex, attr: Ident) -> Res<Ex> {
    let span = value.span().to(attr.span);
    let d = value.d + 1;
    let kind = ExprKind::Attribute {
        value: Box::new(value.e),
        attr,
    };
    Ex::new(kind, span, d)
}

pub fn subscript(value: Ex, index: Ex, r: usize) -> Res<Ex> {
    let span = span(value.span().start as usize, r);
    let d = value.d.max(index.d) + 1;
    let kind = ExprKind::Subscript {
        value: Box::new(value.e),
        index: Box::new(index.e),
    };
    Ex::new(kind, span, d)
}

pub fn slice(
    lower: Option<Ex>,
    upper: Option<Ex>,
    step: Option<Ex>,
    l: usize,
    r: usize,
) -> Res<Ex> {
    let d = [&lower, &upper, &step]
        .iter()
        .filter_map(|x| x.as_ref().map(|x| x.d))
        .max()
        .unwrap_or(0)
        + 1;
    let boxed = |x: Option<Ex>| x.map(|x| Box::new(x.e));
    let kind = ExprKind::Slice {
        lower: boxed(lower),
        upper: boxed(upper),
        step: boxed(step),
    };
    Ex::new(kind, span(l, r), d)
}

/// `a, b` / `a,` (from a comma list whose optional last item has no
/// trailing comma).
pub fn tuple(mut items: Vec<Ex>, last: Option<Ex>, l: usize, r: usize) -> Res<Ex> {
    items.extend(last);
    let (items, d) = unzip(items);
    Ex::new(ExprKind::Tuple(items), span(l, r), d + 1)
}

/// A parenthesized expression: tuples take the parentheses into their span.
pub fn paren(mut inner: Ex, l: usize, r: usize) -> Ex {
    if matches!(inner.e.kind, ExprKind::Tuple(_)) {
        inner.e.span = span(l, r);
    }
    inner
}

pub fn list(items: Vec<Ex>, l: usize, r: usize) -> Res<Ex> {
    let (items, d) = unzip(items);
    Ex::new(ExprKind::List(items), span(l, r), d + 1)
}

/// A set display `{first, rest...}`.
pub fn set(first: Ex, rest: Vec<Ex>, l: usize, r: usize) -> Res<Ex> {
    let mut items = vec![first];
    items.extend(rest);
    let (items, d) = unzip(items);
    Ex::new(ExprKind::Set(items), span(l, r), d + 1)
}

/// `*value`: an element of a set display, or the starred target of an
/// assignment (`first, *rest = xs`); anywhere else the compiler refuses it.
pub fn starred(value: Ex, l: usize, r: usize) -> Res<Ex> {
    let d = value.d + 1;
    Ex::new(ExprKind::Starred(Box::new(value.e)), span(l, r), d)
}

/// A `{...}` display item: `k: v`, or `**m`.
pub enum DictItem {
    Pair(Ex, Ex),
    Unpack(Ex),
}

pub fn dict(items: Vec<DictItem>, l: usize, r: usize) -> Res<Ex> {
    let mut pairs = Vec::with_capacity(items.len());
    let mut d = 0;
    for item in items {
        match item {
            DictItem::Pair(k, v) => {
                d = d.max(k.d).max(v.d);
                pairs.push((Some(k.e), v.e));
            }
            DictItem::Unpack(m) => {
                d = d.max(m.d);
                pairs.push((None, m.e));
            }
        }
    }
    Ex::new(ExprKind::Dict(pairs), span(l, r), d + 1)
}

/// One argument in a call or a class header, as written.
pub enum Arg {
    Pos(Ex),
    /// `name=value`; the left side is checked to be a name.
    Kw(Ex, Ex),
    /// `*value`, with the offset of the `*`.
    Star(usize, Ex),
    /// `**value`, with the offset of the `**`.
    DoubleStar(usize, Ex),
}

/// Positional arguments (`*x` as `Starred`), keyword arguments (`**m` with
/// no name) and the depth of the deepest, checked in CPython's order rules.
/// `r` is the offset just after the closing parenthesis, where CPython
/// reports a positional argument after keywords.
pub fn arguments(args: Vec<Arg>, r: usize) -> Res<(Vec<Expr>, Vec<Keyword>, u32)> {
    let mut d = 0;
    let mut positional = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut unpacked_mapping = false;
    for arg in args {
        match arg {
            Arg::Pos(x) => {
                if !keywords.is_empty() {
                    let message = if unpacked_mapping {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(Diagnostic::syntax(message, span(r.saturating_sub(1), r)));
                }
                d = d.max(x.d);
                positional.push(x.e);
            }
            Arg::Star(l, x) => {
                if unpacked_mapping {
                    return Err(Diagnostic::syntax(
                        "iterable argument unpacking follows keyword argument unpacking",
                        span(l, l + 1),
                    ));
                }
                let sp = span(l, x.span().end as usize);
                let x = Ex::new(ExprKind::Starred(Box::new(x.e)), sp, x.d + 1)?;
                d = d.max(x.d);
                positional.push(x.e);
            }
            Arg::Kw(k, v) => {
                let ExprKind::Name(n) = &k.e.kind else {
                    return Err(Diagnostic::syntax(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        k.span().to(v.span()),
                    ));
                };
                if keywords
                    .iter()
                    .any(|kw| kw.name.as_ref().is_some_and(|name| &name.name == n))
                {
                    return Err(Diagnostic::syntax(
                        format!("keyword argument repeated: {n}"),
                        k.span(),
                    ));
                }
                d = d.max(v.d);
                keywords.push(Keyword {
                    name: Some(Ident {
                        name: n.clone(),
                        span: k.span(),
                    }),
                    value: v.e,
                });
            }
            Arg::DoubleStar(_, v) => {
                unpacked_mapping = true;
                d = d.max(v.d);
                keywords.push(Keyword {
                    name: None,
                    value: v.e,
                });
            }
        }
    }
    Ok((positional, keywords, d))
}

pub fn call(func: Ex, args: Vec<Arg>, r: usize) -> Res<Ex> {
    let span = span(func.span().start as usize, r);
    let (args, keywords, d) = arguments(args, r)?;
    let d = func.d.max(d);
    let kind = ExprKind::Call {
        func: Box::new(func.e),
        args,
        keywords,
    };
    Ex::new(kind, span, d + 1)
}

/// `lambda params: body`; `d` is the depth of the deepest default.
pub fn lambda(l: usize, params: (Params, u32), body: Ex) -> Res<Ex> {
    let (params, d) = params;
    let span = span(l, body.span().end as usize);
    let d = d.max(body.d) + 1;
    let kind = ExprKind::Lambda {
        params: Box::new(params),
        body: Box::new(body.e),
    };
    Ex::new(kind, span, d)
}

/// One clause of a comprehension as the grammar reads it.
pub enum CompClause {
    /// `for target in iter`
    For(Ex, Ex),
    /// `if cond`
    If(Ex),
}

/// Which display a comprehension builds.
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// A comprehension: `elt` (the key for a dict), its value for a dict, and
/// its clauses, the first of which is always a `for`.
pub fn comprehension(
    kind: CompKind,
    elt: Ex,
    value: Option<Ex>,
    clauses: Vec<CompClause>,
    l: usize,
    r: usize,
) -> Res<Ex> {
    let mut d = elt.d.max(value.as_ref().map_or(0, |v| v.d));
    let mut generators: Vec<Comprehension> = Vec::new();
    for clause in clauses {
        match clause {
            CompClause::For(target, iter) => {
                d = d.max(target.d).max(iter.d);
                let target = super::stmts::target(target)?;
                generators.push(Comprehension {
                    target,
                    iter: iter.e,
                    ifs: Vec::new(),
                });
            }
            CompClause::If(cond) => {
                d = d.max(cond.d);
                match generators.last_mut() {
                    Some(g) => g.ifs.push(cond.e),
                    None => return Err(Diagnostic::syntax("invalid syntax", cond.span())),
                }
            }
        }
    }
    let elt = Box::new(elt.e);
    let kind = match (kind, value) {
        (CompKind::List, _) => ExprKind::ListComp { elt, generators },
        (CompKind::Set, _) => ExprKind::SetComp { elt, generators },
        (CompKind::Generator, _) => ExprKind::GeneratorExp { elt, generators },
        (CompKind::Dict, Some(v)) => ExprKind::DictComp {
            key: elt,
            value: Box::new(v.e),
            generators,
        },
        (CompKind::Dict, None) => return Err(Diagnostic::syntax("invalid syntax", span(l, r))),
    };
    Ex::new(kind, span(l, r), d + 1)
}

/// `f(x for x in xs)`: a call whose only argument is a generator expression
/// written without its own parentheses.
pub fn call_with_genexp(func: Ex, genexp: Ex, r: usize) -> Res<Ex> {
    call(func, vec![Arg::Pos(genexp)], r)
}

/// `yield` or `yield value`.
pub fn yield_expr(value: Option<Ex>, l: usize, r: usize) -> Res<Ex> {
    match value {
        None => Ok(Ex::leaf(ExprKind::Yield(None), span(l, r))),
        Some(v) => {
            let sp = span(l, v.span().end as usize);
            Ex::new(ExprKind::Yield(Some(Box::new(v.e))), sp, v.d + 1)
        }
    }
}

/// `await awaitable`
pub fn await_expr(value: Ex, l: usize) -> Res<Ex> {
    let sp = span(l, value.span().end as usize);
    Ex::new(ExprKind::Await(Box::new(value.e)), sp, value.d + 1)
}

/// `yield from iterable`
pub fn yield_from(value: Ex, l: usize) -> Res<Ex> {
    let sp = span(l, value.span().end as usize);
    Ex::new(ExprKind::YieldFrom(Box::new(value.e)), sp, value.d + 1)
}

//! Private name mangling, as CPython's compiler does it.
//!
//! Inside a class `C`, an identifier that starts with two underscores and
//! does not end with two (`__x`, not `__init__`) is rewritten to `_C__x`,
//! so a subclass's `self.__x` cannot clash with its base's. It applies to
//! every name in the class body and in the functions, lambdas and
//! comprehensions nested in it (variables, attributes, parameters, `def`
//! and `class` names, `global` and `nonlocal` declarations, import
//! aliases, annotations' keys), up to the next nested class, which mangles
//! with its own name. Keyword arguments at call sites are left as written,
//! as CPython leaves them. The class name loses its leading underscores
//! (`_Base` mangles as `_Base__x`); a class named only with underscores
//! mangles nothing.
//!
//! This pass rewrites the AST before scopes are resolved, so the rest of
//! the compiler sees only the mangled names.

use crate::syntax::ast::*;

/// Rewrites every private name in `module`.
pub fn mangle_module(module: &mut Module) {
    for stmt in &mut module.body {
        stmt_names(stmt, None);
    }
}

/// `name` as seen inside class `class` (already stripped of leading
/// underscores; `None` outside any class).
fn mangled(name: &str, class: Option<&str>) -> Option<String> {
    let class = class?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    Some(format!("_{class}{name}"))
}

fn ident(id: &mut Ident, class: Option<&str>) {
    if let Some(m) = mangled(&id.name, class) {
        id.name = m;
    }
}

fn string(name: &mut String, class: Option<&str>) {
    if let Some(m) = mangled(name, class) {
        *name = m;
    }
}

/// The name a class mangles with: its own without leading underscores, or
/// none for a name made only of underscores.
fn private_prefix(class_name: &str) -> Option<String> {
    let stripped = class_name.trim_start_matches('_');
    (!stripped.is_empty()).then(|| stripped.to_string())
}

fn body(stmts: &mut [Stmt], class: Option<&str>) {
    for stmt in stmts {
        stmt_names(stmt, class);
    }
}

fn params(p: &mut Params, class: Option<&str>) {
    for param in p.positional.iter_mut().chain(p.kwonly.iter_mut()) {
        ident(&mut param.name, class);
        if let Some(default) = &mut param.default {
            expr(default, class);
        }
    }
    if let Some(v) = &mut p.vararg {
        ident(v, class);
    }
    if let Some(k) = &mut p.kwarg {
        ident(k, class);
    }
    for (name, annotation) in &mut p.annotations {
        string(name, class);
        expr(annotation, class);
    }
}

/// An imported name binds `asname`, or its own (first) name: the binding
/// is mangled, the name looked up in the module is not.
fn alias(a: &mut Alias, class: Option<&str>) {
    match &mut a.asname {
        Some(asname) => ident(asname, class),
        None => {
            if let Some(m) = mangled(&a.name.name, class) {
                a.asname = Some(Ident {
                    name: m,
                    ..a.name.clone()
                });
            }
        }
    }
}

fn stmt_names(stmt: &mut Stmt, class: Option<&str>) {
    match &mut stmt.kind {
        StmtKind::Expr(e) => expr(e, class),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| expr(t, class));
            expr(value, class);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, class);
            expr(value, class);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(target, class);
            expr(annotation, class);
            if let Some(v) = value {
                expr(v, class);
            }
        }
        StmtKind::Del(targets) => targets.iter_mut().for_each(|t| expr(t, class)),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Unsupported(_) => {}
        StmtKind::Return(value) => {
            if let Some(v) = value {
                expr(v, class);
            }
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        }
        | StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            expr(test, class);
            body(b, class);
            body(orelse, class);
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => {
            expr(target, class);
            expr(iter, class);
            body(b, class);
            body(orelse, class);
        }
        StmtKind::FunctionDef(f) => {
            f.binding = mangled(&f.name.name, class);
            f.decorators.iter_mut().for_each(|d| expr(d, class));
            params(&mut f.params, class);
            if let Some(r) = &mut f.returns {
                expr(r, class);
            }
            body(&mut f.body, class);
        }
        StmtKind::ClassDef(c) => {
            // The class's own name, bases and decorators belong to the
            // enclosing scope; its body mangles with the name as written
            // (`class __Inner` inside `class C` binds `_C__Inner`, and its
            // body mangles as `_Inner__x`).
            let prefix = private_prefix(&c.name.name);
            c.binding = mangled(&c.name.name, class);
            c.decorators.iter_mut().for_each(|d| expr(d, class));
            c.bases.iter_mut().for_each(|b| expr(b, class));
            c.keywords
                .iter_mut()
                .for_each(|k| expr(&mut k.value, class));
            body(&mut c.body, prefix.as_deref());
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            names.iter_mut().for_each(|n| ident(n, class));
        }
        StmtKind::Import(aliases) => aliases.iter_mut().for_each(|a| alias(a, class)),
        StmtKind::ImportFrom { names, .. } => names.iter_mut().for_each(|a| alias(a, class)),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b, class);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    expr(t, class);
                }
                if let Some(n) = &mut h.name {
                    ident(n, class);
                }
                body(&mut h.body, class);
            }
            body(orelse, class);
            body(finalbody, class);
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                expr(e, class);
            }
        }
        StmtKind::Assert { test, msg } => {
            expr(test, class);
            if let Some(m) = msg {
                expr(m, class);
            }
        }
        StmtKind::With { items, body: b, .. } => {
            for item in items {
                expr(&mut item.context, class);
                if let Some(t) = &mut item.target {
                    expr(t, class);
                }
            }
            body(b, class);
        }
    }
}

fn fstring_parts(parts: &mut [FStringPart], class: Option<&str>) {
    for part in parts {
        if let FStringPart::Value { expr: e, spec, .. } = part {
            expr(e, class);
            fstring_parts(spec, class);
        }
    }
}

fn comprehensions(generators: &mut [Comprehension], class: Option<&str>) {
    for g in generators {
        expr(&mut g.target, class);
        expr(&mut g.iter, class);
        g.ifs.iter_mut().for_each(|i| expr(i, class));
    }
}

fn expr(e: &mut Expr, class: Option<&str>) {
    if class.is_none() {
        // Outside every class nothing is mangled, and a class cannot be
        // defined inside an expression.
        return;
    }
    match &mut e.kind {
        ExprKind::Name(name) => string(name, class),
        ExprKind::Constant(_) | ExprKind::Unsupported(_) => {}
        ExprKind::FString(parts) => fstring_parts(parts, class),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter_mut().for_each(|i| expr(i, class));
        }
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs {
                if let Some(k) = k {
                    expr(k, class);
                }
                expr(v, class);
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, class);
            expr(right, class);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, class),
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|v| expr(v, class)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, class);
            comparators.iter_mut().for_each(|c| expr(c, class));
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, class);
            expr(body, class);
            expr(orelse, class);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, class);
            args.iter_mut().for_each(|a| expr(a, class));
            // Keyword names stay as written (CPython's behaviour).
            keywords.iter_mut().for_each(|k| expr(&mut k.value, class));
        }
        ExprKind::Attribute { value, attr } => {
            expr(value, class);
            ident(attr, class);
        }
        ExprKind::Subscript { value, index } => {
            expr(value, class);
            expr(index, class);
        }
        ExprKind::Lambda { params: p, body } => {
            params(p, class);
            expr(body, class);
        }
        ExprKind::WithAs { context, target } => {
            expr(context, class);
            expr(target, class);
        }
        ExprKind::NamedExpr { target, value } => {
            ident(target, class);
            expr(value, class);
        }
        ExprKind::Starred(inner) | ExprKind::YieldFrom(inner) | ExprKind::Await(inner) => {
            expr(inner, class)
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                expr(part, class);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt, class);
            comprehensions(generators, class);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            expr(key, class);
            expr(value, class);
            comprehensions(generators, class);
        }
        ExprKind::Yield(value) => {
            if let Some(v) = value {
                expr(v, class);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_private_names_inside_a_class_are_mangled() {
        assert_eq!(mangled("__x", Some("C")), Some("_C__x".into()));
        assert_eq!(mangled("__init__", Some("C")), None);
        assert_eq!(mangled("_x", Some("C")), None);
        assert_eq!(mangled("__x", None), None);
        assert_eq!(private_prefix("__Base"), Some("Base".into()));
        assert_eq!(private_prefix("___"), None);
    }
}

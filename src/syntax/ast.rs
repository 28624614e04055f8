//! The abstract syntax tree the parser builds and the compiler reads.
//!
//! Every node carries the byte span of the source it came from, so that any
//! later stage (symbol table, code generation, runtime tracebacks) can point
//! at the exact text. Nodes own their children in `Box`/`Vec`; the parser
//! caps nesting depth (see `syntax::parser`), so recursive walks over this
//! tree are bounded.

use std::sync::Arc;

use num_bigint::BigInt;

pub use crate::span::Span;

/// A parsed module: the statements of one script.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect (a call, usually).
    Expr(Expr),
    /// `a = b = value`: every target receives the same value, left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`; `target` is a Name, Attribute or Subscript.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` when the target is a
    /// plain name (the only kind recorded in `__annotations__`).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    /// `del a[k], b` — each target a Name, Subscript or Attribute.
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// `async for`: `__aiter__`, and each `__anext__` awaited.
        is_async: bool,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `import a, b as c`
    Import(Vec<Alias>),
    /// `from module import a, b as c`
    ImportFrom {
        module: Ident,
        names: Vec<Alias>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise X`, `raise X from Y`
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `assert test, msg`
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `with a as x, b:` — items are entered left to right.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        /// `async with`: `__aenter__`/`__aexit__`, awaited.
        is_async: bool,
    },
    /// Python syntax that gilvm recognises but does not support yet. The
    /// compiler rejects it with a located error naming the construct, so it
    /// never runs with another meaning.
    Unsupported(&'static str),
}

/// A name as written in the source, with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    /// The name the definition binds when it differs from `name`: a
    /// private name mangled inside a class (`compile::mangle`). The
    /// function's `__name__` stays `name`.
    pub binding: Option<String>,
    pub params: Params,
    /// The return annotation (`-> T`).
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost (first written) first.
    pub decorators: Vec<Expr>,
    /// `async def`: calling it makes a coroutine.
    pub is_async: bool,
}

/// A parameter list, as `def` and `lambda` write it.
impl FunctionDef {
    /// The name this definition binds.
    pub fn bound_name(&self) -> &str {
        self.binding.as_deref().unwrap_or(&self.name.name)
    }
}

impl ClassDef {
    /// The name this definition binds.
    pub fn bound_name(&self) -> &str {
        self.binding.as_deref().unwrap_or(&self.name.name)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Parameters before `*`/`*args` (positional-or-keyword), with defaults.
    pub positional: Vec<Param>,
    /// How many of `positional` come before a `/` (positional-only).
    pub posonly: usize,
    /// `*args`.
    pub vararg: Option<Ident>,
    /// Keyword-only parameters (after `*` or `*args`); each may have a default.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Ident>,
    /// The parameters' annotations, in the order CPython records them.
    pub annotations: Vec<(String, Expr)>,
}

/// `class name(bases, keywords): body`
#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    /// As for `FunctionDef::binding`.
    pub binding: Option<String>,
    /// Positional arguments of the class header; `*x` is an `ExprKind::Starred`.
    pub bases: Vec<Expr>,
    /// `metaclass=M` and the other keyword arguments; `**m` has no name.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost (first written) first.
    pub decorators: Vec<Expr>,
}

/// A parameter, with its default if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub default: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    /// An f-string: literal text and formatted values, in order.
    FString(Vec<FStringPart>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{k: v, **m}`: a pair per item; `None` as the key for `**m`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// A set display `{a, b}`; an element may be `Starred` (`{*xs, 1}`).
    Set(Vec<Expr>),
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b`: short-circuit, yields an operand.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: each operand evaluated once, chained with `and`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lambda params: body`
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    /// `target := value` (an assignment expression): stores the value and
    /// is it.
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    /// `context as target` inside parentheses: only as an item of
    /// `with (a as x, b as y):`, which the parser unpacks into the
    /// statement's items; anywhere else it is refused.
    WithAs {
        context: Box<Expr>,
        target: Box<Expr>,
    },
    /// `*value`, only as an element of a call's (or class header's)
    /// positional arguments, `f(*xs)`, or of a set display, `{*xs}`.
    Starred(Box<Expr>),
    /// `lower:upper:step` inside a subscript; each part optional.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `[elt for ...]`: its own scope, as in CPython 3.
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`: a generator.
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield` / `yield value`: makes the enclosing function a generator.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`
    YieldFrom(Box<Expr>),
    /// `await value`, inside an `async def`.
    Await(Box<Expr>),
    /// Recognised but not yet supported expression syntax (bytes literals);
    /// the compiler rejects it with a located error.
    Unsupported(&'static str),
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An int literal beyond 64 bits (never one that fits in an `i64`).
    BigInt(Arc<BigInt>),
    Float(f64),
    Str(String),
    /// `...`
    Ellipsis,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Value {
        expr: Box<Expr>,
        /// `!r`, `!s` or `!a`.
        conversion: Option<char>,
        /// The format spec after `:`, itself made of literal text and nested
        /// replacement fields (`{x:>{width}}`). Empty when there is none.
        spec: Vec<FStringPart>,
    },
}

/// A keyword argument `name=value`, or `**value` when `name` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub name: Option<Ident>,
    pub value: Expr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator as written in Python, used in error messages
    /// ("unsupported operand type(s) for +: ...").
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    In,
    NotIn,
    Is,
    IsNot,
}

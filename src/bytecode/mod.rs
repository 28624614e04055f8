//! The instruction set and code objects.
//!
//! Every opcode is defined once, in the `opcodes!` table below, with its
//! operand kind, its stack effect and a one-line description. The `Op` enum,
//! opcode names, stack effects (checked by the compiler) and the
//! disassembler's operand rendering all come from that table, so they can
//! never disagree.
//!
//! An instruction is an `Op` value: an opcode with at most one `u32`
//! operand, eight bytes, decoded by a single `match` in the VM.

pub mod superinstructions;

use std::fmt::Write as _;
use std::sync::Arc;

use crate::diag::SourceFile;
use crate::span::Span;

/// How an operand is meant, so the disassembler can show what it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    None,
    /// Index into `CodeObject::consts`.
    Const,
    /// Index into `CodeObject::varnames` (a local slot).
    Local,
    /// Index into the module's global slot table.
    Global,
    /// Index into `CodeObject::names` (attribute, method or module names).
    Name,
    /// Absolute instruction index.
    Jump,
    /// A count (arguments, elements).
    Count,
    /// A `BinaryOperator`.
    BinOp,
    /// A `Comparison`.
    Cmp,
    /// Flags, shown as a number.
    Flags,
    /// Two local slots (`LocalPair`), for superinstructions.
    LocalPair,
    /// A comparison and a jump target (`CmpJump`).
    CmpJump,
    /// A local slot and a constant (`LocalConst`).
    LocalConst,
    /// A global slot and a local slot (`GlobalLocal`).
    GlobalLocal,
    /// A local slot and an attribute name (`LocalPair`: a local, b name).
    LocalName,
}

/// Where an instruction polls the eval breaker, so that a thread may give
/// up the GIL there (`Op::switch`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    Never,
    /// Every time it runs: the calls.
    Always,
    /// When its jump goes backward (a loop's back edge).
    Backward,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident $text:literal $(($kind:ident))? $([$($switch:tt)+])? , $effect:expr ; )*) => {
        /// One instruction. See each variant's doc line for its semantics; the
        /// stack effect is given as `|operand| delta`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Op {
            $( $(#[doc = $doc])* $name $((opcodes!(@ty $kind)))? , )*
        }

        impl Op {
            /// The opcode's name as the disassembler prints it (`LOAD_CONST`).
            pub fn name(&self) -> &'static str {
                match self {
                    $( Op::$name { .. } => $text, )*
                }
            }

            /// The operand and what kind of thing it indexes.
            pub fn operand(&self) -> (Operand, u32) {
                let me = *self;
                match me {
                    $( Op::$name { .. } => opcodes!(@get me $name $($kind)?), )*
                }
            }

            /// Net change in value-stack depth when the instruction falls
            /// through (jumps may differ; the compiler accounts for them).
            pub fn stack_effect(&self) -> i32 {
                let (_, n) = self.operand();
                let n = n as i32;
                let _ = n;
                match self {
                    $( Op::$name { .. } => {
                        let effect: fn(i32) -> i32 = $effect;
                        effect(n)
                    } )*
                }
            }

            /// Whether the instruction polls the eval breaker
            /// (`Vm::check_point`): the table's `[switch]` marks, which
            /// the handlers in `vm/eval.rs` must keep true.
            pub fn switch(&self) -> Switch {
                match self {
                    $( Op::$name { .. } => opcodes!(@switch $($($switch)+)?), )*
                }
            }

            /// The table's one-line description of the opcode.
            pub fn doc(&self) -> &'static str {
                match self {
                    $( Op::$name { .. } => concat!($($doc),*).trim_start(), )*
                }
            }
        }
    };
    // Operators are stored typed, so the VM never decodes them.
    (@ty BinOp) => { BinaryOperator };
    (@ty Cmp) => { Comparison };
    (@ty LocalPair) => { LocalPair };
    (@ty LocalName) => { LocalPair };
    (@ty CmpJump) => { CmpJump };
    (@ty LocalConst) => { LocalConst };
    (@ty GlobalLocal) => { GlobalLocal };
    (@ty $kind:ident) => { u32 };
    (@get $me:ident $name:ident $kind:ident) => {
        match $me {
            Op::$name(x) => (Operand::$kind, u32::from(x)),
            _ => (Operand::None, 0),
        }
    };
    (@get $me:ident $name:ident) => { (Operand::None, 0) };
    (@switch) => { Switch::Never };
    (@switch switch) => { Switch::Always };
    (@switch switch when backward) => { Switch::Backward };
    }

// One line per opcode: its doc, its name in listings, its operand, whether
// it is a switch point (`[switch]`: it polls the eval breaker, so a thread
// may give up the GIL there; `[switch when backward]`: when its jump goes
// back), and its stack effect.
opcodes! {
    /// Do nothing.
    Nop "NOP", |_| 0;
    /// Push `consts[i]`.
    LoadConst "LOAD_CONST"(Const), |_| 1;
    /// Push local slot i; UnboundLocalError if it has no value.
    LoadFast "LOAD_FAST"(Local), |_| 1;
    /// Pop into local slot i.
    StoreFast "STORE_FAST"(Local), |_| -1;
    /// Unbind local slot i.
    DeleteFast "DELETE_FAST"(Local), |_| 0;
    /// Push global slot i, else the builtin of that name; NameError if neither.
    LoadGlobal "LOAD_GLOBAL"(Global), |_| 1;
    /// Pop into global slot i.
    StoreGlobal "STORE_GLOBAL"(Global), |_| -1;
    /// Unbind global slot i.
    DeleteGlobal "DELETE_GLOBAL"(Global), |_| 0;
    /// Replace TOS with its attribute `names[i]`.
    LoadAttr "LOAD_ATTR"(Name), |_| 0;
    /// TOS.names[i] = TOS1; pops both.
    StoreAttr "STORE_ATTR"(Name), |_| -2;
    /// Delete attribute `names[i]` of TOS.
    DeleteAttr "DELETE_ATTR"(Name), |_| -1;
    /// Replace TOS with [method, self] for a following CALL_METHOD (or
    /// [attribute, <no self>] when it is not a method).
    LoadMethod "LOAD_METHOD"(Name), |_| 1;
    /// TOS1[TOS]; pops both, pushes the item.
    BinarySubscr "BINARY_SUBSCR", |_| -1;
    /// TOS1[TOS] = TOS2; pops all three.
    StoreSubscr "STORE_SUBSCR", |_| -3;
    /// del TOS1[TOS]; pops both.
    DeleteSubscr "DELETE_SUBSCR", |_| -2;
    /// Pop n (2 or 3) values and push slice(start, stop[, step]).
    BuildSlice "BUILD_SLICE"(Count), |n| 1 - n;
    /// TOS1 op TOS; pops both, pushes the result.
    BinaryOp "BINARY_OP"(BinOp), |_| -1;
    /// TOS1 op= TOS (in place for mutable containers); pops both, pushes the result.
    InplaceOp "INPLACE_OP"(BinOp), |_| -1;
    /// -TOS
    UnaryNegative "UNARY_NEGATIVE", |_| 0;
    /// +TOS
    UnaryPositive "UNARY_POSITIVE", |_| 0;
    /// not TOS
    UnaryNot "UNARY_NOT", |_| 0;
    /// ~TOS
    UnaryInvert "UNARY_INVERT", |_| 0;
    /// TOS1 cmp TOS (==, <, ...); pops both, pushes the result.
    CompareOp "COMPARE_OP"(Cmp), |_| -1;
    /// TOS1 is TOS (operand 1: is not); pushes a bool.
    IsOp "IS_OP"(Flags), |_| -1;
    /// TOS1 in TOS (operand 1: not in); pushes a bool.
    ContainsOp "CONTAINS_OP"(Flags), |_| -1;
    /// Jump to target. A backward jump is a GIL check point.
    Jump "JUMP"(Jump) [switch when backward], |_| 0;
    /// Pop TOS; jump if it is false.
    PopJumpIfFalse "POP_JUMP_IF_FALSE"(Jump), |_| -1;
    /// Pop TOS; jump if it is true.
    PopJumpIfTrue "POP_JUMP_IF_TRUE"(Jump), |_| -1;
    /// If TOS is false jump and keep it, else pop it (`and`).
    JumpIfFalseOrPop "JUMP_IF_FALSE_OR_POP"(Jump), |_| -1;
    /// If TOS is true jump and keep it, else pop it (`or`).
    JumpIfTrueOrPop "JUMP_IF_TRUE_OR_POP"(Jump), |_| -1;
    /// Replace TOS with iter(TOS).
    GetIter "GET_ITER", |_| 0;
    /// Push next(TOS); when exhausted pop the iterator and jump to target.
    ForIter "FOR_ITER"(Jump), |_| 1;
    /// Discard TOS.
    PopTop "POP_TOP", |_| -1;
    /// Push a copy of the n-th value from the top (1 = TOS).
    Copy "COPY"(Count), |_| 1;
    /// Swap TOS with the n-th value from the top.
    Swap "SWAP"(Count), |_| 0;
    /// Pop n values, push a tuple of them.
    BuildTuple "BUILD_TUPLE"(Count), |n| 1 - n;
    /// Pop n values, push a list of them.
    BuildList "BUILD_LIST"(Count), |n| 1 - n;
    /// Pop n key/value pairs, push a dict of them.
    BuildMap "BUILD_MAP"(Count), |n| 1 - 2 * n;
    /// Pop n values, push a set of them, added bottom first (`{a, b}`).
    BuildSet "BUILD_SET"(Count), |n| 1 - n;
    /// Pop TOS and add it to the set n values below it (counted after the
    /// pop, as CPython counts): a set comprehension's step.
    SetAdd "SET_ADD"(Count), |_| -1;
    /// Pop an iterable and add its items to the set n values below it
    /// (counted after the pop): `{*xs}`, and a display of constants.
    SetUpdate "SET_UPDATE"(Count), |_| -1;
    /// Pop a mapping and put its items into the dict n values below it
    /// (counted after the pop): `{**m}`.
    DictUpdate "DICT_UPDATE"(Count), |_| -1;
    /// Pop n strings, push their concatenation (f-strings).
    BuildString "BUILD_STRING"(Count), |n| 1 - n;
    /// Format TOS for an f-string; flags: bit 2 = a format spec is on top
    /// of the value, bits 0-1 = conversion (1 !s, 2 !r, 3 !a).
    FormatValue "FORMAT_VALUE"(Flags), |n| if n & 4 != 0 { -1 } else { 0 };
    /// Pop a sequence of exactly n items, push them so the first is TOS.
    UnpackSequence "UNPACK_SEQUENCE"(Count), |n| n - 1;
    /// Pop an iterable, push its items for `a, *rest, z = it`: the low
    /// byte counts the targets before the star, the next byte those after
    /// it; the starred one gets a list of the rest.
    UnpackEx "UNPACK_EX"(Count), |n| (n & 0xff) + (n >> 8);
    /// Make a function from the code object on TOS and, below it, by flag:
    /// 4 a tuple of closure cells, 2 a dict of keyword-only defaults, 1 a
    /// tuple of defaults (deepest).
    MakeFunction "MAKE_FUNCTION"(Flags), |n| -((n & 1 != 0) as i32) - ((n & 2 != 0) as i32) - ((n & 4 != 0) as i32);
    /// Local slot i becomes a cell holding its value (a captured variable).
    MakeCell "MAKE_CELL"(Local), |_| 0;
    /// Push the value in the cell of slot i; NameError if it is empty.
    LoadDeref "LOAD_DEREF"(Local), |_| 1;
    /// Pop into the cell of slot i.
    StoreDeref "STORE_DEREF"(Local), |_| -1;
    /// Empty the cell of slot i.
    DeleteDeref "DELETE_DEREF"(Local), |_| 0;
    /// Push the cell of slot i itself, for a closure.
    LoadClosure "LOAD_CLOSURE"(Local), |_| 1;
    /// In a class body: push the class namespace's entry for the free
    /// variable of slot i if it has one, else the cell's value.
    LoadClassDeref "LOAD_CLASSDEREF"(Local), |_| 1;
    /// In a class body: push the namespace's entry named by global slot i,
    /// else the global, else the builtin.
    LoadName "LOAD_NAME"(Global), |_| 1;
    /// In a class body: pop into the namespace's entry named by global slot i.
    StoreName "STORE_NAME"(Global), |_| -1;
    /// In a class body: delete the namespace's entry named by global slot i.
    DeleteName "DELETE_NAME"(Global), |_| 0;
    /// TOS3 name, TOS2 tuple of bases, TOS1 namespace filled by the class
    /// body, TOS what the body returned (its `__class__` cell or None):
    /// pop all four, push the new class.
    BuildClass "BUILD_CLASS", |_| -3;
    /// BUILD_CLASS for a class statement with keywords (`metaclass=M`,
    /// arguments for `__init_subclass__`): a dict of them sits between the
    /// bases and the namespace; pops five, pushes the class.
    BuildClassKw "BUILD_CLASS_KW", |_| -4;
    /// TOS1.extend(TOS) for a call's `*args`; pops TOS. The callable is
    /// the n-th value below TOS1 (for the error message).
    ListExtend "LIST_EXTEND"(Count), |_| -1;
    /// Merge the mapping TOS into the dict TOS1 for a call's `**kwargs`,
    /// refusing repeated keys; pops TOS. The callable is the n-th value
    /// below TOS1.
    DictMerge "DICT_MERGE"(Count), |_| -1;
    /// Call TOS2 (flag 1: TOS1, with the dict TOS of keyword arguments)
    /// with the list of positional arguments on top of it. A GIL check point.
    CallEx "CALL_EX"(Flags) [switch], |n| if n & 1 != 0 { -2 } else { -1 };
    /// Call TOSn with the n values above it. A GIL check point.
    Call "CALL"(Count) [switch], |n| -n;
    /// Like CALL; TOS is a tuple naming the last keyword arguments.
    CallKw "CALL_KW"(Count) [switch], |n| -n - 1;
    /// Call a method loaded by LOAD_METHOD with n arguments.
    CallMethod "CALL_METHOD"(Count) [switch], |n| -n - 1;
    /// Like CALL_METHOD; TOS is a tuple naming the last keyword arguments.
    CallMethodKw "CALL_METHOD_KW"(Count) [switch], |n| -n - 2;
    /// Return TOS to the caller.
    ReturnValue "RETURN_VALUE", |_| -1;
    /// Push the built-in module `names[i]`.
    ImportName "IMPORT_NAME"(Name), |_| 1;
    /// Push attribute `names[i]` of the module on TOS (which stays).
    ImportFrom "IMPORT_FROM"(Name), |_| 1;
    /// `from m import *`: store each public name of the module on TOS (its
    /// `__all__`, else those not starting with `_`) into the global of that
    /// name, where the importing module has one; pop the module.
    ImportStar "IMPORT_STAR", |_| -1;
    /// Push a handler block: an exception in the body jumps to target with
    /// the exception pushed, and makes it the one being handled.
    SetupExcept "SETUP_EXCEPT"(Jump), |_| 0;
    /// Push a cleanup block: like SETUP_EXCEPT, but the exception does not
    /// become the one being handled (it is on its way out).
    SetupCleanup "SETUP_CLEANUP"(Jump), |_| 0;
    /// Pop the innermost handler block.
    PopBlock "POP_BLOCK", |_| 0;
    /// Stop handling the current exception (end of an except clause).
    PopExcept "POP_EXCEPT", |_| 0;
    /// Raise the exception on TOS again, keeping its traceback.
    Reraise "RERAISE", |_| -1;
    /// raise TOS (n = 1), raise TOS1 from TOS (n = 2), or re-raise the
    /// exception being handled (n = 0).
    Raise "RAISE"(Count), |n| -n;
    /// Push whether TOS1 (an exception) matches the class(es) in TOS; pops TOS.
    CheckExcMatch "CHECK_EXC_MATCH", |_| 0;
    /// Pop TOS and append it to the list n values down (a list
    /// comprehension's result, below its loop iterators).
    ListAppend "LIST_APPEND"(Count), |_| -1;
    /// Pop an iterable and extend the list n values down with its items
    /// (counted after the pop): `[*xs, 1]`.
    DisplayExtend "DISPLAY_EXTEND"(Count), |_| -1;
    /// Replace the list on top with a tuple of its items: `(*xs, 1)`.
    ListToTuple "LIST_TO_TUPLE", |_| 0;
    /// Pop TOS (a value) and TOS1 (a key) into the dict n values down (a
    /// dict comprehension's result).
    MapAdd "MAP_ADD"(Count), |_| -2;
    /// Suspend the generator, handing TOS to whoever resumed it; when it is
    /// resumed, TOS is the value sent in (None for `next()`).
    YieldValue "YIELD_VALUE", |_| 0;
    /// Replace TOS with iter(TOS) for `yield from` (a generator is its own).
    GetYieldFromIter "GET_YIELD_FROM_ITER", |_| 0;
    /// `yield from`: send TOS into the iterator TOS1. If it yields, yield
    /// that, and run this instruction again with the value sent back; when
    /// it is done, replace both with its return value.
    YieldFrom "YIELD_FROM", |_| -1;
    /// Replace TOS with what `await TOS` delegates to: a coroutine itself,
    /// or the iterator its `__await__` returns.
    GetAwaitable "GET_AWAITABLE", |_| 0;
    // Superinstructions. The compiler never emits these: `superinstructions::
    // fuse` writes them over the first instruction of a pattern when the run
    // does not count instructions, and they skip the rest of the pattern.
    /// LOAD_FAST a; LOAD_FAST b.
    LoadFastPair "LOAD_FAST_PAIR"(LocalPair), |_| 2;
    /// LOAD_FAST a; LOAD_ATTR b: push `a.names[b]`, reading a in place.
    LoadFastAttr "LOAD_FAST_ATTR"(LocalName), |_| 1;
    /// LOAD_FAST a; STORE_ATTR b: `a.names[b] = TOS`, reading a in place.
    StoreFastAttr "STORE_FAST_ATTR"(LocalName), |_| -1;
    /// LOAD_FAST a; COPY 1; LOAD_ATTR b, opening `a.b op= v` that
    /// STORE_ATTR_UPDATE closes: push `a.names[b]` only (a stays in its slot).
    LoadFastAttrUpdate "LOAD_FAST_ATTR_UPDATE"(LocalName), |_| 1;
    /// SWAP 2; STORE_ATTR b closing LOAD_FAST_ATTR_UPDATE a: `a.names[b] =
    /// TOS`, reading a in place (nothing between stored to it).
    StoreAttrUpdate "STORE_ATTR_UPDATE"(LocalName), |_| -1;
    /// The whole of `a.b op= v`, v a local, a constant or `a.c`: done under
    /// one lock of a when the site knows a's class and both are ints;
    /// otherwise LOAD_FAST a, and the plain instructions run.
    UpdateAttr "UPDATE_ATTR"(LocalName), |_| 0;
    /// LOAD_DEREF c; LOAD_FAST s; CALL 2; LOAD_METHOD m after the `super`
    /// global: `super().m` pushed as (function, s) with no super object
    /// made, when TOS is the built-in super and m a function; otherwise
    /// LOAD_DEREF c, and the plain instructions run.
    LoadSuperMethod "LOAD_SUPER_METHOD"(Local), |_| 1;
    /// LOAD_FAST a; BINARY_OP or INPLACE_OP: TOS = TOS op a, reading a in
    /// place. The operator is read from the skipped second instruction.
    BinaryOpFast "BINARY_OP_FAST"(Local), |_| 0;
    /// LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR, without copying a or b.
    SubscrFastFast "SUBSCR_FAST_FAST"(LocalPair), |_| 1;
    /// LOAD_FAST a; LOAD_FAST b; STORE_SUBSCR: a[b] = TOS, without copying a or b.
    StoreSubscrFastFast "STORE_SUBSCR_FAST_FAST"(LocalPair), |_| -1;
    /// LOAD_FAST a; LOAD_FAST b; CONTAINS_OP 0: push `a in b`, without copying.
    InFastFast "IN_FAST_FAST"(LocalPair), |_| 1;
    /// LOAD_FAST a; LOAD_FAST b; CONTAINS_OP 1: push `a not in b`.
    NotInFastFast "NOT_IN_FAST_FAST"(LocalPair), |_| 1;
    /// LOAD_FAST a; LOAD_FAST b; CONTAINS_OP; POP_JUMP_IF_FALSE (or _TRUE):
    /// branch on `a in b` (or `not in`) without copying or pushing. The
    /// inversion and the branch are read from the skipped instructions.
    ContainsFastFastJump "CONTAINS_FAST_FAST_JUMP"(LocalPair), |_| 0;
    /// LOAD_FAST a; LOAD_CONST c; BINARY_OP or INPLACE_OP: push `a op c`
    /// without copying a. The operator is read from the skipped third
    /// instruction.
    BinaryOpFastConst "BINARY_OP_FAST_CONST"(LocalConst), |_| 1;
    /// LOAD_FAST a; LOAD_FAST b; BINARY_OP or INPLACE_OP: push `a op b`
    /// without copying either. The operator is read from the skipped third
    /// instruction.
    BinaryOpFastFast "BINARY_OP_FAST_FAST"(LocalPair), |_| 1;
    /// BINARY_OP_FAST_CONST followed by STORE_FAST t: `t = a op c` with
    /// nothing pushed. The operator and t are read from the skipped
    /// instructions.
    BinaryOpFastConstStore "BINARY_OP_FAST_CONST_STORE"(LocalConst), |_| 0;
    /// BINARY_OP_FAST_FAST followed by STORE_FAST t: `t = a op b` (`total
    /// += x`) with nothing pushed.
    BinaryOpFastFastStore "BINARY_OP_FAST_FAST_STORE"(LocalPair), |_| 0;
    /// BINARY_OP; STORE_FAST t: the result goes straight into local t,
    /// read from the skipped STORE_FAST.
    BinaryOpStoreFast "BINARY_OP_STORE_FAST"(BinOp), |_| -2;
    /// INPLACE_OP; STORE_FAST t: as BINARY_OP_STORE_FAST.
    InplaceOpStoreFast "INPLACE_OP_STORE_FAST"(BinOp), |_| -2;
    /// JUMP t back to the FOR_ITER_STORE_FAST at t: polls the eval breaker
    /// as the JUMP does, then runs that FOR_ITER_STORE_FAST here, one
    /// dispatch fewer per turn of a `for` loop.
    JumpForIter "JUMP_FOR_ITER"(Jump) [switch when backward], |_| 0;
    /// LOAD_FAST a; RETURN_VALUE: return local a.
    ReturnFast "RETURN_FAST"(Local), |_| 0;
    /// LOAD_CONST c; RETURN_VALUE: return constant c (`None` at the end
    /// of every function without a `return`).
    ReturnConst "RETURN_CONST"(Const), |_| 0;
    /// BINARY_OP; RETURN_VALUE: return `TOS1 op TOS`.
    BinaryOpReturn "BINARY_OP_RETURN"(BinOp), |_| -2;
    /// LOAD_GLOBAL g; LOAD_FAST a; CALL 1: call g(a). A Rust callable
    /// (`len(p)`, `str(i)`) reads a in place, without copying it.
    CallGlobalFast "CALL_GLOBAL_FAST"(GlobalLocal) [switch], |_| 1;
    /// LOAD_FAST a; LOAD_CONST c; COMPARE_OP; POP_JUMP_IF_FALSE: branch on
    /// `a cmp c` without copying a. The comparison and target are read
    /// from the COMPARE_JUMP_IF_FALSE the pass leaves two instructions on.
    CompareFastConstJump "COMPARE_FAST_CONST_JUMP"(LocalConst), |_| 0;
    /// LOAD_FAST a; LOAD_FAST b; COMPARE_OP; POP_JUMP_IF_FALSE: as above,
    /// for `a cmp b`.
    CompareFastFastJump "COMPARE_FAST_FAST_JUMP"(LocalPair), |_| 0;
    /// FOR_ITER t; STORE_FAST x: the next item goes straight into local x.
    /// The local is read from the skipped STORE_FAST.
    ForIterStoreFast "FOR_ITER_STORE_FAST"(Jump), |_| 0;
    /// LOAD_CONST c; BINARY_OP or INPLACE_OP: TOS = TOS op c. The operator
    /// is read from the skipped second instruction.
    BinaryOpConst "BINARY_OP_CONST"(Const), |_| 0;
    /// LOAD_FAST a; LOAD_METHOD append, ending in APPEND_TO_FAST a: when
    /// local a is a list, push nothing and skip the LOAD_METHOD; otherwise
    /// LOAD_FAST a.
    LoadFastForAppend "LOAD_FAST_FOR_APPEND"(Local), |_| 0;
    /// CALL_METHOD 1; POP_TOP after LOAD_FAST_FOR_APPEND a: when local a is
    /// a list, pop TOS and append it to a in place, skipping the POP_TOP;
    /// otherwise CALL_METHOD 1.
    AppendToFast "APPEND_TO_FAST"(Local) [switch], |_| -1;
    /// LOAD_FAST a, ending in SUBSCR_LOCAL a: raise UnboundLocalError if
    /// local a has no value; push nothing.
    CheckFast "CHECK_FAST"(Local), |_| 0;
    /// BINARY_SUBSCR after CHECK_FAST a: TOS = a[TOS], reading a in place.
    SubscrLocal "SUBSCR_LOCAL"(Local), |_| 0;
    /// COMPARE_OP c; POP_JUMP_IF_FALSE t: no bool is pushed and popped.
    CompareJumpIfFalse "COMPARE_JUMP_IF_FALSE"(CmpJump), |_| -2;
    /// COMPARE_OP c; POP_JUMP_IF_TRUE t.
    CompareJumpIfTrue "COMPARE_JUMP_IF_TRUE"(CmpJump), |_| -2;
    /// Push AssertionError (immune to shadowing, as in CPython).
    LoadAssertionError "LOAD_ASSERTION_ERROR", |_| 1;
    /// Replace the context manager on TOS with its bound __exit__ and the
    /// result of calling its __enter__.
    BeforeWith "BEFORE_WITH", |_| 1;
    /// TOS is __exit__ from BEFORE_WITH: call it with (None, None, None).
    WithExit "WITH_EXIT", |_| -1;
    /// TOS is an exception, TOS1 __exit__: push __exit__(type, exc, tb).
    WithExceptStart "WITH_EXCEPT_START", |_| 1;
    /// `async with`: replace the context manager on TOS with its bound
    /// __aexit__ and the awaitable its __aenter__ returns.
    BeforeAsyncWith "BEFORE_ASYNC_WITH", |_| 1;
    /// TOS is __aexit__: replace it with __aexit__(None, None, None), an
    /// awaitable.
    AsyncWithExit "ASYNC_WITH_EXIT", |_| 0;
    /// `async for`: replace the object on TOS with what its __aiter__
    /// returns, which must have __anext__.
    GetAiter "GET_AITER", |_| 0;
    /// `async for`: push the awaitable that __anext__ of the iterator on
    /// TOS (which stays) returns.
    GetAnext "GET_ANEXT", |_| 1;
    /// End of `async for`: TOS is the exception that ended an __anext__.
    /// StopAsyncIteration ends the loop: it stops being handled and is
    /// popped with the iterator below it. Any other is raised again.
    EndAsyncFor "END_ASYNC_FOR", |_| -2;
}

/// A local slot and a constant index, the operand of BINARY_OP_FAST_CONST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalConst {
    pub local: u16,
    pub konst: u16,
}

impl From<LocalConst> for u32 {
    fn from(p: LocalConst) -> u32 {
        p.local as u32 | (p.konst as u32) << 16
    }
}

/// A global slot and a local slot, the operand of CALL_GLOBAL_FAST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlobalLocal {
    pub global: u16,
    pub local: u16,
}

impl From<GlobalLocal> for u32 {
    fn from(p: GlobalLocal) -> u32 {
        p.global as u32 | (p.local as u32) << 16
    }
}

/// Two local slots, the operand of the superinstructions that read both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalPair {
    pub a: u16,
    pub b: u16,
}

impl From<LocalPair> for u32 {
    fn from(p: LocalPair) -> u32 {
        p.a as u32 | (p.b as u32) << 16
    }
}

/// A comparison (top 3 bits) and a jump target (the rest), packed so that
/// an instruction stays eight bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CmpJump(u32);

impl CmpJump {
    pub const MAX_TARGET: u32 = (1 << 29) - 1;

    pub fn new(cmp: Comparison, target: u32) -> CmpJump {
        debug_assert!(target <= Self::MAX_TARGET);
        CmpJump((cmp as u32) << 29 | target)
    }

    #[inline(always)]
    pub fn cmp(self) -> Comparison {
        Comparison::from_u32(self.0 >> 29)
    }

    #[inline(always)]
    pub fn target(self) -> usize {
        (self.0 & Self::MAX_TARGET) as usize
    }
}

impl From<CmpJump> for u32 {
    fn from(c: CmpJump) -> u32 {
        c.0
    }
}

impl From<BinaryOperator> for u32 {
    fn from(op: BinaryOperator) -> u32 {
        op as u32
    }
}

impl From<Comparison> for u32 {
    fn from(c: Comparison) -> u32 {
        c as u32
    }
}

/// Binary operators, as the operand of BINARY_OP / INPLACE_OP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOperator {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOperator {
    pub const ALL: [BinaryOperator; 13] = [
        BinaryOperator::Add,
        BinaryOperator::Sub,
        BinaryOperator::Mul,
        BinaryOperator::TrueDiv,
        BinaryOperator::FloorDiv,
        BinaryOperator::Mod,
        BinaryOperator::Pow,
        BinaryOperator::MatMul,
        BinaryOperator::LShift,
        BinaryOperator::RShift,
        BinaryOperator::And,
        BinaryOperator::Or,
        BinaryOperator::Xor,
    ];

    pub fn from_u32(n: u32) -> BinaryOperator {
        Self::ALL[n as usize % Self::ALL.len()]
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::Sub => "-",
            BinaryOperator::Mul => "*",
            BinaryOperator::TrueDiv => "/",
            BinaryOperator::FloorDiv => "//",
            BinaryOperator::Mod => "%",
            BinaryOperator::Pow => "**",
            BinaryOperator::MatMul => "@",
            BinaryOperator::LShift => "<<",
            BinaryOperator::RShift => ">>",
            BinaryOperator::And => "&",
            BinaryOperator::Or => "|",
            BinaryOperator::Xor => "^",
        }
    }
}

/// Rich comparisons, as the operand of COMPARE_OP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Comparison {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl Comparison {
    pub const ALL: [Comparison; 6] = [
        Comparison::Lt,
        Comparison::Le,
        Comparison::Eq,
        Comparison::Ne,
        Comparison::Gt,
        Comparison::Ge,
    ];

    #[inline]
    pub fn from_u32(n: u32) -> Comparison {
        match n {
            0 => Comparison::Lt,
            1 => Comparison::Le,
            2 => Comparison::Eq,
            3 => Comparison::Ne,
            4 => Comparison::Gt,
            _ => Comparison::Ge,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Comparison::Lt => "<",
            Comparison::Le => "<=",
            Comparison::Eq => "==",
            Comparison::Ne => "!=",
            Comparison::Gt => ">",
            Comparison::Ge => ">=",
        }
    }

    /// The comparison applied to two ints (the dispatch loop's fast path).
    #[inline(always)]
    pub fn ints(self, x: i64, y: i64) -> bool {
        match self {
            Comparison::Lt => x < y,
            Comparison::Le => x <= y,
            Comparison::Eq => x == y,
            Comparison::Ne => x != y,
            Comparison::Gt => x > y,
            Comparison::Ge => x >= y,
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> Comparison {
        match self {
            Comparison::Lt => Comparison::Gt,
            Comparison::Le => Comparison::Ge,
            Comparison::Eq => Comparison::Eq,
            Comparison::Ne => Comparison::Ne,
            Comparison::Gt => Comparison::Lt,
            Comparison::Ge => Comparison::Le,
        }
    }
}

/// A constant of a code object, as the compiler made it. The bytecode
/// knows nothing of the VM's values: the VM turns each constant into a
/// value once, when it loads the code (`vm::code`).
#[derive(Debug, Clone)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An int beyond 64 bits (never one that fits in an `i64`).
    BigInt(Arc<num_bigint::BigInt>),
    Float(f64),
    Str(Arc<str>),
    /// `...`
    Ellipsis,
    Tuple(Arc<[Constant]>),
    /// A frozenset of constants, as CPython's compiler makes for a set
    /// display of constants (`{1, 2, 3}`) or a `for` loop over one. The
    /// elements are kept in source order; the VM builds the set as
    /// CPython does, which decides its iteration order.
    FrozenSet(Arc<[Constant]>),
    /// The body of a nested function (or class), for MAKE_FUNCTION.
    Code(Arc<CodeObject>),
}

/// Shown as Python's `repr` of the value, as the disassembler prints it.
impl std::fmt::Display for Constant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Constant::None => f.write_str("None"),
            Constant::Ellipsis => f.write_str("Ellipsis"),
            Constant::Bool(true) => f.write_str("True"),
            Constant::Bool(false) => f.write_str("False"),
            Constant::Int(i) => write!(f, "{i}"),
            Constant::BigInt(b) => write!(f, "{b}"),
            Constant::Float(x) => f.write_str(&crate::format::float_repr(*x)),
            Constant::Str(s) => f.write_str(&crate::format::str_repr(s)),
            Constant::Tuple(items) => {
                f.write_str("(")?;
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{c}")?;
                }
                f.write_str(if items.len() == 1 { ",)" } else { ")" })
            }
            Constant::FrozenSet(items) => {
                f.write_str("frozenset({")?;
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{c}")?;
                }
                f.write_str("})")
            }
            Constant::Code(code) => write!(f, "<code {}>", code.name),
        }
    }
}

/// A compiled function body or module: instructions, the span each came
/// from, constants and the names it refers to.
#[derive(Debug, Clone)]
pub struct CodeObject {
    /// `<module>` or the function's name.
    pub name: String,
    pub source: Arc<SourceFile>,
    pub ops: Vec<Op>,
    /// One source span per instruction, for tracebacks and the disassembler.
    pub spans: Vec<Span>,
    pub consts: Vec<Constant>,
    /// Attribute, method and module names.
    pub names: Vec<Arc<str>>,
    /// The name with its enclosing classes and functions (`C.method`,
    /// `outer.<locals>.inner`), as CPython's error messages give it.
    pub qualname: String,
    /// A function's docstring (its body's first statement, when that is a
    /// string literal).
    pub doc: Option<String>,
    /// Local slot names: the `argcount` positional parameters, the
    /// `kwonlyargcount` keyword-only ones, `*args` and `**kwargs` when
    /// `varargs` and `varkeywords`, the other locals, then the free
    /// variables from `free_start` on.
    pub varnames: Vec<String>,
    pub argcount: usize,
    /// How many of the positional parameters are positional-only.
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub varargs: bool,
    pub varkeywords: bool,
    /// Slot of the first free variable: a call puts the function's
    /// closure cells there.
    pub free_start: usize,
    /// The module's global slot names (shared by every code object of a module).
    pub globals: Arc<[Arc<str>]>,
    /// Whether calling it makes a generator (it contains `yield`, or it is
    /// a generator expression).
    pub is_generator: bool,
    /// Whether it is an `async def`'s: calling it makes a coroutine (a
    /// generator frame that only `await` and `send` resume).
    pub is_coroutine: bool,
    /// Line of the `def` (or 1 for a module).
    pub first_line: usize,
    /// The source line of each instruction, precomputed so that recording
    /// which lines a thread ran costs an index, not a search.
    pub lines: Vec<u32>,
}

impl CodeObject {
    /// The same code marked as the library's, not the script's: its
    /// instructions note line 0, which the interleaving's "lines" leave
    /// out (a slice of `asyncio.run` lists the script's lines, not the
    /// loop's). Tracebacks still name the library's lines.
    pub fn as_library(code: &Arc<CodeObject>) -> Arc<CodeObject> {
        let consts = code
            .consts
            .iter()
            .map(|c| match c {
                Constant::Code(inner) => Constant::Code(CodeObject::as_library(inner)),
                other => other.clone(),
            })
            .collect();
        let mut library = (**code).clone();
        library.lines = vec![0; code.lines.len()];
        library.consts = consts;
        Arc::new(library)
    }

    /// 1-based source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> usize {
        match self.spans.get(ip) {
            Some(span) => self.source.line_of(span.start as usize),
            None => self.first_line,
        }
    }

    pub fn is_module(&self) -> bool {
        self.name == "<module>"
    }

    /// A clox-style listing: `offset line OPNAME operand (meaning)`, with a
    /// header per code object, nested code objects after their parent.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out, None);
        out
    }

    /// The listing `gilvm dis` prints: as `disassemble`, with `>>` before
    /// each jump target (as CPython's `dis`), and, unless
    /// `switch_anywhere`, "<- switch point" after each instruction where
    /// the running thread polls for a GIL drop request (calls and backward
    /// jumps): the only places a policy like CPython 3's can take the lock
    /// from it, which is why `counter += 1` is not split there.
    pub fn disassemble_marked(&self, switch_anywhere: bool) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out, Some(switch_anywhere));
        out
    }

    /// Whether instruction `ip` polls the eval breaker (`Vm::check_point`).
    pub fn is_switch_point(&self, ip: usize) -> bool {
        let Some(op) = self.ops.get(ip) else {
            return false;
        };
        match op.switch() {
            Switch::Never => false,
            Switch::Always => true,
            Switch::Backward => (op.operand().1 as usize) < ip,
        }
    }

    fn jump_targets(&self) -> Vec<bool> {
        let mut targets = vec![false; self.ops.len()];
        for op in self.ops.iter() {
            let (kind, n) = op.operand();
            let target = match kind {
                Operand::Jump => Some(n as usize),
                Operand::CmpJump => Some(CmpJump(n).target()),
                _ => None,
            };
            if let Some(t) = target.filter(|&t| t < targets.len()) {
                targets[t] = true;
            }
        }
        targets
    }

    fn disassemble_into(&self, out: &mut String, marked: Option<bool>) {
        let _ = writeln!(
            out,
            "== {} ({}:{}) ==",
            self.name, self.source.name, self.first_line
        );
        let mut last_line = 0;
        let targets = match marked {
            Some(_) => self.jump_targets(),
            None => Vec::new(),
        };
        for (ip, op) in self.ops.iter().enumerate() {
            let line = self.line_of(ip);
            let line_col = if line == last_line {
                "   |".to_string()
            } else {
                format!("{line:4}")
            };
            last_line = line;
            let (kind, n) = op.operand();
            if marked.is_some() {
                out.push_str(if targets[ip] { ">> " } else { "   " });
            }
            let _ = write!(out, "{ip:04} {line_col} {:<20}", op.name());
            if kind != Operand::None {
                // Packed operands show their parts, not the packed word.
                let shown = match kind {
                    Operand::LocalPair
                    | Operand::LocalConst
                    | Operand::GlobalLocal
                    | Operand::LocalName => {
                        format!("{},{}", n & 0xffff, n >> 16)
                    }
                    Operand::CmpJump => CmpJump(n).target().to_string(),
                    _ => n.to_string(),
                };
                let _ = write!(out, " {shown:>4}");
                let meaning = self.operand_meaning(kind, n);
                if !meaning.is_empty() {
                    let _ = write!(out, " ({meaning})");
                }
            }
            out.truncate(out.trim_end().len());
            if marked == Some(false) && self.is_switch_point(ip) {
                out.push_str("  <- switch point");
            }
            out.push('\n');
        }
        for c in &self.consts {
            if let Constant::Code(code) = c {
                out.push('\n');
                code.disassemble_into(out, marked);
            }
        }
    }

    /// Instruction `ip` as a reader wants it: its name and what its
    /// operand means (`LOAD_GLOBAL counter`, `BINARY_OP +`).
    pub fn instruction_text(&self, ip: usize) -> String {
        let Some(op) = self.ops.get(ip) else {
            return String::new();
        };
        let (kind, n) = op.operand();
        let meaning = self.operand_meaning(kind, n);
        if meaning.is_empty() || kind == Operand::Count {
            match kind {
                Operand::None => op.name().to_string(),
                _ => format!("{} {n}", op.name()),
            }
        } else {
            format!("{} {meaning}", op.name())
        }
    }

    fn operand_meaning(&self, kind: Operand, n: u32) -> String {
        let n = n as usize;
        match kind {
            Operand::None | Operand::Count | Operand::Flags => String::new(),
            Operand::Const => match self.consts.get(n) {
                Some(c) => c.to_string(),
                None => "?".into(),
            },
            Operand::Local => self.varnames.get(n).cloned().unwrap_or_default(),
            Operand::Global => self
                .globals
                .get(n)
                .map(|s| s.to_string())
                .unwrap_or_default(),
            Operand::Name => self.names.get(n).map(|s| s.to_string()).unwrap_or_default(),
            Operand::Jump => format!("to {n}"),
            Operand::BinOp => BinaryOperator::from_u32(n as u32).symbol().to_string(),
            Operand::Cmp => Comparison::from_u32(n as u32).symbol().to_string(),
            Operand::LocalPair => {
                let local = |i: usize| self.varnames.get(i).cloned().unwrap_or_default();
                format!("{}, {}", local(n & 0xffff), local(n >> 16))
            }
            Operand::LocalName => {
                let local = self.varnames.get(n & 0xffff).cloned().unwrap_or_default();
                let name = self.operand_meaning(Operand::Name, (n >> 16) as u32);
                format!("{local}, {name}")
            }
            Operand::GlobalLocal => {
                let global = self.operand_meaning(Operand::Global, n as u32 & 0xffff);
                let local = self.varnames.get(n >> 16).cloned().unwrap_or_default();
                format!("{global}, {local}")
            }
            Operand::LocalConst => {
                let local = self.varnames.get(n & 0xffff).cloned().unwrap_or_default();
                let konst = self.operand_meaning(Operand::Const, (n >> 16) as u32);
                format!("{local}, {konst}")
            }
            Operand::CmpJump => {
                let c = CmpJump(n as u32);
                format!("{} to {}", c.cmp().symbol(), c.target())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }

    #[test]
    fn names_are_upper_snake() {
        assert_eq!(Op::LoadConst(0).name(), "LOAD_CONST");
        assert_eq!(Op::CallMethodKw(2).name(), "CALL_METHOD_KW");
        assert_eq!(Op::BinarySubscr.name(), "BINARY_SUBSCR");
    }

    #[test]
    fn switch_points_come_from_the_table() {
        assert_eq!(Op::Call(1).switch(), Switch::Always);
        assert_eq!(
            Op::CallGlobalFast(GlobalLocal {
                global: 0,
                local: 0
            })
            .switch(),
            Switch::Always
        );
        assert_eq!(Op::Jump(0).switch(), Switch::Backward);
        assert_eq!(Op::LoadFast(0).switch(), Switch::Never);
        assert_eq!(Op::PopJumpIfFalse(0).switch(), Switch::Never);
    }

    #[test]
    fn stack_effects_come_from_the_table() {
        assert_eq!(Op::BuildList(3).stack_effect(), -2);
        assert_eq!(Op::Call(2).stack_effect(), -2);
        assert_eq!(Op::FormatValue(4).stack_effect(), -1);
        assert_eq!(Op::UnpackSequence(3).stack_effect(), 2);
        assert!(!Op::Nop.doc().is_empty());
    }
}

//! Superinstructions: a last pass that fuses common instruction patterns
//! for runs that do not count instructions.
//!
//! Two things make a pattern worth fusing. Every instruction costs a
//! dispatch, and every `LOAD_FAST` of a heap value costs an atomic
//! reference-count increment and, once the consumer is done, a decrement.
//! `d[k]`, `d[k] = v`, `k in d` and `xs[i]` on locals read both operands in
//! place instead; `COMPARE_OP` + `POP_JUMP_IF_FALSE` never materialises the
//! bool.
//!
//! The fused instruction overwrites the first of its pattern and skips the
//! rest, which stay in place: no jump target moves, and the line and span
//! tables still line up. A pattern is fused only when no jump lands inside
//! it.
//!
//! Runs that count instructions (the `legacy` policy, deterministic mode)
//! keep the code exactly as `gilvm dis` shows it, so "switch every N
//! instructions" and the interleaving logs mean the instructions a user can
//! read.

use std::sync::Arc;

use crate::bytecode::{
    CmpJump, CodeObject, Constant, GlobalLocal, LocalConst, LocalPair, Op, Operand,
};

/// `code` with its patterns fused, and those of every function in it.
pub fn fuse(code: &Arc<CodeObject>) -> Arc<CodeObject> {
    let consts = code
        .consts
        .iter()
        .map(|c| match c {
            Constant::Code(inner) => Constant::Code(fuse(inner)),
            other => other.clone(),
        })
        .collect();
    let mut fused = (**code).clone();
    fused.ops = fuse_ops(&code.ops, &code.names);
    fused.consts = consts;
    Arc::new(fused)
}

/// Jump threading: a conditional jump that keeps its value (`JUMP_IF_TRUE_OR_POP`,
/// from `a or b` in a condition) and lands on a branch testing that same
/// value can branch on it directly, popping it. Then the branch it landed
/// on is often no jump target any more, and its comparison can fuse.
///
/// A `JUMP` landing on another `JUMP` (the end of an `if` body inside a
/// loop, jumping to the loop's back edge) goes to its target at once. Only
/// unconditional jumps are threaded, so a loop keeps its backward `JUMP`,
/// the check point where the eval breaker is polled.
fn thread_jumps(ops: &[Op]) -> Vec<Op> {
    ops.iter()
        .map(|&op| {
            let (keep_if, t) = match op {
                Op::JumpIfTrueOrPop(t) => (true, t),
                Op::JumpIfFalseOrPop(t) => (false, t),
                Op::Jump(t) => {
                    return match ops.get(t as usize) {
                        Some(&Op::Jump(u)) => Op::Jump(u),
                        _ => op,
                    }
                }
                _ => return op,
            };
            // The value is `keep_if` when the jump is taken.
            match (ops.get(t as usize), keep_if) {
                // ... where a branch on the same value decides at once.
                (Some(Op::PopJumpIfFalse(f)), false) => Op::PopJumpIfFalse(*f),
                (Some(Op::PopJumpIfTrue(f)), true) => Op::PopJumpIfTrue(*f),
                // ... where the branch is not taken: go on after it.
                (Some(Op::PopJumpIfFalse(_)), true) => Op::PopJumpIfTrue(t + 1),
                (Some(Op::PopJumpIfTrue(_)), false) => Op::PopJumpIfFalse(t + 1),
                _ => op,
            }
        })
        .collect()
}

/// COMPARE_JUMP_IF_FALSE or _TRUE, as `branch` is.
fn compare_jump(c: crate::bytecode::Comparison, branch: Option<Op>, t: u32) -> Op {
    match branch {
        Some(Op::PopJumpIfTrue(_)) => Op::CompareJumpIfTrue(CmpJump::new(c, t)),
        _ => Op::CompareJumpIfFalse(CmpJump::new(c, t)),
    }
}

fn fuse_ops(ops: &[Op], names: &[Arc<str>]) -> Vec<Op> {
    let threaded = thread_jumps(ops);
    let ops = &threaded[..];
    let mut is_target = vec![false; ops.len() + 1];
    for op in ops {
        if let (Operand::Jump, t) = op.operand() {
            if let Some(slot) = is_target.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    // Whether the `n` instructions after `i` exist and no jump lands on them.
    let free = |i: usize, n: usize| i + n < ops.len() && (1..=n).all(|k| !is_target[i + k]);
    let pair = |a: u32, b: u32| {
        Some(LocalPair {
            a: u16::try_from(a).ok()?,
            b: u16::try_from(b).ok()?,
        })
    };

    let mut out = ops.to_vec();
    // How many instructions each fused one covers (1 for the rest).
    let mut width = vec![1; ops.len()];
    // The closing halves of `a.b op= v` fused ahead of the scan.
    let mut closes = vec![false; ops.len()];
    let mut i = 0;
    while i < ops.len() {
        let next = |k: usize| ops.get(i + k).copied();
        // Whether instruction `i + k` is a STORE_FAST that the pattern
        // ending just before it may take in (no jump lands on it).
        let stores_next = |k: usize| matches!(next(k), Some(Op::StoreFast(_))) && free(i, k);
        if closes[i] {
            i += 2;
            continue;
        }
        // `super().m`: the call of the global `super` and the method
        // lookup on what it returns, when the global is the built-in.
        if let (
            Op::LoadDeref(c),
            Some(Op::LoadFast(_)),
            Some(Op::Call(2)),
            Some(Op::LoadMethod(_)),
        ) = (ops[i], next(1), next(2), next(3))
        {
            if i > 0 && matches!(ops[i - 1], Op::LoadGlobal(_)) && free(i, 3) {
                out[i] = Op::LoadSuperMethod(c);
                width[i] = 4;
                i += 4;
                continue;
            }
        }
        // `a.b op= v` with v a local, a constant or `a.c`: one instruction
        // for the statement, which runs the plain ones when it cannot.
        if let Some(len) = update_attr_width(ops, i) {
            if let (Op::LoadFast(a), Op::LoadAttr(n)) = (ops[i], ops[i + 2]) {
                if let Some(p) = pair(a, n).filter(|_| free(i, len - 1)) {
                    out[i] = Op::UpdateAttr(p);
                    width[i] = len;
                    i += len;
                    continue;
                }
            }
        }
        // `a.b op= v`: the local stays in its slot instead of on the stack
        // (no COPY, no SWAP), read again by the store that closes it.
        if let (Op::LoadFast(a), Some(Op::Copy(1)), Some(Op::LoadAttr(n))) =
            (ops[i], next(1), next(2))
        {
            if let Some(p) = pair(a, n).filter(|_| free(i, 2)) {
                if let Some(end) = update_end(ops, &is_target, i + 3, a, n) {
                    out[i] = Op::LoadFastAttrUpdate(p);
                    width[i] = 3;
                    out[end] = Op::StoreAttrUpdate(p);
                    width[end] = 2;
                    closes[end] = true;
                    i += 3;
                    continue;
                }
            }
        }
        // Two loads, a comparison and its branch: the loads fuse into one
        // instruction that reads the comparison and target from the
        // COMPARE_JUMP_IF_FALSE written two slots on.
        if let (Some(Op::CompareOp(c)), Some(Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t))) =
            (next(2), next(3))
        {
            let compare = match (ops[i], next(1)) {
                (Op::LoadFast(a), Some(Op::LoadConst(k))) => pair(a, k).map(|p| {
                    Op::CompareFastConstJump(LocalConst {
                        local: p.a,
                        konst: p.b,
                    })
                }),
                (Op::LoadFast(a), Some(Op::LoadFast(b))) => pair(a, b).map(Op::CompareFastFastJump),
                _ => None,
            };
            if let Some(op) = compare.filter(|_| free(i, 3) && t <= CmpJump::MAX_TARGET) {
                out[i] = op;
                out[i + 2] = compare_jump(c, next(3), t);
                i += 4;
                continue;
            }
        }
        if let (
            Op::LoadFast(a),
            Some(Op::LoadFast(b)),
            Some(Op::ContainsOp(_)),
            Some(Op::PopJumpIfFalse(_) | Op::PopJumpIfTrue(_)),
        ) = (ops[i], next(1), next(2), next(3))
        {
            if let Some(p) = pair(a, b).filter(|_| free(i, 3)) {
                out[i] = Op::ContainsFastFastJump(p);
                width[i] = 4;
                i += 4;
                continue;
            }
        }
        let fused = match (ops[i], next(1), next(2)) {
            (Op::LoadFast(a), Some(Op::LoadFast(b)), Some(third)) if free(i, 2) => pair(a, b)
                .and_then(|p| match third {
                    Op::BinarySubscr => Some((Op::SubscrFastFast(p), 3)),
                    Op::StoreSubscr => Some((Op::StoreSubscrFastFast(p), 3)),
                    Op::ContainsOp(0) => Some((Op::InFastFast(p), 3)),
                    Op::ContainsOp(1) => Some((Op::NotInFastFast(p), 3)),
                    Op::BinaryOp(_) | Op::InplaceOp(_) if stores_next(3) => {
                        Some((Op::BinaryOpFastFastStore(p), 4))
                    }
                    Op::BinaryOp(_) | Op::InplaceOp(_) => Some((Op::BinaryOpFastFast(p), 3)),
                    _ => None,
                }),
            (Op::LoadGlobal(g), Some(Op::LoadFast(a)), Some(Op::Call(1))) if free(i, 2) => {
                pair(g, a).map(|p| {
                    let p = GlobalLocal {
                        global: p.a,
                        local: p.b,
                    };
                    (Op::CallGlobalFast(p), 3)
                })
            }
            (Op::LoadFast(a), Some(Op::LoadConst(c)), Some(Op::BinaryOp(_) | Op::InplaceOp(_)))
                if free(i, 2) =>
            {
                pair(a, c).map(|p| {
                    let p = LocalConst {
                        local: p.a,
                        konst: p.b,
                    };
                    match stores_next(3) {
                        true => (Op::BinaryOpFastConstStore(p), 4),
                        false => (Op::BinaryOpFastConst(p), 3),
                    }
                })
            }
            _ => None,
        };
        let fused = fused.or_else(|| match (ops[i], next(1)) {
            // Not when the second load starts local-constant arithmetic,
            // the better fusion (`xs[i % n]`).
            (Op::LoadFast(a), Some(Op::LoadFast(b)))
                if free(i, 1)
                    && !matches!(
                        (next(2), next(3)),
                        (
                            Some(Op::LoadConst(_)),
                            Some(Op::BinaryOp(_) | Op::InplaceOp(_))
                        )
                    ) =>
            {
                pair(a, b).map(|p| (Op::LoadFastPair(p), 2))
            }
            // `self.x` and `self.x = v`: the instance is read in place.
            (Op::LoadFast(a), Some(Op::LoadAttr(n))) if free(i, 1) => {
                pair(a, n).map(|p| (Op::LoadFastAttr(p), 2))
            }
            (Op::LoadFast(a), Some(Op::StoreAttr(n))) if free(i, 1) => {
                pair(a, n).map(|p| (Op::StoreFastAttr(p), 2))
            }
            (Op::CompareOp(c), Some(Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t)))
                if free(i, 1) && t <= CmpJump::MAX_TARGET =>
            {
                Some((compare_jump(c, next(1), t), 2))
            }
            (Op::ForIter(t), Some(Op::StoreFast(_))) if free(i, 1) => {
                Some((Op::ForIterStoreFast(t), 2))
            }
            (Op::LoadFast(a), Some(Op::ReturnValue)) if free(i, 1) && a <= u16::MAX as u32 => {
                Some((Op::ReturnFast(a), 2))
            }
            (Op::LoadConst(c), Some(Op::ReturnValue)) if free(i, 1) => {
                Some((Op::ReturnConst(c), 2))
            }
            (Op::BinaryOp(k), Some(Op::ReturnValue)) if free(i, 1) => {
                Some((Op::BinaryOpReturn(k), 2))
            }
            (Op::BinaryOp(k), Some(Op::StoreFast(_))) if free(i, 1) => {
                Some((Op::BinaryOpStoreFast(k), 2))
            }
            (Op::InplaceOp(k), Some(Op::StoreFast(_))) if free(i, 1) => {
                Some((Op::InplaceOpStoreFast(k), 2))
            }
            (Op::LoadConst(c), Some(Op::BinaryOp(_) | Op::InplaceOp(_))) if free(i, 1) => {
                Some((Op::BinaryOpConst(c), 2))
            }
            (Op::LoadFast(a), Some(Op::BinaryOp(_) | Op::InplaceOp(_)))
                if free(i, 1) && a <= u16::MAX as u32 =>
            {
                Some((Op::BinaryOpFast(a), 2))
            }
            _ => None,
        });
        match fused {
            Some((op, len)) => {
                debug_assert!(
                    (i..i + len).all(|k| !closes[k]),
                    "a fusion covers an update's close"
                );
                out[i] = op;
                width[i] = len;
                i += len;
            }
            None => i += 1,
        }
    }
    borrow_locals(&mut out, &width, &is_target, names);
    // The back edge of a `for` loop runs the loop's FOR_ITER_STORE_FAST
    // itself.
    for i in 0..out.len() {
        if let Op::Jump(t) = out[i] {
            if (t as usize) < i && matches!(out[t as usize], Op::ForIterStoreFast(_)) {
                out[i] = Op::JumpForIter(t);
            }
        }
    }
    out
}

/// How many instructions `a.n op= v` covers from `i` when `v` is one
/// local, one constant, or `a.c` (see UPDATE_ATTR).
fn update_attr_width(ops: &[Op], i: usize) -> Option<usize> {
    let at = |k: usize| ops.get(i + k).copied();
    let (Op::LoadFast(a), Some(Op::Copy(1)), Some(Op::LoadAttr(n))) = (ops[i], at(1), at(2)) else {
        return None;
    };
    let len = match (at(3)?, at(4)) {
        (Op::LoadFast(b), Some(Op::LoadAttr(_))) if b == a => 2,
        (Op::LoadFast(_) | Op::LoadConst(_), _) => 1,
        _ => return None,
    };
    let closed = matches!(at(3 + len), Some(Op::InplaceOp(_)))
        && at(4 + len) == Some(Op::Swap(2))
        && at(5 + len) == Some(Op::StoreAttr(n));
    closed.then_some(6 + len)
}

/// Where `SWAP 2; STORE_ATTR n` closes the `a.n op= v` whose value `v`
/// starts at `start` (after `LOAD_FAST a; COPY 1; LOAD_ATTR n`): the index
/// of the SWAP, when the instructions of `v` and the INPLACE_OP after them
/// neither jump nor are jumped into and store nothing to local `a`, so
/// the close may read `a` from its slot.
fn update_end(ops: &[Op], is_target: &[bool], start: usize, a: u32, n: u32) -> Option<usize> {
    // Values pushed above `a.n` so far.
    let mut depth = 0;
    for k in start..ops.len() {
        if is_target[k] {
            return None;
        }
        match ops[k] {
            Op::InplaceOp(_) if depth == 1 => {
                let closed = ops.get(k + 1) == Some(&Op::Swap(2))
                    && ops.get(k + 2) == Some(&Op::StoreAttr(n))
                    && !is_target[k + 1]
                    && !is_target[k + 2];
                return closed.then_some(k + 1);
            }
            Op::StoreFast(x) | Op::DeleteFast(x) if x == a => return None,
            Op::ReturnValue | Op::Raise(_) | Op::Reraise => return None,
            op if matches!(op.operand().0, Operand::Jump | Operand::CmpJump) => return None,
            op => {
                depth += op.stack_effect();
                if depth < 1 {
                    return None;
                }
            }
        }
    }
    None
}

/// How many instructions the (possibly fused) instruction at `i` covers,
/// if it pushes exactly one value, pops none and stores no local: the
/// operand a borrowed local waits for (see `borrow_locals`).
fn one_value(out: &[Op], width: &[usize], i: usize) -> Option<usize> {
    match out.get(i)? {
        Op::LoadConst(_)
        | Op::LoadFast(_)
        | Op::LoadGlobal(_)
        | Op::BinaryOpFastConst(_)
        | Op::BinaryOpFastFast(_)
        | Op::SubscrFastFast(_)
        | Op::CallGlobalFast(_) => Some(width[i]),
        _ => None,
    }
}

/// **Borrowed locals.** `xs.append(v)` and `xs[k]` load `xs` first, then
/// compute the operand, then use `xs`: as heap values, loading costs an
/// atomic increment and using it a decrement. When the operand is one
/// instruction that stores no local, `xs` cannot change in between (only
/// its own frame rebinds a local), so the consumer can read it in place:
///
/// - `LOAD_FAST xs; LOAD_METHOD append; <v>; CALL_METHOD 1; POP_TOP`
///   becomes `LOAD_FAST_FOR_APPEND xs; ...; <v>; APPEND_TO_FAST xs`. Both
///   look at the local: a list appends in place, anything else takes the
///   instructions left where they were, so both agree on the path.
/// - `LOAD_FAST xs; <k>; BINARY_SUBSCR` becomes `CHECK_FAST xs; <k>;
///   SUBSCR_LOCAL xs`. The check keeps UnboundLocalError before anything
///   `<k>` does.
fn borrow_locals(out: &mut [Op], width: &[usize], is_target: &[bool], names: &[Arc<str>]) {
    let free = |from: usize, to: usize| (from..=to).all(|k| !is_target[k]);
    let mut i = 0;
    while i < out.len() {
        if let Op::LoadFast(a) = out[i] {
            // xs.append(<v>)
            if let (Some(Op::LoadMethod(m)), Some(w)) =
                (out.get(i + 1), one_value(out, width, i + 2))
            {
                let call = i + 2 + w;
                if names.get(*m as usize).is_some_and(|n| &**n == "append")
                    && matches!(out.get(call), Some(Op::CallMethod(1)))
                    && matches!(out.get(call + 1), Some(Op::PopTop))
                    && free(i + 1, call + 1)
                {
                    out[i] = Op::LoadFastForAppend(a);
                    out[call] = Op::AppendToFast(a);
                    i = call + 2;
                    continue;
                }
            }
            // xs[<k>]
            if let Some(w) = one_value(out, width, i + 1) {
                let subscr = i + 1 + w;
                if matches!(out.get(subscr), Some(Op::BinarySubscr)) && free(i + 1, subscr) {
                    out[i] = Op::CheckFast(a);
                    out[subscr] = Op::SubscrLocal(a);
                    i = subscr + 1;
                    continue;
                }
            }
        }
        i += width[i];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Comparison;

    #[test]
    fn fuses_subscript_of_two_locals() {
        let ops = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::BinarySubscr,
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[0], Op::SubscrFastFast(LocalPair { a: 0, b: 1 }));
        // The rest stays, skipped, so nothing after it moves.
        assert_eq!(&fused[1..], &ops[1..]);
    }

    #[test]
    fn fuses_compare_and_branch() {
        // A global operand: only the comparison and branch fuse.
        let ops = [
            Op::LoadGlobal(0),
            Op::LoadConst(0),
            Op::CompareOp(Comparison::Lt),
            Op::PopJumpIfFalse(5),
            Op::Nop,
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(
            fused[2],
            Op::CompareJumpIfFalse(CmpJump::new(Comparison::Lt, 5))
        );
        assert_eq!(&fused[..2], &ops[..2]);
    }

    #[test]
    fn fuses_arithmetic_on_a_local_and_a_constant() {
        let ops = [
            Op::LoadFast(2),
            Op::LoadConst(1),
            Op::InplaceOp(crate::bytecode::BinaryOperator::Add),
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        let p = LocalConst { local: 2, konst: 1 };
        assert_eq!(fused[0], Op::BinaryOpFastConst(p));
        // The operator stays in the skipped instruction, where it is read.
        assert_eq!(&fused[1..], &ops[1..]);
    }

    #[test]
    fn fuses_arithmetic_stored_in_a_local() {
        use crate::bytecode::BinaryOperator::{Add, Mod};
        // `i = i + 1`, `total += x`, `total = total + i % 7`.
        let ops = [
            Op::LoadFast(2),
            Op::LoadConst(1),
            Op::BinaryOp(Add),
            Op::StoreFast(2),
            Op::LoadFast(1),
            Op::LoadFast(3),
            Op::InplaceOp(Add),
            Op::StoreFast(1),
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::LoadConst(0),
            Op::BinaryOp(Mod),
            Op::BinaryOp(Add),
            Op::StoreFast(1),
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        let p = LocalConst { local: 2, konst: 1 };
        assert_eq!(fused[0], Op::BinaryOpFastConstStore(p));
        // The operator and the target stay where they are read.
        assert_eq!(&fused[1..4], &ops[1..4]);
        assert_eq!(
            fused[4],
            Op::BinaryOpFastFastStore(LocalPair { a: 1, b: 3 })
        );
        assert_eq!(fused[12], Op::BinaryOpStoreFast(Add));
        assert_eq!(fused[13], Op::StoreFast(1));
        let ops = [Op::InplaceOp(Add), Op::StoreFast(0), Op::ReturnValue];
        assert_eq!(fuse_ops(&ops, &[])[0], Op::InplaceOpStoreFast(Add));
    }

    #[test]
    fn fuses_a_return_of_a_local_or_of_arithmetic() {
        use crate::bytecode::BinaryOperator::Add;
        let ops = [
            Op::LoadFast(0),
            Op::PopJumpIfFalse(4),
            Op::LoadFast(0),
            Op::ReturnValue,
            Op::LoadGlobal(0),
            Op::LoadGlobal(1),
            Op::BinaryOp(Add),
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[2], Op::ReturnFast(0));
        assert_eq!(fused[6], Op::BinaryOpReturn(Add));
        let ops = [Op::Nop, Op::LoadConst(3), Op::ReturnValue];
        assert_eq!(fuse_ops(&ops, &[])[1], Op::ReturnConst(3));
        // A return that a jump lands on stays apart.
        let ops = [
            Op::LoadFast(0),
            Op::PopJumpIfFalse(3),
            Op::LoadFast(1),
            Op::ReturnValue,
        ];
        assert_eq!(fuse_ops(&ops, &[])[2], Op::LoadFast(1));
    }

    #[test]
    fn a_store_that_a_jump_lands_on_is_not_fused() {
        use crate::bytecode::BinaryOperator::Add;
        let ops = [
            Op::LoadFast(0),
            Op::LoadConst(0),
            Op::BinaryOp(Add),
            Op::StoreFast(0),
            Op::Jump(3),
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(
            fused[0],
            Op::BinaryOpFastConst(LocalConst { local: 0, konst: 0 })
        );
        assert_eq!(fused[3], Op::StoreFast(0));
    }

    #[test]
    fn prefers_local_constant_arithmetic_to_a_load_pair() {
        // `xs[i % 7]`: pairing `xs, i` would leave `% 7` unfused.
        let ops = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadConst(0),
            Op::BinaryOp(crate::bytecode::BinaryOperator::Mod),
            Op::BinarySubscr,
        ];
        let fused = fuse_ops(&ops, &[]);
        let p = LocalConst { local: 1, konst: 0 };
        assert_eq!(fused[1], Op::BinaryOpFastConst(p));
        // ... and `xs` is read in place by the subscript.
        assert_eq!(fused[0], Op::CheckFast(0));
        assert_eq!(fused[4], Op::SubscrLocal(0));
    }

    #[test]
    fn fuses_a_loop_item_stored_in_a_local() {
        let ops = [Op::ForIter(3), Op::StoreFast(2), Op::Jump(0), Op::Nop];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[0], Op::ForIterStoreFast(3));
        // The local is read from the STORE_FAST left in place, and the
        // back edge runs the fused FOR_ITER itself.
        assert_eq!(fused[1], Op::StoreFast(2));
        assert_eq!(fused[2], Op::JumpForIter(0));
        // A forward jump, or one to a FOR_ITER that did not fuse, stays.
        let ops = [
            Op::ForIter(3),
            Op::PopTop,
            Op::Jump(0),
            Op::Jump(4),
            Op::Nop,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[2], Op::Jump(0));
        assert_eq!(fused[3], Op::Jump(4));
    }

    #[test]
    fn fuses_arithmetic_with_a_constant_on_the_stack() {
        use crate::bytecode::BinaryOperator::Add;
        let ops = [
            Op::LoadGlobal(0),
            Op::LoadConst(1),
            Op::BinaryOp(Add),
            Op::PopTop,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[1], Op::BinaryOpConst(1));
        assert_eq!(fused[2], Op::BinaryOp(Add));
        let ops = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::InplaceOp(Add),
            Op::PopTop,
        ];
        assert_eq!(
            fuse_ops(&ops, &[])[0],
            Op::BinaryOpFastFast(LocalPair { a: 0, b: 1 })
        );
    }

    #[test]
    fn fuses_membership_and_its_branch() {
        let ops = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::ContainsOp(1),
            Op::PopJumpIfFalse(5),
            Op::Nop,
            Op::Nop,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[0], Op::ContainsFastFastJump(LocalPair { a: 0, b: 1 }));
        assert_eq!(&fused[1..], &ops[1..]); // inversion and branch read there
    }

    #[test]
    fn threads_a_jump_to_a_jump_but_not_a_branch_to_one() {
        let ops = [Op::PopJumpIfFalse(3), Op::Jump(3), Op::Nop, Op::Jump(0)];
        let threaded = thread_jumps(&ops);
        assert_eq!(threaded[1], Op::Jump(0));
        // A branch keeps landing on the backward JUMP, the check point.
        assert_eq!(threaded[0], Op::PopJumpIfFalse(3));
    }

    fn append_call(item: Op) -> Vec<Op> {
        vec![
            Op::LoadFast(1),
            Op::LoadMethod(0),
            item,
            Op::CallMethod(1),
            Op::PopTop,
            Op::Nop,
        ]
    }

    #[test]
    fn lends_the_list_of_an_append_statement() {
        let names: Vec<Arc<str>> = vec!["append".into()];
        let fused = fuse_ops(&append_call(Op::LoadConst(0)), &names);
        assert_eq!(fused[0], Op::LoadFastForAppend(1));
        assert_eq!(fused[1], Op::LoadMethod(0)); // taken when not a list
        assert_eq!(fused[3], Op::AppendToFast(1));
        assert_eq!(fused[4], Op::PopTop);
    }

    #[test]
    fn lends_no_list_when_the_pattern_is_not_exactly_an_append() {
        let other: Vec<Arc<str>> = vec!["extend".into()];
        let ops = append_call(Op::LoadConst(0));
        assert_eq!(fuse_ops(&ops, &other), ops);
        let names: Vec<Arc<str>> = vec!["append".into()];
        // The item pops something: it could be anything.
        let ops = append_call(Op::UnaryNot);
        assert_eq!(fuse_ops(&ops, &names), ops);
        // A jump lands on the call.
        let mut ops = append_call(Op::LoadConst(0));
        ops[5] = Op::Jump(3);
        assert_eq!(fuse_ops(&ops, &names)[0], Op::LoadFast(1));
    }

    #[test]
    fn fuses_a_global_called_with_one_local() {
        let ops = [
            Op::LoadGlobal(3),
            Op::LoadFast(1),
            Op::Call(1),
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        let p = GlobalLocal {
            global: 3,
            local: 1,
        };
        assert_eq!(fused[0], Op::CallGlobalFast(p));
        assert_eq!(&fused[1..], &ops[1..]);
        // Two arguments: not this pattern.
        let two = [Op::LoadGlobal(3), Op::LoadFast(1), Op::Call(2)];
        assert_eq!(fuse_ops(&two, &[])[0], Op::LoadGlobal(3));
    }

    #[test]
    fn fuses_loads_compare_and_branch_into_one() {
        let ops = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::CompareOp(Comparison::Lt),
            Op::PopJumpIfFalse(5),
            Op::Nop,
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[0], Op::CompareFastFastJump(LocalPair { a: 0, b: 1 }));
        assert_eq!(fused[1], Op::LoadFast(1));
        // The comparison and target the fused instruction reads.
        assert_eq!(
            fused[2],
            Op::CompareJumpIfFalse(CmpJump::new(Comparison::Lt, 5))
        );
        assert_eq!(&fused[3..], &ops[3..]);
    }

    #[test]
    fn threads_an_or_into_its_branch() {
        // `if a < b or c: body`: the kept value lands on the branch, so the
        // first test may branch straight into the body.
        let ops = [
            Op::LoadGlobal(0),
            Op::LoadGlobal(1),
            Op::CompareOp(Comparison::Lt),
            Op::JumpIfTrueOrPop(5),
            Op::LoadGlobal(2),
            Op::PopJumpIfFalse(7),
            Op::Nop,
            Op::ReturnValue,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[3], Op::PopJumpIfTrue(6));
        assert_eq!(
            fused[2],
            Op::CompareJumpIfTrue(CmpJump::new(Comparison::Lt, 6))
        );
        // An `or` whose value is kept (`x = a or b`) is left alone.
        let kept = [
            Op::LoadGlobal(0),
            Op::JumpIfTrueOrPop(3),
            Op::LoadGlobal(1),
            Op::StoreFast(0),
        ];
        assert_eq!(fuse_ops(&kept, &[]), kept.to_vec());
    }

    #[test]
    fn never_fuses_across_a_jump_target() {
        // Instruction 1 is a jump target: `LOAD_FAST 0; LOAD_FAST 1` must
        // stay two instructions, or a jump to 1 would skip nothing.
        let ops = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::BinarySubscr,
            Op::Jump(1),
        ];
        assert_eq!(fuse_ops(&ops, &[]), ops.to_vec());
    }

    /// `self.n += v` as codegen writes it, with `v` the given instructions.
    fn attr_update(value: &[Op]) -> Vec<Op> {
        use crate::bytecode::BinaryOperator::Add;
        let mut ops = vec![Op::LoadFast(0), Op::Copy(1), Op::LoadAttr(3)];
        ops.extend_from_slice(value);
        ops.extend([Op::InplaceOp(Add), Op::Swap(2), Op::StoreAttr(3), Op::Nop]);
        ops
    }

    #[test]
    fn fuses_a_whole_attribute_update_of_a_simple_value() {
        let p = LocalPair { a: 0, b: 3 };
        for (value, width) in [
            (vec![Op::LoadFast(1)], 7),
            (vec![Op::LoadConst(2)], 7),
            (vec![Op::LoadFast(0), Op::LoadAttr(4)], 8),
        ] {
            let ops = attr_update(&value);
            let fused = fuse_ops(&ops, &[]);
            assert_eq!(fused[0], Op::UpdateAttr(p), "{value:?}");
            // The plain instructions stay for when UPDATE_ATTR cannot.
            assert_eq!(&fused[1..width], &ops[1..width], "{value:?}");
        }
        // Another local's attribute is two objects: not one step.
        let ops = attr_update(&[Op::LoadFast(2), Op::LoadAttr(4)]);
        assert_ne!(fuse_ops(&ops, &[])[0], Op::UpdateAttr(p));
        // A jump into the statement keeps it apart.
        let mut ops = attr_update(&[Op::LoadFast(1)]);
        ops.push(Op::Jump(3));
        assert!(!fuse_ops(&ops, &[]).contains(&Op::UpdateAttr(p)));
    }

    #[test]
    fn fuses_a_super_method_lookup_after_the_global() {
        let ops = [
            Op::LoadGlobal(0),
            Op::LoadDeref(2),
            Op::LoadFast(0),
            Op::Call(2),
            Op::LoadMethod(5),
            Op::CallMethod(0),
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[1], Op::LoadSuperMethod(2));
        assert_eq!(&fused[2..5], &ops[2..5]); // read there, or run when it cannot
                                              // Not after anything but a global load.
        let mut other = ops;
        other[0] = Op::LoadFast(3);
        assert!(!fuse_ops(&other, &[]).contains(&Op::LoadSuperMethod(2)));
    }

    #[test]
    fn fuses_an_attribute_update_around_its_value() {
        use crate::bytecode::BinaryOperator::Mul;
        let p = LocalPair { a: 0, b: 3 };
        // `self.n += k * 2`: the value's own fusions happen inside.
        let ops = attr_update(&[Op::LoadFast(1), Op::LoadConst(0), Op::BinaryOp(Mul)]);
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[0], Op::LoadFastAttrUpdate(p));
        assert_eq!(
            fused[3],
            Op::BinaryOpFastConst(LocalConst { local: 1, konst: 0 })
        );
        assert_eq!(
            fused[6],
            Op::InplaceOp(crate::bytecode::BinaryOperator::Add)
        );
        assert_eq!(fused[7], Op::StoreAttrUpdate(p));
        assert_eq!(fused[8], Op::StoreAttr(3)); // skipped, kept for dis
                                                // `self.n += other.m`: a load of another local's attribute.
        let fused = fuse_ops(&attr_update(&[Op::LoadFast(2), Op::LoadAttr(4)]), &[]);
        assert_eq!(fused[0], Op::LoadFastAttrUpdate(p));
        assert_eq!(fused[3], Op::LoadFastAttr(LocalPair { a: 2, b: 4 }));
        assert_eq!(fused[6], Op::StoreAttrUpdate(p));
    }

    #[test]
    fn fuses_no_update_whose_value_may_change_the_local_or_jump() {
        let stays = |value: &[Op]| {
            let fused = fuse_ops(&attr_update(value), &[]);
            assert!(
                !fused
                    .iter()
                    .any(|op| matches!(op, Op::LoadFastAttrUpdate(_) | Op::StoreAttrUpdate(_))),
                "{value:?} fused into {fused:?}"
            );
        };
        // The value rebinds the local the close would read back.
        stays(&[Op::LoadConst(0), Op::Copy(1), Op::StoreFast(0)]);
        stays(&[Op::DeleteFast(0), Op::LoadConst(0)]);
        // A conditional expression: jumps inside the value.
        stays(&[
            Op::LoadFast(1),
            Op::PopJumpIfFalse(7),
            Op::LoadConst(0),
            Op::Jump(8),
            Op::LoadConst(1),
        ]);
        // A different attribute is stored.
        let mut ops = attr_update(&[Op::LoadConst(0)]);
        ops[6] = Op::StoreAttr(4);
        assert!(!fuse_ops(&ops, &[]).contains(&Op::LoadFastAttrUpdate(LocalPair { a: 0, b: 3 })));
        // A jump lands on the close.
        let mut ops = attr_update(&[Op::LoadConst(0)]);
        ops.push(Op::Jump(5));
        assert!(!fuse_ops(&ops, &[]).contains(&Op::LoadFastAttrUpdate(LocalPair { a: 0, b: 3 })));
    }

    #[test]
    fn fuses_arithmetic_with_a_local_on_top_of_the_stack() {
        use crate::bytecode::BinaryOperator::Sub;
        let ops = [
            Op::LoadGlobal(0),
            Op::LoadFast(2),
            Op::BinaryOp(Sub),
            Op::PopTop,
        ];
        let fused = fuse_ops(&ops, &[]);
        assert_eq!(fused[1], Op::BinaryOpFast(2));
        assert_eq!(fused[2], Op::BinaryOp(Sub)); // the operator is read there
    }

    #[test]
    fn packed_compare_jump_round_trips() {
        for c in Comparison::ALL {
            let cj = CmpJump::new(c, CmpJump::MAX_TARGET);
            assert_eq!((cj.cmp(), cj.target()), (c, CmpJump::MAX_TARGET as usize));
        }
    }
}

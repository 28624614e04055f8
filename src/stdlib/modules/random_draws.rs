//! The `random` functions that draw from sequences (`choice`, `shuffle`,
//! `sample`, `choices`) and the real-valued distributions (`uniform`,
//! `triangular`, `gauss`, `normalvariate`, `expovariate`), each drawing
//! from the generator exactly as CPython's `Lib/random.py` does.

use crate::builtin;
use crate::bytecode::BinaryOperator;
use crate::stdlib::builtins::int_arg;
use crate::stdlib::modules::mt19937::Mt19937;
use crate::stdlib::modules::random::{bind, float_of, Generator};
use crate::vm::objects::exceptions::{
    index_error, int_overflow, type_error, value_error, PyResult,
};
use crate::vm::objects::types::TYPES;
use crate::vm::protocols::has_class;
use crate::vm::value::Value;
use crate::vm::Vm;

// ---- sequences --------------------------------------------------------

/// `_randbelow(n)` for a length.
fn below(g: &Generator, n: usize) -> usize {
    g.with(|mt| mt.below(n as u128)) as usize
}

fn index(i: usize) -> Value {
    Value::Int(i as i64)
}

builtin!(CHOICE, "choice", |vm, a| {
    let (g, [seq]) = bind(a, "choice", ["seq"], 1, 1)?;
    let seq = seq.unwrap_or(Value::None);
    let n = vm.length(&seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    let i = below(g, n);
    vm.get_item(&seq, &index(i))
});

builtin!(SHUFFLE, "shuffle", |vm, a| {
    let (g, [x]) = bind(a, "shuffle", ["x"], 1, 1)?;
    let x = x.unwrap_or(Value::None);
    if let Value::List(l) = &x {
        // No Python code runs: the swaps happen under the list's lock.
        let mut items = l.items.lock();
        let mut st = g.state.lock();
        for i in (1..items.len()).rev() {
            let j = st.mt.below(i as u128 + 1) as usize;
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    let n = vm.length(&x)?;
    for i in (1..n).rev() {
        let j = below(g, i + 1);
        let (xi, xj) = (index(i), index(j));
        let at_j = vm.get_item(&x, &xj)?;
        let at_i = vm.get_item(&x, &xi)?;
        vm.set_item(&x, &xi, at_j)?;
        vm.set_item(&x, &xj, at_i)?;
    }
    Ok(Value::None)
});

/// Whether `v` is a `collections.abc.Sequence`, as `sample` requires.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::ShortStr(_) | Value::Range(_)
    )
}

builtin!(SAMPLE, "sample", |vm, a| {
    let (g, [population, k, counts]) = bind(a, "sample", ["population", "k", "counts"], 2, 2)?;
    let population = population.unwrap_or(Value::None);
    let k = k.unwrap_or(Value::None);
    if !is_sequence(&population) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = vm.length(&population)?;
    if let Some(counts) = counts.filter(|c| !c.is_none()) {
        return sample_counted(vm, g, &population, n, &counts, &k);
    }
    let k = int_arg(&k)?;
    let k = usize::try_from(k)
        .ok()
        .filter(|&k| k <= n)
        .ok_or_else(|| value_error("Sample larger than population or is negative"))?;
    let picks = sample_indices(g, n, k);
    let mut result = Vec::with_capacity(k.min(1 << 16));
    for i in picks {
        result.push(vm.get_item(&population, &index(i))?);
    }
    Ok(Value::list(result))
});

/// Which indices `sample` picks from a population of `n`, in order: from
/// a pool with vacancies refilled from the end when the population is
/// small, else by redrawing indices already taken (CPython's two cases,
/// split where its set would outgrow the pool list).
fn sample_indices(g: &Generator, n: usize, k: usize) -> Vec<usize> {
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(exponent.ceil() as u32);
    }
    let mut st = g.state.lock();
    let mt = &mut st.mt;
    if n <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        let mut picks = Vec::with_capacity(k);
        for i in 0..k {
            let j = mt.below((n - i) as u128) as usize;
            picks.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
        return picks;
    }
    let mut selected = std::collections::HashSet::with_capacity(k.min(1 << 16));
    let mut picks = Vec::with_capacity(k.min(1 << 16));
    for _ in 0..k {
        let mut j = mt.below(n as u128) as usize;
        while selected.contains(&j) {
            j = mt.below(n as u128) as usize;
        }
        selected.insert(j);
        picks.push(j);
    }
    picks
}

/// `sample(population, k, counts=...)`: a sample of `range(total)` mapped
/// back through the running totals of the counts.
fn sample_counted(
    vm: &mut Vm,
    g: &Generator,
    population: &Value,
    n: usize,
    counts: &Value,
    k: &Value,
) -> PyResult<Value> {
    let mut cum = Vec::new();
    let mut total: i128 = 0;
    for c in vm.collect_items(counts)? {
        total += match c {
            Value::Int(_) | Value::Bool(_) => int_arg(&c)? as i128,
            _ => return Err(type_error("Counts must be integers")),
        };
        cum.push(total);
    }
    if cum.len() != n {
        return Err(value_error(
            "The number of counts does not match the population",
        ));
    }
    cum.pop();
    if total <= 0 {
        return Err(value_error("Total of counts must be greater than zero"));
    }
    let total = usize::try_from(total).map_err(|_| int_overflow())?;
    let k = int_arg(k)?;
    let k = usize::try_from(k)
        .ok()
        .filter(|&k| k <= total)
        .ok_or_else(|| value_error("Sample larger than population or is negative"))?;
    let mut result = Vec::with_capacity(k.min(1 << 16));
    for s in sample_indices(g, total, k) {
        // bisect_right: the first running total above `s`.
        let i = cum.partition_point(|&c| c <= s as i128);
        result.push(vm.get_item(population, &index(i))?);
    }
    Ok(Value::list(result))
}

/// `a op b` on numbers, instances' special methods included.
fn arith(vm: &mut Vm, op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Value> {
    if has_class(a) || has_class(b) {
        return vm.binary_special(op, false, a, b);
    }
    crate::vm::ops::binary_op(op, a, b)
}

builtin!(CHOICES, "choices", |vm, a| {
    let (g, [population, weights, cum_weights, k]) = bind(
        a,
        "choices",
        ["population", "weights", "cum_weights", "k"],
        2,
        1,
    )?;
    let population = population.unwrap_or(Value::None);
    let k = match k {
        Some(k) => int_arg(&k)?.max(0) as usize,
        None => 1,
    };
    let n = vm.length(&population)?;
    let weights = weights.filter(|w| !w.is_none());
    let cum_weights = match (cum_weights.filter(|w| !w.is_none()), weights) {
        (None, None) => {
            let mut result = crate::vm::memory::vec_with_capacity(k)?;
            for _ in 0..k {
                let i = (g.with(Mt19937::random) * n as f64).floor() as usize;
                result.push(vm.get_item(&population, &index(i))?);
            }
            return Ok(Value::list(result));
        }
        (None, Some(w)) => {
            if let Value::Int(k) = w {
                return Err(type_error(format!(
                    "The number of choices must be a keyword argument: k={k}"
                )));
            }
            let mut cum: Vec<Value> = Vec::new();
            for x in vm.collect_items(&w)? {
                let next = match cum.last() {
                    Some(t) => arith(vm, BinaryOperator::Add, t, &x)?,
                    None => x,
                };
                cum.push(next);
            }
            cum
        }
        (Some(c), None) => vm.collect_items(&c)?,
        (Some(_), Some(_)) => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum_weights.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let total = match cum_weights.last() {
        Some(t) => float_of(&arith(vm, BinaryOperator::Add, t, &Value::float(0.0))?)?,
        None => return Err(index_error("list index out of range")),
    };
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let mut result = crate::vm::memory::vec_with_capacity(k)?;
    for _ in 0..k {
        let x = Value::float(g.with(Mt19937::random) * total);
        // bisect_right over cum_weights[0:n-1].
        let (mut lo, mut hi) = (0, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if vm.rich_compare(crate::bytecode::Comparison::Lt, &x, &cum_weights[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        result.push(vm.get_item(&population, &index(lo))?);
    }
    Ok(Value::list(result))
});

// ---- real-valued distributions ----------------------------------------

builtin!(UNIFORM, "uniform", |vm, a| {
    let (g, [lo, hi]) = bind(a, "uniform", ["a", "b"], 2, 2)?;
    let (lo, hi) = (lo.unwrap_or(Value::None), hi.unwrap_or(Value::None));
    let width = arith(vm, BinaryOperator::Sub, &hi, &lo)?;
    let r = Value::float(g.with(Mt19937::random));
    let offset = arith(vm, BinaryOperator::Mul, &width, &r)?;
    arith(vm, BinaryOperator::Add, &lo, &offset)
});
builtin!(TRIANGULAR, "triangular", |vm, a| {
    let (g, [low, high, mode]) = bind(a, "triangular", ["low", "high", "mode"], 3, 0)?;
    let mut low = low.unwrap_or(Value::float(0.0));
    let mut high = high.unwrap_or(Value::float(1.0));
    let mut u = g.with(Mt19937::random);
    let span = arith(vm, BinaryOperator::Sub, &high, &low)?;
    let c = match mode.filter(|m| !m.is_none()) {
        None => Value::float(0.5),
        Some(m) => {
            let from_low = arith(vm, BinaryOperator::Sub, &m, &low)?;
            match arith(vm, BinaryOperator::TrueDiv, &from_low, &span) {
                Err(e) if e.is_instance(&TYPES.zero_division_error) => return Ok(low),
                r => r?,
            }
        }
    };
    let mut c = float_of(&c)?;
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let span = arith(vm, BinaryOperator::Sub, &high, &low)?;
    let scaled = arith(
        vm,
        BinaryOperator::Mul,
        &span,
        &Value::float((u * c).sqrt()),
    )?;
    arith(vm, BinaryOperator::Add, &low, &scaled)
});

/// `mu + z * sigma`, with the arithmetic of the arguments' types.
fn shift_scale(vm: &mut Vm, z: f64, mu: Option<Value>, sigma: Option<Value>) -> PyResult<Value> {
    let mu = mu.unwrap_or(Value::float(0.0));
    let sigma = sigma.unwrap_or(Value::float(1.0));
    let scaled = arith(vm, BinaryOperator::Mul, &Value::float(z), &sigma)?;
    arith(vm, BinaryOperator::Add, &mu, &scaled)
}

builtin!(GAUSS, "gauss", |vm, a| {
    let (g, [mu, sigma]) = bind(a, "gauss", ["mu", "sigma"], 2, 0)?;
    let z = {
        let mut st = g.state.lock();
        match st.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = st.mt.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - st.mt.random()).ln()).sqrt();
                st.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        }
    };
    shift_scale(vm, z, mu, sigma)
});
builtin!(NORMALVARIATE, "normalvariate", |vm, a| {
    let (g, [mu, sigma]) = bind(a, "normalvariate", ["mu", "sigma"], 2, 0)?;
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let z = g.with(|mt| loop {
        let u1 = mt.random();
        let u2 = 1.0 - mt.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            break z;
        }
    });
    shift_scale(vm, z, mu, sigma)
});
builtin!(EXPOVARIATE, "expovariate", |vm, a| {
    let (g, [lambd]) = bind(a, "expovariate", ["lambd"], 1, 1)?;
    let r = Value::float(-(1.0 - g.with(Mt19937::random)).ln());
    arith(
        vm,
        BinaryOperator::TrueDiv,
        &r,
        &lambd.unwrap_or(Value::None),
    )
});

//! The `random` module: CPython's functions over CPython's generator
//! (`mt19937`), drawing the same numbers for the same seed, so seeded
//! scripts print what CPython prints.
//!
//! The module's functions are methods of one hidden `Random` instance per
//! interpreter, as in CPython, shared by every thread behind its lock (no
//! Python code runs while it is held). Unseeded, that instance is seeded
//! from the OS; in deterministic mode from the run's `--seed` instead, as
//! `random.seed(SEED)` would seed it, so runs are byte-identical.
//!
//! The algorithms on top of the generator (`_randbelow`, `randrange`, and
//! in `random_draws` `shuffle`, `sample`, `choices`, `gauss`...) follow
//! CPython's `Lib/random.py` step by step: drawing one number more or
//! fewer would shift every later one.

use std::any::Any;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;
use sha2::{Digest, Sha512};

use crate::builtin;
use crate::stdlib::builtins::int_arg;
use crate::stdlib::modules::mt19937::{key_from_be_bytes, Mt19937};
use crate::stdlib::modules::random_draws::{
    CHOICE, CHOICES, EXPOVARIATE, GAUSS, NORMALVARIATE, SAMPLE, SHUFFLE, TRIANGULAR, UNIFORM,
};
use crate::vm::native::{Args, BoundMethod, BuiltinFunction, NativeObject};
use crate::vm::objects::dict::hash_value;
use crate::vm::objects::exceptions::{
    int_overflow, overflow_error, type_error, value_error, PyResult,
};
use crate::vm::objects::types::{type_name, TypeKind, TypeObject, TYPES};
use crate::vm::value::{Module, Value};
use crate::vm::Interpreter;

/// The names the module exports, each a method of the shared instance.
const FUNCTIONS: [&BuiltinFunction; 16] = [
    &SEED,
    &RANDOM,
    &GETRANDBITS,
    &RANDRANGE,
    &RANDINT,
    &CHOICE,
    &CHOICES,
    &SHUFFLE,
    &SAMPLE,
    &UNIFORM,
    &TRIANGULAR,
    &GAUSS,
    &NORMALVARIATE,
    &EXPOVARIATE,
    &GETSTATE,
    &SETSTATE,
];

pub fn module(interp: &Arc<Interpreter>) -> Value {
    let shared = Arc::new(Seeding {
        run_seed: interp.config.seed,
        unseeded: AtomicU64::new(0),
    });
    let mt = shared.unseeded_generator();
    let inst = Generator::value(mt, shared);
    let mut attrs: Vec<(&str, Value)> = FUNCTIONS
        .iter()
        .map(|f| {
            let bound = BoundMethod {
                receiver: inst.clone(),
                func: f,
            };
            (f.name, Value::BoundMethod(Arc::new(bound)))
        })
        .collect();
    attrs.push(("Random", Value::Type(RANDOM_TYPE.clone())));
    attrs.push(("_inst", inst));
    Value::Module(Arc::new(Module::new("random", attrs)))
}

/// How a generator is seeded when no seed is given.
struct Seeding {
    /// Deterministic mode's `--seed`.
    run_seed: Option<u64>,
    /// Unseeded seedings so far, after the module's first: each gets a
    /// key of its own in deterministic mode.
    unseeded: AtomicU64,
}

impl Seeding {
    /// A generator for `seed()` / `Random()` without a seed. In
    /// deterministic mode the first one is `seed(run_seed)` exactly, and
    /// later ones add their number to the key.
    fn unseeded_generator(&self) -> Mt19937 {
        let n = self.unseeded.fetch_add(1, Ordering::Relaxed);
        match self.run_seed {
            Some(seed) => {
                let mut key = key_from_be_bytes(&seed.to_be_bytes());
                if n > 0 {
                    key.extend([n as u32, (n >> 32) as u32]);
                }
                Mt19937::with_key(&key)
            }
            None => Mt19937::with_key(&os_entropy()),
        }
    }
}

/// 624 words from the OS, as CPython reads from `urandom`; if that fails,
/// the time and the process id.
fn os_entropy() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = [0u8; 624 * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_ok() {
        return bytes
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos() as u64;
    vec![now as u32, (now >> 32) as u32, std::process::id()]
}

/// A `random.Random` object: the generator and `gauss`'s spare value.
pub struct Generator {
    pub(super) state: Mutex<State>,
    seeding: Arc<Seeding>,
}

pub(super) struct State {
    pub(super) mt: Mt19937,
    pub(super) gauss_next: Option<f64>,
}

static RANDOM_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    let mut t = TypeObject::new("Random", Some(&TYPES.object), TypeKind::Native);
    if let Some(made) = Arc::get_mut(&mut t) {
        made.module = Some("random");
        made.constructor = Some(&NEW_RANDOM);
        made.methods = Some(method);
    }
    t
});

impl Generator {
    fn value(mt: Mt19937, seeding: Arc<Seeding>) -> Value {
        let g = Generator {
            state: Mutex::new(State {
                mt,
                gauss_next: None,
            }),
            seeding,
        };
        Value::Native(Arc::new(Box::new(g)))
    }

    fn of(v: &Value) -> Option<&Generator> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<Generator>(),
            _ => None,
        }
    }

    /// Runs `f` on the generator under its lock.
    pub(super) fn with<R>(&self, f: impl FnOnce(&mut Mt19937) -> R) -> R {
        f(&mut self.state.lock().mt)
    }

    /// `seed(a, version)`.
    fn seed(&self, a: &Value, version: i64) -> PyResult<()> {
        let mt = match a {
            Value::None => self.seeding.unseeded_generator(),
            _ => Mt19937::with_key(&seed_key(a, version)?),
        };
        *self.state.lock() = State {
            mt,
            gauss_next: None,
        };
        Ok(())
    }
}

/// The key CPython's `seed(a)` gives the generator: an int's magnitude; a
/// str's UTF-8 bytes followed by their SHA-512 (version 2) or its
/// version-1 hash; any other hashable seed type's hash.
fn seed_key(a: &Value, version: i64) -> PyResult<Vec<u32>> {
    let magnitude = |m: u128| key_from_be_bytes(&m.to_be_bytes());
    match a {
        Value::Int(i) => Ok(magnitude(i.unsigned_abs() as u128)),
        Value::Bool(b) => Ok(magnitude(b.get() as u128)),
        s if s.is_str() => {
            let text = s.as_str().unwrap_or_default();
            if version == 1 {
                return Ok(magnitude(version1_hash(text) as u128));
            }
            if version != 2 {
                return Ok(magnitude(hash_value(s)? as u64 as u128));
            }
            let mut bytes = text.as_bytes().to_vec();
            bytes.extend_from_slice(&Sha512::digest(text.as_bytes()));
            Ok(key_from_be_bytes(&bytes))
        }
        Value::Float(_) => Ok(magnitude(hash_value(a)? as u64 as u128)),
        _ => Err(type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        )),
    }
}

/// `seed(s, version=1)`'s hash of a str, kept by CPython for old scripts.
fn version1_hash(s: &str) -> u64 {
    let mut chars = s.chars().map(|c| c as u64);
    let mut x = chars.clone().next().map_or(0, |c| c << 7);
    for c in chars.by_ref() {
        x = x.wrapping_mul(1_000_003) ^ c;
    }
    x ^ s.chars().count() as u64
}

/// The method `name` of a `Random` object.
fn method(name: &str) -> Option<&'static BuiltinFunction> {
    FUNCTIONS.iter().find(|f| f.name == name).copied()
}

impl NativeObject for Generator {
    fn type_object(&self) -> Arc<TypeObject> {
        RANDOM_TYPE.clone()
    }
    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        method(name)
    }
    fn repr(&self) -> String {
        format!(
            "<random.Random object at {:#x}>",
            crate::vm::address::shown_at(self)
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

// `random.Random(x=None)`: a generator of its own.
builtin!(NEW_RANDOM, "Random", |vm, a| {
    if a.has_keywords() {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    if a.values.len() > 1 {
        return Err(type_error(format!(
            "Random.__init__() takes from 1 to 2 positional arguments but {} were given",
            a.values.len() + 1
        )));
    }
    let seeding = vm
        .interp
        .import("random")
        .and_then(|m| shared_seeding(&m))
        .unwrap_or_else(|| {
            Arc::new(Seeding {
                run_seed: vm.interp.config.seed,
                unseeded: AtomicU64::new(1),
            })
        });
    let seed = a.values.first().cloned().unwrap_or(Value::None);
    let mt = match &seed {
        Value::None => seeding.unseeded_generator(),
        other => Mt19937::with_key(&seed_key(other, 2)?),
    };
    Ok(Generator::value(mt, seeding))
});

/// The seeding of the `random` module's shared instance, which every
/// `Random()` shares so that unseeded ones differ in deterministic mode.
fn shared_seeding(module: &Value) -> Option<Arc<Seeding>> {
    let Value::Module(m) = module else {
        return None;
    };
    let inst = m.get("_inst")?;
    Generator::of(&inst).map(|g| g.seeding.clone())
}

// ---- argument binding -------------------------------------------------

/// The receiver and arguments of a method, bound as a Python method
/// `Random.name(self, p1, p2=..., *, kw=...)` binds them, with CPython's
/// messages (`Random.randint() missing 1 required positional argument:
/// 'b'`). `positional` of the `N` names may be given by position, the
/// first `required` must be given.
pub(super) fn bind<'a, const N: usize>(
    a: &Args<'a>,
    name: &str,
    names: [&str; N],
    positional: usize,
    required: usize,
) -> PyResult<(&'a Generator, [Option<Value>; N])> {
    let g = a.values.first().and_then(Generator::of).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 'Random' objects needs an argument"
        ))
    })?;
    let pos = &a.positional()[1..];
    if pos.len() > positional {
        let takes = if required == positional {
            format!("{}", positional + 1)
        } else {
            format!("from {} to {}", required + 1, positional + 1)
        };
        let plural = if positional == 0 { "" } else { "s" };
        return Err(type_error(format!(
            "Random.{name}() takes {takes} positional argument{plural} but {} were given",
            pos.len() + 1
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "Random.{name}() got multiple values for argument '{k}'"
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "Random.{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [init @ .., last] if init.len() == 1 => format!("{} and {last}", init[0]),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        let plural = if missing.len() == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "Random.{name}() missing {} required positional argument{plural}: {list}",
            missing.len()
        )));
    }
    Ok((g, out))
}

/// The receiver of a C-level method with exactly `n` arguments.
fn receiver<'a>(a: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a Generator, &'a [Value])> {
    let g = a.values.first().and_then(Generator::of).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 'Random' objects needs an argument"
        ))
    })?;
    let given = a.values.len() - 1;
    if a.has_keywords() {
        return Err(type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    if given != n {
        return Err(type_error(match n {
            0 => format!("Random.{name}() takes no arguments ({given} given)"),
            _ => format!("Random.{name}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok((g, &a.values[1..]))
}

// ---- the generator's own methods --------------------------------------

builtin!(SEED, "seed", |_, a| {
    let (g, [x, version]) = bind(a, "seed", ["a", "version"], 2, 0)?;
    let version = match version {
        Some(v) => int_arg(&v)?,
        None => 2,
    };
    g.seed(&x.unwrap_or(Value::None), version)?;
    Ok(Value::None)
});
builtin!(RANDOM, "random", |_, a| {
    let (g, _) = receiver(a, "random", 0)?;
    Ok(Value::float(g.with(Mt19937::random)))
});
builtin!(GETRANDBITS, "getrandbits", |_, a| {
    let (g, v) = receiver(a, "getrandbits", 1)?;
    let k = int_arg(&v[0])?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    if k > 63 {
        return Err(overflow_error(format!(
            "getrandbits({k}): more than 63 bits needs big ints, which gilvm does not have yet"
        )));
    }
    Ok(Value::Int(g.with(|mt| mt.bits(k as u32)) as i64))
});
builtin!(GETSTATE, "getstate", |_, a| {
    let (g, _) = receiver(a, "getstate", 0)?;
    let st = g.state.lock();
    let (words, index) = st.mt.state();
    let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    let gauss = st.gauss_next.map_or(Value::None, Value::float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(items),
        gauss,
    ]))
});
// `setstate(state)`: the `(version, words, gauss_next)` that `getstate`
// returns (version 3), or version 2's, whose words are taken mod 2**32.
builtin!(SETSTATE, "setstate", |vm, a| {
    let (g, v) = receiver(a, "setstate", 1)?;
    let version = vm.get_item(&v[0], &Value::Int(0))?;
    let version_number = match &version {
        Value::Int(_) | Value::Bool(_) => int_arg(&version)?,
        _ => 0,
    };
    if version_number != 2 && version_number != 3 {
        return Err(value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            crate::vm::repr::str_with(vm, &version)?
        )));
    }
    let parts = vm.collect_items(&v[0])?;
    let [_, inner, gauss] = <[Value; 3]>::try_from(parts).map_err(|parts| {
        value_error(if parts.len() < 3 {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        } else {
            "too many values to unpack (expected 3)".to_string()
        })
    })?;
    let items = match (&inner, version_number) {
        (Value::Tuple(t), 3) => t.items.to_vec(),
        (_, 3) => return Err(type_error("state vector must be a tuple")),
        _ => vm.collect_items(&inner)?,
    };
    if items.len() != 625 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(624);
    for w in &items[..624] {
        let Value::Int(n) = w else {
            return Err(type_error("an integer is required"));
        };
        let word = match version_number {
            2 => Some(n.rem_euclid(1 << 32) as u32),
            _ if *n < 0 => {
                return Err(overflow_error(
                    "can't convert negative value to unsigned int",
                ))
            }
            _ => u32::try_from(*n).ok(),
        };
        words.push(
            word.ok_or_else(|| {
                overflow_error("Python int too large to convert to C unsigned long")
            })?,
        );
    }
    let mut index = int_arg(&items[624])?;
    if version_number == 2 {
        index = index.rem_euclid(1 << 32);
    }
    let mt = usize::try_from(index)
        .ok()
        .and_then(|i| Mt19937::from_state(&words, i))
        .ok_or_else(|| value_error("invalid state"))?;
    let gauss_next = match &gauss {
        Value::None => None,
        other => Some(float_of(other)?),
    };
    *g.state.lock() = State { mt, gauss_next };
    Ok(Value::None)
});

// ---- integers ---------------------------------------------------------

/// An argument of `randrange`: an int, or (deprecated in CPython 3.10 and
/// warned about on stderr) an integral float, which gilvm refuses rather
/// than run without the warning.
fn range_arg(v: &Value, which: &str) -> PyResult<i128> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(int_arg(v)? as i128),
        Value::Float(f) if f.get().fract() != 0.0 || !f.get().is_finite() => {
            Err(value_error(format!("non-integer {which} for randrange()")))
        }
        Value::Float(_) => Err(type_error(
            "randrange() with float arguments is deprecated and not supported by gilvm; pass ints",
        )),
        Value::BigInt(_) => Err(overflow_error(
            "random with ints beyond 64 bits is not supported by gilvm yet",
        )),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

/// An int result, which must fit gilvm's 64-bit ints for now.
fn int_result(v: i128) -> PyResult<Value> {
    i64::try_from(v).map(Value::Int).map_err(|_| int_overflow())
}

/// `randrange(start, stop=None, step=1)`.
fn randrange(g: &Generator, start: i128, stop: Option<i128>, step: Option<i128>) -> PyResult<i128> {
    let Some(stop) = stop else {
        if step.is_some() {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if start > 0 {
            return Ok(g.with(|mt| mt.below(start as u128)) as i128);
        }
        return Err(value_error("empty range for randrange()"));
    };
    let width = stop - start;
    let step = step.unwrap_or(1);
    if step == 1 {
        if width > 0 {
            return Ok(start + g.with(|mt| mt.below(width as u128)) as i128);
        }
        return Err(value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = match step {
        0 => return Err(value_error("zero step for randrange()")),
        s if s > 0 => (width + s - 1).div_euclid(s),
        s => (width + s + 1).div_euclid(s),
    };
    if n <= 0 {
        return Err(value_error("empty range for randrange()"));
    }
    Ok(start + step * g.with(|mt| mt.below(n as u128)) as i128)
}

builtin!(RANDRANGE, "randrange", |_, a| {
    let (g, [start, stop, step]) = bind(a, "randrange", ["start", "stop", "step"], 3, 1)?;
    let start = range_arg(&start.unwrap_or(Value::None), "arg 1")?;
    let stop = match stop {
        None | Some(Value::None) => None,
        Some(v) => Some(range_arg(&v, "stop")?),
    };
    let step = match step {
        None => None,
        Some(v) => Some(range_arg(&v, "step")?),
    };
    int_result(randrange(g, start, stop, step)?)
});
builtin!(RANDINT, "randint", |_, a| {
    let (g, [lo, hi]) = bind(a, "randint", ["a", "b"], 2, 2)?;
    let lo = range_arg(&lo.unwrap_or(Value::None), "arg 1")?;
    let hi = range_arg(&hi.unwrap_or(Value::None), "stop")?;
    int_result(randrange(g, lo, Some(hi + 1), None)?)
});

/// A number as a float, as `math` functions take it.
pub(super) fn float_of(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        other => Err(type_error(format!(
            "must be real number, not {}",
            type_name(other)
        ))),
    }
}

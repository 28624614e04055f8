//! Type objects: what `type(x)` returns, `isinstance` consults and
//! attribute lookup walks.
//!
//! Built-in types and exception classes are created once, in `TYPES`, and
//! shared by every interpreter; a `class` statement makes a new one. Each
//! type knows its base, so `except LookupError` catches an `IndexError` and
//! `isinstance(True, int)` holds. With single inheritance the MRO is the
//! chain of bases, and `lookup` finds an attribute the same way for a
//! built-in type (its `methods` table) and a user class (its `dict`).

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};

use indexmap::IndexMap;

use crate::vm::native::BuiltinFunction;
use crate::vm::objects::list::ObjectLock;
use crate::vm::value::Value;

/// A class's own attributes, in definition order.
pub type ClassDict = IndexMap<Arc<str>, Value, rustc_hash::FxBuildHasher>;

/// The built-in methods of a type, by name.
pub type MethodTable = fn(&str) -> Option<&'static BuiltinFunction>;

/// Counts the classes made and every change to any class's attributes
/// that could move or change what a lookup finds. Inline caches
/// (`vm::attr_cache`) remember the count they were filled at: one global count makes a change to a base class invalidate
/// what was cached for its subclasses too, at the price of invalidating
/// everything else (class attributes change rarely in the loops that
/// matter).
pub static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Whether an instance attribute may have been given the name of a method
/// of its class: set (for good) when an instance attribute is stored whose
/// name the class resolves to a function, or a class gets a function after
/// it was made (its instances may already have attributes of that name).
/// Until then, a method call from an inline cache need not look in the
/// instance's own attributes, the common case costing no lock.
static METHOD_SHADOWED: AtomicBool = AtomicBool::new(false);

/// See `METHOD_SHADOWED`.
#[inline(always)]
pub fn methods_may_be_shadowed() -> bool {
    METHOD_SHADOWED.load(Ordering::Acquire)
}

/// See `METHOD_SHADOWED`.
pub fn note_method_shadowed() {
    METHOD_SHADOWED.store(true, Ordering::Release);
}

/// The current class epoch (see `CLASS_EPOCH`).
#[inline(always)]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Acquire)
}

/// What a type is made of, for the operations that dispatch on it
/// (calling it constructs one of these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Type,
    Iterator,
    Code,
    Native,
    /// `BaseException` and every class derived from it.
    Exception,
    /// A class made by a `class` statement (not derived from an exception
    /// class): its instances are `PyInstance`s.
    Instance,
    /// `staticmethod`, `classmethod` and `property`.
    Descriptor,
    /// A cell of a closure.
    Cell,
}

pub struct TypeObject {
    pub name: String,
    /// `Outer.Inner`, `f.<locals>.C`: where a class was defined.
    pub qualname: String,
    pub base: Option<Arc<TypeObject>>,
    pub kind: TypeKind,
    /// Made by a `class` statement: its attributes can be assigned.
    pub is_class: bool,
    /// The class's own attributes (a user class's methods and class
    /// variables).
    pub dict: ObjectLock<ClassDict>,
    /// The built-in methods of a built-in type.
    pub methods: Option<MethodTable>,
    /// What calling a built-in type of a module makes (`threading.Thread`);
    /// `None` for the types the interpreter constructs itself.
    pub constructor: Option<&'static BuiltinFunction>,
    /// The module of a built-in module's type (`threading`).
    pub module: Option<&'static str>,
    /// How many attributes an instance of the class has had: new
    /// instances reserve room for that many, so `__init__` does not grow
    /// the table attribute by attribute.
    pub attr_hint: AtomicUsize,
    /// What the class statement found about the class (`CLASS_*` bits),
    /// so that construction and hashing test one word.
    pub flags: std::sync::atomic::AtomicU8,
    /// A class's metaclass, when it is a user class derived from `type`
    /// (`class Color(Enum)` with `EnumType`): what `type(C)` is, and
    /// where `iter(C)`, `len(C)`, `C[k]`, `C(...)`, `repr(C)` and
    /// attributes the class lacks are looked up. Unset means `type`.
    pub metaclass: std::sync::OnceLock<Arc<TypeObject>>,
}

/// The class defines `__hash__` in Python: instances hash by it.
pub const CLASS_USER_HASH: u8 = 1;
/// `__hash__` is None (also implied by `__eq__` without `__hash__`).
pub const CLASS_UNHASHABLE: u8 = 2;
/// The class has abstract methods left (`abc.ABC`): it cannot be made.
pub const CLASS_ABSTRACT: u8 = 4;
/// A user class in its MRO defines `__new__`: construction calls it.
pub const CLASS_USER_NEW: u8 = 8;
/// Every user class in its MRO defines `__slots__`: instances take only
/// the attributes named there.
pub const CLASS_SLOTS: u8 = 16;
/// The class derives from `threading.local`: its instances keep their
/// attributes per thread (`stdlib::modules::local`).
pub const CLASS_THREAD_LOCAL: u8 = 32;

impl std::fmt::Debug for TypeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

impl TypeObject {
    /// A built-in type with no methods table.
    pub fn new(name: &str, base: Option<&Arc<TypeObject>>, kind: TypeKind) -> Arc<TypeObject> {
        TypeObject::make(name, base, kind, false, ClassDict::default(), None)
    }

    /// A type of a built-in module that classes may derive from: its
    /// `__init__` (in `methods`) gives an instance of a subclass the native
    /// object it carries, `constructor` makes a plain one.
    pub fn native(
        module: &'static str,
        name: &str,
        base: &Arc<TypeObject>,
        methods: MethodTable,
        constructor: &'static BuiltinFunction,
    ) -> Arc<TypeObject> {
        let mut t = TypeObject::make(
            name,
            Some(base),
            TypeKind::Native,
            false,
            ClassDict::default(),
            Some(methods),
        );
        let made = Arc::get_mut(&mut t).expect("just made");
        made.constructor = Some(constructor);
        made.module = Some(module);
        t
    }

    /// A class made by a `class` statement.
    pub fn class(
        name: &str,
        qualname: Option<String>,
        base: &Arc<TypeObject>,
        dict: ClassDict,
    ) -> Arc<TypeObject> {
        let kind = match base.kind {
            TypeKind::Exception => TypeKind::Exception,
            _ => TypeKind::Instance,
        };
        let mut class = TypeObject::make(name, Some(base), kind, true, dict, None);
        if let (Some(q), Some(c)) = (qualname, Arc::get_mut(&mut class)) {
            c.qualname = q;
        }
        // A new class may sit where a freed one did: caches that knew that
        // one by its address must not take this one for it.
        CLASS_EPOCH.fetch_add(1, Ordering::AcqRel);
        class
    }

    fn make(
        name: &str,
        base: Option<&Arc<TypeObject>>,
        kind: TypeKind,
        is_class: bool,
        dict: ClassDict,
        methods: Option<MethodTable>,
    ) -> Arc<TypeObject> {
        Arc::new(TypeObject {
            name: name.to_string(),
            qualname: name.to_string(),
            base: base.cloned(),
            kind,
            is_class,
            dict: ObjectLock::new(dict),
            methods,
            constructor: None,
            module: None,
            attr_hint: AtomicUsize::new(0),
            flags: std::sync::atomic::AtomicU8::new(0),
            metaclass: std::sync::OnceLock::new(),
        })
    }

    /// The method resolution order: the type, then its bases.
    pub fn mro(self: &Arc<Self>) -> impl Iterator<Item = &Arc<TypeObject>> {
        std::iter::successors(Some(self), |t| t.base.as_ref())
    }

    /// The type's own attribute `name` (not its bases').
    pub fn own_attr(&self, name: &str) -> Option<Value> {
        if self.is_class {
            if let Some(v) = self.dict.lock().get(name) {
                return Some(v.clone());
            }
        }
        self.methods.and_then(|m| m(name)).map(Value::Builtin)
    }

    /// Attribute `name` through the MRO, with the class that defines it.
    pub fn lookup_with_owner(self: &Arc<Self>, name: &str) -> Option<(Value, &Arc<TypeObject>)> {
        self.mro().find_map(|t| t.own_attr(name).map(|v| (v, t)))
    }

    /// Attribute `name` through the MRO.
    pub fn lookup(self: &Arc<Self>, name: &str) -> Option<Value> {
        self.lookup_with_owner(name).map(|(v, _)| v)
    }

    /// Sets a class attribute (`C.x = v`, `del C.x` with `None`).
    pub fn set_class_attr(&self, name: &str, value: Option<Value>) -> Option<Value> {
        // Caches hold positions in class dicts, and the functions of
        // methods: replacing a plain value in place (`Counter.count += 1`)
        // leaves them right. Adding or removing a name moves positions, a
        // descriptor coming or going changes what a lookup means, and a
        // function replaced is a cached method gone stale.
        let replaces_plain = |old: &Value, new: &Value| {
            let plain = |v: &Value| !matches!(v, Value::Native(_) | Value::Function(_));
            plain(old) && plain(new)
        };
        if matches!(value, Some(Value::Function(_))) {
            note_method_shadowed();
        }
        let (old, moved) = {
            let mut d = self.dict.lock();
            match value {
                Some(v) => match d.get_mut(name) {
                    Some(slot) if replaces_plain(slot, &v) => {
                        (Some(std::mem::replace(slot, v)), false)
                    }
                    _ => (d.insert(Arc::from(name), v), true),
                },
                None => (d.shift_remove(name), true),
            }
        };
        if moved {
            CLASS_EPOCH.fetch_add(1, Ordering::AcqRel);
        }
        old
    }

    /// The module that defines the type: `__main__` for a class of the
    /// script, `None` for the built-in types.
    pub fn module_name(&self) -> Option<String> {
        if self.is_class {
            let d = self.dict.lock();
            return Some(
                d.get("__module__")
                    .and_then(|m| m.as_str().map(str::to_string))
                    .unwrap_or_else(|| "__main__".to_string()),
            );
        }
        self.module.map(str::to_string)
    }

    /// How `repr` names the type: `__main__.C`, `threading.Thread`, `int`.
    pub fn qualified_name(&self) -> String {
        match self.module_name() {
            Some(m) => format!("{m}.{}", self.qualname),
            None => self.qualname.clone(),
        }
    }

    /// A special method of this class's metaclass (a user class derived
    /// from `type`), if it has one and defines `name`.
    pub fn meta_hook(&self, name: &str) -> Option<Value> {
        let meta = self.metaclass.get()?;
        match meta.lookup_with_owner(name) {
            Some((v, owner)) if owner.is_class => Some(v),
            _ => None,
        }
    }

    pub fn has_flag(&self, flag: u8) -> bool {
        self.flags.load(Ordering::Relaxed) & flag != 0
    }

    /// The first built-in (not user-defined) type in the MRO: what an
    /// instance is made of.
    pub fn builtin_base(self: &Arc<Self>) -> &Arc<TypeObject> {
        self.mro().find(|t| !t.is_class).unwrap_or(self)
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(self: &Arc<Self>, other: &Arc<TypeObject>) -> bool {
        let mut t = Some(self);
        while let Some(ty) = t {
            if Arc::ptr_eq(ty, other) {
                return true;
            }
            t = ty.base.as_ref();
        }
        // The second base CPython gives ExceptionGroup (see
        // `exception_group`).
        Arc::ptr_eq(other, &TYPES.base_exception_group) && self.is_subtype(&TYPES.exception_group)
    }

    pub fn is_exception(&self) -> bool {
        self.kind == TypeKind::Exception
    }
}

fn new_type(name: &str, base: Option<&Arc<TypeObject>>, kind: TypeKind) -> Arc<TypeObject> {
    let methods = crate::stdlib::methods::table_for(kind);
    TypeObject::make(name, base, kind, false, ClassDict::default(), methods)
}

macro_rules! builtin_types {
    (
        plain { $($field:ident = $name:literal : $kind:ident),* $(,)? }
        exceptions { $($efield:ident = $ename:literal < $ebase:literal),* $(,)? }
    ) => {
        /// Every built-in type and exception class.
        pub struct BuiltinTypes {
            pub object: Arc<TypeObject>,
            $(pub $field: Arc<TypeObject>,)*
            pub base_exception: Arc<TypeObject>,
            $(pub $efield: Arc<TypeObject>,)*
        }

        impl BuiltinTypes {
            fn new() -> BuiltinTypes {
                let object = new_type("object", None, TypeKind::Object);
                $(let $field = new_type($name, Some(&object), TypeKind::$kind);)*
                let base_exception = new_type("BaseException", Some(&object), TypeKind::Exception);
                // Each class's base is defined before it, so look it up by name.
                let mut made: Vec<Arc<TypeObject>> = vec![base_exception.clone()];
                $(
                    let base = made
                        .iter()
                        .find(|t| t.name == $ebase)
                        .cloned()
                        .unwrap_or_else(|| base_exception.clone());
                    let $efield = new_type($ename, Some(&base), TypeKind::Exception);
                    made.push($efield.clone());
                )*
                BuiltinTypes { object, $($field,)* base_exception, $($efield,)* }
            }

            /// The exception classes by name, for the builtins table.
            pub fn exception_classes(&self) -> Vec<&Arc<TypeObject>> {
                vec![&self.base_exception, $(&self.$efield),*]
            }
        }
    };
}

builtin_types! {
    plain {
        none = "NoneType": NoneType,
        int = "int": Int,
        float = "float": Float,
        str = "str": Str,
        tuple = "tuple": Tuple,
        list = "list": List,
        dict = "dict": Dict,
        set = "set": Set,
        frozenset = "frozenset": FrozenSet,
        range = "range": Range,
        slice = "slice": Slice,
        function = "function": Function,
        builtin_function = "builtin_function_or_method": BuiltinFunction,
        method = "method": Method,
        module = "module": Module,
        type_ = "type": Type,
        code = "code": Code,
        cell = "cell": Cell,
        generator = "generator": Iterator,
        coroutine = "coroutine": Iterator,
    }
    exceptions {
        system_exit = "SystemExit" < "BaseException",
        keyboard_interrupt = "KeyboardInterrupt" < "BaseException",
        generator_exit = "GeneratorExit" < "BaseException",
        run_aborted = "RunAborted" < "BaseException",
        exception = "Exception" < "BaseException",
        base_exception_group = "BaseExceptionGroup" < "BaseException",
        exception_group = "ExceptionGroup" < "Exception",
        stop_async_iteration = "StopAsyncIteration" < "Exception",
        arithmetic_error = "ArithmeticError" < "Exception",
        floating_point_error = "FloatingPointError" < "ArithmeticError",
        zero_division_error = "ZeroDivisionError" < "ArithmeticError",
        overflow_error = "OverflowError" < "ArithmeticError",
        lookup_error = "LookupError" < "Exception",
        index_error = "IndexError" < "LookupError",
        key_error = "KeyError" < "LookupError",
        value_error = "ValueError" < "Exception",
        unicode_error = "UnicodeError" < "ValueError",
        unicode_encode_error = "UnicodeEncodeError" < "UnicodeError",
        unicode_decode_error = "UnicodeDecodeError" < "UnicodeError",
        unicode_translate_error = "UnicodeTranslateError" < "UnicodeError",
        type_error = "TypeError" < "Exception",
        name_error = "NameError" < "Exception",
        unbound_local_error = "UnboundLocalError" < "NameError",
        attribute_error = "AttributeError" < "Exception",
        runtime_error = "RuntimeError" < "Exception",
        eof_error = "EOFError" < "Exception",
        reference_error = "ReferenceError" < "Exception",
        buffer_error = "BufferError" < "Exception",
        system_error = "SystemError" < "Exception",
        syntax_error = "SyntaxError" < "Exception",
        indentation_error = "IndentationError" < "SyntaxError",
        tab_error = "TabError" < "IndentationError",
        recursion_error = "RecursionError" < "RuntimeError",
        not_implemented_error = "NotImplementedError" < "RuntimeError",
        assertion_error = "AssertionError" < "Exception",
        import_error = "ImportError" < "Exception",
        module_not_found_error = "ModuleNotFoundError" < "ImportError",
        stop_iteration = "StopIteration" < "Exception",
        memory_error = "MemoryError" < "Exception",
        os_error = "OSError" < "Exception",
        permission_error = "PermissionError" < "OSError",
        file_not_found_error = "FileNotFoundError" < "OSError",
        file_exists_error = "FileExistsError" < "OSError",
        is_a_directory_error = "IsADirectoryError" < "OSError",
        not_a_directory_error = "NotADirectoryError" < "OSError",
        interrupted_error = "InterruptedError" < "OSError",
        blocking_io_error = "BlockingIOError" < "OSError",
        child_process_error = "ChildProcessError" < "OSError",
        process_lookup_error = "ProcessLookupError" < "OSError",
        connection_error = "ConnectionError" < "OSError",
        broken_pipe_error = "BrokenPipeError" < "ConnectionError",
        connection_aborted_error = "ConnectionAbortedError" < "ConnectionError",
        connection_refused_error = "ConnectionRefusedError" < "ConnectionError",
        connection_reset_error = "ConnectionResetError" < "ConnectionError",
        timeout_error = "TimeoutError" < "OSError",
        warning = "Warning" < "Exception",
        user_warning = "UserWarning" < "Warning",
        deprecation_warning = "DeprecationWarning" < "Warning",
        runtime_warning = "RuntimeWarning" < "Warning",
        future_warning = "FutureWarning" < "Warning",
        pending_deprecation_warning = "PendingDeprecationWarning" < "Warning",
        syntax_warning = "SyntaxWarning" < "Warning",
        import_warning = "ImportWarning" < "Warning",
        unicode_warning = "UnicodeWarning" < "Warning",
        bytes_warning = "BytesWarning" < "Warning",
        resource_warning = "ResourceWarning" < "Warning",
        encoding_warning = "EncodingWarning" < "Warning",
    }
}

/// `bool` derives from `int`, so it is made separately.
pub static BOOL_TYPE: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| new_type("bool", Some(&TYPES.int), TypeKind::Bool));

/// Iterator types share one kind but keep CPython's names.
pub static ITERATOR_TYPES: LazyLock<IteratorTypes> = LazyLock::new(IteratorTypes::new);

pub struct IteratorTypes {
    pub list: Arc<TypeObject>,
    pub tuple: Arc<TypeObject>,
    pub str: Arc<TypeObject>,
    pub range: Arc<TypeObject>,
    pub dict_keys: Arc<TypeObject>,
    pub dict_values: Arc<TypeObject>,
    pub dict_items: Arc<TypeObject>,
    pub enumerate: Arc<TypeObject>,
    pub zip: Arc<TypeObject>,
    pub reversed: Arc<TypeObject>,
    pub set: Arc<TypeObject>,
}

impl IteratorTypes {
    fn new() -> IteratorTypes {
        let t = |name: &str| new_type(name, Some(&TYPES.object), TypeKind::Iterator);
        IteratorTypes {
            list: t("list_iterator"),
            tuple: t("tuple_iterator"),
            str: t("str_ascii_iterator"),
            range: t("range_iterator"),
            dict_keys: t("dict_keyiterator"),
            dict_values: t("dict_valueiterator"),
            dict_items: t("dict_itemiterator"),
            enumerate: t("enumerate"),
            zip: t("zip"),
            reversed: t("list_reverseiterator"),
            set: t("set_iterator"),
        }
    }
}

pub static TYPES: LazyLock<BuiltinTypes> = LazyLock::new(BuiltinTypes::new);

/// `type(v)`.
pub fn type_of(v: &Value) -> Arc<TypeObject> {
    let t = &*TYPES;
    match v {
        Value::Undef | Value::None => t.none.clone(),
        Value::Bool(_) => BOOL_TYPE.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) | Value::ShortStr(_) => t.str.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::List(_) => t.list.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) if s.is_frozen() => t.frozenset.clone(),
        Value::Set(_) => t.set.clone(),
        Value::Range(_) => t.range.clone(),
        Value::Slice(_) => t.slice.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::BoundMethod(_) => t.builtin_function.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Type(c) => c
            .metaclass
            .get()
            .cloned()
            .unwrap_or_else(|| t.type_.clone()),
        Value::Exception(e) => e.typ.clone(),
        Value::Iterator(it) => it.type_object(),
        Value::ForLoop(c) => c.type_object(),
        Value::Code(_) => t.code.clone(),
        Value::Native(n) => n.type_object(),
        Value::Instance(i) => i.class.clone(),
        Value::Method(_) => t.method.clone(),
        Value::Cell(_) => t.cell.clone(),
        Value::Generator(g) if g.is_coroutine() => t.coroutine.clone(),
        Value::Generator(_) => t.generator.clone(),
    }
}

/// The name CPython uses for the type of `v` in error messages.
pub fn type_name(v: &Value) -> String {
    match v {
        Value::None | Value::Undef => "NoneType".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) | Value::BigInt(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) | Value::ShortStr(_) => "str".into(),
        Value::Tuple(_) => "tuple".into(),
        Value::List(_) => "list".into(),
        Value::Dict(_) => "dict".into(),
        _ => type_of(v).name.clone(),
    }
}

/// `isinstance(v, t)` for one class.
pub fn is_instance(v: &Value, t: &Arc<TypeObject>) -> bool {
    type_of(v).is_subtype(t)
}

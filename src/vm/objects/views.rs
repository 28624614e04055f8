//! `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict,
//! printed as `dict_keys([...])` and iterable any number of times.

use std::any::Any;
use std::sync::{Arc, LazyLock};

use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::PyResult;
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::repr::py_repr;
use crate::vm::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Arc<PyDict>,
    pub kind: ViewKind,
}

struct ViewTypes {
    keys: Arc<TypeObject>,
    values: Arc<TypeObject>,
    items: Arc<TypeObject>,
}

static VIEW_TYPES: LazyLock<ViewTypes> = LazyLock::new(|| {
    let t = |name: &str| TypeObject::new(name, Some(&TYPES.object), TypeKind::Native);
    ViewTypes {
        keys: t("dict_keys"),
        values: t("dict_values"),
        items: t("dict_items"),
    }
});

impl DictView {
    pub fn value(dict: Arc<PyDict>, kind: ViewKind) -> Value {
        Value::Native(Arc::new(Box::new(DictView { dict, kind })))
    }

    pub fn items(&self) -> Vec<Value> {
        match self.kind {
            ViewKind::Keys => self.dict.keys(),
            ViewKind::Values => self.dict.values(),
            ViewKind::Items => self
                .dict
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        }
    }
}

impl NativeObject for DictView {
    fn type_object(&self) -> Arc<TypeObject> {
        let t = &*VIEW_TYPES;
        match self.kind {
            ViewKind::Keys => t.keys.clone(),
            ViewKind::Values => t.values.clone(),
            ViewKind::Items => t.items.clone(),
        }
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        match (self.kind, name) {
            (ViewKind::Keys | ViewKind::Items, "isdisjoint") => {
                Some(&crate::stdlib::set_methods::VIEW_ISDISJOINT)
            }
            _ => None,
        }
    }

    fn repr(&self) -> String {
        let name = &self.type_object().name;
        format!("{}({})", name, py_repr(&Value::list(self.items())))
    }

    fn len(&self) -> Option<usize> {
        Some(self.dict.len())
    }

    fn contains(&self, item: &Value) -> Option<PyResult<bool>> {
        Some(match self.kind {
            ViewKind::Values => crate::vm::ops::contains(&Value::list(self.items()), item),
            _ => crate::vm::view_ops::view_contains(self, item),
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Both operands as dict views, when they are.
pub fn as_views<'a>(
    a: &'a dyn NativeObject,
    b: &'a dyn NativeObject,
) -> Option<(&'a DictView, &'a DictView)> {
    Some((
        a.as_any().downcast_ref::<DictView>()?,
        b.as_any().downcast_ref::<DictView>()?,
    ))
}
